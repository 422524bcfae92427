"""磛岭县 (www.chanling.gov.test): a Hanweb (大汉 JCMS) county whose 年报 column's ``<datastore>`` island carries its
own ``<totalrecord>`` and ``<totalpage>`` beside the first four of eleven records, each record a ``<div>`` row with a
发布机构 span, and whose jpage widget is set up inside ``$(document).ready(...)`` with *string-valued* settings
(``perPage:'4'``, ``totalRecord:'11'``) and a POST data proxy; the proxy also answers GET ``?page=N``.

``/col/col1229803164/index.html``: ``<div id="6610842"><script type="text/xml"><datastore><totalrecord>11
</totalrecord><totalpage>3</totalpage><recordset>`` of ``<record><![CDATA[<div class="cl-row"><a href="/art/YYYY/M/D/
art_1229803164_<id>.html" target="_blank" title="full title">title</a><span class="cl-dw">发布机构</span><span
class="cl-rq">YYYY-MM-DD</span></div>]]></record>``, newest first, then ``$('#6610842').jpage({dataStore: …,
perPage:'4', totalRecord:'11', proxyUrl:'/module/web/jpage/dataproxy.jsp', ajaxParam:{col:1, appid:1, webid:2214,
path:'/', columnid:1229803164, sourceContentType:1, unitid:6610842, webname:'磛岭县人民政府', permissiontype:0}})``.
``POST /module/web/jpage/dataproxy.jsp?startrecord=A&endrecord=B&perpage=4`` (or GET ``?page=N&…``) answers
``<datastore><totalrecord>11</totalrecord><totalpage>3</totalpage><recordset>…`` with the records of that window
(``/module/jpage/dataproxy.jsp`` is 404).  Articles: ``div#zoom`` between ``<meta name="ContentStart">`` and
``<meta name="ContentEnd">``, a 发布机构 / 发布日期 line; department and town titles abbreviate their unit.

Reports (8): 磛岭县人民政府 2019–2024 (2019–2020 old template, 2021 Word markup), 磛岭县农业农村局 2023 (title
"县农业农村局…"), 磛岭县峋口镇人民政府 2024 (title "峋口镇…").  Decoys (3): 磛岭县2024年政府信息公开指南 (title
"磛岭县政府信息公开指南（2024年版）"),
关于磛岭县2023年政府信息公开工作年度报告的公告, 磛岭县2023年政府信息公开工作年度报告解读.
Chrome: 长者模式 / 无障碍 links, 浙里办 blurb, footer with 网站标识码 and ICP.
"""

from __future__ import annotations

import random
import re
from urllib.parse import parse_qs

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch29._site import Site, esc

HOST = "www.chanling.gov.test"
SITE = "chanling-gov"
OWNER = "磛岭县人民政府"
COL = 1229803164
UNIT = 6610842
PER = 4
CODE = "9879020006"
NAV = (("/", "首页"), ("/col/col1229803101/index.html", "政务公开"), ("/col/col1229803102/index.html", "政务服务"))


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<a href="{p}">{n}</a>' for p, n in NAV)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" '
            f'content="{CODE}">{extra}<title>{esc(title)}</title><script src="/module/jslib/jquery/jquery.js"></script>'
            '<script src="/module/web/jpage/jpage.js"></script></head><body><div class="cl-head"><b>磛岭县人民政府</b>'
            '<a href="javascript:;">长者模式</a><a href="javascript:;">无障碍</a></div>'
            f'<div class="cl-nav">{nav}</div>{inner}<div class="cl-foot"><p>主办：磛岭县人民政府办公室</p>'
            f'<p>网站标识码：{CODE}　未ICP备19004126号-2</p><p>掌上办事请下载“浙里办”APP</p></div></body></html>')


