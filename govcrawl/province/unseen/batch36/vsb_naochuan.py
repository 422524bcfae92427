"""淖川县人民政府 (www.naochuan.gov.test): a 博达 VSB county whose 年报 column is paged by a *short* VSB pager — only
``上页`` / ``下页`` spans and a ``第1页/共3页`` count, no page numbers, no 首页/尾页 — over VSB's reverse-numbered
directory (page 2 ``zfxxgknb/2.htm``, page 3 ``zfxxgknb/1.htm``, portals.md §1.4).

Start URL: the home page ``/`` (``/index.htm``); its 政务公开 nav and its 信息公开 box link the column
``/zwgk/zfxxgknb.htm``.  List: ``<ul class="list-gl">`` of ``<li id="line_u8_N"><a href="../info/1035/<id>.htm"
title="full title" target="_blank">title</a><span>YYYY年MM月DD日</span></li>`` (four a page, newest first; pages in
the sub-directory link ``../../info/…``), then ``<div class="pb_sys_common pb_sys_short pb_sys_style3">`` with
``<span class="p_prev p_fun"><a href="zfxxgknb/2.htm">上页</a></span>`` … ``<span class="p_next p_fun">…下页``
(disabled ones ``p_prev_d`` without a link) and ``<span class="p_t">第N页/共3页</span>``.

Articles ``/info/1035/<id>.htm``: metas ArticleTitle, PubDate, ContentSource; ``<form name="_newscontent_fromname">``,
``<h1 class="arti_title">``, a line ``来源：… 发布时间：… 点击数：<script>_showDynClicks("wbnews", 1378926513,
<id>)</script>``, body ``div#vsb_content_6 > div.v_news_content`` (first paragraph ``vsbcontent_start``).
Reports (8): 淖川县人民政府 2020 (Word-pasted), 2022, 2023, 2024 (a one-line body; the PDF through
``/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1378926513&wbfileid=<n>`` in a
``附件【<a>…pdf</a>】已下载<span>…</span>次`` line after the content); 淖川县交通运输局 2021 ("县交通运输局…"),
淖川县农业农村局 2024 ("县农业农村局…"), 淖川县应急管理局 2022 ("县应急局…"), 淖川县河口镇人民政府 2019
("河口镇…") — 来源 and ContentSource name the full unit.
Decoys (3): 淖川县2024年政务公开工作要点, 淖川县人民政府关于2023年度政府信息公开工作年度报告的公告,
淖川县人民政府2022年度政府信息公开工作年度报告解读.
Chrome: top (无障碍, 关怀版, 微信/微博 blurbs), logo, nav, footer with 主办单位, 网站标识码, ICP, 公网安备.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch36._site import MEDIA, Site, esc

HOST = "www.naochuan.gov.test"
SITE = "naochuan-gov"
OWNER = "淖川县人民政府"
JT = "淖川县交通运输局"
NY = "淖川县农业农村局"
YJ = "淖川县应急管理局"
TOWN = "淖川县河口镇人民政府"
CODE = "9886030007"
OWNER_ID = 1378926513
TREE = "1035"
PER = 4


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title>'
            '<link rel="stylesheet" href="/system/resource/css/pagedown/sys.css"></head><body>'
            '<div class="top"><a href="javascript:;">无障碍</a> <a href="javascript:;">关怀版</a> '
            '<span>微信：淖川发布</span> <span>微博：@淖川发布</span></div><div class="logo">淖川县人民政府</div>'
            '<div class="nav"><a href="/index.htm">首页</a> <a href="/zwgk/zfxxgknb.htm">政务公开</a></div>'
            f'{inner}<div class="foot"><p>主办单位：淖川县人民政府办公室　地址：淖川县建设路8号</p>'
            f'<p>网站标识码：{CODE}　未ICP备19012658号　未公网安备98860302000016号</p></div></body></html>')


class VsbNaochuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 311_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2020, "2021-01-27"), (2022, "2023-01-29"), (2023, "2024-01-26")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2020)), doc)
        date = "2025-01-20"
        doc = self.doc(OWNER, 2024, date, f"{OWNER}2024年政府信息公开工作年度报告")
        fid = self.rng.randint(10 ** 6, 10 ** 7 - 1)
        dl = "/system/_content/download.jsp"
        file_path = f"/system/_content/files/{fid}.pdf"
        self.attach(HOST, file_path, doc, "pdf")
        self.route(HOST, dl, self.download({str(fid): file_path}))
        link = f"{dl}?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={fid}"
        url = self.article(doc.title, date, OWNER, f'<p class="vsbcontent_start">{esc(doc.title)}见附件。</p>',
                           after=f'<ul style="list-style-type:none;"><li>附件【<a href="{esc(link)}" '
                                 f'target="_blank">{esc(doc.title)}.pdf</a>】已下载<span id="nattach{fid}">'
                                 '<script>getClickTimes(' + str(fid) + ',' + str(OWNER_ID) + ',"wbnewsfile",'
                                 '"attach")</script></span>次</li></ul>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=f"http://{HOST}{link}")
        for agency, year, date, title in ((JT, 2021, "2022-01-24", "县交通运输局2021年政府信息公开工作年度报告"),
                                          (NY, 2024, "2025-01-15", "县农业农村局2024年政府信息公开工作年度报告"),
                                          (YJ, 2022, "2023-01-17", "县应急局2022年政府信息公开工作年度报告"),
                                          (TOWN, 2019, "2020-01-21", "河口镇2019年政府信息公开工作年度报告")):
            doc = self.doc(agency, year, date, title)
            self.report(SITE, self.article(title, date, agency, self.body(doc)), doc)
        for title, year, date in (("淖川县2024年政务公开工作要点", 2024, "2024-04-02"),
                                  ("淖川县人民政府关于2023年度政府信息公开工作年度报告的公告", 2023, "2024-01-31"),
                                  ("淖川县人民政府2022年度政府信息公开工作年度报告解读", 2022, "2023-02-03")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            path = "/zwgk/zfxxgknb.htm" if k == 1 else f"/zwgk/zfxxgknb/{pages - k + 1}.htm"
            self.put(HOST, path, self.column(k, pages))
        self.put(HOST, "/index.htm", frame(OWNER, '<div class="main"><div class="xxgk"><h3>信息公开</h3>'
                                                  '<a href="/zwgk/zfxxgknb.htm">政府信息公开年报</a></div></div>'))
        self.put(HOST, "/system/resource/css/pagedown/sys.css", ".pb_sys_common{font-size:12px}", "text/css")

    def download(self, files: dict[str, str]):  # type: ignore[no-untyped-def]
        from govcrawl.province.server import Request, Response

        def serve(request: Request) -> Response:
            target = files.get(request.param("wbfileid"))
            if target is None:
                return Response(200, "<html><body>附件不存在或已删除</body></html>".encode(),
                                "text/html; charset=utf-8")
            return self.handle(Request("GET", HOST, target, {}, request.headers))
        return serve

    def column(self, k: int, pages: int) -> str:
        up = "../" if k == 1 else "../../"
        rows = "".join(f'<li id="line_u8_{i}"><a href="{up}{h[1:]}" title="{esc(t)}" target="_blank">{esc(t)}</a>'
                       f'<span>{d[:4]}年{d[5:7]}月{d[8:]}日</span></li>'
                       for i, (d, h, t) in enumerate(self.rows[(k - 1) * PER:k * PER]))

        def href(n: int) -> str:
            if n == 1:
                return "../zfxxgknb.htm" if k > 1 else "zfxxgknb.htm"
            return f"{pages - n + 1}.htm" if k > 1 else f"zfxxgknb/{pages - n + 1}.htm"
        prev = (f'<span class="p_prev p_fun"><a href="{href(k - 1)}">上页</a></span>' if k > 1
                else '<span class="p_prev_d p_fun_d">上页</span>')
        nxt = (f'<span class="p_next p_fun"><a href="{href(k + 1)}">下页</a></span>' if k < pages
               else '<span class="p_next_d p_fun_d">下页</span>')
        inner = ('<div class="main"><div class="pos">当前位置：<a href="/index.htm">首页</a> &gt; '
                 '政府信息公开年报</div>'
                 f'<ul class="list-gl">{rows}</ul><div class="pb_sys_common pb_sys_short pb_sys_style3">'
                 f'<span class="p_pages">{prev}{nxt}</span><span class="p_t">第{k}页/共{pages}页</span></div></div>')
        return frame(f"政府信息公开年报-{OWNER}", inner, '<meta name="ColumnName" content="政府信息公开年报">')

    def article(self, title: str, date: str, source: str, content: str, after: str = "") -> str:
        aid = self.next_id(40, 300)
        path = f"/info/{TREE}/{aid}.htm"
        self.rows.append((date, path, title))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 16:05">'
                 f'<meta name="ContentSource" content="{esc(source)}">')
        inner = ('<div class="main"><form name="_newscontent_fromname"><h1 class="arti_title">'
                 f'{esc(title)}</h1><div class="arti_metas">来源：{esc(source)}　发布时间：{date}　点击数：'
                 f'<script>_showDynClicks("wbnews", {OWNER_ID}, {aid})</script></div><div id="vsb_content_6">'
                 f'<div class="v_news_content">{content}</div></div>{after}</form></div>')
        return self.put(HOST, path, frame(f"{title}-{OWNER}", inner, extra))


PORTALS = [VsbNaochuan]
