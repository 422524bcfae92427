"""渌溪县人民政府 (www.luxi.gov.test): a Hanweb JCMS county whose 年报 column is a ``<table class="tb_list">``
whose rows are the CDATA records of the page's ``<script type="text/xml">`` datastore, paged by a jpage widget over
the GET data proxy ``/module/web/jpage/dataproxy.jsp?page=N&…`` (a record per ``<tr>``).

Start URL: the column ``/col/col1229370512/index.html``.  Page 1's five records sit in the datastore inside
``<div id="370512">``; the widget call ``$('#370512').jpage({ dataStore: …, perPage: 5, totalRecord: 13, proxyUrl:
'/module/web/jpage/dataproxy.jsp', ajaxParam: {…} })`` names ``appid``, ``webid``, ``path``, ``columnid``,
``unitid``, ``webname`` and ``permissiontype``.  ``GET /module/web/jpage/dataproxy.jsp?page=N&appid=1&webid=2741&
path=/&columnid=1229370512&unitid=370512&webname=…&permissiontype=0`` answers ``<datastore><nextgroup/>
<recordset>…</recordset><totalrecord>13</totalrecord><totalpage>3</totalpage></datastore>`` (five records a page;
other ``columnid``/``unitid`` values answer an empty recordset).  The old ``/module/jpage/dataproxy.jsp`` is not
served (404, as on Jiangsu sites).  Records: ``<tr><td class="bt"><a href="/art/Y/M/D/art_1229370512_<id>.html"
target="_blank" title="full title">…</a></td><td class="ly">发布单位</td><td class="rq">YYYY-MM-DD</td></tr>``.

Articles ``/art/Y/M/D/art_1229370512_<id>.html`` (month and day unpadded): metas ArticleTitle, PubDate,
ContentSource, ``source``; a table of 索引号 / 发布机构 / 发文日期; body ``div#zoom`` bracketed by
``<!--<$[信息内容]>begin-->`` and ``<META name=ContentStart>`` … ``<META name=ContentEnd>`` markers.  The 2022 county
report is a stub whose DOCX is ``/module/download/downfile.jsp?classid=0&filename=<32 hex>.docx&showname=…``.

Reports (9): 渌溪县人民政府 2020–2024 (2022 a DOCX, 2020 Word-pasted HTML), 渌溪县教育局 2023 (titled "县教育局…"),
渌溪县自然资源和规划局 2024, 渌溪县鹤桥镇人民政府 2021 and 2023 (titled "鹤桥镇…"); each page's 发布机构 cell
and ContentSource meta name the full agency.  Decoys (3): 关于报送2023年度政府信息公开工作年度报告的函, 渌溪县人民
政府2022年法治政府建设年度报告, 渌溪县2023年政府网站工作年度报表.  Other rows (1): a 防汛 notice.  Chrome: 长者
模式 / 无障碍 toolbar, a search box, nav, a footer with 主办单位, 网站标识码, ICP, 公安备案 and a 党政机关 mark.
"""

from __future__ import annotations

import random
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch32._site import MEDIA, Site, esc

HOST = "www.luxi.gov.test"
SITE = "luxi-gov"
OWNER = "渌溪县人民政府"
CODE = "9882020001"
COLID = 1229370512
UNITID = 370512
WEBID = 2741
PER = 5
COL = f"/col/col{COLID}/index.html"
PROXY = "/module/web/jpage/dataproxy.jsp"
NAV = (("/index.html", "首页"), ("/col/col1229370001/index.html", "政务动态"),
       ("/col/col1229370002/index.html", "政务公开"), ("/col/col1229370003/index.html", "政务服务"))


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in NAV)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title>'
            '<script src="/module/jslib/jquery/jquery.js"></script>'
            '<script src="/module/jslib/jpage/jpage.js"></script></head><body>'
            '<div class="toolbar"><a href="javascript:;" onclick="aged()">长者模式</a> <a href="javascript:;" '
            'onclick="aria.start()">无障碍</a></div><div class="banner"><h1>渌溪县人民政府</h1>'
            '<form action="/jrobot/search.do" method="get"><input type="hidden" name="webid" value="2741">'
            '<input name="q"><button>搜索</button></form></div>'
            f'<ul class="mainnav">{nav}</ul>{inner}'
            '<div class="footer"><p>主办单位：渌溪县人民政府办公室　联系电话：0000-6123456</p>'
            f'<p>网站标识码：{CODE}　未ICP备20007731号　未公网安备98820202000102号</p>'
            '<p><span class="dzjg">党政机关</span></p></div></body></html>')


