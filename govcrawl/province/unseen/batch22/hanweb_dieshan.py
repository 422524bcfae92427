"""垤山县 (www.dieshan.gov.test): a Hanweb JCMS / JPaaS county column that carries both article styles at
once — the older reports at classic ``/art/YYYY/M/D/art_1229650113_<id>.html``, the newer at JPaaS
``/col/col1229650113/art/YYYY/art_<32 hex>.html`` — whose ``<datastore>`` island holds the first six of ten
records and whose jpage widget fetches the rest by **GET** ``/module/web/jpage/dataproxy.jsp?page=N&appid=1&
webid=3371&path=/&columnid=1229650113&unitid=4472013&permissiontype=0`` (``perPage: 6``, ``totalRecord: 10``).

Column ``/col/col1229650113/index.html``: ``<datastore><nextgroup><![CDATA[…dataproxy.jsp]]></nextgroup>
<recordset>`` of ``<record><![CDATA[<li><span>YYYY-MM-DD</span><a href="…" title="…">…</a></li>]]>``; the
proxy answers ``<datastore><totalrecord>10</totalrecord><totalpage>2</totalpage>…`` (page 1 the same six;
like the servlet it also reads POSTed form fields and a ``startrecord`` / ``endrecord`` window).
Articles: ``div#zoom`` between ``<meta name="ContentStart">`` / ``<meta name="ContentEnd">`` markers, metas
``Maketime`` / ``source``; the 2021 county report is an OFD behind ``/module/download/downfile.jsp?classid=0&
filename=<32 hex>.ofd&showname=…`` linked in ``#zoom``.  Chrome: 浙里办-style top bar, 用户登录, 长者版.

Reports (8): 垤山县人民政府 2019–2024 (2019–2020 old template; 2021 an OFD), 垤山县卫生健康局 2024,
垤山县龙潭乡人民政府 2023.  Decoys (2): 垤山县2025年政务公开工作要点, 垤山县2024年政府信息公开工作年度报告解读.
"""

from __future__ import annotations

import random
from urllib.parse import parse_qs, quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch22._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.dieshan.gov.test"
SITE = "dieshan-gov"
OWNER = "垤山县人民政府"
COL = 1229650113
PER = 6
PROXY = "/module/web/jpage/dataproxy.jsp"
DOWN = "/module/download/downfile.jsp"


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title><meta name="SiteName" '
        f'content="垤山县人民政府"><meta name="SiteIDCode" content="9872030001">{metas}<script '
        f'src="/module/jslib/jquery/jquery.js"></script><script src="/module/jslib/jpage/jpage.js"></script></head>'
        f'<body><div class="topbar"><a href="/">垤山县人民政府</a> <a href="/login/">用户登录</a> '
        f'<a href="/zzb/">长者版'
        f'</a> <a href="/wza/">无障碍</a></div><div class="nav"><a href="/">首页</a><a href="/col/col1229650100/">'
        f'政务公开</a><a href="/col/col1229650200/">政务服务</a><a href="/col/col1229650300/">互动交流</a></div>'
        f'{inner}<div class="bottom">垤山县人民政府办公室主办　网站标识码：9872030001</div></body></html>'
    )


def record(href: str, title: str, date: str) -> str:
    return f'<record><![CDATA[<li><span>{date}</span><a href="{href}" target="_blank" title="{esc(title)}">' \
           f'{esc(title)}</a></li>]]></record>'


