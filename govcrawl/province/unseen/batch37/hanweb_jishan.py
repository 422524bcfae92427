"""蓟山县人民政府 (www.jishan.gov.test): a Hanweb (大汉) JCMS county whose 年报 column's jpage widget calls the old
zj.gov.cn-era *metasearch* data proxy ``/module/jslib/jquery/jpage/metasearchdataproxy.jsp`` (portals.md §1.3; the
plain ``dataproxy.jsp`` paths do not exist here: 404), by POSTed record windows of three pages, over records that are
``<li>`` rows with the date in ``<span class="bt-data-time">``; articles keep the ZJEG_RSS comment markers.

Start URL: the home page ``/``; its 政府信息公开 box links the 年报 column ``/col/col38214/index.html`` directly, and
the nav's 政务公开 ``/col/col38200/index.html`` (a page of column links) links it too.  The column page: ``<div
id="261407"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/jslib/jquery/jpage/
metasearchdataproxy.jsp?startrecord=5&endrecord=16&perpage=4"></a>]]></nextgroup><recordset>`` holding only the
first page (four of eleven records) — ``<record><![CDATA[<li><a href="/art/YYYY/M/D/
art_38214_<id>.html" target="_blank" title="…">title</a><span class="bt-data-time">[YYYY-MM-DD]</span></li>]]>
</record>`` — then ``$('#261407').jpage({dataStore: …, perPage: 4, totalRecord: 11, proxyUrl:
'/module/jslib/jquery/jpage/metasearchdataproxy.jsp', ajaxParam: {col: 1, appid: 1, webid: 27, path: '/', columnid:
38214, sourceContentType: 1, unitid: 261407, webname: '蓟山县人民政府', permissiontype: 0}})``.
The proxy answers POST ``?startrecord=S&endrecord=E&perpage=4`` (body: the ajaxParam fields; a GET with them in the
query too) with ``<datastore><totalrecord>11</totalrecord><totalpage>3</totalpage><recordset>…``; without
``columnid=38214`` it answers an empty datastore.

Articles ``/art/YYYY/M/D/art_38214_<id>.html`` (month/day unpadded): metas ArticleTitle, PubDate, ContentSource,
Maketime, category, guid; a ``<table class="wz-tb">`` head (title cell; ``发布日期：… 信息来源：… 浏览次数：<script
src="/module/visitcount/articlehits.jsp?…">``, served), body ``div#zoom`` bracketed by
``<!--ZJEG_RSS.content.begin-->`` /
``<!--ZJEG_RSS.content.end-->``.
Reports (8): 蓟山县人民政府 2020, 2022 (Word-pasted), 2023, 2024 (a short body; the report is a DOCX at
``/module/download/downfile.jsp?classid=0&filename=<32 hex>.docx``, linked in ``#zoom``, its name only in
``Content-Disposition``); 蓟山县人力资源和社会保障局 2023 ("县人社局…"), 蓟山县交通运输局 2021 ("县交通运输局…"),
蓟山县城关镇人民政府 2024 ("城关镇…"), 蓟山县市场监督管理局 2019 ("县市场监管局…年报") — 信息来源 and the metas name
the full unit.
Decoys (3): 蓟山县2023年度部门决算, 蓟山县人民政府2022年法治政府建设年度报告, 蓟山县政府信息公开指南（2023年版）.
Chrome: top bar (无障碍, 关怀模式, 手机版), banner, nav, footer with 主办单位, 网站标识码, ICP, 公网安备, 党政机关 mark,
纠错.
"""

from __future__ import annotations

import random
from urllib.parse import parse_qs, quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch37._site import MEDIA, Site, esc

