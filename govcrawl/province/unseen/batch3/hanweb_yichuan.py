"""漪川县 (www.yichuan.gov.test → xxgk.yichuan.gov.test): Hanweb JCMS whose 信息公开 area is on
another host, entered from the home page.

The registry entry gives the home page (the URL a user has).  Its nav links 政府信息公开 to
``/col/col1229000001/index.html``, which answers 301 to ``http://xxgk.yichuan.gov.test/``, and a
script rewrites that link to the same host (万载-style, portals.md §0.3).  The 信息公开 host's index
is a tree of columns; the 年报 column ``/col/col1229741205/index.html`` embeds its first 3 records in
a ``<datastore>`` and configures ``.jpage({...})`` with the *older* proxy path
``/module/jpage/dataproxy.jsp`` (``/module/web/jpage/dataproxy.jsp`` is 404 on this site), paged
by GET ``?page=N`` or POST record windows.  Articles are old ``/art/YYYY/M/D/art_<col>_<id>.html``
pages, UPPERCASE, body between ``ContentStart``/``ContentEnd`` markers in ``#zoom``; the 2022 report
is a stub whose ``downfile.jsp?…&showname=…&filename=<hex>.pdf`` link is inside the markers.  The
education bureau's report is titled "县教育局…" (agency 漪川县教育局).  Decoys: 函, 工作要点, 解读.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, upper_cell
from govcrawl.synth.model import ReportDoc

WWW = "www.yichuan.gov.test"
XXGK = "xxgk.yichuan.gov.test"
SITE = "yichuan-gov"
OWNER = "漪川县人民政府"
COLUMN = 1229741205
UNIT = 4471205
WEBID = 2817
LIST = f"/col/col{COLUMN}/index.html"
PER_PAGE = 3


def upper_para(text: str, heading: bool) -> str:
    inner = f"<B>{escape(text)}</B>" if heading else escape(text)
    return f'<P style="TEXT-INDENT: 2em"><FONT face=仿宋_GB2312 size=4>{inner}</FONT></P>'


def record(path: str, title: str, date: str) -> str:
    return (f'<record><![CDATA[<tr><td class="bt"><a href="{path}" target="_blank" title="{escape(title)}">'
            f"{escape(title)}</a></td><td class=\"rq\">[{date}]</td></tr>]]></record>")


class HanwebYichuan(UnseenPortal):
    hosts = (WWW, XXGK)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.art = 24_310_000
        self.entries: list[tuple[str, str, str]] = []
        for year in (2021, 2023, 2024):
            self.article(make_doc(rng, OWNER, year, f"{year + 1}-01-{rng.randint(18, 31)}",
                                  title=f"漪川县{year}年政府信息公开工作年度报告"))
        self.stub(make_doc(rng, OWNER, 2022, "2023-01-31", title="漪川县2022年政府信息公开工作年度报告"))
        self.article(make_doc(rng, "漪川县教育局", 2024, "2025-01-20",
                              title="县教育局2024年度政府信息公开工作年度报告"))
        for title, date in (("漪川县人民政府办公室关于做好2024年度政府信息公开工作年度报告编制发布工作的函",
                             "2024-12-20"),
                            ("漪川县2025年政务公开工作要点", "2025-03-31"),
                            ("一图读懂漪川县2024年政府信息公开工作年度报告（解读）", "2025-01-31")):
            self.notice(title, date)
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.home()
        self.route(XXGK, LIST, self.column)
        self.route(XXGK, "/module/jpage/dataproxy.jsp", self.proxy)

    # -- the two hosts' fixed pages -----------------------------------------------------------
    def home(self) -> None:
        nav = ("<li><a href=\"/\">首页</a></li><li><a href=\"/col/col1229000002/index.html\">走进漪川</a></li>"
               "<li><a href=\"/col/col1229000003/index.html\">新闻中心</a></li>"
               "<li><a href=\"/col/col1229000001/index.html\">政府信息公开</a></li>"
               "<li><a href=\"/col/col1229000004/index.html\">政务服务</a></li>")
        self.put(WWW, "/index.html", (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="漪川县人民政府">'
            '<meta name="SiteDomain" content="www.yichuan.gov.test"><meta name="SiteIDCode" content="9816220001">'
            '<title>漪川县人民政府</title></head><body><div class="top">今天是<span id="date"></span> '
            '<a href="javascript:;" id="toolbarSwitch" class="wza">无障碍阅读</a></div>'
            f'<div id="nav"><ul>{nav}</ul></div><div class="news"><h3>漪川要闻</h3><ul>'
            '<li><a href="/art/2025/3/2/art_1229000003_1.html">漪川县召开2025年春季农业生产工作会议</a></li></ul></div>'
            "<script>$(\"#nav a:contains('政府信息公开')\").attr('href','http://xxgk.yichuan.gov.test/');</script>"
            '<div class="foot">漪川县人民政府办公室主办 网站标识码：9816220001</div></body></html>'))
        self.route(WWW, "/col/col1229000001/index.html",
                   lambda request: Response(301, b"", None, {"Location": f"http://{XXGK}/"}))
        tree = "".join(f'<li><a href="/col/col{c}/index.html">{n}</a></li>' for c, n in (
            (1229741201, "政府信息公开指南"), (1229741202, "政府信息公开制度"), (1229741203, "法定主动公开内容"),
            (COLUMN, "政府信息公开年报"), (1229741206, "依申请公开")))
        self.put(XXGK, "/index.html", (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>漪川县政府信息公开</title></head><body>'
            '<div class="xxgk-top">漪川县政府信息公开平台</div>'
            f'<div class="xxgk-left"><h3>公开目录</h3><ul class="tree">{tree}</ul></div>'
            '<div class="xxgk-right"><div class="tit">最新公开</div></div></body></html>'))

    # -- articles -----------------------------------------------------------------------------
    def next_path(self, date: str) -> str:
        self.art += self.rng.randint(30, 5000)
        y, m, d = (int(x) for x in date.split("-"))
        return f"/art/{y}/{m}/{d}/art_{COLUMN}_{self.art}.html"

    def page_of(self, title: str, date: str, content: str) -> str:
        return (
            '<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=utf-8">'
            f'<META name=ArticleTitle content="{escape(title)}"><META name=PubDate content="{date} 08:51">'
            '<META name=ContentSource content=漪川县人民政府办公室>'
            f"<TITLE>漪川县人民政府 政府信息公开年报 {escape(title)}</TITLE></HEAD><BODY>"
            f'<TABLE width=1000 align=center><TR><TD class=bt_title>{escape(title)}</TD></TR>'
            f'<TR><TD align=center>发布日期：{date} 信息来源：漪川县人民政府办公室 浏览次数：'
            f'<SCRIPT src="/module/visitcount/articlehits.jsp?colid={COLUMN}&artid={self.art}"></SCRIPT></TD></TR>'
            '<TR><TD id=zoom><!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><META name=ContentStart>'
            f"{content}<META name=ContentEnd><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></TD></TR>"
            '<TR><TD align=right>【<A href="javascript:window.print()">打印本页</A>】【<A href="javascript:'
            'window.close()">关闭窗口</A>】</TD></TR></TABLE><DIV class=foot>网站标识码：9816220001</DIV></BODY></HTML>'
        )

    def article(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path(date)
        content = body_html(doc, upper_para, upper_cell, '<TABLE cellSpacing=0 cellPadding=0 width=600 border=1>')
        url = self.put(XXGK, path, self.page_of(doc.title, date, content))
        self.entries.append((path, doc.title, date))
        self.report(SITE, url, doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path(date)
        hexname = "".join(self.rng.choice("0123456789abcdef") for _ in range(32))
        link = (f"/module/download/downfile.jsp?classid=0&showname={quote(doc.title + '.pdf')}"
                f"&filename={hexname}.pdf")
        pdf = self.pdf_handler(doc)
        self.route(XXGK, "/module/download/downfile.jsp",
                   lambda request: pdf(request) if request.param("filename") == f"{hexname}.pdf"
                   else Response(200, "<script>alert('文件不存在！');history.back();</script>".encode(),
                                 "text/html; charset=utf-8"))
        content = (f'<P>{escape(doc.title)}</P><P>附件：<A href="{link}" target=_blank>'
                   f"{escape(doc.title)}.pdf</A></P>")
        url = self.put(XXGK, path, self.page_of(doc.title, date, content))
        self.entries.append((path, doc.title, date))
        self.report(SITE, url, doc, media_type="application/pdf", report_url=f"http://{XXGK}{link}")

    def notice(self, title: str, date: str) -> None:
        path = self.next_path(date)
        content = "".join(f"<P>{escape(p)}</P>" for p in decoy_text(title, "漪川县", int(date[:4]) - 1, self.rng))
        self.decoy(SITE, self.put(XXGK, path, self.page_of(title, date, content)), title)
        self.entries.append((path, title, date))

    # -- the column and its proxy -------------------------------------------------------------
    def datastore(self, first: int, last: int, with_totals: bool) -> str:
        total = len(self.entries)
        head = (f"<totalrecord>{total}</totalrecord><totalpage>{-(-total // PER_PAGE)}</totalpage>"
                if with_totals else "")
        records = "".join(record(*e) for e in self.entries[first:last])
        return f"<datastore>{head}<recordset>{records}</recordset></datastore>"

    def column(self, request: Request) -> Response:
        html = (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ColumnName" content="政府信息公开年报">'
            '<title>漪川县政府信息公开 政府信息公开年报</title></head><body>'
            '<div class="xxgk-top">漪川县政府信息公开平台</div>'
            f'<div class="xxgk-right"><div class="tit">政府信息公开年报</div><div id="{UNIT}">'
            f'<script type="text/xml">{self.datastore(0, PER_PAGE, False)}</script></div>'
            "<script type=\"text/javascript\">$(document).ready(function(){"
            f"$('#{UNIT}').jpage({{dataStore: dataStore, perPage: {PER_PAGE}, totalRecord: {len(self.entries)}, "
            "groupSize: 3, barPosition: 'bottom', proxyUrl: '/module/jpage/dataproxy.jsp', "
            f"ajaxParam: {{col: 1, appid: 1, webid: {WEBID}, path: '/', columnid: {COLUMN}, sourceContentType: 1, "
            f"unitid: {UNIT}, webname: '漪川县人民政府', permissiontype: 0}}}});}});</script></div></body></html>"
        )
        return Response(200, html.encode(), "text/html; charset=utf-8")

    def proxy(self, request: Request) -> Response:
        fields = dict(request.query)
        if request.method == "POST" and request.body:
            from urllib.parse import parse_qs
            fields.update(parse_qs(request.body.decode("utf-8", "replace")))

        def get(name: str) -> str:
            return (fields.get(name) or [""])[0]

        if get("columnid") != str(COLUMN) or get("unitid") != str(UNIT):
            return Response(200, b"<datastore><totalrecord>0</totalrecord><recordset></recordset></datastore>",
                            "text/xml; charset=utf-8")
        try:
            if get("startrecord"):
                first, last = int(get("startrecord")) - 1, int(get("endrecord"))
            else:
                page = max(int(get("page") or 1), 1)
                first, last = (page - 1) * PER_PAGE, page * PER_PAGE
        except ValueError:
            return Response(500, b"<html><body>java.lang.NumberFormatException</body></html>")
        body = self.datastore(max(first, 0), max(last, 0), True)
        return Response(200, body.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebYichuan]
