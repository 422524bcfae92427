"""峒柏县 (www.tongbai.gov.test): a legacy classic-ASP 政务公开 system (``List.asp?ClassID=`` /
``Show.asp?ID=``) in GB2312 pages served as GBK, whose 年报 class pages by ``&page=N`` under the old
ASP pager "共 11 条记录 页次：1/3 每页 4 条 [首页] [上一页] [下一页] [尾页] 转到：<select>", whose dates are
written as "2025年1月20日" (Chinese, unpadded), and whose 2020 report is a PDF in ``/UploadFiles/``.

``/zwgk/List.asp?ClassID=8`` (and ``&page=2``, ``&page=3``): an upper-case ``<TABLE>`` of rows ``<TR><TD
width=16><IMG src="/images/dot.gif"></TD><TD><A href="Show.asp?ID=1234" target=_blank title="…">…</A></TD>
<TD width=120>2025年1月20日</TD></TR>``; the jump ``<select>``'s options carry ``List.asp?ClassID=8&page=N``.
Articles: a centred ``<TABLE>`` with title, a "发布时间：2025年1月20日 来源：…" line and the body in ``<TD
class=content>``; the PDF is linked from a "附件：" line.  A page past the last answers "暂无信息".

Reports (8): 峒柏县人民政府 2019–2024 (2019–2020 old template; 2020 a PDF), 峒柏县城乡建设局 2024, 峒柏县教育局
2023.  Decoys (3): 峒柏县2024年度法治政府建设年度报告, 峒柏县2024年政府网站工作年度报表, 峒柏县2023年国民经济和社会
发展统计公报.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch21._site import MEDIA, Site, esc
from govcrawl.province.unseen.kit import body_html, plain_para, upper_cell
from govcrawl.synth.model import ReportDoc

HOST = "www.tongbai.gov.test"
SITE = "tongbai-gov"
OWNER = "峒柏县人民政府"
CLASS = "8"
PER = 4
GBK = "text/html; charset=GBK"


def cn_date(date: str) -> str:
    y, m, d = date.split("-")
    return f"{y}年{int(m)}月{int(d)}日"


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><HTML><HEAD><META http-equiv=Content-Type '
        f'content="text/html; charset=gb2312"><TITLE>{esc(title)}</TITLE><LINK href="/css/css.css" type=text/css '
        f'rel=stylesheet></HEAD><BODY topMargin=0 leftMargin=0><TABLE cellSpacing=0 cellPadding=0 width=900 '
        f'align=center border=0><TR><TD><IMG src="/images/banner.jpg" width=900 height=110 alt="峒柏县人民政府"></TD>'
        f'</TR><TR><TD class=nav><A href="/">首 页</A> | <A href="/zwgk/">政务公开</A> | <A href="/bmfw/">便民服务</A> '
        f'| <A href="/xxfb/">信息发布</A> | <A href="/ldxx/">领导信箱</A></TD></TR></TABLE>{inner}<TABLE width=900 '
        f'align=center><TR><TD align=center class=foot>峒柏县人民政府办公室 版权所有<BR>地址：峒柏县人民路1号　邮编：'
        f'987108　未ICP备05004419号</TD></TR></TABLE></BODY></HTML>'
    )


class LegacyTongbai(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 167_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []  # (date, href, title)
        self.shows: dict[str, Response] = {}
        self.route(HOST, "/zwgk/Show.asp", self.show)
        for year, day in ((2019, 24), (2021, 20), (2022, 26), (2023, 23), (2024, 21)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"峒柏县{year}年政府信息公开工作年度报告"))
        self.pdf(self.doc(OWNER, 2020, "2021-01-28", "峒柏县2020年政府信息公开工作年度报告"))
        self.article(self.doc("峒柏县城乡建设局", 2024, "2025-01-16", "峒柏县城乡建设局2024年政府信息公开工作年度报告"))
        self.article(self.doc("峒柏县教育局", 2023, "2024-01-19", "峒柏县教育局2023年政府信息公开工作年度报告"))
        for title, year, date in (("峒柏县2024年度法治政府建设年度报告", 2024, "2025-03-19"),
                                  ("峒柏县2024年政府网站工作年度报表", 2024, "2025-01-08"),
                                  ("峒柏县2023年国民经济和社会发展统计公报", 2023, "2024-03-27")):
            url = self.page(title, date, "峒柏县人民政府办公室", self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.rows.sort(reverse=True)
        self.route(HOST, "/zwgk/List.asp", self.listing)

    def page(self, title: str, date: str, source: str, content: str, after: str = "") -> str:
        docid = self.next_id(2, 40)
        inner = (f'<TABLE width=900 align=center cellPadding=0 cellSpacing=0><TR><TD class=pos>您现在的位置：<A '
                 f'href="/">首页</A> &gt;&gt; <A href="/zwgk/">政务公开</A> &gt;&gt; <A '
                 f'href="List.asp?ClassID={CLASS}">政府信息公开年报</A></TD></TR><TR><TD align=center class=title><B>'
                 f'{esc(title)}</B></TD></TR><TR><TD align=center class=info>发布时间：{cn_date(date)}　来源：'
                 f'{esc(source)}　点击数：<script src="Count.asp?ID={docid}"></script></TD></TR><TR><TD class=content>'
                 f'{content}{after}</TD></TR></TABLE>')
        self.shows[str(docid)] = Response(200, frame(title, inner).encode("gbk", "xmlcharrefreplace"), GBK)
        self.rows.append((date, f"Show.asp?ID={docid}", title))
        return f"http://{HOST}/zwgk/Show.asp?ID={docid}"

    def show(self, request: Request) -> Response:
        found = self.shows.get(request.param("ID"))
        if found is None:
            return Response(200, frame("提示信息", "<P align=center>该信息不存在或已被删除！</P>").encode("gbk"), GBK)
        return found

    def article(self, doc: ReportDoc) -> None:
        body = body_html(doc, plain_para, upper_cell, "<TABLE cellSpacing=0 cellPadding=2 width=\"100%\" border=1>")
        self.report(SITE, self.page(doc.title, doc.published_date or "", "峒柏县人民政府办公室", body), doc)

    def pdf(self, doc: ReportDoc) -> None:
        stamp = (doc.published_date or "").replace("-", "")
        path = f"/UploadFiles/{stamp}{self.rng.randrange(10**6):06d}.pdf"
        after = f'<P>附件：<A href="{path}" target=_blank>{esc(doc.title)}.pdf</A></P>'
        url = self.page(doc.title, doc.published_date or "", "峒柏县人民政府办公室", "<P>详见附件。</P>", after)
        file = self.attach(HOST, path, doc, "pdf")
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=file)

    def listing(self, request: Request) -> Response:
        if request.param("ClassID") != CLASS:
            return Response(200, frame("提示信息", "<P align=center>栏目参数错误！</P>").encode("gbk"), GBK)
        try:
            n = max(1, int(request.param("page", "1")))
        except ValueError:
            n = 1
        pages = -(-len(self.rows) // PER)
        chunk = self.rows[(n - 1) * PER:n * PER]
        if not chunk:
            table = "<TR><TD align=center>暂无信息</TD></TR>"
        else:
            table = "".join(f'<TR><TD width=16><IMG src="/images/dot.gif"></TD><TD><A href="{h}" target=_blank '
                            f'title="{esc(t)}">{esc(t)}</A></TD><TD width=120>{cn_date(d)}</TD></TR>'
                            for d, h, t in chunk)
        base = f"List.asp?ClassID={CLASS}&amp;page="
        nav = [f"共 {len(self.rows)} 条记录 页次：{n}/{pages} 每页 {PER} 条"]
        nav.append(f'[<A href="{base}1">首页</A>] [<A href="{base}{n - 1}">上一页</A>]' if n > 1 else "[首页] [上一页]")
        nav.append(f'[<A href="{base}{n + 1}">下一页</A>] [<A href="{base}{pages}">尾页</A>]' if n < pages
                   else "[下一页] [尾页]")
        options = "".join(f'<option value="{base}{k}"{" selected" if k == n else ""}>第{k}页</option>'
                          for k in range(1, pages + 1))
        nav.append(f'转到：<select onchange="javascript:window.location=this.options[this.selectedIndex].value">'
                   f'{options}</select>')
        inner = (f'<TABLE width=900 align=center cellPadding=0 cellSpacing=0><TR><TD width=200 valign=top class=left><A'
                 f' href="List.asp?ClassID=6">政府信息公开指南</A><BR><A href="List.asp?ClassID=7">政府信息公开制度</A>'
                 f'<BR><A href="List.asp?ClassID={CLASS}">政府信息公开年报</A></TD><TD valign=top><TABLE width="100%" '
                 f'cellPadding=3 cellSpacing=0 border=0 class=list>{table}</TABLE><TABLE width="100%"><TR><TD '
                 f'align=center class=page>{" ".join(nav)}</TD></TR></TABLE></TD></TR></TABLE>')
        return Response(200, frame("政府信息公开年报", inner).encode("gbk", "xmlcharrefreplace"), GBK)


PORTALS = [LegacyTongbai]
