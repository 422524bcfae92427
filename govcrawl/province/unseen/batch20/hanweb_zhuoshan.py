"""涿山县 (www.zhuoshan.gov.test): a Hanweb column whose rows sit in a ``<script type="text/xml">``
``<datastore>`` holding only the first ten records of thirteen, the rest served by the jpage
``dataproxy.jsp`` (POST, ``startrecord`` / ``endrecord`` / ``perpage`` in the query, the column's
fields in the body), and whose 2019 report is a PDF of page scans behind ``downfile.jsp``.

``/col/col4417/index.html``: ``<datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?
page=1&appid=1&webid=2&path=/&columnid=4417&unitid=10233&webname=涿山县人民政府&permissiontype=0"></a>]]>
</nextgroup><recordset><record><![CDATA[<li>…</li>]]></record>…</recordset></datastore>`` and the jpage
script ``{unitid:'10233', totalRecord:'13', perPage:'5', …}``.  Articles are
``/art/YYYY/M/D/art_4417_<id>.html``; PDFs are ``/module/download/downfile.jsp?classid=0&filename=….pdf``
with ``Content-Disposition``.  Rows show the title and a ``[YYYY-MM-DD]`` date.

Reports (9): 涿山县人民政府 2019–2024 (2019 an image-only scan PDF; 2022 PDF), 涿山县发展和改革局 2024,
涿山县水利局 2022, 涿山县涿城街道办事处 2023.  Decoys (4): 关于做好2024年度政府信息公开工作年度报告编制发布工作的函,
涿山县2023年度政府信息公开工作年度报告发布公告, 涿山县2024年度法治政府建设年度报告, 涿山县2023年度县级决算.
"""

from __future__ import annotations

import random
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch20._site import Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.zhuoshan.gov.test"
SITE = "zhuoshan-gov"
OWNER = "涿山县人民政府"
COL = "4417"
HELD = 10
PER = 5


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="涿山县人民政府">'
        f'<meta name="ColumnName" content="政府信息公开年报"><title>{esc(title)}</title>'
        '<script src="/script/0/1809201153394788.js"></script></head><body><div class="zs-top">欢迎访问涿山县人民政府'
        '门户网站'
        ' <a href="/col/col4001/index.html">English</a></div><div class="zs-nav"><a href="/">网站首页</a><a href="/col/'
        'col4100/index.html">政务公开</a><a href="/col/col4200/index.html">政务服务</a></div>'
        f'{inner}<div class="zs-foot">主办单位：涿山县人民政府办公室　网站标识码：9870030001</div></body></html>'
    )


def record(href: str, title: str, date: str) -> str:
    return (f'<record><![CDATA[<li><a href="{href}" target="_blank" title="{esc(title)}">{esc(title)}</a>'
            f'<span class="bt-data-time">[{date}]</span></li>]]></record>')


