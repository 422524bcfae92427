"""沅屏市 (www.yuanping.gov.test): a TRS 海云 city portal and its 部门年报 page.

The city's 年报 column ``/zwgk/zfxxgknb/nb_list.shtml`` pages as ``nb_list_2.shtml`` … and declares
its pager only as data: ``<div id="pageParam" data="{total:…,pageSize:…,pageCount:…}" url="nb_list">``
plus a "共 N 条记录 页次：1/3" line whose links are ``javascript:goPage(n)`` (portals.md §1.2: the
naming rule ``(page == 1 ? "" : "_" + page)`` is in the page's script).  Articles are
``c<docid>/content.shtml`` pages with a UEditor body (``div.trs_editor_view``) under a 索引号 table.

The 部门年报 page ``/zwgk/bmnb/index.shtml`` (a separate registry entry, family ``hub``) is a table of
departments: two link their own 年报 list on a sub-host (``jyj.``, ``mzj.``), two link a report on
the city host whose link text says only "2024年度报告", and a district row links the district's
report on ``zwq.`` titled "柘湾区2024年…" (the agency is 沅屏市柘湾区人民政府).  The 教育局's own list
titles its reports "2024年度政府信息公开工作年度报告" — the department is named by the host, the
page heading and the meta only.  Decoys: 公告, 工作要点, 图解, a 法治政府建设年度报告 in a department's
row, a 解读 in a department's list.
"""

from __future__ import annotations

import dataclasses
import random
from html import escape

from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.layout import Cell
from govcrawl.synth.model import ReportDoc

WWW = "www.yuanping.gov.test"
JYJ = "jyj.yuanping.gov.test"
MZJ = "mzj.yuanping.gov.test"
ZWQ = "zwq.yuanping.gov.test"
CITY_SITE = "yuanping-gov"
HUB_SITE = "yuanping-bmnb"
CITY = "沅屏市"
OWNER = "沅屏市人民政府"
COLUMN = "/zwgk/zfxxgknb/"
PER_PAGE = 3
UEDITOR_TABLE = '<table width="100%" border="1" cellspacing="0" cellpadding="0" data-sort="sortDisabled">'


def ueditor_cell(cell: Cell) -> str:
    return plain_cell(cell).replace("<td", '<td valign="middle" align="center" style="word-break:break-all"', 1)


def shell(site: str, title: str, inner: str, metas: dict[str, str]) -> str:
    meta = "".join(f'<meta name="{k}" content="{escape(v)}">' for k, v in metas.items())
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">'
        f'<meta name="SiteName" content="{escape(site)}">{meta}<title>{escape(title)}</title>'
        '<link rel="stylesheet" href="/common/css/base.css"></head><body>'
        f'<header class="head"><div class="w1200"><span class="logo">{escape(site)}</span>'
        '<nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a>'
        '<a href="/hdjl/">互动交流</a>'
        '</nav><a class="oldman" onclick="headTool.switchOld()">进入适老模式</a></div></header>'
        f'<main class="w1200">{inner}</main>'
        f'<footer class="foot"><p>主办单位：{escape(site)} 网站标识码：9805000003</p>'
        '<p><a href="http://beian.miit.gov.test/">未ICP备18001234号</a> 未公网安备 98050002000123号</p>'
        '<script id="_jiucuo_" sitecode="9805000003" src="https://zfwzgl.www.gov.test/exposure/jiucuo.js"></script>'
        '</footer></body></html>'
    )


def article(site: str, doc: ReportDoc, content: str, source: str, rng: random.Random) -> str:
    date = doc.published_date or ""
    index = (f'<table class="syh"><tr><th>索引号：</th><td>11{rng.randint(10**7, 10**8 - 1)}/{date[:4]}-'
             f'{rng.randint(10, 9999):05d}</td><th>发布机构：</th><td>{escape(source)}</td></tr>'
             f'<tr><th>名　　称：</th><td colspan="3">{escape(doc.title)}</td></tr>'
             f'<tr><th>发布日期：</th><td>{date}</td><th>主题分类：</th><td>政府信息公开年报</td></tr></table>')
    inner = (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 年报</div>'
             f'{index}<div class="article_title"><h2>{escape(doc.title)}</h2></div>'
             f'<div class="article_info"><span>发布时间：{date}</span><span>来源：{escape(source)}</span>'
             '<span>字号：<a>大</a><a>中</a><a>小</a></span></div>'
             f'<div class="article_con"><div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">'
             f'{content}</div></div><div class="share">分享到：</div>')
    return shell(site, f"{doc.title}_{site}", inner,
                 {"ArticleTitle": doc.title, "PubDate": date, "ContentSource": source})


