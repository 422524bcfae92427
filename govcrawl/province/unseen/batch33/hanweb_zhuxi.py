"""苎溪县人民政府 (www.zhuxi.gov.test): a Hanweb (大汉) JCMS county whose 年报 column pages through a *JSONP* data
proxy (the TrueCMS-style answer ``raw({"result":"<datastore>…</datastore>"})``, portals.md §1.3), whose rows are
``<dl>`` blocks, and whose 2024 report is a PDF behind ``/module/download/downfile.jsp``.

Start URL: the column ``/col/col1229482216/index.html``.  ``<div id="7716025">`` holds ``<script type="text/xml">
<datastore><recordset>`` of the first four records, each ``<record><![CDATA[<dl class="zx-dl"><dt><a href="/art/
YYYY/M/D/art_1229482216_<id>.html" target="_blank" title="full title">title</a></dt><dd>YYYY-MM-DD</dd></dl>]]>
</record>``, then a script ``$('#7716025').jpage({ dataStore: …, perPage: 4, totalRecord: 11, dataType: 'jsonp',
jsonpCallback: 'raw', proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: {appid:1, webid:4127, path:'/',
columnid:1229482216, unitid:7716025, webname:'苎溪县人民政府', permissiontype:0} })``.  ``GET
/module/web/jpage/dataproxy.jsp?page=N&appid=1&webid=4127&path=/&columnid=1229482216&unitid=7716025&
permissiontype=0&callback=raw`` answers ``raw({"result":"<datastore><totalrecord>11</totalrecord><totalpage>3
</totalpage><recordset>…</recordset></datastore>"})`` (JSON-escaped) for pages 1–3 (``application/javascript``);
without ``columnid`` and ``unitid`` it answers ``raw({"result":""})``; without ``callback`` the bare XML.

Articles ``/art/YYYY/M/D/art_1229482216_<id>.html`` (month and day not padded): metas ArticleTitle, PubDate,
ContentSource; ``<div class="zx-title">``, a line ``发布日期：… 信息来源：… 访问次数：…``, body ``div#zoom``.
Reports (8): 苎溪县人民政府 2020–2024 (2021 Word-pasted; 2024 a short body whose ``#zoom`` links
``/module/download/downfile.jsp?classid=0&filename=<32 hex>.pdf&showname=…``), 苎溪县民政局 2022 and 苎溪县
城关镇人民政府 2019 and 2023 (titled "县民政局…" / "城关镇…"; 信息来源 and ContentSource name the full unit).
Decoys (3): 苎溪县2022年政府网站工作年度报表, 苎溪县2024年政务公开工作要点, 苎溪县人民政府关于2023年度政府信息
公开工作年度报告的公告.  Chrome: 无障碍 / 长者版, 浙里办-style app blurb, footer with 主办单位, 网站标识码,
ICP, 公网安备.
"""

from __future__ import annotations

import json
import random
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch33._site import MEDIA, Site, esc

HOST = "www.zhuxi.gov.test"
SITE = "zhuxi-gov"
OWNER = "苎溪县人民政府"
MZ = "苎溪县民政局"
TOWN = "苎溪县城关镇人民政府"
CODE = "9883020001"
COLID = 1229482216
UNIT = 7716025
WEBID = 4127
COL = f"/col/col{COLID}/index.html"
PROXY = "/module/web/jpage/dataproxy.jsp"
PER = 4


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title>'
            '<script src="/module/jslib/jquery/jquery.js"></script></head><body>'
            '<div class="zx-top"><a href="javascript:;" id="cniil_wza">无障碍</a> '
            '<a href="javascript:;">长者版</a></div>'
            '<div class="zx-head"><h1>苎溪县人民政府</h1></div><div class="zx-nav"><a href="/">首页</a>'
            f'<a href="/col/col1229482201/index.html">政务动态</a><a href="{COL}">信息公开年报</a></div>{inner}'
            '<div class="zx-app">下载“浙里办”APP，掌上办事</div><div class="zx-foot">'
            '<p>主办单位：苎溪县人民政府办公室　承办单位：苎溪县大数据发展中心</p>'
            f'<p>网站标识码：{CODE}　未ICP备19021345号　未公网安备98830202000033号</p></div></body></html>')


