"""沘源县 (www.biyuan.gov.test): a legacy JSP site (``iList.jsp``/``iContent.jsp``) in GB18030 — one
town's name is outside GBK — with no charset in the HTTP header, whose pager links are all
``javascript:goPage(n)`` with the URL rule in a function, attachments from ``download.jsp?fileid=``, and
whose last list page fails with a 500 every time (a deliberate shortfall).

``/info/iList.jsp?cat_id=10086`` (``&cur_page=N``; no ``cur_page`` is page 1) is a table layout in
``<meta http-equiv="Content-Type" content="text/html; charset=GB18030">``, sent as ``text/html`` with
no charset.  Rows: ``<tr class="list_tr"><td>·<a href="iContent.jsp?info_id=<n>" title=…>…</a></td>
<td>[YYYY-MM-DD]</td></tr>``, five a page, newest first.  The pager reads "共 12 条记录 共 3 页 当前第 1 页"
with 首页/上一页/下一页/尾页 and page numbers all ``<a href="javascript:goPage(2)">``; the rule lives in
``function goPage(p) { document.location.href = 'iList.jsp?cat_id=' + catId + '&cur_page=' + p; }``
with ``var catId = '10086';`` above it.  A ``cur_page`` past the end gives "暂无信息"; an unknown
``cat_id`` the same.  The last page (``cur_page=3``) answers 500 with a Tomcat ``NullPointerException``
trace on every request: its two rows — the county's 2020 and 2019 reports, the oldest — are out of
reach (the deliberate shortfall, 2 reports).

Articles ``/info/iContent.jsp?info_id=<n>`` (GB18030 too): a 索引号/发布机构/发布日期 table, the body in
``<div id="infoContent">``; the 2021 and 2023 county reports are PDFs linked ``/attach/download.jsp?
fileid=<n>`` (``Content-Disposition: attachment; filename="<n>.pdf"``); an unknown ``info_id`` is a 200
"信息不存在" page.  The town 㮾溪镇 (沘源县㮾溪镇人民政府; 㮾 is U+3BBE, four bytes in GB18030, not in GBK):
its 2024 report.  Reports: 沘源县人民政府 2019–2024, 沘源县市场监督管理局 2023–2024 (titled "县市场监管局…"),
㮾溪镇 2024 — 9.  Decoys: 2023年度政府网站工作年度报表, 关于印发2024年政务公开工作要点的通知, a 2023年度
部门决算.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    PDF,
    Handler,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    upper_cell,
    word_para,
)
from govcrawl.synth.model import ReportDoc

HOST = "www.biyuan.gov.test"
SITE = "biyuan-gov"
OWNER = "沘源县人民政府"
CAT = "10086"
PER_PAGE = 5
SCJ = "沘源县市场监督管理局"


def frame(title: str, inner: str) -> bytes:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB18030">'
        f'<title>{escape(title)}</title><link href="/css/main.css" rel="stylesheet"></head><body>'
        '<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner.jpg">'
        '</td></tr><tr><td class="menu"><a href="/">首 页</a> <a href="/info/iList.jsp?cat_id=10001">政务动态</a> '
        '<a href="/info/iList.jsp?cat_id=10080">信息公开</a> <a href="/bszn/">办事指南</a></td></tr></table>'
        f'<table width="980" align="center"><tr><td>{inner}</td></tr></table><table width="980" align="center">'
        '<tr><td class="bottom">沘源县人民政府 版权所有 网站标识码：9861510009 未ICP备05011234号<br>'
        '建议使用IE8.0以上浏览器 1024*768分辨率浏览</td></tr></table></body></html>'
    )
    return page.encode("gb18030")


class LegacyBiyuan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.info = 40_100
        self.articles: dict[str, bytes] = {}
        self.files: dict[str, Handler] = {}
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-31"), (2020, "2021-01-29"), (2022, "2023-01-31"), (2024, "2025-01-27")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.file(make_doc(rng, OWNER, 2021, "2022-01-28"))
        self.file(make_doc(rng, OWNER, 2023, "2024-01-31"))
        for year, date in ((2023, "2024-01-18"), (2024, "2025-01-17")):
            self.article(make_doc(rng, SCJ, year, date, title=f"县市场监管局{year}年政府信息公开工作年度报告"), ""
                "县市场监管局")
        self.article(make_doc(rng, "沘源县㮾溪镇人民政府", 2024, "2025-01-10"), "㮾溪镇人民政府")
        self.notice("沘源县人民政府网站2023年度政府网站工作年度报表", 2023, "2024-01-12")
        self.notice("关于印发沘源县2024年政务公开工作要点的通知", 2024, "2024-04-09")
        self.notice("沘源县市场监督管理局2023年度部门决算", 2023, "2024-09-02")
        self.rows.sort(key=lambda r: r[2], reverse=True)
        self.route(HOST, "/info/iList.jsp", self.list_page)
        self.route(HOST, "/info/iContent.jsp", self.content)
        self.route(HOST, "/attach/download.jsp", self.download)

    def page_of(self, title: str, date: str, unit: str, content: str) -> str:
        self.info += self.rng.randint(3, 80)
        inner = (f'<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="iList.jsp?cat_id={CAT}">政府信息'
            f'公开年报</a>'
                 f'</div><table class="xxgk_table" border="1"><tr><td>索引号：</td><td>MB19876-{date[:4]}'
                 f'-{self.info}</td>'
                 f'<td>发布机构：</td><td>{escape(unit)}</td></tr><tr><td>发布日期：</td><td>{date}</td><td>分类：</td>'
                 f'<td>政府信息公开年报</td></tr></table><div class="title">{escape(title)}</div>'
                 f'<div id="infoContent">{content}</div>')
        self.articles[str(self.info)] = frame(title, inner)
        self.rows.append((f"iContent.jsp?info_id={self.info}", title, date))
        return f"http://{HOST}/info/iContent.jsp?info_id={self.info}"

    def article(self, doc: ReportDoc, unit: str = "县政府办") -> None:
        content = body_html(doc, word_para, upper_cell, '<TABLE border=1 cellSpacing=0 cellPadding=2 align=center>')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", unit, content), doc)

    def file(self, doc: ReportDoc) -> None:
        fileid = str(self.rng.randint(200_000, 299_999))
        self.files[fileid] = self.pdf_handler(doc)
        content = (f"<p>　　《{escape(doc.title)}》全文请下载附件查看。</p><p>附件：<a href=\"/attach/download.jsp?"
                   f"fileid={fileid}\">{escape(doc.title)}.pdf</a></p>")
        url = self.page_of(doc.title, doc.published_date or "", "县政府办", content)
        self.report(SITE, url, doc, media_type=PDF, report_url=f"http://{HOST}/attach/download.jsp?fileid={fileid}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, "县政府办", content), title)

    def content(self, request: Request) -> Response:
        found = self.articles.get(request.param("info_id"))
        return Response(200, found or frame("提示", "<p>信息不存在！</p>"), "text/html")

    def download(self, request: Request) -> Response:
        fileid = request.param("fileid")
        handler = self.files.get(fileid)
        if handler is None:
            return Response(404, b"<html><body>404</body></html>", "text/html")
        return Response(200, handler(request).body, PDF, {"Content-Disposition": f'attachment; filename="{fileid}.p'
            f'df"'})

    def list_page(self, request: Request) -> Response:
        pages = -(-len(self.rows) // PER_PAGE)
        try:
            n = int(request.param("cur_page", "1") or 1)
        except ValueError:
            n = 1
        if n == pages and request.param("cat_id") == CAT:  # the deliberate shortfall
            return Response(500, b"<html><body><h1>HTTP Status 500 - </h1><p>java.lang.NullPointerException<br>"
                            b"\tat org.apache.jsp.info.iList_jsp._jspService(iList_jsp.java:212)</p></body></html>",
                            "text/html")
        chunk = self.rows[(n - 1) * PER_PAGE : n * PER_PAGE] if request.param("cat_id") == CAT else []
        rows = "".join(f'<tr class="list_tr"><td>·<a href="{h}" target="_blank" title="{escape(t)}">{escape(t)}</a>'
            f'</td>'
                       f"<td width=\"90\">[{d}]</td></tr>" for h, t, d in chunk) or '<tr><td>暂无信息</td></tr>'
        nums = " ".join(f"<b>{k}</b>" if k == n else f'<a href="javascript:goPage({k})">{k}</a'
            f'>' for k in range(1, pages + 1))
        pager = (f'共 {len(self.rows)} 条记录 共 {pages} 页 当前第 {n} 页 <a href="javascript:goPage(1)">首页</a> '
                 f'<a href="javascript:goPage({max(n - 1, 1)})">上一页</a> {nums} <a href="javascript:goPage('
                 f'{min(n + 1, pages)})">下一页</a> <a href="javascript:goPage({pages})">尾页</a>')
        inner = (f'<div class="dqwz">当前位置：<a href="/">首页</a> &gt; 信息公开 &gt; 政府信息公开年报</div>'
                 f'<table width="100%" class="list">{rows}</table><div class="fenye">{pager}</div>'
                 f"<script language=\"javascript\">var catId = '{CAT}';\nfunction goPage(p) {{ document.location.hr"
                 f"ef = "
                 "'iList.jsp?cat_id=' + catId + '&cur_page=' + p; }</script>")
        return Response(200, frame("政府信息公开年报", inner), "text/html")


PORTALS = [LegacyBiyuan]
