"""浉河县 (www.shihe.gov.test): Hanweb JPaaS whose 年报 column is a table with a 发布机构 column — the
department rows' links say only "2023年度政府信息公开工作年度报告", the unit named in that column and in
the article — and whose attachments come from the download gateway with a Content-Disposition name.

``/col/col1229418806/index.html``: ``<table class="hw-table">`` with a header row (标题 / 发布机构 /
发布日期) and its body rows inside a ``<script type="text/xml"><datastore>`` — each ``<record>`` a
CDATA ``<tr><td class="bt"><a href=… title=…>…</a></td><td class="jg">县自然资源局</td><td>date</td></tr>``,
the first 5 of 11.  ``$('#hw4188').jpage({ … proxyUrl: '/module/web/jpage/dataproxy.jsp', perPage: 5,
totalRecord: 11, groupSize: 3, ajaxParam: {col: 1, appid: 1, webid: 78, path: '/', columnid:
1229418806, sourceContentType: 1, unitid: 4188, webname: '浉河县人民政府', permissiontype: 0}})`` —
the proxy answers a POST record window (``?startrecord=&endrecord=&perpage=``, body the
``ajaxParam``) and also ``?page=N&…`` by GET, with ``<totalrecord>``/``<totalpage>``.  Article URLs are
the JPaaS ones ``/col/col1229418806/art/<YYYY>/art_<32 hex>.html`` with the body in ``div#zoom``
between ``<meta name="ContentStart">``/``<meta name="ContentEnd">``; the 2022 and 2024 county reports
are PDFs linked as ``/module/download/downfile.jsp?classid=0&filename=<hex>.pdf&showname=…``, answered
with ``Content-Disposition: attachment; filename="<hex>.pdf"``.

Reports: 浉河县人民政府 2019–2024 (2019–2020 old template), 浉河县自然资源局 2023 and 2024 and 浉河县
水利局 2024 (list text "2024年度政府信息公开工作年度报告", full title "浉河县水利局2024年度…" in the article's
``<h1>`` and ``ArticleTitle``) — 9.  Decoys: the 2023 report's 解读 (图文解读), a 2022 年度部门预算.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import parse_qs, quote

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

HOST = "www.shihe.gov.test"
SITE = "shihe-gov"
OWNER = "浉河县人民政府"
COLUMN = "1229418806"
COL = f"/col/col{COLUMN}/"
PROXY = "/module/web/jpage/dataproxy.jsp"
PER_PAGE = 5
PARAMS = {"col": "1", "appid": "1", "webid": "78", "path": "/", "columnid": COLUMN, "sourceContentType": "1",
          "unitid": "4188", "webname": "浉河县人民政府", "permissiontype": "0"}


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="SiteName" content="浉河县人民政府">'
        f'<meta name="SiteIDCode" content="9861110004">{metas}<title>浉河县人民政府 {escape(title)}</title>'
        '<script src="/module/jslib/jquery/jquery.js"></script><script src="/module/jslib/jpage/jpage.js"></script>'
        '</head><body><div class="hw-top"><a href="/">浉河县人民政府</a><span>今天是：<script>document.write(new Date()'
        '.toLocaleDateString())</script></span><a href="javascript:;" onclick="kqNav()">无障碍</a></div><div class='
        '"hw-nav"><a href="/">首页</a><a href="/col/col1229418800/index.html">政府信息公开</a><a href="/col/col12294'
        f'18700/index.html">政务服务</a></div><div class="hw-body">{inner}</div><div class="hw-foot">浉河县人民政府'
        '办公室主办　网站标识码：9861110004　未ICP备13008812号-1<br>技术支持：大汉网络</div></body></html>'
    )


class HanwebShihe(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.records: list[tuple[str, str]] = []  # date, <tr> fragment
        self.pdfs: dict[str, Handler] = {}
        for year, date in ((2019, "2020-01-17"), (2020, "2021-01-22"), (2021, "2022-01-21"), (2023, "2024-01-24")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"), "县政府办")
        self.file(make_doc(rng, OWNER, 2022, "2023-01-20"))
        self.file(make_doc(rng, OWNER, 2024, "2025-01-22"))
        for year, date in ((2023, "2024-01-19"), (2024, "2025-01-17")):
            self.article(make_doc(rng, "浉河县自然资源局", year, date), "县自然资源局", f"{year}年度政府信息公开工"
                f"作年度报告")
        self.article(make_doc(rng, "浉河县水利局", 2024, "2025-01-15", title="浉河县水利局2024年度政府信息公开工作"
            "年度报告"),
                     "县水利局", "2024年度政府信息公开工作年度报告")
        self.notice("图文解读：浉河县2023年政府信息公开工作年度报告", "2024-01-24", "县政府办")
        self.notice("浉河县水利局2022年度部门预算", "2022-03-10", "县水利局")
        self.records.sort(key=lambda r: r[0], reverse=True)
        self.route(HOST, COL + "index.html", lambda r: Response(200, self.column().encode()))
        self.route(HOST, PROXY, self.proxy)
        self.route(HOST, "/module/download/downfile.jsp", self.download)

    def page_of(self, title: str, date: str, unit: str, content: str, text: str | None = None) -> str:
        y, m, d = (int(x) for x in date.split("-"))
        path = f"{COL}art/{y}/art_{self.rng.getrandbits(128):032x}.html"
        metas = f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="pubDate" content="{date}">'
        inner = (f'<div class="hw-pos">当前位置：<a href="/">首页</a> &gt; <a href="{COL}index.html">政府信息公开'
            f'年报</a></div>'
                 f'<h1>{escape(title)}</h1><div class="hw-xx">发布日期：{date}　信息来源：{escape(unit)}　'
                 '浏览次数：<span id="hits"></span></div><div id="zoom"><!--<$[信息内容]>begin--><meta name="Conten'
                 'tStart">'
                 f'{content}<meta name="ContentEnd"><!--<$[信息内容]>end--></div>')
        url = self.put(HOST, path, frame(title, inner, metas))
        label = text or title
        self.records.append((date, f'<tr><td class="bt"><a href="{path}" target="_blank" title="{escape(label)}">'
                                   f'{escape(label)}</a></td><td class="jg">{escape(unit)}</td><td>{y}-{m:02d}-{d:02d}'
                                   "</td></tr>"))
        return url

    def article(self, doc: ReportDoc, unit: str, text: str | None = None) -> None:
        content = body_html(doc, word_para, upper_cell, '<TABLE border=1 cellSpacing=0 cellPadding=0 width="100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", unit, content, text), doc)

    def file(self, doc: ReportDoc) -> None:
        key = f"{self.rng.getrandbits(128):032x}.pdf"
        self.pdfs[key] = self.pdf_handler(doc)
        link = f"/module/download/downfile.jsp?classid=0&filename={key}&showname={quote(doc.title + '.pdf')}"
        content = (f"<p>{escape(doc.title)}已经县政府同意，现予公开。</p><p>附件：<a href=\"{escape(link)}\">"
                   f"{escape(doc.title)}.pdf</a></p>")
        url = self.page_of(doc.title, doc.published_date or "", "县政府办", content)
        self.report(SITE, url, doc, media_type=PDF, report_url=f"http://{HOST}{link}")

    def download(self, request: Request) -> Response:
        key = request.param("filename")
        handler = self.pdfs.get(key)
        if handler is None:
            return Response(404, b"<html><body>file not found</body></html>")
        served = handler(request)
        return Response(200, served.body, PDF, {"Content-Disposition": f'attachment; filename="{key}"'})

    def notice(self, title: str, date: str, unit: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, int(title.split(""
            "年")[0][-4:]), self.rng))
        self.decoy(SITE, self.page_of(title, date, unit, content), title)

    def column(self) -> str:
        first = "".join(f"<record><![CDATA[{r}]]></record>\n" for _, r in self.records[:PER_PAGE])
        params = ", ".join(f"{k}: {v if v.isdigit() else repr(v)}" for k, v in PARAMS.items())
        inner = (
            '<div class="hw-pos">当前位置：<a href="/">首页</a> &gt; 政府信息公开 &gt; 政府信息公开年报</div>'
            '<table class="hw-table"><thead><tr><th>标题</th><th>发布机构</th><th>发布日期</th></tr></thead>'
            f'<tbody id="hw4188"><script type="text/xml"><datastore>\n<recordset>\n{first}</recordset>\n</datastore>'
            "</script></tbody></table><div id=\"hwPager\"></div>"
            f"<script>$('#hw4188').jpage({{ dataStore: '#hw4188 script', proxyUrl: '{PROXY}', perPage: {PER_PAGE}, "
            f"totalRecord: {len(self.records)}, groupSize: 3, barPosition: 'bottom', ajaxParam: {{{params}}} }});"
            "</script>"
        )
        return frame("政府信息公开年报", inner)

    def proxy(self, request: Request) -> Response:
        form = {**request.query, **parse_qs(request.body.decode("utf-8", "replace"))}
        get = {k: v[0] for k, v in form.items()}
        if get.get("columnid") != COLUMN:
            return Response(200, b"<datastore><totalrecord>0</totalrecord><recordset></recordset></datastore>",
                            "text/xml; charset=utf-8")
        if "startrecord" in get:
            start, end = int(get["startrecord"]), int(get.get("endrecord", get["startrecord"]))
        else:
            page = int(get.get("page", "1") or 1)
            start, end = (page - 1) * PER_PAGE + 1, page * PER_PAGE
        rows = "".join(f"<record><![CDATA[{r}]]></record>" for _, r in self.records[start - 1 : end])
        total = len(self.records)
        body = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><datastore><nextgroup><![CDATA[]]></nextgroup>"
                f"<totalrecord>{total}</totalrecord><totalpage>{-(-total // PER_PAGE)}</totalpage><recordset>{rows}"
                "</recordset></datastore>")
        return Response(200, body.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebShihe]
