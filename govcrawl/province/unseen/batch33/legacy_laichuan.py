"""濑川县 (www.laichuan.gov.test): an old Oracle PL/SQL Web Toolkit 政府信息公开目录 — stored procedures of one
package ``xxgk_web`` served by mod_plsql under the DAD ``/pls/xxgk/`` (Oracle HTTP Server), in GBK bytes (the
database's ZHS16GBK): header ``text/html; charset=GBK`` and *no* ``<meta>`` charset at all (``htp.p`` pages written by
hand, upper-case tags).  The site home ``/`` (``index.htm``) links the 目录 home ``/pls/xxgk/xxgk_web.ml``, whose 类目
tree (a ``<UL>`` of ``<LI>``) links the 年报 list ``/pls/xxgk/xxgk_web.lb?p_lmdm=0512`` (the start URL).  Later pages
are ``xxgk_web.lb?p_lmdm=0512&p_ys=2`` (procedure parameters are ``p_``-prefixed, as PL/SQL named notation requires);
articles ``/pls/xxgk/xxgk_web.xx?p_xh=<n>``; files in the DAD's document table ``/pls/xxgk/docs/<name>.pdf``.  An
unknown procedure answers a 404 whose text is mod_plsql's ``ORA-06550`` / ``PLS-00302`` complaint; an unknown 序号 a
200 "无此信息".

List markup: a ``<DL>`` per row — ``<DT><IMG SRC="/images/dot.gif"> <A HREF="xxgk_web.xx?p_xh=…">title</A></DT><DD>
文号：濑政信〔2024〕n号 | 发布机构：… | 生成日期：2024-01-20</DD>`` — four a page, newest first, inside a ``<TABLE
Class="lb">``.  Pager: a centred ``<FONT>`` line ``页次：1/4　共 14 条`` then ``<A HREF="…&p_ys=1">1</A>`` … every page
number (the current one as ``<B><FONT Color="red">1</FONT></B>``, unlinked) and ``<A HREF="…&p_ys=2">下一页</A>``
/ ``<A HREF="…&p_ys=4">尾页</A>``; no 上一页 on page 1, no 下一页 on the last.

Articles: an ``<H2>`` title, a ``<TABLE Class="sx">`` of 索引号 / 发布机构 / 生成日期 / 文号, the body in ``<DIV
Class="zw">``.  The 2019 report is only an image-only scanned PDF (``/pls/xxgk/docs/lcnb2019.pdf``, linked as
``扫描件：``; flagged image_only).  The 县审计局 report titles itself "县审计局…" (发布机构 gives 濑川县审计局); the
石滩乡 report names the 乡 in 发布机构.  Chrome: a ``<TABLE>`` banner with the county seal alt text, 无障碍 link,
footer with 主办单位, 网站标识码, ICP and "Powered by Oracle Application Server".

Reports (8): 濑川县人民政府 2019 (scan), 2020, 2021, 2022, 2023, 2024; 濑川县审计局 2023; 濑川县石滩乡人民政府 2024.
Decoys (3): 濑川县2023年度政府信息公开工作年度报告解读, 濑川县政府信息公开指南（2024年修订）,
濑川县2023年度县级部门决算公开.
Other rows (3): ordinary 目录 items (a 规范性文件清理 notice and two 通知).
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch33._site import MEDIA, Site, esc

HOST = "www.laichuan.gov.test"
SITE = "laichuan-gkml"
OWNER = "濑川县人民政府"
DAD = "/pls/xxgk"
LM = "0512"
PER = 4
CTYPE = "text/html; charset=GBK"


def frame(title: str, inner: str) -> bytes:
    page = (
        f'<HTML>\n<HEAD>\n<TITLE>{esc(title)}</TITLE>\n<LINK REL="stylesheet" HREF="/css/xxgk.css">\n</HEAD>\n'
        '<BODY TOPMARGIN=0 LEFTMARGIN=0>\n<TABLE WIDTH=980 ALIGN=CENTER CELLPADDING=0 CELLSPACING=0 BORDER=0>'
        '<TR><TD BACKGROUND="/images/top_bg.jpg" HEIGHT=96><IMG SRC="/images/seal.gif" ALT="濑川县人民政府">'
        '<FONT FACE="黑体" SIZE=6 COLOR="#003366">濑川县政府信息公开</FONT></TD></TR>'
        '<TR><TD BGCOLOR="#336699" ALIGN=LEFT><FONT COLOR="#FFFFFF">　<A HREF="/"><FONT COLOR="#FFFFFF">首页</FONT></A>'
        f'　|　<A HREF="{DAD}/xxgk_web.ml"><FONT COLOR="#FFFFFF">政府信息公开目录</FONT></A>'
        '　|　<A HREF="/wza.htm"><FONT COLOR="#FFFFFF">无障碍</FONT></A></FONT></TD></TR></TABLE>\n'
        f'<TABLE WIDTH=980 ALIGN=CENTER BORDER=0><TR><TD VALIGN=TOP>{inner}</TD></TR></TABLE>\n'
        '<HR WIDTH=980 SIZE=1><CENTER><FONT SIZE=2>主办单位：濑川县人民政府办公室　承办：濑川县信息中心<BR>'
        '网站标识码：9883080001　未ICP备06021147号<BR>Powered by Oracle Application Server</FONT></CENTER>\n'
        '</BODY>\n</HTML>\n'
    )
    return page.encode("gbk", "xmlcharrefreplace")


def tree() -> str:
    return ('<TABLE WIDTH=200 ALIGN=LEFT BORDER=0 BGCOLOR="#F2F6FB"><TR><TD><B>公开目录</B><UL>'
            '<LI>机构概况</LI><LI>政策法规</LI><LI>规划计划</LI><LI>财政信息</LI>'
            f'<LI><A HREF="{DAD}/xxgk_web.lb?p_lmdm={LM}">政府信息公开年报</A></LI><LI>公开指南</LI>'
            '<LI>依申请公开</LI></UL></TD></TR></TABLE>')


class LegacyLaichuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 285_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str, str, str]] = []
        self.articles: dict[str, bytes] = {}
        doc = self.doc(OWNER, 2019, "2020-01-22", "濑川县人民政府2019年政府信息公开工作年度报告")
        scan = self.attach(HOST, DAD + "/docs/lcnb2019.pdf", doc, "scan")
        url = self.art(doc.title, "2020-01-22", OWNER,
                       f'<P>　　{esc(doc.title)}（扫描件）。</P><P>扫描件：<A HREF="{DAD}/docs/lcnb2019.pdf">'
                       'lcnb2019.pdf</A></P>')
        self.report(SITE, url, doc, media_type=MEDIA["scan"], report_url=scan, flags=("image_only",))
        for year, date in ((2020, "2021-01-27"), (2021, "2022-01-19"), (2022, "2023-01-16"), (2023, "2024-01-25"),
                           (2024, "2025-01-21")):
            doc = self.doc(OWNER, year, date, f"濑川县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, OWNER, self.body(doc, word=year in (2021, 2024))), doc)
        for agency, short, year, date in (("濑川县审计局", "县审计局", 2023, "2024-01-29"),
                                          ("濑川县石滩乡人民政府", "石滩乡", 2024, "2025-01-15")):
            doc = self.doc(agency, year, date, f"{short}{year}年度政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, agency, self.body(doc)), doc)
        for title, agency, year, date in (
                ("濑川县2023年度政府信息公开工作年度报告解读", "濑川县人民政府办公室", 2023, "2024-01-26"),
                ("濑川县政府信息公开指南（2024年修订）", "濑川县人民政府办公室", 2024, "2024-06-03"),
                ("濑川县2023年度县级部门决算公开", "濑川县财政局", 2023, "2024-08-20")):
            self.decoy(SITE, self.art(title, date, agency, self.decoy_body(title, OWNER, year)), title)
        for title, date in (("关于公布现行有效规范性文件清理结果的通知", "2024-05-11"),
                            ("关于做好政务公开平台信息报送工作的通知", "2023-04-07"),
                            ("关于进一步加强依申请公开办理工作的通知", "2022-09-14")):
            self.art(title, date, "濑川县人民政府办公室",
                     f"<P>　　各乡镇人民政府，县直各单位：现将{esc(title[2:-3])}有关事项通知如下。</P>")
        self.rows.sort(reverse=True)
        self.route(HOST, DAD + "/xxgk_web.lb", self.serve_list)
        self.route(HOST, DAD + "/xxgk_web.xx", self.serve_view)
        self.put(HOST, DAD + "/xxgk_web.ml",
                 frame("濑川县政府信息公开目录", tree() + "<P>　　本目录依据《中华人民共和国政府信息公开条例》编制，"
                                                  "按类目查阅。</P>"), CTYPE)
        self.put(HOST, "/index.htm", frame("濑川县人民政府门户网站", f'<P><A HREF="{DAD}/xxgk_web.ml">政府信息公开目录'
                                                                 '</A>　<A HREF="/wza.htm">无障碍浏览</A></P>'), CTYPE)
        self.put(HOST, "/css/xxgk.css", "body{font-size:12px}", "text/css")
        self.put(HOST, "/wza.htm", frame("无障碍浏览", "<P>无障碍浏览说明：可使用键盘Tab键浏览。</P>"), CTYPE)

    def art(self, title: str, date: str, agency: str, content: str) -> str:
        n = self.next_id(5, 60)
        wh = f"濑政信〔{date[:4]}〕{n % 97 + 1}号"
        head = (f'<TABLE Class="sx" WIDTH="100%" BORDER=1 CELLSPACING=0 CELLPADDING=3><TR><TD>索引号</TD>'
                f'<TD>LC{LM}-{date[:4]}-{n % 100000:05d}</TD><TD>发布机构</TD><TD>{esc(agency)}</TD></TR>'
                f'<TR><TD>生成日期</TD><TD>{date}</TD><TD>文号</TD><TD>{wh}</TD></TR></TABLE>')
        inner = (f'{tree()}<FONT SIZE=2>您的位置：<A HREF="/">首页</A> &gt; <A HREF="xxgk_web.lb?p_lmdm={LM}">'
                 f'政府信息公开年报</A></FONT><H2 ALIGN=CENTER>{esc(title)}</H2>{head}<DIV Class="zw">{content}</DIV>')
        self.articles[str(n)] = frame(title, inner)
        self.rows.append((date, n, title, agency, wh))
        return f"http://{HOST}{DAD}/xxgk_web.xx?p_xh={n}"

    def serve_view(self, request: Request) -> Response:
        body = self.articles.get(request.param("p_xh"))
        return Response(200, body or frame("提示", "<P>无此信息。</P>"), CTYPE)

    def serve_list(self, request: Request) -> Response:
        pages = (len(self.rows) + PER - 1) // PER
        ys = request.param("p_ys", "1")
        if request.param("p_lmdm") != LM or not ys.isdigit() or not 1 <= int(ys) <= pages:
            return Response(404, frame("Error", "<PRE>ORA-06550: line 7, column 2:\nPLS-00306: wrong number or "
                                                "types of arguments in call to 'LB'</PRE>"), CTYPE)
        page = int(ys)
        start = (page - 1) * PER
        items = []
        for date, n, title, agency, wh in self.rows[start:start + PER]:
            items.append(f'<DL><DT><IMG SRC="/images/dot.gif"> <A HREF="xxgk_web.xx?p_xh={n}">{esc(title)}</A></DT>'
                         f'<DD>文号：{wh} | 发布机构：{esc(agency)} | 生成日期：{date}</DD></DL>')
        base = f"xxgk_web.lb?p_lmdm={LM}&p_ys="
        nums = " ".join(f'<B><FONT COLOR="red">{p}</FONT></B>' if p == page else f'<A HREF="{base}{p}">{p}</A>'
                        for p in range(1, pages + 1))
        prev = f'<A HREF="{base}{page - 1}">上一页</A> ' if page > 1 else ""
        nxt = f' <A HREF="{base}{page + 1}">下一页</A> <A HREF="{base}{pages}">尾页</A>' if page < pages else ""
        pager = (f'<CENTER><FONT SIZE=2>页次：{page}/{pages}　共 {len(self.rows)} 条　'
                 f'{prev}{nums}{nxt}</FONT></CENTER>')
        inner = (f'{tree()}<FONT SIZE=2>您的位置：<A HREF="/">首页</A> &gt; 政府信息公开年报</FONT>'
                 f'<TABLE Class="lb" WIDTH="100%"><TR><TD>{"".join(items)}</TD></TR></TABLE>{pager}')
        return Response(200, frame("政府信息公开年报", inner), CTYPE)


PORTALS = [LegacyLaichuan]
