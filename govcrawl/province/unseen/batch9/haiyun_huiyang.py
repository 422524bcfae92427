"""浍阳市 (www.huiyang.gov.test): a TRS 海云 city whose 年报 column is only a row of year sub-columns.

The registry's start page ``/zwgk/zfxxgknb/index.shtml`` lists no report: it is a ``div.nb-years``
of links to the year sub-columns ``./2024n/``, ``./2023n/`` … ``./2020n/`` (portals.md §0.3, "Year
sub-columns inside 年报"), each a list of that year's reports of the city government and its
departments (the departments' titles use short names: "市发展改革委", "市人社局").  Each year column
is ``<div class="nb-list"><dl><dt><a></a></dt><dd>date</dd></dl>``; the pager is 1-based with its
counts in variables (``var pageCount = 2; var recordCount = 6;`` then ``createPageHTML('pagination',
pageCount, 1, 'index', 'shtml', recordCount)``), page 2 = ``index_2.shtml`` (``index_1.shtml`` 404);
only 2023n has two pages.  Articles ``./YYYYMM/tYYYYMMDD_<docid>.shtml`` under each year column, the
body in ``div.view.TRS_UEDITOR.trs_paper_default`` under ``div#zoom``.  The 2024 教育局 report is a stub
whose PDF sits in ``div.attach``; the 2023 人社局 report is a .docx.  Decoys: 图解, 政府网站工作年度报表,
关于…年度报告的函.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    DOCX,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.huiyang.gov.test"
SITE = "huiyang-gov"
OWNER = "浍阳市人民政府"
ROOT = "/zwgk/zfxxgknb/"
PER_PAGE = 4
YEARS = (2024, 2023, 2022, 2021, 2020)


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">{metas}'
        '<meta name="SiteName" content="浍阳市人民政府"><meta name="SiteIDCode" content="9842000001">'
        f"<title>{escape(title)}-浍阳市人民政府门户网站</title>"
        '<script src="/common/js/page.js"></script></head><body>'
        '<header class="hy-head"><a href="/" class="logo">浍阳市人民政府</a><nav><a href="/">首页</a>'
        '<a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">政民互动</a></nav>'
        '<a href="javascript:;" onclick="kqNav()">无障碍</a></header>'
        f'<main class="hy-main">{inner}</main><footer class="hy-foot">主办：浍阳市人民政府办公室　'
        "网站标识码：9842000001　未ICP备16009021号　未公网安备98420002000310号</footer></body></html>"
    )


class HaiyunHuiyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 20_480_000
        self.lists: dict[int, list[tuple[str, str, str]]] = {y: [] for y in YEARS}
        self.article(make_doc(rng, OWNER, 2020, "2021-01-29", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-28"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-19"))
        self.notice(2022, "浍阳市关于报送2022年度政府信息公开工作年度报告的函", "2022-12-12")
        self.article(make_doc(rng, OWNER, 2023, "2024-01-26"))
        self.notice(2023, "图解：浍阳市2023年政府信息公开工作年度报告", "2024-01-27")
        self.article(
            make_doc(
                rng, "浍阳市发展和改革委员会", 2023, "2024-01-22", title="市发展改革委2023年政府信息公开工作年度报告"
            )
        )
        self.article(make_doc(rng, "浍阳市自然资源和规划局", 2023, "2024-01-24"))
        self.docx(
            make_doc(
                rng, "浍阳市人力资源和社会保障局", 2023, "2024-01-25", title="市人社局2023年政府信息公开工作年度报告"
            )
        )
        self.article(make_doc(rng, OWNER, 2024, "2025-01-24"))
        self.article(
            make_doc(
                rng, "浍阳市发展和改革委员会", 2024, "2025-01-21", title="市发展改革委2024年政府信息公开工作年度报告"
            )
        )
        self.attached(make_doc(rng, "浍阳市教育局", 2024, "2025-01-23"))
        self.notice(2024, "浍阳市人民政府门户网站2024年政府网站工作年度报表", "2025-01-15")
        for year, entries in self.lists.items():
            entries.sort(key=lambda e: e[2], reverse=True)
            chunks = [entries[i : i + PER_PAGE] for i in range(0, len(entries), PER_PAGE)]
            for n, chunk in enumerate(chunks, 1):
                name = "index.shtml" if n == 1 else f"index_{n}.shtml"
                self.put(HOST, f"{ROOT}{year}n/{name}", self.list_page(year, chunk, n, len(chunks), len(entries)))
        years = "".join(f'<a href="./{y}n/" class="nb-y">{y}年度</a>' for y in YEARS)
        inner = (
            '<div class="hy-pos">您的位置：<a href="/">首页</a> '
            '&gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报'
            '</div><div class="nb-intro">请选择年度查看政府信息公开工作年'
            f'度报告：</div><div class="nb-years">{years}</div>'
        )
        self.put(
            HOST,
            ROOT + "index.shtml",
            frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">'),
        )
        self.put(HOST, "/common/js/page.js", PAGE_JS, "application/javascript")

    def page_of(self, year: int, title: str, date: str, source: str, content: str, after: str = "") -> str:
        self.docid += self.rng.randint(200, 4000)
        href = f"./{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.docid}.shtml"
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 15:12">'
            f'<meta name="ContentSource" content="{escape(source)}"><meta name="contentid" content="{self.docid}">'
            f'<meta name="catalogs" content="{27000 + year}">'
        )
        inner = (
            f'<div class="hy-pos">您的位置：<a href="/">首页</a> &gt; <a href="{ROOT}">政府信息公开年报</a> &gt; '
            f'<a href="{ROOT}{year}n/">{year}年度</a></div><div class="hy-art"><h1>{escape(title)}</h1>'
            f'<p class="hy-info"><span>发布日期：{date}</span><span>信息来源：{escape(source)}</span></p>'
            f'<div id="zoom"><div class="view TRS_UEDITOR trs_paper_default">{content}</div></div>{after}'
            '<div class="hy-share">分享到：</div></div>'
        )
        url = self.put(HOST, f"{ROOT}{year}n/{href[2:]}", frame(title, inner, metas))
        self.lists[year].append((href, title, date))
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellpadding="0" cellspacing="0">')
        self.report(SITE, self.page_of(doc.year, doc.title, doc.published_date or "", doc.agency_name, content), doc)

    def file(self, doc: ReportDoc, ext: str) -> tuple[str, str]:
        date = doc.published_date or ""
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.{ext}"
        path = f"{ROOT}{doc.year}n/{date[:7].replace('-', '')}/{name}"
        return name, path

    def attached(self, doc: ReportDoc) -> None:
        name, path = self.file(doc, "pdf")
        file_url = self.put_pdf(HOST, path, doc)
        after = f'<div class="attach">相关附件：<a href="./{name}">{escape(doc.title)}.pdf</a></div>'
        url = self.page_of(doc.year, doc.title, doc.published_date or "", doc.agency_name, "<p>详见附件。</p>", after)
        self.report(SITE, url, doc, media_type=PDF, report_url=file_url)

    def docx(self, doc: ReportDoc) -> None:
        name, path = self.file(doc, "docx")
        file_url = self.put(HOST, path, render_docx(doc), DOCX)
        after = f'<div class="attach">相关附件：<a href="./{name}">{escape(doc.title)}.docx</a></div>'
        content = f"<p>现将{escape(doc.title)}予以公布，全文请下载附件。</p>"
        url = self.page_of(doc.year, doc.title, doc.published_date or "", doc.agency_name, content, after)
        self.report(SITE, url, doc, media_type=DOCX, report_url=file_url)

    def notice(self, year: int, title: str, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(year, title, date, "市政府办公室", content), title)

    def list_page(self, year: int, chunk: list[tuple[str, str, str]], n: int, pages: int, total: int) -> str:
        rows = "".join(
            f'<dl><dt><a href="{h}" target="_blank" title="{escape(t)}">{escape(t)}</a></dt><dd>{d}</dd></dl>'
            for h, t, d in chunk
        )
        inner = (
            f'<div class="hy-pos">您的位置：<a href="/">首页</a> &gt; <a href="{ROOT}">政府信息公开年报</a> &gt; '
            f'{year}年度</div><div class="nb-list">{rows}</div><div id="pagination"></div>'
            f"<script>var pageCount = {pages};\nvar recordCount = {total};\n"
            f"createPageHTML('pagination', pageCount, {n}, 'index', 'shtml', recordCount);</script>"
        )
        return frame(f"{year}年度", inner, f'<meta name="ColumnName" content="{year}年度">')


PAGE_JS = """function createPageHTML(id, pages, cur, name, ext, total) {
  var el = document.getElementById(id); if (!el || pages <= 1) return;
  function u(n) { return n == 1 ? name + '.' + ext : name + '_' + n + '.' + ext; }
  var h = '<span class="total">共' + total + '条</span>';
  if (cur > 1) h += '<a href="' + u(1) + '">首页</a><a href="' + u(cur - 1) + '">上一页</a>';
  h += '<span class="cur">' + cur + '/' + pages + '</span>';
  if (cur < pages) h += '<a href="' + u(cur + 1) + '">下一页</a><a href="' + u(pages) + '">末页</a>';
  el.innerHTML = h;
}
"""

PORTALS = [HaiyunHuiyang]