class HanwebZhuxi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 280_700

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2020, "2021-01-26"), (2021, "2022-01-28"), (2022, "2023-01-20"), (2023, "2024-01-24")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, "县政府办", OWNER, self.body(doc, word=year == 2021)), doc)
        date = "2025-01-23"
        doc = self.doc(OWNER, 2024, date, f"{OWNER}2024年政府信息公开工作年度报告")
        hexname = f"{self.rng.getrandbits(128):032x}"
        show = quote(f"{doc.title}.pdf")
        file_path = "/module/download/downfile.jsp"
        handler_url = f"http://{HOST}{file_path}?classid=0&filename={hexname}.pdf&showname={show}"
        pdf_serve = self.pdf_handler(doc)
        self.route(HOST, file_path, lambda r: pdf_serve(r) if r.param("filename") == f"{hexname}.pdf"
                   else Response(404, b"<html><body>file not found</body></html>", "text/html; charset=utf-8"))
        url = self.article(doc.title, date, "县政府办", OWNER,
                           f'<p>{esc(doc.title)}已编制完成，现予公布。</p><p>附件：<a href="{file_path}?classid=0&amp;'
                           f'filename={hexname}.pdf&amp;showname={show}" target="_blank">{esc(doc.title)}.pdf</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=handler_url)
        doc = self.doc(MZ, 2022, "2023-01-29", "县民政局2022年政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, "2023-01-29", MZ, MZ, self.body(doc)), doc)
        for year, date in ((2019, "2020-01-31"), (2023, "2024-01-30")):
            doc = self.doc(TOWN, year, date, f"城关镇{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, TOWN, TOWN, self.body(doc)), doc)
        for title, year, date in (("苎溪县2022年政府网站工作年度报表", 2022, "2023-01-16"),
                                  ("苎溪县2024年政务公开工作要点", 2024, "2024-04-08"),
                                  ("苎溪县人民政府关于2023年度政府信息公开工作年度报告的公告", 2023, "2024-01-31")):
            self.decoy(SITE, self.article(title, date, "县政府办", OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.put(HOST, COL, self.column())
        self.route(HOST, PROXY, self.proxy)
        self.put(HOST, "/module/jslib/jquery/jquery.js", "/*! jQuery v1.12.4 */ window.jQuery=window.$=function(){};",
                 "application/javascript")
        self.put(HOST, "/index.html", frame(OWNER, f'<div class="zx-main"><a href="{COL}">政府信息公开年报</a></div>'))
        self.put(HOST, "/col/col1229482201/index.html",
                 frame(f"政务动态_{OWNER}", '<div class="zx-main">暂无信息</div>'))

    def records(self, k: int) -> str:
        return "".join(f'<record><![CDATA[<dl class="zx-dl"><dt><a href="{h}" target="_blank" title="{esc(t)}">'
                       f'{esc(t)}</a></dt><dd>{d}</dd></dl>]]></record>'
                       for d, h, t in self.rows[k * PER:(k + 1) * PER])

    def column(self) -> str:
        total = len(self.rows)
        inner = (f'<div class="zx-main"><div class="zx-pos">当前位置：首页 &gt; 政府信息公开年报</div>'
                 f'<div id="{UNIT}"><script type="text/xml"><datastore><recordset>{self.records(0)}</recordset>'
                 '</datastore></script></div><script type="text/javascript">'
                 f"$('#{UNIT}').jpage({{ dataStore: $('#{UNIT} script[type=\"text/xml\"]'), perPage: {PER}, "
                 f"totalRecord: {total}, dataType: 'jsonp', jsonpCallback: 'raw', proxyUrl: '{PROXY}', "
                 f"ajaxParam: {{appid:1, webid:{WEBID}, path:'/', columnid:{COLID}, unitid:{UNIT}, "
                 f"webname:'{OWNER}', permissiontype:0}} }});</script></div>")
        return frame(f"{OWNER} 政府信息公开年报", inner,
                     '<meta name="ColumnName" content="政府信息公开年报"><meta name="ColumnType" content="年报">')

    def proxy(self, request: Request) -> Response:
        callback = request.param("callback")
        total = len(self.rows)
        pages = -(-total // PER)
        if request.param("columnid") != str(COLID) or request.param("unitid") != str(UNIT):
            xml = ""
        else:
            try:
                k = max(1, int(request.param("page", "1"))) - 1
            except ValueError:
                k = 0
            xml = (f"<datastore><totalrecord>{total}</totalrecord><totalpage>{pages}</totalpage><recordset>"
                   f"{self.records(min(k, pages - 1))}</recordset></datastore>")
        if not callback:
            return Response(200, xml.encode(), "text/xml; charset=utf-8")
        body = f"{callback}({json.dumps({'result': xml}, ensure_ascii=False)})"
        return Response(200, body.encode(), "application/javascript; charset=utf-8")

    def article(self, title: str, date: str, source: str, meta_source: str, content: str) -> str:
        aid = self.next_id(5, 60)
        y, m, d = (int(p) for p in date.split("-"))
        path = f"/art/{y}/{m}/{d}/art_{COLID}_{aid}.html"
        self.rows.append((date, path, title))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 15:20">'
                 f'<meta name="ContentSource" content="{esc(meta_source)}">')
        inner = ('<div class="zx-main"><div class="zx-pos">当前位置：首页 &gt; '
                 f'<a href="{COL}">政府信息公开年报</a></div>'
                 f'<div class="zx-title">{esc(title)}</div><div class="zx-info">发布日期：{date}　信息来源：'
                 f'{esc(source)}　访问次数：<script>document.write("0")</script></div>'
                 f'<div id="zoom">{content}</div></div>')
        return self.put(HOST, path, frame(f"{title}_{OWNER}", inner, extra))


PORTALS = [HanwebZhuxi]
