"""湍溪县 (www.tuanxi.gov.test): a Hanweb (大汉 JPaaS) county column whose page embeds the first five
records in a ``<script type="text/xml"><datastore>`` and configures the jpage widget with
``totalRecord:12`` and a *GET* data proxy — ``/module/web/jpage/dataproxy.jsp?page=N&appid=1&webid=38&
path=/&columnid=1229561208&unitid=6031275&webname=…&permissiontype=0`` answering ``<totalrecord>`` /
``<totalpage>`` — whose column mixes the old article URLs (``/art/YYYY/M/D/art_1229561208_<id>.html``)
with JPaaS ones (``/col/col1229561208/art/YYYY/art_<32 hex>.html``), and whose files come from
``/module/download/downfile.jsp?classid=0&filename=<hex>.<ext>&showname=…``.

Records are ``<li class="cf"><a … title="…">…</a><span class="bt-data">YYYY-MM-DD</span></li>``, five a
page.  Articles: ``div#zoom`` between ``<meta name="ContentStart">`` / ``<meta name="ContentEnd">``, a 信息
索引 line (索引号 | 发布单位 | 发布日期).  The proxy answers an empty datastore for another column or unit.
Chrome: 浙江政务服务网-style top strip, 无障碍 / 长者模式 toggles, a 搜索 box, the 政府信息公开 sub-menu.

Reports (9): 湍溪县人民政府 2019–2024 (2020 a PDF via downfile.jsp), 湍溪县民政局 2024, 湍溪县卫生健康局 2023
(an OFD via downfile.jsp), 湍溪县青石乡人民政府 2024.  Decoys (3): 湍溪县2025年政务公开工作要点,
湍溪县2024年度政府信息公开工作年度报告公告, 湍溪县2023年政府信息公开工作年度报告解读.
"""

from __future__ import annotations

import random
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch23._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.tuanxi.gov.test"
SITE = "tuanxi-gov"
OWNER = "湍溪县人民政府"
COL = "1229561208"
UNIT = "6031275"
PER = 5


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>'
        f'{esc(title)}</title><meta name="SiteName" content="湍溪县人民政府"><meta name="SiteIDCode" '
        f'content="9871230031">{head}<script src="/module/jslib/jquery/jquery.js"></script><script '
        f'src="/module/jslib/jpage/jpage.js"></script></head><body><div class="tx-strip">浙江政务服务网 | <a '
        f'href="javascript:void(0)" id="wza">无障碍</a> | <a href="javascript:void(0)" id="zzms">长者模式</a></div>'
        f'<div class="tx-head"><img src="/picture/0/tx_logo.png" alt="湍溪县人民政府"><form action="/jsearchfront/'
        f'search.do" method="get"><input name="q"><input type="hidden" name="websiteid" value="330000000000038">'
        f'<button>搜索</button></form></div><div class="tx-nav"><a href="/">首页</a><a href="/col/col1229561000/'
        f'index.html">政府信息公开</a><a href="/col/col1229561100/index.html">政务服务</a><a href="/col/col1229561150/'
        f'index.html">政民互动</a></div>{inner}<div class="tx-foot">湍溪县人民政府办公室主办　网站标识码：9871230031'
        f'</div></body></html>'
    )