HOST = "www.jishan.gov.test"
SITE = "jishan-gov"
OWNER = "蓟山县人民政府"
RS = "蓟山县人力资源和社会保障局"
JT = "蓟山县交通运输局"
TOWN = "蓟山县城关镇人民政府"
SJ = "蓟山县市场监督管理局"
CODE = "9887020012"
COL = "38214"
GK = "38200"
UNIT = "261407"
PROXY = "/module/jslib/jquery/jpage/metasearchdataproxy.jsp"
PER = 4
GROUP = 3
DL = "/module/download/downfile.jsp"


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title></head><body>'
            '<div class="js-topbar"><a href="javascript:;" id="wzaBtn">无障碍</a> <a href="javascript:;">关怀模式</a> '
            '<a href="javascript:;">手机版</a></div><div class="js-banner"><h1>蓟山县人民政府</h1></div>'
            f'<div class="js-nav"><a href="/">首页</a> <a href="/col/col{GK}/index.html">政务公开</a> '
            '<a href="javascript:;">办事服务</a> <a href="javascript:;">政民互动</a></div>'
            f'{inner}<div class="js-foot"><p>主办单位：蓟山县人民政府办公室　<a href="javascript:;">网站纠错</a></p>'
            f'<p>网站标识码：{CODE}　未ICP备16011873号　未公网安备98870202000017号</p>'
            '<p><span class="dzjg">党政机关</span></p></div></body></html>')