class HanwebLuxi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 270_700

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.records: list[tuple[str, str]] = []
        for year, date in ((2020, "2021-01-25"), (2021, "2022-01-20"), (2023, "2024-01-23"), (2024, "2025-01-20")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2020)), doc)
        date = "2023-01-29"
        doc = self.doc(OWNER, 2022, date, f"{OWNER}2022年政府信息公开工作年度报告")
        hexname = "".join(self.rng.choice("0123456789abcdef") for _ in range(32)) + ".docx"
        show = quote(f"{doc.title}.docx")
        dl = f"/module/download/downfile.jsp?classid=0&filename={hexname}&showname={show}"
        self.attach(HOST, "/_files/nb2022.docx", doc, "docx")
        stored = self.pages.pop((HOST, "/_files/nb2022.docx"))
        self.route(HOST, "/module/download/downfile.jsp", lambda request: stored
                   if request.param("filename") == hexname
                   else Response(200, "<html><body>文件不存在</body></html>".encode()))
        url = self.article(doc.title, date, OWNER, f"<p>{esc(doc.title)}全文见附件。</p>"
                           f'<p>附件：<a href="{dl}">{esc(doc.title)}.docx</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=f"http://{HOST}{dl}")
        for agency, short, year, date in (("渌溪县教育局", "县教育局", 2023, "2024-01-29"),
                                          ("渌溪县自然资源和规划局", "渌溪县自然资源和规划局", 2024, "2025-01-27"),
                                          ("渌溪县鹤桥镇人民政府", "鹤桥镇", 2021, "2022-01-28"),
                                          ("渌溪县鹤桥镇人民政府", "鹤桥镇", 2023, "2024-01-30")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, agency, self.body(doc)), doc)
        for title, year, date in (("关于报送2023年度政府信息公开工作年度报告的函", 2023, "2024-01-08"),
                                  (f"{OWNER}2022年法治政府建设年度报告", 2022, "2023-02-27"),
                                  ("渌溪县2023年政府网站工作年度报表", 2023, "2024-01-31")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.article("关于做好2024年防汛防台工作的通知", "2024-05-10", OWNER,
                     "<p>各乡镇人民政府、县级各部门：为做好2024年防汛防台工作，现通知如下。</p>")
        self.records.sort(reverse=True)
        self.put(HOST, COL, self.column())
        self.route(HOST, PROXY, self.proxy)
        self.put(HOST, "/module/jslib/jquery/jquery.js", "/* jQuery */", "application/javascript")
        self.put(HOST, "/module/jslib/jpage/jpage.js", "/* jpage */", "application/javascript")
        for path, label in NAV:
            self.put(HOST, path, frame(f"{label}-{OWNER}", f'<div class="main"><h3>{label}</h3>'
                                       f'<a href="{COL}">政府信息公开年报</a></div>'))

    def article(self, title: str, date: str, unit: str, content: str) -> str:
        aid = self.next_id(3, 40)
        y, m, d = (int(x) for x in date.split("-"))
        path = f"/art/{y}/{m}/{d}/art_{COLID}_{aid}.html"
        self.records.append((date, f'<tr><td class="bt"><a href="{path}" target="_blank" title="{esc(title)}">'
                                   f'{esc(title)}</a></td><td class="ly">{esc(unit)}</td>'
                                   f'<td class="rq">{date}</td></tr>'))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 16:05">'
                 f'<meta name="ContentSource" content="{esc(unit)}"><meta name="source" content="{esc(unit)}">')
        inner = (f'<div class="main"><div class="crumb">您当前的位置：<a href="/index.html">首页</a> &gt; '
                 f'<a href="{COL}">政府信息公开年报</a></div><table class="xxgk_meta"><tr><td>索引号：</td>'
                 f'<td>0013{aid}/{y}-{aid % 997}</td><td>发布机构：</td><td>{esc(unit)}</td></tr>'
                 '<tr><td>发文日期：</td>'
                 f'<td>{date}</td><td>主题分类：</td><td>政务公开</td></tr></table>'
                 f'<div class="title">{esc(title)}</div><div id="zoom">'
                 '<!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><META name=ContentStart>'
                 f'{content}<META name=ContentEnd><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div>'
                 '<div class="btns"><a href="javascript:window.print()">打印</a> '
                 '<a href="javascript:window.close()">关闭</a></div></div>')
        return self.put(HOST, path, frame(f"{OWNER} {title}", inner, extra))

    def datastore(self, page: int) -> str:
        rows = "".join(f"<record><![CDATA[{r}]]></record>\n" for _, r in self.records[(page - 1) * PER:page * PER])
        total = len(self.records)
        return (f"<datastore><nextgroup><![CDATA[]]></nextgroup><recordset>\n{rows}</recordset>"
                f"<totalrecord>{total}</totalrecord><totalpage>{-(-total // PER)}</totalpage></datastore>")

    def proxy(self, request: Request) -> Response:
        if request.param("columnid") != str(COLID) or request.param("unitid") != str(UNITID):
            body = "<datastore><recordset></recordset><totalrecord>0</totalrecord><totalpage>0</totalpage></datastore>"
            return Response(200, body.encode(), "text/xml; charset=utf-8")
        try:
            page = max(1, int(request.param("page", "1")))
        except ValueError:
            page = 1
        return Response(200, self.datastore(page).encode(), "text/xml; charset=utf-8")

    def column(self) -> str:
        total = len(self.records)
        inner = ('<div class="main"><div class="crumb">您当前的位置：<a href="/index.html">首页</a> &gt; '
                 '<a href="/col/col1229370002/index.html">政务公开</a> &gt; 政府信息公开年报</div>'
                 '<table class="tb_list"><thead><tr><th>标题</th><th>发布单位</th><th>日期</th></tr></thead>'
                 f'<tbody id="{UNITID}"><script type="text/xml">{self.datastore(1)}</script></tbody></table>'
                 '<script type="text/javascript">'
                 f"$('#{UNITID}').jpage({{ dataStore: dataStore, perPage: {PER}, totalRecord: {total}, "
                 f"proxyUrl: '{PROXY}', groupSize: 1, barPosition: 'bottom', "
                 f"ajaxParam: {{ appid: 1, webid: {WEBID}, path: '/', columnid: {COLID}, unitid: {UNITID}, "
                 "webname: '渌溪县人民政府', permissiontype: 0 } });</script></div>")
        extra = '<meta name="ColumnName" content="政府信息公开年报"><meta name="ColumnType" content="年报">'
        return frame(f"{OWNER} 政府信息公开年报", inner, extra)


PORTALS = [HanwebLuxi]
