"""洹川县 (www.huanchuan.gov.test): an old AOLserver 4.5 政府信息公开目录 — Tcl ADP pages (``.adp``) over a
database pool, in GB18030 bytes: header ``text/html; charset=gb18030`` and ``<META HTTP-EQUIV="Content-Type"
CONTENT="text/html; charset=gb18030">``; every page ends with the comment ``<!-- AOLserver/4.5.1 ns_adp -->``
and the footer "Powered by AOLserver".

Path: the site home ``/index.adp`` (``/`` answers it) links the 目录 home ``/gkml/index.adp``, whose 栏目 table links
the 年报 栏目 ``/gkml/lmlist.adp?lmbh=B07`` (the start URL).  Later pages are ``lmlist.adp?lmbh=B07&pg=2`` and
``&pg=3`` (``pg=1`` answers page 1).  Articles are named by their 索引号: ``/gkml/xxnr.adp?syh=HC-B07-2024-0012``.
The one PDF is ``/gkml/fj/<n>.pdf``.  An unknown 栏目 or page answers 200 with the Tcl error text "栏目不存在";
an unknown 索引号 a 200 "信息不存在".

List markup: a ``<TABLE Class="mlb">`` with a header row ``序号 | 索引号 | 信息名称 | 生成日期`` then one ``<TR>`` per
item (``<TD>1</TD><TD>HC-B07-2024-0012</TD><TD Align=Left><A HREF="xxnr.adp?syh=…" TITLE="full title">title</A></TD>
<TD>2025-01-21</TD>``), five a page, newest first, 序号 running on over pages.  Pager: one ``<TD Class="fy">`` of
bracketed page numbers ``[1] [2] [3]`` — the current one bracketed but unlinked, the others ``<A HREF="lmlist.adp?
lmbh=B07&pg=N">[N]</A>`` — after the text ``共13条　分3页　``; no 上一页/下一页 words at all.

Articles: a ``<TABLE Class="xxsx">`` of 索引号 / 所属栏目 / 发文机关 / 生成日期 above a centred ``<FONT SIZE=5>``
title and the body in ``<DIV ID="xxnr">``.  The 2020 report's page holds only a line and
``附件：<A HREF="fj/…pdf">…pdf</A>`` (a text PDF).  The 县民政局 report titles itself "县民政局…" (发文机关
洹川县民政局); the 河口镇 report names the 镇 in 发文机关.  Chrome: a banner ``<TABLE>`` (county name, 无障碍 link
``/wza.adp``), a grey nav row, footer with 主办单位, 网站标识码, ICP.

Reports (8): 洹川县人民政府 2019, 2020 (PDF), 2021, 2022, 2023, 2024; 洹川县民政局 2022; 洹川县河口镇人民政府 2023.
Decoys (3): 洹川县2023年度法治政府建设年度报告, 关于报送2022年度政府信息公开工作年度报告的函,
洹川县2022年国民经济和社会发展统计年报.
Other rows (2): ordinary 目录 items (通知).
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch34._site import MEDIA, Site, esc

HOST = "www.huanchuan.gov.test"
SITE = "huanchuan-gkml"
OWNER = "洹川县人民政府"
LM = "B07"
PER = 5
CTYPE = "text/html; charset=gb18030"


def frame(title: str, inner: str) -> bytes:
    page = (
        '<HTML>\n<HEAD>\n<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb18030">\n'
        f'<TITLE>{esc(title)} - 洹川县政府信息公开目录</TITLE>\n<LINK REL=stylesheet HREF="/css/gkml.css">\n</HEAD>\n'
        '<BODY BGCOLOR="#FFFFFF" MARGINWIDTH=0 MARGINHEIGHT=0>\n'
        '<TABLE WIDTH=960 ALIGN=CENTER BORDER=0 CELLSPACING=0 BGCOLOR="#8B0000"><TR><TD HEIGHT=80>'
        '<FONT COLOR="#FFFFFF" SIZE=6><B>洹川县人民政府</B></FONT>　<FONT COLOR="#FFE4B5">政府信息公开目录</FONT></TD>'
        '<TD ALIGN=RIGHT VALIGN=BOTTOM><A HREF="/wza.adp"><FONT COLOR="#FFFFFF">无障碍</FONT></A></TD></TR></TABLE>\n'
        '<TABLE WIDTH=960 ALIGN=CENTER BORDER=0 BGCOLOR="#DDDDDD"><TR><TD>'
        '<A HREF="/index.adp">网站首页</A> ┆ <A HREF="/gkml/index.adp">信息公开目录</A> ┆ '
        f'<A HREF="/gkml/lmlist.adp?lmbh={LM}">年度报告</A></TD></TR></TABLE>\n'
        f'<TABLE WIDTH=960 ALIGN=CENTER BORDER=0><TR><TD>{inner}</TD></TR></TABLE>\n'
        '<TABLE WIDTH=960 ALIGN=CENTER BORDER=0><TR><TD ALIGN=CENTER><FONT SIZE=2>主办单位：洹川县人民政府办公室　'
        '技术支持：洹川县电子政务中心<BR>网站标识码：9884080001　未ICP备05011263号　Powered by AOLserver</FONT>'
        '</TD></TR></TABLE>\n</BODY>\n</HTML>\n<!-- AOLserver/4.5.1 ns_adp -->\n'
    )
    return page.encode("gb18030")


class LegacyHuanchuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 295_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        self.articles: dict[str, bytes] = {}
        doc = self.doc(OWNER, 2019, "2020-01-20", "洹川县人民政府2019年政府信息公开工作年度报告")
        self.report(SITE, self.art(doc.title, "2020-01-20", OWNER, self.body(doc, word=True)), doc)
        doc = self.doc(OWNER, 2020, "2021-01-26", "洹川县人民政府2020年政府信息公开工作年度报告")
        n = self.next_id(5, 40)
        pdf = self.attach(HOST, f"/gkml/fj/{n}.pdf", doc, "pdf")
        url = self.art(doc.title, "2021-01-26", OWNER,
                       f'<P>　　现将{esc(doc.title)}予以公开。</P><P>附件：<A HREF="fj/{n}.pdf">{n}.pdf</A></P>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=pdf)
        for year, date in ((2021, "2022-01-24"), (2022, "2023-01-18"), (2023, "2024-01-22"), (2024, "2025-01-21")):
            doc = self.doc(OWNER, year, date, f"洹川县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, OWNER, self.body(doc, word=year == 2023)), doc)
        for agency, short, year, date in (("洹川县民政局", "县民政局", 2022, "2023-01-29"),
                                          ("洹川县河口镇人民政府", "河口镇", 2023, "2024-01-17")):
            doc = self.doc(agency, year, date, f"{short}{year}年度政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, agency, self.body(doc)), doc)
        for title, agency, year, date in (
                ("洹川县2023年度法治政府建设年度报告", OWNER, 2023, "2024-02-27"),
                ("关于报送2022年度政府信息公开工作年度报告的函", "洹川县人民政府办公室", 2022, "2022-12-12"),
                ("洹川县2022年国民经济和社会发展统计年报", "洹川县统计局", 2022, "2023-03-16")):
            self.decoy(SITE, self.art(title, date, agency, self.decoy_body(title, OWNER, year)), title)
        for title, date in (("关于开展政府信息公开目录梳理工作的通知", "2024-04-09"),
                            ("关于调整县政务公开工作领导小组成员的通知", "2021-05-13")):
            self.art(title, date, "洹川县人民政府办公室",
                     f"<P>　　各乡镇人民政府，县直各单位：现将{esc(title[2:-3])}有关事项通知如下。</P>")
        self.rows.sort(reverse=True)
        self.route(HOST, "/gkml/lmlist.adp", self.serve_list)
        self.route(HOST, "/gkml/xxnr.adp", self.serve_view)
        lms = "".join(f"<TR><TD>{code}</TD><TD>{name}</TD></TR>" for code, name in (
            ("B01", "机构职能"), ("B02", "政策文件"), ("B03", "规划计划"), ("B05", "财政预决算")))
        self.put(HOST, "/gkml/index.adp",
                 frame("信息公开目录", f'<TABLE Class="lm" BORDER=1 CELLSPACING=0 WIDTH="60%">{lms}<TR><TD>{LM}</TD>'
                                       f'<TD><A HREF="lmlist.adp?lmbh={LM}">政府信息公开工作年度报告</A></TD></TR>'
                                       '</TABLE>'), CTYPE)
        home = frame("洹川县人民政府", '<P><A HREF="/gkml/index.adp">政府信息公开目录</A>　'
                                      '<A HREF="/wza.adp">无障碍浏览</A></P>')
        self.put(HOST, "/index.adp", home, CTYPE)
        self.put(HOST, "/", home, CTYPE)
        self.put(HOST, "/wza.adp", frame("无障碍", "<P>本站支持键盘浏览。</P>"), CTYPE)
        self.put(HOST, "/css/gkml.css", "td{font-size:12px}", "text/css")

    def art(self, title: str, date: str, agency: str, content: str) -> str:
        n = self.next_id(3, 30)
        syh = f"HC-{LM}-{date[:4]}-{n % 10000:04d}"
        head = (f'<TABLE Class="xxsx" WIDTH="100%" BORDER=1 CELLSPACING=0><TR><TD>索引号：{syh}</TD>'
                f'<TD>所属栏目：政府信息公开工作年度报告</TD></TR><TR><TD>发文机关：{esc(agency)}</TD>'
                f'<TD>生成日期：{date}</TD></TR></TABLE>')
        self.articles[syh] = frame(title, f'{head}<P ALIGN=CENTER><FONT SIZE=5>{esc(title)}</FONT></P>'
                                          f'<DIV ID="xxnr">{content}</DIV>')
        self.rows.append((date, syh, title))
        return f"http://{HOST}/gkml/xxnr.adp?syh={syh}"

    def serve_view(self, request: Request) -> Response:
        body = self.articles.get(request.param("syh"))
        return Response(200, body or frame("提示", "<P>信息不存在。</P>"), CTYPE)

    def serve_list(self, request: Request) -> Response:
        pages = (len(self.rows) + PER - 1) // PER
        pg = request.param("pg", "1")
        if request.param("lmbh") != LM or not pg.isdigit() or not 1 <= int(pg) <= pages:
            return Response(200, frame("错误", "<PRE>栏目不存在\n    while executing\n\"ns_adp_abort\"</PRE>"), CTYPE)
        page = int(pg)
        start = (page - 1) * PER
        trs = "".join(
            f'<TR><TD>{start + i + 1}</TD><TD>{syh}</TD><TD ALIGN=LEFT><A HREF="xxnr.adp?syh={syh}" '
            f'TITLE="{esc(title)}">{esc(title if len(title) <= 30 else title[:30])}</A></TD><TD>{date}</TD></TR>'
            for i, (date, syh, title) in enumerate(self.rows[start:start + PER]))
        nums = " ".join(f"[{p}]" if p == page else f'<A HREF="lmlist.adp?lmbh={LM}&pg={p}">[{p}]</A>'
                        for p in range(1, pages + 1))
        inner = ('<TABLE Class="mlb" WIDTH="100%" BORDER=1 CELLSPACING=0 CELLPADDING=2><TR BGCOLOR="#EEEEEE">'
                 f'<TH>序号</TH><TH>索引号</TH><TH>信息名称</TH><TH>生成日期</TH></TR>{trs}</TABLE>'
                 f'<TABLE WIDTH="100%"><TR><TD Class="fy" ALIGN=RIGHT>共{len(self.rows)}条　分{pages}页　{nums}'
                 '</TD></TR></TABLE>')
        return Response(200, frame("政府信息公开工作年度报告", inner), CTYPE)


PORTALS = [LegacyHuanchuan]
