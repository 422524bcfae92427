"""楂城市 (www.zhacheng.gov.test): a prefecture city's Hanweb JCMS portal whose 年报 column embeds no
``<datastore>`` at all — the jpage widget loads even its first page from the proxy — and whose column
also carries the reports of the city's districts and a county.

The column ``/col/col1229731205/index.html`` holds an empty ``<div id="5013370"></div>`` and the widget
call ``$('#5013370').jpage({dataStore: null, perPage: 4, totalRecord: 13, groupSize: 1, proxyUrl:
'/module/web/jpage/dataproxy.jsp', ajaxParam: {col: 1, appid: 1, webid: 2871, path: '/', columnid:
1229731205, sourceContentType: 1, unitid: 5013370, webname: '楂城市人民政府', permissiontype: 0}})`` —
the first page's links are only in the proxy's answer (portals.md §1.3, §7).  The proxy answers GET
``?page=N&…`` and the POST record window (``?startrecord=&endrecord=&perpage=`` with the form fields)
with ``<datastore><totalrecord><totalpage><recordset>``; a wrong ``columnid``/``unitid``: an empty
datastore; ``/module/jpage/dataproxy.jsp`` is 404.  Records are ``<li><span class="d">2025-01-22</span>
<a href="…" title="…">…</a></li>`` (date first).  Articles: classic
``/art/Y/M/D/art_1229731205_<id>.html`` up to 2021, JPaaS ``/col/col1229731205/art/Y/art_<32
hex>.html`` after; bodies in ``div#zoom`` between ``<meta name="ContentStart">``/``<meta
name="ContentEnd">``.  The city's 2022 report is a stub whose PDF and 楂南区's 2024 report a stub whose
.docx come from ``/module/download/downfile.jsp?classid=0&filename= <hex>.<ext>&showname=…`` in a "附件
下载" block after ``#zoom``.

Reports (10): 楂城市人民政府 2019–2024 (2019–2020 old template; the 2021 one titled "楂城市人民政府办公
室 2021年…"), 楂城市楂北区人民政府 2023, 2024 ("楂北区2024年…"), 楂城市楂南区人民政府 2024 ("楂南区…",
.docx), 楂源县人民政府 2023.  Decoys (3): a 公告 that the report is out, 政府网站工作年度报表, 统计公报.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import parse_qs, quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    PDF,
    Handler,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.zhacheng.gov.test"
SITE = "zhacheng-gov"
OWNER = "楂城市人民政府"
COL = 1229731205
UNIT = 5013370
PER = 4


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="Site'
        'Name" content="楂城市人民政府"><meta name="SiteDomain" content="www.zhacheng.gov.test"><meta name="SiteIDCode'
        '" '
        f'content="9867030001">{head}<title>{escape(title)}</title><script src="/module/jslib/jquery/jquery.js"></scri'
        'pt>'
        '<script src="/module/web/jpage/jpage.js"></script><script src="/script/wza.js"></script></head><body><div cla'
        'ss='
        '"zc-top"><span>欢迎访问楂城市人民政府门户网站</span><a href="javascript:;" onclick="aria.start()">无障碍</a><'
        'a href'
        '="javascript:;" onclick="aria.oldFixedStart()">适老版</a><a href="/col/col1229731001/index.html">English</a>'
        '</div><div class="zc-nav"><a href="/">首页</a><a href="/col/col1229731101/index.html">走进楂城</a><a href="/c'
        'ol'
        '/col1229731102/index.html">政务公开</a><a href="/col/col1229731103/index.html">政务服务</a><a href="/col/col1'
        '22'
        f'9731104/index.html">互动交流</a></div>{inner}<div class="zc-foot">主办：楂城市人民政府办公室　承办：楂城市大'
        '数据'
        '发展管理局<br>网站标识码：9867030001　未ICP备05018832号　未公网安备 98670302000211号<br>您是本站第<span id="s'
        'iteFlo'
        'wId"></span>位访客</div></body></html>'
    )


class HanwebZhacheng(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 82_000
        self.records: list[tuple[str, str]] = []
        self.files: dict[str, tuple[ReportDoc, str]] = {}
        self.pdfs: dict[str, Handler] = {}
        for year, date in ((2019, "2020-01-23"), (2020, "2021-01-29"), (2023, "2024-01-31"), (2024, "2025-01-26")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-28", title="楂城市人民政府办公室2021年政府信息公开工作年度报"
        "告"))
        self.file(make_doc(rng, OWNER, 2022, "2023-01-30"), "pdf", "楂城市人民政府办公室")
        self.article(make_doc(rng, "楂城市楂北区人民政府", 2023, "2024-01-25",
                              title="楂北区2023年政府信息公开工作年度报告"))
        self.article(make_doc(rng, "楂城市楂北区人民政府", 2024, "2025-01-23",
                              title="楂北区2024年政府信息公开工作年度报告"))
        self.file(make_doc(rng, "楂城市楂南区人民政府", 2024, "2025-01-20",
                           title="楂南区2024年政府信息公开工作年度报告"), "docx", "楂城市楂南区人民政府")
        self.article(make_doc(rng, "楂源县人民政府", 2023, "2024-01-29"))
        self.notice("楂城市人民政府关于2024年政府信息公开工作年度报告的公告", 2024, "2025-01-27")
        self.notice("楂城市人民政府门户网站2023年政府网站工作年度报表", 2023, "2024-01-18")
        self.notice("2023年楂城市国民经济和社会发展统计公报", 2023, "2024-03-29")
        self.records.sort(reverse=True)
        inner = (
            '<div class="zc-pos">您现在的位置：<a href="/">首页</a> &gt; <a href="/col/col1229731102/index.html">政务'
            '公开'
            '</a> &gt; <span>政府信息公开年报</span></div><div class="zc-left"><h3>政府信息公开</h3><ul><li><a href="/'
            'col/'
            'col1229731201/index.html">政府信息公开指南</a></li><li><a href="/col/col1229731202/index.html">政府信息公'
            '开制度'
            '</a></li><li><a href="/col/col1229731203/index.html">法定主动公开内容</a></li><li class="on"><a href="/c'
            f'ol/col{COL}'
            '/index.html">政府信息公开年报</a></li></ul></div><div class="zc-right"><h2>政府信息公开年报</h2><div clas'
            's="zc'
            f'-list" id="{UNIT}"></div><script type="text/javascript">$(\'#{UNIT}\').jpage({{dataStore: null, perPage:'
            f' {PER},'
            f" totalRecord: {len(self.records)}, groupSize: 1, proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: "
            f"{{col: 1, appid: 1, webid: 2871, path: '/', columnid: {COL}, sourceContentType: 1, unitid: {UNIT}, webna"
            "me: "
            "'楂城市人民政府', permissiontype: 0}, barPosition: 'bottom', pageInfo: '共{totalRecord}条 {currentPage}/"
            "{totalPage}页'});</script></div>"
        )
        self.put(HOST, f"/col/col{COL}/index.html", frame("政府信息公开年报 楂城市人民政府", inner,
                                                          '<meta name="ColumnName" content="政府信息公开年报">'))
        self.route(HOST, "/module/web/jpage/dataproxy.jsp", self.proxy)
        self.route(HOST, "/module/download/downfile.jsp", self.download)

    def page_of(self, title: str, date: str, content: str, source: str, after: str = "") -> str:
        self.id += self.rng.randint(60, 900)
        y, m, d = (int(x) for x in date.split("-"))
        if y <= 2022:
            path = f"/art/{y}/{m}/{d}/art_{COL}_{self.id}.html"
        else:
            path = f"/col/col{COL}/art/{y}/art_{self.rng.getrandbits(128):032x}.html"
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="pubDate" content="{date}"><meta '
                f'name="ContentSource" content="{escape(source)}">')
        inner = (
            f'<div class="zc-pos">您现在的位置：<a href="/">首页</a> &gt; <a href="/col/col{COL}/index.html">政府信息'
            '公开年报'
            f'</a></div><div class="zc-art"><h1>{escape(title)}</h1><div class="zc-info">发布日期：{date}　来源：'
            f'{escape(source)}　浏览次数：<script>document.write(0)</script>　字体：[<a href="javascript:;">大</a> <a '
            'href="'
            'javascript:;">中</a> <a href="javascript:;">小</a>]</div><div id="zoom"><!--<$[信息内容]>begin--><meta na'
            'me='
            f'"ContentStart">{content}<meta name="ContentEnd"><!--<$[信息内容]>end--></div>{after}<div class="zc-tool">'
            '<a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a><'
            '/div>'
            '</div>'
        )
        url = self.put(HOST, path, frame(f"楂城市人民政府 政府信息公开年报 {title}", inner, head))
        self.records.append((date, f'<li><span class="d">{date}</span><a href="{path}" target="_blank" title="'
                                   f'{escape(title)}">{escape(title)}</a></li>'))
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, word_para, word_cell, '<table border="1" cellspacing="0" cellpadding="0" width="600">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, doc.agency_name), doc)

    def file(self, doc: ReportDoc, ext: str, source: str) -> None:
        name = f"{self.rng.getrandbits(128):032x}.{ext}"
        self.files[name] = (doc, ext)
        if ext == "pdf":
            self.pdfs[doc.title] = self.pdf_handler(doc)
        link = f"/module/download/downfile.jsp?classid=0&filename={name}&showname={quote(doc.title + '.' + ext)}"
        after = (f'<div class="zc-fj"><b>附件下载：</b><a href="{escape(link)}" target="_blank">{escape(doc.title)}.'
        f'{ext}'
                 '</a></div>')
        url = self.page_of(doc.title, doc.published_date or "", f"<p>{escape(doc.title)}详见附件。</p>", source, after)
        self.report(SITE, url, doc, media_type=PDF if ext == "pdf" else DOCX, report_url=f"http://{HOST}{link}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "楂城市人民政府办公室"), title)

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("filename"))
        if found is None:
            return Response(200, "<html><body><script>alert('文件不存在！');history.back();</script></body></html>"
                            .encode(), "text/html; charset=utf-8")
        doc, ext = found
        if ext == "pdf":
            return self.pdfs[doc.title](request)
        return Response(200, render_docx(doc), DOCX)

    def proxy(self, request: Request) -> Response:
        params = dict(request.query)
        if request.body:
            params.update(parse_qs(request.body.decode("utf-8", "replace")))

        def get(name: str, default: str = "") -> str:
            return params.get(name, [default])[0]

        ok = get("columnid") == str(COL) and get("unitid") == str(UNIT)
        recs = self.records if ok else []
        if get("startrecord").isdigit():
            start = int(get("startrecord"))
            end = int(get("endrecord")) if get("endrecord").isdigit() else start + PER - 1
            window = recs[start - 1 : end]
        else:
            page = int(get("page", "1")) if get("page", "1").isdigit() else 1
            window = recs[(page - 1) * PER : page * PER]
        body = ('<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>'
                f"{len(recs)}</totalrecord><totalpage>{-(-len(recs) // PER)}</totalpage><recordset>"
                + "".join(f"<record><![CDATA[{r}]]></record>" for _, r in window) + "</recordset></datastore>")
        return Response(200, body.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebZhacheng]