class TrsYuanping(UnseenPortal):
    hosts = (WWW, JYJ, MZJ, ZWQ)
    site_ids = (CITY_SITE, HUB_SITE)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.docid = 8_812_000
        self._city_column()
        self._department_page()

    def next_id(self) -> int:
        self.docid += self.rng.randint(40, 2600)
        return self.docid

    def publish(self, host: str, base: str, doc: ReportDoc, source: str, site: str) -> tuple[str, str]:
        """An HTML report page under ``base`` on ``host``: (href from the list, absolute URL)."""
        path = f"{base}c{self.next_id()}/content.shtml"
        content = body_html(doc, plain_para, ueditor_cell, UEDITOR_TABLE)
        url = self.put(host, path, article(site, doc, content, source, self.rng))
        return path, url

    def notice(self, host: str, base: str, title: str, date: str, site: str, year: int) -> tuple[str, str]:
        path = f"{base}c{self.next_id()}/content.shtml"
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, CITY, year, self.rng))
        fake = dataclasses.replace(make_doc(self.rng, OWNER, year, date), title=title)
        return path, self.put(host, path, article(site, fake, content, "市政府办公室", self.rng))

    # -- the city's own column ---------------------------------------------------------------
    def _city_column(self) -> None:
        rng = self.rng
        entries: list[tuple[str, str, str]] = []
        for year, title in ((2021, None), (2022, None), (2023, None),
                            (2024, f"{OWNER}2024年度政府信息公开工作报告")):
            doc = make_doc(rng, OWNER, year, f"{year + 1}-01-{rng.randint(20, 31)}", title=title)
            path, url = self.publish(WWW, COLUMN, doc, "市政府办公室", "沅屏市人民政府")
            entries.append((path, doc.title, doc.published_date or ""))
            self.report(CITY_SITE, url, doc)
        for title, date in ((f"关于发布{CITY}2023年政府信息公开工作年度报告的公告", "2024-01-31"),
                            (f"{CITY}2024年政务公开工作要点", "2024-04-12"),
                            (f"图解：{OWNER}2023年政府信息公开工作年度报告", "2024-02-01")):
            path, url = self.notice(WWW, COLUMN, title, date, "沅屏市人民政府", int(date[:4]) - 1)
            entries.append((path, title, date))
            self.decoy(CITY_SITE, url, title)
        entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [entries[i: i + PER_PAGE] for i in range(0, len(entries), PER_PAGE)]
        for number, chunk in enumerate(chunks, start=1):
            name = "nb_list.shtml" if number == 1 else f"nb_list_{number}.shtml"
            self.put(WWW, COLUMN + name, self._list(chunk, number, len(chunks), len(entries)))

    def _list(self, chunk: list[tuple[str, str, str]], number: int, pages: int, total: int) -> str:
        items = "".join(f'<li><span class="time">{date}</span><a href="{path}" target="_blank" title="{escape(t)}">'
                        f"{escape(t)}</a></li>" for path, t, date in chunk)
        links = []
        if number > 1:
            links.append('<a href="javascript:goPage(1)">首页</a>')
            links.append(f'<a href="javascript:goPage({number - 1})">上一页</a>')
        if number < pages:
            links.append(f'<a href="javascript:goPage({number + 1})">下一页</a>')
            links.append(f'<a href="javascript:goPage({pages})">尾页</a>')
        pager = (
            f'<div id="pageParam" data="{{total:{total},pageSize:{PER_PAGE},pageCount:{pages},current:{number}}}" '
            'url="nb_list"></div>'
            f'<div class="page_text">共 {total} 条记录 &nbsp; 页次：{number}/{pages} &nbsp; {" ".join(links)}</div>'
            "<script>var pp = document.getElementById('pageParam');"
            "function goPage(page){ location.href = pp.getAttribute('url') + "
            "(page == 1 ? \"\" : \"_\" + page) + \".shtml\"; }</script>"
        )
        inner = (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt; 政府信息公开年报</div>'
                 f'<div class="xxgk_list"><ul class="list_ul">{items}</ul>{pager}</div>')
        return shell("沅屏市人民政府", "政府信息公开年报_沅屏市人民政府", inner,
                     {"ColumnName": "政府信息公开年报", "ColumnType": "列表"})

    # -- the 部门年报 page and the departments' own lists ---------------------------------------
    def _department_page(self) -> None:
        rng = self.rng
        rows: list[str] = []

        def row(name: str, links: str) -> None:
            rows.append(f'<tr><td class="xh">{len(rows) + 1}</td><td class="bm">{escape(name)}</td>'
                        f"<td>{links}</td></tr>")

        # 教育局: its own list on its sub-host; titles there do not name the bureau.
        row("沅屏市教育局", f'<a href="http://{JYJ}/zfxxgk/zfxxgknb/" target="_blank">进入年报栏目</a>')
        items = []
        for year in (2023, 2024):
            doc = make_doc(rng, "沅屏市教育局", year, f"{year + 1}-01-{rng.randint(10, 25)}",
                           title=f"{year}年度政府信息公开工作年度报告")
            path, url = self.publish(JYJ, "/zfxxgk/zfxxgknb/", doc, "沅屏市教育局", "沅屏市教育局")
            items.append((path, doc.title, doc.published_date or ""))
            self.report(HUB_SITE, url, doc)
        path, url = self.notice(JYJ, "/zfxxgk/zfxxgknb/", "2024年度报告解读", "2025-01-27", "沅屏市教育局", 2024)
        items.append((path, "2024年度报告解读", "2025-01-27"))
        self.decoy(HUB_SITE, url, "沅屏市教育局2024年度报告解读")
        self.put(JYJ, "/zfxxgk/zfxxgknb/index.shtml", self._dept_list("沅屏市教育局", items))

        # 民政局: its own list; 2023 is a PDF linked straight from the list.
        row("沅屏市民政局", f'<a href="http://{MZJ}/xxgk/nb/index.shtml" target="_blank">进入年报栏目</a>')
        doc = make_doc(rng, "沅屏市民政局", 2024, "2025-01-16")
        path, url = self.publish(MZJ, "/xxgk/nb/", doc, "沅屏市民政局", "沅屏市民政局")
        self.report(HUB_SITE, url, doc)
        items = [(path, doc.title, "2025-01-16")]
        doc = make_doc(rng, "沅屏市民政局", 2023, "2024-01-22")
        pdf_path = f"/xxgk/nb/P020240122{rng.randint(10**11, 10**12 - 1)}.pdf"
        pdf_url = self.put_pdf(MZJ, pdf_path, doc)
        self.report(HUB_SITE, pdf_url, doc, media_type="application/pdf")
        items.append((pdf_path, doc.title + "（PDF）", "2024-01-22"))
        self.put(MZJ, "/xxgk/nb/index.shtml", self._dept_list("沅屏市民政局", items))

        # 财政局 and 自然资源局: reports on the city host, links saying only "2024年度报告".
        for name, heading in (("沅屏市财政局", None), ("沅屏市自然资源局", "2024年政府信息公开工作年度报告")):
            doc = make_doc(rng, name, 2024, f"2025-01-{rng.randint(10, 28)}", title=heading)
            path, url = self.publish(WWW, "/zwgk/bmnb/", doc, name, "沅屏市人民政府")
            self.report(HUB_SITE, url, doc)
            row(name, f'<a href="{path}" target="_blank">2024年度报告</a>')

        # The district: a title that abbreviates its name (柘湾区); the agency is 沅屏市柘湾区人民政府.
        text_doc = make_doc(rng, "柘湾区人民政府", 2024, "2025-01-29", title="柘湾区2024年政府信息公开工作年度报告")
        path, url = self.publish(ZWQ, "/zwgk/zfxxgknb/", text_doc, "柘湾区人民政府办公室", "柘湾区人民政府")
        self.report(HUB_SITE, url, dataclasses.replace(text_doc, agency_name="沅屏市柘湾区人民政府"))
        row("柘湾区人民政府", f'<a href="{url}" target="_blank">2024年度报告</a>')

        # 司法局's row carries its 法治政府建设年度报告: not a 政府信息公开 report.
        title = "沅屏市司法局2024年法治政府建设年度报告"
        path, url = self.notice(WWW, "/zwgk/bmnb/", title, "2025-02-20", "沅屏市人民政府", 2024)
        self.decoy(HUB_SITE, url, title)
        row("沅屏市司法局", f'<a href="{path}" target="_blank">{title}</a>')

        table = ('<table class="bmnb_table" width="100%"><thead><tr><th>序号</th><th>部门</th><th>年度报告</th></tr>'
                 f'</thead><tbody>{"".join(rows)}</tbody></table>')
        inner = ('<div class="crumb">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt; 部门政府信息公开年报</div>'
                 f'<h3 class="col_title">部门政府信息公开工作年度报告</h3>{table}')
        self.put(WWW, "/zwgk/bmnb/index.shtml", shell("沅屏市人民政府", "部门年报_沅屏市人民政府", inner,
                                                       {"ColumnName": "部门年报"}))

    def _dept_list(self, name: str, items: list[tuple[str, str, str]]) -> str:
        lis = "".join(f'<li><a href="{p}" target="_blank">{escape(t)}</a><em>{d}</em></li>' for p, t, d in items)
        inner = (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; 信息公开 &gt; 年度报告</div>'
                 f'<h3 class="col_title">{escape(name)}政府信息公开年报</h3><ul class="nb_list">{lis}</ul>')
        return shell(name, f"年度报告_{name}", inner, {"ColumnName": "政府信息公开年报"})


PORTALS = [TrsYuanping]
