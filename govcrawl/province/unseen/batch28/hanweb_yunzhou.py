"""沄州市医疗保障局 (ybj.yunzhou.gov.test): a city bureau's Hanweb (大汉 JCMS) site whose 年报 column configures
the jpage widget to call the *old zj.gov.cn-era* data proxy ``/module/jslib/jquery/jpage/dataproxy.jsp`` (not
``/module/web/jpage/`` nor ``/module/jpage/``), whose ``<datastore>`` island holds only the first four of ten
records as ``<p>`` rows with a bracketed date, and whose articles name their unit in a ``文章来源`` line.

``/col/col7723/index.html``: ``<div id="31569"><script type="text/xml"><datastore><recordset>`` of four
``<record><![CDATA[<p class="yb-li"><a href="/art/YYYY/M/D/art_7723_<id>.html" target="_blank" title="full
title">title</a><span>[YYYY-MM-DD]</span></p>]]></record>`` (no ``<nextgroup>``, no ``<totalrecord>``), then
``$('#31569').jpage({dataStore: …, perPage: 4, totalRecord: 10, groupSize: 3, proxyUrl:
'/module/jslib/jquery/jpage/dataproxy.jsp', ajaxParam: {col: 1, appid: 1, webid: 57, path: '/', columnid: 7723,
sourceContentType: 1, unitid: 31569, webname: '沄州市医疗保障局', permissiontype: 0}})``.  The proxy answers POST
(or GET) ``?startrecord=S&endrecord=E&perpage=4`` with ``<datastore><nextgroup><![CDATA[]]></nextgroup>
<recordset>…</recordset></datastore>`` of records S–E (1-based, newest first), and GET ``?page=N`` with page N
of four; other paths (``/module/web/jpage/dataproxy.jsp``) are 404.
Articles: classic ``/art/YYYY/M/D/art_7723_<id>.html`` (month/day not padded), ``<h2 class="yb-tit">``, a
``<div class="yb-src">文章来源：… 发布时间：… 浏览次数：<span id="ll"></span></div>`` line, body ``div#zoom``
between ``<!--<$[信息内容]>begin-->`` and ``<!--<$[信息内容]>end-->`` (Word markup for 2020).  The 医疗保险服务中心's
title abbreviates it ("市医保服务中心…"); its full name is in 文章来源 and the ``ContentSource`` meta.

Reports (7, all HTML): 沄州市医疗保障局 2019–2024 (2019–2020 old template), 沄州市医疗保险服务中心 2023.  Decoys (3):
沄州市医疗保障局政府信息公开指南（2024年修订）, 沄州市医疗保障局2023年度部门决算, 沄州市医疗保障局2023年政府信息公开工作
年度报告解读.  Chrome: a top bar linking the 沄州市人民政府 portal, 无障碍 / 适老化 links, a 医保服务 nav, a footer with
网站标识码, ICP and 公安备案.
"""

from __future__ import annotations

import random
from urllib.parse import parse_qs

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch28._site import Site, esc

HOST = "ybj.yunzhou.gov.test"
SITE = "yunzhou-ybj"
OWNER = "沄州市医疗保障局"
COL = 7723
UNIT = 31569
PER = 4
PROXY = "/module/jslib/jquery/jpage/dataproxy.jsp"
CODE = "9878020019"
NAV = (("/", "首页"), ("/col/col7701/index.html", "医保动态"), ("/col/col7710/index.html", "政策法规"),
       ("/col/col7715/index.html", "医保服务"), ("/col/col7720/index.html", "政府信息公开"))


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<a href="{p}">{n}</a>' for p, n in NAV)
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" '
        f'content="{CODE}">{extra}<title>{esc(title)}</title>'
        '<script src="/module/jslib/jquery/jquery.js"></script><script src="/module/jslib/jquery/jpage/jquery.page.js">'
        '</script></head><body><div class="yb-bar">沄州市人民政府门户网站 | <a href="javascript:;">无障碍</a> | '
        '<a href="javascript:;">适老化服务</a></div><div class="yb-head"><h1>沄州市医疗保障局</h1></div>'
        f'<div class="yb-nav">{nav}</div>{inner}<div class="yb-foot"><p>主办单位：沄州市医疗保障局　'
        f'地址：沄州市迎宾大道88号</p><p>网站标识码：{CODE}　未ICP备19004562号-3　未公网安备98780202000312号</p>'
        '</div></body></html>')


