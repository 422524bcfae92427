"""峣山县 (www.yaoshan.gov.test): a 博达 VSB county whose 年报 column is a static VSB list of dated cards
(day over year-month), paged in reverse-numbered files under a *short* pager — 首页 上页 下页 尾页 and a
``<select>`` jump box whose options carry the page files, with "第1页/共3页" but no record count — whose
department articles sit under another VSB tree than the county's, and whose files are VSB ``/__local/``
uploads linked with VSB's ``?e=.pdf`` tail.

``/xxgk/ndbg.htm`` is page 1; with N = 3 pages, page 2 is ``/xxgk/ndbg/2.htm`` and page 3 (the last)
``/xxgk/ndbg/1.htm``.  Rows: ``<div class="ys-item" id="line_u9_0"><div class="ys-date"><b>20</b><i>2025-01
</i></div><div class="ys-txt"><a href="../info/1214/<id>.htm" title="full title">…</a><p>summary</p></div>
</div>``, four a page, newest first.  The pager: ``<div class="pb_sys_common pb_sys_short pb_sys_style2">``
with ``<span class="p_first"><a href=…>首页</a></span>`` … ``<span class="p_last"><a href="ndbg/1.htm">尾页
</a></span>``, ``<span class="p_t">第1页/共3页</span>`` and ``<span class="p_goto">转到<select class="p_select"
onchange="location.href=this.value"><option value="ndbg/2.htm">2</option>…</select>页</span>`` (option
values relative to the page, like the links).

Articles: county ones ``/info/1214/<id>.htm``, department and town ones ``/info/1227/<id>.htm`` (the 部门
信息 tree, still listed in the 年报 column).  ``form[name=_newscontent_fromname]``, an "信息来源：… 发布时间：…
浏览次数：<script>_showDynClicks("wbnews", 1802233561, <id>)</script>" line (the JSP
``/system/resource/code/news/click/dynclicks.jsp`` answers a bare number), ``div#vsb_content_100 >
div.v_news_content``.  The 卫健局's title is "县卫健局2024年…" (its full name in 信息来源 and a
``ContentSource`` meta).  The county's 2021 report is a PDF and the 青石镇's 2023 report a DOCX, each linked
in the body's last paragraph "附件：<a href="/__local/A/1F/…_….pdf?e=.pdf">…</a>".  Chrome: 繁體 /
无障碍 links, a 县情概况 nav, footer 主办单位 / 网站标识码 / ICP / 技术支持：博达软件.

Reports (8): 峣山县人民政府 2019–2024 (2021 PDF), 峣山县卫生健康局 2024, 峣山县青石镇人民政府 2023 (DOCX).
Decoys (3): 峣山县人民政府办公室关于报送2024年度政府信息公开工作年度报告的函, 峣山县2024年政府网站工作年度报表,
峣山县政府信息公开指南（2025年版）.
"""

from __future__ import annotations

import random
import re

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch25._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.yaoshan.gov.test"
SITE = "yaoshan-gov"
OWNER = "峣山县人民政府"
OFFICE = "峣山县人民政府办公室"
PER = 4


def frame(title: str, inner: str, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta '
        f'name="SiteName" content="峣山县人民政府"><meta name="SiteDomain" content="{HOST}">{extra}<title>'
        f'{esc(title)}</title><link rel="stylesheet" href="/system/resource/css/pagedown/sys.css"><script '
        'src="/system/resource/js/counter.js"></script></head><body><div class="ys-top"><span>欢迎访问峣山县人民政府'
        '网站</span><a href="javascript:;" id="fanti">繁體</a><a href="javascript:;" id="wza">无障碍</a></div><div '
        'class="ys-banner"><img src="/images/ys_banner.jpg" alt="峣山县人民政府"></div><ul class="ys-nav"><li><a '
        'href="/index.htm">首页</a></li><li><a href="/xqgk.htm">县情概况</a></li><li><a href="/xxgk.htm">政府信息公开'
        '</a></li><li><a href="/hdjl.htm">互动交流</a></li></ul>'
        f'{inner}<div class="ys-foot"><p>主办单位：峣山县人民政府办公室　承办：峣山县大数据中心</p><p>网站标识码：'
        '9875040012　未ICP备12004567号-1　未公网安备 98750402000118号</p><p>技术支持：博达软件</p></div></body></html>'
    )


