"""潼岭县人民政府 (www.tongling.gov.test): a 博达 VSB county whose 年报 column ``/zfxxgk/ndbg.htm`` is a ``<ul>`` of
``li id="line_u8_N"`` rows under a *simple* pager (``pb_sys_common pb_sys_style2``): no page-number links, only
首页/上页/下页/尾页 and a GO box calling ``_simple_list_gotopage_fun(3,'u8_goto',2)``; later pages are VSB's
reverse-numbered
files (``ndbg/2.htm`` is page 2, ``ndbg/1.htm`` the last, portals.md §1.4).

Start URL: ``/zfxxgk/ndbg.htm``.  Rows ``<li id="line_u8_0"><a href="../info/1283/<id>.htm" title="full title">title</a>
<span class="time">YYYY年MM月DD日</span></li>`` (four a page, newest first; from ``ndbg/N.htm`` the links are
``../../info/1283/<id>.htm``).  Pager text ``共10条 1/3``, 下页 → ``ndbg/2.htm``, 尾页 → ``ndbg/1.htm``.  A left
menu links
``/zfxxgk/zfxxgkzn.htm`` and ``/zfxxgk.htm``.

Articles ``/info/1283/<id>.htm``: metas ArticleTitle, PubDate, ContentSource; ``<form name="_newscontent_fromname">``
with ``<h2 class="nr_bt">``, a line ``来源：… 发布时间：… 点击：<script>_showDynClicks("wbnews", 1766354870, id)
</script>``, body ``div#vsb_content_4 div.v_news_content``.  ``/system/resource/code/news/click/dynclicks.jsp``
answers a bare number.
Reports (7): 潼岭县人民政府 2021, 2022 (Word-pasted), 2024 and 2023 (a short body; the report is a PDF in
``附件【<a href="/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1766354870&wbfileid=<n>">…pdf</a>】
已下载<span>…</span>次`` after the content div), 潼岭县住房和城乡建设局 2023 ("县住建局…"), 潼岭县民政局 2020
("县民政局…"), 潼岭县石门乡人民政府 2022 ("石门乡…") — 来源 and ContentSource name the full unit.
Decoys (3): 潼岭县2023年法治政府建设年度报告, 潼岭县政府信息公开指南（2024年修订）,
潼岭县2022年国民经济和社会发展统计年报.
Chrome: top bar (无障碍, 关怀版), header, nav, footer with 主办单位, 网站标识码, ICP, 公网安备, 技术支持：博达软件.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch35._site import MEDIA, Site, esc

HOST = "www.tongling.gov.test"
SITE = "tongling-gov"
OWNER = "潼岭县人民政府"
ZJ = "潼岭县住房和城乡建设局"
MZ = "潼岭县民政局"
TOWN = "潼岭县石门乡人民政府"
CODE = "9885030006"
OWNER_ID = 1766354870
PER = 4


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title>'
            '<link rel="stylesheet" href="/system/resource/css/pagedown/sys.css"></head><body>'
            '<div class="topbar"><a href="javascript:;">无障碍</a> | <a href="javascript:;">关怀版</a></div>'
            '<div class="header"><h1>潼岭县人民政府</h1></div><div class="nav"><a href="/index.htm">首页</a> '
            '<a href="/zfxxgk.htm">政府信息公开</a> <a href="/zfxxgk/ndbg.htm">年度报告</a></div>'
            f'{inner}<div class="footer"><p>主办单位：潼岭县人民政府办公室　技术支持：博达软件</p>'
            f'<p>网站标识码：{CODE}　未ICP备17011223号-2　未公网安备98850302000008号</p></div></body></html>')


class VsbTongling(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 301_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str]] = []
        self.files: dict[str, str] = {}
        for year, date in ((2021, "2022-01-24"), (2022, "2023-01-29"), (2024, "2025-01-20")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, "县政府办公室", self.body(doc, word=year == 2022)), doc)
        date = "2024-01-31"
        doc = self.doc(OWNER, 2023, date, f"{OWNER}2023年政府信息公开工作年度报告")
        fid = str(self.next_id(50, 200))
        self.files[fid] = self.attach(HOST, f"/_upload/{fid}.pdf", doc, "pdf")
        link = f"/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={fid}"
        url = self.article(doc.title, date, "县政府办公室", f"<p>{esc(doc.title)}详见附件。</p>",
                           after=f'<div class="fj">附件【<a href="{esc(link)}">{esc(doc.title)}.pdf</a>】已下载'
                                 f'<span id="nattach{fid}">{self.rng.randint(20, 300)}</span>次</div>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=f"http://{HOST}{link}")
        for agency, year, date, title in ((ZJ, 2023, "2024-01-22", "县住建局2023年政府信息公开工作年度报告"),
                                          (MZ, 2020, "2021-01-26", "县民政局2020年政府信息公开工作年度报告"),
                                          (TOWN, 2022, "2023-02-02", "石门乡2022年政府信息公开工作年度报告")):
            doc = self.doc(agency, year, date, title)
            self.report(SITE, self.article(title, date, agency, self.body(doc)), doc)
        for title, year, date in (("潼岭县2023年法治政府建设年度报告", 2023, "2024-02-06"),
                                  ("潼岭县政府信息公开指南（2024年修订）", 2024, "2024-03-18"),
                                  ("潼岭县2022年国民经济和社会发展统计年报", 2022, "2023-04-11")):
            self.decoy(SITE, self.article(title, date, "县政府办公室", self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            path = "/zfxxgk/ndbg.htm" if k == 0 else f"/zfxxgk/ndbg/{pages - k}.htm"
            self.put(HOST, path, self.column(k, pages))
        self.route(HOST, "/system/_content/download.jsp", self.download)
        self.route(HOST, "/system/resource/code/news/click/dynclicks.jsp",
                   lambda request: Response(200, str(self.rng.randint(50, 900)).encode(), "text/html"))
        self.put(HOST, "/system/resource/css/pagedown/sys.css", ".pb_sys_common{font-size:12px}", "text/css")
        side = '<div class="main"><ul class="left"><li><a href="/zfxxgk/zfxxgkzn.htm">公开指南</a></li>' \
               '<li><a href="/zfxxgk/ndbg.htm">年度报告</a></li></ul>'
        self.put(HOST, "/zfxxgk.htm", frame(f"政府信息公开-{OWNER}", side + "</div>"))
        self.put(HOST, "/zfxxgk/zfxxgkzn.htm", frame(f"公开指南-{OWNER}", side + "<p>详见政府信息公开指南。</p></div>"))
        self.put(HOST, "/index.htm", frame(OWNER, '<div class="main"><a href="/zfxxgk/ndbg.htm">年度报告</a></div>'))

    def download(self, request: Request) -> Response:
        target = self.files.get(request.param("wbfileid"))
        if target is None:
            return Response(200, "<html><body>附件不存在或已删除</body></html>".encode(), "text/html; charset=utf-8")
        return self.handle(Request("GET", HOST, target.split(HOST, 1)[1], {}, request.headers))

    def column(self, k: int, pages: int) -> str:
        up = "../" if k == 0 else "../../"
        rows = "".join(f'<li id="line_u8_{i}"><a href="{up}info/1283/{aid}.htm" target="_blank" title="{esc(t)}">'
                       f'{esc(t)}</a><span class="time">{d[:4]}年{d[5:7]}月{d[8:]}日</span></li>'
                       for i, (d, aid, t) in enumerate(self.rows[k * PER:(k + 1) * PER]))

        def href(j: int) -> str:  # page index j (0-based) as a link from page k
            if j == 0:
                return "ndbg.htm" if k == 0 else "../ndbg.htm"
            return f"ndbg/{pages - j}.htm" if k == 0 else f"{pages - j}.htm"

        first = '<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>' if k == 0 else \
            (f'<span class="p_first p_fun"><a href="{href(0)}">首页</a></span>'
             f'<span class="p_prev p_fun"><a href="{href(k - 1)}">上页</a></span>')
        last = '<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>' \
            if k == pages - 1 else (f'<span class="p_next p_fun"><a href="{href(k + 1)}">下页</a></span>'
                                    f'<span class="p_last p_fun"><a href="{href(pages - 1)}">尾页</a></span>')
        pager = (f'<div class="pb_sys_common pb_sys_style2"><span class="p_t">共{len(self.rows)}条</span> '
                 f'<span class="p_t">{k + 1}/{pages}</span> <span class="p_pages">{first}{last}</span> '
                 '<span class="p_t">转到第</span><span class="p_goto"><input type="text" class="p_goto_input" '
                 f'id="u8_goto" maxlength="4" value="{k + 1}"></span><span class="p_t">页</span> <span class="p_goto">'
                 f"<a href=\"javascript:;\" onclick=\"_simple_list_gotopage_fun({pages},'u8_goto',2)\">GO</a></span>"
                 '</div>')
        inner = ('<div class="main"><div class="local">当前位置：<a href="/index.htm">首页</a>&gt;&gt;'
                 '<a href="/zfxxgk.htm">'
                 f'政府信息公开</a>&gt;&gt;年度报告</div><div class="list-gl"><ul>{rows}</ul></div>{pager}</div>')
        return frame(f"年度报告-{OWNER}", inner, '<meta name="ColumnName" content="年度报告">')

    def article(self, title: str, date: str, source: str, content: str, after: str = "") -> str:
        aid = self.next_id(3, 40)
        self.rows.append((date, aid, title))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 16:05">'
                 f'<meta name="ContentSource" content="{esc(source)}">')
        inner = ('<div class="main"><div class="local">当前位置：<a href="/index.htm">首页</a>&gt;&gt;'
                 '<a href="/zfxxgk/ndbg.htm">年度报告</a>&gt;&gt;正文</div><form name="_newscontent_fromname">'
                 f'<h2 class="nr_bt">{esc(title)}</h2><div class="nr_info">来源：{esc(source)}　发布时间'
                 f'：{date}　点击：'
                 f'<script>_showDynClicks("wbnews", {OWNER_ID}, {aid})</script></div><div id="vsb_content_4">'
                 f'<div class="v_news_content">{content}</div></div>{after}</form></div>')
        return self.put(HOST, f"/info/1283/{aid}.htm", frame(f"{title}-{OWNER}", inner, extra))


PORTALS = [VsbTongling]
