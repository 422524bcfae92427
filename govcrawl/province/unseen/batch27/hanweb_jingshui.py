"""澋水县 (www.jingshui.gov.test): a Hanweb (大汉 JPaaS) county column with only *three* records a page, so that
the jpage widget's group of three pages (``perPage: 3``, ``groupSize: 3``) does not cover the column: its
POSTed record windows are ``startrecord=1&endrecord=9`` and then ``startrecord=10&endrecord=18`` (records 10–11);
every article is on the JPaaS URL (no ``/art/YYYY/M/D/`` ones) and the one file comes from ``/attach/-1/``.

``/col/col1229735081/index.html``: ``<div id="5120347"><script type="text/xml"><datastore><totalrecord>11
</totalrecord><recordset>`` holding records 1–3 (no ``<nextgroup>``), each ``<record><![CDATA[<div class="js-rec">
<i class="js-dot"></i><a href="/col/col1229735081/art/YYYY/art_<32 hex>.html" target="_blank" title="full
title">title</a><em>YYYY-MM-DD</em></div>]]></record>``, then ``$('#5120347').jpage({dataStore: $('#5120347
script[type="text/xml"]'), perPage: 3, groupSize: 3, totalRecord: 11, proxyUrl: '/module/web/jpage/dataproxy.jsp',
ajaxParam: {col: 1, appid: 1, webid: 5721, path: '/', columnid: 1229735081, sourceContentType: 1, unitid: 5120347,
webname: '澋水县人民政府', permissiontype: 0}})``.  The proxy answers POST ``?startrecord=&endrecord=&perpage=``
(form body with the ajaxParam fields) and GET ``?page=N&…`` with ``<datastore><totalrecord>11</totalrecord>
<totalpage>4</totalpage><recordset>…``; another column or unit gets an empty recordset.  Articles: a
``<table class="js-syb">`` 信息索引 (索引号 | 发布机构 | 生成日期 | 公开方式), ``<h1>``, body ``div#zoom``; metas
``ArticleTitle``, ``PubDate``, ``ContentSource``.  The 住建局's title abbreviates it ("县住建局2024年…"): its
full name is in the 发布机构 cell and ``ContentSource``.  The county's 2023 report is a one-line body with
``附件：<a href="/attach/-1/<32 hex>.pdf">``, served with a Content-Disposition filename.

Reports (7): 澋水县人民政府 2020–2024 (2020 old template, Word markup; 2023 a PDF), 澋水县住房和城乡建设局 2024,
澋水县澋川街道办事处 2022.  Decoys (3): 澋水县2024年政府网站工作年度报表, 澋水县2023年政府信息公开工作年度报告解读,
澋水县人民政府关于2023年度政府信息公开工作年度报告的公告.  One ordinary row (申请表下载).  Chrome: 浙里办-style
top strip, 无障碍 / 长者版, a 搜索 box, the 政府信息公开 sub-menu, footer with 网站标识码 / ICP / 公安备案.
"""

from __future__ import annotations

import random
from urllib.parse import parse_qs, quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch27._site import MEDIA, Site, esc

HOST = "www.jingshui.gov.test"
SITE = "jingshui-gov"
OWNER = "澋水县人民政府"
OFFICE = "澋水县人民政府办公室"
COL = "1229735081"
UNIT = "5120347"
PER = 3
CODE = "9877030016"
PROXY = "/module/web/jpage/dataproxy.jsp"
CHROME = (("/", "首页"), ("/col/col1229735001/index.html", "政务公开"), ("/col/col1229735002/index.html", "政务服务"),
          ("/col/col1229735003/index.html", "互动交流"), ("/col/col1229735011/index.html", "政府信息公开指南"),
          ("/col/col1229735012/index.html", "政府信息公开制度"), ("/col/col1229735013/index.html", "法定主动公开内容"),
          ("/col/col1229735099/index.html", "网站地图"))


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in CHROME[:4])
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" '
        f'content="{CODE}">{extra}<title>{esc(title)}</title><script src="/module/jslib/jquery/jquery.js"></script>'
        '<script src="/module/jslib/jpage/jpage.js"></script></head><body><div class="js-strip"><div class="w">'
        '<span>浙里办</span><span>政务服务网</span><div class="r"><a href="javascript:;" id="cniil_wza">无障碍</a><a '
        'href="javascript:;" class="zzb">长者版</a></div></div></div><div class="js-head"><div class="w"><img src='
        '"/images/js_logo.png" alt="澋水县人民政府"><form action="/jrobot/search.do" class="js-so"><input name="q">'
        f'<button>搜索</button></form></div></div><ul class="js-nav w">{nav}</ul>{inner}<div class="js-foot">'
        '<p>主办单位：澋水县人民政府办公室　承办单位：澋水县大数据发展中心</p>'
        f'<p>网站标识码：{CODE}　未ICP备05031187号　未公网安备98770302000207号</p></div></body></html>')


