"""岵溪县 (www.huxi.gov.test): 博达 VSB whose list rows are whole-row links with the title and the
date in spans inside the ``<a>``.

The 年报 column ``/zwgk/xxgknb.htm`` and its reverse-numbered pages ``/zwgk/xxgknb/2.htm``,
``/zwgk/xxgknb/1.htm`` (page k of N is ``xxgknb/{N-k+1}.htm``, portals.md §1.4) list ``<li>`` rows
whose single ``<a href="../info/1187/<id>.htm">`` wraps ``<span class="tt">title</span><span
class="dd">2025-01-22</span>`` (``../../info/…`` from the numbered pages); the list's click counts
come from ``_showDynClickBatch``.  The pager is the stock ``pb_sys_common pb_sys_style2``: "共11条",
numbered ``p_no`` links, 下页/尾页, and "1/3" in ``span.p_t``.  Articles ``/info/1187/<id>.htm``: the
body in ``form[name=_newscontent_fromname] #vsb_content_6 .v_news_content`` (first paragraph
``vsbcontent_start``), "发布日期：2025年01月22日 来源：… 点击：<script>_showDynClicks(…)</script>".  Two
reports are files behind ``/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=
1688210553&wbfileid=<n>`` in the 附件【…】 list after the form (the 2022 county report an OFD, the
2023 one a PDF); without the article as ``Referer`` the server answers a ~5 KB HTML error page.
Titles: the county's own 2020 report titled "岵溪县人民政府2020年政府信息公开工作年度报告（修订稿）"
(a bracketed note), a 乡's titled only "2024年政府信息公开工作年度报告" (岵溪县龙潭乡人民政府, named by
来源 and the body), "县农业农村局2024年…" (岵溪县农业农村局).  Decoys: 关于…年度报告的函, 政府网站工作
年度报表, 法治政府建设年度报告.
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

HOST = "www.huxi.gov.test"
SITE = "huxi-gov"
OWNER = "岵溪县人民政府"
OWNER_ID = "1688210553"
TREE = "1187"
PER_PAGE = 4
DOWNLOAD = "/system/_content/download.jsp"
ERROR_PAGE = (
    "<html><head><meta charset='utf-8'><title>错误提示</title></head><body><table width='600' align='center'>"
    + "<tr><td>下载失败：请求来源不正确，请通过文章页面下载附件。</td></tr>" * 60
    + "</table></body></html>"
)


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        f'<title>{escape(title)}-岵溪县人民政府</title>{metas}<meta name="SiteName" content="岵溪县人民政府">'
        '<link rel="stylesheet" href="/system/resource/css/pagedown/sys.css">'
        '<script src="/system/resource/js/dynclicks.js"></script></head><body>'
        '<div class="hx-top"><div class="hx-tl">今天是：<span id="today"></span></div><div class="hx-tr">'
        '<a href="javascript:;" onclick="kqNav()">无障碍阅读</a> '
        '<a href="/wzdt.htm">网站地图</a> <a href="/m/index.htm">'
        '手机版</a></div></div><div class="hx-logo"><img src="/images/logo.png" alt="岵溪县人民政府"></div>'
        '<div class="hx-menu"><a href="/index.htm">网站首页</a><a href="/zwgk.htm">政务公开</a><a href="/bsfw.htm">'
        f'便民服务</a><a href="/hdjl.htm">互动交流</a></div><div class="hx-main">{inner}</div>'
        '<div class="hx-foot"><p>版权所有：岵溪县人民政府　地址：岵溪县人民路1号　邮编：984431</p>'
        "<p>网站标识码：9844310011　未ICP备12020563号　技术支持：某某网络科技有限公司</p></div></body></html>"
    )


class VsbHuxi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.aid = 30_812
        self.entries: list[tuple[int, str, str]] = []
        self.files: dict[str, tuple[str, bytes | None, str]] = {}
        self.pdf: Handler | None = None
        self.article(
            make_doc(
                rng,
                OWNER,
                2020,
                "2021-02-03",
                version="v2019",
                title="岵溪县人民政府2020年政府信息公开工作年度报告（修订稿）",
            )
        )
        self.article(make_doc(rng, OWNER, 2021, "2022-01-25"))
        self.attached(make_doc(rng, OWNER, 2022, "2023-01-29"), OFD)
        self.notice("岵溪县2022年法治政府建设年度报告", "2023-03-30", "县司法局")
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-26"), PDF)
        self.article(make_doc(rng, "岵溪县交通运输局", 2023, "2024-01-16"), "县交通运输局")
        self.notice("岵溪县2023年政府网站工作年度报表", "2024-01-10", "县政务服务中心")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-24"))
        self.article(
            make_doc(rng, "岵溪县农业农村局", 2024, "2025-01-21", title="县农业农村局2024年政府信息公开工作年度报告"),
            "县农业农村局",
        )
        self.article(
            make_doc(rng, "岵溪县龙潭乡人民政府", 2024, "2025-01-15", title="2024年政府信息公开工作年度报告"),
            "龙潭乡人民政府",
        )
        self.notice("关于做好2024年度政府信息公开工作年度报告编制发布工作的函", "2024-12-12", "县政府办")
        self.route(HOST, DOWNLOAD, self.download)
        self.route(
            HOST,
            "/system/resource/code/news/click/dynclicks.jsp",
            lambda r: Response(200, str(self.rng.randint(20, 900)).encode(), "text/plain"),
        )
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        count = len(chunks)
        for k, chunk in enumerate(chunks, start=1):
            path = "/zwgk/xxgknb.htm" if k == 1 else f"/zwgk/xxgknb/{count - k + 1}.htm"
            self.put(HOST, path, self.list_page(chunk, k, count))

    def page_of(self, title: str, date: str, source: str, content: str, after: str = "") -> str:
        self.aid += self.rng.randint(3, 260)
        y, m, d = date.split("-")
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 11:20">'
            f'<meta name="ContentSource" content="{escape(source)}">'
        )
        inner = (
            '<div class="hx-pos">当前位置：<a href="/index.htm">首页</a> &gt; <a href="/zwgk.htm">政务公开</a> &gt; '
            '<a href="/zwgk/xxgknb.htm">政府信息公开年报</a> &gt; 正文</div><div class="hx-article">'
            '<form name="_newscontent_fromname"><div class="hx-h1">'
            f'<h1>{escape(title)}</h1><div class="hx-info">发布日期：{y}年{m}月{d}日　来源：{escape(source)}　点击：'
            f'<script>_showDynClicks("wbnews", {OWNER_ID}, {self.aid})</script></div></div>'
            f'<div id="vsb_content_6"><div class="v_news_content"><p class="vsbcontent_start">{escape(title)}</p>'
            f"{content}</div></div>{after}</form>"
            '<div class="hx-prn"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">'
            "【关闭】</a></div></div>"
        )
        url = self.put(HOST, f"/info/{TREE}/{self.aid}.htm", frame(title, inner, metas))
        self.entries.append((self.aid, title, date))
        return url

    def article(self, doc: ReportDoc, source: str = "县政府办公室") -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" class="MsoTableGrid">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, content), doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        wbfileid = str(self.rng.randint(100_000, 999_999))
        ext = "pdf" if media == PDF else "ofd"
        query = f"urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={wbfileid}"
        content = f"<p>　　{escape(doc.title)}详见附件。</p>"
        after = (
            f'<ul style="list-style-type:none;">附件【<a href="{DOWNLOAD}?{query}" target="_blank">'
            f'{escape(doc.title)}.{ext}</a>】已下载<span id="nattach{wbfileid}">'
            f'<script>getClickTimes({wbfileid},{OWNER_ID},"wbnewsfile","attach")</script></span>次</ul>'
        )
        url = self.page_of(doc.title, doc.published_date or "", "县政府办公室", content, after)
        data = None if media == PDF else render_ofd(doc, random.Random(self.rng.random()))
        self.files[wbfileid] = (url, data, media)
        if media == PDF:
            self.pdf = self.pdf_handler(doc)
        self.report(SITE, url, doc, media_type=media, report_url=f"http://{HOST}{DOWNLOAD}?{query}")

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("wbfileid"))
        if found is None or request.headers.get("referer", "").split("#")[0] != found[0]:
            return Response(200, ERROR_PAGE.encode(), "text/html; charset=UTF-8")
        if found[1] is None and self.pdf is not None:
            return self.pdf(request)
        return Response(200, found[1] or b"", found[2], {"Content-Disposition": "attachment"})

    def notice(self, title: str, date: str, source: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, source, content), title)

    def list_page(self, chunk: list[tuple[int, str, str]], k: int, count: int) -> str:
        up = "../" if k == 1 else "../../"

        def page(n: int) -> str:
            if n == 1:
                return "xxgknb.htm" if k == 1 else "../xxgknb.htm"
            return ("xxgknb/" if k == 1 else "") + f"{count - n + 1}.htm"

        rows = "".join(
            f'<li><a href="{up}info/{TREE}/{a}.htm" target="_blank" title="{escape(t)}"><span class="tt">{escape(t)}'
            f'</span><span class="dd">{d}</span></a><span class="clk" id="dynclicks_wbnews_{a}_1"></span></li>'
            for a, t, d in chunk
        )
        ids = ",".join(str(a) for a, _, _ in chunk)
        spans = ",".join(f'"dynclicks_wbnews_{a}_1"' for a, _, _ in chunk)
        nums = "".join(
            f'<span class="p_no_d">{n}</span>' if n == k else f'<span class="p_no"><a href="{page(n)}">{n}</a></span>'
            for n in range(1, count + 1)
        )
        head = (
            '<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>'
            if k == 1
            else f'<span class="p_first p_fun"><a href="{page(1)}">首页</a></span>'
            f'<span class="p_prev p_fun"><a href="{page(k - 1)}">上页</a></span>'
        )
        tail = (
            '<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>'
            if k == count
            else f'<span class="p_next p_fun"><a href="{page(k + 1)}">下页</a></span>'
            f'<span class="p_last p_fun"><a href="{page(count)}">尾页</a></span>'
        )
        pager = (
            f'<div class="pb_sys_common pb_sys_normal pb_sys_style2"><span class="p_t">共{len(self.entries)}条</span>'
            f'<span class="p_pages">{head}{nums}{tail}</span><span class="p_t">{k}/{count}</span></div>'
        )
        inner = (
            '<div class="hx-pos">当前位置：<a href="/index.htm">首页</a> &gt; <a href="/zwgk.htm">政务公开</a> &gt; '
            '政府信息公开年报</div><div class="hx-side"><h2>政府信息公开</h2><ul><li><a href="/zwgk/xxgkzn.htm">'
            '政府信息公开指南</a></li><li class="cur"><a href="/zwgk/xxgknb.htm">政府信息公开年报</a></li></ul></div>'
            f'<div class="hx-list"><h2>政府信息公开年报</h2><ul class="list-ul">{rows}</ul>'
            f'<script>_showDynClickBatch([{spans}],[{ids}],"wbnews", {OWNER_ID})</script>{pager}</div>'
        )
        return frame("政府信息公开年报", inner)


PORTALS = [VsbHuxi]
