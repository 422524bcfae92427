"""淇水县 (www.qishui.gov.test): Hanweb JCMS whose jpage widget fetches later pages as JSONP, the
dataproxy's XML wrapped in a callback.

The column ``/col/col1229915207/index.html`` embeds its first page (4 records) in ``<script
type="text/xml"><datastore>`` and configures ``.jpage({dataType: 'jsonp', perPage: 4, totalRecord: 11,
proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: {…}})``.  The proxy answers GET ``?page=N``
(or a ``startrecord``/``endrecord`` window) with the same ids; with ``callback=<name>`` it wraps the
answer as ``<name>({"result": "<datastore>…</datastore>"})`` (the "TrueCMS" JSONP shape, portals.md
§1.3), without it the bare XML.  Wrong ``columnid``/``unitid``: an empty datastore.  Records are
``<li>`` with the date *first* in ``<span class="date">`` and the link after.  Articles: classic
``/art/Y/M/D/art_1229915207_<id>.html``, bodies in ``div#zoom`` between ``<!--<$[信息内容]>begin-->``
markers; the 2020 report in uppercase ``<FONT face=仿宋_GB2312>`` paragraphs and ``<TABLE>``s.  The
2023 county report is an OFD and the 卫健局's 2024 report a .docx, both through
``/module/download/downfile.jsp?classid=0&filename=<hex>.<ext>&showname=…`` in a ``div.fj``
*inside* ``#zoom``.  Titles: "淇水县2022年度政府信息公开年报", "县卫健局2024年…" (淇水县卫生健康局), 淇河镇
(淇水县淇河镇人民政府), "2021年淇水县…" year first.  Decoys: 法治政府建设年度报告, a 公告, 部门预算.
"""

from __future__ import annotations

import hashlib
import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    OFD,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    upper_cell,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.qishui.gov.test"
SITE = "qishui-gov"
OWNER = "淇水县人民政府"
COLUMN = 1229915207
UNIT = 7713402
WEBID = 3519
PER_PAGE = 4
PROXY = "/module/web/jpage/dataproxy.jsp"


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="SiteName" content="淇水县人民政府"><meta name="SiteDomain" content="www.qishui.gov.test">'
        f'<meta name="SiteIdCode" content="9847210005">{metas}<title>{escape(title)} 淇水县人民政府</title>'
        '<script src="/script/jquery.js"></script><script src="/module/web/jpage/jpage.js"></script></head><body>'
        '<div class="qs-bar"><a href="javascript:;" id="btnWza">无障碍</a><a href="javascript:;">读屏</a>'
        '<a href="javascript:;">大字幕</a><span class="qs-weather" id="weather"></span></div>'
        '<div class="qs-logo"><img src="/picture/0/logo.png" alt="淇水县人民政府"></div>'
        '<div class="qs-nav"><a href="/">首页</a><a href="/col/col1229915001/index.html">政务公开</a>'
        f'<a href="/col/col1229915002/index.html">服务</a></div><div class="qs-con">{inner}</div>'
        '<div class="qs-ft"><div class="qs-ewm"><img src="/picture/0/wx.jpg" alt=""><p>淇水发布微信公众号</p></div>'
        '<p>淇水县人民政府办公室 主办　网站标识码：9847210005　未ICP备09031147号</p>'
        '<p><a href="/col/col1229915099/index.html">网站地图</a> | <a href="/col/col1229915098/index.html">'
        "联系我们</a></p></div></body></html>"
    )


