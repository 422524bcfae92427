"""芩溪县人民政府 (www.qinxi.gov.test): a 博达 VSB county whose 年报 column is a list of date-card links (day and
year-month split apart) paged by VSB's reverse-numbered files, its pager made of *image buttons* only (首页/上页/下页/
尾页 as ``<img alt>``, no page numbers), and whose 2023 教育局 report is a DOCX behind ``download.jsp`` that needs a
Referer.

Start URL: the column ``/zfxxgk/ndbg.htm``.  Its list ``<div class="list-box">`` holds ``<a class="item" href="../info/
1043/<id>.htm" title="full title"><div class="date"><span>DD</span>YYYY-MM</div><p class="tit">title</p></a>``, four
to a page, newest first.  The pager ``<div class="pb_sys_common pb_sys_style3">`` holds ``<span class="p_t">共11条
1/3</span>`` and, per page, ``<a href="…" class="Next"><img src="/system/resource/images/nextpage.gif" alt="下页"
border="0"></a>`` and ``…lastpage.gif" alt="尾页"`` (on later pages also 首页/上页 images): with three pages, page 2 is
``/zfxxgk/ndbg/2.htm`` and page 3 ``/zfxxgk/ndbg/1.htm`` (portals.md §1.4), their links relative (``../../info/…``,
``1.htm``, ``../ndbg.htm``).

Articles ``/info/1043/<id>.htm``: metas ArticleTitle, PubDate, ContentSource; ``<form name="_newscontent_fromname">``,
``<h1 class="arti-title">``, a line ``发布时间：… 来源：… 点击：<script>_showDynClicks("wbnews", …)</script>``
(``/system/resource/code/news/click/dynclicks.jsp`` answers a bare number), body ``div#vsb_content_4 >
div.v_news_content``.  Reports (8): 芩溪县人民政府 2020, 2021 (Word-pasted), 2022, 2023, 2024;
芩溪县人力资源和社会保障局 2022 (titled "县人社局…"); 芩溪县教育局 2023 (titled "县教育局…"; a short body, the report a
DOCX at ``/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1498825961&wbfileid=<n>`` in a
``附件【…】已下载…次`` line — without a Referer it answers a 4.9 KB HTML error page); 芩溪县白沙镇人民政府 2019
(titled "白沙镇…").  来源 and ContentSource name the full unit.  Decoys (3): 芩溪县2023年度统计年报,
芩溪县2024年政务公开工作要点, 芩溪县人民政府关于2024年度政府信息公开工作年度报告的公告.  Chrome: 无障碍 / 关怀版,
header with search box, nav, footer with 主办单位, 网站标识码, ICP, 公网安备 and "技术支持：博达软件".
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch34._site import MEDIA, Site, esc
from govcrawl.synth.docx import render_docx

HOST = "www.qinxi.gov.test"
SITE = "qinxi-gov"
OWNER = "芩溪县人民政府"
RS = "芩溪县人力资源和社会保障局"
JY = "芩溪县教育局"
TOWN = "芩溪县白沙镇人民政府"
CODE = "9884030005"
OWNER_ID = 1498825961
TREE = 1043
COL = "/zfxxgk/ndbg.htm"
DOWNLOAD = "/system/_content/download.jsp"
PER = 4
GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
       b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title>'
            '<link rel="stylesheet" href="/system/resource/css/pagedown/sys.css">'
            '<script src="/system/resource/js/dynclicks.js"></script></head><body>'
            '<div class="top"><a href="javascript:;" id="wza">无障碍</a> <a href="javascript:;">关怀版</a></div>'
            '<div class="header"><img src="/images/logo.png" alt="芩溪县人民政府">'
            '<form action="/ssjg.jsp" method="get">'
            '<input name="keyword"><button type="submit">搜索</button></form></div>'
            '<div class="nav"><a href="/index.htm">首页</a> <a href="/zwdt.htm">政务动态</a> '
            f'<a href="{COL}">政府信息公开年报</a></div>{inner}'
            '<div class="footer"><p>主办单位：芩溪县人民政府办公室　技术支持：博达软件</p>'
            f'<p>网站标识码：{CODE}　未ICP备17035791号-2　未公网安备98840302000017号</p></div></body></html>')


class VsbQinxi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 291_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2020, "2021-01-25"), (2021, "2022-01-27"), (2022, "2023-01-19"), (2023, "2024-01-23"),
                           (2024, "2025-01-21")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, "县政府办公室", OWNER, self.body(doc, word=year == 2021)),
                        doc)
        doc = self.doc(RS, 2022, "2023-01-28", "县人社局2022年政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, "2023-01-28", RS, RS, self.body(doc)), doc)
        doc = self.doc(TOWN, 2019, "2020-01-22", "白沙镇2019年政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, "2020-01-22", TOWN, TOWN, self.body(doc)), doc)
        date = "2024-01-29"
        doc = self.doc(JY, 2023, date, "县教育局2023年政府信息公开工作年度报告")
        fileid = self.rng.randint(1_000_000, 9_999_999)
        data = render_docx(doc)
        error = ("<html><head><title>错误</title></head><body><div class='err'>"
                 + "对不起，您请求的附件不存在或已过期。"
                 * 90 + "</div></body></html>").encode()

        def download(request: Request) -> Response:
            if request.param("wbfileid") != str(fileid) or not request.headers.get("Referer", request.headers.get(
                    "referer", "")):
                return Response(200, error, "text/html; charset=utf-8")
            return Response(200, data, MEDIA["docx"], {"Content-Disposition": "attachment; filename=report.docx"})

        self.route(HOST, DOWNLOAD, download)
        query = f"urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={fileid}"
        url = self.article(doc.title, date, JY, JY,
                           f"<p>{esc(doc.title)}现予公开，全文见附件。</p>",
                           f'<ul style="list-style-type:none;"><li>附件【<a href="{DOWNLOAD}?'
                           f'{query.replace("&", "&amp;")}'
                           f'" target="_blank">{esc(doc.title)}.docx</a>】已下载<span id="nattach{fileid}">'
                           f'<script>getClickTimes({fileid},{OWNER_ID},"wbnewsfile","attach")</script></span>次</li></ul>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=f"http://{HOST}{DOWNLOAD}?{query}")
        for title, year, date in (("芩溪县2023年度统计年报", 2023, "2024-03-20"),
                                  ("芩溪县2024年政务公开工作要点", 2024, "2024-04-16"),
                                  ("芩溪县人民政府关于2024年度政府信息公开工作年度报告的公告", 2024, "2025-01-22")):
            body = self.decoy_body(title, OWNER, year)
            self.decoy(SITE, self.article(title, date, "县政府办公室", OWNER, body), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            path = COL if k == 0 else f"/zfxxgk/ndbg/{pages - k}.htm"
            self.put(HOST, path, self.column(k, pages))
        self.route(HOST, "/system/resource/code/news/click/dynclicks.jsp",
                   lambda r: Response(200, b"168", "text/html"))
        self.put(HOST, "/system/resource/js/dynclicks.js", "function _showDynClicks(){} function getClickTimes(){}",
                 "application/javascript")
        self.put(HOST, "/system/resource/css/pagedown/sys.css", ".pb_sys_common{font-size:12px}", "text/css")
        self.put(HOST, "/index.htm", frame(OWNER, f'<div class="main"><a href="{COL}">政府信息公开年报</a></div>'))
        for image in ('/images/logo.png', *(f'/system/resource/images/{n}.gif'
                                            for n in ('firstpage', 'prevpage', 'nextpage', 'lastpage'))):
            self.put(HOST, image, GIF, "image/gif")
        self.put(HOST, "/zwdt.htm", frame(f"政务动态-{OWNER}", '<div class="main">暂无内容</div>'))

    def column(self, k: int, pages: int) -> str:
        up = "../" if k == 0 else "../../"
        items = "".join(f'<a class="item" href="{up}{h[1:]}" title="{esc(t)}"><div class="date"><span>{d[8:]}</span>'
                        f'{d[:7]}</div><p class="tit">{esc(t)}</p></a>'
                        for d, h, t in self.rows[k * PER:(k + 1) * PER])

        def link(n: int) -> str:  # page n (0-based) as seen from page k
            if n == 0:
                return "ndbg.htm" if k == 0 else "../ndbg.htm"
            return f"ndbg/{pages - n}.htm" if k == 0 else f"{pages - n}.htm"

        def img(n: int, name: str, alt: str, cls: str) -> str:
            return (f'<a href="{link(n)}" class="{cls}"><img src="/system/resource/images/{name}.gif" alt="{alt}" '
                    'border="0"></a>')

        pager = f'<span class="p_t">共{len(self.rows)}条 {k + 1}/{pages}</span>'
        if k > 0:
            pager += img(0, "firstpage", "首页", "First") + img(k - 1, "prevpage", "上页", "Prev")
        if k < pages - 1:
            pager += img(k + 1, "nextpage", "下页", "Next") + img(pages - 1, "lastpage", "尾页", "Last")
        inner = ('<div class="main"><div class="position">当前位置：<a href="/index.htm">首页</a> &gt; 政府信息公开年报'
                 f'</div><div class="list-box">{items}</div>'
                 f'<div class="pb_sys_common pb_sys_style3">{pager}</div></div>')
        return frame(f"政府信息公开年报-{OWNER}", inner)

    def article(self, title: str, date: str, source: str, meta_source: str, content: str, after: str = "") -> str:
        aid = self.next_id(5, 60)
        path = f"/info/{TREE}/{aid}.htm"
        self.rows.append((date, path, title))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 10:12">'
                 f'<meta name="ContentSource" content="{esc(meta_source)}">')
        inner = (f'<div class="main"><div class="position">当前位置：<a href="/index.htm">首页</a> &gt; <a href="'
                 f'{COL}">政府信息公开年报</a></div><form name="_newscontent_fromname"><h1 class="arti-title">'
                 f'{esc(title)}</h1><div class="arti-info">发布时间：{date}　来源：{esc(source)}　点击：<script>'
                 f'_showDynClicks("wbnews", {OWNER_ID}, {aid})</script></div><div id="vsb_content_4">'
                 f'<div class="v_news_content">{content}</div></div>{after}</form></div>')
        return self.put(HOST, path, frame(f"{title}-{OWNER}", inner, extra))


PORTALS = [VsbQinxi]
