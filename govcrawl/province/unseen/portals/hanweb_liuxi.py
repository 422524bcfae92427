"""榴溪县 (www.liuxi.gov.test): Hanweb JCMS whose jpage settings are plain script variables.

The column page ``/col/col1229301122/index.html`` embeds the first page of entries in a
``<script type="text/xml"><datastore>`` (records are table rows, not ``<li>``), and the widget's
settings are ``var totalRecord = 7; var perPage = 3; var proxyUrl = "…dataproxy.jsp"; var columnid
…`` read by a shared script — there is no ``.jpage({...})`` literal (portals.md §7).  The proxy
answers both the GET ``?page=N`` and the POST ``startrecord/endrecord/perpage`` calls.  Articles are
old-style ``/art/YYYY/M/D/art_<col>_<id>.html`` pages in UPPERCASE table markup with ``#zoom``; the
2024 report is a stub whose PDF link is written by a script from a ``fjList`` variable.  Table 二
of the 2023 report is cut into two tables at a page break.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    WORD_BREAK,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    split_point,
    upper_cell,
)
from govcrawl.synth.model import ReportDoc

HOST = "www.liuxi.gov.test"
SITE = "liuxi-gov"
OWNER = "榴溪县人民政府"
COLUMN_ID = 1229301122
UNIT_ID = 376621
WEB_ID = 3310
PROXY = "/module/web/jpage/dataproxy.jsp"
DOWNLOAD = "/module/download/downfile.jsp"
PER_PAGE = 3


def upper_para(text: str, heading: bool) -> str:
    body = f"<STRONG>{escape(text)}</STRONG>" if heading else escape(text)
    return f'<P style="TEXT-INDENT: 2em"><FONT face=仿宋_GB2312 size=4>{body}</FONT></P>'


class HanwebLiuxi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.art = 58_120_000
        self.records: list[tuple[str, str, str]] = []  # (href, title, date), newest first at the end
        self.files: dict[str, ReportDoc] = {}

        self.article(make_doc(rng, OWNER, 2022, "2023-01-29"))
        doc = make_doc(rng, OWNER, 2023, "2024-01-25")
        self.article(doc, split={"t2": split_point(doc, "t2", rng)})
        self.article(make_doc(rng, "榴溪县发展和改革局", 2024, "2025-01-21",
                              title="2024年榴溪县发展和改革局政府信息公开工作年度报告"))
        self.stub(make_doc(rng, OWNER, 2024, "2025-01-27"))
        for title, date in (("榴溪县人民政府办公室关于印发2024年政务公开工作要点的通知", "2024-03-15"),
                            ("榴溪县2024年度政府信息公开工作年度报告解读", "2025-01-28"),
                            ("榴溪县人民政府2024年政府网站工作年度报表", "2025-01-10")):
            self.notice(title, date)
        self.records.sort(key=lambda r: r[2], reverse=True)
        self.put(HOST, f"/col/col{COLUMN_ID}/index.html", self.column_page())
        self.route(HOST, PROXY, self.dataproxy)
        self.route(HOST, "/module/jpage/dataproxy.jsp", lambda r: Response(404, b"<h1>404</h1>"))
        self.route(HOST, DOWNLOAD, self.download)

    def next_art(self, date: str) -> str:
        self.art += self.rng.randint(30, 5000)
        y, m, d = (int(x) for x in date.split("-"))
        return f"/art/{y}/{m}/{d}/art_{COLUMN_ID}_{self.art}.html"

    def shell(self, title: str, date: str, inner: str) -> str:
        return (
            '<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=utf-8">'
            f'<META name="ArticleTitle" content="{escape(title)}"><META name="PubDate" content="{date}">'
            '<META name="ContentSource" content="县政府办">'
            f"<TITLE>榴溪县人民政府 政府信息公开年报 {escape(title)}</TITLE>"
            '<SCRIPT src="/module/jslib/jquery/jquery.js"></SCRIPT></HEAD><BODY>'
            '<TABLE width=1002 align=center cellSpacing=0 cellPadding=0 border=0><TR><TD class=top>'
            '<A href="/">首页</A> <A href="/col/col1229300000/index.html">政务公开</A> '
            '<A id=toolbarSwitch class=wza href="javascript:;">无障碍阅读</A></TD></TR>'
            f'<TR><TD>{inner}</TD></TR><TR><TD class=foot>榴溪县人民政府办公室主办 网站标识码：9803280002 '
            '未ICP备12030457号 技术支持：大汉网络</TD></TR></TABLE></BODY></HTML>'
        )

    def page_of(self, title: str, date: str, content: str, after: str = "") -> str:
        inner = (
            '<TABLE width="100%" cellSpacing=0 cellPadding=0><TR><TD class=title align=center>'
            f'{escape(title)}</TD></TR><TR><TD align=center class=info>发布日期：{date} 信息来源：县政府办 '
            '浏览次数：<SCRIPT src="/module/visitcount/articlehits.jsp?colid=1229301122"></SCRIPT></TD></TR>'
            '<TR><TD id=zoom class=bt_content><!--ZJEG_RSS.content.begin--><META name=ContentStart>'
            f'{content}<META name=ContentEnd><!--ZJEG_RSS.content.end--></TD></TR>'
            f'<TR><TD>{after}</TD></TR><TR><TD align=center>【<A href="javascript:window.print()">打印本页</A>】'
            '【<A href="javascript:window.close()">关闭窗口</A>】</TD></TR></TABLE>'
        )
        return self.shell(title, date, inner)

    def article(self, doc: ReportDoc, split: dict[str, int] | None = None) -> None:
        date = doc.published_date or ""
        path = self.next_art(date)
        content = body_html(doc, upper_para, upper_cell, '<TABLE cellSpacing=0 cellPadding=0 width=600 border=1>',
                            split=split, page_break=WORD_BREAK)
        url = self.put(HOST, path, self.page_of(doc.title, date, content))
        self.records.append((path, doc.title, date))
        self.report(SITE, url, doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_art(date)
        hexname = "".join(self.rng.choice("0123456789abcdef") for _ in range(32))
        link = f"{DOWNLOAD}?classid=0&filename={hexname}.pdf"
        self.files[f"{hexname}.pdf"] = doc
        after = ("<DIV class=fj>附件：<SCRIPT>var fjList = [{name: '" + doc.title + ".pdf', url: '" + link + "'}];"
                 "for (var i = 0; i < fjList.length; i++) { document.write('<A href=\"' + fjList[i].url + '\">' + "
                 "fjList[i].name + '</A><BR>'); }</SCRIPT></DIV>")
        content = f'<P style="TEXT-INDENT: 2em">{escape(doc.title)}（详见附件）</P>'
        url = self.put(HOST, path, self.page_of(doc.title, date, content, after))
        self.records.append((path, doc.title, date))
        self.report(SITE, url, doc, media_type="application/pdf", report_url=f"http://{HOST}{link}")

    def notice(self, title: str, date: str) -> None:
        path = self.next_art(date)
        content = "".join(f'<P style="TEXT-INDENT: 2em">{escape(p)}</P>'
                          for p in decoy_text(title, "榴溪县", int(date[:4]) - 1, self.rng))
        url = self.put(HOST, path, self.page_of(title, date, content))
        self.records.append((path, title, date))
        self.decoy(SITE, url, title)

    @staticmethod
    def record(href: str, title: str, date: str) -> str:
        return (f'<record><![CDATA[<table width="100%" class="tb_list"><tr><td class="bt"><a href="{href}" '
                f'target="_blank" title="{escape(title)}">{escape(title)}</a></td><td class="rq" width="90">[{date}]'
                "</td></tr></table>]]></record>")

    def column_page(self) -> str:
        first = "".join(self.record(*r) for r in self.records[:PER_PAGE])
        settings = (
            f'var totalRecord = {len(self.records)};\nvar perPage = {PER_PAGE};\nvar proxyUrl = "{PROXY}";\n'
            f'var columnid = "{COLUMN_ID}";\nvar unitid = "{UNIT_ID}";\nvar webid = "{WEB_ID}";\n'
            'var sourceContentType = "1";\nvar webname = "榴溪县人民政府";\nvar permissiontype = "0";\n'
        )
        inner = (
            '<DIV class=position>您当前的位置：<A href="/">首页</A> &gt; 政务公开 &gt; 政府信息公开年报</DIV>'
            f'<div id="{UNIT_ID}"><script type="text/xml"><datastore><recordset>{first}</recordset></datastore>'
            f'</script></div><script type="text/javascript">\n{settings}</script>'
            '<script type="text/javascript" src="/module/web/jpage/jpage.list.js"></script>'
        )
        return self.shell("政府信息公开年报", "", inner)

    def dataproxy(self, request: Request) -> Response:
        if request.param("columnid") != str(COLUMN_ID) or request.param("unitid") != str(UNIT_ID):
            return Response(200, b"<datastore><totalrecord>0</totalrecord><recordset></recordset></datastore>",
                            "text/xml; charset=utf-8")
        if request.param("startrecord"):
            start = max(int(request.param("startrecord") or 1), 1)
            end = int(request.param("endrecord") or start + PER_PAGE - 1)
        else:
            page = max(int(request.param("page") or 1), 1)
            start, end = (page - 1) * PER_PAGE + 1, page * PER_PAGE
        chosen = self.records[start - 1: end]
        pages = -(-len(self.records) // PER_PAGE)
        xml = (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><datastore><totalrecord>{len(self.records)}</totalrecord>"
               f"<totalpage>{pages}</totalpage><recordset>{''.join(self.record(*r) for r in chosen)}</recordset>"
               "</datastore>")
        return Response(200, xml.encode(), "text/xml; charset=utf-8")

    def download(self, request: Request) -> Response:
        from govcrawl.synth.pdf import render_pdf

        doc = self.files.get(request.param("filename"))
        if doc is None:
            return Response(200, "<script>alert('文件不存在');history.back();</script>".encode(), "text/html")
        name = quote(doc.title + ".pdf")
        return Response(200, render_pdf(doc, random.Random(doc.title)), "application/pdf",
                        {"Content-Disposition": f"attachment; filename*=UTF-8''{name}"})


PORTALS = [HanwebLiuxi]
