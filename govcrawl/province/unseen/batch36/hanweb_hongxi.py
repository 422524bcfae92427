"""泓溪县人民政府 (www.hongxi.gov.test): a Zhejiang-style Hanweb JCMS county (10-digit ``1229…`` column ids) whose 年报
column embeds a whole *group* of three pages (nine records, ``perPage: 3``, ``groupSize: 3``) in its
``<script type="text/xml">`` datastore; the rest (records 10–11) come only from the POST data proxy's next window.

Start URL: the home page ``/``; its nav links 政务公开 ``/col/col1229553100/index.html`` (a page of column links),
which links the 年报 column ``/col/col1229553108/index.html``.  That page: ``<div id="7261034"><script
type="text/xml"><datastore><recordset>`` of CDATA records ``<div class="list-item"><p class="item-title"><a
href="/art/YYYY/M/D/art_1229553108_<id>.html" title="full title" target="_blank">title</a></p><p class="item-info">
来源：<unit> | YYYY-MM-DD</p></div>`` (newest first), then ``$('#7261034').jpage({dataStore: …, perPage: 3,
groupSize: 3, totalRecord: 11, proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: {col: 1, appid: 1, webid:
4418, path: '/', columnid: 1229553108, sourceContentType: 1, unitid: 7261034, webname: '泓溪县人民政府',
permissiontype: 0}})``.  The proxy answers POST ``?startrecord=S&endrecord=E&perpage=3`` (form body above; the same
fields in a GET query, or ``page=N``, too) with ``<datastore><totalrecord>11</totalrecord><totalpage>4</totalpage>
<recordset>…``; without ``columnid`` an empty datastore.

Articles ``/art/YYYY/M/D/art_1229553108_<id>.html`` (month/day not padded): metas ArticleTitle, pubDate, source,
ContentSource; ``<h2 class="wz-title">``, info ``信息来源：… 发布时间：… 访问次数：<span id="c_hits"></span>``,
body ``div#zoom`` with ``<META name=ContentStart>`` / ``<META name=ContentEnd>`` markers (UPPERCASE, old style).
Reports (8): 泓溪县人民政府 2020 (Word-pasted), 2021, 2023, 2024 (a short body; the DOCX through
``/module/download/downfile.jsp?classid=0&showname=…&filename=<32 hex>.docx`` listed under ``附件：`` inside
``#zoom``); 泓溪县自然资源和规划局 2024 ("县自然资源规划局…"), 泓溪县民政局 2022 ("县民政局…"),
泓溪县文化和广电旅游体育局 2019 ("县文广旅体局…"), 泓溪县桐坞镇人民政府 2023 ("桐坞镇…年度政府信息公开工作报告") —
信息来源 and the metas name the full unit.
Decoys (3): 泓溪县2023年国民经济和社会发展统计年报, 关于做好2024年度政府信息公开工作年度报告编制工作的函,
泓溪县2022年政府网站工作年度报表.
Chrome: top links (无障碍, 长者模式, 简/繁), banner, nav, footer with 主办单位, 网站标识码, ICP, 公网安备,
党政机关 mark.
"""

from __future__ import annotations

import random
from urllib.parse import parse_qs, quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch36._site import MEDIA, Site, esc

HOST = "www.hongxi.gov.test"
SITE = "hongxi-gov"
OWNER = "泓溪县人民政府"
ZR = "泓溪县自然资源和规划局"
MZ = "泓溪县民政局"
WG = "泓溪县文化和广电旅游体育局"
TOWN = "泓溪县桐坞镇人民政府"
CODE = "9886020011"
COL = "1229553108"
GK = "1229553100"
UNIT = "7261034"
PROXY = "/module/web/jpage/dataproxy.jsp"
PER = 3
GROUP = 3


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title></head><body>'
            '<div class="top-link"><a href="javascript:;" id="cniil_wza">无障碍</a> '
            '<a href="javascript:;">长者模式</a> '
            '<a href="javascript:;" id="zh_click">简/繁</a></div><div class="banner"><span>泓溪县人民政府</span></div>'
            f'<div class="nav"><a href="/">首页</a> <a href="/col/col{GK}/index.html">政务公开</a> '
            '<a href="/col/col1229553100/index.html">信息公开</a></div>'
            f'{inner}<div class="foot"><p>主办单位：泓溪县人民政府办公室　承办：泓溪县大数据发展管理中心</p>'
            f'<p>网站标识码：{CODE}　未ICP备17060321号-1　未公网安备98860202000083号</p>'
            '<p><span class="dzjg">党政机关</span></p></div></body></html>')