class HanwebChanling(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 240_700

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        for year, day in ((2019, 27), (2020, 25), (2021, 21), (2022, 20), (2023, 19), (2024, 17)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"磛岭县{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2021)), doc)
        for unit, year, date, title in (
                ("磛岭县农业农村局", 2023, "2024-01-23", "县农业农村局2023年政府信息公开工作年度报告"),
                ("磛岭县峋口镇人民政府", 2024, "2025-01-21", "峋口镇2024年度政府信息公开工作年度报告")):
            doc = self.doc(unit, year, date, title)
            self.report(SITE, self.article(title, date, unit, self.body(doc)), doc)
        for title, year, date in (("磛岭县政府信息公开指南（2024年版）", 2024, "2024-03-05"),
                                  ("关于磛岭县2023年政府信息公开工作年度报告的公告", 2023, "2024-01-19"),
                                  ("磛岭县2023年政府信息公开工作年度报告解读", 2023, "2024-01-22")):
            url = self.article(title, date, "磛岭县人民政府办公室", self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.rows.sort(reverse=True)
        for path, name in NAV[1:]:
            self.put(HOST, path, frame(name, f'<div class="cl-w"><a href="/col/col{COL}/index.html">'
                                             '政府信息公开年报</a></div>'))
        self.put(HOST, "/", frame(OWNER, f'<div class="cl-w"><a href="/col/col{COL}/index.html">政府信息公开年报</a>'
                                         '</div>'))
        self.put(HOST, "/module/jslib/jquery/jquery.js", "/* jQuery */", "application/javascript")
        self.put(HOST, "/module/web/jpage/jpage.js", "/* jpage */", "application/javascript")
        self.put(HOST, f"/col/col{COL}/index.html", self.column())
        self.route(HOST, "/module/web/jpage/dataproxy.jsp", self.proxy)

    def article(self, title: str, date: str, unit: str, content: str) -> str:
        docid = self.next_id()
        y, m, d = (int(x) for x in date.split("-"))
        path = f"/art/{y}/{m}/{d}/art_{COL}_{docid}.html"
        self.rows.append((date, path, title, unit))
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date}">'
                f'<meta name="ContentSource" content="{esc(unit)}">')
        inner = (f'<div class="cl-w"><div class="cl-pos">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{COL}/'
                 f'index.html">政府信息公开年报</a></div><h1>{esc(title)}</h1>'
                 f'<div class="cl-info">发布机构：{esc(unit)}'
                 f'　发布日期：{date}　浏览次数：<span id="hits"></span></div><div id="zoom"><meta name="ContentStart">'
                 f'{content}<meta name="ContentEnd"></div></div>')
        return self.put(HOST, path, frame(f"{OWNER} {title}", inner, meta))

    def records(self, rows: list[tuple[str, str, str, str]]) -> str:
        return "".join(f'<record><![CDATA[<div class="cl-row"><a href="{p}" target="_blank" title="{esc(t)}">{esc(t)}'
                       f'</a><span class="cl-dw">{esc(u)}</span><span class="cl-rq">{d}</span></div>]]></record>\n'
                       for d, p, t, u in rows)

    def store(self, rows: list[tuple[str, str, str, str]]) -> str:
        pages = -(-len(self.rows) // PER)
        return (f"<datastore><totalrecord>{len(self.rows)}</totalrecord><totalpage>{pages}</totalpage><recordset>\n"
                f"{self.records(rows)}</recordset></datastore>")

    def column(self) -> str:
        inner = (f'<div class="cl-w"><h2>政府信息公开年报</h2><div id="{UNIT}"><script type="text/xml">'
                 f'{self.store(self.rows[:PER])}</script></div><script>$(document).ready(function () {{'
                 f"$('#{UNIT}').jpage({{dataStore: $('#{UNIT} script[type=\"text/xml\"]').html(), perPage:'{PER}', "
                 f"totalRecord:'{len(self.rows)}', proxyUrl:'/module/web/jpage/dataproxy.jsp', ajaxType:'post', "
                 f"ajaxParam:{{col:1, appid:1, webid:2214, path:'/', columnid:{COL}, sourceContentType:1, "
                 f"unitid:{UNIT}, webname:'{OWNER}', permissiontype:0}}}});}});</script></div>")
        return frame(f"{OWNER} 政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')

    def proxy(self, request: Request) -> Response:
        params = dict(request.query)
        if request.body:
            params.update(parse_qs(request.body.decode("utf-8", "replace")))

        def num(name: str, default: int) -> int:
            value = params.get(name, [""])[0]
            return int(value) if re.fullmatch(r"\d+", value) else default

        if "startrecord" in params:
            start, end = num("startrecord", 1), num("endrecord", PER)
        else:
            page, per = num("page", 1), num("perpage", PER)
            start, end = (page - 1) * per + 1, page * per
        body = self.store(self.rows[max(start, 1) - 1:end])
        return Response(200, body.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebChanling]