class HanwebTuanxi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 182_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.records: list[tuple[str, str, str]] = []  # (date, href, title)
        for year, day in ((2019, 16), (2021, 21), (2022, 19), (2023, 24), (2024, 22)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"湍溪县{year}年政府信息公开工作年度报告"),
                         "湍溪县人民政府办公室")
        self.file(self.doc(OWNER, 2020, "2021-01-25", "湍溪县2020年政府信息公开工作年度报告"), "pdf")
        self.article(self.doc("湍溪县民政局", 2024, "2025-01-15", "湍溪县民政局2024年政府信息公开工作年度报告"),
                     "湍溪县民政局")
        self.file(self.doc("湍溪县卫生健康局", 2023, "2024-01-17", "湍溪县卫生健康局2023年政府信息公开工作年度报告"),
                  "ofd")
        self.article(self.doc("湍溪县青石乡人民政府", 2024, "2025-01-14", "青石乡2024年政府信息公开工作年度报告"),
                     "湍溪县青石乡人民政府")
        for title, year, date in (("湍溪县2025年政务公开工作要点", 2025, "2025-04-10"),
                                  ("湍溪县2024年度政府信息公开工作年度报告公告", 2024, "2025-01-23"),
                                  ("湍溪县2023年政府信息公开工作年度报告解读", 2023, "2024-01-26")):
            url = self.page(title, date, "湍溪县人民政府办公室", self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.records.sort(reverse=True)
        self.put(HOST, f"/col/col{COL}/index.html", self.column())
        self.route(HOST, "/module/web/jpage/dataproxy.jsp", self.proxy)
        self.route(HOST, "/module/download/downfile.jsp", self.downfile)

    def page(self, title: str, date: str, unit: str, content: str) -> str:
        y, m, d = (int(x) for x in date.split("-"))
        docid = self.next_id()
        if y >= 2024:
            path = f"/col/col{COL}/art/{y}/art_{self.rng.getrandbits(128):032x}.html"
        else:
            path = f"/art/{y}/{m}/{d}/art_{COL}_{docid}.html"
        head = f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="pubDate" content="{date}">'
        inner = (f'<div class="tx-pos">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229561000/index.html">'
                 f'政府信息公开</a> &gt; <a href="/col/col{COL}/index.html">政府信息公开年报</a></div><div '
                 f'class="tx-art"><table class="tx-syh"><tr><td>索引号：00{docid}/{y}-{docid % 991:05d}</td><td>'
                 f'发布单位：{esc(unit)}</td><td>发布日期：{date}</td></tr></table><h1>{esc(title)}</h1><div id="zoom">'
                 f'<!--<$[信息内容]>begin--><meta name="ContentStart">{content}<meta name="ContentEnd">'
                 f'<!--<$[信息内容]>end--></div><div class="tx-tool"><a href="javascript:window.print()">打印</a>'
                 f'<a href="javascript:window.close()">关闭</a></div></div>')
        url = self.put(HOST, path, frame(f"湍溪县人民政府 政府信息公开年报 {title}", inner, head))
        self.records.append((date, path, title))
        return url

    def article(self, doc: ReportDoc, unit: str) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", unit, self.body(doc, word=doc.year < 2021)),
                    doc)

    def file(self, doc: ReportDoc, kind: str) -> None:
        hexname = f"{self.rng.getrandbits(128):032x}.{kind}"
        show = quote(f"{doc.title}.{kind}")
        link = f"/module/download/downfile.jsp?classid=0&filename={hexname}&showname={show}"
        content = (f'<p>　　{esc(doc.title)}全文请见附件。</p><p>附件：<a href="{link.replace("&", "&amp;")}">'
                   f'{esc(doc.title)}.{kind}</a></p>')
        url = self.page(doc.title, doc.published_date or "", doc.agency_name, content)
        self.attach(HOST, f"/module/download/{hexname}", doc, kind)
        self.report(SITE, url, doc, media_type=MEDIA[kind], report_url=f"http://{HOST}{link}")

    def downfile(self, request: Request) -> Response:
        found = self.dynamic.get((HOST, f"/module/download/{request.param('filename')}"))
        if found is not None:
            return found(request)
        stored = self.pages.get((HOST, f"/module/download/{request.param('filename')}"))
        if stored is not None:
            return stored
        return Response(200, "<html><body>文件不存在！</body></html>".encode(), "text/html; charset=utf-8")

    def record(self, date: str, href: str, title: str) -> str:
        return (f'<record><![CDATA[<li class="cf"><a href="{href}" target="_blank" title="{esc(title)}">{esc(title)}'
                f'</a><span class="bt-data">{date}</span></li>]]></record>')

    def column(self) -> str:
        first = "\n".join(self.record(*r) for r in self.records[:PER])
        inner = (f'<div class="tx-pos">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229561000/index.html">'
                 f'政府信息公开</a> &gt; 政府信息公开年报</div><div class="tx-left"><ul>'
                 f'<li><a href="/col/col1229561010/index.html">政府信息公开指南</a></li>'
                 f'<li><a href="/col/col1229561020/index.html">政府信息公开制度</a>'
                 f'</li><li class="on"><a href="/col/col{COL}/index.html">政府信息公开年报</a></li></ul></div><div '
                 f'class="tx-right"><div class="tx-coltit">政府信息公开年报</div><div id="{UNIT}"><script '
                 f'type="text/xml"><datastore>\n<recordset>\n{first}\n</recordset></datastore></script><script '
                 f'type="text/javascript">$("#{UNIT}").jpage({{perPage:{PER}, totalRecord:{len(self.records)}, '
                 f"dataType:'get', proxyUrl:'/module/web/jpage/dataproxy.jsp', ajaxParam:{{appid:1, webid:38, "
                 f"path:'/', columnid:{COL}, unitid:{UNIT}, webname:'湍溪县人民政府', permissiontype:0}}}});"
                 f'</script></div></div>')
        return frame("湍溪县人民政府 政府信息公开年报", inner)

    def proxy(self, request: Request) -> Response:
        mine = request.param("columnid") == COL and request.param("unitid") == UNIT
        records = self.records if mine else []
        try:
            n = max(1, int(request.param("page", "1")))
        except ValueError:
            n = 1
        chunk = records[(n - 1) * PER:n * PER]
        body = (f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{len(records)}</totalrecord>'
                f'<totalpage>{-(-len(records) // PER)}</totalpage><recordset>'
                + "".join(self.record(*r) for r in chunk) + "</recordset></datastore>")
        return Response(200, body.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebTuanxi]
