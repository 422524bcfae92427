"""峃川县 (www.xuechuan.gov.test): a 博达 VSB county whose 年报 column sits two levels deep and pages in
reverse-numbered static files under VSB's *classic text pager* — one ``<td>`` of plain text and ``class="Next"``
anchors ("共11条  1/3  首页 上页 下页 尾页" plus a 转到 box driven by ``_simple_list_gotopage_fun``) — whose
rows are cards carrying a 来源 line, and whose 2022 county report is a PDF embedded by VSB's
``showVsbpdfIframe(...)`` script call with a plain download anchor under it.

``/xxgk/gknb/ndbg.htm`` is page 1; with N = 3 pages, page 2 is ``/xxgk/gknb/ndbg/2.htm`` and page 3 (the last)
``/xxgk/gknb/ndbg/1.htm``.  Rows, four a page, newest first: ``<div class="xq-li" id="line_u8_0"><h4><a
href="../../info/1318/<id>.htm" target="_blank" title="…">…</a></h4><p>来源：<unit>　发布时间：2025-01-20</p>
</div>`` (from the page files ``../../../info/…``).  The pager: ``<table class="xq-pg"><tr><td align="center">
共11条&nbsp;&nbsp;1/3&nbsp;&nbsp;首页&nbsp;上页&nbsp;<a href="ndbg/2.htm" class="Next">下页</a>&nbsp;<a
href="ndbg/1.htm" class="Next">尾页</a>&nbsp;&nbsp;转到第<input id="u8_goto">页<input type="button" value="GO"
onclick="_simple_list_gotopage_fun(3,'u8_goto',8)"></td></tr></table>`` — 首页/上页 (or 下页/尾页) are plain text
where they lead nowhere; links are relative to the page (``../ndbg.htm``, ``1.htm`` from page 2).

Articles ``/info/1318/<id>.htm``: ``form[name=_newscontent_fromname]``, ``h2.xq-tit``, "信息来源：… 发布时间：…
浏览次数：<script>_showDynClicks("wbnews", 1725584413, <id>)</script>" (``/system/resource/code/news/click/
dynclicks.jsp`` answers a bare number), body ``div#vsb_content_2 > div.v_news_content`` and a ContentSource
meta.  The 住建局's title is "县住建局2024年…" (信息来源 and ContentSource give 峃川县住房和城乡建设局); the 云岭乡's
"云岭乡2023年度政府信息公开工作年度报告".  The 2022 county page says one sentence, then ``<script>showVsbpdfIframe(
"/__local/E/3C/…pdf","100%","900","0","/system/resource/pdfjs/viewer.html");</script>`` and ``<p
class="xq-down"><a href="/__local/E/3C/…pdf">下载原文（PDF）</a></p>``.  Chrome: 简/繁 and 无障碍 links, a 县情 nav,
footer 主办单位 / 网站标识码 / ICP / 公网安备 / 技术支持：博达软件.

Reports (8): 峃川县人民政府 2019–2024 (2019, 2020 old template, 2019 Word-saved; 2022 PDF), 峃川县住房和城乡建设局
2024, 峃川县云岭乡人民政府 2023.  Decoys (3): 峃川县人民政府办公室关于报送2024年度政府信息公开工作年度报告的函,
峃川县2024年政府网站工作年度报表, 峃川县财政局2024年度部门决算.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch27._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.xuechuan.gov.test"
SITE = "xuechuan-gov"
OWNER = "峃川县人民政府"
OFFICE = "峃川县人民政府办公室"
OWNER_ID = 1725584413
TREE = 1318
PER = 4


def frame(title: str, inner: str, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta '
        f'name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" '
        f'content="9877040013">{extra}<title>{esc(title)}</title><link rel="stylesheet" '
        'href="/system/resource/css/pagedown/sys.css"><script src="/system/resource/js/dynclicks.js"></script>'
        '<script src="/system/resource/js/vsbpdfIframe.js"></script></head><body><div class="xq-top"><a '
        'href="javascript:;" id="xq-jt">简体</a>|<a href="javascript:;" id="xq-ft">繁體</a>|<a href="javascript:;" '
        'class="xq-wza">无障碍浏览</a></div><div class="xq-banner"><h1>峃川县人民政府</h1></div><ul class="xq-nav">'
        '<li><a href="/index.htm">首页</a></li><li><a href="/xqgk.htm">县情概况</a></li><li><a href="/xxgk.htm">'
        '政府信息公开</a></li><li><a href="/hdjl.htm">互动交流</a></li></ul>'
        f'{inner}<div class="xq-foot"><p>主办单位：峃川县人民政府办公室　地址：峃川县城关镇府前路1号</p><p>网站标识码：'
        '9877040013　<a href="https://beian.miit.gov.cn/">未ICP备20004417号</a>　未公网安备 98770402000071号</p>'
        '<p>技术支持：博达软件</p></div></body></html>'
    )


class VsbXuechuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 223_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str, str]] = []
        for year, day in ((2019, 30), (2020, 21), (2021, 25), (2023, 19), (2024, 22)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"峃川县人民政府{year}年政府信息公开工作年度报告")
            self.article(doc, OFFICE)
        doc = self.doc(OWNER, 2022, "2023-01-18", "峃川县人民政府2022年政府信息公开工作年度报告")
        path = f"/__local/E/3C/{self.rng.getrandbits(32):08X}_{self.rng.getrandbits(32):08X}.pdf"
        file_url = self.attach(HOST, path, doc, "pdf")
        text = (f'<p class="vsbcontent_start">{esc(doc.title)}已编制完成，现予发布。</p><script>showVsbpdfIframe("'
                f'{path}","100%","900","0","/system/resource/pdfjs/viewer.html");</script><p class="xq-down"><a '
                f'href="{path}">下载原文（PDF）</a></p>')
        url = self.page(doc.title, doc.published_date or "", OFFICE, text)
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=file_url)
        self.article(self.doc("峃川县住房和城乡建设局", 2024, "2025-01-17", "县住建局2024年政府信息公开工作年度报告"),
                     "峃川县住房和城乡建设局")
        self.article(self.doc("峃川县云岭乡人民政府", 2023, "2024-01-23", "云岭乡2023年度政府信息公开工作年度报告"),
                     "峃川县云岭乡人民政府")
        for title, unit, year, date in (
                ("峃川县人民政府办公室关于报送2024年度政府信息公开工作年度报告的函", OFFICE, 2024, "2024-12-20"),
                ("峃川县2024年政府网站工作年度报表", OFFICE, 2024, "2025-01-15"),
                ("峃川县财政局2024年度部门决算", "峃川县财政局", 2024, "2025-06-10")):
            self.decoy(SITE, self.page(title, date, unit, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            self.put(HOST, "/xxgk/gknb/ndbg.htm" if k == 1 else f"/xxgk/gknb/ndbg/{pages - k + 1}.htm",
                     self.list_page(k, pages))
        self.route(HOST, "/system/resource/code/news/click/dynclicks.jsp", self.clicks)
        self.put(HOST, "/system/resource/css/pagedown/sys.css", ".pb_sys_common{text-align:center}", "text/css")
        for path, name in (("/index.htm", "首页"), ("/xqgk.htm", "县情概况"), ("/xxgk.htm", "政府信息公开"),
                           ("/hdjl.htm", "互动交流")):
            more = ('<ul><li><a href="/xxgk/gknb/ndbg.htm">政府信息公开年度报告</a></li></ul>'
                    if path in ("/index.htm", "/xxgk.htm") else "<p>暂无信息</p>")
            self.put(HOST, path, frame(f"{name}-峃川县人民政府", f'<div class="xq-main"><h3>{name}</h3>{more}</div>'))

    def clicks(self, request: Request) -> Response:
        return Response(200, str(19 + int(request.param("clickid", "0") or 0) % 457).encode(), "text/html")

    def page(self, title: str, date: str, unit: str, content: str) -> str:
        aid = self.next_id()
        inner = (f'<div class="xq-main"><div class="xq-pos">当前位置：<a href="../../index.htm">首页</a> &gt; <a '
                 'href="../../xxgk.htm">政府信息公开</a> &gt; <a href="../../xxgk/gknb/ndbg.htm">年度报告</a></div>'
                 f'<form name="_newscontent_fromname"><h2 class="xq-tit">{esc(title)}</h2><div class="xq-info">'
                 f'信息来源：{esc(unit)}　发布时间：{date}　浏览次数：<script>_showDynClicks("wbnews", '
                 f'{OWNER_ID}, {aid})'
                 f'</script></div><div id="vsb_content_2"><div class="v_news_content">{content}</div></div></form>'
                 '</div>')
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date}">'
                 f'<meta name="ContentSource" content="{esc(unit)}">')
        self.put(HOST, f"/info/{TREE}/{aid}.htm", frame(f"{title}-峃川县人民政府", inner, extra))
        self.rows.append((date, aid, title, unit))
        return f"http://{HOST}/info/{TREE}/{aid}.htm"

    def article(self, doc: ReportDoc, unit: str) -> None:
        url = self.page(doc.title, doc.published_date or "", unit, self.body(doc, word=doc.year < 2020))
        self.report(SITE, url, doc)

    def list_page(self, k: int, pages: int) -> str:
        def href(n: int) -> str:
            if k == 1:
                return "ndbg.htm" if n == 1 else f"ndbg/{pages - n + 1}.htm"
            return "../ndbg.htm" if n == 1 else f"{pages - n + 1}.htm"

        up = "../../" if k == 1 else "../../../"
        rows = "".join(
            f'<div class="xq-li" id="line_u8_{i}"><h4><a href="{up}info/{TREE}/{aid}.htm" target="_blank" title="'
            f'{esc(title)}">{esc(title)}</a></h4><p>来源：{esc(unit)}　发布时间：{date}</p></div>'
            for i, (date, aid, title, unit) in enumerate(self.rows[(k - 1) * PER:k * PER]))
        back = (f'<a href="{href(1)}" class="Next">首页</a>&nbsp;<a href="{href(k - 1)}" class="Next">上页</a>'
                if k > 1 else "首页&nbsp;上页")
        fwd = (f'<a href="{href(k + 1)}" class="Next">下页</a>&nbsp;<a href="{href(pages)}" class="Next">尾页</a>'
               if k < pages else "下页&nbsp;尾页")
        pager = (f'<table class="xq-pg" width="100%"><tr><td align="center">共{len(self.rows)}条&nbsp;&nbsp;{k}/{pages}'
                 f'&nbsp;&nbsp;{back}&nbsp;{fwd}&nbsp;&nbsp;转到第<input type="text" size="2" id="u8_goto">页<input '
                 f'type="button" value="GO" onclick="_simple_list_gotopage_fun({pages},\'u8_goto\',8)"></td></tr>'
                 '</table>')
        inner = (f'<div class="xq-main"><div class="xq-left"><h3>政府信息公开</h3><ul><li><a href="{up}xxgk.htm">'
                 f'信息公开目录</a></li><li class="cur"><a href="{href(1)}">年度报告</a></li></ul></div><div '
                 f'class="xq-right"><h3>政府信息公开年度报告</h3>{rows}{pager}</div></div>')
        return frame("政府信息公开年度报告-峃川县人民政府", inner)


PORTALS = [VsbXuechuan]
