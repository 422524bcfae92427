"""珩溪县 (www.hengxi.gov.test): Hanweb JCMS whose jpage pages by GET ``page=`` and whose column
holds classic and JPaaS article URLs side by side.

``/col/col1229884417/index.html`` embeds the first 4 entries as ``<record>``s in a ``<script
type="text/xml"><datastore>`` (no totals inside it) and configures jpage with ``ajaxType: 'get'``,
``perPage: 4``, ``totalRecord: 10``: further pages are ``GET /module/web/jpage/dataproxy.jsp?page=N&
appid=1&webid=3381&path=/&columnid=1229884417&unitid=6120032&webname=…&permissiontype=0`` (portals.md
§1.3, the GET style), answering ``<datastore><totalrecord>…<totalpage>…`` with that page's records;
without the right ``columnid``/``unitid`` it answers an empty datastore.  Records are ``<tr>`` rows
(``<td class="bt"><a>`` and ``<td class="rq">``) inside a ``<table>`` the script wraps around them.
Articles: up to 2022 classic ``/art/YYYY/M/D/art_1229884417_<id>.html`` (2020's in the old uppercase
``<FONT face=仿宋_GB2312>`` markup between ``ContentStart``/``ContentEnd`` metas), later the JPaaS
``/col/col1229884417/art/YYYY/art_<32 hex>.html``.  The 2023 report's PDF (``downfile.jsp?classid=0&
filename=<hex>.pdf&showname=…``) is in a 附件下载 line *above* ``div#zoom``, whose body says only
"详见附件".  Two departments' reports sit in the county column: "县卫健局2024年…" (agency
珩溪县卫生健康局) and "珩溪县民政局2023年度…".  Decoys: 解读, 政务公开工作要点, 公开指南.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
    upper_cell,
)
from govcrawl.synth.model import ReportDoc

HOST = "www.hengxi.gov.test"
SITE = "hengxi-gov"
OWNER = "珩溪县人民政府"
COLUMN = "1229884417"
UNIT = "6120032"
PER_PAGE = 4
PROXY = "/module/web/jpage/dataproxy.jsp"


def old_para(text: str, heading: bool) -> str:
    return (
        f"<P>&nbsp;&nbsp;&nbsp;&nbsp;<FONT face=仿宋_GB2312 size=4>{'<B>' if heading else ''}{escape(text)}"
        f"{'</B>' if heading else ''}</FONT></P>"
    )


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{metas}<title>珩溪县人民政府 {escape(title)}</title>'
        '<script src="/module/jslib/jquery/jquery.js"></script><script src="/module/web/jpage/jpage.js"></script>'
        '</head><body><div class="hx-top"><a href="/">珩溪县人民政府</a> <a href="/col/col1229884400/index.html">'
        '政府信息公开</a> <a href="javascript:;" id="cniil_wza">无障碍</a></div>'
        f'<div class="hx-main">{inner}</div><div class="hx-foot">主办：珩溪县人民政府办公室　'
        "网站标识码：9841310012　未ICP备13019921号　未公网安备 98413102000121号</div></body></html>"
    )


class HanwebHengxi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.art = 58_800
        self.records: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2020, "2021-01-28", version="v2019"), old=True)
        self.article(make_doc(rng, OWNER, 2021, "2022-01-26"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-29"))
        self.notice("珩溪县2022年政府信息公开工作年度报告解读", "2023-01-30")
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-31"))
        self.article(
            make_doc(rng, "珩溪县民政局", 2023, "2024-01-22", title="珩溪县民政局2023年度政府信息公开工作年度报告")
        )
        self.notice("珩溪县2024年政务公开工作要点", "2024-04-16")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-27"))
        self.article(
            make_doc(rng, "珩溪县卫生健康局", 2024, "2025-01-21", title="县卫健局2024年政府信息公开工作年度报告")
        )
        self.notice("珩溪县政府信息公开指南（2025年修订）", "2025-02-12")
        self.records.sort(key=lambda r: r[2], reverse=True)
        self.put(HOST, f"/col/col{COLUMN}/index.html", self.column_page())
        self.route(HOST, PROXY, self.proxy)

    def path(self, date: str) -> str:
        y, m, d = (int(x) for x in date.split("-"))
        if date < "2023-06-01":
            self.art += self.rng.randint(40, 700)
            return f"/art/{y}/{m}/{d}/art_{COLUMN}_{self.art}.html"
        return f"/col/col{COLUMN}/art/{y}/art_{self.rng.getrandbits(128):032x}.html"

    def page_of(self, title: str, date: str, content: str, before: str = "", old: bool = False) -> str:
        path = self.path(date)
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 08:45">'
            f'<meta name="ContentSource" content="珩溪县人民政府办公室"><meta name="Maketime" content="{date}">'
        )
        zoom = (
            f"<!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><META name=ContentStart>{content}"
            "<META name=ContentEnd><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end-->"
            if old
            else content
        )
        inner = (
            f'<div class="hx-pos">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col{COLUMN}/index.html">'
            f'政府信息公开年报</a></div><div class="hx-art"><div class="hx-title">{escape(title)}</div>'
            f'<div class="hx-info">发布日期：{date}　信息来源：县政府办　'
            f"浏览次数：<script>document.write(Math.round(Math.random()*900))</script></div>{before}"
            f'<div id="zoom">{zoom}</div><div class="hx-close"><a href="javascript:window.close()">[关闭本页]</a>'
            "</div></div>"
        )
        self.records.append((path, title, date))
        return self.put(HOST, path, frame(title, inner, metas))

    def article(self, doc: ReportDoc, old: bool = False) -> None:
        if old:
            content = body_html(doc, old_para, upper_cell, '<TABLE border=1 cellSpacing=0 cellPadding=0 width="95%">')
        else:
            content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, old=old), doc)

    def attached(self, doc: ReportDoc) -> None:
        name = f"{self.rng.getrandbits(128):032x}.pdf"
        path = f"/module/download/downfile.jsp?classid=0&filename={name}&showname={quote(doc.title + '.pdf')}"
        file_url = self.route(HOST, "/module/download/downfile.jsp", self.download)
        self.pdf = self.pdf_handler(doc)
        self.pdf_name = name
        before = f'<div class="fjdown">附件下载：<a href="{escape(path)}">{escape(doc.title)}.pdf</a></div>'
        url = self.page_of(doc.title, doc.published_date or "", "<p>　　详见附件。</p>", before)
        self.report(SITE, url, doc, media_type=PDF, report_url=f"{file_url}?{path.split('?', 1)[1]}")

    def download(self, request: Request) -> Response:
        if request.param("filename") != self.pdf_name:
            return Response(200, "<html><body>文件不存在！</body></html>".encode(), "text/html; charset=utf-8")
        return self.pdf(request)

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content), title)

    @staticmethod
    def record(path: str, title: str, date: str) -> str:
        return (
            f'<record><![CDATA[<tr><td class="bt"><a href="{path}" target="_blank" title="{escape(title)}">'
            f'{escape(title)}</a></td><td class="rq">{date}</td></tr>]]></record>'
        )

    def column_page(self) -> str:
        first = "".join(self.record(*r) for r in self.records[:PER_PAGE])
        inner = (
            f'<div class="hx-pos">您当前的位置：<a href="/">首页</a> &gt; 政府信息公开年报</div><div class="hx-col">'
            f'<div id="{UNIT}"><script type="text/xml"><datastore><recordset>{first}</recordset></datastore></script>'
            f"<script>$('#{UNIT}').jpage({{ ajaxType: 'get', perPage: {PER_PAGE}, totalRecord: {len(self.records)},"
            f" proxyUrl: '{PROXY}', beforeHtml: '<table class=\"hx-tb\">', afterHtml: '</table>',"
            f" ajaxParam: {{ appid: 1, webid: 3381, path: '/', columnid: {COLUMN}, unitid: {UNIT},"
            " webname: '珩溪县人民政府', permissiontype: 0 } });</script></div></div>"
        )
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')

    def proxy(self, request: Request) -> Response:
        total = len(self.records)
        pages = -(-total // PER_PAGE)
        ok = request.param("columnid") == COLUMN and request.param("unitid") == UNIT
        page = int(request.param("page", "1")) if request.param("page", "1").isdigit() else 1
        part = self.records[(page - 1) * PER_PAGE : page * PER_PAGE] if ok and page >= 1 else []
        body = (
            f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{total if ok else 0}</totalrecord>'
            f"<totalpage>{pages if ok else 0}</totalpage><recordset>{''.join(self.record(*r) for r in part)}"
            "</recordset></datastore>"
        )
        return Response(200, body.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebHengxi]
