"""湨溪县 (www.juxi.gov.test): Hanweb JCMS whose column page embeds an *empty* datastore — the first
page too comes from ``dataproxy.jsp``, named by the datastore's ``<nextgroup>`` — and whose files are
served by the older ``/module/download/down.jsp?i_ID=…&colID=…`` with a Content-Disposition name.

The column ``/col/col1229706125/index.html`` holds ``<div id="div4402113">`` with ``<script
type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1
&webid=4188&path=/&columnid=1229706125&unitid=4402113&webname=湨溪县人民政府&permissiontype=0"></a>]]>
</nextgroup><recordset></recordset></datastore></script>`` (no record in the page: the unit is set to
load over Ajax) and ``$('#div4402113').jpage({dataStore: dataStore, isAjax: true, perPage: 4,
totalRecord: 11, groupSize: 1, proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: {…}})``.  The
proxy answers GET ``?page=N&…`` and the POST record window (``?startrecord=&endrecord=&perpage=`` with
the form fields) with ``<datastore><totalrecord>11</totalrecord><totalpage>3</totalpage><recordset>``;
a wrong ``columnid``/``unitid`` gives an empty datastore; ``/module/jpage/dataproxy.jsp`` is 404.
Records are ``<li><a href="/art/Y/M/D/art_1229706125_<id>.html" title="full title">`` with the text cut
at 18 characters plus "…", then ``<span class="bt-date">2025-01-22</span>``.

Articles (``/art/Y/M/D/…``, month and day not padded) put the body in ``div#zoom`` between
``<!--<$[信息内容]>begin-->`` markers and ``<meta name="ContentStart">``/``ContentEnd``.  The 2021 county
report is a stub whose PDF and the 2023 one whose OFD are linked in ``#zoom`` as "附件：<a href=
"/module/download/down.jsp?i_ID=<n>&colID=1229706125">…</a>", answered with ``Content-Disposition:
attachment; filename*=UTF-8''<name>``.

Reports (8): 湨溪县人民政府 2019–2024 (2019–2020 old template), 湨溪县卫生健康局 2024 ("县卫健局2024年…"),
湨溪县湨河镇人民政府 2024 ("湨河镇人民政府2024年度…").  Decoys (3): 2024年政府网站工作年度报表, the 卫健局's
2023年度部门决算, 关于做好…年度报告编制发布工作的函.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import OFD, PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_para, upper_cell
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd
from govcrawl.synth.pdf import render_pdf

HOST = "www.juxi.gov.test"
SITE = "juxi-gov"
OWNER = "湨溪县人民政府"
COL = "1229706125"
UNIT = "4402113"
WEBID = "4188"
PER = 4
PROXY = "/module/web/jpage/dataproxy.jsp"


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="'
        'SiteName" content="湨溪县人民政府"><meta name="SiteDomain" content="www.juxi.gov.test"><meta name="SiteIDCo'
        'de" '
        f'content="9866020005">{head}<title>{escape(title)}</title><script src="/module/jslib/jquery/jquery.js">'
        '</script><script src="/module/web/jpage/jpage.js"></script></head><body><div class="jx-top"><a href="'
        'javascript:;" id="wza">无障碍</a> | <a href="javascript:;" id="lnb">关怀版</a> | <a href="/col/col1229706001/'
        'index.html">网站地图</a></div><div class="jx-head"><img src="/picture/0/2401221035157.png" alt="湨溪县人民政'
        '府"></div><div class="jx-nav"><a href="/">首页</a><a href="/col/col1229706010/index.html">政务动态</a><a hr'
        'ef="'
        '/col/col1229706100/index.html">政府信息公开</a><a href="/col/col1229706200/index.html">政务服务</a></div>'
        f'{inner}<div class="jx-foot"><p>主办单位：湨溪县人民政府办公室</p><p>网站标识码：9866020005　未ICP备'
        '12041875号</p><p>技术支持：大汉网络</p></div></body></html>'
    )


class HanwebJuxi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 62_000
        self.art = 7_715_200
        self.file_id = 90_311
        self.files: dict[str, tuple[ReportDoc, str, float]] = {}
        self.records: list[tuple[str, str, str]] = []  # path, title, date
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-26"), (2022, "2023-01-29"), (2024, "2025-01-22")):
            self.article(self.doc(OWNER, year, date), "湨溪县人民政府办公室")
        self.file(self.doc(OWNER, 2021, "2022-01-27"), "pdf")
        self.file(self.doc(OWNER, 2023, "2024-01-30"), "ofd")
        self.article(self.doc("湨溪县卫生健康局", 2024, "2025-01-17", "县卫健局2024年政府信息公开工作年度报告"),
                     "湨溪县卫生健康局")
        self.article(self.doc("湨溪县湨河镇人民政府", 2024, "2025-01-20",
                              "湨河镇人民政府2024年度政府信息公开工作年度报告"),
                     "湨溪县湨河镇人民政府")
        self.notice("湨溪县人民政府门户网站2024年政府网站工作年度报表", 2024, "2025-01-14")
        self.notice("湨溪县卫生健康局2023年度部门决算", 2023, "2024-08-30")
        self.notice("关于做好2023年度政府信息公开工作年度报告编制发布工作的函", 2023, "2023-12-20")
        self.records.sort(key=lambda r: r[2], reverse=True)
        self.put(HOST, f"/col/col{COL}/index.html", self.column())
        self.route(HOST, PROXY, self.proxy)
        self.route(HOST, "/module/download/down.jsp", self.download)

    def doc(self, agency: str, year: int, date: str, title: str | None = None) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    def page_of(self, title: str, date: str, content: str, source: str) -> str:
        self.art += self.rng.randint(30, 2000)
        y, m, d = (int(x) for x in date.split("-"))
        path = f"/art/{y}/{m}/{d}/art_{COL}_{self.art}.html"
        inner = (
            '<div class="jx-pos">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229706100/index.html">政府信'
            '息公开'
            f'</a> &gt; <a href="/col/col{COL}/index.html">政府信息公开年报</a></div><div class="jx-art"><div class="'
            f'jx-tit">{escape(title)}</div><div class="jx-info">发布日期：{date}　信息来源：{escape(source)}　浏览次'
            f'数：'
            '<script>document.write(readClick())</script>　字号：[ <a href="javascript:doZoom(20)">大</a> <a href="'
            'javascript:doZoom(16)">中</a> <a href="javascript:doZoom(12)">小</a> ]</div><div id="zoom">'
            '<!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name="ContentStart">'
            f'{content}<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div><div class="jx-'
            'tool"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗'
            '口】'
            '</a></div></div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 16:'
                f'{self.rng.randint(10, 59)}"><meta name="ContentSource" content="{escape(source)}"><meta name="'
                f'ColumnName" content="政府信息公开年报"><meta name="Maketime" content="{date}">')
        url = self.put(HOST, path, frame(f"湨溪县人民政府 政府信息公开年报 {title}", inner, head))
        self.records.append((path, title, date))
        return url

    def article(self, doc: ReportDoc, source: str) -> None:
        content = body_html(doc, plain_para, upper_cell, '<TABLE border=1 cellSpacing=0 cellPadding=0 width="100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, source), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        self.file_id += self.rng.randint(3, 90)
        fid = str(self.file_id)
        self.files[fid] = (doc, ext, self.rng.random())
        href = f"/module/download/down.jsp?i_ID={fid}&colID={COL}"
        content = (plain_para(f"现将《{doc.title}》予以公开，全文见附件。", False)
                   + f'<p>附件：<a href="{escape(href)}" target="_blank">{escape(doc.title)}.{ext}</a></p>')
        url = self.page_of(doc.title, doc.published_date or "", content, "湨溪县人民政府办公室")
        self.report(SITE, url, doc, media_type=PDF if ext == "pdf" else OFD, report_url=f"http://{HOST}{href}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "湨溪县人民政府办公室"), title)

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("i_ID"))
        if found is None or request.param("colID") != COL:
            return Response(200, "<html><body><script>alert('文件不存在！');history.back();</script></body></html>"
                            .encode())
        doc, ext, seed = found
        body = render_pdf(doc, random.Random(seed)) if ext == "pdf" else render_ofd(doc, random.Random(seed))
        name = quote(f"{doc.title}.{ext}")
        return Response(200, body, PDF if ext == "pdf" else OFD,
                        {"Content-Disposition": f"attachment; filename*=UTF-8''{name}"})

    def record(self, path: str, title: str, date: str) -> str:
        short = title if len(title) <= 18 else title[:18] + "…"
        return (f'<record><![CDATA[<li><a href="{path}" target="_blank" title="{escape(title)}">{escape(short)}</a>'
                f'<span class="bt-date">{date}</span></li>]]></record>')

    def proxy(self, request: Request) -> Response:
        if request.param("columnid") != COL or request.param("unitid") != UNIT:
            rows: list[tuple[str, str, str]] = []
        else:
            rows = self.records
        total = len(rows)
        if request.param("startrecord"):
            start = max(int(request.param("startrecord") or 1), 1)
            end = int(request.param("endrecord") or start + PER - 1)
        else:
            page = max(int(request.param("page") or 1), 1)
            start, end = (page - 1) * PER + 1, page * PER
        chosen = rows[start - 1:end]
        xml = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><datastore><totalrecord>{total}</totalrecord><totalpage>"
               f"{-(-total // PER)}</totalpage><recordset>{''.join(self.record(*r) for r in chosen)}</recordset>"
               "</datastore>")
        return Response(200, xml.encode(), "text/xml;charset=UTF-8")

    def column(self) -> str:
        first = (f"{PROXY}?page=1&amp;appid=1&amp;webid={WEBID}&amp;path=/&amp;columnid={COL}&amp;unitid={UNIT}&amp;"
                 "webname=湨溪县人民政府&amp;permissiontype=0")
        widget = (
            f'<div id="div{UNIT}"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="{first}"></a>]]>'
            "</nextgroup><recordset></recordset></datastore></script><script type=\"text/javascript\">"
            f"$('#div{UNIT}').jpage({{ dataStore: dataStore, isAjax: true, perPage: {PER}, totalRecord: "
            f"{len(self.records)}, groupSize: 1, barPosition: 'bottom', proxyUrl: '{PROXY}', ajaxParam: {{ col: 1, "
            f"appid: 1, webid: {WEBID}, path: '/', columnid: {COL}, sourceContentType: 1, unitid: {UNIT}, webname: "
            "'湨溪县人民政府', permissiontype: 0 }, ajaxType: 'get' });</script></div>"
        )
        inner = (
            '<div class="jx-left"><h2>政府信息公开</h2><ul><li><a href="/col/col1229706101/index.html">政府信息公开指南'
            '</a></li><li><a href="/col/col1229706102/index.html">政府信息公开制度</a></li><li><a href="/col/'
            f'col1229706103/index.html">法定主动公开内容</a></li><li class="on"><a href="/col/col{COL}/index.html">政府'
            '信息公开年报</a></li></ul></div><div class="jx-right"><div class="jx-pos">当前位置：首页 &gt; 政府信息'
            '公开 '
            f'&gt; 政府信息公开年报</div><ul class="jx-list">{widget}</ul></div>'
        )
        return frame("湨溪县人民政府 政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">'
                     '<meta name="ColumnType" content="政府信息公开年报">')


PORTALS = [HanwebJuxi]