class HanwebJingshui(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 222_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2020, 29), (2021, 27), (2022, 25), (2024, 22)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"澋水县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OFFICE, self.body(doc, word=year == 2020)), doc)
        doc = self.doc(OWNER, 2023, "2024-01-26", "澋水县人民政府2023年政府信息公开工作年度报告")
        pdf = f"/attach/-1/{self.rng.randrange(16**32):032x}.pdf"
        content = (f'<p>{esc(doc.title)}（全文）。</p><p>附件：<a href="{pdf}" target="_blank">{esc(doc.title)}.pdf'
                   '</a></p>')
        url = self.article(doc.title, "2024-01-26", OFFICE, content)
        self.report(SITE, url, doc, media_type=MEDIA["pdf"],
                    report_url=self.attach(HOST, pdf, doc, "pdf", quote(f"{doc.title}.pdf")))
        for unit, year, date, title in (
                ("澋水县住房和城乡建设局", 2024, "2025-01-20", "县住建局2024年政府信息公开工作年度报告"),
                ("澋水县澋川街道办事处", 2022, "2023-01-18", "澋水县澋川街道办事处2022年度政府信息公开工作年度报告")):
            doc = self.doc(unit, year, date, title)
            self.report(SITE, self.article(title, date, unit, self.body(doc)), doc)
        for title, year, date in (("澋水县2024年政府网站工作年度报表", 2024, "2025-01-14"),
                                  ("澋水县2023年政府信息公开工作年度报告解读", 2023, "2024-01-29"),
                                  ("澋水县人民政府关于2023年度政府信息公开工作年度报告的公告", 2023, "2024-01-30")):
            self.decoy(SITE, self.article(title, date, OFFICE, self.decoy_body(title, OWNER, year)), title)
        self.article("澋水县政府信息公开申请表下载", "2022-06-08", OFFICE,
                     "<p>申请人可下载《澋水县政府信息公开申请表》，填写后通过信函或当面提交至县政府办公室。</p>")
        for path, name in CHROME:
            self.put(HOST, path, frame(f"{name}_澋水县人民政府", f'<div class="w js-main"><h3>{name}</h3><a href="/col/'
                                       f'col{COL}/index.html">政府信息公开年报</a></div>'))
        self.rows.sort(reverse=True)
        self.put(HOST, f"/col/col{COL}/index.html", self.column())
        self.route(HOST, PROXY, self.proxy)
        self.put(HOST, "/module/jslib/jpage/jpage.js", "(function($){$.fn.jpage=function(o){/* 大汉 jpage */};})"
                 "(jQuery);", "application/javascript")
        self.put(HOST, "/module/jslib/jquery/jquery.js", "/*! jQuery v1.12.4 */", "application/javascript")

    def article(self, title: str, date: str, unit: str, content: str) -> str:
        self.next_id()
        path = f"/col/col{COL}/art/{date[:4]}/art_{self.rng.randrange(16**32):032x}.html"
        self.rows.append((date, path, title))
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 15:20">'
                f'<meta name="ContentSource" content="{esc(unit)}"><meta name="ColumnName" content="政府信息公开年报">')
        inner = (f'<div class="w js-main"><div class="js-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/'
                 f'col{COL}/index.html">政府信息公开年报</a></div><table class="js-syb"><tr><th>索引号</th><td>'
                 f'001008003003/{date[:4]}-{self.id % 100000:05d}</td><th>发布机构</th><td>{esc(unit)}</td></tr><tr>'
                 f'<th>生成日期</th><td>{date}</td><th>公开方式</th><td>主动公开</td></tr></table><h1>{esc(title)}</h1>'
                 f'<div id="zoom">{content}</div><div class="js-tool"><a href="javascript:window.print()">打印</a>'
                 '<a href="javascript:window.close()">关闭</a></div></div>')
        return self.put(HOST, path, frame(f"{title}_澋水县人民政府", inner, meta))

    @staticmethod
    def record(date: str, path: str, title: str) -> str:
        return (f'<record><![CDATA[<div class="js-rec"><i class="js-dot"></i><a href="{path}" target="_blank" title='
                f'"{esc(title)}">{esc(title)}</a><em>{date}</em></div>]]></record>')

    def column(self) -> str:
        recs = "".join(self.record(*r) for r in self.rows[:PER])
        left = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in CHROME[4:7])
        inner = (f'<div class="w js-main"><div class="js-left"><h3>政府信息公开</h3><ul>{left}<li class="on">'
                 f'<a href="/col/col{COL}/index.html">政府信息公开年报</a></li></ul></div><div class="js-right">'
                 f'<div id="{UNIT}">'
                 f'<script type="text/xml"><datastore><totalrecord>{len(self.rows)}</totalrecord><recordset>{recs}'
                 f'</recordset></datastore></script><script type="text/javascript">$(\'#{UNIT}\').jpage({{dataStore: '
                 f'$(\'#{UNIT} script[type="text/xml"]\'), perPage: {PER}, groupSize: 3, totalRecord: '
                 f'{len(self.rows)}, proxyUrl: \'{PROXY}\', ajaxParam: {{col: 1, appid: 1, webid: 5721, path: \'/\', '
                 f'columnid: {COL}, sourceContentType: 1, unitid: {UNIT}, webname: \'{OWNER}\', permissiontype: 0}}}});'
                 '</script></div></div></div>')
        return frame("政府信息公开年报_澋水县人民政府", inner)

    def proxy(self, request: Request) -> Response:
        query = {k: v[0] for k, v in request.query.items()}
        body = request.body.decode("utf-8", "replace") if request.body else ""
        query.update({k: v[0] for k, v in parse_qs(body).items()})
        rows = self.rows if query.get("unitid") == UNIT and query.get("columnid") == COL else []
        if query.get("startrecord"):
            start = int(query["startrecord"])
            end = int(query.get("endrecord") or start + 3 * PER - 1)
            chunk = rows[max(start, 1) - 1:end]
        else:
            n = int(query.get("page") or 1)
            chunk = rows[(n - 1) * PER:n * PER]
        data = (f'<?xml version="1.0" encoding="utf-8"?><datastore><totalrecord>{len(rows)}</totalrecord><totalpage>'
                f'{-(-len(rows) // PER)}</totalpage><recordset>{"".join(self.record(*r) for r in chunk)}</recordset>'
                "</datastore>")
        return Response(200, data.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebJingshui]
