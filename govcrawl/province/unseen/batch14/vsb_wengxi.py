"""滃溪县 (www.wengxi.gov.test): 博达 VSB static lists under the ``pb_sys_full`` pager, which shows only
two page numbers, an ellipsis and a go-to box — and whose last reverse-numbered page was deleted
(a deliberate shortfall).

The 年报 column ``/xxgk/zfxxgknb.htm`` and its pages ``/xxgk/zfxxgknb/3.htm``, ``2.htm``, ``1.htm`` (page
k of 4 is ``zfxxgknb/{5-k}.htm``, portals.md §1.4) list ``<li id="line_u6_N">`` rows: ``<a
href="../info/1093/<id>.htm" title="…">`` (``../../info/…`` from the numbered pages) then the date
"2025年01月22日" in ``<span class="sj">``.  Three rows a page, newest first.  The pager is
``<div class="pb_sys_common pb_sys_full pb_sys_style3">``: "共11条", 首页/上页, the numbers 1 and 2, "…",
下页 and 尾页 (→ ``zfxxgknb/1.htm``), "1/4", and a go-to box (``_simple_list_gotopage_fun(4,'GOPAGE',2)``).
Articles ``/info/1093/<id>.htm``: ``form[name=_newscontent_fromname] #vsb_content_3 .v_news_content``
under "发布时间：2025年01月22日 来源：… 点击数：<script>_showDynClicks(…)</script>".  The 2023 county report
is a PDF and 滃城镇's 2024 report a .docx, each behind ``/system/_content/download.jsp?urltype=
news.DownloadAttachUrl&owner=1522047301&wbfileid=<n>`` in the 附件【…】 list after the form; without
the article as ``Referer`` the server answers a ~5 KB HTML error page.

**Shortfall (deliberate):** ``/xxgk/zfxxgknb/1.htm`` — the fourth page, reached by 下页 from page 3
and by 尾页 — answers 404 on every request (the page file was lost when the column was republished).
It holds the two oldest entries, the county's 2019 and 2020 reports (both old template), which are
linked from nowhere else: the list declares 11 entries and serves 9.  Their article pages are
served.

Reports (8): 滃溪县人民政府 2019–2024, 滃溪县林业局 2023 ("县林业局2023年…"), 滃溪县滃城镇人民政府 2024
("滃城镇2024年…", .docx).  Decoys (3): 政府网站工作年度报表, 法治政府建设年度报告, a 解读.
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

HOST = "www.wengxi.gov.test"
SITE = "wengxi-gov"
OWNER = "滃溪县人民政府"
TREE = 1093
OWNER_ID = 1522047301
PER = 3
LOST = "/xxgk/zfxxgknb/1.htm"


def cn_date(date: str) -> str:
    y, m, d = date.split("-")
    return f"{y}年{m}月{d}日"


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        f'<title>{escape(title)}-滃溪县人民政府</title><meta name="SiteName" content="滃溪县人民政府">'
        '<meta name="description" content="滃溪县人民政府门户网站"><link rel="stylesheet" href="/system/resource/css/'
        'pagedown/sys.css"><script src="/system/resource/js/dynclicks.js"></script></head><body>'
        '<div class="header"><img src="/images/wx_logo.png"><ul class="nav"><li><a href="/index.htm">首页</a></li><li>'
        '<a href="/xxgk.htm">信息公开</a></li><li><a href="/zwfw.htm">政务服务</a></li><li><a href="/hdjl.htm">互动交流'
        f'</a></li></ul></div><div class="content">{inner}</div><div class="footer">版权所有：滃溪县人民政府　'
        '网站标识码：9864030005　未ICP备09003318号　技术支持：博达软件</div></body></html>'
    )


class VsbWengxi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 41_200
        self.fileid = 880_310
        self.files: dict[str, tuple[str, ReportDoc, str]] = {}
        self.entries: list[tuple[str, str, str]] = []  # id, title, date
        for year, date in ((2019, "2020-01-17"), (2020, "2021-01-22"), (2021, "2022-01-24"), (2022, "2023-01-28")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.file(make_doc(rng, OWNER, 2023, "2024-01-26"), "pdf", "滃溪县人民政府办公室")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-24"))
        self.article(make_doc(rng, "滃溪县林业局", 2023, "2024-01-22", title="县林业局2023年政府信息公开工作年度报告"))
        self.file(make_doc(rng, "滃溪县滃城镇人民政府", 2024, "2025-01-20",
                           title="滃城镇2024年政府信息公开工作年度报告"),
                  "docx", "滃城镇人民政府")
        self.notice("滃溪县人民政府网站2023年政府网站工作年度报表", 2023, "2024-01-12")
        self.notice("滃溪县2024年法治政府建设年度报告", 2024, "2025-03-03")
        self.notice("滃溪县2024年政府信息公开工作年度报告解读", 2024, "2025-01-25")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER] for i in range(0, len(self.entries), PER)]
        pages = len(chunks)
        for k, chunk in enumerate(chunks, 1):
            path = "/xxgk/zfxxgknb.htm" if k == 1 else f"/xxgk/zfxxgknb/{pages - k + 1}.htm"
            if path != LOST:
                self.put(HOST, path, self.list_page(chunk, k, pages))
        self.route(HOST, LOST, lambda r: Response(404, "<html><head><title>404</title></head><body><h2>您访问的页面不存"
                                                       "在"
                                                  "</h2></body></html>".encode()))
        self.route(HOST, "/system/_content/download.jsp", self.download)
        self.route(HOST, "/system/resource/code/news/click/dynclicks.jsp",
                   lambda r: Response(200, str(self.rng.randint(30, 900)).encode(), "text/html"))

    def page_of(self, title: str, date: str, content: str, source: str, after: str = "") -> str:
        self.id += self.rng.randint(3, 80)
        inner = (
            '<div class="pos">当前位置: <a href="/index.htm">首页</a> &gt;&gt; <a href="/xxgk.htm">信息公开</a> &gt;&gt'
            '; '
            '<a href="/xxgk/zfxxgknb.htm">政府信息公开年报</a></div><form name="_newscontent_fromname"><div class="'
            f'art-tit">{escape(title)}</div><div class="art-info">发布时间：{cn_date(date)}　来源：{escape(source)}　点'
            f'击数：'
            f'<script>_showDynClicks("wbnews", {OWNER_ID}, {self.id})</script></div><div id="vsb_content_3">'
            f'<div class="v_news_content">{content}</div></div></form>{after}'
        )
        url = self.put(HOST, f"/info/{TREE}/{self.id}.htm", frame(title, inner))
        self.entries.append((str(self.id), title, date))
        return url

    def article(self, doc: ReportDoc) -> None:
        paras = body_html(doc, plain_para, plain_cell, '<table class="MsoTableGrid" border="1" align="center">')
        content = paras.replace("<p>", '<p class="vsbcontent_start">', 1)
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, doc.agency_name), doc)

    def file(self, doc: ReportDoc, ext: str, source: str) -> None:
        self.fileid += self.rng.randint(7, 99)
        link = f"/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={self.fileid}"
        after = (f'<ul class="fj"><li>附件【<a href="{escape(link)}">{escape(doc.title)}.{ext}</a>】已下载<span id="'
                 f'nattach{self.fileid}">0</span>次</li></ul>')
        url = self.page_of(doc.title, doc.published_date or "", f"<p>{escape(doc.title)}见附件。</p>", source, after)
        self.files[str(self.fileid)] = (url, doc, ext)
        self.report(SITE, url, doc, media_type=PDF if ext == "pdf" else DOCX, report_url=f"http://{HOST}{link}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "滃溪县人民政府办公室"), title)

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("wbfileid"))
        if found is None or request.headers.get("referer") != found[0]:
            refusal = "对不起，您没有权限下载该附件或附件已失效！"
            page = "<html><head><title>提示</title></head><body><div>" + refusal * 90
            return Response(200, (page + "</div></body></html>").encode())
        _, doc, ext = found
        if ext == "pdf":
            return self.pdf_handler(doc)(request)
        return Response(200, render_docx(doc), DOCX, {"Content-Disposition": "attachment"})

    def list_page(self, chunk: list[tuple[str, str, str]], k: int, pages: int) -> str:
        up = "../" if k == 1 else "../../"
        rows = "".join(
            f'<li id="line_u6_{i}"><a href="{up}info/{TREE}/{n}.htm" target="_blank" title="{escape(t)}">{escape(t)}</a'
            f'>'
            f'<span class="sj">{cn_date(d)}</span></li>' for i, (n, t, d) in enumerate(chunk)
        )
        pre = "zfxxgknb/" if k == 1 else ""

        def href(page: int) -> str:
            if page == 1:
                return "zfxxgknb.htm" if k == 1 else "../zfxxgknb.htm"
            return f"{pre}{pages - page + 1}.htm"

        nums = "".join(f'<span class="p_no_d">{n}</span>' if n == k else f'<span class="p_no"><a href="{href(n)}">{n}'
                       '</a></span>' for n in (1, 2))
        first = ('<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>' if k == 1 else
                 f'<span class="p_first p_fun"><a href="{href(1)}">首页</a></span><span class="p_prev p_fun"><a href="'
                 f'{href(k - 1)}">上页</a></span>')
        last = ('<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>'
                if k == pages else
                f'<span class="p_next p_fun"><a href="{href(k + 1)}">下页</a></span><span class="p_last p_fun"><a href='
                f'"'
                f'{href(pages)}">尾页</a></span>')
        pager = (f'<div class="pb_sys_common pb_sys_full pb_sys_style3"><span class="p_t">共{len(self.entries)}条</span'
                 f'>'
                 f'<span class="p_pages">{first}{nums}<span class="p_dot">...</span>{last}</span><span class="p_t">{k}/'
                 f'{pages}</span><span class="p_t">转到第<input type="text" class="p_goto_input" id="u6_goto" '
                 f'size="3">页</span><span class="p_goto"><a href="javascript:;" onclick="_simple_list_gotopage_fun('
                 f"{pages},'GOPAGE',2)\">跳转</a></span></div>")
        inner = ('<div class="pos">当前位置: <a href="/index.htm">首页</a> &gt;&gt; <a href="/xxgk.htm">信息公开</a> &g'
                 't;&gt; '
                 f'政府信息公开年报</div><div class="list"><ul>{rows}</ul></div>{pager}')
        return frame("政府信息公开年报", inner)


PORTALS = [VsbWengxi]
