"""沂坪县 (www.yiping.gov.test): 博达 VSB whose 年报 list is cards with a summary under each title, and
whose middle list page is refused by the web server (a deliberate shortfall).

The column ``/zwgk/gknb.htm`` and its reverse-numbered pages (page k of N is ``gknb/{N-k+1}.htm``,
portals.md §1.4: here ``gknb/2.htm`` is page 2 and ``gknb/1.htm`` page 3) list ``<div class="list-item">``
cards: ``<h3><a title=…>`` (``../info/1071/<id>.htm``, ``../../info/…`` from the numbered pages), a
``<p class="summary">`` of the article's first sentences (reports' and decoys' alike talk of 年度报告
and the 条例) and ``<span class="time">``.  The pager is the stock ``pb_sys_common pb_sys_style1``:
"共12条", numbered ``p_no`` links (``gknb/2.htm``, ``gknb/1.htm``), 下页/尾页, "1/3" and a GO box
(``_simple_list_gotopage_fun``).  Articles ``/info/1071/<id>.htm`` put the body in
``form[name=_newscontent_fromname] #vsb_content_3 .v_news_content`` under "发布时间：… 来源：… 浏览：
<script>_showDynClicks(…)</script>次".  Two reports are files behind ``/system/_content/download.jsp?
urltype=news.DownloadAttachUrl&owner=1590337218&wbfileid=<n>`` in a ``div.fj`` 附件【…】 list inside the
form after the content (the 2022 county report an OFD, the 2024 one a PDF); without the article as
``Referer`` the server answers a ~5 KB HTML error page.

**Shortfall (deliberate):** ``gknb/2.htm`` — page 2 of the three the pager declares — answers
**403 Forbidden** (nginx's page) on every request (a path rule left behind by a security scan), while
page 1 and page 3 (``gknb/1.htm``, reached from page 1's 尾页 and "3" links) are served.  The list
still says "共12条"; page 2's four entries — the county's revised 2023 report, the 交通运输局's 2023
report, a 2023 法治政府建设年度报告 and a 2022 统计公报 — are linked from nowhere else (their article
pages are served).  The ground truth lists the two reports, and a crawl should state that it found
fewer than declared.

Titles: "沂坪县2023年政府信息公开工作年度报告（2024年2月修订）" (a note naming a second year, published in
late February), "县交通局2023年…" and "沂坪县交通运输局2024年度…" (沂坪县交通运输局), a 乡's "双河乡2024年…"
(沂坪县双河乡人民政府).  2019 and 2020 are in the old template.  Decoys: 统计公报, 政务公开工作要点,
法治政府建设年度报告.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    OFD,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd
from govcrawl.synth.pdf import render_pdf

HOST = "www.yiping.gov.test"
SITE = "yiping-gov"
OWNER = "沂坪县人民政府"
TREE = 1071
OWNER_ID = 1590337218
PER_PAGE = 4
REFUSED = 2  # the list page the server refuses
DOWNLOAD = "/system/_content/download.jsp"
JTJ = "沂坪县交通运输局"
FORBIDDEN = (
    "<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n"
    "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
ERROR_PAGE = (
    '<!DOCTYPE html><html><head><meta charset="UTF-8"><title>错误提示</title><style>'
    + "body{margin:0;padding:0;font:14px/1.6 'Microsoft YaHei';}.box{width:520px;margin:100px auto;}" * 60
    + '</style></head><body><div class="box"><h2>系统提示</h2><p>非法的下载请求，请从附件所在页面下载。</p>'
    "</div></body></html>"
)


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="SiteName" content="沂坪县人民政府">'
        f'<meta name="SiteDomain" content="www.yiping.gov.test"><meta name="SiteIDCode" content="9851310005">{metas}'
        f'<title>{escape(title)}-沂坪县人民政府</title><link rel="stylesheet" href="/system/resource/css/pagedown/sys'
        '.css"'
        '>'
        '<script src="/system/resource/js/dynclicks.js"></script></head><body><div class="yp-tool">'
        '<span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span>'
        '<a href="javascript:;" onclick="ariaOpen()">无障碍</a><a href="javascript:;">长辈版</a>'
        '<a href="/index.htm">首页</a></div><div class="yp-head"><img src="/images/yp_logo.png" alt="沂坪县人民政府">'
        '</div'
        '>'
        '<div class="yp-nav"><a href="/index.htm">网站首页</a><a href="/zwgk.htm">政务公开</a><a href="/zwfw.htm">政'
        '务服务</a'
        '>'
        f'<a href="/gzcy.htm">公众参与</a></div><div class="yp-main">{inner}</div><div class="yp-foot">'
        '<p>沂坪县人民政府办公室主办　网站标识码：9851310005　未ICP备08027716号-1　未公网安备98513102000117号</p>'
        '<p>地址：沂坪县城关路16号　邮编：985131　<a href="/lxwm.htm">联系我们</a></p><div class="yp-code">'
        '<img src="/images/wx.jpg" alt="">扫一扫关注“沂坪发布”</div></div></body></html>'
    )


class VsbYiping(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.newsid = 5_012
        self.entries: list[tuple[int, str, str, str]] = []  # id, title, summary, date
        self.files: dict[str, tuple[str, bytes, str]] = {}
        self.article(make_doc(rng, OWNER, 2019, "2020-01-20", version="v2019"))
        self.article(make_doc(rng, OWNER, 2020, "2021-01-25", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-26"))
        self.attached(make_doc(rng, OWNER, 2022, "2023-01-29"), OFD)
        self.notice("沂坪县2022年国民经济和社会发展统计公报", "2023-03-20")
        self.article(make_doc(rng, JTJ, 2023, "2024-01-17", title="县交通局2023年政府信息公开工作年度报告"), JTJ)
        self.article(make_doc(rng, OWNER, 2023, "2024-02-26",
                              title="沂坪县2023年政府信息公开工作年度报告（2024年2月修订）"))
        self.notice("沂坪县2023年法治政府建设年度报告", "2024-03-28")
        self.notice("沂坪县2024年政务公开工作要点", "2024-04-22")
        self.article(make_doc(rng, "沂坪县双河乡人民政府", 2024, "2025-01-16",
                              title="双河乡2024年政府信息公开工作年度报告"), "双河乡人民政府")
        self.article(make_doc(rng, JTJ, 2024, "2025-01-20",
                              title="沂坪县交通运输局2024年度政府信息公开工作年度报告"), JTJ)
        self.attached(make_doc(rng, OWNER, 2024, "2025-01-23"), PDF)
        self.entries.sort(key=lambda e: e[3], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        pages = len(chunks)
        for k, chunk in enumerate(chunks, start=1):
            path = "/zwgk/gknb.htm" if k == 1 else f"/zwgk/gknb/{pages - k + 1}.htm"
            if k == REFUSED:
                self.route(HOST, path, lambda r: Response(403, FORBIDDEN.encode(), "text/html"))
            else:
                self.put(HOST, path, self.list_page(chunk, k, pages))
        self.route(HOST, DOWNLOAD, self.download)
        self.route(HOST, "/system/resource/code/news/click/dynclicks.jsp",
                   lambda r: Response(200, str(self.rng.randint(20, 900)).encode(), "text/plain"))

    def page_of(self, title: str, date: str, source: str, content: str, summary: str, after: str = "") -> str:
        self.newsid += self.rng.randint(2, 80)
        path = f"/info/{TREE}/{self.newsid}.htm"
        stamp = f"{date} {self.rng.randint(8, 18):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{stamp[:16]}">'
                 f'<meta name="ContentSource" content="{escape(source)}">')
        inner = (
            '<div class="yp-pos">当前位置：<a href="/index.htm">首页</a> &gt; <a href="/zwgk.htm">政务公开</a> &gt; '
            '<a href="/zwgk/gknb.htm">政府信息公开年报</a> &gt; 正文</div>'
            f'<form name="_newscontent_fromname"><div class="yp-art"><h1>{escape(title)}</h1>'
            f'<div class="yp-info">发布时间：{stamp}　来源：{escape(source)}　浏览：<script>_showDynClicks("wbnews", '
            f'{OWNER_ID}, {self.newsid})</script>次</div><div id="vsb_content_3"><div class="v_news_content">'
            f"{content}</div></div>{after}</div></form>"
            '<div class="yp-print"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">'
            "【关闭】</a></div>"
        )
        url = self.put(HOST, path, frame(title, inner, metas))
        self.entries.append((self.newsid, title, summary, date))
        return url

    def article(self, doc: ReportDoc, source: str = "县政府办公室") -> None:
        content = body_html(doc, plain_para, plain_cell,
                            '<table border="1" cellspacing="0" cellpadding="3" width="100%">')
        summary = doc.preamble[0][:56] if doc.preamble else doc.title
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, content, summary), doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        ext = "pdf" if media == PDF else "ofd"
        fileid = str(self.rng.randint(10**5, 10**6 - 1))
        link = f"{DOWNLOAD}?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={fileid}"
        after = (
            f'<div class="fj"><ul><li>附件【<a href="{link}" target="_blank">{escape(doc.title)}.{ext}</a>】已下载'
            f'<span id="nattach{fileid}"><script>getClickTimes({fileid},{OWNER_ID},"wbnewsfile","attach")</script>'
            "</span>次</li></ul></div>"
        )
        content = f'<p class="vsbcontent_start">{escape(doc.title)}全文请见附件。</p>'
        url = self.page_of(doc.title, doc.published_date or "", "县政府办公室", content,
                           f"根据《中华人民共和国政府信息公开条例》，现公布{doc.title}全文。", after)
        data = render_pdf(doc, random.Random(self.rng.random())) if media == PDF else \
            render_ofd(doc, random.Random(self.rng.random()))
        self.files[fileid] = (url, data, media)
        self.report(SITE, url, doc, media_type=media, report_url=f"http://{HOST}{link}")

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        paras = decoy_text(title, OWNER, year, self.rng)
        content = "".join(plain_para(p, False) for p in paras)
        self.decoy(SITE, self.page_of(title, date, "县政府办公室", content, paras[0][:56]), title)

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("wbfileid"))
        if found is None or request.headers.get("referer", "").split("#")[0] != found[0]:
            return Response(200, ERROR_PAGE.encode(), "text/html; charset=UTF-8")
        return Response(200, found[1], found[2], {"Content-Disposition": "attachment"})

    def list_page(self, chunk: list[tuple[int, str, str, str]], k: int, pages: int) -> str:
        up = "../" if k == 1 else "../../"
        items = "".join(
            f'<div class="list-item"><h3><a href="{up}info/{TREE}/{n}.htm" target="_blank" title="{escape(t)}">'
            f'{escape(t)}</a></h3><p class="summary">{escape(s)}…</p><span class="time">{d}</span></div>'
            for n, t, s, d in chunk
        )

        def to(j: int) -> str:  # page j as a link from page k
            if k == 1:
                return "gknb.htm" if j == 1 else f"gknb/{pages - j + 1}.htm"
            return "../gknb.htm" if j == 1 else f"{pages - j + 1}.htm"

        nums = "".join(f'<span class="p_no_d">{j}</span>' if j == k else
                       f'<span class="p_no"><a href="{to(j)}">{j}</a></span>' for j in range(1, pages + 1))
        first = (f'<span class="p_first p_fun"><a href="{to(1)}">首页</a></span><span class="p_prev p_fun">'
                 f'<a href="{to(k - 1)}">上页</a></span>') if k > 1 else \
            '<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>'
        last = (f'<span class="p_next p_fun"><a href="{to(k + 1)}">下页</a></span><span class="p_last p_fun">'
                f'<a href="{to(pages)}">尾页</a></span>') if k < pages else \
            '<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>'
        inner = (
            '<div class="yp-pos">当前位置：<a href="/index.htm">首页</a> &gt; 政务公开 &gt; 政府信息公开年报</div>'
            f'<div class="yp-list">{items}</div><div class="pb_sys_common pb_sys_normal pb_sys_style1">'
            f'<span class="p_t">共{len(self.entries)}条</span><span class="p_pages">{first}{nums}{last}</span>'
            f'<span class="p_t">{k}/{pages}</span><span class="p_goto"><input type="text" class="p_goto_input" '
            f'maxlength="10" id="u6_goto"></span><span class="p_goto"><a href="javascript:;" onclick="_simple_list_'
            f"gotopage_fun({pages},'u6_goto',1)\">GO</a></span></div>"
        )
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [VsbYiping]
