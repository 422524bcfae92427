"""湝州市 (www.jiezhou.gov.test; jyj. / czj. / wjw. / gaj. / slj.jiezhou.gov.test): a city 部门年报 page that is a
*query page* — a row of 部门 filter links (``?bm=<code>``) above one result table of every unit's reports
(发布部门 | 报告名称 | 年度 | 发布日期), paged by a dynamic ``?page=N`` with a "跳转到第 [ ] 页" box — and, under the
table, a "以下部门年报在本部门网站发布" note linking one department's own 年报 list on its sub-host.

``/zwgk/bmnb/index.jsp`` (family ``hub``; ``page`` from 1, ``bm`` optional; ``index.jsp`` alone is page 1 of
all units).  Rows are ``<tr><td class="bm">市教育局</td><td><a href="http://jyj.jiezhou.gov.test/zfxxgk/ndbg/
202501/t<id>.shtml" title="湝州市教育局2024年政府信息公开工作年度报告" target="_blank">…</a></td><td>2024</td>
<td>2025-01-20</td></tr>``, three a page, newest first; the 发布部门 cell is the short name, the full name in
the link's ``title`` and on the unit's article.  Pager ``<div class="jz-pager">共 8 条 每页 3 条 第 1/3 页 <a
href="index.jsp?page=1">首页</a> … <a href="index.jsp?page=2">下一页</a> <a href="index.jsp?page=3">末页</a>
<form action="index.jsp">跳转到第 <input name="page"> 页</form></div>`` (the links keep ``bm`` when filtered).
Unit filter ``index.jsp?bm=jyj`` etc. shows that unit's rows only (one page each).  Unit articles on the
sub-hosts ``/zfxxgk/ndbg/YYYYMM/t<id>.shtml`` carry the unit's chrome (banner, ``<meta name="Author">``) and
a 来源 line; the city's on www ``/zwgk/bmnb/YYYYMM/t<id>.shtml``.  The 财政局's 2023 row links the PDF itself
(``http://czj.jiezhou.gov.test/u/cms/czj/202401/<hex>.pdf``).  The 水利局's reports are not in the table: the
note links ``http://slj.jiezhou.gov.test/zfxxgk/ndbg/list.shtml``, a one-page ``<ul>`` list "共 3 条".

Reports (8): 湝州市人民政府 2023, 2024; 湝州市教育局 2024; 湝州市财政局 2023 (PDF); 湝州市卫生健康委员会 2022;
湝州市公安局 2020; 湝州市水利局 2021, 2024 (on its own list).
Decoys (3): 湝州市人民政府2024年政府网站工作年度报表, 湝州市财政局2023年度部门决算 (both in the table),
湝州市水利局2024年法治政府建设年度报告 (on the 水利局's list).
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch26._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

WWW = "www.jiezhou.gov.test"
SITE = "jiezhou-bmnb"
OWNER = "湝州市人民政府"
PER = 3
UNITS = {"szf": ("湝州市人民政府", "市政府"), "jyj": ("湝州市教育局", "市教育局"), "czj": ("湝州市财政局", "市财政局"),
         "wjw": ("湝州市卫生健康委员会", "市卫健委"), "gaj": ("湝州市公安局", "市公安局")}
SLJ = "slj.jiezhou.gov.test"


def host_of(code: str) -> str:
    return WWW if code == "szf" else f"{code}.jiezhou.gov.test"


def frame(site: str, title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="Author" content="{esc(site)}">'
        f'<title>{esc(title)}</title><link rel="stylesheet" href="http://{WWW}/res/jz.css"></head><body>'
        f'<div class="jz-top"><a href="http://{WWW}/">湝州市人民政府</a> <span>无障碍浏览</span> <span>长者模式</spa'
        f'n></div>'
        f'<div class="jz-banner"><h1>{esc(site)}</h1></div><div class="jz-nav"><a href="/">首页</a> <a '
        f'href="http://{WWW}/zwgk/bmnb/index.jsp">部门年报</a></div>{inner}<div class="jz-foot"><p>主办单位：'
        f'{esc(site)}　网站标识码：9876070001</p><p>未ICP备13004567号-1　未公网安备 98760702000123号</p>'
        '<p>扫描二维码关注“湝州发布”</p></div></body></html>'
    )


class HubJiezhou(Site):
    hosts = (WWW, SLJ) + tuple(f"{c}.jiezhou.gov.test" for c in UNITS if c != "szf")
    site_ids = (SITE,)
    first_id = 216_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str, int]] = []  # (date, code, url, title, year)
        for year, day in ((2023, 18), (2024, 22)):
            self.unit_report("szf", self.doc(OWNER, year, f"{year + 1}-01-{day}",
                                             f"湝州市人民政府{year}年政府信息公开工作年度报告"))
        self.unit_report("jyj", self.doc("湝州市教育局", 2024, "2025-01-20", "湝州市教育局2024年政府信息公开工作年度"
                                                                       "报告"))
        self.unit_report("wjw", self.doc("湝州市卫生健康委员会", 2022, "2023-01-29",
                                         "市卫健委2022年政府信息公开工作年度报告"), word=True)
        self.unit_report("gaj", self.doc("湝州市公安局", 2020, "2021-01-27", "湝州市公安局2020年政府信息公开工作年度"
                                                                       "报告"))
        doc = self.doc("湝州市财政局", 2023, "2024-01-25", "湝州市财政局2023年政府信息公开工作年度报告")
        pdf = self.attach(host_of("czj"), f"/u/cms/czj/202401/{self.rng.getrandbits(60):015x}.pdf", doc, "pdf")
        self.report(SITE, pdf, doc, media_type=MEDIA["pdf"], report_url=pdf)
        self.rows.append(("2024-01-25", "czj", pdf, doc.title, 2023))
        for code, title, year, date in (("szf", "湝州市人民政府2024年政府网站工作年度报表", 2024, "2025-01-15"),
                                        ("czj", "湝州市财政局2023年度部门决算", 2023, "2024-08-30")):
            agency = UNITS[code][0]
            url = self.article(host_of(code), agency, title, date, self.decoy_body(title, agency, year))
            self.decoy(SITE, url, title)
            self.rows.append((date, code, url, title, year))
        self.rows.sort(reverse=True)
        # the 水利局 publishes on its own site only
        items = []
        for year, day in ((2021, 26), (2024, 17)):
            doc = self.doc("湝州市水利局", year, f"{year + 1}-01-{day}", f"湝州市水利局{year}年政府信息公开工作年度"
                                                                   f"报告")
            url = self.article(SLJ, "湝州市水利局", doc.title, doc.published_date or "",
                               self.body(doc, word=year < 2022))
            self.report(SITE, url, doc)
            items.append((doc.published_date or "", url, doc.title))
        title = "湝州市水利局2024年法治政府建设年度报告"
        url = self.article(SLJ, "湝州市水利局", title, "2025-02-10", self.decoy_body(title, "湝州市水利局", 2024))
        self.decoy(SITE, url, title)
        items.append(("2025-02-10", url, title))
        items.sort(reverse=True)
        lis = "".join(f'<li><a href="{u}" target="_blank">{esc(t)}</a><span>{d}</span></li>' for d, u, t in items)
        self.put(SLJ, "/zfxxgk/ndbg/list.shtml", frame("湝州市水利局", "政府信息公开年报-湝州市水利局",
                                                       '<div class="jz-loc">当前位置：首页 &gt; 政府信息公开 &gt; 年报'
                                                       f'</div><ul class="sl-list">{lis}</ul><p class="sl-total">'
                                                       f'共 {len(items)} 条</p>'))
        for code in UNITS:
            if code != "szf":
                self.put(host_of(code), "/index.html", frame(UNITS[code][0], UNITS[code][0], "<p>欢迎访问</p>"))
        self.put(SLJ, "/index.html", frame("湝州市水利局", "湝州市水利局", '<p><a href="/zfxxgk/ndbg/list.shtml">'
                                                                     '政府信息公开年报</a></p>'))
        self.put(WWW, "/index.html", frame("湝州市人民政府", "湝州市人民政府", '<p><a href="/zwgk/bmnb/index.jsp">'
                                                                       '部门政府信息公开年报</a></p>'))
        self.put(WWW, "/res/jz.css", ".jz-pager a{margin:0 3px}", "text/css")
        self.route(WWW, "/zwgk/bmnb/index.jsp", self.hub)

    def article(self, host: str, agency: str, title: str, date: str, content: str) -> str:
        root = "/zwgk/bmnb/" if host == WWW else "/zfxxgk/ndbg/"
        path = f"{root}{date[:4]}{date[5:7]}/t{date.replace('-', '')}_{self.next_id()}.shtml"
        inner = (f'<div class="jz-art"><h2>{esc(title)}</h2><div class="jz-meta">来源：{esc(agency)}　发布日期：{date}'
                 f'　字号：[大 中 小]</div><div class="jz-text">{content}</div><div class="jz-tool">【打印本页】【关'
                 f'闭窗口】'
                 '</div></div>')
        return self.put(host, path, frame(agency, f"{title}-{agency}", inner))

    def unit_report(self, code: str, doc: ReportDoc, word: bool = False) -> None:
        date = doc.published_date or ""
        url = self.article(host_of(code), UNITS[code][0], doc.title, date, self.body(doc, word=word))
        self.report(SITE, url, doc)
        self.rows.append((date, code, url, doc.title, doc.year))

    def hub(self, request: Request) -> Response:
        bm = request.param("bm")
        rows = [r for r in self.rows if r[1] == bm] if bm in UNITS else self.rows
        bm = bm if bm in UNITS else ""
        pages = max(1, -(-len(rows) // PER))
        raw = request.param("page", "1")
        n = min(max(1, int(raw)), pages) if raw.isdigit() else 1
        keep = f"bm={bm}&amp;" if bm else ""
        chips = "".join(f'<a href="index.jsp?bm={c}"{" class=on" if c == bm else ""}>{esc(short)}</a>'
                        for c, (_, short) in UNITS.items())
        trs = "".join(f'<tr><td class="bm">{esc(UNITS[c][1])}</td><td><a href="{u}" title="{esc(t)}" target="_blank">'
                      f'{esc(t)}</a></td><td>{y}</td><td>{d}</td></tr>'
                      for d, c, u, t, y in rows[(n - 1) * PER:n * PER])

        def link(k: int, text: str, on: bool) -> str:
            return f'<a href="index.jsp?{keep}page={k}">{text}</a>' if on else f'<span class="dis">{text}</span>'

        pager = (f'<div class="jz-pager">共 {len(rows)} 条 每页 {PER} 条 第 {n}/{pages} 页 {link(1, "首页", n > 1)}'
                 f'{link(n - 1, "上一页", n > 1)}{link(n + 1, "下一页", n < pages)}{link(pages, "末页", n < pages)}'
                 f'<form action="index.jsp" method="get" style="display:inline">'
                 + (f'<input type="hidden" name="bm" value="{bm}">' if bm else "")
                 + '跳转到第 <input name="page" size="2"> 页 <button type="submit">GO</button></form></div>')
        inner = ('<div class="jz-loc">当前位置：首页 &gt; 政务公开 &gt; 部门政府信息公开年报</div><div class="jz-fil'
                 'ter">'
                 f'<span>按部门筛选：</span><a href="index.jsp"{" class=on" if not bm else ""}>全部</a>{chips}</div>'
                 '<table class="jz-result" width="100%"><thead><tr><th>发布部门</th><th>报告名称</th><th>年度</th>'
                 f'<th>发布日期</th></tr></thead><tbody>{trs}</tbody></table>{pager}<div class="jz-note">以下部门年'
                 f'报在本'
                 f'部门网站发布：<a href="http://{SLJ}/zfxxgk/ndbg/list.shtml" target="_blank">湝州市水利局</a></div>')
        return Response(200, frame("湝州市人民政府", "部门政府信息公开年报-湝州市人民政府", inner).encode())


PORTALS = [HubJiezhou]
