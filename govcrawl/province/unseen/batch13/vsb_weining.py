"""沩宁县 (www.weining.gov.test): 博达 VSB whose 年报 column page holds no list — the list is the
dynamic ``lm_list.jsp`` shown inside an ``<iframe>`` — paged by ``PAGENUM``, and whose attachments
download with a Content-Disposition name (no Referer check on this site).

``/zwgk/xxgknb.htm`` is the column's chrome (left menu, breadcrumb) around ``<iframe id="lmFrame"
src="../lm_list.jsp?wbtreeid=1187" …>``: the relative ``../`` leads to ``/lm_list.jsp``.  That page
(``?wbtreeid=1187``, ``&PAGENUM=N``; no ``PAGENUM`` is page 1) is a bare document of ``<li
id="line_u9_N">`` rows (link, ``<span class="time">[date]</span>``) under VSB's pager markup —
``<span class="p_t">共12条</span>`` … ``<span class="p_t">1/3</span>`` — whose links are
``lm_list.jsp?totalpage=3&PAGENUM=2&urltype=tree.TreeTempUrl&wbtreeid=1187``; ``PAGENUM`` past the
last page gives an empty list.  A wrong ``wbtreeid`` answers "栏目不存在".  Entries link
``info/1187/<id>.htm`` (relative to ``/``), five a page, newest first.

Articles: ``div#vsb_content_2 > div.v_news_content`` under "发布时间 / 作者 / 浏览次数：
<script>_showDynClicks(…)</script>"; the county's 2022 report and the 住建局's 2024 report are PDFs and
the county's 2024 an OFD, each linked "附件【<a href="/system/_content/download.jsp?urltype=news.
DownloadAttachUrl&owner=1432&wbfileid=<n>">name</a>】已下载<span>n</span>次".  Reports: 沩宁县人民政府
2019–2024, 沩宁县住房和城乡建设局 2023–2024 ("县住建局…"), 沩宁县沩山镇人民政府 2023 — 9.  Decoys:
政府信息公开指南（2023年版）, 2023年度部门决算, 政府网站工作年度报表.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    OFD,
    PDF,
    Handler,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.weining.gov.test"
SITE = "weining-gov"
OWNER = "沩宁县人民政府"
TREE = "1187"
PER_PAGE = 5
ZJJ = "沩宁县住房和城乡建设局"


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        f'<meta name="SiteName" content="沩宁县人民政府"><title>{escape(title)}-沩宁县人民政府</title>'
        '<link rel="stylesheet" href="/system/resource/css/pagedown/sys.css"><script src="/system/resource/js/'
        'dynclicks.js"></script></head><body><div class="wn-head"><img src="/images/wn_logo.png"><div class="wn-links">'
        '<a href="/">首页</a><a href="/zwgk.htm">政务公开</a><a href="/zwfw.htm">政务服务</a><a href="/hdjl.htm">'
        f'互动交流</a></div></div><div class="wn-main">{inner}</div><div class="wn-foot">版权所有：沩宁县人民政府　'
        '网站标识码：9861310005<br>未ICP备15003366号</div></body></html>'
    )


class VsbWeining(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.article_id = 5120
        self.file_id = 88_310
        self.rows: list[tuple[str, str, str]] = []  # href, title, date
        self.downloads: dict[str, tuple[str, Handler]] = {}  # wbfileid → (extension, file)
        for year, date in ((2019, "2020-01-16"), (2020, "2021-01-21"), (2021, "2022-01-20"), (2023, "2024-01-23")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.file(make_doc(rng, OWNER, 2022, "2023-01-18"), PDF)
        self.file(make_doc(rng, OWNER, 2024, "2025-01-20"), OFD)
        self.article(make_doc(rng, ZJJ, 2023, "2024-01-16", title="县住建局2023年政府信息公开工作年度报告"))
        self.file(make_doc(rng, ZJJ, 2024, "2025-01-13", title="县住建局2024年政府信息公开工作年度报告"), PDF)
        self.article(make_doc(rng, "沩宁县沩山镇人民政府", 2023, "2024-01-11"))
        self.notice("沩宁县政府信息公开指南（2023年版）", 2023, "2023-06-02")
        self.notice("沩宁县住房和城乡建设局2023年度部门决算", 2023, "2024-08-28")
        self.notice("沩宁县人民政府门户网站2024年政府网站工作年度报表", 2024, "2025-01-10")
        self.rows.sort(key=lambda r: r[2], reverse=True)
        self.put(HOST, "/zwgk/xxgknb.htm", frame("政府信息公开年报", (
            '<div class="wn-left"><h3>政府信息公开</h3><a href="gkzn.htm">公开指南</a><a href="gkzd.htm">公开制度</a>'
            '<a href="xxgknb.htm" class="on">公开年报</a></div><div class="wn-right"><div class="wn-pos">当前位置：'
            '<a href="../index.htm">首页</a> &gt;&gt; <a href="../zwgk.htm">政务公开</a> &gt;&gt; 公开年报</div>'
            f'<iframe id="lmFrame" src="../lm_list.jsp?wbtreeid={TREE}" width="100%" height="620" frameborder="0" '
            'scrolling="no"></iframe></div>')))
        self.route(HOST, "/lm_list.jsp", self.list_page)
        self.route(HOST, "/system/_content/download.jsp", self.download)

    def page_of(self, title: str, date: str, content: str) -> str:
        self.article_id += self.rng.randint(3, 60)
        path = f"/info/{TREE}/{self.article_id}.htm"
        inner = (f'<div class="wn-pos">当前位置：<a href="../../index.htm">首页</a> &gt;&gt; <a href="../../zwgk/xx'
            f'gknb.htm">'
                 f'公开年报</a></div><form name="_newscontent_fromname"><h1 align="center">{escape(title)}</h1>'
                 f'<div class="wn-info">发布时间：{date}　作者：县政府办　浏览次数：<script>_showDynClicks("wbnews"'
                 f', 1432, '
                 f'{self.article_id})</script></div><div id="vsb_content_2"><div class="v_news_content">{content}</div>'
                 "</div></form>")
        url = self.put(HOST, path, frame(title, inner))
        self.rows.append((path[1:], title, date))
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table class="vsbcontent_table" border="1">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content), doc)

    def file(self, doc: ReportDoc, media: str) -> None:
        self.file_id += self.rng.randint(7, 90)
        ext = "pdf" if media == PDF else "ofd"
        link = (f"/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1432&wbfileid={self.file_id}")
        if media == PDF:
            self.downloads[str(self.file_id)] = (ext, self.pdf_handler(doc))
        else:
            ofd = Response(200, render_ofd(doc, random.Random(self.rng.random())), OFD)
            self.downloads[str(self.file_id)] = (ext, lambda request: ofd)
        content = (f"<p>{escape(doc.title)}全文见附件。</p><p>附件【<a href=\"{escape(link)}\">{escape(doc.title)}"
            f".{ext}</a>】"
                   f"已下载<span id=\"nattach{self.file_id}\">{self.rng.randint(5, 300)}</span>次</p>")
        url = self.page_of(doc.title, doc.published_date or "", content)
        self.report(SITE, url, doc, media_type=media, report_url=f"http://{HOST}{link}")

    def download(self, request: Request) -> Response:
        key = request.param("wbfileid")
        if key not in self.downloads:
            return Response(200, "<html><body>附件不存在或已被删除</body></html>".encode())
        ext, handler = self.downloads[key]
        found = handler(request)
        return Response(200, found.body, found.content_type,
                        {"Content-Disposition": f'attachment; filename="{key}.{ext}"'})

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content), title)

    def list_page(self, request: Request) -> Response:
        if request.param("wbtreeid") != TREE:
            return Response(200, "<html><body>栏目不存在</body></html>".encode())
        pages = -(-len(self.rows) // PER_PAGE)
        n = int(request.param("PAGENUM", "1") or 1)
        chunk = self.rows[(n - 1) * PER_PAGE : n * PER_PAGE]
        items = "".join(f'<li id="line_u9_{i}"><a href="{h}" target="_blank" title="{escape(t)}">{escape(t)}</a>'
                        f'<span class="time">[{d}]</span></li>' for i, (h, t, d) in enumerate(chunk))

        def link(k: int) -> str:
            return f"lm_list.jsp?totalpage={pages}&amp;PAGENUM={k}&amp;urltype=tree.TreeTempUrl&amp;wbtreeid={TREE}"

        nos = "".join(f'<span class="p_no_d">{k}</span>' if k == n else
                      f'<span class="p_no"><a href="{link(k)}">{k}</a></span>' for k in range(1, pages + 1))
        nav = (f'<span class="p_next p_fun"><a href="{link(n + 1)}">下页</a></span><span class="p_last p_fun"><a href="'
               f'{link(pages)}">尾页</a></span>') if n < pages else '<span class="p_next_d">下页</span>'
        body = (
            '<html><head><meta charset="UTF-8"><base target="_parent"><link rel="stylesheet" href="/system/resource'
            '/css/'
            f'pagedown/sys.css"></head><body><ul class="wn-list">{items}</ul><div class="pb_sys_common pb_sys_normal">'
            f'<span class="p_t">共{len(self.rows)}条</span><span class="p_pages">{nos}{nav}</span>'
            f'<span class="p_t">{n}/{pages}</span></div></body></html>'
        )
        return Response(200, body.encode())


PORTALS = [VsbWeining]
