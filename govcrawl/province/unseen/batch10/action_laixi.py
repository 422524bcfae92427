"""濑溪县 (www.laixi.gov.test): a legacy Struts2 政府信息公开目录 in GBK, paged by
``page.pageNo``, whose last list page fails with a 500 every time.

The 年报 directory ``/xxgk/gkml!list.action?dirId=38`` (Struts2 dynamic-method URLs, the
gkml_action family's ``.action`` pages) is an UPPERCASE layout ``<TABLE>``: 序号 | 标题 | 发布日期, the
link ``gkml!detail.action?id=<n>`` with its text cut at 15 characters plus "..." and the full
title in ``title=``; dates are written without zero padding ("2025-1-22").  The pager line is "共 12
条 第 1/3 页" with 首页/上一页/下一页/末页 links to ``gkml!list.action?dirId=38&page.pageNo=N``.  Every page
is GBK with a bare ``text/html`` header and the charset only in the ``<META>``; a town's name
(堽城镇) is outside GB2312.  Detail pages carry an 索引号 table (``索 引 号``, ``发布机构``, ``生成日期``)
and the body, a Word "save as web page" paste, in ``DIV#zoomcon``; the 2023 county report is a
stub whose PDF is ``/uploadfile/2024/0129/<stamp>.pdf``, the 2024 one a .docx under the same
folder; an unknown ``id`` is a soft 404 (200, "信息不存在或已删除").

**Shortfall (deliberate):** page 3 (``page.pageNo=3``) answers HTTP 500 with Tomcat's
``java.lang.NullPointerException`` report on every request — the directory's four oldest entries
(the 2019, 2020 and 2021 county reports, and a 2020 工作要点) are linked from nowhere else.  The
list still declares 12 entries; the ground truth lists the three reports, and a crawl should
state that it harvested fewer than declared.  The detail pages themselves are served.

Titles: the county's plain "濑溪县人民政府2022年…", the 人社局's
"县人社局2023年…" (濑溪县人力资源和社会保障局), 堽城镇's "堽城镇2024年…" (濑溪县堽城镇人民政府), the 教育局's
with its full name.  Decoys: 法治政府建设年度报告, 关于…
年度报告的函, a 工作要点 (on the broken page).
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.laixi.gov.test"
SITE = "laixi-gov"
OWNER = "濑溪县人民政府"
LIST = "/xxgk/gkml!list.action"
DETAIL = "/xxgk/gkml!detail.action"
DIR = "38"
PER_PAGE = 4
BROKEN_PAGE = 3
HTML = "text/html"

TOMCAT_500 = (
    "<html><head><title>Apache Tomcat/6.0.35 - Error report</title></head><body><h1>HTTP Status 500 - </h1>"
    '<HR size="1" noshade="noshade"><p><b>type</b> Exception report</p><p><b>description</b> <u>The server '
    "encountered an internal error () that prevented it from fulfilling this request.</u></p><p><b>exception</b> "
    "<pre>java.lang.NullPointerException\n\tat com.laixi.gkml.action.GkmlAction.list(GkmlAction.java:211)\n"
    '\tat sun.reflect.NativeMethodAccessorImpl.invoke0(Native Method)\n</pre></p><HR size="1" noshade="noshade">'
    "<h3>Apache Tomcat/6.0.35</h3></body></html>"
)


def frame(title: str, inner: str) -> str:
    return (
        '<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=GBK">'
        f'<TITLE>{escape(title)}—濑溪县人民政府信息公开</TITLE><LINK href="/xxgk/css/gkml.css" rel=stylesheet>'
        "</HEAD><BODY leftMargin=0 topMargin=0><TABLE width=980 align=center border=0 cellPadding=0 cellSpacing=0>"
        '<TR><TD><IMG src="/xxgk/images/top.jpg" width=980 height=120></TD></TR><TR><TD class=nav>'
        '<A href="/">网站首页</A> | <A href="/xxgk/">信息公开</A> | <A href="/xxgk/gkzn.jsp">公开指南</A> | '
        f'<A href="/xxgk/ysq.jsp">依申请公开</A></TD></TR><TR><TD>{inner}</TD></TR><TR><TD class=foot align=center>'
        "版权所有：濑溪县人民政府办公室　网站标识码：9844510005　未ICP备06001182号<BR>建议使用IE8.0以上浏览器 "
        "1024*768分辨率浏览</TD></TR></TABLE></BODY></HTML>"
    )


class ActionLaixi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.next_id = 48_120
        self.details: dict[str, bytes] = {}
        self.entries: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2019, "2020-01-22", version="v2019"))
        self.notice("濑溪县2020年政务公开工作要点", "2020-04-16", "县政府办公室")
        self.article(make_doc(rng, OWNER, 2020, "2021-01-27", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-25"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-30"))
        self.notice("濑溪县2022年法治政府建设年度报告", "2023-03-24", "县司法局")
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-29"), PDF)
        self.article(
            make_doc(
                rng, "濑溪县人力资源和社会保障局", 2023, "2024-01-18", title="县人社局2023年政府信息公开工作年度报告"
            ),
            "县人力资源和社会保障局",
        )
        self.notice("关于做好2024年度政府信息公开工作年度报告编制报送工作的函", "2024-12-16", "县政府办公室")
        self.attached(make_doc(rng, OWNER, 2024, "2025-01-22"), DOCX)
        self.article(make_doc(rng, "濑溪县教育局", 2024, "2025-01-20"), "濑溪县教育局")
        self.article(
            make_doc(rng, "濑溪县堽城镇人民政府", 2024, "2025-01-15", title="堽城镇2024年政府信息公开工作年度报告"),
            "堽城镇人民政府",
        )
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, LIST, self.list_action)
        self.route(HOST, DETAIL, self.detail_action)

    def page_of(self, title: str, date: str, org: str, content: str) -> str:
        self.next_id += self.rng.randint(3, 120)
        key = str(self.next_id)
        y, m, d = date.split("-")
        inner = (
            '<TABLE width="100%" border=0 cellPadding=6><TR><TD class=pos>当前位置：<A href="/">首页</A> &gt;&gt; '
            f'<A href="{LIST}?dirId={DIR}">政府信息公开年报</A></TD></TR></TABLE>'
            '<TABLE class=gkxx width="96%" align=center border=1 cellSpacing=0 cellPadding=4>'
            f"<TR><TD width=90>索 引 号：</TD><TD>98445100-{y}-{int(key) % 10000:05d}</TD><TD width=90>信息分类：</TD>"
            f"<TD>政府信息公开年报</TD></TR><TR><TD>发布机构：</TD><TD>{escape(org)}</TD><TD>生成日期：</TD>"
            f"<TD>{y}年{int(m)}月{int(d)}日</TD></TR><TR><TD>名　　称：<"
            f"/TD><TD colSpan=3>{escape(title)}</TD></TR></TABLE>"
            f'<TABLE width="96%" align=center><TR><TD align=center class=title><B>{escape(title)}</B></TD></TR>'
            f"<TR><TD><DIV id=zoomcon>{content}</DIV></TD></TR><TR><TD align=right>"
            '【<A href="javascript:window.print()">打印</A>】【<A href='
            '"javascript:window.close()">关闭</A>】</TD></TR></TABLE>'
        )
        self.details[key] = frame(title, inner).encode("gbk", "xmlcharrefreplace")
        self.entries.append((key, title, date))
        return f"http://{HOST}{DETAIL}?id={key}"

    def article(self, doc: ReportDoc, org: str = "县政府办公室") -> None:
        content = body_html(
            doc, word_para, word_cell, "<TABLE class=MsoNormalTable border=1 cellSpacing=0 cellPadding=0>"
        )
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", org, content), doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        date = doc.published_date or ""
        ext = "pdf" if media == PDF else "docx"
        stamp = f"{date.replace('-', '')}{self.rng.randint(10**5, 10**6 - 1)}"
        path = f"/uploadfile/{date[:4]}/{date[5:7]}{date[8:]}/{stamp}.{ext}"
        file_url = self.put_pdf(HOST, path, doc) if media == PDF else self.put(HOST, path, render_docx(doc), DOCX)
        content = (
            f"<P>{escape(doc.title)}已经县人民政府同意，现予公开。</P>"
            f'<P>附件：<A href="{path}" target=_blank>{escape(doc.title)}.{ext}</A></P>'
        )
        url = self.page_of(doc.title, date, "县政府办公室", content)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str, org: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, org, content), title)

    def list_action(self, request: Request) -> Response:
        fields = dict(request.query)
        if request.method == "POST" and request.body:
            from urllib.parse import parse_qs

            fields.update(parse_qs(request.body.decode("latin-1")))
        if (fields.get("dirId") or [""])[0] != DIR:
            return Response(200, frame("提示", "<P>栏目不存在！</P>").encode("gbk"), HTML)
        pages = -(-len(self.entries) // PER_PAGE)
        try:
            n = int((fields.get("page.pageNo") or ["1"])[0])
        except ValueError:
            n = 1
        n = min(max(n, 1), pages)
        if n == BROKEN_PAGE:
            return Response(500, TOMCAT_500.encode(), "text/html;charset=utf-8")
        chunk = self.entries[(n - 1) * PER_PAGE : n * PER_PAGE]

        def short(t: str) -> str:
            return t if len(t) <= 15 else t[:15] + "..."

        def day(d: str) -> str:
            y, m, dd = d.split("-")
            return f"{y}-{int(m)}-{int(dd)}"

        rows = "".join(
            f'<TR><TD align=center>{(n - 1) * PER_PAGE + i}</TD><TD><A href="gkml!detail.action?id={k}" target=_blank '
            f'title="{escape(t)}">{escape(short(t))}</A></TD><TD align=center>{day(d)}</TD></TR>'
            for i, (k, t, d) in enumerate(chunk, start=1)
        )

        def link(p: int, text: str) -> str:
            return f'<A href="gkml!list.action?dirId={DIR}&page.pageNo={p}">{text}</A>'

        nav = ("首页 上一页 " if n == 1 else link(1, "首页") + " " + link(n - 1, "上一页") + " ") + (
            "下一页 末页" if n == pages else link(n + 1, "下一页") + " " + link(pages, "末页")
        )
        inner = (
            '<TABLE width="100%" border=0 cellPadding=6><TR><TD class=pos>当前位置：<A href="/">首页</A> &gt;&gt; '
            "政府信息公开目录 &gt;&gt; 政府信息公开年报</TD></TR></TABLE>"
            '<TABLE class=list width="96%" align=center border=1 cellSpacing=0 cellPadding=3>'
            f"<TR class=th><TD width=50>序号</TD><TD>标题</TD><TD width=100>发布日期</TD></TR>{rows}</TABLE>"
            f'<TABLE width="96%" align=center><TR><TD align=right>共 {len(self.entries)} 条 第 {n}/{pages} 页 {nav}'
            "</TD></TR></TABLE>"
        )
        return Response(200, frame("政府信息公开年报", inner).encode("gbk", "xmlcharrefreplace"), HTML)

    def detail_action(self, request: Request) -> Response:
        found = self.details.get(request.param("id"))
        if found is None:
            return Response(200, frame("提示", "<P align=center>信息不存在或已删除！</P>").encode("gbk"), HTML)
        return Response(200, found, HTML)


PORTALS = [ActionLaixi]
