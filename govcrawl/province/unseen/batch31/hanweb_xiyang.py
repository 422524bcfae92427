"""郗阳县人民政府 (www.xiyang.gov.test): a county's Hanweb JCMS site whose 年报 column keeps the older jpage endpoint
``/module/jpage/dataproxy.jsp`` (the current ``/module/web/jpage/`` one does not exist here: 404), paged by POSTed
record windows of two pages; its rows are ``<div class="xxgk-item">`` blocks, and its articles mix classic
``/art/YYYY/M/D/art_<col>_<id>.html`` URLs with JPaaS ``/col/col<col>/art/YYYY/art_<32 hex>.html`` ones.

Home ``/`` links the column ``/col/col1229418806/index.html`` (政府信息公开年报).  That page holds a ``<div
id="55201">`` with a ``<script type="text/xml"><datastore>`` of the first four records (CDATA ``<div
class="xxgk-item"><p class="bt"><a href=… title=…>…</a></p><p class="rq">发布日期：2024-01-25</p></div>``) and
``$('#55201').jpage({…})`` naming ``proxyUrl:'/module/jpage/dataproxy.jsp'``, ``perPage:4``, ``totalRecord:12``,
``groupSize:2`` and ``ajaxParam`` ``{col:1, appid:1, webid:3311, path:'/', columnid:1229418806,
sourceContentType:1, unitid:55201, webname:'郗阳县人民政府', permissiontype:0}``.  The endpoint answers a POST of
those form fields with query ``?startrecord=N&endrecord=M&perpage=4`` (also a GET carrying them in the query) with
``<datastore><totalrecord>12</totalrecord><totalpage>3</totalpage><recordset>…`` for rows N..M; without the right
``columnid`` and ``unitid`` it answers an empty recordset.  Newest first.

Articles: ``<div class="article-title">``, a 信息来源 line, metas ``source`` / ``pubDate`` / ``category``, the body
inside ``div#zoom`` between ``<META name=ContentStart>`` / ``<META name=ContentEnd>`` markers (2019–2020 reports in
Word markup).  Town reports are titled with the short name ("灈口镇2023年…") and the source line gives the town's
full name (郗阳县灈口镇人民政府), as does the ``source`` meta; the 县发展和改革局 report likewise.

Reports (9): 郗阳县人民政府 2019–2024, 郗阳县灈口镇人民政府 2022 and 2023, 郗阳县发展和改革局 2023.
Decoys (3): 郗阳县2023年政府网站工作年度报表, 关于郗阳县2022年度政府信息公开工作年度报告的解读,
郗阳县人民政府2021年法治政府建设年度报告.
Chrome: 无障碍 / 长者版 / 简繁 links, a search form, a nav, a footer with 主办单位, 网站标识码, ICP, 公安备案, and a
"政务新媒体" blurb.
"""

from __future__ import annotations

import random
from urllib.parse import parse_qs

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch31._site import Site, esc

HOST = "www.xiyang.gov.test"
SITE = "xiyang-gov"
OWNER = "郗阳县人民政府"
TOWN = "郗阳县灈口镇人民政府"
DEPT = "郗阳县发展和改革局"
COL = 1229418806
UNIT_ID = 55201
PER = 4
CODE = "9881020001"
NAV = (("/", "首页"), ("/col/col1229418800/index.html", "政务动态"), ("/col/col1229418806/index.html", "信息公开"),
       ("/col/col1229418811/index.html", "政务服务"), ("/col/col1229418815/index.html", "互动交流"))


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<a href="{p}">{n}</a>' for p, n in NAV)
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title>'
            '<script src="/script/jquery.min.js"></script><script src="/module/jslib/jpage/jpage.js"></script>'
            '</head><body><div class="site-top"><a href="javascript:;" id="cniil_wza">无障碍</a>'
            '<a href="javascript:;">长者版</a><a href="javascript:;">简</a>/<a href="javascript:;">繁</a></div>'
            '<div class="site-head"><span class="logo">郗阳县人民政府门户网站</span>'
            '<form action="/jsearchfront/search.do" method="get"><input name="q"><input type="hidden" name="websiteid"'
            ' value="3311"><input type="submit" value="搜 索"></form></div>'
            f'<div class="site-nav">{nav}</div>{inner}<div class="site-foot"><p>主办单位：郗阳县人民政府办公室</p>'
            f'<p>网站标识码：{CODE}　未ICP备18006620号　未公网安备98810202000107号</p>'
            '<p>政务新媒体：郗阳发布（微信）　郗阳发布（微博）</p></div></body></html>')


