"""萩原县人民政府 (www.qiuyuan.gov.test): a county's Hanweb JPaaS site whose 年报 column lists the county's and its
towns' reports on JPaaS-only article URLs, the first page a ``<datastore>`` in a ``<script type="text/xml">`` block
carrying its own ``<totalrecord>`` / ``<totalpage>``, later pages from the current GET data proxy.

``/col/col1229561207/index.html``: ``<div id="6123409">`` holds ``<script type="text/xml"><datastore><totalrecord>13
</totalrecord><totalpage>4</totalpage><recordset>`` with four ``<record><![CDATA[<div class="qy-row"><i></i><a
href="/col/col1229561207/art/YYYY/art_<32 hex>.html" target="_blank" title="full title">title</a><em>[发布机构]</em>
<b>2024-01-26</b></div>]]></record>``, then ``$('#6123409').jpage({ dataStore: …, perPage: 4, totalRecord: 13,
proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: {…} })`` with ``appid``, ``webid``, ``columnid``,
``unitid``, ``path``, ``webname`` and ``permissiontype``.  Pages 2–4 answer ``GET /module/web/jpage/dataproxy.jsp?
page=N&appid=1&webid=4107&path=/&columnid=1229561207&unitid=6123409&webname=…&permissiontype=0`` (``columnid`` and
``unitid`` both required, else an empty datastore) with the same XML.  Articles: ``<h1 class="qy-tit">``, a
``<div class="qy-info">`` line (发布日期 | 信息来源 | 浏览次数), ``div#zoom`` between ``<meta name="ContentStart">`` and
``<meta name="ContentEnd">``, metas ``pubDate`` and ``source``.  Town reports are titled with the town's short name
("郜集镇…"); the 信息来源 line and ``source`` meta give the full 人民政府 name.  The 2023 county report is a DOCX:
the body is one line and ``#zoom`` links ``/module/download/downfile.jsp?classid=0&filename=<32 hex>.docx&showname=
<percent-encoded name>``.

Reports (9): 萩原县人民政府 2019–2024 (2019–2020 old template; 2023 a DOCX), 萩原县郜集镇人民政府 2022 and 2023,
萩原县枳岗乡人民政府 2023.
Decoys (3): 萩原县2023年国民经济和社会发展统计年报, 萩原县人民政府2023年政府网站工作年度报表,
萩原县人民政府办公室关于2022年政府信息公开工作年度报告的解读.
Other rows (1): a 公开指南 link to a column page.  Chrome: 长者版 / 无障碍 links, a 搜索 form, a footer with 主办单位,
网站标识码, ICP, 公安备案, and a 政务新媒体 blurb.
"""

from __future__ import annotations

import random
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch30._site import MEDIA, Site, esc

HOST = "www.qiuyuan.gov.test"
SITE = "qiuyuan-gov"
OWNER = "萩原县人民政府"
COL = "1229561207"
UNIT = "6123409"
WEBID = "4107"
LIST = f"/col/col{COL}/index.html"
PROXY = "/module/web/jpage/dataproxy.jsp"
PER = 4
CODE = "9880020001"
NAV = (("/", "首页"), ("/col/col1229561101/index.html", "要闻动态"), ("/col/col1229561150/index.html", "政府信息公开"),
       ("/col/col1229561188/index.html", "政务服务"), ("/col/col1229561199/index.html", "互动交流"))


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in NAV)
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title>'
            '<script src="/module/jslib/jquery/jquery.js"></script><script src="/module/web/jpage/jpage.js"></script>'
            '</head><body><div class="qy-head"><div class="qy-logo">萩原县人民政府</div><div class="qy-tool"><a href='
            '"javascript:;">长者版</a><a href="javascript:;" id="ba'
            'rrierfree">无障碍</a><form action="/jrobot/search.do">'
            '<input name="q"><button>搜索</button></form></div></div>'
            f'<ul class="qy-nav">{nav}</ul>{inner}<div cla'
            f'ss="qy-foot"><p>主办单位：萩原县人民政府办公室</p><p>网站标识码：'
            f'{CODE}　未ICP备18022034号　未公网安备98800202000118号</p><p>政务新媒体：萩原发布</p></div></body></html>')


class HanwebQiuyuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 250_700

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        for year, day in ((2019, 29), (2020, 22), (2021, 26), (2022, 24), (2024, 20)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"萩原县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2020)), doc)
        doc = self.doc(OWNER, 2023, "2024-01-25", "萩原县人民政府2023年政府信息公开工作年度报告")
        name = f"{self.rng.randrange(16**32):032x}.docx"
        link = f"/module/download/downfile.jsp?classid=0&filename={name}&showname={quote(doc.title + '.docx')}"
        url = self.article(doc.title, "2024-01-25", OWNER, f'<p>{esc(doc.title)}，请点击附件查看：'
                                                            f'<a href="{esc(link)}">'
                                                            f'{esc(doc.title)}.docx</a></p>')
        self.files: dict[str, str] = {name: self.attach(HOST, f"/_files/{name}", doc, "docx")}
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=f"http://{HOST}{link}")
        for unit, short, year, date in (("萩原县郜集镇人民政府", "郜集镇", 2022, "2023-01-19"),
                                        ("萩原县郜集镇人民政府", "郜集镇", 2023, "2024-01-18"),
                                        ("萩原县枳岗乡人民政府", "枳岗乡", 2023, "2024-01-23")):
            doc = self.doc(unit, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, unit, self.body(doc)), doc)
        for title, agency, year, date in (("萩原县2023年国民经济和社会发展统计年报", ""
                                           "萩原县统计局", 2023, "2024-03-29"),
                                          ("萩原县人民政府2023年政府网站工作年度报表", OWNER, 2023, "2024-01-30"),
                                          ("萩原县人民政府办公室关于2022年政府信息公开工作年度报告的解读", OWNER, 2022,
                                           "2023-01-28")):
            self.decoy(SITE, self.article(title, date, agency, self.decoy_body(title, agency, year)), title)
        guide = "/col/col1229561150/index.html"
        self.rows.append(("2024-02-06", guide, "萩原县人民政府信息公开指南", OWNER))
        self.route(HOST, "/module/download/downfile.jsp", self.download)
        self.route(HOST, PROXY, self.proxy)
        self.put(HOST, "/module/jslib/jquery/jquery.js", "/*! jQuery v1.12.4 */", "application/javascript")
        self.put(HOST, "/module/web/jpage/jpage.js", "/* jpage 3.0 */", "application/javascript")
        self.rows.sort(reverse=True)
        for path, label in NAV:
            self.put(HOST, path, frame(f"{label} - 萩原县人民政府", f'<div class="qy-main"><h2>{label}</h2><p><a href='
                                                                  f'"{LIST}">政府信息公开年报</a></p></div>'))
        self.put(HOST, LIST, self.list_page())

    def download(self, request: Request) -> Response:
        served = self.files.get(request.param("filename"))
        if served is None:
            return self.not_found(request)
        return self.handle(Request("GET", HOST, served.split(HOST, 1)[1], {}, request.headers))

    def article(self, title: str, date: str, unit: str, content: str) -> str:
        y = date[:4]
        path = f"/col/col{COL}/art/{y}/art_{self.rng.randrange(16**32):032x}.html"
        self.next_id()
        self.rows.append((date, path, title, unit))
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="pubDate" content="{date} 16:05">'
                f'<meta name="source" content="{esc(unit)}">')
        inner = (f'<div class="qy-main"><div class="qy-pos">当前位置：<a href="/">首页</a> &gt; <a href="{LIST}">'
                 f'政府信息公开年报</a></div><h1 class="qy-tit">{esc(title)}</h1><div class="qy-info">发布日期：{date}'
                 f'<span>信息来源：{esc(unit)}</span><span>浏览次数：<script src="/module/visitcount/articlehits.jsp">'
                 '</script></span></div><div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">'
                 f'{content}<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div></div>')
        return self.put(HOST, path, frame(f"萩原县人民政府 政府信息公开年报 {title}", inner, meta))

    def records(self, page: int) -> str:
        return "".join(f'<record><![CDATA[<div class="qy-row"><i></i><a href="{p}" target="_blank" title="{esc(t)}">'
                       f'{esc(t)}</a><em>[{esc(u)}]</em><b>{d}</b></div>]]></record>'
                       for d, p, t, u in self.rows[(page - 1) * PER:page * PER])

    def page_count(self) -> int:
        return -(-len(self.rows) // PER)

    def proxy(self, request: Request) -> Response:
        page = request.param("page", "1")
        ok = request.param("columnid") == COL and request.param("unitid") == UNIT and page.isdigit()
        inner = self.records(int(page)) if ok else ""
        xml = (f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{len(self.rows) if ok else 0}'
               f'</totalrecord><totalpage>{self.page_count() if ok else 0}</totalpage><recordset>{inner}</recordset>'
               '</datastore>')
        return Response(200, xml.encode(), "text/xml; charset=utf-8")

    def list_page(self) -> str:
        inner = (f'<div class="qy-main"><div class="qy-pos">当前位置：<a href="/">首页</a> &gt; <a href="{NAV[2][0]}">'
                 f'政府信息公开</a> &gt; 政府信息公开年报</div><div class="q'
                 f'y-left"><a href="{LIST}" class="on">政府信息公开年报'
                 f'</a><a href="{NAV[2][0]}">政府信息公开指南</a></div><div class="qy-list"><div id="{UNIT}">'
                 f'<script type="text/xml"><datastore><totalrecord>{len(self.rows)}</totalrecord><totalpage>'
                 f'{self.page_count()}</totalpage><recordset>{self.records(1)}</recordset></datastore></script>'
                 f"<script>$('#{UNIT}').jpage({{ dataStore: $('#{UNIT} script[type=\"text/xml\"]').text(), perPage: "
                 f"{PER}, totalRecord: {len(self.rows)}, proxyUrl: '{PROXY}', ajaxType: 'get', barPosition: 'bottom', "
                 f"ajaxParam: {{ appid: 1, webid: {WEBID}, path: '/', columnid: {COL}, unitid: {UNIT}, "
                 f"webname: '萩原县人民政府', permissiontype: 0 }} }});</script></div></div></div>")
        return frame("萩原县人民政府 政府信息公开年报", inner)


PORTALS = [HanwebQiuyuan]
