"""濂江市 (www.lianjiang.gov.test): a TRS 海云 city whose 6-argument pager names page 2 ``_1``,
and its 区县年报 page laid out with one column per year.

The 年报 column ``/zwgk/zfxxgknb/nblist.shtml`` calls the 6-argument pager
``createPageHTML('pagediv', 3, 1, 'nblist', 'shtml', 8)`` (current page 1-based, portals.md §1.2) but
this site's pager script names page *n* ``nblist_{n-1}.shtml`` — the variant a crawler note warns
about ("on some sites page 2 is ``_1``"): ``nblist_1.shtml`` is page 2, ``nblist_3.shtml`` is 404.
Rows are ``<li>`` with the date in a ``<span>`` *before* the link, the title cut with "…" (the full
one in ``title=``).  Articles are bare ``t<docid>.shtml`` files in the column directory
(Guangxi-style, portals.md §1.1) with a ``div.TRS_UEDITOR`` body; the 2023 report is a stub whose PDF
is in a ``div.xxgk-fj`` block after the body.  One title prints the year between spaces
("濂江市 2024 年…"); the environment bureau's report is on the city list.  Decoys: 法治政府建设年度报告,
政府网站工作年度报表.

``/zwgk/qxnb/index.shtml`` (a separate entry, ``cms: auto``) is a table: one row per district
(濂北区, 石门区 — agencies 濂江市濂北区人民政府 …), one column per year (``<th>2024年度</th>`` …), each
cell a link "年度报告" to the district's report on its sub-host (``lb.``, ``sm.``) and in two cells
also a "解读" link.  One cell links the PDF itself; one cell is "—".
"""

from __future__ import annotations

import dataclasses
import random
from html import escape

from govcrawl.province.unseen.kit import PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.lianjiang.gov.test"
SITE = "lianjiang-gov"
HUB_SITE = "lianjiang-qxnb"
CITY = "濂江市"
OWNER = "濂江市人民政府"
ROOT = "/zwgk/zfxxgknb/"
PER_PAGE = 3
DISTRICTS = {"lb.lianjiang.gov.test": "濂北区", "sm.lianjiang.gov.test": "石门区"}
YEARS = (2024, 2023, 2022)


def frame(site: str, title: str, inner: str, metas: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{site}">{metas}'
        f'<title>{escape(title)}</title><script src="/common/js/createPageHTML.js"></script></head><body>'
        f'<div class="lj-top"><span>{site}</span><a href="javascript:;" onclick="kqNav()">无障碍</a> '
        '<a href="/m/">手机版</a> <span id="weather"></span></div>'
        f'<div class="lj-main">{inner}</div>'
        f'<div class="lj-foot">{site}主办　网站标识码：9824000001　<a href="http://www.beian.gov.cn/">'
        '未公网安备 98240002000101号</a><br>您是第<span id="siteFlowId">…</span>位访客</div></body></html>'
    )


def ueditor(doc: ReportDoc) -> str:
    return ('<div class="TRS_UEDITOR trs_paper_default trs_web">'
            + body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="4" '
                        'align="center" width="96%">') + "</div>")


