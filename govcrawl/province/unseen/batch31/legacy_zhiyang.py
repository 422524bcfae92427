"""沚阳县 (www.zhiyang.gov.test): an old Perl CGI 政府信息公开目录 in GBK (``<META HTTP-EQUIV="Content-Type"
CONTENT="text/html; charset=gbk">`` and a ``text/html; charset=GBK`` header) where one script
``/cgi-bin/gkml/gkml.pl`` serves everything and, as CGI.pm writes its self-URLs, separates query parameters with
*semicolons*, not ampersands: the 年报 list ``/cgi-bin/gkml/gkml.pl?act=list;lm=0507`` (the start URL), later
pages ``…?act=list;lm=0507;p=2``, ``…;p=3``, articles ``/cgi-bin/gkml/gkml.pl?act=show;id=<n>``.  (Ampersands
are accepted too, as CGI.pm does.)  The 目录 home ``/cgi-bin/gkml/gkml.pl`` links the 年报 column from a left
``<UL>`` of 类目; the site home ``/`` links the 目录.

List markup: upper-case 1990s HTML — ``<TABLE WIDTH=96% BORDER=0 CELLPADDING=3 CLASS=lb>`` whose rows alternate
``BGCOLOR=#FFFFFF`` / ``#F2F6FB``: ``<TR><TD><IMG SRC=/gkml/img/dot.gif> <A HREF="gkml.pl?act=show;id=…"
TARGET=_blank>title</A></TD><TD>发布单位</TD><TD>[2025-01-20]</TD></TR>``, four rows a page, newest first.  Pager:
``<FORM>`` line ``共11条 第1/3页 首页 上页 <A HREF="gkml.pl?act=list;lm=0507;p=2">下页</A> <A …;p=3>末页</A>
转到<INPUT NAME=p SIZE=2>页<INPUT TYPE=submit VALUE=GO>`` (hidden act/lm inputs; unlinked words when there is no
such page).

Articles: a ``<TABLE CLASS=xxgk_head>`` of 索引号 / 发布机构 / 发文日期 / 文号, ``<H2>`` title, body in ``<DIV
ID=zoom>``.  The 2019 report is an image-only scan (flagged) at ``/gkml/upload/2020/<n>.pdf``; the 2023 report an
OFD at ``/gkml/upload/2024/<n>.ofd`` — both linked from their articles as ``附件：``.  The 水利局 titles its report
"县水利局…" (发布机构 gives the full name); the 蓼塘乡 report names the 乡 in 发布机构.  Chrome: ``<FONT>``
header strip, 无障碍 link, footer with 主办单位, 网站标识码, ICP.  Unknown ids: a CGI-style 200 "记录不存在" page
(not linked anywhere).

Reports (8): 沚阳县人民政府 2019 (scan), 2020, 2021, 2022, 2023 (OFD), 2024; 沚阳县水利局 2023; 沚阳县蓼塘乡人民政府
2024.  Decoys (3): 关于报送2023年度政府信息公开工作年度报告的函, 沚阳县2023年度政府信息公开工作年度报告解读,
沚阳县2023年国民经济和社会发展统计年报.
"""

from __future__ import annotations

import random
import re

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch31._site import MEDIA, Site, esc

HOST = "www.zhiyang.gov.test"
SITE = "zhiyang-gkml"
OWNER = "沚阳县人民政府"
SCRIPT = "/cgi-bin/gkml/gkml.pl"
LM = "0507"
PER = 4
CTYPE = "text/html; charset=GBK"


def frame(title: str, inner: str) -> str:
    return (
        '<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gbk">'
        f'<TITLE>{esc(title)}</TITLE><LINK REL=stylesheet HREF="/gkml/gk.css"></HEAD>'
        '<BODY BGCOLOR=#FFFFFF TOPMARGIN=0 LEFTMARGIN=0><CENTER>'
        '<TABLE WIDTH=980 BORDER=0 CELLSPACING=0 BGCOLOR=#1F5FA8><TR><TD><FONT COLOR=#FFFFFF SIZE=2>'
        '沚阳县人民政府 政府信息公开目录</FONT></TD><TD ALIGN=right><FONT SIZE=2><A HREF="/wza.htm">'
        '<FONT COLOR=#FFFFFF>无障碍</FONT></A> | <A HREF="/"><FONT COLOR=#FFFFFF>网站首页</FONT></A></FONT></TD>'
        '</TR></TABLE><TABLE WIDTH=980 BORDER=0><TR><TD>'
        f'{inner}</TD></TR></TABLE><HR SIZE=1 WIDTH=980><FONT SIZE=2>主办单位：沚阳县人民政府办公室　'
        '联系电话：0000-6612345<BR>网站标识码：9881080001　未ICP备06011842号</FONT></CENTER></BODY></HTML>'
    )