class HanwebZhuoshan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 151_500

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.files: dict[str, str] = {}
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2020, 21), (2021, 24), (2023, 26), (2024, 20)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"涿山县{year}年政府信息公开工作年度报告"))
        self.file(self.doc(OWNER, 2019, "2020-01-23", "涿山县2019年政府信息公开工作年度报告"), "scan")
        self.file(self.doc(OWNER, 2022, "2023-01-18", "涿山县2022年政府信息公开工作年度报告"), "pdf")
        self.article(self.doc("涿山县发展和改革局", 2024, "2025-01-15", "涿山县发展和改革局2024年政府信息公开工作年度"
                                                               "报告"))
        self.article(self.doc("涿山县水利局", 2022, "2023-01-13", "涿山县水利局2022年度政府信息公开工作年度报告"))
        self.article(self.doc("涿山县涿城街道办事处", 2023, "2024-01-17", "涿城街道2023年政府信息公开工作年度报告"))
        for title, year, date in (("关于做好2024年度政府信息公开工作年度报告编制发布工作的函", 2024, "2024-12-12"),
                                  ("涿山县2023年度政府信息公开工作年度报告发布公告", 2023, "2024-01-27"),
                                  ("涿山县2024年度法治政府建设年度报告", 2024, "2025-03-14"),
                                  ("涿山县2023年度县级决算", 2023, "2024-09-10")):
            self.decoy(SITE, self.page(title, date, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(key=lambda r: r[2], reverse=True)
        self.put(HOST, f"/col/col{COL}/index.html", self.column())
        self.route(HOST, "/module/web/jpage/dataproxy.jsp", self.proxy)

    def page(self, title: str, date: str, content: str) -> str:
        y, m, d = (int(x) for x in date.split("-"))
        path = f"/art/{y}/{m}/{d}/art_{COL}_{self.next_id()}.html"
        inner = (f'<div class="zs-pos">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{COL}/index.html">政府信息'
                 f'公开年报</a></div><div class="zs-art"><h1>{esc(title)}</h1><div class="zs-info">发布日期：{date}'
                 f'　信息来源：涿山县人民政府办公室</div><div id="zoom">{content}</div></div>')
        url = self.put(HOST, path, frame(title, inner))
        self.rows.append((path, title, date))
        return url

    def article(self, doc: ReportDoc) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", self.body(doc)), doc)

    def file(self, doc: ReportDoc, kind: str) -> None:
        name = f"{(doc.published_date or '').replace('-', '')}{self.rng.randrange(10**6):06d}.pdf"
        path = "/module/download/downfile.jsp"
        link = f"{path}?classid=0&filename={name}"
        url = self.page(doc.title, doc.published_date or "",
                        f'<p>附件：<a href="{link}">{esc(doc.title)}.pdf</a></p>')
        self.files[name] = self.attach(HOST, f"/_files/{name}", doc, kind, quote(doc.title + ".pdf"))
        self.report(SITE, url, doc, media_type="application/pdf", report_url=f"http://{HOST}{link}",
                    flags=("image_only",) if kind == "scan" else ())

    def proxy(self, request: Request) -> Response:
        start = int(request.query.get("startrecord", ["1"])[0])
        end = int(request.query.get("endrecord", [str(HELD)])[0])
        body = request.body.decode("utf-8", "replace")
        if request.method != "POST" or f"columnid={COL}" not in body:
            return Response(200, b"<datastore><totalrecord>0</totalrecord><recordset></recordset></datastore>",
                            "text/xml;charset=UTF-8")
        rows = "".join(record(*r) for r in self.rows[start - 1:end])
        xml = f"<datastore><totalrecord>{len(self.rows)}</totalrecord><recordset>{rows}</recordset></datastore>"
        return Response(200, xml.encode(), "text/xml;charset=UTF-8")

    def column(self) -> str:
        nextgroup = ('<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=2&path=/&columnid=4417&unitid=10233'
                     '&webname=涿山县人民政府&permissiontype=0"></a>')
        rows = "".join(record(*r) for r in self.rows[:HELD])
        data = (f'<div id="10233"><script type="text/xml"><datastore><nextgroup><![CDATA[{nextgroup}]]></nextgroup>'
                f'<recordset>{rows}</recordset></datastore></script><script language="javascript" src="/module/web/'
                'jpage/jpage.js"></script><script>$(document).ready(function(){ $("#10233").jpage({unitid:\'10233\','
                f"dataStore:dataStore, totalRecord:'{len(self.rows)}', perPage:'{PER}', groupSize:'2', proxyUrl:'/mod"
                "ule/"
                "web/jpage/dataproxy.jsp', barPosition:'bottom', ajaxParam:{col:1, appid:1, webid:2, path:'/', "
                f"columnid:{COL}, sourceContentType:1, unitid:10233, webname:'涿山县人民政府', permissiontype:0}}}});"
                '});</script></div>')
        inner = (f'<div class="zs-pos">当前位置：<a href="/">首页</a> &gt; <a href="/col/col4100/index.html">政务公开'
                 '</a>'
                 f' &gt; 政府信息公开年报</div><div class="zs-list">{data}</div>')
        return frame("政府信息公开年报 涿山县人民政府", inner)

    def handle(self, request: Request) -> Response:
        if request.path == "/module/download/downfile.jsp":
            name = request.query.get("filename", [""])[0]
            if name in self.files:
                return self.dynamic[(HOST, f"/_files/{name}")](request)
            return Response(404, "<html><body>文件不存在</body></html>".encode(), "text/html; charset=utf-8")
        return super().handle(request)


PORTALS = [HanwebZhuoshan]
