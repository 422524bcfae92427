"""浠岭县 (www.xiling.gov.test): Hanweb JCMS whose datastore records are paragraphs dated in
Chinese, with an old uppercase report among JPaaS ones.

The column ``/col/col1229846120/index.html`` embeds a group of three pages (9 records) in ``<script
type="text/xml"><datastore><recordset>`` and configures the widget with a ``.jpage({...})`` literal:
``perPage: 3``, ``totalRecord: 12``, ``proxyUrl: '/module/web/jpage/dataproxy.jsp'`` and an
``ajaxParam`` object (portals.md §1.3).  The proxy answers the POST record window
(``?startrecord=10&endrecord=18&perpage=3`` with the form fields) and GET ``?page=N`` with a
``<datastore><totalrecord><totalpage><recordset>``; wrong ``columnid``/``unitid``: an empty datastore;
the older ``/module/jpage/dataproxy.jsp`` is 404.  Each record is ``<p class="hw-row"><a>…</a>
<em>2025年1月22日</em></p>`` (Chinese dates, not zero-padded).  Articles: classic
``/art/Y/M/D/art_1229846120_<id>.html`` for pages published up to 2022 (the 2019 report in uppercase ``<FONT
face=仿宋_GB2312>`` markup between ``ContentStart``/``ContentEnd``), JPaaS
``/col/col1229846120/art/Y/art_<32 hex>.html`` after, bodies in ``div#zoom``.  The 2023 county report
is a PDF through ``downfile.jsp?classid=0&filename=<hex>.pdf&showname=…`` inside ``#zoom``; the
卫健局's 2024 report is a .docx whose link a script writes (``var fjPath = '/module/download/
downfile.jsp?…'; document.write(…)``).  Units: "县民政局2023年…" (浠岭县民政局), "兰溪街道2024年…"
(浠岭县兰溪街道办事处), 浠岭县卫生健康局.  Decoys: a 公告 that the report is out, 部门决算, 政府网站
工作年度报表.
"""

from __future__ import annotations

import hashlib
import random
from html import escape
from urllib.parse import parse_qs, quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_para,
    upper_cell,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.xiling.gov.test"
SITE = "xiling-gov"
OWNER = "浠岭县人民政府"
COLUMN = 1229846120
UNIT = 6637104
WEBID = 3327
PER_PAGE = 3
PROXY = "/module/web/jpage/dataproxy.jsp"


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="SiteName" content="浠岭县人民政府"><meta name="SiteDomain" content="www.xiling.gov.test">'
        f'<meta name="SiteIdCode" content="9844210007">{metas}<title>浠岭县人民政府 {escape(title)}</title>'
        '<script src="/script/jquery.min.js"></script></head><body>'
        '<div class="xl-top"><span>欢迎访问浠岭县人民政府门户网站</span'
        '><a href="javascript:;" id="cniil_wza">无障碍浏览</a>'
        '<a href="javascript:;">简体</a>/<a href="javascript:;">繁體</a></div>'
        '<div class="xl-nav"><a href="/">首页</a><a href="/col/col1229846001/index.html">政务公开</a>'
        f'<a href="/col/col1229846002/index.html">政务服务</a></div><div class="xl-con">{inner}</div>'
        '<div class="xl-foot">主办单位：浠岭县人民政府办公室 | 网站标识码：9844210007 | 未ICP备11008843号 | '
        '<a href="/col/col1229846099/index.html">网站地图</a><br>建议使用1366*768分辨率 | '
        "<script>document.write(unescape(\"%3Cspan id='_ideConac' %3E%3C/span%3E\"));</script></div></body></html>"
    )


def hexid(seed: str) -> str:
    return hashlib.md5(seed.encode()).hexdigest()