class HanwebJishan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 320_700

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        self.files: dict[str, str] = {}
        for year, date in ((2020, "2021-01-28"), (2022, "2023-01-20"), (2023, "2024-01-25")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2022)), doc)
        date = "2025-01-24"
        doc = self.doc(OWNER, 2024, date, f"{OWNER}2024年政府信息公开工作年度报告")
        hexname = f"{self.rng.getrandbits(128):032x}.docx"
        self.files[hexname] = f"/picture/0/{hexname}"
        self.attach(HOST, f"/picture/0/{hexname}", doc, "docx", filename=quote(f"{doc.title}.docx"))
        link = f"{DL}?classid=0&filename={hexname}"
        url = self.article(doc.title, date, OWNER, f"<p>{esc(doc.title)}详见附件。</p><p>附件：<a href=\"{esc(link)}\">"
                                                   f"{esc(doc.title)}</a></p>")
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=f"http://{HOST}{link}")
        for agency, year, date, title in ((RS, 2023, "2024-01-18", "县人社局2023年政府信息公开工作年度报告"),
                                          (JT, 2021, "2022-01-21", "县交通运输局2021年政府信息公开工作年度报告"),
                                          (TOWN, 2024, "2025-01-16", "城关镇2024年政府信息公开工作年度报告"),
                                          (SJ, 2019, "2020-01-23", "县市场监管局2019年政府信息公开工作年报")):
            doc = self.doc(agency, year, date, title)
            self.report(SITE, self.article(title, date, agency, self.body(doc)), doc)
        for title, year, date in (("蓟山县2023年度部门决算", 2023, "2024-08-30"),
                                  ("蓟山县人民政府2022年法治政府建设年度报告", 2022, "2023-03-28"),
                                  ("蓟山县政府信息公开指南（2023年版）", 2023, "2023-05-10")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, PROXY, self.proxy)
        self.route(HOST, DL, self.download)
        self.put(HOST, "/module/visitcount/articlehits.jsp", 'document.write("36");', "application/javascript")
        self.put(HOST, f"/col/col{COL}/index.html", frame(f"{OWNER}-政府信息公开年报", self.widget(),
                                                          '<meta name="ColumnName" content="政府信息公开年报">'))
        self.put(HOST, f"/col/col{GK}/index.html", frame(f"{OWNER}-政务公开", '<div class="js-main"><ul class="lmlb">'
                                                         f'<li><a href="/col/col{COL}/index.html">政府信息公开年报</a>'
                                                         '</li></ul></div>'))
        self.put(HOST, "/index.html", frame(OWNER, '<div class="js-main"><div class="xxgk-box"><h3>政府信息公开</h3>'
                                                   f'<a href="/col/col{COL}/index.html">政府信息公开年报</a>'
                                                   '</div></div>'))

    def download(self, request: Request) -> Response:
        target = self.files.get(request.param("filename"))
        if target is None:
            return Response(404, "<html><body>文件不存在</body></html>".encode(), "text/html; charset=utf-8")
        return self.handle(Request("GET", HOST, target, {}, request.headers))

    @staticmethod
    def record(row: tuple[str, str, str]) -> str:
        d, h, t = row
        return (f'<record><![CDATA[<li><a href="{h}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f'<span class="bt-data-time">[{d}]</span></li>]]></record>')

    def widget(self) -> str:
        first = "".join(self.record(r) for r in self.rows[:PER])
        nxt = f"{PROXY}?startrecord={PER + 1}&amp;endrecord={PER * (GROUP + 1)}&amp;perpage={PER}"
        return (f'<div class="js-main"><div class="lm-tit">政府信息公开年报</div><div id="{UNIT}">'
                f'<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="{nxt}"></a>]]></nextgroup>'
                f'<recordset>{first}</recordset></datastore></script>'
                f"<script type=\"text/javascript\">$('#{UNIT}').jpage({{dataStore: $('#{UNIT} "
                f"script[type=\"text/xml\"]'), perPage: {PER}, totalRecord: {len(self.rows)}, "
                f"proxyUrl: '{PROXY}', ajaxParam: {{col: 1, appid: 1, webid: 27, path: '/', columnid: {COL}, "
                f"sourceContentType: 1, unitid: {UNIT}, webname: '{OWNER}', permissiontype: 0}}}});</script>"
                "</div></div>")

    def proxy(self, request: Request) -> Response:
        fields = {k: v[0] for k, v in request.query.items()}
        if request.body:
            fields.update({k: v[0] for k, v in parse_qs(request.body.decode("utf-8", "replace")).items()})
        rows = self.rows if fields.get("columnid") == COL else []
        try:
            per = int(fields.get("perpage", PER))
            if "startrecord" in fields:
                start = int(fields["startrecord"])
                end = int(fields.get("endrecord", start + per - 1))
            else:
                page = int(fields.get("page", "1"))
                start, end = (page - 1) * per + 1, page * per
        except ValueError:
            return Response(400, b"bad request", "text/plain")
        total_pages = -(-len(rows) // max(per, 1))
        body = "".join(self.record(r) for r in rows[max(start, 1) - 1:end])
        xml = (f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{len(rows)}</totalrecord>'
               f'<totalpage>{total_pages}</totalpage><recordset>{body}</recordset></datastore>')
        return Response(200, xml.encode(), "text/xml; charset=utf-8")

    def article(self, title: str, date: str, source: str, content: str) -> str:
        y, m, d = (int(x) for x in date.split("-"))
        aid = self.next_id(20, 80)
        path = f"/art/{y}/{m}/{d}/art_{COL}_{aid}.html"
        self.rows.append((date, path, title))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 09:00">'
                 f'<meta name="ContentSource" content="{esc(source)}"><meta name="Maketime" content="{date}">'
                 f'<meta name="category" content="政府信息公开年报"><meta name="guid" content="{aid}">')
        inner = (f'<div class="js-main"><div class="pos">您当前的位置：<a href="/">首页</a> &gt; '
                 f'<a href="/col/col{COL}/index.html">政府信息公开年报</a></div><table class="wz-tb" width="100%">'
                 f'<tr><td class="wz-title">{esc(title)}</td></tr><tr><td class="wz-info">发布日期：{date}　'
                 f'信息来源：{esc(source)}　浏览次数：<script src="/module/visitcount/articlehits.jsp?colid={COL}&amp;'
                 f'artid={aid}"></script></td></tr></table><div id="zoom"><!--ZJEG_RSS.content.begin-->'
                 f'{content}<!--ZJEG_RSS.content.end--></div></div>')
        return self.put(HOST, path, frame(f"{OWNER}-{title}", inner, extra))


PORTALS = [HanwebJishan]