def menu() -> str:
    return ('<TABLE WIDTH=980><TR><TD WIDTH=180 VALIGN=top><B>信息公开类目</B><UL><LI>机构概况<LI>政策法规'
            '<LI>规划计划<LI>财政信息<LI><A HREF="/cgi-bin/gkml/gkml.pl?act=list;lm=0507">政府信息公开年报</A>'
            '<LI>公开指南</UL></TD><TD VALIGN=top>')


def params(request: Request) -> dict[str, str]:
    """CGI.pm reads both ';' and '&' as separators."""
    raw = ";".join(f"{k}={v}" for k, vs in request.query.items() for v in vs)
    out: dict[str, str] = {}
    for part in re.split(r"[;&]", raw):
        key, _, value = part.partition("=")
        if key and key not in out:
            out[key] = value
    return out


class LegacyZhiyang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 265_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str, str]] = []
        self.articles: dict[str, bytes] = {}
        for year, date in ((2020, "2021-01-27"), (2021, "2022-01-24"), (2022, "2023-01-19"), (2024, "2025-01-21")):
            doc = self.doc(OWNER, year, date, f"沚阳县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, OWNER, self.body(doc, word=year == 2021)), doc)
        for year, date, kind, folder in ((2019, "2020-01-22", "scan", "2020"), (2023, "2024-01-25", "ofd", "2024")):
            doc = self.doc(OWNER, year, date, f"沚阳县人民政府{year}年政府信息公开工作年度报告")
            ext = "pdf" if kind == "scan" else "ofd"
            path = f"/gkml/upload/{folder}/{self.rng.randrange(10**9, 10**10)}.{ext}"
            url = self.art(doc.title, date, OWNER,
                           f'<P>　　{esc(doc.title)}见附件。</P><P>附件：<A HREF="{path}">'
                           f'{esc(doc.title)}.{ext}</A></P>')
            self.report(SITE, url, doc, media_type=MEDIA[kind], report_url=self.attach(HOST, path, doc, kind),
                        flags=("image_only",) if kind == "scan" else ())
        for agency, short, year, date in (("沚阳县水利局", "县水利局", 2023, "2024-01-29"),
                                          ("沚阳县蓼塘乡人民政府", "蓼塘乡", 2024, "2025-01-16")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, agency, self.body(doc)), doc)
        for title, year, date in (("关于报送2023年度政府信息公开工作年度报告的函", 2023, "2023-12-20"),
                                  ("沚阳县2023年度政府信息公开工作年度报告解读", 2023, "2024-01-26"),
                                  ("沚阳县2023年国民经济和社会发展统计年报", 2023, "2024-03-15")):
            self.decoy(SITE, self.art(title, date, "沚阳县人民政府办公室", self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, SCRIPT, self.serve)
        self.put(HOST, "/index.htm", frame("沚阳县人民政府", '<P><A HREF="/cgi-bin/gkml/gkml.pl">政府信息公开目录</A>'
                                          '　<A HREF="/wza.htm">无障碍浏览</A></P>'), CTYPE, "gbk")
        self.put(HOST, "/wza.htm", frame("无障碍浏览", "<P>无障碍浏览说明</P>"), CTYPE, "gbk")
        self.put(HOST, "/gkml/gk.css", "td{font-size:12px}", "text/css")
        self.put(HOST, "/gkml/img/dot.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "image/gif")

    def art(self, title: str, date: str, agency: str, content: str) -> str:
        n = self.next_id(3, 60)
        head = (f'<TABLE CLASS=xxgk_head WIDTH=100% BORDER=1 CELLSPACING=0><TR><TD>索引号：</TD><TD>ZY0{n % 100000}'
                f'-{date[:4]}</TD><TD>发布机构：</TD><TD>{esc(agency)}</TD></TR><TR><TD>发文日期：</TD><TD>{date}</TD>'
                '<TD>文号：</TD><TD>&nbsp;</TD></TR></TABLE>')
        inner = (f'{menu()}<FONT SIZE=2>您的位置：<A HREF="/">首页</A> &gt;&gt; <A HREF="gkml.pl?act=list;lm={LM}">'
                 f'政府信息公开年报</A></FONT>{head}<H2 ALIGN=center>{esc(title)}</H2><DIV ID=zoom>{content}</DIV>'
                 '<P ALIGN=center>[<A HREF="javascript:window.print()">打印</A>] [<A HREF="javascript:window.close()">'
                 '关闭</A>]</P></TD></TR></TABLE>')
        self.articles[str(n)] = frame(f"{title}_沚阳县政府信息公开目录", inner).encode("gbk", "xmlcharrefreplace")
        self.rows.append((date, n, title, agency))
        return f"http://{HOST}{SCRIPT}?act=show;id={n}"

    def serve(self, request: Request) -> Response:
        q = params(request)
        act = q.get("act", "")
        if act == "show":
            body = self.articles.get(q.get("id", ""))
            if body is None:
                body = frame("记录不存在", "<P>记录不存在或已删除。</P>").encode("gbk")
            return Response(200, body, CTYPE)
        if act == "list" and q.get("lm") == LM:
            pages = (len(self.rows) + PER - 1) // PER
            page = q.get("p", "1")
            if page.isdigit() and 1 <= int(page) <= pages:
                return Response(200, self.list_page(int(page), pages).encode("gbk", "xmlcharrefreplace"), CTYPE)
            return Response(200, frame("错误", "<P>页码超出范围。</P>").encode("gbk"), CTYPE)
        if not act:
            inner = f"{menu()}<P>　　本目录依据《中华人民共和国政府信息公开条例》编制。</P></TD></TR></TABLE>"
            return Response(200, frame("沚阳县政府信息公开目录", inner).encode("gbk"), CTYPE)
        return Response(404, b"<HTML><BODY>Not Found</BODY></HTML>", "text/html")

    def list_page(self, page: int, pages: int) -> str:
        rows = []
        for i, (date, n, title, agency) in enumerate(self.rows[(page - 1) * PER:page * PER]):
            rows.append(f'<TR BGCOLOR={"#FFFFFF" if i % 2 == 0 else "#F2F6FB"}><TD><IMG SRC=/gkml/img/dot.gif> '
                        f'<A HREF="gkml.pl?act=show;id={n}" TARGET=_blank>{esc(title)}</A></TD><TD>{esc(agency)}</TD>'
                        f'<TD>[{date}]</TD></TR>')

        def link(word: str, p: int, on: bool) -> str:
            return f'<A HREF="gkml.pl?act=list;lm={LM};p={p}">{word}</A>' if on else word

        pager = (f'<FORM ACTION="gkml.pl" METHOD=get><INPUT TYPE=hidden NAME=act VALUE=list><INPUT TYPE=hidden '
                 f'NAME=lm VALUE={LM}>共{len(self.rows)}条 第{page}/{pages}页 {link("首页", 1, page > 1)} '
                 f'{link("上页", page - 1, page > 1)} {link("下页", page + 1, page < pages)} '
                 f'{link("末页", pages, page < pages)} 转到<INPUT NAME=p SIZE=2>页<INPUT TYPE=submit VALUE=GO></FORM>')
        inner = (f'{menu()}<FONT SIZE=2>您的位置：<A HREF="/">首页</A> &gt;&gt; 政府信息公开年报</FONT>'
                 f'<TABLE WIDTH=96% BORDER=0 CELLPADDING=3 CLASS=lb>{"".join(rows)}</TABLE>{pager}</TD></TR></TABLE>')
        return frame("政府信息公开年报_沚阳县政府信息公开目录", inner)


PORTALS = [LegacyZhiyang]
