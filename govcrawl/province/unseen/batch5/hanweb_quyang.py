"""渠阳县 (www.quyang.gov.test): Hanweb JPaaS whose embedded datastore carries the totals and
whose jpage call names none.

The column ``/col/col1229433071/index.html`` embeds its first 3 records in a ``<script
type="text/xml"><datastore>`` that opens with ``<totalrecord>8</totalrecord><totalpage>3</totalpage>``
(the shape of the proxy's answer, portals.md §1.3); the widget call is ``$('#4481203').jpage({
dataStore: …, perPage: 3, proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: {…}})`` without
``totalRecord``.  Records are ``<li>`` rows with the date in a ``<b>`` *before* the link.  The proxy
answers POST record windows and GET ``?page=N``.  Articles are JPaaS ``/col/col<id>/art/<YYYY>/
art_<32 hex>.html`` pages with the body in ``div#zoom`` under an ``art_title`` heading; the 2024
report is a stub whose .docx is behind ``downfile.jsp?classid=0&showname=…&filename=<hex>.docx`` in
a 附件 list after ``#zoom``.  Titles: "…年报" (portals.md §7) and a health bureau's report.  Decoys:
关于报送…年度报告的函, 政府信息公开指南.
"""

from __future__ import annotations

import random
import re
from html import escape
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    Handler,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.quyang.gov.test"
SITE = "quyang-gov"
OWNER = "渠阳县人民政府"
COLUMN = 1229433071
UNIT = 4481203
PER_PAGE = 3


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="渠阳县人民政府">'
        f'{metas}<title>渠阳县人民政府 {escape(title)}</title></head><body>'
        '<div class="qy-top"><a href="https://www.zjzwfw.gov.test/">政务服务网</a> <a href="javascript:;" '
        'id="wzaBtn">无障碍</a> <a href="javascript:;">长者模式</a></div><div class="qy-nav"><a href="/">首页</a>'
        '<a href="/col/col1229433000/index.html">政务公开</a></div>'
        f'<div class="qy-con">{inner}</div><div class="qy-foot">渠阳县人民政府办公室主办　网站标识码：9824170008'
        '　<span id="_ideConac"></span></div></body></html>'
    )


class HanwebQuyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.records: list[tuple[str, str]] = []  # (date, <li> record)
        self.article(make_doc(rng, OWNER, 2020, "2021-01-28", version="v2019", title="渠阳县2020年政府信息公开年报"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-24"))
        self.notice("渠阳县人民政府政府信息公开指南（2022年修订）", "2022-05-09")
        self.article(make_doc(rng, OWNER, 2022, "2023-01-29"))
        self.article(make_doc(rng, "渠阳县卫生健康局", 2023, "2024-01-22"))
        self.article(make_doc(rng, OWNER, 2023, "2024-01-30"))
        self.notice("关于报送2024年度政府信息公开工作年度报告的函", "2024-12-10")
        self.stub(make_doc(rng, OWNER, 2024, "2025-01-26"))
        self.records.sort(reverse=True)
        self.put(HOST, f"/col/col{COLUMN}/index.html", self.column_page())
        self.route(HOST, "/module/web/jpage/dataproxy.jsp", self.proxy)

    def record(self, href: str, title: str, date: str) -> None:
        self.records.append((date, f'<li><b>{date}</b><a href="{href}" target="_blank" title="{escape(title)}">'
                                   f"{escape(title)}</a></li>"))

    def path(self, date: str) -> str:
        return f"/col/col{COLUMN}/art/{date[:4]}/art_{self.rng.getrandbits(128):032x}.html"

    def page_of(self, title: str, date: str, body: str, after: str = "") -> str:
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 10:12">'
                 '<meta name="ContentSource" content="渠阳县人民政府办公室">')
        inner = (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{COLUMN}/index.html">'
                 f'政府信息公开年报</a></div><div class="art_title">{escape(title)}</div><div class="art_info">'
                 f'发布日期：{date}　信息来源：渠阳县人民政府办公室　浏览次数：'
                 '<script>document.write(1204)</script></div>'
                 f'<div id="zoom" class="art_con">{body}</div>{after}<div class="art_tool"><a href="javascript:'
                 'window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>')
        return frame(title, inner, metas)

    def article(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        body = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="0" width="100%">')
        path = self.path(date)
        url = self.put(HOST, path, self.page_of(doc.title, date, body))
        self.record(path, doc.title, date)
        self.report(SITE, url, doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        hexname = f"{self.rng.getrandbits(128):032x}.docx"
        self.route(HOST, "/module/download/downfile.jsp", self.download({hexname: render_docx(doc)}))
        link = f"/module/download/downfile.jsp?classid=0&showname={quote(doc.title + '.docx')}&filename={hexname}"
        after = (f'<div class="art_fj"><p>附件：</p><ul><li><a href="{link}" target="_blank">'
                 f"{escape(doc.title)}.docx</a></li></ul></div>")
        path = self.path(date)
        body = "<p>　　现将本县2024年度报告予以公开（见附件）。</p>"
        url = self.put(HOST, path, self.page_of(doc.title, date, body, after))
        self.record(path, doc.title, date)
        self.report(SITE, url, doc, media_type=DOCX, report_url=f"http://{HOST}{link}")

    @staticmethod
    def download(files: dict[str, bytes]) -> Handler:
        def serve(request: Request) -> Response:
            body = files.get(request.param("filename"))
            if body is None:
                return Response(200, "<html><body>文件不存在</body></html>".encode(), "text/html; charset=utf-8")
            return Response(200, body, DOCX, {"Content-Disposition": "attachment"})
        return serve

    def notice(self, title: str, date: str) -> None:
        year = int(re.search(r"(\d{4})年", title)[1])  # type: ignore[index]
        body = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        path = self.path(date)
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, body)), title)
        self.record(path, title, date)

    def datastore(self, first: int, last: int) -> str:
        total = len(self.records)
        pages = -(-total // PER_PAGE)
        records = "".join(f"<record><![CDATA[{r}]]></record>\n" for _, r in self.records[first - 1: last])
        return (f"<datastore><totalrecord>{total}</totalrecord><totalpage>{pages}</totalpage>"
                f"<recordset>\n{records}</recordset></datastore>")

    def column_page(self) -> str:
        inner = (
            '<div class="crumb">当前位置：<a href="/">首页</a> &gt; 政府信息公开年报</div>'
            f'<div class="lm_name">政府信息公开年报</div><div id="{UNIT}"><script type="text/xml">'
            f'{self.datastore(1, PER_PAGE)}</script></div>'
            "<script>$(document).ready(function(){\n"
            f"  $('#{UNIT}').jpage({{dataStore: $('#{UNIT} script').html(), perPage: {PER_PAGE}, groupSize: 3,\n"
            "    proxyUrl: '/module/web/jpage/dataproxy.jsp', barPosition: 'bottom',\n"
            f"    ajaxParam: {{col: 1, appid: 1, webid: 3317, path: '/', columnid: {COLUMN}, sourceContentType: 1,\n"
            f"      unitid: {UNIT}, webname: '渠阳县人民政府', permissiontype: 0}}}});\n}});</script>"
        )
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')

    def proxy(self, request: Request) -> Response:
        if request.param("columnid") != str(COLUMN):
            return Response(200, b"<datastore><totalrecord>0</totalrecord></datastore>", "text/xml; charset=utf-8")
        if request.param("startrecord"):
            first = max(1, int(request.param("startrecord") or 1))
            last = min(int(request.param("endrecord") or first), first + 60)
        else:
            page = max(1, int(request.param("page", "1") or 1))
            first, last = (page - 1) * PER_PAGE + 1, page * PER_PAGE
        return Response(200, self.datastore(first, last).encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebQuyang]
