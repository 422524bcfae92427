"""溹阳县 (www.suoyang.gov.test): a legacy ASP 信息公开 site laid out in a ``<frameset>`` — the
registry's page holds no content, only frames, the 年报 list being the ``main`` frame's page — in GBK
bytes under an uppercase ``CHARSET=GB2312`` meta, with no charset in the HTTP header.

``/xxgk/index.htm`` is ``<FRAMESET ROWS="120,*"><FRAME SRC="top.htm" NAME="top"><FRAMESET COLS="190,*"><FRAME
SRC="left.htm" NAME="left"><FRAME SRC="nblist.asp?ClassID=12" NAME="main"></FRAMESET></FRAMESET>`` plus a
``<NOFRAMES>`` line ("您的浏览器不支持框架").  ``left.htm`` is the 信息公开 menu (its 年报 link targets
``main``).  ``nblist.asp?ClassID=12&page=N`` is an UPPERCASE layout ``<TABLE>`` of rows ``<TD>·<A
HREF="nbshow.asp?id=<n>" TARGET="_blank">title</A></TD><TD ALIGN=right>2025-1-22</TD>`` (dates not
zero-padded), four a page, newest first, under "共 12 条记录 页次：1/3 每页：4 条 首页 上一页 下一页 尾页"
(links ``nblist.asp?ClassID=12&page=N``); a page past the end: "暂无信息".  Every page is GBK (溹 is outside
GB2312) declared ``<META HTTP-EQUIV="Content-Type" CONTENT="text/html; CHARSET=GB2312">``, the header
``text/html``.  ``nbshow.asp?id=<n>``: "发布时间：… 信息来源：… 阅读：<n>次" and a Word paste in ``<DIV
id=fontzoom>``; an unknown id: a soft 404 (200, "该信息不存在或已删除").  The 2021 county report is a stub
whose PDF and the 2024 one whose .docx are under ``/UpLoadFile/YYYYMMDD/<stamp>.<ext>``.

Reports (9): 溹阳县人民政府 2019–2024 (2019–2020 old template), 溹阳县民政局 2024 ("县民政局2024年…"),
溹阳县溹口镇人民政府 2023 ("溹口镇2023年…"), 溹阳县自然资源局 2022.  Decoys (3): 法治政府建设年度报告,
关于…年度报告的函, 部门决算.
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
    upper_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.suoyang.gov.test"
SITE = "suoyang-gov"
OWNER = "溹阳县人民政府"
CLASS = "12"
PER = 4
CT = "text/html"
META = '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; CHARSET=GB2312">'


def gbk(text: str) -> bytes:
    return text.encode("gbk", "xmlcharrefreplace")


def frame(title: str, inner: str) -> str:
    return (
        f'<HTML><HEAD>{META}<TITLE>{escape(title)}--溹阳县人民政府信息公开</TITLE><LINK HREF="/css/style.css" '
        'REL="stylesheet" TYPE="text/css"></HEAD><BODY LEFTMARGIN=0 TOPMARGIN=0><TABLE WIDTH="100%" BORDER=0 '
        f'CELLPADDING=0 CELLSPACING=0><TR><TD VALIGN=top>{inner}</TD></TR></TABLE><TABLE WIDTH="100%"><TR><TD '
        'ALIGN=center CLASS=foot>版权所有：溹阳县人民政府办公室　网站标识码：9865050001<BR>未ICP备06001845号</TD></TR>'
        '</TABLE></BODY></HTML>'
    )


class LegacySuoyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 1_870
        self.articles: dict[str, bytes] = {}
        self.entries: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-30"), (2020, "2021-01-29"), (2022, "2023-01-31"), (2023, "2024-01-30")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.file(make_doc(rng, OWNER, 2021, "2022-01-28"), "pdf")
        self.file(make_doc(rng, OWNER, 2024, "2025-01-27"), "docx")
        self.article(make_doc(rng, "溹阳县民政局", 2024, "2025-01-22", title="县民政局2024年政府信息公开工作年度报告"))
        self.article(make_doc(rng, "溹阳县溹口镇人民政"
                                   "府", 2023, "2024-01-25", title="溹口镇2023年政府信息公开工作年度报告"))
        self.article(make_doc(rng, "溹阳县自然资源局", 2022, "2023-01-19"))
        self.notice("溹阳县2024年法治政府建设年度报告", 2024, "2025-03-03")
        self.notice("关于报送2023年度政府信息公开工作年度报告的函", 2023, "2023-12-20")
        self.notice("溹阳县民政局2022年度部门决算", 2022, "2023-08-25")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.put(HOST, "/xxgk/index.htm", gbk(
            f'<HTML><HEAD>{META}<TITLE>溹阳县人民政府信息公开</TITLE></HEAD><FRAMESET ROWS="120,*" FRAMEBORDER=0 BO'
            'RDER=0>'
            '<FRAME SRC="top.htm" NAME="top" SCROLLING=no NORESIZE><FRAMESET COLS="190,*"><FRAME SRC="left.htm" '
            f'NAME="left" SCROLLING=auto><FRAME SRC="nblist.asp?ClassID={CLASS}" NAME="main" SCROLLING=auto></FRAMESET>'
            '</FRAMESET><NOFRAMES><BODY>您的浏览器不支持框架，请升级浏览器。</BODY></NOFRAMES></HTML>'), CT)
        self.put(HOST, "/xxgk/top.ht"
                       "m", gbk(frame("溹阳县人民政府信息公开", '<IMG SRC="/images/xxgk_top.jpg" WIDTH=1000 '
                                                                   'HEIGHT=120 ALT="溹阳县人民政府信息公开">')), CT)
        self.put(HOST, "/xxgk/left.htm", gbk(frame("目录", (
            '<TABLE WIDTH=180 CLASS=menu><TR><TD><A HREF="nblist.asp?ClassID=10" TARGET="main">信息公开指南</A></TD'
            '></TR>'
            '<TR><TD><A HREF="nblist.asp?ClassID=11" TARGET="main">信息公开制度</A></TD></TR><TR><TD><A HREF="nblis'
            't.asp?'
            f'ClassID={CLASS}" TARGET="main">信息公开年报</A></TD></TR><TR><TD><A HREF="http://www.suoyang.gov.test/" '
            'TARGET="_top">返回首页</A></TD></TR></TABLE>'))), CT)
        self.route(HOST, "/xxgk/nblist.asp", self.list_page)
        self.route(HOST, "/xxgk/nbshow.asp", self.show)

    def page_of(self, title: str, date: str, content: str, source: str = "县政府办公室") -> str:
        self.id += self.rng.randint(2, 40)
        inner = (
            f'<TABLE WIDTH="96%" ALIGN=center><TR><TD ALIGN=center CLASS=title><FONT SIZE=4><B>{escape(title)}</B><'
            '/FONT>'
            f'</TD></TR><TR><TD ALIGN=center CLASS=info>发布时间：{date}　信息来源：{escape(source)}　阅读：'
            f'{self.rng.randint(30, 900)}次</TD></TR><TR><TD><DIV id=fontzoom>{content}</DIV></TD></TR><TR><TD ALIG'
            'N=right>'
            '【<A HREF="javascript:window.print()">打印</A>】【<A HREF="javascript:window.close()">关闭</A>】</TD><'
            '/TR></TABLE>'
        )
        self.articles[str(self.id)] = gbk(frame(title, inner))
        self.entries.append((str(self.id), title, date))
        return f"http://{HOST}/xxgk/nbshow.asp?id={self.id}"

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, word_para, upper_cell, '<TABLE BORDER=1 CELLSPACING=0 CELLPADDING=2 WIDTH="100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, doc.agency_name), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        date = (doc.published_date or "").replace("-", "")
        path = f"/UpLoadFile/{date}/{date}{self.rng.randint(10**8, 10**9 - 1)}.{ext}"
        content = f'<P>{escape(doc.title)}全文请点击下载：<A HREF="{path}">{escape(doc.title)}.{ext}</A></P>'
        url = self.page_of(doc.title, doc.published_date or "", content)
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, path, doc))
        else:
            self.report(SITE, url, doc, media_type=DOCX, report_url=self.put(HOST, path, render_docx(doc), DOCX))

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content), title)

    def show(self, request: Request) -> Response:
        found = self.articles.get(request.param("id"))
        return Response(200, found if found is not None else gbk(frame("提示", "<P>该信息不存在或已删除！</P>")), CT)

    def list_page(self, request: Request) -> Response:
        if request.param("ClassID") != CLASS:
            return Response(200, gbk(frame("信息公开", "<P>暂无信息</P>")), CT)
        pages = -(-len(self.entries) // PER)
        raw = request.param("page", "1")
        page = int(raw) if raw.isdigit() and int(raw) > 0 else 1
        chunk = self.entries[(page - 1) * PER : page * PER]
        rows = "".join(
            f'<TR><TD HEIGHT=26>·<A HREF="nbshow.asp?id={i}" TARGET="_blank">{escape(t)}</A></TD><TD ALIGN=right '
            f'WIDTH=90>{int(d[:4])}-{int(d[5:7])}-{int(d[8:])}</TD></TR>' for i, t, d in chunk
        ) or "<TR><TD>暂无信息</TD></TR>"

        def link(n: int, text: str) -> str:
            return f'<A HREF="nblist.asp?ClassID={CLASS}&page={n}">{text}</A>'

        nav = ("首页 上一页 " if page == 1 else f"{link(1, '首页')} {link(page - 1, '上一页')} ") + \
              ("下一页 尾页" if page >= pages else f"{link(page + 1, '下一页')} {link(pages, '尾页')}")
        inner = (f'<TABLE WIDTH="98%" ALIGN=center CLASS=pos><TR><TD>当前位置：信息公开 &gt;&gt; 信息公开年报</TD></TR>'
                 f'</TABLE><TABLE WIDTH="98%" ALIGN=center>{rows}</TABLE><TABLE WIDTH="98%" ALIGN=center><TR><TD '
                 f'ALIGN=center>共 {len(self.entries)} 条记录 页次：{page}/{pages} 每页：{PER} 条 {nav}</TD></TR></'
                 'TABLE>')
        return Response(200, gbk(frame("信息公开年报", inner)), CT)


PORTALS = [LegacySuoyang]
