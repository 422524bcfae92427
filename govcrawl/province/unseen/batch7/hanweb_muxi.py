"""穆溪县 (www.muxi.gov.test): Hanweb JPaaS whose jpage records are rows of a four-column table and
whose proxy pages by ``?page=N``.

The column ``/col/col1229607311/index.html`` embeds the first page (5 records) in its ``<script
type="text/xml"><datastore>``; each record is a ``<tr>`` (序号 | 标题 | 发布机构 | 日期) and the widget
wraps them with ``dataBefore: '<table class="hw-tb">'``.  The config is a ``.jpage({…})`` call with
``totalRecord`` and ``perPage``; its proxy ``/module/web/jpage/dataproxy.jsp`` is called in the GET
style (portals.md §1.3: ``?page=2&appid=1&webid=…&columnid=…&unitid=…``) and ignores record windows.
Article URLs mix the classic ``/art/YYYY/M/D/art_<col>_<id>.html`` with the JPaaS
``/col/col<col>/art/YYYY/art_<32 hex>.html`` (one column carrying both, portals.md §1.3).  Bodies
in ``div#zoom`` bracketed by ``<meta name="ContentStart">``/``ContentEnd``; the 2024 county report
is a .docx and the 2023 health commission's a PDF, each linked from a ``div.fj-box`` *below*
``#zoom`` via ``downfile.jsp``.  Titles: year first ("2022年穆溪县人民政府信息公开工作年度报告"),
"…政府信息公开年度报告" without 工作.  Decoys: a 函, 工作要点.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import quote

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

HOST = "www.muxi.gov.test"
SITE = "muxi-gov"
OWNER = "穆溪县人民政府"
COLUMN = 1229607311
UNIT = 5533210
WEBID = 3381
PER_PAGE = 5


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<meta name="SiteName" content="穆溪县人民政府"><meta name="SiteIDCode" content="9831120003">{metas}'
        f'<title>{escape(title)}</title><script src="/module/jslib/jquery/jquery.js"></script>'
        '<script src="/module/jslib/jpage/jpage.js"></script><link rel="stylesheet" href="/css/mx.css"></head><body>'
        '<div class="mx-head"><div class="mx-w"><img src="/picture/0/mx_logo.png" alt="穆溪县人民政府">'
        '<div class="mx-nav"><a href="/">首页</a><a href="/col/col1229607000/index.html">政务公开</a>'
        '<a href="/col/col1229607100/index.html">政务服务</a><a href="/col/col1229607200/index.html">政民互动</a>'
        "</div></div></div>"
        f'<div class="mx-w mx-body">{inner}</div>'
        '<div class="mx-foot">主办单位：穆溪县人民政府办公室　网站标识码：9831120003　未ICP备11021733号'
        '<script src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div></body></html>'
    )


class HanwebMuxi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.art = 7_310_550
        self.records: list[tuple[str, str, str, str]] = []  # (date, path, title, agency)
        self.files: dict[str, str] = {}  # downfile name -> path of the file
        self.article(
            make_doc(rng, OWNER, 2020, "2021-01-28", version="v2019", title="2020年穆溪县人民政府信息公开工作年度报告")
        )
        self.article(make_doc(rng, OWNER, 2021, "2022-01-26", title="2021年穆溪县人民政府信息公开工作年度报告"))
        self.article(
            make_doc(rng, OWNER, 2022, "2023-01-29", title="2022年穆溪县人民政府信息公开工作年度报告"), jpaas=True
        )
        self.article(
            make_doc(rng, "穆溪县教育局", 2022, "2023-01-18", title="穆溪县教育局2022年度政府信息公开年度报告")
        )
        self.notice("穆溪县人民政府办公室关于做好2023年度政府信息公开工作年度报告编制发布工作的函", 2023, "2023-12-11")
        self.article(
            make_doc(rng, OWNER, 2023, "2024-01-25", title="2023年穆溪县人民政府信息公开工作年度报告"), jpaas=True
        )
        self.attached(make_doc(rng, "穆溪县卫生健康局", 2023, "2024-01-19"), "pdf")
        self.notice("穆溪县2024年政务公开工作要点", 2024, "2024-03-27")
        self.article(
            make_doc(rng, "穆溪县教育局", 2023, "2024-01-16", title="穆溪县教育局2023年度政府信息公开年度报告"),
            jpaas=True,
        )
        self.attached(
            make_doc(rng, OWNER, 2024, "2025-01-24", title="2024年穆溪县人民政府信息公开工作年度报告"), "docx"
        )
        self.article(make_doc(rng, "穆溪县市场监督管理局", 2024, "2025-01-20"), jpaas=True)
        self.records.sort(reverse=True)
        self.put(HOST, f"/col/col{COLUMN}/index.html", self.column_page())
        self.route(HOST, "/module/web/jpage/dataproxy.jsp", self.proxy)
        self.route(HOST, "/module/download/downfile.jsp", self.download)

    def path(self, date: str, jpaas: bool) -> str:
        self.art += self.rng.randint(100, 5000)
        y, m, d = (int(x) for x in date.split("-"))
        if jpaas:
            return f"/col/col{COLUMN}/art/{y}/art_{self.rng.getrandbits(128):032x}.html"
        return f"/art/{y}/{m}/{d}/art_{COLUMN}_{self.art}.html"

    def page_of(self, title: str, date: str, source: str, body: str, after: str = "") -> str:
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 09:30">'
            f'<meta name="ContentSource" content="{escape(source)}"><meta name="Keywords" content="政府信息公开年报">'
        )
        inner = (
            f'<div class="mx-pos">您当前所在位置：<a href="/">首页</a> &gt; <a href="/col/col1229607000/index.html">'
            f'政务公开</a> &gt; <a href="/col/col{COLUMN}/index.html">政府信息公开年报</a></div>'
            f'<div class="mx-art"><div class="mx-title">{escape(title)}</div><div class="mx-info">'
            f"发布时间：{date}　信息来源：{escape(source)}　浏览次数："
            f'<script src="/module/visitcount/articlehits.jsp?colid={COLUMN}&artid={self.art}"></script></div>'
            '<div id="zoom"><!--<$[信息内容]>begin--><meta name="ContentStart">'
            f'{body}<meta name="ContentEnd"><!--<$[信息内容]>end--></div>{after}</div>'
        )
        return frame(f"穆溪县人民政府 政府信息公开年报 {title}", inner, metas)

    def publish(self, title: str, date: str, source: str, body: str, after: str = "", jpaas: bool = False) -> str:
        path = self.path(date, jpaas)
        self.records.append((date, path, title, source))
        return self.put(HOST, path, self.page_of(title, date, source, body, after))

    def article(self, doc: ReportDoc, jpaas: bool = False) -> None:
        body = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="0" width="100%">')
        self.report(SITE, self.publish(doc.title, doc.published_date or "", doc.agency_name, body, jpaas=jpaas), doc)

    def attached(self, doc: ReportDoc, kind: str) -> None:
        hexname = f"{self.rng.getrandbits(128):032x}.{kind}"
        path = f"/module/download/downfile/{hexname}"
        if kind == "pdf":
            self.put_pdf(HOST, path, doc)
        else:
            self.put(HOST, path, render_docx(doc), DOCX)
        self.files[hexname] = path
        link = f"/module/download/downfile.jsp?classid=0&filename={hexname}&showname={quote(doc.title + '.' + kind)}"
        after = (
            f'<div class="fj-box"><span class="fj-tit">附件下载：</span><a href="{escape(link)}" target="_blank">'
            f"{escape(doc.title)}.{kind}</a></div>"
        )
        body = "<p>　　见附件。</p>"
        url = self.publish(doc.title, doc.published_date or "", doc.agency_name, body, after)
        self.report(SITE, url, doc, media_type=PDF if kind == "pdf" else DOCX, report_url=f"http://{HOST}{link}")

    def download(self, request: Request) -> Response:
        path = self.files.get(request.param("filename"))
        if path is None:
            return Response(200, "<script>alert('文件不存在');</script>".encode(), "text/html; charset=utf-8")
        handler = self.dynamic.get((HOST, path))
        found = handler(request) if handler else self.pages[(HOST, path)]
        return Response(200, found.body, found.content_type, {"Content-Disposition": "attachment"})

    def notice(self, title: str, year: int, date: str) -> None:
        body = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.publish(title, date, "穆溪县人民政府办公室", body), title)

    def record_html(self, n: int) -> str:
        date, path, title, agency = self.records[n]
        return (
            f'<tr><td class="xh">{n + 1}</td><td class="bt"><a href="{path}" target="_blank" title="{escape(title)}">'
            f'{escape(title)}</a></td><td class="jg">{escape(agency)}</td><td class="rq">{date}</td></tr>'
        )

    def datastore(self, first: int, last: int, totals: bool) -> str:
        rows = "".join(f"<record><![CDATA[{self.record_html(n)}]]></record>\n" for n in range(first, last))
        total = len(self.records)
        head = f"<totalrecord>{total}</totalrecord><totalpage>{-(-total // PER_PAGE)}</totalpage>" if totals else ""
        return f"<datastore>{head}\n<recordset>\n{rows}</recordset>\n</datastore>"

    def column_page(self) -> str:
        inner = (
            '<div class="mx-pos">您当前所在位置：<a href="/">首页</a> &gt; <a href="/col/col1229607000/index.html">'
            '政务公开</a> &gt; 政府信息公开年报</div><div class="mx-side"><a href="/col/col1229607301/index.html">'
            '政府信息公开指南</a><a href="/col/col1229607302/index.html">政府信息公开制度</a>'
            f'<a class="on" href="/col/col{COLUMN}/index.html">政府信息公开年报</a></div><div class="mx-list">'
            '<div class="mx-th"><span>序号</span><span>标题</span><span>发布机构</span><span>日期</span></div>'
            f'<div id="{UNIT}"><script type="text/xml">{self.datastore(0, min(PER_PAGE, len(self.records)), False)}'
            "</script></div><script>\n"
            f"$('#{UNIT}').jpage({{ dataStore: null, perPage: {PER_PAGE}, totalRecord: {len(self.records)},\n"
            "  dataBefore: '<table class=\"hw-tb\" width=\"100%\">', dataAfter: '</table>', showMode: 'simple',\n"
            "  proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxType: 'get',\n"
            f"  ajaxParam: {{ appid: 1, webid: {WEBID}, path: '/', columnid: {COLUMN}, unitid: {UNIT},\n"
            "    webname: '穆溪县人民政府', permissiontype: 0 } });\n</script></div>"
        )
        return frame("穆溪县人民政府 政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')

    def proxy(self, request: Request) -> Response:
        page = request.param("page")
        if request.param("columnid") != str(COLUMN) or not page.isdigit():
            return Response(200, b"<datastore>\n<recordset>\n</recordset>\n</datastore>", "text/xml; charset=utf-8")
        first = (max(1, int(page)) - 1) * PER_PAGE
        last = min(first + PER_PAGE, len(self.records))
        return Response(200, self.datastore(first, max(first, last), True).encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebMuxi]
