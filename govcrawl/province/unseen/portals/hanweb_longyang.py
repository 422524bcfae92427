"""泷阳市市场监督管理局 (scjg.longyang.gov.test): Hanweb JPaaS paging only through ``<nextgroup>``.

The column page embeds its first group of entries in a ``<datastore>`` that also holds a
``<nextgroup>`` whose CDATA is a link to ``dataproxy.jsp`` with the next record window and all the
widget parameters; the page itself declares no total and no jpage settings (portals.md §7).  Each
proxy answer carries the next ``<nextgroup>`` until the last window.  Articles are JPaaS-style
``/col/col<id>/art/<YYYY>/art_<32 hex>.html`` with the body in ``div.art_con#zoom``; the 2022
report is a .docx linked from a "相关附件" block after the body, outside ``#zoom``.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import quote, urlencode

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "scjg.longyang.gov.test"
SITE = "longyang-scjg"
OWNER = "泷阳市市场监督管理局"
COLUMN_ID = 1229552013
UNIT_ID = 6653121
PROXY = "/module/web/jpage/dataproxy.jsp"
GROUP = 3
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class HanwebLongyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.records: list[tuple[str, str, str]] = []
        for year, title in ((2021, None), (2023, f"{OWNER}2023年政府信息公开年报"), (2024, None)):
            self.article(make_doc(rng, OWNER, year, f"{year + 1}-01-{rng.randint(12, 30)}", title=title))
        self.docx_report(make_doc(rng, OWNER, 2022, "2023-01-18"))
        for title, date in ((f"{OWNER}关于2024年度食品安全监督抽检情况的公告", "2025-01-08"),
                            (f"{OWNER}2024年法治政府建设年度报告", "2025-02-26"),
                            (f"{OWNER}2023年政府信息公开工作年度报告解读", "2024-01-31"),
                            ("关于报送2023年政府信息公开工作年度报告的函", "2023-12-18")):
            self.notice(title, date)
        self.records.sort(key=lambda r: r[2], reverse=True)
        self.put(HOST, f"/col/col{COLUMN_ID}/index.html", self.column_page())
        self.route(HOST, PROXY, self.dataproxy)

    def next_path(self, date: str) -> str:
        hexid = "".join(self.rng.choice("0123456789abcdef") for _ in range(32))
        return f"/col/col{COLUMN_ID}/art/{date[:4]}/art_{hexid}.html"

    def page_of(self, title: str, date: str, content: str, after: str = "") -> str:
        return (
            '<!DOCTYPE html><html><head><meta charset="UTF-8">'
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="pubDate" content="{date} 10:12:05">'
            f'<meta name="ContentSource" content="{OWNER}"><meta name="ColumnName" content="政府信息公开年报">'
            f'<title>{escape(title)}</title><link rel="stylesheet" href="/images/jpaas.css"></head><body>'
            f'<div class="header"><div class="site-name">{OWNER}</div>'
            '<div class="tools"><a href="javascript:;" class="wza">无障碍</a>'
            '<a href="javascript:;">长者模式</a></div></div>'
            '<div class="main"><div class="bread">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229552000/">'
            '信息公开</a> &gt; 年报</div>'
            f'<div class="art"><h1 class="art_tit">{escape(title)}</h1>'
            f'<div class="art_info"><span>发布时间：{date}</span>'
            f'<span>来源：{OWNER}</span></div><div class="art_con" id="zoom">{content}</div>{after}'
            '<div class="art_bottom"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">'
            '关闭</a></div></div></div><div class="footer">版权所有：泷阳市市场监督管理局 网站标识码：9806000021</div>'
            "</body></html>"
        )

    def article(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path(date)
        content = body_html(doc, plain_para, plain_cell,
                            '<table border="1" cellspacing="0" cellpadding="4" width="100%">')
        url = self.put(HOST, path, self.page_of(doc.title, date, content))
        self.records.append((path, doc.title, date))
        self.report(SITE, url, doc)

    def docx_report(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path(date)
        hexname = "".join(self.rng.choice("0123456789abcdef") for _ in range(32))
        link = f"/module/download/downfile.jsp?classid=0&showname={quote(doc.title + '.docx')}&filename={hexname}.docx"
        data = render_docx(doc)
        self.route(HOST, "/module/download/downfile.jsp",
                   lambda r: Response(200, data, DOCX) if r.param("filename") == f"{hexname}.docx"
                   else Response(404, b"not found"))
        after = (f'<div class="fujian"><span>相关附件：</span><a href="{link}" target="_blank">'
                 f"{escape(doc.title)}.docx</a></div>")
        content = f"<p>根据《中华人民共和国政府信息公开条例》要求，现公布{escape(doc.title)}，详见附件。</p>"
        url = self.put(HOST, path, self.page_of(doc.title, date, content, after))
        self.records.append((path, doc.title, date))
        self.report(SITE, url, doc, media_type=DOCX, report_url=f"http://{HOST}{link}")

    def notice(self, title: str, date: str) -> None:
        path = self.next_path(date)
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "泷阳市", int(date[:4]) - 1, self.rng))
        url = self.put(HOST, path, self.page_of(title, date, content))
        self.records.append((path, title, date))
        self.decoy(SITE, url, title)

    @staticmethod
    def record(href: str, title: str, date: str) -> str:
        return (f'<record><![CDATA[<li class="list-item"><a href="{href}" target="_blank">{escape(title)}</a>'
                f'<b class="list-date">{date}</b></li>]]></record>')

    def nextgroup(self, start: int) -> str:
        if start > len(self.records):
            return ""
        query = urlencode({"startrecord": start, "endrecord": start + GROUP - 1, "perpage": GROUP, "col": 1,
                           "appid": 1, "webid": 12, "path": "/", "columnid": COLUMN_ID, "sourceContentType": 1,
                           "unitid": UNIT_ID, "webname": "泷阳市市场监督管理局", "permissiontype": 0})
        return f'<nextgroup><![CDATA[<a href="{PROXY}?{query}"></a>]]></nextgroup>'

    def column_page(self) -> str:
        first = "".join(self.record(*r) for r in self.records[:GROUP])
        body = (f'<div class="bread">当前位置：<a href="/">首页</a> &gt; 政府信息公开年报</div>'
                f'<ul class="list" id="{UNIT_ID}"><script type="text/xml"><datastore>{self.nextgroup(GROUP + 1)}'
                f"<recordset>{first}</recordset></datastore></script></ul>"
                '<script src="/module/jslib/jquery/jpage/jquery.page.min.js"></script>')
        return (f'<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="ColumnName" content="政府信息公开年报">'
                f'<title>政府信息公开年报_{OWNER}</title></head><body><div class="header">{OWNER}</div>'
                f'<div class="main">{body}</div><div class="footer">网站标识码：9806000021</div></body></html>')

    def dataproxy(self, request: Request) -> Response:
        if request.param("columnid") != str(COLUMN_ID):
            return Response(200, b"<datastore><recordset></recordset></datastore>", "text/xml; charset=utf-8")
        start = max(int(request.param("startrecord") or 1), 1)
        end = max(int(request.param("endrecord") or start + GROUP - 1), start)
        chosen = self.records[start - 1: end]
        xml = (f"<datastore>{self.nextgroup(end + 1)}<recordset>{''.join(self.record(*r) for r in chosen)}"
               "</recordset></datastore>")
        return Response(200, xml.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebLongyang]