class HanwebQishui(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.artid = 82_114_000
        self.records: list[tuple[str, str]] = []
        self.files: dict[str, tuple[bytes, str]] = {}
        self.route(HOST, "/module/download/downfile.jsp", self.download)
        self.article(make_doc(rng, OWNER, 2019, "2020-01-16", version="v2019"))
        self.article(make_doc(rng, OWNER, 2020, "2021-01-27", version="v2019"), old=True)
        self.article(make_doc(rng, OWNER, 2021, "2022-01-24", title="2021年淇水县政府信息公开工作年度报告"))
        self.notice("淇水县2021年法治政府建设年度报告", "2022-03-28")
        self.article(make_doc(rng, OWNER, 2022, "2023-01-29", title="淇水县2022年度政府信息公开年报"))
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-25"), OFD)
        self.notice("关于淇水县2023年政府信息公开工作年度报告发布的公告", "2024-01-25")
        self.article(make_doc(rng, "淇水县淇河镇人民政府", 2023, "2024-01-15",
                              title="淇河镇2023年政府信息公开工作年度报告"))
        self.attached(make_doc(rng, "淇水县卫生健康局", 2024, "2025-01-20",
                               title="县卫健局2024年政府信息公开工作年度报告"), DOCX)
        self.article(make_doc(rng, OWNER, 2024, "2025-01-23"))
        self.notice("淇水县2025年度部门预算公开", "2025-02-10")
        self.records.sort(key=lambda r: r[0], reverse=True)
        self.route(HOST, f"/col/col{COLUMN}/index.html", lambda r: self.column())
        self.route(HOST, PROXY, self.proxy)

    def art_url(self, date: str) -> str:
        self.artid += self.rng.randint(20, 900)
        y, m, d = (int(x) for x in date.split("-"))
        return f"/art/{y}/{m}/{d}/art_{COLUMN}_{self.artid}.html"

    def page_of(self, title: str, date: str, content: str) -> str:
        path = self.art_url(date)
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="pubDate" content="{date} 15:40">'
            '<meta name="ContentSource" content="淇水县人民政府办公室">'
        )
        inner = (
            '<div class="qs-pos">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229915001/index.html">政务公开'
            f'</a> &gt; <a href="/col/col{COLUMN}/index.html">政府信息公开年报</a></div><div class="qs-art">'
            f'<h1>{escape(title)}</h1><div class="qs-info">发布日期：{date}　浏览次数：<span id="dd">'
            '</span>　字号：[<a>大</a> <a>中</a> <a>小</a>]</div><div id="zoom">'
            f"<!--<$[信息内容]>begin-->{content}<!--<$[信息内容]>end--></div>"
            '<div class="qs-tool"><a href="javascript:window.print()">打印本页</a> '
            '<a href="javascript:window.close()">关闭窗口</a></div></div>'
        )
        url = self.put(HOST, path, frame(title, inner, metas))
        rec = (f'<li><span class="date">{date}</span><a href="{path}" target="_blank" title="{escape(title)}">'
               f"{escape(title)}</a></li>")
        self.records.append((date, rec))
        return url

    def article(self, doc: ReportDoc, old: bool = False) -> None:
        if old:
            def para(text: str, heading: bool) -> str:
                return f"<P>&nbsp;&nbsp;&nbsp;&nbsp;<FONT face=仿宋_GB2312 size=4>{escape(text)}</FONT></P>"

            content = body_html(doc, para, upper_cell, '<TABLE border=1 cellSpacing=0 cellPadding=0 width="100%">')
        else:
            content = body_html(doc, word_para, word_cell, '<table border="1" cellspacing="0" cellpadding="0">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content), doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        date = doc.published_date or ""
        ext = "ofd" if media == OFD else "docx"
        name = hashlib.md5(f"{SITE}{doc.title}".encode()).hexdigest()
        path = f"/module/download/downfile.jsp?classid=0&filename={name}.{ext}"
        data = render_ofd(doc, random.Random(self.rng.random())) if media == OFD else render_docx(doc)
        self.files[f"{name}.{ext}"] = (data, media)
        href = f"{path}&showname={escape(doc.title)}.{ext}"
        content = (f"<p>{escape(doc.title)}详见附件。</p><div class=\"fj\">附件：<a href=\"{href}\">"
                   f"{escape(doc.title)}.{ext}</a></div>")
        url = self.page_of(doc.title, date, content)
        self.report(SITE, url, doc, media_type=media, report_url=f"http://{HOST}{path}")

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("filename"))
        if found is None:
            return Response(200, "<html><body>文件不存在！</body></html>".encode(), "text/html; charset=utf-8")
        return Response(200, found[0], found[1], {"Content-Disposition": "attachment"})

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content), title)

    def datastore(self, first: int, last: int) -> str:
        total = len(self.records)
        records = "".join(f"<record><![CDATA[{h}]]></record>\n" for _, h in self.records[first:last])
        return (f"<datastore><totalrecord>{total}</totalrecord><totalpage>{-(-total // PER_PAGE)}</totalpage>"
                f"<recordset>\n{records}</recordset></datastore>")

    def column(self) -> Response:
        first = "".join(f"<record><![CDATA[{h}]]></record>\n" for _, h in self.records[:PER_PAGE])
        inner = (
            '<div class="qs-pos">当前位置：<a href="/">首页</a> &gt; 政府信息公开年报</div>'
            '<div class="qs-left"><a href="/col/col1229915206/index.html">政府信息公开指南</a>'
            f'<a class="on" href="/col/col{COLUMN}/index.html">政府信息公开年报</a></div><div class="qs-right">'
            f'<div id="{UNIT}"><script type="text/xml"><datastore><recordset>\n{first}</recordset></datastore>'
            f"</script><script>$('#{UNIT}').jpage({{ dataType: 'jsonp', perPage: {PER_PAGE}, "
            f"totalRecord: {len(self.records)}, groupSize: 1, proxyUrl: '{PROXY}', "
            "dataBefore: '<ul class=\"qs-list\">', dataAfter: '</ul>', "
            f"ajaxParam: {{ col: 1, appid: 1, webid: {WEBID}, path: '/', columnid: {COLUMN}, sourceContentType: 1, "
            f"unitid: {UNIT}, webname: '淇水县人民政府', permissiontype: 0 }} }});</script></div></div>"
        )
        return Response(200, frame("政府信息公开年报", inner).encode(), "text/html; charset=utf-8")

    def proxy(self, request: Request) -> Response:
        callback = request.param("callback")
        if request.param("columnid") != str(COLUMN) or request.param("unitid") != str(UNIT):
            xml = "<datastore><totalrecord>0</totalrecord><recordset></recordset></datastore>"
        else:
            try:
                if request.param("startrecord"):
                    first, last = int(request.param("startrecord")) - 1, int(request.param("endrecord"))
                else:
                    page = max(int(request.param("page") or 1), 1)
                    first, last = (page - 1) * PER_PAGE, page * PER_PAGE
            except ValueError:
                return Response(500, b"<html><body>java.lang.NumberFormatException</body></html>")
            xml = self.datastore(max(first, 0), max(last, 0))
        if callback:
            body = f"{callback}({json.dumps({'result': xml}, ensure_ascii=False)})"
            return Response(200, body.encode(), "application/javascript; charset=utf-8")
        return Response(200, xml.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebQishui]
