"""濮塘县 (www.putang.gov.test): a 博达 VSB county whose 年报 page is a tab box — 县政府 | 部门 | 乡镇 — with
all three panes written into the page and two hidden (``style="display:none"``) until their tab is
clicked; the 部门 pane shows only its newest rows and a "更多>>" link to the 部门年报 sub-column, a VSB
static list paged in reverse-numbered files; a town's report row links straight to its PDF.

``/xxgk/ndbg.htm``: ``<ul class="vsb-tab"><li class="on" onclick="showTab(0)">县政府</li>…``, then
``<div class="vsb-pane" id="pane0">`` … ``<div class="vsb-pane" id="pane2" style="display:none">``.  Rows
are ``<li><a href="../info/1183/4521.htm" title="…">…</a><span>2025/01/20</span></li>`` (dates with
slashes).  The 部门年报 sub-column is ``/xxgk/ndbg/bmnb.htm`` then ``/xxgk/ndbg/bmnb/1.htm`` (VSB numbers
the older static pages downward from the total), under "共6条 1/2 首页 上页 下页 尾页" links.  The
2022 county report is an OFD behind ``/system/_content/download.jsp?…&wbfileid=…``.

Reports (10): 濮塘县人民政府 2020–2024 (2022 an OFD), 濮塘县财政局 2024, 濮塘县交通运输局 2024, 濮塘县水务局 2023,
濮塘县市场监督管理局 2024, 濮塘县南河镇人民政府 2024 (a PDF linked from the row).  Decoys (3): 濮塘县2024年政府网站
工作年度报表, 濮塘县财政局2024年度部门决算, 濮塘县交通运输局2024年度法治政府建设年度报告.
"""

from __future__ import annotations

import random
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch21._site import MEDIA, Site, esc
from govcrawl.province.unseen.kit import Handler
from govcrawl.synth.model import ReportDoc

HOST = "www.putang.gov.test"
SITE = "putang-gov"
OWNER = "濮塘县人民政府"
PER = 4  # rows per page of the 部门年报 sub-column
SHOWN = 3  # rows of the 部门 pane


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><HTML><HEAD><TITLE>' + esc(title) + f'</TITLE><META Name="keywords" Content="濮塘县人民政府">'
                                                            f'<META content="text/html; charset=UTF-8" '
                                                            f'http-equiv="Content-Type"><LINK href="/style/style.css" '
                                                            f'type="text/css" rel="stylesheet"><script '
                                                            f'language="javascript" '
                                                            f'src="/system/resource/js/dynclicks.js"></script></HEAD>'
                                                            f'<body><div class="pt-head"><div class="pt-logo">'
                                                            f'濮塘县人民政府</div><div class="pt-search"><form '
                                                            f'action="/ssjgy.jsp?wbtreeid=1001" method="post"><input '
                                                            f'name="showkeycode"><input type="submit" value="搜索">'
                                                            f'</form></div></div><div class="pt-nav"><a '
                                                            f'href="/index.htm">首页</a><a href="/xxgk.htm">信息公开'
                                                            f'</a><a href="/zwfw.htm">政务服务</a><a href="/hdjl.htm">'
                                                            f'互动交流</a></div>{inner}<div class="pt-foot">版权所有：'
                                                            f'濮塘县人民政府　网站标识码：9871040001　技术支持：'
                                                            f'博达软件</div></body></HTML>'
    )


