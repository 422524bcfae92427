"""湑川县 (www.xuchuan.gov.test): Hanweb JPaaS whose 年报 column carries both article URL styles at once —
the old ``/art/YYYY/M/D/art_1229874410_<id>.html`` for what was published before 2023 and the new
``/col/col1229874410/art/YYYY/art_<32 hex>.html`` from 2023 on — and whose bodies keep the old ``#zoom``
markers (``<!--<$[信息内容]>begin-->`` … ``<META name=ContentStart>`` … ``<META name=ContentEnd>``).

``/col/col1229874410/index.html`` embeds the first five records in ``<script type="text/xml">
<datastore><recordset>`` (CDATA ``<li><span class="bt-date">2025-01-22</span><a href="…" title="…">…
</a></li>`` — the date first) and ``$('#4587201').jpage({perPage: 5, totalRecord: 14, groupSize: 3,
proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: {col: 1, appid: 1, webid: 4410, path: '/',
columnid: 1229874410, sourceContentType: 1, unitid: 4587201, webname: '湑川县人民政府', permissiontype:
0}})``.  The proxy answers GET ``?page=N&…`` and POST ``?startrecord=&endrecord=&perpage=`` (the group of
three pages) with ``<datastore><totalrecord>14</totalrecord><totalpage>3</totalpage>``; another
``unitid`` gives an empty datastore.  Files go through ``/module/download/downfile.jsp?classid=0&
showname=<url-encoded name>&filename=<32 hex>.<ext>`` linked in ``#zoom`` after a "附件：" paragraph.

Reports (10): 湑川县人民政府 2019–2024 (2022 PDF, 2023 OFD), 湑川县民政局 2023 (titled "县民政局…"), 湑川县
水利局 2024, 湑川县城关街道办事处 2024, 湑川县卫生健康局 2022 (a .docx).  Decoys (4): 湑川县2023年政府信息公开
工作年度报告解读, 湑川县2024年国民经济和社会发展统计公报, 湑川县2024年政务公开工作要点, 关于2024年度政府信息公开
工作年度报告发布的公告.
"""

from __future__ import annotations

import random
from urllib.parse import parse_qs, quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch24._site import MEDIA, Site, esc
from govcrawl.province.unseen.kit import Handler
from govcrawl.synth.model import ReportDoc

HOST = "www.xuchuan.gov.test"
SITE = "xuchuan-gov"
OWNER = "湑川县人民政府"
COL = "1229874410"
UNIT = "4587201"
PER = 5


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="湑川县人民政府"><meta '
        f'name="SiteIDCode" content="9874030003"><title>{esc(title)}</title><script src="/module/jslib/jquery/'
        'jquery.js"></script><script src="/module/jslib/jpage/jpage.js"></script></head><body><div class="xc-top">'
        '浙江政务服务网 | <a href="/col/col1229874000/index.html">无障碍浏览</a></div><div class="xc-nav"><a href="/">'
        f'首页</a><a href="/col/col1229874001/index.html">政务公开</a></div>{inner}<div class="xc-foot">湑川县人民政府'
        '办公室　网站标识码：9874030003　技术支持：大汉软件</div></body></html>'
    )


class HanwebXuchuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 192_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        self.files: dict[str, Handler] = {}
        for year, day in ((2019, 29), (2020, 20), (2021, 26), (2024, 21)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"湑川县{year}年政府信息公开工作年度报告"),
                         "湑川县人民政府办公室")
        self.filed(self.doc(OWNER, 2022, "2023-01-18", "湑川县2022年政府信息公开工作年度报告"), "pdf")
        self.filed(self.doc(OWNER, 2023, "2024-01-24", "湑川县2023年政府信息公开工作年度报告"), "ofd")
        self.filed(self.doc("湑川县卫生健康局", 2022, "2023-01-16", "湑川县卫生健康局2022年政府信息公开工作年度报告"),
                   "docx", "湑川县卫生健康局")
        self.article(self.doc("湑川县民政局", 2023, "2024-01-17", "县民政局2023年政府信息公开工作年度报告"),
                     "湑川县民政局")
        self.article(self.doc("湑川县水利局", 2024, "2025-01-15", "湑川县水利局2024年政府信息公开工作年度报告"),
                     "湑川县水利局")
        self.article(self.doc("湑川县城关街道办事处", 2024, "2025-01-20", "城关街道2024年政府信息公开工作年度报告"),
                     "湑川县城关街道办事处")
        for title, year, date in (("湑川县2023年政府信息公开工作年度报告解读", 2023, "2024-01-25"),
                                  ("湑川县2024年国民经济和社会发展统计公报", 2024, "2025-03-20"),
                                  ("湑川县2024年政务公开工作要点", 2024, "2024-04-09"),
                                  ("关于2024年度政府信息公开工作年度报告发布的公告", 2024, "2025-01-22")):
            self.decoy(SITE, self.page(title, date, "湑川县人民政府办公室", self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.put(HOST, f"/col/col{COL}/index.html", self.column())
        self.route(HOST, "/module/web/jpage/dataproxy.jsp", self.proxy)
        self.route(HOST, "/module/download/downfile.jsp", self.download)

    def download(self, request: Request) -> Response:
        handler = self.files.get(request.param("filename"))
        return handler(request) if handler else Response(200, "<html><body>文件不存在</body></html>".encode())

    def page(self, title: str, date: str, unit: str, content: str) -> str:
        year, month, day = (int(x) for x in date.split("-"))
        if year < 2023:
            path = f"/art/{year}/{month}/{day}/art_{COL}_{self.next_id()}.html"
        else:
            self.next_id()
            path = f"/col/col{COL}/art/{year}/art_{self.rng.getrandbits(128):032x}.html"
        inner = (f'<div class="xc-art"><h1>{esc(title)}</h1><div class="xc-meta">发布日期：{date}　信息来源：'
                 f'{esc(unit)}　浏览次数：<span id="ivs_view"></span></div><div id="zoom"><!--<$[信息内容]>begin-->'
                 f'<!--ZJEG_RSS.content.begin--><META name=ContentStart>{content}<META name=ContentEnd>'
                 '<!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div></div>')
        self.rows.append((date, path, title))
        return self.put(HOST, path, frame(f"湑川县人民政府 {title}", inner))

    def article(self, doc: ReportDoc, unit: str) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", unit, self.body(doc, word=doc.year < 2021)),
                    doc)

    def filed(self, doc: ReportDoc, kind: str, unit: str = "湑川县人民政府办公室") -> None:
        path = (f"/module/download/downfile.jsp?classid=0&showname={quote(doc.title + '.' + kind)}&filename="
                f"{self.rng.getrandbits(128):032x}.{kind}")
        content = f'<p>附件：</p><p><a href="{esc(path)}" target="_blank">{esc(doc.title)}.{kind}</a></p>'
        url = self.page(doc.title, doc.published_date or "", unit, content)
        temp = f"/_files/{len(self.files)}"
        self.attach(HOST, temp, doc, kind, quote(doc.title + "." + kind))
        self.files[path.split("filename=")[1]] = self.dynamic.pop((HOST, temp))
        self.report(SITE, url, doc, media_type=MEDIA[kind], report_url=f"http://{HOST}{path}")

    def record(self, d: str, h: str, t: str) -> str:
        return f'<record><![CDATA[<li><span class="bt-date">{d}</span><a href="{h}" target="_blank" title="{esc(t)}">' \
               f'{esc(t)}</a></li>]]></record>'

    def column(self) -> str:
        records = "".join(self.record(*r) for r in self.rows[:PER])
        total = len(self.rows)
        inner = (f'<div class="xc-list"><h2>政府信息公开年报</h2><div id="{UNIT}"><script type="text/xml"><datastore>'
                 f'<recordset>{records}</recordset></datastore></script><script>$(\'#{UNIT}\').jpage({{perPage: {PER}, '
                 f"totalRecord: {total}, groupSize: 3, proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: {{col: "
                 f"1, appid: 1, webid: 4410, path: '/', columnid: {COL}, sourceContentType: 1, unitid: {UNIT}, "
                 "webname: '湑川县人民政府', permissiontype: 0}});</script></div></div>")
        return frame("湑川县人民政府 政府信息公开年报", inner)

    def proxy(self, request: Request) -> Response:
        query = {k: v[0] for k, v in request.query.items()}
        body = request.body.decode("utf-8", "replace") if request.body else ""
        query.update({k: v[0] for k, v in parse_qs(body).items()})
        rows = self.rows if query.get("unitid") == UNIT and query.get("columnid") == COL else []
        if "startrecord" in query:
            start, end = int(query["startrecord"]), int(query.get("endrecord", "0"))
            chunk = rows[start - 1:end]
        else:
            n = int(query.get("page", "1") or 1)
            chunk = rows[(n - 1) * PER:n * PER]
        data = (f'<?xml version="1.0" encoding="utf-8"?><datastore><totalrecord>{len(rows)}</totalrecord><totalpage>'
                f'{-(-len(rows) // PER)}</totalpage><recordset>{"".join(self.record(*r) for r in chunk)}</recordset>'
                "</datastore>")
        return Response(200, data.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebXuchuan]
