"""潕口县 (www.wukou.gov.test): a legacy classic-ASP 信息公开目录 in GB2312/GBK (``.asp`` pages, ``?classid=``
/ ``?id=`` parameters) whose 年报 catalogue pages by ``&page=N`` under the old ASP "分页条" — a one-line
``<TD>`` of "共11条记录 页次：1/3页 每页4条 首页 上一页 <A>下一页</A> <A>尾页</A> 转到：<SELECT>" whose jump
``<SELECT onchange="javascript:location.href=this.options[this.selectedIndex].value">`` holds every page's URL
as an ``<OPTION value="list.asp?classid=35&amp;page=2">`` — and whose articles show their 发布机构 in a
"信息属性" box of ``<FONT>`` labels.

Start URL ``/xxgk/list.asp?classid=35`` (header ``text/html; Charset=gb2312``, meta ``gb2312``; body GBK):
a three-row layout ``<TABLE>`` (banner image row, 目录树 + list, footer).  List rows ``<TR><TD width=20>
<IMG src="../images/dot.gif"></TD><TD><A href="show.asp?id=N" target=_blank title="…">…</A></TD><TD
width=90>[2025-1-20]</TD></TR>`` (dates without leading zeros, bracketed), four a page, newest first.
Other classids answer an empty catalogue "该栏目暂无信息"; unknown or bad ids answer 200 "参数错误！" (ASP
style ``<script>alert</script>``).  Articles ``/xxgk/show.asp?id=N``: the 信息属性 box (索引号 / 发布机构 /
发布日期 / 所属类别) over ``<DIV id=zoom>``.  The 2020 county report was published only as an image-only scan
PDF, linked as ``/UploadFiles/2021128153<n>.pdf`` (flagged).  The 农业农村局's report is titled
"县农业农村局…", its 发布机构 full; 潕阳镇's likewise.

Reports (8): 潕口县人民政府 2019–2024 (2020 scan PDF, image_only; 2019 old template, Word-saved body);
潕口县农业农村局 2023; 潕口县潕阳镇人民政府 2024.  Decoys (3): 潕口县人民政府政府信息公开指南（2024年修订）,
潕口县2023年县级决算, 潕口县人民政府关于2024年度政府信息公开工作年度报告发布的公告.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch27._site import MEDIA, Site, esc

HOST = "www.wukou.gov.test"
SITE = "wukou-gov"
OWNER = "潕口县人民政府"
OFFICE = "潕口县人民政府办公室"
CLASSID = "35"
PER = 4
CTYPE = "text/html; Charset=gb2312"
TREE = (("31", "政府信息公开指南"), ("32", "政府信息公开制度"), ("33", "机构职能"), ("34", "政策法规"),
        ("35", "政府信息公开年报"))


def gbk(body: str) -> Response:
    return Response(200, body.encode("gbk", "xmlcharrefreplace"), CTYPE)


def frame(title: str, left: str, inner: str) -> str:
    return (
        '<HTML><HEAD><TITLE>' + esc(title) + '</TITLE><META http-equiv=Content-Type content="text/html; '
        'charset=gb2312"><LINK href="../css/style.css" type=text/css rel=stylesheet></HEAD><BODY leftMargin=0 '
        'topMargin=0><TABLE cellSpacing=0 cellPadding=0 width=960 align=center border=0><TR><TD colSpan=2><IMG '
        'src="../images/banner.jpg" width=960 height=120></TD></TR><TR><TD colSpan=2 class=nav><A href="/">首页</A> | '
        '<A href="/xxgk/list.asp?classid=31">信息公开</A> | <A href="/bsfw/">网上办事</A> | <A href="javascript:'
        f'void(0)" onclick="wzaOpen()">无障碍浏览</A></TD></TR><TR><TD width=200 vAlign=top>{left}</TD><TD vAlign=top>'
        f'{inner}</TD></TR><TR><TD colSpan=2 class=foot align=center>主办单位：潕口县人民政府办公室　网站标识码：'
        '9877080002<BR>未ICP备05012765号　最佳分辨率1024*768</TD></TR></TABLE></BODY></HTML>'
    )


def tree(on: str) -> str:
    rows = "".join(f'<TR><TD height=26>{"<B>" if c == on else ""}<A href="/xxgk/list.asp?classid={c}">{n}</A>'
                   f'{"</B>" if c == on else ""}</TD></TR>' for c, n in TREE)
    return f'<TABLE width="100%" class=tree><TR><TD class=treetitle>信息公开目录</TD></TR>{rows}</TABLE>'


class LegacyWukou(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 227_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str]] = []
        self.articles: dict[str, str] = {}
        for year, day in ((2019, 30), (2021, 25), (2022, 20), (2023, 29), (2024, 24)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"潕口县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, doc.published_date or "", OFFICE,
                                           self.body(doc, word=year == 2019)), doc)
        doc = self.doc(OWNER, 2020, "2021-01-28", "潕口县人民政府2020年政府信息公开工作年度报告")
        path = f"/UploadFiles/2021128153{self.rng.randint(100, 999)}.pdf"
        url = self.article(doc.title, "2021-01-28", OFFICE, f'<P>附件：<A href="{path}" target=_blank>{esc(doc.title)}'
                           '.pdf</A></P>')
        self.report(SITE, url, doc, media_type=MEDIA["scan"], report_url=self.attach(HOST, path, doc, "scan"),
                    flags=("image_only",))
        for agency, short, year, date in (("潕口县农业农村局", "县农业农村局", 2023, "2024-01-22"),
                                          ("潕口县潕阳镇人民政府", "潕阳镇", 2024, "2025-01-16")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, agency, self.body(doc)), doc)
        for title, year, date in (("潕口县人民政府政府信息公开指南（2024年修订）", 2024, "2024-06-12"),
                                  ("潕口县2023年县级决算", 2023, "2024-08-30"),
                                  ("潕口县人民政府关于2024年度政府信息公开工作年度报告发布的公告", 2024, "2025-01-25")):
            self.decoy(SITE, self.article(title, date, "潕口县财政局" if "决算" in title else OFFICE,
                                          self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, "/xxgk/list.asp", self.listing)
        self.route(HOST, "/xxgk/show.asp", self.show)
        home = frame("潕口县人民政府", tree(""),
                     '<P align=center><A href="/xxgk/list.asp?classid=35">政府信息公开年报</A></P>')
        self.put(HOST, "/index.asp", home, CTYPE, "gbk")
        self.put(HOST, "/", home, CTYPE, "gbk")
        self.put(HOST, "/bsfw/", frame("网上办事", tree(""), "<P>系统维护中</P>"), CTYPE, "gbk")
        self.put(HOST, "/css/style.css", "td{font-size:12px}", "text/css")
        for img in ("banner.jpg", "dot.gif"):
            self.put(HOST, f"/images/{img}", b"GIF89a\x01\x00\x01\x00", "image/gif")

    def article(self, title: str, date: str, unit: str, content: str) -> str:
        aid = self.next_id()
        y, m, d = (int(x) for x in date.split("-"))
        box = (f'<TABLE width="96%" align=center class=sx border=1 cellSpacing=0 bordercolor=#cccccc><TR><TD><FONT '
               f'color=#666666>索引号：</FONT>987708-{y}-{aid % 10000:04d}</TD><TD><FONT color=#666666>'
               f'发布机构：</FONT>{esc(unit)}</TD></TR><TR><TD><FONT color=#666666>发布日期：</FONT>{y}-{m}-{d}</TD><'
               'TD><FONT '
               'color=#666666>所属类别：</FONT>政府信息公开年报</TD></TR></TABLE>')
        inner = ('<TABLE width="100%"><TR><TD class=weizhi>您现在的位置：<A href="/">首页</A> &gt;&gt; <A '
                 f'href="list.asp?classid={CLASSID}">政府信息公开年报</A></TD></TR></TABLE>{box}<P align=center><FONT'
                 ' size=4><B>'
                 f'{esc(title)}</B></FONT></P><DIV id=zoom>{content}</DIV><P align=right><A href="javascript:window.'
                 'close()">【关闭窗口】</A></P>')
        self.articles[str(aid)] = frame(f"{title}-潕口县人民政府", tree(CLASSID), inner)
        self.rows.append((date, aid, title))
        return f"http://{HOST}/xxgk/show.asp?id={aid}"

    def show(self, request: Request) -> Response:
        body = self.articles.get(request.param("id"))
        return gbk(body or '<script>alert("参数错误！");history.back();</script>')

    def listing(self, request: Request) -> Response:
        cid = request.param("classid")
        name = dict(TREE).get(cid, "信息公开")
        rows = self.rows if cid == CLASSID else []
        pages = max(1, -(-len(rows) // PER))
        try:
            k = min(max(int(request.param("page", "1")), 1), pages)
        except ValueError:
            k = 1
        trs = "".join(f'<TR><TD width=20><IMG src="../images/dot.gif"></TD><TD><A href="show.asp?id={i}" target=_blank '
                      f'title="{esc(t)}">{esc(t)}</A></TD><TD width=90>[{int(d[:4])}-{int(d[5:7])}-{int(d[8:])}]</TD>'
                      f'</TR>' for d, i, t in rows[(k - 1) * PER:k * PER])
        trs = trs or '<TR><TD colspan=3>该栏目暂无信息</TD></TR>'
        base = f"list.asp?classid={cid}&amp;page="
        bar = f"共{len(rows)}条记录 页次：{k}/{pages}页 每页{PER}条 "
        bar += f'<A href="{base}1">首页</A> <A href="{base}{k - 1}">上一页</A> ' if k > 1 else "首页 上一页 "
        bar += f'<A href="{base}{k + 1}">下一页</A> <A href="{base}{pages}">尾页</A> ' if k < pages else "下一页 尾页 "
        opts = "".join(f'<OPTION value="{base}{n}"{" selected" if n == k else ""}>第{n}页</OPTION>'
                       for n in range(1, pages + 1))
        bar += ('转到：<SELECT name=page onchange="javascript:location.href=this.options[this.selectedIndex].value">'
                f'{opts}</SELECT>')
        inner = (f'<TABLE width="100%"><TR><TD class=weizhi>您现在的位置：<A href="/">首页</A> &gt;&gt; {name}'
                 f'</TD></TR></TABLE><TABLE width="100%" class=list>{trs}</TABLE><TABLE width="100%"><TR><TD align=ce'
                 'nter '
                 f'class=page>{bar}</TD></TR></TABLE>')
        return gbk(frame(f"{name}-潕口县人民政府", tree(cid), inner))


PORTALS = [LegacyWukou]