class HanwebDieshan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 172_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        self.files: dict[str, Response] = {}
        for year, day in ((2019, 24), (2020, 21), (2022, 26), (2023, 23), (2024, 20)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"垤山县{year}年政府信息公开工作年度报告"))
        self.ofd(self.doc(OWNER, 2021, "2022-01-25", "垤山县2021年政府信息公开工作年度报告"))
        self.article(self.doc("垤山县卫生健康局", 2024, "2025-01-14", "垤山县卫生健康局2024年政府信息公开工作年度报告"))
        self.article(self.doc("垤山县龙潭乡人民政府", 2023, "2024-01-22", "龙潭乡2023年政府信息公开工作年度报告"))
        for title, year, date in (("垤山县2025年政务公开工作要点", 2025, "2025-04-02"),
                                  ("垤山县2024年政府信息公开工作年度报告解读", 2024, "2025-01-29")):
            url = self.page(title, date, "垤山县人民政府办公室", self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.sorted = sorted(self.rows, key=lambda r: r[2], reverse=True)
        self.put(HOST, f"/col/col{COL}/index.html", self.column())
        self.route(HOST, PROXY, self.proxy)
        self.route(HOST, DOWN, self.download)

    def page(self, title: str, date: str, source: str, content: str) -> str:
        docid = self.next_id()
        y, m, d = (int(x) for x in date.split("-"))
        if y >= 2023:
            path = f"/col/col{COL}/art/{y}/art_{self.rng.randrange(16**32):032x}.html"
        else:
            path = f"/art/{y}/{m}/{d}/art_{COL}_{docid}.html"
        metas = f'<meta name="Maketime" content="{date} 10:12:08"><meta name="source" content="{esc(source)}">'
        inner = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{COL}/index.html">'
                 f'政府信息公开年报</a></div><div class="article"><h1>{esc(title)}</h1>'
                 f'<div class="info">发布日期：{date}'
                 f'　信息来源：{esc(source)}　访问次数：<script>document.write("--")</script></div><div id="zoom">'
                 f'<!--<$[信息内容]>begin--><meta name="ContentStart">{content}<meta name="ContentEnd">'
                 f'<!--<$[信息内容]>end--></div><div class="tools"><a href="javascript:window.print()">打印</a> '
                 f'<a href="javascript:window.close()">关闭</a></div></div>')
        url = self.put(HOST, path, frame(f"垤山县人民政府 {title}", inner, metas))
        self.rows.append((path, title, date))
        return url

    def article(self, doc: ReportDoc) -> None:
        url = self.page(doc.title, doc.published_date or "", doc.agency_name, self.body(doc, word=True))
        self.report(SITE, url, doc)

    def ofd(self, doc: ReportDoc) -> None:
        name = f"{self.rng.randrange(16**32):032x}.ofd"
        href = f"{DOWN}?classid=0&filename={name}&showname={quote(doc.title + '.ofd')}"
        content = f'<p>附件：<a href="{esc(href)}">{esc(doc.title)}.ofd</a></p>'
        url = self.page(doc.title, doc.published_date or "", "垤山县人民政府办公室", content)
        held = f"/files/{name}"
        self.attach(HOST, held, doc, "ofd")
        self.files[name] = self.pages.pop((HOST, held))
        self.report(SITE, url, doc, media_type=MEDIA["ofd"], report_url=f"http://{HOST}{href}")

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("filename"))
        if found is None:
            return Response(200, "<html><body>文件不存在！</body></html>".encode(), "text/html; charset=utf-8")
        return found

    def column(self) -> str:
        records = "".join(record(*r) for r in self.sorted[:PER])
        inner = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt; 政府信息公开年报</div><div '
                 f'class="left"><a href="/col/col1229650111/index.html">政府信息公开指南</a><a href="/col/col{COL}/'
                 f'index.html">政府信息公开年报</a></div><div class="right"><div id="4472013"><script type="text/xml">'
                 f'<datastore><nextgroup><![CDATA[<a href="{PROXY}" ></a>]]></nextgroup><recordset>{records}'
                 f'</recordset></datastore></script><script>$("#4472013").jpage({{dataStore: null, perPage: {PER}, '
                 f"totalRecord: {len(self.sorted)}, proxyUrl: '{PROXY}', ajaxType: 'get', ajaxParam: {{appid: 1, "
                 f"webid: 3371, path: '/', columnid: {COL}, unitid: 4472013, permissiontype: 0}}}});</script></div>"
                 f"</div>")
        return frame("垤山县人民政府 政府信息公开年报", inner)

    def proxy(self, request: Request) -> Response:
        """GET with ``page`` as the widget calls it; like the servlet, form fields and a ``startrecord`` /
        ``endrecord`` window are read too."""
        params = {k: v[0] for k, v in parse_qs(request.body.decode("utf-8", "replace")).items()}
        params.update({k: v[0] for k, v in request.query.items()})
        total = len(self.sorted)
        if params.get("columnid") != str(COL):
            body = "<datastore><totalrecord>0</totalrecord><totalpage>0</totalpage><recordset></recordset></datastore>"
            return Response(200, body.encode(), "text/xml; charset=utf-8")
        try:
            if "startrecord" in params:
                low, high = int(params["startrecord"]) - 1, int(params.get("endrecord", str(total)))
            else:
                n = max(1, int(params.get("page", "1")))
                low, high = (n - 1) * PER, n * PER
        except ValueError:
            low, high = 0, PER
        chunk = self.sorted[max(0, low):high]
        body = (f"<datastore><totalrecord>{total}</totalrecord><totalpage>{-(-total // PER)}</totalpage><recordset>"
                + "".join(record(*r) for r in chunk) + "</recordset></datastore>")
        return Response(200, body.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebDieshan]