class HaiyunLianjiang(UnseenPortal):
    hosts = (HOST, *DISTRICTS)
    site_ids = (SITE, HUB_SITE)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 27_301_550
        self.entries: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2021, "2022-01-26"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-30"))
        self.notice("濂江市2023年法治政府建设年度报告", "2024-03-22")
        self.stub(make_doc(rng, OWNER, 2023, "2024-01-29"))
        self.article(make_doc(rng, "濂江市生态环境局", 2024, "2025-01-20"))
        self.notice("濂江市人民政府门户网站2024年政府网站工作年度报表", "2025-01-16")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-27", title="濂江市 2024 年政府信息公开工作年度报告"))
        self.article(make_doc(rng, "濂江市医疗保障局", 2023, "2024-01-25"))
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i: i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for index, chunk in enumerate(chunks):
            name = "nblist.shtml" if index == 0 else f"nblist_{index}.shtml"
            self.put(HOST, ROOT + name, self.list_page(chunk, index, len(chunks), len(self.entries)))
        self.district_table()

    def next_path(self) -> tuple[str, str]:
        self.docid += self.rng.randint(100, 5000)
        return f"./t{self.docid}.shtml", f"{ROOT}t{self.docid}.shtml"

    def page_of(self, title: str, date: str, body: str, source: str) -> str:
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 16:02">'
                 f'<meta name="ContentSource" content="{source}"><meta name="contentid" content="{self.docid}">'
                 '<meta name="catalogs" content="2716">')
        inner = (f'<div class="lj-crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
                 f'<a href="{ROOT}nblist.shtml">政府信息公开年报</a></div><div class="lj-art"><h1>{escape(title)}</h1>'
                 f'<p class="lj-src">{date}　来源：{source}　<span class="fx">分享到：</span></p>{body}'
                 '<div class="lj-ewm">扫一扫在手机打开当前页</div></div>')
        return frame(OWNER, title, inner, metas)

    def article(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        href, path = self.next_path()
        url = self.put(HOST, path, self.page_of(doc.title, date, ueditor(doc), doc.agency_name))
        self.entries.append((href, doc.title, date))
        self.report(SITE, url, doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        href, path = self.next_path()
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.pdf"
        file_url = self.put_pdf(HOST, ROOT + name, doc)
        body = (f'<div class="TRS_UEDITOR"><p>详见附件。</p></div><div class="xxgk-fj"><span>相关附件：</span>'
                f'<a href="./{name}">{escape(doc.title)}.pdf</a></div>')
        url = self.put(HOST, path, self.page_of(doc.title, date, body, "市政府办公室"))
        self.entries.append((href, doc.title, date))
        self.report(SITE, url, doc, media_type=PDF, report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        href, path = self.next_path()
        year = int(title.split("年", 1)[0][-4:])
        body = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, body, "市政府办公室")), title)
        self.entries.append((href, title, date))

    def list_page(self, chunk: list[tuple[str, str, str]], index: int, count: int, total: int) -> str:
        def cut(title: str) -> str:
            return title if len(title) <= 18 else title[:17] + "…"

        rows = "".join(f'<li><span class="date">{d}</span><a href="{h}" target="_blank" title="{escape(t)}">'
                       f"{escape(cut(t))}</a></li>" for h, t, d in chunk)
        pager = (
            '<div id="pagediv"></div><script>\n'
            "function createPageHTML(div, pages, cur, name, ext, total) {\n"
            "  var el = document.getElementById(div), h = '共' + total + '条 第' + cur + '/' + pages + '页 ';\n"
            "  function u(n) { return n == 1 ? name + '.' + ext : name + '_' + (n - 1) + '.' + ext; }\n"
            "  if (cur > 1) h += '<a href=\"' + u(cur - 1) + '\">上一页</a>';\n"
            "  if (cur < pages) h += '<a href=\"' + u(cur + 1) + '\">下一页</a>';\n"
            "  el.innerHTML = h;\n}\n"
            f"createPageHTML('pagediv', {count}, {index + 1}, 'nblist', 'shtml', {total});\n</script>"
        )
        inner = ('<div class="lj-crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
                 '政府信息公开年报</div>'
                 f'<div class="lj-list"><h3>政府信息公开年报</h3><ul>{rows}</ul>{pager}</div>')
        return frame(OWNER, "政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')

    # -- the 区县年报 page -------------------------------------------------------------------------
    def district_table(self) -> None:
        rows = []
        for host, name in DISTRICTS.items():
            cells = []
            for year in YEARS:
                if name == "石门区" and year == 2022:
                    cells.append("<td>—</td>")
                    continue
                cells.append(f"<td>{self.district_report(host, name, year)}</td>")
            rows.append(f'<tr><td class="qx">{name}</td>{"".join(cells)}</tr>')
        head = "".join(f"<th>{y}年度</th>" for y in YEARS)
        inner = ('<div class="lj-crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
                 '区县政府信息公开年报</div><h2>区县政府信息公开工作年度报告</h2>'
                 '<table class="qxnb" border="1" cellspacing="0">'
                 f'<tr><th>区县</th>{head}</tr>{"".join(rows)}</table>')
        self.put(HOST, "/zwgk/qxnb/index.shtml", frame(OWNER, "区县政府信息公开年报", inner))

    def district_report(self, host: str, name: str, year: int) -> str:
        agency = f"{name}人民政府"
        date = f"{year + 1}-01-{self.rng.randint(15, 31)}"
        doc = make_doc(self.rng, agency, year, date, title=f"{name}{year}年政府信息公开工作年度报告",
                       site_name=f"{CITY}{agency}")
        doc = dataclasses.replace(doc, agency_name=CITY + agency)
        stamp = f"{date.replace('-', '')}{self.rng.randint(1000, 9999)}"
        if name == "濂北区" and year == 2023:
            url = self.put_pdf(host, f"/xxgk/nb/{stamp}.pdf", doc)
            self.report(HUB_SITE, url, doc, media_type=PDF)
        else:
            inner = (f'<h1>{escape(doc.title)}</h1><p class="lj-src">{date}　来源：{name}人民政府办公室</p>'
                     f"{ueditor(doc)}")
            url = self.put(host, f"/xxgk/nb/{stamp}.shtml", frame(f"{CITY}{name}人民政府", doc.title, inner))
            self.report(HUB_SITE, url, doc)
        link = f'<a href="{url}" target="_blank">年度报告</a>'
        if year == 2024:  # the districts' 2024 cells also link the report's 解读
            title = f"{name}{year}年政府信息公开工作年度报告解读"
            body = "".join(plain_para(p, False) for p in decoy_text(title, CITY + agency, year, self.rng))
            reading = self.put(host, f"/xxgk/nb/{stamp}jd.shtml",
                               frame(f"{CITY}{agency}", title, f"<h1>{escape(title)}</h1>{body}"))
            self.decoy(HUB_SITE, reading, title)
            link += f' <a href="{reading}" target="_blank">解读</a>'
        return link


PORTALS = [HaiyunLianjiang]
