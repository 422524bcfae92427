"""洭溪县 (www.kuangxi.gov.test): Hanweb JCMS whose 年报 column holds nothing itself but four year
sub-columns ("2024年度" … "2021年及以前"), each a jpage list of its own.

The column ``/col/col1229604410/index.html`` is a page of year tabs: ``<ul class="nb-years">`` links to
``/col/col1229604411/index.html`` (2024年度), ``…412`` (2023年度), ``…413`` (2022年度) and ``…414``
(2021年及以前).  Each sub-column embeds its first page (3 records) in ``<script type="text/xml">
<datastore><recordset>`` and configures ``$('#{unit}').jpage({perPage: 3, totalRecord: N, proxyUrl:
'/module/web/jpage/dataproxy.jsp', ajaxParam: {col: 1, appid: 1, webid: 3317, path: '/', columnid:
…, sourceContentType: 1, unitid: 465120, webname: '洭溪县人民政府', permissiontype: 0}})``.  The proxy
answers GET ``?page=N&columnid=…&unitid=…`` and the POST record window (``?startrecord=&endrecord=
&perpage=`` with the form fields) with ``<datastore><totalrecord><totalpage><recordset>``; a wrong
unit: an empty datastore; ``/module/jpage/dataproxy.jsp`` is 404.  Records are ``<div class="nb-li"><a
href="/art/Y/M/D/art_<col>_<id>.html" title="…">…</a><b>[2025-01-22]</b></div>``.  The 2024 and the
"2021年及以前" sub-columns hold 4 records each (a second page from the proxy).  Articles: ``div#zoom``
between ``<!--<$[信息内容]>begin-->`` / ``<!--<$[信息内容]>end-->``; the 2024 county report is a stub whose
.docx and the 2023 one whose OFD come from ``/module/download/downfile.jsp?classid=0&filename=<hex>
.docx`` (``&showname=``).

Reports (10): 洭溪县人民政府 2019–2024 (2019–2020 old template), 洭溪县卫生健康局 2024, 洭溪县人力资源
和社会保障局 2024 ("县人社局2024年…"), 洭溪县洭口镇人民政府 2023 ("洭口镇2023年…"), 洭溪县教育局 2022.
Decoys (3): 政府网站工作年度报表 (2024), 法治政府建设年度报告 (2023), 政务公开工作要点 (2021年及以前).
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import parse_qs, quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import DOCX, OFD, UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.kuangxi.gov.test"
SITE = "kuangxi-gov"
OWNER = "洭溪县人民政府"
TOP = 1229604410
YEARS = {1229604411: "2024年度", 1229604412: "2023年度", 1229604413: "2022年度", 1229604414: "2021年及以前"}
UNIT = 465120
PER = 3


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="洭溪县人民政府">'
        f'<meta name="SiteIDCode" content="9865020003">{head}<title>{escape(title)} 洭溪县人民政府</title>'
        '<script src="/module/jslib/jquery/jquery.js"></script><script src="/module/web/jpage/jpage.js"></script>'
        '</head><body><div class="kx-head"><span>洭溪县人民政府</span><a href="/col/col1229604001/index.html">政务'
        '服务</a>'
        '<a href="/col/col1229604002/index.html">政务公开</a></div>'
        f'<div class="kx-body">{inner}</div><div class="kx-foot">洭溪县人民政府办公室主办　网站标识码：9865020003　'
        '未ICP备13020511号　<a href="/col/col1229604009/index.html">网站地图</a></div></body></html>'
    )


class HanwebKuangxi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.art = 7_310_200
        self.records: dict[int, list[tuple[str, str]]] = {c: [] for c in YEARS}
        self.files: dict[str, tuple[ReportDoc, str]] = {}
        c24, c23, c22, c21 = YEARS
        self.file(c24, make_doc(rng, OWNER, 2024, "2025-01-24"), "docx")
        self.article(c24, make_doc(rng, "洭溪县卫生健康局", 2024, "2025-01-21"))
        self.article(c24, make_doc(rng, "洭溪县人力资源和社会保障局", 2024, "2025-01-17",
                                   title="县人社局2024年政府信息公开工作年度报告"))
        self.notice(c24, "洭溪县人民政府门户网站2024年政府网站工作年度报表", 2024, "2025-01-14")
        self.file(c23, make_doc(rng, OWNER, 2023, "2024-01-29"), "ofd")
        self.article(c23, make_doc(rng, "洭溪县洭口镇人民政府", 2023, "2024-01-23",
                                   title="洭口镇2023年政府信息公开工作年度报告"))
        self.notice(c23, "洭溪县2023年法治政府建设年度报告", 2023, "2024-03-20")
        self.article(c22, make_doc(rng, OWNER, 2022, "2023-01-30"))
        self.article(c22, make_doc(rng, "洭溪县教育局", 2022, "2023-01-19"))
        for year, date in ((2021, "2022-01-27"), (2020, "2021-01-28"), (2019, "2020-01-22")):
            self.article(c21, make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.notice(c21, "洭溪县2021年政务公开工作要点", 2021, "2021-04-16")
        tabs = "".join(f'<li><a href="/col/col{c}/index.html">{y}</a></li>' for c, y in YEARS.items())
        self.put(HOST, f"/col/col{TOP}/index.html", frame("政府信息公开年报", (
            f'<div class="kx-pos">您的位置：<a href="/">首页</a> &gt; <a href="/col/col1229604002/index.html">政务公开'
            f'</a> &gt; 政府信息公开年报</div><h2>政府信息公开年报</h2><ul class="nb-years">{tabs}</ul><p class="kx'
            '-tip">'
            '请选择年度查看。</p>'), '<meta name="ColumnName" content="政府信息公开年报">'))
        for col, label in YEARS.items():
            recs = sorted(self.records[col], reverse=True)
            self.records[col] = recs
            store = "".join(f"<record><![CDATA[{r}]]></record>\n" for _, r in recs[:PER])
            inner = (
                f'<div class="kx-pos">您的位置：<a href="/">首页</a> &gt; <a href="/col/col{TOP}/index.html">政府信'
                '息公开'
                f'年报</a> &gt; {label}</div><div id="{UNIT}"><script type="text/xml"><datastore><recordset>\n{store}'
                f'</recordset></datastore></script></div><script>$(\'#{UNIT}\').jpage({{perPage: {PER}, totalRecord: '
                f"{len(recs)}, proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: {{col: 1, appid: 1, webid: 3317,"
                f" path: '/', columnid: {col}, sourceContentType: 1, unitid: {UNIT}, webname: '洭溪县人民政府', "
                "permissiontype: 0}});</script>"
            )
            self.put(HOST, f"/col/col{col}/index.htm"
                           "l", frame(label, inner, f'<meta name="ColumnName" content="{label}">'))
        self.route(HOST, "/module/web/jpage/dataproxy.jsp", self.proxy)
        self.route(HOST, "/module/download/downfile.jsp", self.download)

    def page_of(self, col: int, title: str, date: str, content: str, source: str = "洭溪县人民政府办公室") -> str:
        self.art += self.rng.randint(40, 700)
        y, m, d = (int(x) for x in date.split("-"))
        path = f"/art/{y}/{m}/{d}/art_{col}_{self.art}.html"
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="pubDate" content="{date}">'
                f'<meta name="ContentSource" content="{escape(source)}">')
        inner = (f'<div class="kx-pos">您的位置：<a href="/">首页</a> &gt; <a href="/col/col{col}/index.html">'
                 f'{YEARS[col]}'
                 f'</a></div><div class="kx-art"><h1>{escape(title)}</h1><div class="kx-info">发布日期：{date}　信'
                 '息来源：'
                 f'{escape(source)}　访问次数：<span id="c"></span></div><div id="zoom"><!--<$[信息内容]>begin-->'
                 f'{content}'
                 '<!--<$[信息内容]>end--></div><div class="kx-tool"><a href="javascript:window.print()">打印</a> <a'
                 ' href="'
                 'javascript:window.close()">关闭</a></div></div>')
        url = self.put(HOST, path, frame(title, inner, head))
        self.records[col].append((date, f'<div class="nb-li"><a href="{path}" target="_blank" title="{escape(title)}">'
                                        f'{escape(title)}</a><b>[{date}]</b></div>'))
        return url

    def article(self, col: int, doc: ReportDoc) -> None:
        content = body_html(doc, word_para, word_cell, '<table border="1" cellspacing="0" cellpadding="0" width="620">')
        self.report(SITE, self.page_of(col, doc.title, doc.published_date or "", content, doc.agency_name), doc)

    def file(self, col: int, doc: ReportDoc, ext: str) -> None:
        name = f"{self.rng.getrandbits(128):032x}.{ext}"
        self.files[name] = (doc, ext)
        link = f"/module/download/downfile.jsp?classid=0&filename={name}&showname={quote(doc.title + '.' + ext)}"
        content = f'<p>{escape(doc.title)}全文请见附件：<a href="{escape(link)}">{escape(doc.title)}.{ext}</a></p>'
        url = self.page_of(col, doc.title, doc.published_date or "", content)
        self.report(SITE, url, doc, media_type=OFD if ext == "ofd" else DOCX, report_url=f"http://{HOST}{link}")

    def notice(self, col: int, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(col, title, date, content), title)

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("filename"))
        if found is None:
            return Response(200, "<html><body>文件不存在或已被删除！</body></html"
                                 ">".encode(), "text/html; charset=utf-8")
        doc, ext = found
        body = render_ofd(doc, random.Random(doc.title)) if ext == "ofd" else render_docx(doc)
        return Response(200, body, OFD if ext == "ofd" else DOCX)

    def proxy(self, request: Request) -> Response:
        params = dict(request.query)
        if request.body:
            params.update(parse_qs(request.body.decode("utf-8", "replace")))

        def get(name: str, default: str = "") -> str:
            return params.get(name, [default])[0]

        col = int(get("columnid", "0")) if get("columnid", "0").isdigit() else 0
        recs = self.records.get(col, []) if get("unitid") == str(UNIT) else []
        if get("startrecord").isdigit():
            start = int(get("startrecord"))
            end = int(get("endrecord")) if get("endrecord").isdigit() else start + PER - 1
            window = recs[start - 1 : end]
        else:
            page = int(get("page", "1")) if get("page", "1").isdigit() else 1
            window = recs[(page - 1) * PER : page * PER]
        body = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><datastore><totalrecord>{len(recs)}</totalrecord><total"
                "page>"
                f"{-(-len(recs) // PER)}</totalpage><recordset>"
                + "".join(f"<record><![CDATA[{r}]]></record>" for _, r in window) + "</recordset></datastore>")
        return Response(200, body.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebKuangxi]
