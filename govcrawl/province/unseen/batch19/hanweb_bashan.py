"""岜山县 (www.bashan.gov.test): a Hanweb (大汉) county column whose list is a ``<script
type="text/xml"><datastore>`` island holding the first records, the rest behind the ``jpage`` data
proxy that the island's ``<nextgroup>`` names, and whose 乡镇 reports are PDFs linked straight from the
records.

``/col/col2318840/index.html`` holds a ``<div id="2318840">`` with ``<script type="text/xml">
<datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=61&path=/&columnid=
2318840&unitid=7741&webname=岜山县人民政府&permissiontype=0"></a>]]></nextgroup><recordset><record>
<![CDATA[<li><a href="/art/2025/1/21/art_2318840_8815.html" …>…</a><span>2025-01-21</span></li>]]>
</record>…</recordset></datastore></script>`` — six records — plus the ``jpage`` call with
``totalRecord:13, perPage:6``.  The proxy answers ``startrecord=7&endrecord=12&perpage=6`` (and so on)
with the same datastore XML (``<totalrecord>13</totalrecord>``); GET or POST.  Articles
``/art/YYYY/M/D/art_2318840_<id>.html`` (no zero-padding) carry ``<meta name="ContentSource">`` and a
``table.xxgk_table`` (索引号 / 发布机构 / 公开方式 …).  The 乡镇 records link PDFs directly:
``/module/download/downfile.jsp?classid=0&filename=<hex>.pdf``, titled "岜阳镇2024年…（PDF）".

Reports (10): 岜山县人民政府 2020–2024 (2020 old template), 岜山县卫生健康局 2023, 2024, 岜山县岜阳镇人民政府
2024 (PDF), 岜山县龙岗乡人民政府 2023 (PDF), 岜山县市场监督管理局 2024.  Decoys (3): 2024年政府网站工作年度
报表, 岜山县2023年度法治政府建设年度报告, 关于做好2024年度政府信息公开工作年度报告编制发布工作的通知.
"""

from __future__ import annotations

import hashlib
import random
from html import escape
from urllib.parse import parse_qs

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch19._files import PDF, FilePortal
from govcrawl.province.unseen.kit import Handler
from govcrawl.synth.model import ReportDoc

HOST = "www.bashan.gov.test"
SITE = "bashan-gov"
OWNER = "岜山县人民政府"
COL = 2318840
PER = 6
PROXY = "/module/web/jpage/dataproxy.jsp"


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="'
        f'SiteName" content="岜山县人民政府"><meta name="SiteDomain" content="{HOST}"><meta name="SiteIdcode" content="'
        f'9869020004">{head}<title>{escape(title)}</title><script language="javascript" src="/script/0/jquery.js">'
        '</script><script src="/module/jslib/jquery/jpage/jquery.page.min.js"></script></head><body><div class="bs-'
        'top"><span id="today"></span><a href="javascript:;" id="jianfan">繁体</a><a href="javascript:;" id="toolbar'
        'Btn">无障碍</a></div><div class="bs-logo"><img src="/picture/0/bs_logo.png" alt=""></div><div class="bs-nav">'
        '<a href="/">首页</a><a href="/col/col2318001/index.html">政务公开</a><a href="/col/col2318002/index.html">'
        f'政务服务</a><a href="/col/col2318003/index.html">政民互动</a></div>{inner}<div class="bs-foot"><p>岜山县人民'
        f'政府'
        '办公室 主办　<a href="/col/col2318099/index.html">网站地图</a></p><p>网站标识码：9869020004　未ICP备13002157号'
        '</p><script src="/script/0/conac.js"></script></div></body></html>'
    )


