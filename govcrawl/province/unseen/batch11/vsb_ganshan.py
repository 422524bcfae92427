"""淦山县 (www.ganshan.gov.test): 博达 VSB whose 年报 list is a 序号/标题/发布日期 table and whose pager
says how many rows a page holds.

The column ``/xxgk/zfxxgknb.htm`` and its reverse-numbered pages ``/xxgk/zfxxgknb/2.htm``,
``/xxgk/zfxxgknb/1.htm`` (page k of N is ``zfxxgknb/{N-k+1}.htm``, portals.md §1.4) are a ``<table
class="list-tb">`` with a header row (序号 | 标题 | 发布日期); the 序号 runs on across pages, the date
is in brackets ("[2025-01-22]").  The pager is ``pb_sys_common pb_sys_style3``: "共12条" , "每页4条",
"页码：1/3" in ``span.p_t`` and 首页/上页/下页/尾页 links (no numbers).  Links are
``../info/1203/<id>.htm`` (``../../info/…`` from the numbered pages).  Articles put the body in
``form[name=_newscontent_fromname] #vsb_content_100 .v_news_content`` under a "时间：2025-01-22 作者：
来源：… 点击数：<script>_showDynClicks(…)</script>" line.  Two reports are files behind
``/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1702883145&wbfileid=<n>`` in a
``<ul style="list-style-type:none;">`` 附件 list after the form (the 2021 county report a .docx, the
2024 one a PDF); without the article as ``Referer`` the server answers a ~5 KB HTML error page.
Titles: "淦山县人民政府2023年政府信息公开工作年度报告（更正版）" (a bracketed note), the 水利局's
"淦山县水利局2024年度…", a 乡's "石桥乡2023年…" (淦山县石桥乡人民政府), one titled with 工作报告 wording
("淦山县2022年政府信息公开年度工作报告").  Decoys: 政府信息公开指南, 统计公报, 关于…的函.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.pdf import render_pdf

HOST = "www.ganshan.gov.test"
SITE = "ganshan-gov"
OWNER = "淦山县人民政府"
TREE = 1203
OWNER_ID = 1702883145
PER_PAGE = 4
DOWNLOAD = "/system/_content/download.jsp"
ERROR_PAGE = (
    '<!DOCTYPE html><html><head><meta charset="UTF-8"><title>提示信息</title><style>body{font-size:14px;}'
    + ".msg{margin:80px auto;width:480px;border:1px solid #ccc;padding:20px;}" * 75
    + '</style></head><body><div class="msg"><h3>提示信息</h3><p>下载文件失败，请从正确的页面进入下载。</p>'
    '<p><a href="javascript:history.back()">返回</a></p></div></body></html>'
)


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="SiteName" content="淦山县人民政府">'
        f'<meta name="SiteDomain" content="www.ganshan.gov.test"><meta name="SiteIDCode" content="9847310008">{metas}'
        f'<title>{escape(title)}-淦山县人民政府</title><link rel="stylesheet" '
        'href="/system/resource/css/pagedown/sys.css"></head><body><div class="gs-head"><div class="gs-tools">'
        '<a href="javascript:;" onclick="ariaTool()">无障碍浏览</a> <a href="javascript:;">关怀模式</a> '
        '<a href="/wzdt.htm">网站地图</a></div><h1 class="gs-logo">淦山县人民政府</h1></div>'
        '<div class="gs-nav"><a href="/index.htm">首页</a><a href="/xxgk.htm">信息公开</a>'
        '<a href="/bsfw.htm">办事服务</a>'
        f'</div><div class="gs-main">{inner}</div><div class="gs-foot">'
        '<p>版权所有：淦山县人民政府　网站标识码：9847310008　未ICP备13008127号</p>'
        '<p>地址：淦山县人民路1号　邮编：984731　您是第 <span id="visitCount">2017734</span> 位访客</p></div>'
        "</body></html>"
    )


class VsbGanshan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.newsid = 31_870
        self.entries: list[tuple[int, str, str]] = []  # id, title, date
        self.files: dict[str, tuple[str, bytes, str]] = {}  # wbfileid -> (article url, bytes, type)
        self.article(make_doc(rng, OWNER, 2019, "2020-01-20", version="v2019"))
        self.article(make_doc(rng, OWNER, 2020, "2021-01-22", version="v2019"))
        self.attached(make_doc(rng, OWNER, 2021, "2022-01-28"), DOCX)
        self.notice("淦山县政府信息公开指南（2022年修订）", "2022-06-30")
        self.article(make_doc(rng, OWNER, 2022, "2023-01-31", title="淦山县2022年政府信息公开年度工作报告"))
        self.article(make_doc(rng, OWNER, 2023, "2024-01-29",
                              title="淦山县人民政府2023年政府信息公开工作年度报告（更正版）"))
        self.article(make_doc(rng, "淦山县石桥乡人民政府", 2023, "2024-01-18",
                              title="石桥乡2023年政府信息公开工作年度报告"), "石桥乡人民政府")
        self.notice("淦山县2023年国民经济和社会发展统计公报", "2024-03-22")
        self.attached(make_doc(rng, OWNER, 2024, "2025-01-24"), PDF)
        self.article(make_doc(rng, "淦山县水利局", 2024, "2025-01-21",
                              title="淦山县水利局2024年度政府信息公开工作年度报告"), "淦山县水利局")
        self.article(make_doc(rng, "淦山县石桥乡人民政府", 2024, "2025-01-17",
                              title="石桥乡2024年政府信息公开工作年度报告"), "石桥乡人民政府")
        self.notice("关于做好2024年度政府信息公开工作年度报告发布工作的函", "2024-12-23")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        pages = len(chunks)
        for k, chunk in enumerate(chunks, start=1):
            path = "/xxgk/zfxxgknb.htm" if k == 1 else f"/xxgk/zfxxgknb/{pages - k + 1}.htm"
            self.put(HOST, path, self.list_page(chunk, k, pages))
        self.route(HOST, DOWNLOAD, self.download)
        self.route(HOST, "/system/resource/code/news/click/dynclicks.jsp",
                   lambda r: Response(200, str(self.rng.randint(30, 700)).encode(), "text/plain"))

    def page_of(self, title: str, date: str, source: str, content: str, after: str = "") -> tuple[str, int]:
        self.newsid += self.rng.randint(3, 90)
        path = f"/info/{TREE}/{self.newsid}.htm"
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
                 f'<meta name="ContentSource" content="{escape(source)}">')
        inner = (
            '<div class="gs-pos">当前位置：<a href="/index.htm">首页</a>&gt;&gt;'
            '<a href="/xxgk.htm">信息公开</a>&gt;&gt;'
            '<a href="/xxgk/zfxxgknb.htm">政府信息公开年报</a></div>'
            '<form name="_newscontent_fromname"><div class="gs-art">'
            f'<h2 align="center">{escape(title)}</h2><div class="gs-info">时间：{date}&nbsp;&nbsp;作者：&nbsp;&nbsp;'
            f"来源：{escape(source)}&nbsp;&nbsp;点击数：<script>_showDynClicks(\"wbnews\", {OWNER_ID}, {self.newsid})"
            f'</script></div><div id="vsb_content_100"><div class="v_news_content">{content}</div></div>'
            f"</div></form>{after}"
        )
        url = self.put(HOST, path, frame(title, inner, metas))
        self.entries.append((self.newsid, title, date))
        return url, self.newsid

    def article(self, doc: ReportDoc, source: str = "县政府办公室") -> None:
        content = body_html(doc, plain_para, plain_cell,
                            '<table border="1" cellspacing="0" cellpadding="0" align="center" width="620">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, content)[0], doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        ext = "pdf" if media == PDF else "docx"
        fileid = str(self.rng.randint(10**6, 10**7 - 1))
        link = f"{DOWNLOAD}?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={fileid}"
        after = (
            '<ul style="list-style-type:none;"><li>附件【<a href="' + link + f'" target="_blank">{escape(doc.title)}'
            f'.{ext}</a>】已下载<span id="nattach{fileid}"><script>getClickTimes({fileid},{OWNER_ID},'
            '"wbnewsfile","attach")</script></span>次</li></ul>'
        )
        content = "<p class=\"vsbcontent_start\">本单位年度报告全文见附件。</p>"
        url, _ = self.page_of(doc.title, doc.published_date or "", "县政府办公室", content, after)
        data = render_pdf(doc, random.Random(self.rng.random())) if media == PDF else render_docx(doc)
        self.files[fileid] = (url, data, media)
        self.report(SITE, url, doc, media_type=media, report_url=f"http://{HOST}{link}")

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, "县政府办公室", content)[0], title)

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("wbfileid"))
        if found is None or request.headers.get("referer", "").split("#")[0] != found[0]:
            return Response(200, ERROR_PAGE.encode(), "text/html; charset=UTF-8")
        return Response(200, found[1], found[2], {"Content-Disposition": "attachment"})

    def list_page(self, chunk: list[tuple[int, str, str]], k: int, pages: int) -> str:
        up = "../" if k == 1 else "../../"
        start = (k - 1) * PER_PAGE
        rows = "".join(
            f'<tr><td class="xh">{start + i}</td><td class="bt"><a href="{up}info/{TREE}/{n}.htm" target="_blank">'
            f'{escape(t)}</a></td><td class="sj">[{d}]</td></tr>'
            for i, (n, t, d) in enumerate(chunk, start=1)
        )

        def to(j: int) -> str:  # page j as a link from page k
            target = "zfxxgknb.htm" if j == 1 else f"zfxxgknb/{pages - j + 1}.htm"
            return target if k == 1 else ("../zfxxgknb.htm" if j == 1 else f"{pages - j + 1}.htm")

        fun = ""
        fun += (f'<span class="p_first p_fun"><a href="{to(1)}">首页</a></span><span class="p_prev p_fun">'
                f'<a href="{to(k - 1)}">上页</a></span>') if k > 1 else \
            '<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>'
        fun += (f'<span class="p_next p_fun"><a href="{to(k + 1)}">下页</a></span><span class="p_last p_fun">'
                f'<a href="{to(pages)}">尾页</a></span>') if k < pages else \
            '<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>'
        inner = (
            '<div class="gs-pos">当前位置：<a href="/index.htm">首页</a>&gt;&gt;信息公开&gt;&gt;政府信息公开年报</div>'
            '<table class="list-tb" width="100%"><tr class="hd"><th>序号</th><th>标题</th><th>发布日期</th></tr>'
            f'{rows}</table><div class="pb_sys_common pb_sys_style3"><span class="p_t">共{len(self.entries)}条</span>'
            f'<span class="p_t">每页{PER_PAGE}条</span><span class="p_pages">{fun}</span>'
            f'<span class="p_t">页码：{k}/{pages}</span></div>'
        )
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [VsbGanshan]
