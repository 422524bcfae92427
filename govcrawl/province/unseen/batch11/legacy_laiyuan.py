"""涞原县 (www.laiyuan.gov.test): a legacy JSP 信息公开 column in GB18030 bytes labelled GBK, whose
list titles are line-broken and whose 2020 report is preformatted text.

``/gov/xxgk/nbList.jsp?typeid=31`` (``&pageNum=N``) is an UPPERCASE layout ``<TABLE>``: each row a
bullet image, ``<A href="nbShow.jsp?id=N">`` whose text is the title broken by a ``<BR>`` (as typed into
the old editor's title box: "涞原县2022年政府信息公开<BR>工作年度报告"), and the date in a right-hand
``<TD>`` as "(2023-01-30)".  The pager is "第 1 页 共 3 页 共 11 条" with [首页] [上一页] [下一页] [尾页]
links to ``nbList.jsp?typeid=31&pageNum=N`` and a jump ``<SELECT>`` whose options are the page numbers.
Every page is GB18030 while the header says ``text/html;charset=GBK`` and the ``<META>`` says GBK: a
town's name, 䢺溪镇, is outside GBK (a strict GBK decoder fails on it).  ``nbShow.jsp?id=N`` pages
put the body in ``TD.content`` under a "发布日期：… 来源：… 点击：N 次" line; an unknown ``id`` answers
200 "对不起，该信息不存在！".  The 2020 report is plain text in a ``<PRE>`` (the tables as lines of
tab-separated cells); the 2022 report a .docx and the 2023 one an .ofd under ``/upload/nb/``, linked
as "附件下载" in the body.  Titles: "县林业局2024年政府信息公开年报" (涞原县林业局), 䢺溪镇 (涞原县䢺溪镇人民政府).
Decoys: 政府信息公开申请表, 法治政府建设年度报告, a 政府信息公开目录.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    OFD,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    upper_cell,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd
from govcrawl.synth.text import render_report_text

HOST = "www.laiyuan.gov.test"
SITE = "laiyuan-gov"
OWNER = "涞原县人民政府"
LIST = "/gov/xxgk/nbList.jsp"
SHOW = "/gov/xxgk/nbShow.jsp"
PER_PAGE = 4
HTML = "text/html;charset=GBK"
TOWN = "涞原县䢺溪镇人民政府"


def frame(title: str, inner: str) -> bytes:
    page = (
        '<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=GBK">'
        f'<META name="SiteName" content="涞原县人民政府"><TITLE>{escape(title)}</TITLE>'
        '<LINK href="/gov/css/style.css" rel="stylesheet" type="text/css"></HEAD>'
        '<BODY leftMargin=0 topMargin=0><TABLE width=980 align=center border=0 cellPadding=0 cellSpacing=0>'
        '<TR><TD><IMG src="/gov/images/top.jpg" width=980 height=150></TD></TR>'
        '<TR><TD class=nav><A href="/">网站首页</A> | <A href="/gov/xxgk/">政务公开</A> | '
        '<A href="/gov/bsfw/">办事服务</A> | <A href="/gov/gzcy/">公众参与</A></TD></TR>'
        f"<TR><TD>{inner}</TD></TR>"
        '<TR><TD class=foot align=center>涞原县人民政府办公室主办　网站标识码：9847510003<BR>'
        '未ICP备06011873号　建议使用IE8.0以上浏览器　您是第<FONT color=red>0483921</FONT>位访问者</TD></TR>'
        "</TABLE></BODY></HTML>"
    )
    return page.encode("gb18030")


class LegacyLaiyuan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.next_id = 2210
        self.details: dict[str, bytes] = {}
        self.entries: list[tuple[str, str, str]] = []  # id, title, date
        self.article(make_doc(rng, OWNER, 2019, "2020-02-05", version="v2019"))
        self.preformatted(make_doc(rng, OWNER, 2020, "2021-01-29", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-26"), old=True)
        self.notice("涞原县2021年度法治政府建设年度报告", "2022-03-15")
        self.attached(make_doc(rng, OWNER, 2022, "2023-01-30"), DOCX)
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-31"), OFD)
        self.article(make_doc(rng, TOWN, 2024, "2025-01-21", title="䢺溪镇2024年政府信息公开工作年度报告"), "䢺溪镇")
        self.notice("涞原县政府信息公开申请表（2024年修订）", "2024-05-20")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-27"))
        self.article(make_doc(rng, "涞原县林业局", 2024, "2025-01-23", title="县林业局2024年政府信息公开年报"),
                     "县林业局")
        self.notice("涞原县人民政府政府信息公开目录（2025年）", "2025-02-06")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, LIST, self.list_page)
        self.route(HOST, SHOW, self.show)

    def page_of(self, title: str, date: str, source: str, content: str) -> str:
        self.next_id += self.rng.randint(1, 40)
        key = str(self.next_id)
        inner = (
            '<TABLE width="100%" border=0 cellPadding=8><TR><TD class=pos>当前位置：<A href="/">首页</A> &gt;&gt; '
            f'<A href="{LIST}?typeid=31">政府信息公开年报</A></TD></TR><TR><TD align=center class=title>'
            f'<FONT size=5><B>{escape(title)}</B></FONT></TD></TR><TR><TD align=center class=info>发布日期：{date}'
            f"　来源：{escape(source)}　点击：{self.rng.randint(40, 900)} 次</TD></TR>"
            f'<TR><TD class=content>{content}</TD></TR><TR><TD align=right><A href="javascript:window.close()">'
            "【关闭窗口】</A></TD></TR></TABLE>"
        )
        self.details[key] = frame(title, inner)
        self.entries.append((key, title, date))
        return f"http://{HOST}{SHOW}?id={key}"

    def article(self, doc: ReportDoc, source: str = "县政府办", old: bool = False) -> None:
        if old:
            content = body_html(doc, lambda t, h: f"<P>　　{escape(t)}</P>", upper_cell,
                                "<TABLE border=1 cellSpacing=0 cellPadding=2 width=600>")
        else:
            content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, content), doc)

    def preformatted(self, doc: ReportDoc) -> None:
        text = render_report_text(doc, "tabs", self.rng)
        content = f"<PRE>{escape(text)}</PRE>"
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", "县政府办", content), doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        date = doc.published_date or ""
        ext = "ofd" if media == OFD else "docx"
        path = f"/upload/nb/{date.replace('-', '')}{self.rng.randint(100000, 999999)}.{ext}"
        data = render_ofd(doc, random.Random(self.rng.random())) if media == OFD else render_docx(doc)
        file_url = self.put(HOST, path, data, media)
        content = (f"<P>　　{escape(doc.title)}已经县政府同意，现予公开。</P>"
                   f'<P>附件下载：<A href="{path}">{escape(doc.title)}.{ext}</A></P>')
        url = self.page_of(doc.title, date, "县政府办", content)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(f"<P>　　{escape(p)}</P>" for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, "县政府办", content), title)

    def list_page(self, request: Request) -> Response:
        if request.param("typeid") != "31":
            return Response(200, frame("提示", "<P align=center>栏目不存在！</P>"), HTML)
        pages = -(-len(self.entries) // PER_PAGE)
        try:
            page = int(request.param("pageNum") or 1)
        except ValueError:
            page = 1
        page = min(max(page, 1), pages)
        chunk = self.entries[(page - 1) * PER_PAGE : page * PER_PAGE]

        def shown(title: str) -> str:
            cut = title.find("政府信息公开") + len("政府信息公开")
            return f"{escape(title[:cut])}<BR>{escape(title[cut:])}" if 6 < cut < len(title) else escape(title)

        rows = "".join(
            f'<TR><TD width=20><IMG src="/gov/images/dot.gif"></TD><TD height=28><A href="nbShow.jsp?id={k}" '
            f'target=_blank>{shown(t)}</A></TD><TD width=100 align=right>({d})</TD></TR>'
            for k, t, d in chunk
        )

        def link(n: int, text: str) -> str:
            return f'[<A href="nbList.jsp?typeid=31&pageNum={n}">{text}</A>]'

        pager = (
            f"第 {page} 页 共 {pages} 页 共 {len(self.entries)} 条 "
            + (link(1, "首页") + link(page - 1, "上一页") if page > 1 else "[首页] [上一页]")
            + (link(page + 1, "下一页") + link(pages, "尾页") if page < pages else "[下一页] [尾页]")
            + " 转到<SELECT onchange=\"location='nbList.jsp?typeid=31&pageNum='+this.value\">"
            + "".join(f"<OPTION value={n}{' selected' if n == page else ''}>{n}</OPTION>" for n in range(1, pages + 1))
            + "</SELECT>"
        )
        inner = (
            '<TABLE width="100%" border=0><TR><TD class=pos>当前位置：<A href="/">首页</A> &gt;&gt; 政府信息公开年报'
            f"</TD></TR></TABLE><TABLE width=\"96%\" align=center border=0>{rows}</TABLE>"
            f'<TABLE width="96%" align=center><TR><TD align=center class=page>{pager}</TD></TR></TABLE>'
        )
        return Response(200, frame("政府信息公开年报", inner), HTML)

    def show(self, request: Request) -> Response:
        found = self.details.get(request.param("id"))
        if found is None:
            return Response(200, frame("提示", "<P align=center>对不起，该信息不存在！</P>"), HTML)
        return Response(200, found, HTML)


PORTALS = [LegacyLaiyuan]
