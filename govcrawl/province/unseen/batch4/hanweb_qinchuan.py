"""溱川县发展和改革局 (www.qinchuan.gov.test/col/col4417/): a department's Hanweb JCMS column on
the county host, whose first page is a JavaScript array of table rows.

The column ``/col/col4417/index.html`` (Jiangsu-style short column id) carries no ``<datastore>``
XML: the older jpage template writes ``var dataStore = ['<tr>…</tr>', …];`` and configures
``$('#div4417').jpage({dataStore: dataStore, perPage: 3, totalRecord: 7, groupSize: 3, proxyUrl:
'/module/web/jpage/dataproxy.jsp', ajaxParam: {…}})`` (portals.md §1.3: the first page inline, later
pages from the proxy).  The proxy answers GET ``?page=N`` and POST record windows with a
``<datastore>`` of ``<tr>`` records.  Reports are titled only "2024年度政府信息公开工作年度报告": the
department is named by the breadcrumb, the page heading (``部门信息公开 > 溱川县发展和改革局``) and the
ContentSource meta.  Articles ``/art/YYYY/M/D/art_4417_N.html`` in a 1990s table layout, body in
``td#zoom`` between ``ZJEG_RSS`` markers; the 2022 report is a .docx under the old JCMS attachment
path ``/jcms/jcms_files/jcms1/web36/site/attach/0/<stamp>.docx``.  Decoys: 工作要点, 公告.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import parse_qs

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, upper_cell
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.qinchuan.gov.test"
SITE = "qinchuan-fgj"
AGENCY = "溱川县发展和改革局"
COLUMN = 4417
PER_PAGE = 3
PROXY = "/module/web/jpage/dataproxy.jsp"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def para(text: str, heading: bool) -> str:
    face = "黑体" if heading else "仿宋_GB2312"
    return f"<P style=\"TEXT-INDENT: 2em\"><FONT face={face} size=3>{escape(text)}</FONT></P>"


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=utf-8">'
        f'<META name="SiteName" content="溱川县人民政府">{metas}<TITLE>{escape(title)}</TITLE>'
        '<script src="/module/jslib/jquery/jquery.js"></script><script src="/module/jslib/jpage/jpage.js"></script>'
        '</HEAD><BODY leftMargin=0 topMargin=0><TABLE width=1000 align=center cellSpacing=0 cellPadding=0><TR>'
        '<TD><IMG src="/images/qc_top.jpg" width=1000 height=160></TD></TR><TR><TD class=daohang>'
        '<A href="/">首页</A> | <A href="/col/col4001/index.html">政务公开</A> | <A href="/col/col4002/index.html">'
        '网上办事</A> | <A href="javascript:void(0)" onclick="toggleBarrierFree()">无障碍阅读</A></TD></TR>'
        f'<TR><TD>{inner}</TD></TR><TR><TD class=bottom align=center>溱川县人民政府 版权所有 网站标识码：9821250003<BR>'
        '未ICP备09021150号 技术支持：大汉网络<BR>访问量：<SPAN id=visit_count></SPAN>'
        '<script>$("#visit_count").load("/module/visitcount/visit.jsp?webid=36");</script></TD></TR></TABLE>'
        "</BODY></HTML>"
    )


CRUMB = ('<TABLE width="100%"><TR><TD class=weizhi>您的位置：<A href="/">溱川县人民政府</A> &gt; '
         '<A href="/col/col4300/index.html">部门信息公开</A> &gt; <A href="/col/col4410/index.html">溱川县发展和改革局'
         f'</A> &gt; <A href="/col/col{COLUMN}/index.html">政府信息公开年报</A></TD></TR></TABLE>')


class HanwebQinchuan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.art_id = 893_100
        self.rows: list[tuple[str, str, str]] = []
        for year in (2020, 2021, 2023, 2024):
            self.article(make_doc(rng, AGENCY, year, f"{year + 1}-01-{rng.randint(10, 30)}",
                                  title=f"{year}年度政府信息公开工作年度报告"))
        self.docx(make_doc(rng, AGENCY, 2022, "2023-01-19", title="2022年度政府信息公开工作年度报告"))
        self.notice("溱川县发展和改革局2024年政务公开工作要点", "2024-04-08")
        self.notice("关于2023年度政府信息公开工作年度报告发布的公告", "2024-01-31")
        self.rows.sort(key=lambda r: r[2], reverse=True)
        self.route(HOST, f"/col/col{COLUMN}/index.html", self.column)
        self.route(HOST, PROXY, self.proxy)

    def next_path(self, date: str) -> str:
        self.art_id += self.rng.randint(200, 4000)
        y, m, d = (int(x) for x in date.split("-"))
        return f"/art/{y}/{m}/{d}/art_{COLUMN}_{self.art_id}.html"

    def page_of(self, title: str, date: str, content: str) -> str:
        metas = (f'<META name="ArticleTitle" content="{escape(title)}"><META name="PubDate" content="{date}">'
                 f'<META name="ContentSource" content="{AGENCY}"><META name="ColumnName" content="政府信息公开年报">')
        inner = (
            f'{CRUMB}<TABLE width="100%" class=bt_article><TR><TD align=center class=title>{escape(title)}</TD></TR>'
            f'<TR><TD align=center class=bt_link>发布日期：{date}　信息来源：{AGENCY}　浏览次数：<SPAN id=art_count>'
            '</SPAN>　【字体：<A href="javascript:doZoom(16)">大</A> <A href="javascript:doZoom(14)">中</A> '
            '<A href="javascript:doZoom(12)">小</A>】</TD></TR><TR><TD class=bt_content id=zoom>'
            f"<!--ZJEG_RSS.content.begin-->{content}<!--ZJEG_RSS.content.end--></TD></TR>"
            '<TR><TD align=right>【<A href="javascript:window.print()">打印本页</A>】【'
            '<A href="javascript:window.close()">'
            "关闭窗口</A>】</TD></TR></TABLE>"
        )
        return frame(f"{title}_溱川县人民政府", inner, metas)

    def article(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path(date)
        content = body_html(doc, para, upper_cell, "<TABLE border=1 cellSpacing=0 cellPadding=0 width=\"95%\">")
        url = self.put(HOST, path, self.page_of(doc.title, date, content))
        self.rows.append((path, doc.title, date))
        self.report(SITE, url, doc)

    def docx(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path(date)
        stamp = f"{date.replace('-', '')[2:]}{self.rng.randint(10**6, 10**7)}"
        file = f"/jcms/jcms_files/jcms1/web36/site/attach/0/{stamp}.docx"
        file_url = self.put(HOST, file, render_docx(doc), DOCX)
        content = (f"{para(doc.title + '全文见附件。', False)}<P>附件：<A href=\"{file}\" target=_blank>"
                   f"{escape(doc.title)}.docx</A></P>")
        url = self.put(HOST, path, self.page_of(doc.title, date, content))
        self.rows.append((path, doc.title, date))
        self.report(SITE, url, doc, media_type=DOCX, report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        path = self.next_path(date)
        year = int(date[:4]) if "要点" in title else int(date[:4]) - 1
        content = "".join(para(p, False) for p in decoy_text(title, AGENCY, year, self.rng))
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, content)), title)
        self.rows.append((path, title, date))

    def record(self, row: tuple[str, str, str]) -> str:
        path, title, date = row
        return (f'<tr><td width="85%" class=bt_link1>·<a href="{path}" target="_blank" title="{escape(title)}">'
                f'{escape(title)}</a></td><td class=bt_time>[{date}]</td></tr>')

    def column(self, request: Request) -> Response:
        first = ",\n".join("'" + self.record(r).replace("'", "\\'") + "'" for r in self.rows[:PER_PAGE])
        script = (
            f"<script>\nvar dataStore = [\n{first}\n];\n"
            f"$(document).ready(function(){{ $('#div{COLUMN}').jpage({{ dataStore: dataStore, dataBefore: "
            f"'<table width=\"100%\">', dataAfter: '</table>', perPage: {PER_PAGE}, totalRecord: {len(self.rows)}, "
            f"groupSize: 3, showMode: 'full', barPosition: 'bottom', proxyUrl: '{PROXY}', ajaxParam: {{ col: 1, "
            f"appid: 1, webid: 36, path: '/', columnid: {COLUMN}, sourceContentType: 1, unitid: 17755, "
            "webname: '溱川县人民政府', permissiontype: 0 } }); });\n</script>"
        )
        inner = (f'{CRUMB}<TABLE width="100%"><TR><TD class=lm_title>政府信息公开年报</TD></TR><TR><TD>'
                 f'<div id="div{COLUMN}"></div>{script}</TD></TR></TABLE>')
        metas = '<META name="ColumnName" content="政府信息公开年报">'
        html = frame("政府信息公开年报_溱川县发展和改革局", inner, metas)
        return Response(200, html.encode(), "text/html; charset=utf-8")

    def proxy(self, request: Request) -> Response:
        form = request.query
        if request.body:
            form = {**form, **parse_qs(request.body.decode("utf-8", "replace"))}
        if form.get("columnid", [""])[0] != str(COLUMN):
            return Response(200, b"<datastore><totalrecord>0</totalrecord></datastore>", "text/xml;charset=UTF-8")
        try:
            if "startrecord" in form:
                start = max(int(form["startrecord"][0]), 1)
                end = min(int(form["endrecord"][0]), start + 60)
            else:
                page = max(int(form.get("page", ["1"])[0]), 1)
                start, end = (page - 1) * PER_PAGE + 1, page * PER_PAGE
        except (ValueError, KeyError):
            return Response(400, b"", "text/xml;charset=UTF-8")
        records = "".join(f"<record><![CDATA[{self.record(r)}]]></record>" for r in self.rows[start - 1: end])
        pages = -(-len(self.rows) // PER_PAGE)
        xml = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><datastore><totalrecord>{len(self.rows)}</totalrecord>"
               f"<totalpage>{pages}</totalpage><recordset>{records}</recordset></datastore>")
        return Response(200, xml.encode(), "text/xml;charset=UTF-8")


PORTALS = [HanwebQinchuan]
