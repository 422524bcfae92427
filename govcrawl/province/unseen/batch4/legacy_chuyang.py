"""楮阳县 (www.chuyang.gov.test): a legacy static GBK site whose 年报 list sits in an ``<iframe>``
and whose year sub-folders name the year only in the breadcrumb.

The column page ``/xxgk/nb/index.htm`` is a frame of the site's chrome around
``<iframe src="list_nb.htm" name="listframe">``; the list pages ``list_nb.htm``, ``list_nb_2.htm``
(GBK, the charset only in the ``Content-Type`` header as ``GBK``) are bare ``<table>`` rows with a
pager "记录数：7　页数：1/2　首页 上页 下页 尾页" whose links are plain (portals.md §4.2, §1.7).
Articles live in year folders ``/xxgk/nb/<YYYY>nd/<n>.htm``; the two oldest reports are titled
"楮阳县人民政府政府信息公开工作年度报告" with no year — the year is in the breadcrumb ("… &gt; 2021年度")
and in the text.  The education bureau's report is a .docx linked in the body, titled
"县教育局2024年度…" (agency 楮阳县教育局).  Decoys: 解读, 部门决算.
"""

from __future__ import annotations

import dataclasses
import random
from html import escape

from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, upper_cell
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.chuyang.gov.test"
SITE = "chuyang-gov"
OWNER = "楮阳县人民政府"
ROOT = "/xxgk/nb/"
PER_PAGE = 4
GBK = "text/html; charset=GBK"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def para(text: str, heading: bool) -> str:
    if heading:
        return f"<P align=left><B>{escape(text)}</B></P>"
    return f"<P align=left>&nbsp;&nbsp;&nbsp;&nbsp;{escape(text)}</P>"


def frame(title: str, crumb: str, inner: str) -> str:
    return (
        f"<HTML><HEAD><TITLE>{escape(title)}</TITLE><LINK href=\"/css/style.css\" rel=stylesheet></HEAD>"
        '<BODY bgColor=#ffffff><TABLE width=980 align=center border=0><TR><TD><IMG src="/images/cy_top.gif" width=980>'
        '</TD></TR><TR><TD class=nav><A href="/">首 页</A> | <A href="/xxgk/">信息公开</A> | <A href="/bmfw/">便民服务'
        '</A>'
        ' | <A href="javascript:;" onclick="openWza()">无障碍</A></TD></TR>'
        f"<TR><TD class=weizhi>当前位置：{crumb}</TD></TR><TR><TD>{inner}</TD></TR>"
        "<TR><TD align=center class=foot>楮阳县人民政府办公室 主办 联系电话：0000-6213000 网站标识码：9823280010<BR>"
        '未ICP备06004211号 <SPAN>访问人次：<IMG src="/cgi-bin/counter.cgi?df=cy.dat"></SPAN></TD></TR>'
        "</TABLE></BODY></HTML>"
    )


class LegacyChuyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.serial: dict[int, int] = {}  # articles per year folder
        self.entries: list[tuple[str, str, str]] = []
        nameless = f"{OWNER}政府信息公开工作年度报告"
        self.article(make_doc(rng, OWNER, 2020, "2021-01-27", title=nameless))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-24", title=nameless))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-30", title="楮阳县2022年政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2024, "2025-01-21", title="楮阳县人民政府2024年政府信息公开工作年度报告"))
        self.docx(make_doc(rng, "县教育局", 2024, "2025-01-18", title="县教育局2024年度政府信息公开工作年度报告"))
        self.notice("楮阳县2024年政府信息公开工作年度报告解读", "2025-01-23", 2024)
        self.notice("楮阳县教育局2023年度部门决算", "2024-08-20", 2023)
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i: i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for n, chunk in enumerate(chunks, start=1):
            name = "list_nb.htm" if n == 1 else f"list_nb_{n}.htm"
            self.put(HOST, ROOT + name, self.list_page(chunk, n, len(chunks)), GBK, "gbk")
        column = ('<IFRAME src="list_nb.htm" name="listframe" width="100%" height="600" frameBorder=0 scrolling=no>'
                  "</IFRAME>")
        crumb = '<A href="/">首页</A> &gt; <A href="/xxgk/">信息公开</A> &gt; 政府信息公开年报'
        self.put(HOST, ROOT + "index.htm", frame("政府信息公开年报", crumb, column), GBK, "gbk")

    def next_path(self, year: int) -> str:
        self.serial[year] = self.serial.get(year, 0) + 1
        return f"{ROOT}{year}nd/{self.serial[year]}.htm"

    def page_of(self, title: str, date: str, year: int, content: str) -> str:
        crumb = (f'<A href="/">首页</A> &gt; <A href="/xxgk/">信息公开</A> &gt; '
                 f'<A href="{ROOT}index.htm">政府信息公开年报'
                 f"</A> &gt; {year}年度")
        inner = (f"<TABLE width=\"90%\" align=center><TR><TD align=center class=bt>{escape(title)}</TD></TR>"
                 f"<TR><TD align=center class=rq>发布日期：{date}　来源：县政府办公室</TD></TR>"
                 f"<TR><TD class=nr>{content}</TD></TR><TR><TD align=right>"
                 '<A href="javascript:window.print()">[打印]</A> <A href="javascript:window.close()">[关闭]</A>'
                 "</TD></TR></TABLE>")
        return frame(title, crumb, inner)

    def article(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path(doc.year)
        content = body_html(doc, para, upper_cell, "<TABLE cellSpacing=0 cellPadding=0 border=1 width=\"100%\">")
        url = self.put(HOST, path, self.page_of(doc.title, date, doc.year, content), GBK, "gbk")
        self.entries.append((path, doc.title, date))
        self.report(SITE, url, doc)

    def docx(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path(doc.year)
        file = f"{ROOT}{doc.year}nd/files/{date.replace('-', '')}01.docx"
        file_url = self.put(HOST, file, render_docx(doc), DOCX)
        content = para(f"{doc.title}见附件：", False) + f'<P><A href="files/{date.replace("-", "")}01.docx">' \
            f"{escape(doc.title)}.docx</A></P>"
        url = self.put(HOST, path, self.page_of(doc.title, date, doc.year, content), GBK, "gbk")
        self.entries.append((path, doc.title, date))
        truth = dataclasses.replace(doc, agency_name="楮阳县教育局")
        self.report(SITE, url, truth, media_type=DOCX, report_url=file_url)

    def notice(self, title: str, date: str, year: int) -> None:
        path = self.next_path(year)
        content = "".join(para(p, False) for p in decoy_text(title, "楮阳县", year, self.rng))
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, year, content), GBK, "gbk"), title)
        self.entries.append((path, title, date))

    def list_page(self, chunk: list[tuple[str, str, str]], n: int, pages: int) -> str:
        rows = "".join(f'<TR><TD width=20><IMG src="/images/dot.gif"></TD><TD><A href="{p}" target=_blank>{escape(t)}'
                       '</A>'
                       f"</TD><TD width=90 align=right>{d}</TD></TR>" for p, t, d in chunk)

        def href(k: int) -> str:
            return "list_nb.htm" if k == 1 else f"list_nb_{k}.htm"

        links = [f'<A href="{href(1)}">首页</A>' if n > 1 else "首页",
                 f'<A href="{href(n - 1)}">上页</A>' if n > 1 else "上页",
                 f'<A href="{href(n + 1)}">下页</A>' if n < pages else "下页",
                 f'<A href="{href(pages)}">尾页</A>' if n < pages else "尾页"]
        return (f"<HTML><HEAD><TITLE>list</TITLE></HEAD><BODY><TABLE width=\"100%\" class=list>{rows}</TABLE>"
                f"<TABLE width=\"100%\"><TR><TD align=center>记录数：{len(self.entries)}　页数：{n}/{pages}　"
                f"{' '.join(links)}</TD></TR></TABLE></BODY></HTML>")


PORTALS = [LegacyChuyang]