class HanwebHongxi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 310_700

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        for year, date in ((2020, "2021-01-26"), (2021, "2022-01-28"), (2023, "2024-01-23")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2020)), doc)
        date = "2025-01-21"
        doc = self.doc(OWNER, 2024, date, f"{OWNER}2024年政府信息公开工作年度报告")
        hexname = f"{self.rng.getrandbits(128):032x}.docx"
        dl = "/module/download/downfile.jsp"
        self.route(HOST, dl, self.download({hexname: f"/uploadfile/{hexname}"}))
        self.attach(HOST, f"/uploadfile/{hexname}", doc, "docx")
        link = f"{dl}?classid=0&showname={quote(doc.title + '.docx')}&filename={hexname}"
        url = self.article(doc.title, date, OWNER, f'<P>现将{esc(doc.title)}予以公布。</P><P>附件：<A href="'
                                                   f'{esc(link)}">{esc(doc.title)}.docx</A></P>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=f"http://{HOST}{link}")
        for agency, year, date, title in ((ZR, 2024, "2025-01-16", "县自然资源规划局2024年政府信息公开工作年度报告"),
                                          (MZ, 2022, "2023-01-19", "县民政局2022年政府信息公开工作年度报告"),
                                          (WG, 2019, "2020-01-22", "县文广旅体局2019年政府信息公开工作年度报告"),
                                          (TOWN, 2023, "2024-01-30", "桐坞镇2023年度政府信息公开工作报告")):
            doc = self.doc(agency, year, date, title)
            self.report(SITE, self.article(title, date, agency, self.body(doc)), doc)
        for title, year, date in (("泓溪县2023年国民经济和社会发展统计年报", 2023, "2024-03-15"),
                                  ("关于做好2024年度政府信息公开工作年度报告编制工作的函", 2024, "2024-12-12"),
                                  ("泓溪县2022年政府网站工作年度报表", 2022, "2023-01-13")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, PROXY, self.proxy)
        self.put(HOST, f"/col/col{COL}/index.html", frame(f"{OWNER} 政府信息公开年报", self.widget(),
                                                          '<meta name="ColumnName" content="政府信息公开年报">'))
        self.put(HOST, f"/col/col{GK}/index.html", frame(f"{OWNER} 政务公开", '<div class="main"><ul class="lm">'
                                                         f'<li><a href="/col/col{COL}/index.html">政府信息公开年报</a>'
                                                         '</li></ul></div>'))
        self.put(HOST, "/index.html", frame(OWNER, f'<div class="main"><a href="/col/col{GK}/index.html">政务公开</a>'
                                                   '</div>'))

    def download(self, files: dict[str, str]):  # type: ignore[no-untyped-def]
        def serve(request: Request) -> Response:
            target = files.get(request.param("filename"))
            if target is None:
                return Response(404, b"<html><body>file not found</body></html>", "text/html; charset=utf-8")
            return self.handle(Request("GET", HOST, target, {}, request.headers))
        return serve

    @staticmethod
    def record(row: tuple[str, str, str, str]) -> str:
        d, h, t, src = row
        return (f'<record><![CDATA[<div class="list-item"><p class="item-title"><a href="{h}" title="{esc(t)}" '
                f'target="_blank">{esc(t)}</a></p><p class="item-info">来源：{esc(src)} | {d}</p></div>]]></record>')

    def widget(self) -> str:
        first = "".join(self.record(r) for r in self.rows[:PER * GROUP])
        return (f'<div class="main"><div class="lm-title">政府信息公开年报</div><div id="{UNIT}">'
                f'<script type="text/xml"><datastore><recordset>{first}</recordset></datastore></script>'
                f"<script type=\"text/javascript\">$('#{UNIT}').jpage({{dataStore: $('#{UNIT} "
                f"script[type=\"text/xml\"]'), perPage: {PER}, groupSize: {GROUP}, totalRecord: {len(self.rows)}, "
                f"proxyUrl: '{PROXY}', ajaxParam: {{col: 1, appid: 1, webid: 4418, path: '/', columnid: {COL}, "
                f"sourceContentType: 1, unitid: {UNIT}, webname: '{OWNER}', permissiontype: 0}}, "
                "barPosition: 'bottom', pageType: 'hanweb'});</script></div></div>")

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
        path = f"/art/{y}/{m}/{d}/art_{COL}_{self.next_id(20, 60)}.html"
        self.rows.append((date, path, title, source))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="pubDate" content="{date}">'
                 f'<meta name="source" content="{esc(source)}"><meta name="ContentSource" content="{esc(source)}">')
        inner = (f'<div class="main"><div class="pos">当前位置：<a href="/">首页</a> &gt; '
                 f'<a href="/col/col{COL}/index.html">政府信息公开年报</a></div><h2 class="wz-title">{esc(title)}</h2>'
                 f'<div class="wz-info">信息来源：{esc(source)}　发布时间：{date}　访问次数：<span id="c_hits"></span>'
                 '</div><DIV id="zoom"><!--<$[信息内容]>begin--><META name=ContentStart>'
                 f'{content}<META name=ContentEnd><!--<$[信息内容]>end--></DIV></div>')
        return self.put(HOST, path, frame(f"{OWNER} {title}", inner, extra))


PORTALS = [HanwebHongxi]
