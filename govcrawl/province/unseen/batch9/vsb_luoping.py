"""泺坪县 (www.luoping.gov.test): 博达 VSB whose pager prints no count at all — only 首页 上页 下页 尾页.

The 年报 column ``/xxgk/gknb.htm`` and its reverse-numbered pages ``/xxgk/gknb/2.htm``,
``/xxgk/gknb/1.htm`` (page k of N is ``gknb/{N-k+1}.htm``, portals.md §1.4) list ``<li
id="lineu9_N">`` rows linking ``../info/1123/<id>.htm`` (``../../info/…`` from the numbered pages).
The pager is a bare ``<div class="pb_sys_common pb_sys_short">`` with 首页/上页 as dead spans on page 1
and 下页/尾页 links — no "共N条", no "1/N", no page numbers; 尾页 is the only hint of the size.
Articles ``/info/1123/<id>.htm``: the body in ``form[name=_newscontent_fromname] #vsb_content_4
.v_news_content``, "来源：… 发布者：… 浏览次数：<script>_showDynClicks(…)</script>" and a
``dynclicks.jsp`` counter.  Two reports are files behind ``/system/_content/download.jsp?urltype=news.
DownloadAttachUrl&owner=1392847561&wbfileid=<n>`` (the 2023 county report, a PDF; 城关镇's 2024
report, a .docx), which return a ~5 KB HTML error page unless the ``Referer`` is the article.  The
county's 2019 report's title starts with its year; a 乡 report is titled only "2023年政府信息公开工作
年度报告" (the 乡 is named by 来源/发布者 and the body).  Decoys: 法治政府建设年度报告, 关于…的函, 工作要点.
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

HOST = "www.luoping.gov.test"
SITE = "luoping-gov"
OWNER = "泺坪县人民政府"
OWNER_ID = "1392847561"
TREE = "1123"
PER_PAGE = 4
DOWNLOAD = "/system/_content/download.jsp"
ERROR_PAGE = (
    "<html><head><title>提示信息</title></head><body><div style='margin:80px auto;width:500px'>"
    + "<p>对不起，您没有权限下载该附件或该附件不存在，请从正常页面进入下载。</p>" * 40
    + "</div></body></html>"
)


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        f'{metas}<title>{escape(title)}-泺坪县人民政府</title><meta name="SiteName" content="泺坪县人民政府">'
        '<link rel="stylesheet" href="/system/resource/css/pagedown/sys.css"><script src="/system/resource/js/'
        'counter.js"></script></head><body><div class="lp-head"><a href="/index.htm">泺坪县人民政府</a>'
        '<ul><li><a href="/index.htm">首页</a></li><li><a href="/xxgk.htm">信息公开</a></li><li><a href="/zwfw.htm">'
        f'政务服务</a></li></ul></div><div class="lp-main">{inner}</div><div class="lp-foot">版权所有：泺坪县人民'
        "政府办公室　网站标识码：9842420008　未ICP备18021190号</div></body></html>"
    )


class VsbLuoping(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.next_id = 10_412
        self.files: dict[str, tuple[str, bytes | None, str]] = {}
        self.entries: list[tuple[int, str, str]] = []
        self.article(
            make_doc(rng, OWNER, 2019, "2020-01-20", version="v2019", title="2019年泺坪县政府信息公开工作年度报告"),
            "县政府办",
        )
        self.article(make_doc(rng, OWNER, 2021, "2022-01-26"), "县政府办")
        self.notice("泺坪县2021年法治政府建设年度报告", "2022-03-18", "县司法局")
        self.article(make_doc(rng, OWNER, 2022, "2023-01-29"), "县政府办")
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-30"), PDF, "县政府办")
        self.article(
            make_doc(rng, "泺坪县桫溪乡人民政府", 2023, "2024-01-17", title="2023年政府信息公开工作年度报告"),
            "桫溪乡人民政府",
        )
        self.notice("关于做好2024年度政府信息公开工作年度报告编制发布工作的函", "2024-12-16", "县政府办")
        self.notice("泺坪县2025年政务公开工作要点", "2025-03-11", "县政府办")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-25"), "县政府办")
        self.attached(
            make_doc(rng, "泺坪县城关镇人民政府", 2024, "2025-01-21", title="城关镇2024年度政府信息公开工作年度报告"),
            DOCX,
            "城关镇人民政府",
        )
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        count = len(chunks)
        for k, chunk in enumerate(chunks, 1):
            path = "/xxgk/gknb.htm" if k == 1 else f"/xxgk/gknb/{count - k + 1}.htm"
            self.put(HOST, path, self.list_page(chunk, k, count))
        self.route(HOST, DOWNLOAD, self.download)
        self.route(
            HOST,
            "/system/resource/code/news/click/dynclicks.jsp",
            lambda r: Response(200, str(self.rng.randint(30, 900)).encode(), "text/plain"),
        )

    def page_of(self, title: str, date: str, source: str, content: str) -> str:
        self.next_id += self.rng.randint(3, 140)
        aid = self.next_id
        path = f"/info/{TREE}/{aid}.htm"
        metas = (
            f'<META Name="ArticleTitle" Content="{escape(title)}"><META Name="PubDate" Content="{date} 11:30">'
            f'<META Name="ContentSource" Content="{escape(source)}">'
        )
        inner = (
            '<div class="lp-pos">当前位置: <a href="/index.htm">首页<'
            '/a> &gt;&gt; <a href="/xxgk.htm">信息公开</a> &gt;&gt; '
            '<a href="/xxgk/gknb.htm">政府信息公开年报</a> &gt;&gt; 正文</div>'
            f'<form name="_newscontent_fromname"><div class="lp-art"><h1>{escape(title)}</h1>'
            f'<div class="lp-info">来源：{escape(source)}　发布者：{escape(source)}　发布时间：{date}　浏览次数：'
            f'<script>_showDynClicks("wbnews", {OWNER_ID}, {aid})</script></div>'
            f'<div id="vsb_content_4"><div class="v_news_content">{content}</div></div></div></form>'
        )
        url = self.put(HOST, path, frame(title, inner, metas))
        self.entries.append((aid, title, date))
        return url

    def article(self, doc: ReportDoc, source: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" style="width:100%">')
        content = content.replace("<p>", '<p class="vsbcontent_start">', 1)
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, content), doc)

    def attached(self, doc: ReportDoc, media: str, source: str) -> None:
        ext = "pdf" if media == PDF else "docx"
        wbfileid = str(self.rng.randint(2_000_000, 2_999_999))
        query = f"urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={wbfileid}"
        content = (
            f'<p class="vsbcontent_start">{escape(doc.title)}见附件。</p>'
            f'<ul style="list-style-type:none;"><li>附件【<a href="{DOWNLOAD}?{escape(query)}" target="_blank">'
            f'{escape(doc.title)}.{ext}</a>】已下载<span id="nattach{wbfileid}"><script>getClickTimes({wbfileid},'
            f'{OWNER_ID},"wbnewsfile","attach")</script></span>次</li></ul>'
        )
        url = self.page_of(doc.title, doc.published_date or "", source, content)
        self.files[wbfileid] = (url, render_docx(doc) if media == DOCX else None, media)
        if media == PDF:
            self.pdf = self.pdf_handler(doc)
        self.report(SITE, url, doc, media_type=media, report_url=f"http://{HOST}{DOWNLOAD}?{query}")

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("wbfileid"))
        if found is None or request.headers.get("referer", "").split("#")[0] != found[0]:
            return Response(200, ERROR_PAGE.encode(), "text/html; charset=UTF-8")
        if found[1] is None:
            return self.pdf(request)
        return Response(200, found[1], found[2], {"Content-Disposition": "attachment"})

    def notice(self, title: str, date: str, source: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, source, content), title)

    def list_page(self, chunk: list[tuple[int, str, str]], k: int, count: int) -> str:
        up = "../" if k == 1 else "../../"
        here = "gknb/" if k == 1 else ""

        def page(n: int) -> str:
            return ("../gknb.htm" if k > 1 else "gknb.htm") if n == 1 else f"{here}{count - n + 1}.htm"

        rows = "".join(
            f'<li id="lineu9_{i}"><a href="{up}info/{TREE}/{a}.htm" target="_blank" title="{escape(t)}">{escape(t)}'
            f"</a><span>{d}</span></li>"
            for i, (a, t, d) in enumerate(chunk)
        )
        first = (
            '<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>'
            if k == 1
            else (
                f'<span class="p_first p_fun"><a href="{page(1)}">首页</a></span>'
                f'<span class="p_prev p_fun"><a href="{page(k - 1)}">上页</a></span>'
            )
        )
        last = (
            '<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>'
            if k == count
            else (
                f'<span class="p_next p_fun"><a href="{page(k + 1)}">下页</a></span>'
                f'<span class="p_last p_fun"><a href="{page(count)}">尾页</a></span>'
            )
        )
        inner = (
            '<div class="lp-pos">当前位置: <a href="/index.htm">首页<'
            '/a> &gt;&gt; <a href="/xxgk.htm">信息公开</a> &gt;&gt; '
            f'政府信息公开年报</div><ul class="lp-list">{rows}</ul>'
            f'<div class="pb_sys_common pb_sys_short pb_sys_style2"><span class="p_pages">{first}{last}</span></div>'
            f'<script>_showDynClickBatch({[a for a, _, _ in chunk]},{[a for a, _, _ in chunk]},"wbnews", {OWNER_ID})'
            "</script>"
        )
        return frame("政府信息公开年报", inner, '<META Name="ColumnName" Content="政府信息公开年报">')


PORTALS = [VsbLuoping]
