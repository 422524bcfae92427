"""岘川县 (www.xianchuan.gov.test): a 博达 VSB county whose 年报 column is a static VSB list paged in
reverse-numbered files under a *previous/next-only* pager (no 首页/尾页, no page numbers: "上一页 下一页" and
"共11条 第1页/共4页"), whose rows link VSB's **dynamic article URL** ``content.jsp?urltype=news.NewsContentUrl&
wbtreeid=…&wbnewsid=…`` instead of static ``/info/…htm`` pages, and whose 2022 county report is a PDF behind
newer VSB's ``/virtual_attach_file.vsb?afc=…&oid=…&tid=…&nid=…&e=.pdf`` attachment URL.

``/xxgk/xxgknb.htm`` is page 1; with N = 4 pages, page 2 is ``/xxgk/xxgknb/3.htm``, page 3
``/xxgk/xxgknb/2.htm`` and page 4 (the last) ``/xxgk/xxgknb/1.htm``.  Rows, three a page, newest first: ``<li
id="line_u5_0"><a href="../content.jsp?urltype=news.NewsContentUrl&amp;wbtreeid=1095&amp;wbnewsid=<id>"
title="full title" target="_blank"><span class="xc-tt">…</span><span class="xc-rq">2025年01月20日</span></a></li>``
(the whole row one anchor, dates in 年月日).  The pager: ``<div class="pb_sys_common pb_sys_nor pb_sys_style4">
<span class="p_pages"><span class="p_prev_d">上一页</span><span class="p_next"><a href="xxgknb/3.htm">下一页</a>
</span></span><span class="p_t">共11条 第1页/共4页</span></div>`` (links relative to the page; on the last page
``p_next_d`` is a dead span).  ``/content.jsp`` answers by ``wbnewsid`` (an unknown id: VSB's "信息不存在"
page with status 404).  The county's articles are in tree 1095; the departments' and towns' in tree 1102
(still listed in this column).

Articles: ``form[name=_newscontent_fromname]``, ``h1.xc-title``, an info line "作者：… 来源：… 发布日期：…
点击：<script>_showDynClicks("wbnews", 1903355812, <id>)</script>" (``/system/resource/code/news/click/
dynclicks.jsp`` answers a bare number), body ``div#vsb_content_502 > div.v_news_content``, and a ContentSource
meta.  The county's 2022 report's body is one sentence; the file is in VSB's attachment list after the body:
``<ul class="xc-attach"><li>附件【<a href="/virtual_attach_file.vsb?afc=…&amp;oid=1903355812&amp;tid=1095&amp;
nid=<id>&amp;e=.pdf">岘川县2022年….pdf</a>】</li></ul>`` (served with a ``Content-Disposition`` filename; a wrong
``afc`` answers 404).  The 市场监管局's report is titled "县市场监管局2024年度政府信息公开工作报告" (工作报告, its full
name in 来源 and ContentSource); the 柳溪镇's "柳溪镇2023年政府信息公开年报".  Chrome: date / 长者模式 / 无障碍 top
bar, 党政机关 logo, nav, 政府信息公开 left menu, footer 主办单位 / 网站标识码 / ICP / 公网安备 / 技术支持：博达软件.

Reports (8): 岘川县人民政府 2019–2024 (2019, 2020 old template; 2022 PDF), 岘川县市场监督管理局 2024,
岘川县柳溪镇人民政府 2023.  Decoys (3): 岘川县2024年度法治政府建设年度报告, 岘川县2025年政务公开工作要点,
岘川县2023年统计年报.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch26._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.xianchuan.gov.test"
SITE = "xianchuan-gov"
OWNER = "岘川县人民政府"
OFFICE = "岘川县人民政府办公室"
OWNER_ID = 1903355812
COUNTY_TREE = 1095
DEPT_TREE = 1102
PER = 3


def frame(title: str, inner: str, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta '
        f'name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" '
        f'content="9876040021">{extra}<title>{esc(title)}</title><link rel="stylesheet" '
        'href="/system/resource/css/pagedown/sys.css"><link rel="stylesheet" href="/style/xc.css"><script '
        'src="/system/resource/js/counter.js"></script><script src="/system/resource/js/dynclicks.js"></script>'
        '</head><body><div class="xc-topbar"><span id="xc-today"></span><script>document.getElementById("xc-today")'
        '.innerHTML=new Date().toLocaleDateString();</script><a href="javascript:;" class="xc-elder">长者模式</a>'
        '<a href="javascript:;" class="xc-wza">无障碍</a></div><div class="xc-header"><img src="/images/xc_logo.png" '
        'alt="岘川县人民政府"></div><div class="xc-menu"><a href="/index.htm">首 页</a><a href="/zwdt.htm">政务动态'
        '</a><a href="/xxgk.htm">政府信息公开</a><a href="/bsfw.htm">办事服务</a><a href="/gzhd.htm">公众互动</a></div>'
        f'{inner}<div class="xc-footer"><p><a href="/wzdt.htm">网站地图</a> | <a href="/lxwm.htm">联系我们</a></p>'
        '<p>主办单位：岘川县人民政府办公室　承办单位：岘川县融媒体中心</p><p>网站标识码：9876040021　'
        '<a href="https://beian.miit.gov.cn/">未ICP备18007321号-2</a>　未公网安备 98760402000135号</p><p>'
        '<img src="/images/dzjg.png" alt="党政机关">　技术支持：博达软件</p></div></body></html>'
    )


class VsbXianchuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 213_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        self.articles: dict[str, tuple[int, bytes]] = {}
        for year, day in ((2019, 29), (2020, 22), (2021, 26), (2023, 18), (2024, 21)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"岘川县{year}年政府信息公开工作年度报告"),
                         OFFICE, COUNTY_TREE)
        self.filed(self.doc(OWNER, 2022, "2023-01-20", "岘川县2022年政府信息公开工作年度报告"))
        self.article(self.doc("岘川县市场监督管理局", 2024, "2025-01-16", "县市场监管局2024年度政府信息公开工作报告"),
                     "岘川县市场监督管理局", DEPT_TREE)
        self.article(self.doc("岘川县柳溪镇人民政府", 2023, "2024-01-24", "柳溪镇2023年政府信息公开年报"),
                     "岘川县柳溪镇人民政府", DEPT_TREE)
        for title, year, date in (("岘川县2024年度法治政府建设年度报告", 2024, "2025-03-18"),
                                  ("岘川县2025年政务公开工作要点", 2025, "2025-04-02"),
                                  ("岘川县2023年统计年报", 2023, "2024-05-10")):
            url = self.page(title, date, "岘川县统计局" if "统计" in title else OFFICE, COUNTY_TREE,
                            self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            path = "/xxgk/xxgknb.htm" if k == 1 else f"/xxgk/xxgknb/{pages - k + 1}.htm"
            self.put(HOST, path, self.list_page(k, pages))
        self.route(HOST, "/content.jsp", self.content)
        self.route(HOST, "/system/resource/code/news/click/dynclicks.jsp", self.clicks)
        for path, name in (("/index.htm", "首页"), ("/zwdt.htm", "政务动态"), ("/xxgk.htm", "政府信息公开"),
                           ("/bsfw.htm", "办事服务"), ("/gzhd.htm", "公众互动"), ("/wzdt.htm", "网站地图"),
                           ("/lxwm.htm", "联系我们")):
            more = ('<ul><li><a href="/xxgk/xxgknb.htm">政府信息公开年报</a></li></ul>'
                    if path in ("/index.htm", "/xxgk.htm", "/wzdt.htm") else "<p>暂无内容</p>")
            self.put(HOST, path, frame(f"{name}-岘川县人民政府", f'<div class="xc-main"><h3>{name}</h3>{more}</div>'))

    # -- serving -----------------------------------------------------------------------------------
    def clicks(self, request: Request) -> Response:
        return Response(200, str(37 + int(request.param("clickid", "0") or 0) % 613).encode(), "text/html")

    def content(self, request: Request) -> Response:
        found = self.articles.get(request.param("wbnewsid"))
        if found is None or request.param("wbtreeid") not in ("", str(found[0])):
            gone = frame("提示信息", '<div class="xc-main"><p class="xc-err">信息不存在或已被删除！</p>'
                                   '<p><a href="/index.htm">返回首页</a></p></div>')
            return Response(404, gone.encode(), "text/html; charset=utf-8")
        return Response(200, found[1], "text/html; charset=utf-8")

    # -- building ----------------------------------------------------------------------------------
    def page(self, title: str, date: str, unit: str, tree: int, content: str, files: str = "",
             aid: int = 0) -> str:
        aid = aid or self.next_id()
        author = "县政府办" if unit == OFFICE else unit.removeprefix("岘川县")
        inner = (f'<div class="xc-main"><div class="xc-side"><h3>政府信息公开</h3><ul><li><a href="/xxgk.htm">信息公开'
                 '目录</a></li><li class="on"><a href="/xxgk/xxgknb.htm">政府信息公开年报</a></li></ul></div><div '
                 'class="xc-body"><div class="xc-where">您的位置：<a href="/index.htm">首页</a> &gt;&gt; <a '
                 'href="/xxgk.htm">政府信息公开</a> &gt;&gt; <a href="/xxgk/xxgknb.htm">政府信息公开年报</a></div>'
                 '<form '
                 f'name="_newscontent_fromname"><h1 class="xc-title">{esc(title)}</h1><div class="xc-meta">作者：'
                 f'{esc(author)}　来源：{esc(unit)}　发布日期：{date}　点击：<script>_showDynClicks("wbnews", '
                 f'{OWNER_ID}, {aid})</script></div><div id="vsb_content_502"><div class="v_news_content">{content}'
                 f'</div></div>{files}<div class="xc-tools"><a href="javascript:window.print()">[打印]</a> <a '
                 'href="javascript:window.close()">[关闭]</a></div></form></div></div>')
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 10:05">'
                 f'<meta name="ContentSource" content="{esc(unit)}">')
        self.articles[str(aid)] = (tree, frame(f"{title}-岘川县人民政府", inner, extra).encode())
        query = f"urltype=news.NewsContentUrl&wbtreeid={tree}&wbnewsid={aid}"
        self.rows.append((date, query, title))
        return f"http://{HOST}/content.jsp?{query}"

    def article(self, doc: ReportDoc, unit: str, tree: int) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", unit, tree,
                                    self.body(doc, word=doc.year < 2021)), doc)

    def filed(self, doc: ReportDoc) -> None:
        name = f"{doc.title}.pdf"
        afc = "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                      for _ in range(44))
        aid = self.next_id()
        query = f"afc={afc}&oid={OWNER_ID}&tid={COUNTY_TREE}&nid={aid}&e=.pdf"
        self.attach(HOST, "/_xc_pdf", doc, "pdf", filename=quote(name))
        serve = self.dynamic.pop((HOST, "/_xc_pdf"))
        self.route(HOST, "/virtual_attach_file.vsb", self.attachment(afc, serve))
        files = (f'<ul class="xc-attach" style="list-style-type:none;"><li>附件【<a href="/virtual_attach_file.vsb?'
                 f'{esc(query)}" target="_blank">{esc(name)}</a>】</li></ul>')
        url = self.page(doc.title, doc.published_date or "", OFFICE, COUNTY_TREE,
                        f'<p class="vsbcontent_start">{esc(doc.title)}已经编制完成，现予公开，全文见附件。</p>',
                        files, aid)
        self.report(SITE, url, doc, media_type=MEDIA["pdf"],
                    report_url=f"http://{HOST}/virtual_attach_file.vsb?{query}")

    @staticmethod
    def attachment(afc: str, serve: Callable[[Request], Response]) -> Callable[[Request], Response]:
        def answer(request: Request) -> Response:
            if request.param("afc") != afc:
                gone = "<html><body><h3>附件不存在</h3></body></html>".encode()
                return Response(404, gone, "text/html; charset=utf-8")
            return serve(request)

        return answer

    def list_page(self, k: int, pages: int) -> str:
        def href(n: int) -> str:
            if k == 1:
                return "xxgknb.htm" if n == 1 else f"xxgknb/{pages - n + 1}.htm"
            return "../xxgknb.htm" if n == 1 else f"{pages - n + 1}.htm"

        up = "../" if k == 1 else "../../"
        rows = []
        for i, (date, query, title) in enumerate(self.rows[(k - 1) * PER:k * PER]):
            y, m, d = date.split("-")
            rows.append(f'<li id="line_u5_{i}"><a href="{up}content.jsp?{esc(query)}" title="{esc(title)}" '
                        f'target="_blank"><span class="xc-tt">{esc(title)}</span><span class="xc-rq">{y}年{m}月{d}日'
                        '</span></a></li>')
        prev = (f'<span class="p_prev"><a href="{href(k - 1)}">上一页</a></span>' if k > 1
                else '<span class="p_prev_d">上一页</span>')
        nxt = (f'<span class="p_next"><a href="{href(k + 1)}">下一页</a></span>' if k < pages
               else '<span class="p_next_d">下一页</span>')
        pager = (f'<div class="pb_sys_common pb_sys_nor pb_sys_style4"><span class="p_pages">{prev}{nxt}</span>'
                 f'<span class="p_t">共{len(self.rows)}条 第{k}页/共{pages}页</span></div>')
        inner = (f'<div class="xc-main"><div class="xc-side"><h3>政府信息公开</h3><ul><li><a href="{up}xxgk.htm">'
                 f'信息公开目录</a></li><li class="on"><a href="{href(1)}">政府信息公开年报</a></li></ul></div><div '
                 'class="xc-body"><div class="xc-where">您的位置：<a href="/index.htm">首页</a> &gt;&gt; 政府信息公开 '
                 f'&gt;&gt; 政府信息公开年报</div><ul class="xc-list">{"".join(rows)}</ul>{pager}</div></div>')
        return frame("政府信息公开年报-岘川县人民政府", inner)


PORTALS = [VsbXianchuan]