class VsbPutang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 163_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        county: list[tuple[str, str, str]] = []
        depts: list[tuple[str, str, str]] = []
        towns: list[tuple[str, str, str]] = []
        for year, day in ((2020, 22), (2021, 19), (2023, 23), (2024, 20)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"濮塘县{year}年政府信息公开工作年度报告")
            county.append(self.article(1183, doc))
        county.append(self.ofd(self.doc(OWNER, 2022, "2023-01-28", "濮塘县2022年政府信息公开工作年度报告")))
        title = "濮塘县2024年政府网站工作年度报表"
        county.append(self.notice(1183, title, 2024, "2025-01-09"))
        for agency, year, date in (("濮塘县财政局", 2024, "2025-01-21"), ("濮塘县交通运输局", 2024, "2025-01-24"),
                                   ("濮塘县水务局", 2023, "2024-01-18"), ("濮塘县市场监督管理局", 2024, "2025-01-15")):
            depts.append(self.article(1184, self.doc(agency, year, date, f"{agency}{year}年政府信息公开工作年度报告")))
        for title, date in (("濮塘县财政局2024年度部门决算", "2025-02-14"),
                            ("濮塘县交通运输局2024年度法治政府建设年度报告", "2025-03-06")):
            depts.append(self.notice(1184, title, 2024, date))
        town = self.doc("濮塘县南河镇人民政府", 2024, "2025-01-13", "南河镇2024年政府信息公开工作年度报告")
        path = f"/__local/{self.rng.randrange(16**4):04X}/{self.rng.randrange(16**28):028X}.pdf"
        url = self.attach(HOST, path, town, "pdf")
        self.report(SITE, url, town, media_type=MEDIA["pdf"])
        towns.append((url, town.title, "2025-01-13"))
        for rows in (county, depts, towns):
            rows.sort(key=lambda r: r[2], reverse=True)
        self.put(HOST, "/xxgk/ndbg.htm", self.tabs(county, depts, towns))
        pages = [depts[i:i + PER] for i in range(0, len(depts), PER)]
        for k, chunk in enumerate(pages):
            self.put(HOST, self.sub_path(k, len(pages)), self.sub_page(chunk, k, len(pages), len(depts)))

    @staticmethod
    def sub_path(k: int, pages: int) -> str:
        return "/xxgk/ndbg/bmnb.htm" if k == 0 else f"/xxgk/ndbg/bmnb/{pages - k}.htm"

    def page(self, column: int, title: str, date: str, content: str, after: str = "") -> tuple[str, str, str]:
        path = f"/info/{column}/{self.next_id(7, 60)}.htm"
        inner = (f'<div class="pt-pos">当前位置：<a href="/index.htm">首页</a> &gt;&gt; <a href="/xxgk.htm">信息公开'
                 f'</a> &gt;&gt; <a href="/xxgk/ndbg.htm">政府信息公开年报</a></div><form name="_newscontent_fromname">'
                 f'<div class="pt-art"><h1>{esc(title)}</h1><div class="pt-info">时间：{date.replace("-", "/")}　点击：'
                 f'<script>_showDynClicks("wbnews", 1730002, {self.id})</script></div><div id="vsb_content"><div '
                 f'class="v_news_content">{content}</div></div>{after}</div></form>')
        url = self.put(HOST, path, frame(title, inner))
        return url, title, date

    def article(self, column: int, doc: ReportDoc) -> tuple[str, str, str]:
        row = self.page(column, doc.title, doc.published_date or "", self.body(doc))
        self.report(SITE, row[0], doc)
        return row

    def ofd(self, doc: ReportDoc) -> tuple[str, str, str]:
        wbfileid = self.rng.randrange(10**7)
        path = "/system/_content/download.jsp"
        link = f"{path}?urltype=news.DownloadAttachUrl&amp;owner=1730002&amp;wbfileid={wbfileid}"
        after = (f'<ul style="list-style-type:none;">附件【<a href="{link}" target="_blank">{esc(doc.title)}.ofd</a>'
                 f'】已下载<span id="nattach' + str(wbfileid) + '"></span>次</ul>')
        row = self.page(1183, doc.title, doc.published_date or "", "<p>详见附件。</p>", after)
        file = self.attach(HOST, f"{path}?wbfileid={wbfileid}", doc, "ofd", quote(f"{doc.title}.ofd"))
        self.route(HOST, path, self.download({str(wbfileid): file}))
        self.report(SITE, row[0], doc, media_type=MEDIA["ofd"],
                    report_url=f"http://{HOST}{path}?urltype=news.DownloadAttachUrl&owner=1730002&wbfileid={wbfileid}")
        return row

    def download(self, files: dict[str, str]) -> Handler:
        def serve(request: Request) -> Response:
            key = request.param("wbfileid")
            handler = self.dynamic.get((HOST, f"/system/_content/download.jsp?wbfileid={key}"))
            if key not in files or handler is None:
                return Response(200, "<script>alert('附件不存在');history.back();</script>".encode(),
                                "text/html; charset=UTF-8")
            return handler(request)

        return serve

    def notice(self, column: int, title: str, year: int, date: str) -> tuple[str, str, str]:
        row = self.page(column, title, date, self.decoy_body(title, OWNER, year))
        self.decoy(SITE, row[0], title)
        return row

    @staticmethod
    def items(rows: list[tuple[str, str, str]], base: str) -> str:
        def rel(url: str) -> str:
            path = url.split(HOST, 1)[1]
            return base + path[1:] if path.startswith("/info/") else path

        return "".join(f'<li><a href="{rel(u)}" target="_blank" title="{esc(t)}">{esc(t)}</a><span>'
                       f'{d.replace("-", "/")}</span></li>' for u, t, d in rows)

    def tabs(self, county: list[tuple[str, str, str]], depts: list[tuple[str, str, str]],
             towns: list[tuple[str, str, str]]) -> str:
        panes = [
            f'<div class="vsb-pane" id="pane0"><ul>{self.items(county, "../")}</ul></div>',
            f'<div class="vsb-pane" id="pane1" style="display:none"><ul>{self.items(depts[:SHOWN], "../")}</ul><a '
            f'class="more" href="ndbg/bmnb.htm">更多&gt;&gt;</a></div>',
            f'<div class="vsb-pane" id="pane2" style="display:none"><ul>{self.items(towns, "../")}</ul></div>',
        ]
        script = ("<script>function showTab(n){for(var i=0;i<3;i++){document.getElementById('pane'+i).style.display=(i="
                  "=n?'block':'none');document.getElementById('tab'+i).className=(i==n?'on':'');}}</script>")
        inner = (f'<div class="pt-pos">当前位置：<a href="/index.htm">首页</a> &gt;&gt; <a href="/xxgk.htm">信息公开'
                 f'</a> &gt;&gt; 政府信息公开年报</div><div class="pt-main"><h2>政府信息公开年报</h2><ul '
                 f'class="vsb-tab"><li id="tab0" class="on" onclick="showTab(0)">县政府</li><li id="tab1" '
                 f'onclick="showTab(1)">部门</li><li id="tab2" onclick="showTab(2)">乡镇</li></ul>{"".join(panes)}'
                 f'</div>{script}')
        return frame("政府信息公开年报-濮塘县人民政府", inner)

    def sub_page(self, chunk: list[tuple[str, str, str]], k: int, pages: int, total: int) -> str:
        base = "../../" if k == 0 else "../../../"

        def link(n: int) -> str:  # a link to page n (0-based) from the current page
            target = self.sub_path(n, pages)
            here = self.sub_path(k, pages)
            if here == "/xxgk/ndbg/bmnb.htm":
                return target.replace("/xxgk/ndbg/", "")
            return "../bmnb.htm" if n == 0 else target.replace("/xxgk/ndbg/bmnb/", "")

        pager = [f'<span class="p_t">共{total}条</span> <span class="p_pages">{k + 1}/{pages}</span>']
        if k > 0:
            pager.append(f'<a href="{link(0)}">首页</a> <a href="{link(k - 1)}">上页</a>')
        if k < pages - 1:
            pager.append(f'<a href="{link(k + 1)}">下页</a> <a href="{link(pages - 1)}">尾页</a>')
        inner = (f'<div class="pt-pos">当前位置：<a href="/index.htm">首页</a> &gt;&gt; <a href="/xxgk.htm">信息公开'
                 f'</a> &gt;&gt; <a href="/xxgk/ndbg.htm">政府信息公开年报</a> &gt;&gt; 部门年报</div><div '
                 f'class="pt-main"><h2>部门年报</h2><ul class="pt-list">{self.items(chunk, base)}</ul><div '
                 f'class="pb_sys_common">{" ".join(pager)}</div></div>')
        return frame("部门年报-濮塘县人民政府", inner)


PORTALS = [VsbPutang]