class HanwebYunzhou(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 230_700

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 31), (2020, 29), (2021, 27), (2022, 18), (2023, 24), (2024, 22)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"沄州市医疗保障局{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2020)), doc)
        unit, title = "沄州市医疗保险服务中心", "市医保服务中心2023年度政府信息公开工作年度报告"
        doc = self.doc(unit, 2023, "2024-01-29", title)
        self.report(SITE, self.article(title, "2024-01-29", unit, self.body(doc)), doc)
        for title, year, date in (("沄州市医疗保障局政府信息公开指南（2024年修订）", 2024, "2024-02-26"),
                                  ("沄州市医疗保障局2023年度部门决算", 2023, "2024-08-30"),
                                  ("沄州市医疗保障局2023年政府信息公开工作年度报告解读", 2023, "2024-01-25")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, PROXY, self.proxy)
        for js in ("/module/jslib/jquery/jquery.js", "/module/jslib/jquery/jpage/jquery.page.js"):
            self.put(HOST, js, "/* jQuery plugin (minified) */", "application/javascript")
        for path, name in NAV:
            self.put(HOST, path if path != "/" else "/index.html",
                     frame(f"{name}-沄州市医疗保障局", f'<div class="yb-w"><h3>{name}</h3><'
                                                       f'a href="/col/col{COL}/index.html">'
                           '政府信息公开年报</a></div>'))
        self.put(HOST, f"/col/col{COL}/index.html", self.column())

    def record(self, row: tuple[str, str, str]) -> str:
        d, h, t = row
        return (f'<record><![CDATA[<p class="yb-li"><a href="{h}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                f'<span>[{d}]</span></p>]]></record>')

    def article(self, title: str, date: str, unit: str, content: str) -> str:
        docid = self.next_id()
        y, m, d = (int(x) for x in date.split("-"))
        path = f"/art/{y}/{m}/{d}/art_{COL}_{docid}.html"
        self.rows.append((date, path, title))
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 15:40">'
                f'<meta name="ContentSource" content="{esc(unit)}"><meta name="ColumnName" content="政府信息公开年报">')
        inner = (f'<div class="yb-w"><div class="yb-loc">当前位置：<a href="/">首页</a> &gt; <a href="/col/col7720/'
                 f'index.html">政府信息公开</a> &gt; <a href="/col/col{COL}/index.html">政府信息公开年报</a></div>'
                 f'<h2 class="yb-tit">{esc(title)}</h2><div class="yb-src">文章来源：{esc(unit)}　发布时间：{date}　'
                 '浏览次数：<span id="ll"></span></div><div id="zoom"><!--<$[信息内容]>begin-->'
                 f'{content}<!--<$[信息内容]>end--></div><div class="yb-fn"><a href="javascript:window.print()">'
                 '[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a></div></div>')
        return self.put(HOST, path, frame(f"沄州市医疗保障局 {title}", inner, meta))

    def column(self) -> str:
        records = "".join(self.record(r) for r in self.rows[:PER])
        inner = (f'<div class="yb-w"><div class="yb-loc">当前位置：<a href="/">首页</a> &gt; <a href="/col/col7720/'
                 'index.html">政府信息公开</a> &gt; 政府信息公开年报</div><div class="yb-list">'
                 f'<div id="{UNIT}"><script type="text/xml"><datastore><recordset>{records}</recordset></datastore>'
                 f"</script><script>$('#{UNIT}').jpage({{dataStore: $('#{UNIT} script[type=\"text/xml\"]').text(), "
                 f"perPage: {PER}, totalRecord: {len(self.rows)}, groupSize: 3, barPosition: 'bottom', "
                 f"proxyUrl: '{PROXY}', ajaxParam: {{col: 1, appid: 1, webid: 57, path: '/', columnid: {COL}, "
                 f"sourceContentType: 1, unitid: {UNIT}, webname: '{OWNER}', permissiontype: 0}}}});</script>"
                 '</div></div></div>')
        return frame("沄州市医疗保障局 政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')

    def proxy(self, request: Request) -> Response:
        query = {k: v[0] for k, v in request.query.items()}
        body = request.body.decode("utf-8", "replace") if request.body else ""
        query.update({k: v[0] for k, v in parse_qs(body).items()})
        if query.get("columnid", str(COL)) != str(COL):
            return Response(200, b"<datastore><recordset></recordset></datastore>", "text/xml; charset=utf-8")
        try:
            if "startrecord" in query:
                start = max(1, int(query["startrecord"]))
                end = int(query.get("endrecord", str(start + 3 * PER - 1)))
            else:
                page = max(1, int(query.get("page", "1")))
                start, end = (page - 1) * PER + 1, page * PER
        except ValueError:
            start, end = 1, 3 * PER
        records = "".join(self.record(r) for r in self.rows[start - 1:end])
        xml = (f'<?xml version="1.0" encoding="UTF-8"?><datastore><nextgroup><![CDATA[]]></nextgroup>'
               f"<recordset>{records}</recordset></datastore>")
        return Response(200, xml.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebYunzhou]