class HanwebBashan(FilePortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.id = 8600
        self.records: list[tuple[str, str]] = []  # (date, record html)
        self.files: dict[str, Handler] = {}
        for year, date in ((2020, "2021-01-29"), (2021, "2022-01-27"), (2022, "2023-01-20"), (2023, "2024-01-29"),
                           (2024, "2025-01-21")):
            self.article(self.doc(OWNER, year, date, f"岜山县{year}年政府信息公开工作年度报告"), "岜山县人民政府办公室")
        for year, date in ((2023, "2024-01-17"), (2024, "2025-01-14")):
            self.article(self.doc("岜山县卫生健康局", year, date, f"岜山县卫生健康局{year}年政府信息公开工作年度报告"),
                         "岜山县卫生健康局")
        self.article(self.doc("岜山县市场监督管理局", 2024, "2025-01-16",
                              "岜山县市场监督管理局2024年度政府信息公开工作年度报告"), "岜山县市场监督管理局")
        self.pdf(self.doc("岜山县岜阳镇人民政府", 2024, "2025-01-10", "岜阳镇2024年政府信息公开工作年度报告"))
        self.pdf(self.doc("岜山县龙岗乡人民政府", 2023, "2024-01-11", "龙岗乡2023年政府信息公开工作年度报告"))
        for title, year, date in (("岜山县人民政府2024年政府网站工作年度报表", 2024, "2025-01-13"),
                                  ("岜山县2023年度法治政府建设年度报告", 2023, "2024-03-29"),
                                  ("关于做好2024年度政府信息公开工作年度报告编制发布工作的通知", 2024, "2024-12-16")):
            url = self.page_of(title, date, "岜山县人民政府办公室", self.notice_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.records.sort(key=lambda r: r[0], reverse=True)
        self.put(HOST, f"/col/col{COL}/index.html", self.column())
        self.route(HOST, PROXY, self.proxy)

    def page_of(self, title: str, date: str, source: str, content: str) -> str:
        self.id += self.rng.randint(3, 60)
        y, m, d = (int(x) for x in date.split("-"))
        path = f"/art/{y}/{m}/{d}/art_{COL}_{self.id}.html"
        box = (
            f'<table class="xxgk_table"><tr><td>索引号：</td><td>11869902MB{self.id:05d}/{y}-'
            f'0{self.rng.randint(10, 99)}'
            f'</td><td>分类：</td><td>政府信息公开年报</td></tr><tr><td>发布机构：</td><td>{escape(source)}</td><td>发文'
            f'日期：</td><td>{date}</td></tr><tr><td>公开方式：</td><td>主动公开</td><td>公开范围：</td><td>面向社会</td>'
            '</tr></table>'
        )
        inner = (f'<div class="bs-wz">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{COL}/index.html">政府信息'
                 f'公开'
                 f'年报</a></div><div class="bs-art">{box}<div class="bs-title">{escape(title)}</div><div id="zoom">'
                 f'{content}</div></div>')
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 08:40">'
                f'<meta name="ContentSource" content="{escape(source)}"><meta name="ColumnName" content="政府信息公开'
                f'年报">')
        url = self.put(HOST, path, frame(title, inner, head))
        self.records.append((date, self.record(path, title, date)))
        return url

    @staticmethod
    def record(href: str, title: str, date: str) -> str:
        return (f'<li><a href="{href}" target="_blank" title="{escape(title)}">{escape(title)}</a><span>{date}</span>'
                '</li>')

    def article(self, doc: ReportDoc, source: str) -> None:
        body = self.body(doc, "upper" if doc.year < 2022 else "plain")
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, body), doc)

    def pdf(self, doc: ReportDoc) -> None:
        path = "/module/download/downfile.jsp"
        name = hashlib.sha1(doc.title.encode()).hexdigest()[:24] + ".pdf"
        url = f"{path}?classid=0&filename={name}"
        pdf = self.pdf_handler(doc)
        self.files[name] = pdf
        self.route(HOST, path, self.download)
        date = doc.published_date or ""
        self.records.append((date, self.record(url, doc.title + "（PDF）", date)))
        self.report(SITE, f"http://{HOST}{url}", doc, media_type=PDF)

    def download(self, request: Request) -> Response:
        handler = self.files.get(request.param("filename"))
        if handler is None:
            return Response(404, "文件不存在".encode(), "text/html; charset=utf-8")
        return handler(request)

    def datastore(self, chunk: list[tuple[str, str]]) -> str:
        records = "".join(f"<record><![CDATA[{r}]]></record>" for _, r in chunk)
        return (f"<datastore><nextgroup><![CDATA[<a href=\"{PROXY}?page=1&webid=61&path=/&columnid={COL}&unitid=7741&"
                f"webname=岜山县人民政府&permissiontype=0\"></a>]]></nextgroup><recordset>{records}</recordset>"
                "</datastore>")

    def column(self) -> str:
        total = len(self.records)
        inner = (
            f'<div class="bs-wz">当前位置：<a href="/">首页</a> &gt; <a href="/col/col2318001/index.html">政务公开</a>'
            f' &gt;'
            f' 政府信息公开年报</div><div class="bs-list"><h3>政府信息公开年报</h3><div id="{COL}"><script type="text/'
            f'xml">'
            f'{self.datastore(self.records[:PER])}</script></div><script>$("#{COL}").jpage({{dataStore: null, '
            f'dataBefore: "<ul class=\\"bs-ul\\">", dataAfter: "</ul>", proxyUrl: "{PROXY}", perPage: {PER}, '
            f'totalRecord: {total}, groupSize: 1, barPosition: "bottom", ajaxParam: {{col: 1, appid: 1, webid: 61, '
            f'path: "/", columnid: {COL}, sourceContentType: 1, unitid: 7741, webname: "岜山县人民政府", '
            'permissiontype: 0}});</script></div>'
        )
        return frame("政府信息公开年报 岜山县人民政府", inner)

    def proxy(self, request: Request) -> Response:
        form = dict(request.query)
        if request.body:
            form.update(parse_qs(request.body.decode("utf-8", "replace")))

        def value(name: str, default: int) -> int:
            try:
                return int(form.get(name, [str(default)])[0])
            except ValueError:
                return default

        if form.get("columnid", [""])[0] != str(COL):
            return Response(200, b"<datastore><totalrecord>0</totalrecord><recordset></recordset></datastore>",
                            "text/xml; charset=utf-8")
        start = max(1, value("startrecord", 1))
        end = value("endrecord", start + PER - 1)
        chunk = self.records[start - 1:end]
        records = "".join(f"<record><![CDATA[{r}]]></record>" for _, r in chunk)
        xml = (f"<datastore><totalrecord>{len(self.records)}</totalrecord><totalpage>"
               f"{-(-len(self.records) // PER)}</totalpage><recordset>{records}</recordset></datastore>")
        return Response(200, xml.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebBashan]