class HanwebXiyang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 260_700

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.records: list[tuple[str, str]] = []
        for year, date in ((2019, "2020-01-20"), (2020, "2021-01-27"), (2021, "2022-01-24"), (2022, "2023-01-18"),
                           (2023, "2024-01-23"), (2024, "2025-01-21")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year < 2021), year >= 2023),
                        doc)
        for year, date in ((2022, "2023-01-13"), (2023, "2024-01-12")):
            doc = self.doc(TOWN, year, date, f"灈口镇{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, TOWN, self.body(doc), year == 2023), doc)
        doc = self.doc(DEPT, 2023, "2024-01-26", "县发改局2023年度政府信息公开工作报告")
        self.report(SITE, self.article(doc.title, "2024-01-26", DEPT, self.body(doc), False), doc)
        for title, year, date in (("郗阳县2023年政府网站工作年度报表", 2023, "2024-01-30"),
                                  ("关于郗阳县2022年度政府信息公开工作年度报告的解读", 2022, "2023-01-19"),
                                  (f"{OWNER}2021年法治政府建设年度报告", 2021, "2022-03-15")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year), False), title)
        self.records.sort(reverse=True)
        self.put(HOST, "/index.html", frame(OWNER, '<div class="home"><div class="box"><h3>政府信息公开</h3>'
                                            f'<a href="/col/col{COL}/index.html">政府信息公开年报</a></div></div>'))
        for path, label in NAV[1:]:
            if str(COL) not in path:
                self.put(HOST, path, frame(f"{label}_{OWNER}", f'<div class="main"><h2>{label}</h2>'
                                           f'<a href="/col/col{COL}/index.html">政府信息公开年报</a></div>'))
        first = "".join(f"<record><![CDATA[{r}]]></record>\n" for _, r in self.records[:PER])
        inner = (f'<div class="main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; 信息公开 &gt; '
                 '政府信息公开年报'
                 f'</div><div class="xxgk-list" id="{UNIT_ID}"><script type="text/xml"><datastore>\n'
                 f'<recordset>\n{first}</recordset></datastore></script>\n<script>\n$("#{UNIT_ID}").jpage({{\n'
                 f"  dataStore: document.getElementById('{UNIT_ID}'), perPage: {PER}, totalRecord: "
                 f"{len(self.records)}, groupSize: 2, barPosition: 'bottom',\n"
                 "  proxyUrl: '/module/jpage/dataproxy.jsp', ajaxType: 'post',\n"
                 f"  ajaxParam: {{col: 1, appid: 1, webid: 3311, path: '/', columnid: {COL}, sourceContentType: 1,"
                 f" unitid: {UNIT_ID}, webname: '{OWNER}', permissiontype: 0}}\n}});\n</script></div></div>")
        self.put(HOST, f"/col/col{COL}/index.html", frame(f"{OWNER} 政府信息公开年报", inner))
        self.route(HOST, "/module/jpage/dataproxy.jsp", self.proxy)
        for js in ("/script/jquery.min.js", "/module/jslib/jpage/jpage.js"):
            self.put(HOST, js, "/* jquery & jpage */", "application/javascript")

    def proxy(self, request: Request) -> Response:
        params = dict(request.query)
        if request.body:
            params.update(parse_qs(request.body.decode("utf-8", "replace")))

        def get(name: str) -> str:
            return params.get(name, [""])[0]

        total = len(self.records)
        rows: list[tuple[str, str]] = []
        if get("columnid") == str(COL) and get("unitid") == str(UNIT_ID):
            try:
                start, end = max(1, int(get("startrecord") or 1)), int(get("endrecord") or PER * 2)
            except ValueError:
                start, end = 1, PER * 2
            rows = self.records[start - 1:end]
        body = "".join(f"<record><![CDATA[{r}]]></record>\n" for _, r in rows)
        xml = (f'<?xml version="1.0" encoding="utf-8"?><datastore><totalrecord>{total}</totalrecord><totalpage>'
               f"{-(-total // PER)}</totalpage><recordset>\n{body}</recordset></datastore>")
        return Response(200, xml.encode(), "text/xml; charset=utf-8")

    def article(self, title: str, date: str, unit: str, content: str, new_style: bool) -> str:
        y, m, d = (int(x) for x in date.split("-"))
        if new_style:
            path = f"/col/col{COL}/art/{y}/art_{self.rng.randrange(16**32):032x}.html"
            self.next_id()
        else:
            path = f"/art/{y}/{m}/{d}/art_{COL}_{self.next_id()}.html"
        self.records.append((date, f'<div class="xxgk-item"><p class="bt"><a href="{path}" target="_blank" '
                                   f'title="{esc(title)}">{esc(title)}</a></p>'
                                   f'<p class="rq">发布日期：{date}</p></div>'))
        meta = (f'<meta name="source" content="{esc(unit)}"><meta name="pubDate" content="{date} 16:20">'
                '<meta name="category" content="政府信息公开年报">')
        inner = (f'<div class="main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{COL}/'
                 f'index.html">政府信息公开年报</a></div><div class="article-title">{esc(title)}</div>'
                 f'<div class="article-info">发布日期：{date}　信息来源：{esc(unit)}　浏览次数：'
                 '<span id="readcount"></span>　【<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
                 '<a href="javascript:;">小</a>】</div><div id="zoom"><!--<$[信息内容]>begin--><META name=ContentStart>'
                 f'{content}<META name=ContentEnd><!--<$[信息内容]>end--></div></div>')
        return self.put(HOST, path, frame(f"{OWNER} 政府信息公开年报 {title}", inner, meta))


PORTALS = [HanwebXiyang]
