"""滏川县 (www.fuchuan.gov.test): Hanweb JCMS on the 信息公开 module's template, whose jpage widget
preloads a single page (not a group of three) and whose ``ajaxParam`` carries the module's
``infotypeId``/``jdid``/``divid`` fields.

The column ``/col/col1229533071/index.html`` embeds 4 records in ``<script type="text/xml"><datastore>
<recordset>`` (one page) and configures ``$('#div352871').jpage({ dataStore: dataStore, perPage: 4,
totalRecord: 12, groupSize: 1, proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: {col: 1, appid: 1,
webid: 2914, path: '/', columnid: 1229533071, sourceContentType: 1, unitid: 352871, webname: '滏川县人民政
府', permissiontype: 0, infotypeId: 'FC0501', jdid: 2914, divid: 'div352871'} })``.  The proxy answers the
POST window (``?startrecord=5&endrecord=8&perpage=4``, form fields) and GET ``?page=N&…``; a wrong
``columnid`` or ``unitid`` gives an empty datastore; ``/module/jpage/dataproxy.jsp`` is 404.  Each
record is ``<div class="xxgk-item"><i>2025-01-22</i><a href="…" title="full">short…</a></div>`` (text cut
at 16 characters).  Articles: classic ``/art/Y/M/D/art_1229533071_<id>.html`` (month and day not
padded) with the body in ``div#zoom`` between ``<!--ZJEG_RSS.content.begin-->`` markers, and an
"发布日期 / 信息来源 / 浏览次数" line.  The 2022 county report is an OFD and the 2024 one a .docx, each
behind ``/module/download/downfile.jsp?classid=0&filename=<32 hex>.<ext>&showname=…`` in ``#zoom``.

Reports (9): 滏川县人民政府 2019–2024 (2019–2020 old template), 滏川县交通运输局 2024
("县交通运输局2024年…"), 滏川县滏阳街道办事处 2023 ("滏阳街道2023年…"), 滏川县卫生健康局 2022
("滏川县卫健局2022年度…").  Decoys (3): 关于报送…年度报告的函, a 公告 that the 2023 report is out,
部门决算.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import parse_qs, quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    OFD,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.fuchuan.gov.test"
SITE = "fuchuan-gov"
OWNER = "滏川县人民政府"
COL = 1229533071
UNIT = 352871
PER = 4


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        f'<meta name="SiteName" content="滏川县人民政府"><meta name="SiteIDCode" content="9864020004">{head}'
        f'<title>滏川县人民政府 {escape(title)}</title><script src="/module/jslib/jquery/jquery.js"></script>'
        '<script src="/module/web/jpage/jpage.js"></script></head><body><div class="fc-top">欢迎访问滏川县人民政府门户'
        '网站 <a href="javascript:;" id="cniil_wza">无障碍</a> <a href="javascript:;" onclick="switchOld()">长者模式</a'
        '>'
        '</div><div class="fc-nav"><a href="/">首页</a><a href="/col/col1229533001/index.html">政务公开</a><a href="'
        f'/col/col1229533002/index.html">政务服务</a></div><div class="fc-main">{inner}</div><div class="fc-foot">'
        '主办单位：滏川县人民政府办公室 网站标识码：9864020004 未ICP备12004417号</div></body></html>'
    )


class HanwebFuchuan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.art = 7_801_200
        self.files: dict[str, tuple[ReportDoc, str]] = {}
        self.records: list[tuple[str, str]] = []  # (date, record html)
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-26"), (2021, "2022-01-20"), (2023, "2024-01-25")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.file(make_doc(rng, OWNER, 2022, "2023-01-19"), "ofd")
        self.file(make_doc(rng, OWNER, 2024, "2025-01-23"), "docx")
        self.article(make_doc(rng, "滏川县交通运输局", 2024, "2025-01-15", title="县交通运输局2024年政府信息公开工作年"
                                                                         "度报告"))
        self.article(make_doc(rng, "滏川县滏阳街道办事处", 2023, "2024-01-16", title="滏阳街道2023年政府信息公开工作年"
                                                                           "度报告"))
        self.article(make_doc(rng, "滏川县卫生健康局", 2022, "2023-01-18", title="滏川县卫健局2022年度政府信息公开工作"
                                                                         "年度报告"))
        self.notice("关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-16")
        self.notice("滏川县人民政府关于2023年政府信息公开工作年度报告的公告", 2023, "2024-01-26")
        self.notice("滏川县卫生健康局2023年度部门决算", 2023, "2024-08-28")
        self.records.sort(key=lambda r: r[0], reverse=True)
        store = "".join(f"<record><![CDATA[{r}]]></record>" for _, r in self.records[:PER])
        inner = (
            '<div class="fc-pos">您现在的位置：<a href="/">首页</a> &gt; <a href="/col/col1229533001/index.html">政务公'
            '开'
            '</a> &gt; 政府信息公开年报</div><div class="fc-list"><h3>政府信息公开年报</h3>'
            f'<div id="div{UNIT}"><script type="text/xml"><datastore><recordset>{store}</recordset></datastore>'
            "</script><script>var dataStore = $('#div352871 script[type=\"text/xml\"]').html();"
            f"$('#div{UNIT}').jpage({{ dataStore: dataStore, perPage: {PER}, totalRecord: {len(self.records)}, "
            "groupSize: 1, proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: {col: 1, appid: 1, webid: 2914, "
            f"path: '/', columnid: {COL}, sourceContentType: 1, unitid: {UNIT}, webname: '滏川县人民政府', "
            f"permissiontype: 0, infotypeId: 'FC0501', jdid: 2914, divid: 'div{UNIT}'}} }});</script></div></div>"
        )
        self.put(HOST, f"/col/col{COL}/index.html", frame("政府信息公开年报", inner,
                                                           '<meta name="ColumnName" content="政府信息公开年报">'))
        self.route(HOST, "/module/web/jpage/dataproxy.jsp", self.proxy)
        self.route(HOST, "/module/download/downfile.jsp", self.download)

    def page_of(self, title: str, date: str, content: str, source: str = "滏川县人民政府办公室") -> str:
        self.art += self.rng.randint(30, 600)
        y, m, d = (int(x) for x in date.split("-"))
        path = f"/art/{y}/{m}/{d}/art_{COL}_{self.art}.html"
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="pubDate" content="{date}">'
                f'<meta name="source" content="{escape(source)}">')
        inner = (f'<div class="fc-pos">您现在的位置：<a href="/">首页</a> &gt; <a href="/col/col{COL}/index.html">政府'
                 f'信息'
                 f'公开年报</a></div><div class="fc-art"><div class="bt">{escape(title)}</div><div class="xx">发布日期'
                 f'：'
                 f'{date}　信息来源：{escape(source)}　浏览次数：<span id="hits"></span></div><div id="zoom">'
                 f'<!--ZJEG_RSS.content.begin--><meta name="ContentStart">{content}<meta name="ContentEnd">'
                 '<!--ZJEG_RSS.content.end--></div><div class="fc-tool">【<a href="javascript:window.print()">打印本页<'
                 '/a>】'
                 '【<a href="javascript:window.close()">关闭窗口</a>】</div></div>')
        url = self.put(HOST, path, frame(title, inner, head))
        short = title if len(title) <= 16 else title[:16] + "…"
        self.records.append((date, f'<div class="xxgk-item"><i>{date}</i><a href="{path}" target="_blank" title="'
                                   f'{escape(title)}">{escape(short)}</a></div>'))
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, word_para, word_cell, '<table border="1" cellspacing="0" cellpadding="0" width="600">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, doc.agency_name), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        name = f"{self.rng.getrandbits(128):032x}.{ext}"
        self.files[name] = (doc, ext)
        link = f"/module/download/downfile.jsp?classid=0&filename={name}&showname={quote(doc.title + '.' + ext)}"
        content = (f"<p>{escape(doc.title)}已编制完成，现予公开。</p><p>附件：<a href=\"{escape(link)}\">"
                   f"{escape(doc.title)}.{ext}</a></p>")
        url = self.page_of(doc.title, doc.published_date or "", content)
        self.report(SITE, url, doc, media_type=OFD if ext == "ofd" else DOCX, report_url=f"http://{HOST}{link}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content), title)

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("filename"))
        if found is None:
            return Response(200, "<html><body>文件不存在！</body></html>".encode(), "text/html; charset=utf-8")
        doc, ext = found
        body = render_ofd(doc, random.Random(doc.title)) if ext == "ofd" else render_docx(doc)
        return Response(200, body, OFD if ext == "ofd" else DOCX,
                        {"Content-Disposition": f"attachment; filename={request.param('filename')}"})

    def proxy(self, request: Request) -> Response:
        params = dict(request.query)
        if request.body:
            params.update(parse_qs(request.body.decode("utf-8", "replace")))

        def get(name: str) -> str:
            return params.get(name, [""])[0]

        rows = self.records if get("columnid") == str(COL) and get("unitid") == str(UNIT) else []
        if get("startrecord"):
            start, end = int(get("startrecord")), int(get("endrecord") or get("startrecord"))
        else:
            page = int(get("page") or 1)
            start, end = (page - 1) * PER + 1, page * PER
        chunk = rows[start - 1 : end]
        body = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><datastore><totalrecord>{len(rows)}</totalrecord><totalpage"
                f">"
                f"{-(-len(rows) // PER)}</totalpage><recordset>"
                + "".join(f"<record><![CDATA[{r}]]></record>" for _, r in chunk) + "</recordset></datastore>")
        return Response(200, body.encode(), "text/xml; charset=UTF-8")


PORTALS = [HanwebFuchuan]