class HanwebXiling(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.artid = 71_402_000
        self.records: list[tuple[str, str]] = []  # (date, record html)
        self.article(make_doc(rng, OWNER, 2019, "2020-01-20", version="v2019"), old=True)
        self.article(make_doc(rng, OWNER, 2020, "2021-01-26", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-28"))
        self.notice("浠岭县2021年度部门决算", "2022-09-05")
        self.article(make_doc(rng, OWNER, 2022, "2023-01-19"))
        self.pdf(make_doc(rng, OWNER, 2023, "2024-01-30"))
        self.article(
            make_doc(rng, "浠岭县民政局", 2023, "2024-01-17", title="县民政局2023年政府信息公开工作年度报告"),
            "浠岭县民政局",
        )
        self.notice("浠岭县2023年政府网站工作年度报表", "2024-01-15")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-27"))
        self.notice("关于浠岭县2024年政府信息公开工作年度报告的公告", "2025-01-27")
        self.article(
            make_doc(rng, "浠岭县兰溪街道办事处", 2024, "2025-01-14", title="兰溪街道2024年政府信息公开工作年度报告"),
            "兰溪街道办事处",
        )
        self.docx(make_doc(rng, "浠岭县卫生健康局", 2024, "2025-01-22"))
        self.records.sort(key=lambda r: r[0], reverse=True)
        self.route(HOST, f"/col/col{COLUMN}/index.html", self.column)
        self.route(HOST, PROXY, self.proxy)

    # -- articles ---------------------------------------------------------------------------
    def place(self, title: str, date: str, source: str, content: str, old: bool = False) -> str:
        self.artid += self.rng.randint(30, 4000)
        y, m, d = (int(x) for x in date.split("-"))
        if y <= 2022:
            path = f"/art/{y}/{m}/{d}/art_{COLUMN}_{self.artid}.html"
        else:
            path = f"/col/col{COLUMN}/art/{y}/art_{hexid(title + date)}.html"
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 08:45">'
            f'<meta name="ContentSource" content="{escape(source)}"><meta name="ColumnName" content="政府信息公开年报">'
        )
        if old:
            body = (
                '<TABLE width="100%" border=0><TR><TD align=center><'
                f"FONT size=4><B>{escape(title)}</B></FONT></TD></TR>"
                f'<TR><TD align=center>发布日期：{date}　信息来源：{escape(source)}</TD></TR><TR><TD><div id="zoom">'
                f"<!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><META name=ContentStart>{content}"
                "<META name=ContentEnd><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div></TD></TR></TABLE>"
            )
        else:
            body = (
                f'<div class="art-title">{escape(title)}</div><div class="art-info"><span>发布时间：{date}</span>'
                f'<span>来源：{escape(source)}</span><span>访问量：<span id="hits"></span></span>'
                '<span>【<a href="javascript:;">大</a> <a href="javas'
                'cript:;">中</a> <a href="javascript:;">小</a>】</span>'
                f'</div><div id="zoom">{content}</div>'
            )
        inner = (
            f'<div class="xl-pos">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{COLUMN}/index.html">'
            f'政府信息公开年报</a></div><div class="xl-art">{body}<div class="xl-art-ft">'
            '<a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a>'
            '</div><div class="xl-ewm">扫一扫在手机上查看当前页面</div></div>'
        )
        url = self.put(HOST, path, frame(title, inner, metas))
        cn = f"{y}年{m}月{d}日"
        self.records.append(
            (
                date,
                f'<p class="hw-row"><a href="{path}" target="_blank" title="{escape(title)}">'
                f"{escape(title)}</a><em>{cn}</em></p>",
            )
        )
        return url

    def article(self, doc: ReportDoc, source: str = "县政府办公室", old: bool = False) -> None:
        if old:

            def para(text: str, heading: bool) -> str:
                face = "黑体" if heading else "仿宋_GB2312"
                return f"<P>&nbsp;&nbsp;&nbsp;&nbsp;<FONT face={face} size=4>{escape(text)}</FONT></P>"

            content = body_html(doc, para, upper_cell, '<TABLE border=1 cellSpacing=0 cellPadding=0 width="100%">')
        else:
            content = body_html(doc, word_para, word_cell, '<table border="1" cellspacing="0" align="center">')
        self.report(SITE, self.place(doc.title, doc.published_date or "", source, content, old), doc)

    def pdf(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        name = hexid("pdf" + doc.title) + ".pdf"
        self.put_pdf(HOST, "/module/download/files/" + name, doc)
        link = f"/module/download/downfile.jsp?classid=0&filename={name}&showname={quote(doc.title + '.pdf')}"
        self.route(HOST, "/module/download/downfile.jsp", self.download)
        content = (
            f'<p>{escape(doc.title)}全文详见附件。</p><p>附件：<a href="{escape(link)}" target="_blank">'
            f"{escape(doc.title)}.pdf</a></p>"
        )
        self.report(
            SITE,
            self.place(doc.title, date, "县政府办公室", content),
            doc,
            media_type=PDF,
            report_url=f"http://{HOST}{link}",
        )

    def docx(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        name = hexid("docx" + doc.title) + ".docx"
        self.put(HOST, "/module/download/files/" + name, render_docx(doc), DOCX)
        link = f"/module/download/downfile.jsp?classid=0&filename={name}&showname={quote(doc.title + '.docx')}"
        self.route(HOST, "/module/download/downfile.jsp", self.download)
        content = (
            f'<p>现将{escape(doc.title)}全文发布如下，请点击附件下载阅读。</p><div class="fj">'
            f"<script>var fjPath = '{link}'; var fjName = '{doc.title}.docx';\n"
            "document.write('附件：<a href=\"' + fjPath + '\">' + fjName + '</a>');</script></div>"
        )
        self.report(
            SITE,
            self.place(doc.title, date, "浠岭县卫生健康局", content),
            doc,
            media_type=DOCX,
            report_url=f"http://{HOST}{link}",
        )

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.place(title, date, "县政府办公室", content), title)

    def download(self, request: Request) -> Response:
        found = self.pages.get((HOST, "/module/download/files/" + request.param("filename")))
        handler = self.dynamic.get((HOST, "/module/download/files/" + request.param("filename")))
        if handler is not None:
            return handler(request)
        if found is None:
            return Response(200, "<html><body>文件不存在！</body></html>".encode(), "text/html; charset=utf-8")
        return Response(200, found.body, found.content_type, {"Content-Disposition": "attachment"})

    # -- list -------------------------------------------------------------------------------
    def datastore(self, first: int, last: int) -> str:
        chosen = self.records[first:last]
        recs = "".join(f"<record><![CDATA[{html}]]></record>" for _, html in chosen)
        total = len(self.records)
        return (
            f'<?xml version="1.0" encoding="utf-8"?><datastore><totalrecord>{total}</totalrecord>'
            f"<totalpage>{-(-total // PER_PAGE)}</totalpage><recordset>{recs}</recordset></datastore>"
        )

    def column(self, request: Request) -> Response:
        first = "".join(f"<record><![CDATA[{html}]]></record>\n" for _, html in self.records[: 3 * PER_PAGE])
        inner = (
            f'<div class="xl-pos">当前位置：<a href="/">首页</a> &gt; 政府信息公开年报</div><div class="xl-left">'
            '<h3>政府信息公开</h3><a href="/col/col1229846111/index.html">政府信息公开指南</a>'
            f'<a href="/col/col{COLUMN}/index.html" class="on">政府信息公开年报</a></div><div class="xl-right">'
            f'<div class="xl-lm">政府信息公开年报</div><div id="{UNIT}"><script type="text/xml"><datastore>'
            f"<recordset>\n{first}</recordset></datastore></script>"
            f"<script>$('#{UNIT}').jpage({{ perPage: {PER_PAGE}, totalRecord: {len(self.records)}, groupSize: 3, "
            f"barPosition: 'bottom', proxyUrl: '{PROXY}', dataBefore: '<div class=\"hw-list\">', dataAfter: '</div>', "
            f"ajaxParam: {{ col: 1, appid: 1, webid: {WEBID}, path: '/', columnid: {COLUMN}, sourceContentType: 1, "
            f"unitid: {UNIT}, webname: '浠岭县人民政府', permissiontype: 0 }} }});</script></div></div>"
        )
        return Response(
            200,
            frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">').encode(),
            "text/html; charset=utf-8",
        )

    def proxy(self, request: Request) -> Response:
        fields = dict(request.query)
        if request.method == "POST" and request.body:
            fields.update(parse_qs(request.body.decode("utf-8", "replace")))

        def get(name: str) -> str:
            return (fields.get(name) or [""])[0]

        if get("columnid") != str(COLUMN) or get("unitid") != str(UNIT):
            return Response(
                200,
                b"<datastore><totalrecord>0</totalrecord><recordset></recordset></datastore>",
                "text/xml; charset=utf-8",
            )
        try:
            if get("startrecord"):
                first, last = int(get("startrecord")) - 1, int(get("endrecord"))
            else:
                page = max(int(get("page") or 1), 1)
                first, last = (page - 1) * PER_PAGE, page * PER_PAGE
        except ValueError:
            return Response(500, b"<html><body>java.lang.NumberFormatException</body></html>")
        return Response(200, self.datastore(max(first, 0), max(last, 0)).encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebXiling]