class VsbYaoshan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 203_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        for year, day in ((2019, 28), (2020, 21), (2022, 19), (2023, 24), (2024, 22)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"峣山县{year}年政府信息公开工作年度报告"),
                         OFFICE, 1214)
        self.filed(self.doc(OWNER, 2021, "2022-01-26", "峣山县2021年政府信息公开工作年度报告"), OFFICE, 1214, "pdf")
        self.article(self.doc("峣山县卫生健康局", 2024, "2025-01-17", "县卫健局2024年政府信息公开工作年度报告"),
                     "峣山县卫生健康局", 1227)
        self.filed(self.doc("峣山县青石镇人民政府", 2023, "2024-01-18", "青石镇2023年政府信息公开工作年度报告"),
                   "峣山县青石镇人民政府", 1227, "docx")
        for title, year, date in (("峣山县人民政府办公室关于报送2024年度政府信息公开工作年度报告的函", 2024,
                                   "2024-12-13"),
                                  ("峣山县2024年政府网站工作年度报表", 2024, "2025-01-14"),
                                  ("峣山县政府信息公开指南（2025年版）", 2025, "2025-02-10")):
            self.decoy(SITE, self.page(title, date, OFFICE, 1214, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            path = "/xxgk/ndbg.htm" if k == 1 else f"/xxgk/ndbg/{pages - k + 1}.htm"
            self.put(HOST, path, self.list_page(k, pages))
        self.route(HOST, "/system/resource/code/news/click/dynclicks.jsp", self.clicks)
        for path, name in (("/index.htm", "首页"), ("/xqgk.htm", "县情概况"), ("/xxgk.htm", "政府信息公开"),
                           ("/hdjl.htm", "互动交流")):
            more = '<p><a href="/xxgk/ndbg.htm">政府信息公开年报</a></p>' if path in ("/index.htm", "/xxgk.htm") else ""
            self.put(HOST, path, frame(f"{name}-峣山县人民政府", f'<div class="ys-main"><h3>{name}</h3>{more}</div>'))

    def clicks(self, request: Request) -> Response:
        return Response(200, str(100 + int(request.param("clickid", "0") or 0) % 877).encode(), "text/html")

    def page(self, title: str, date: str, unit: str, tree: int, content: str) -> str:
        aid = self.next_id()
        inner = (f'<div class="ys-main"><div class="ys-pos">当前位置：<a href="/index.htm">首页</a> &gt; <a '
                 f'href="/xxgk.htm">政府信息公开</a> &gt; <a href="/xxgk/ndbg.htm">政府信息公开年报</a></div><form '
                 f'name="_newscontent_fromname"><h2 class="ys-title">{esc(title)}</h2><div class="ys-info">信息来源：'
                 f'{esc(unit)}　发布时间：{date}　浏览次数：<script>_showDynClicks("wbnews", 1802233561, '
                 f'{aid})</script></div><div id="vsb_content_100"><div class="v_news_content">{content}</div></div>'
                 '<div class="ys-tools"><a href="javascript:window.print()">【打印本页】</a>'
                 '<a href="javascript:window.close()">【关闭窗口】</a></div></form></div>')
        path = f"/info/{tree}/{aid}.htm"
        summary = re.sub(r"<[^>]+>|&nbsp;", "", content.split("</p>")[0]).strip()[:40]
        self.rows.append((date, path, title, summary))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 09:20">'
                 f'<meta name="ContentSource" content="{esc(unit)}">')
        return self.put(HOST, path, frame(f"{title}-峣山县人民政府", inner, extra))

    def article(self, doc: ReportDoc, unit: str, tree: int) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", unit, tree,
                                    self.body(doc, word=doc.year < 2021)), doc)

    def filed(self, doc: ReportDoc, unit: str, tree: int, kind: str) -> None:
        path = (f"/__local/{self.rng.choice('ABCDEF')}/{self.rng.getrandbits(8):02X}/{self.rng.getrandbits(8):02X}/"
                f"{self.rng.getrandbits(120):030X}_{self.rng.getrandbits(32):08X}.{kind}")
        content = (f'<p class="vsbcontent_start">{esc(doc.title)}已经编制完成，全文详见附件。</p><p>附件：<a '
                   f'href="{path}?e=.{kind}" target="_blank">{esc(doc.title)}.{kind}</a></p>')
        url = self.page(doc.title, doc.published_date or "", unit, tree, content)
        self.report(SITE, url, doc, media_type=MEDIA[kind], report_url=self.attach(HOST, path, doc, kind))

    def list_page(self, k: int, pages: int) -> str:
        def href(n: int) -> str:
            if k == 1:
                return "ndbg.htm" if n == 1 else f"ndbg/{pages - n + 1}.htm"
            return "../ndbg.htm" if n == 1 else f"{pages - n + 1}.htm"

        up = "../" if k == 1 else "../../"
        rows = []
        for i, (date, path, title, summary) in enumerate(self.rows[(k - 1) * PER:k * PER]):
            rows.append(f'<div class="ys-item" id="line_u9_{i}"><div class="ys-date"><b>{date[8:10]}</b><i>{date[:7]}'
                        f'</i></div><div class="ys-txt"><a href="{up}{path[1:]}" title="{esc(title)}" target="_blank">'
                        f'{esc(title)}</a><p>{esc(summary)}</p></div></div>')

        def fun(cls: str, n: int, text: str, live: bool) -> str:
            return f'<span class="{cls}"><a href="{href(n)}">{text}</a></span>' if live else \
                f'<span class="{cls}_d">{text}</span>'

        options = "".join(f'<option value="{href(n)}"{" selected" if n == k else ""}>{n}</option>'
                          for n in range(1, pages + 1))
        pager = ('<div class="pb_sys_common pb_sys_short pb_sys_style2">' + fun("p_first", 1, "首页", k > 1)
                 + fun("p_prev", k - 1, "上页", k > 1) + fun("p_next", k + 1, "下页", k < pages)
                 + fun("p_last", pages, "尾页", k < pages) + f'<span class="p_t">第{k}页/共{pages}页</span><span '
                 f'class="p_goto">转到<select class="p_select" onchange="location.href=this.value">{options}</select>页'
                 '</span></div>')
        inner = (f'<div class="ys-main"><div class="ys-left"><h3>政府信息公开</h3><ul><li><a href="{up}xxgk.htm">'
                 f'信息公开目录</a></li><li class="on"><a href="{href(1)}">政府信息公开年报</a></li></ul></div><div '
                 f'class="ys-right"><div class="ys-colname">政府信息公开年报</div>{"".join(rows)}{pager}</div></div>')
        return frame("政府信息公开年报-峣山县人民政府", inner)


PORTALS = [VsbYaoshan]
