"""蒗水县 (www.langshui.gov.test): a legacy ASP 信息公开 site in GBK whose list pages are reached by a form
POST (``gopage(n)`` fills a hidden ``page`` field and submits ``pageform``; the ASP reads ``Request("page")``,
so ``?page=N`` answers the same), and whose list links carry the title only in a multi-line tooltip
(``title="文章标题：…&#13;作者：…&#13;更新时间：…"``) — the link text is cut at 12 characters plus "...".

``/xxgk/List.asp?ClassID=31`` (headers ``text/html; charset=gb2312``, GBK bytes; 蒗 is outside GB2312) is
an UPPERCASE ``<TABLE>`` of ``<TR><TD class=listtd>·<A href="Show.asp?ID=<n>" title="…" target=_blank>…
</A></TD><TD align=right>[2025-1-22]</TD></TR>`` rows (dates unpadded), five a page, newest first; the
pager: "共 12 条记录 页次：1/3 每页：5 条 首页 上一页 <A href="javascript:gopage(2)">下一页</A> <A
href="javascript:gopage(3)">尾页</A>" inside ``<FORM name=pageform method=post action="List.asp?ClassID=31">
<INPUT type=hidden name=page>``.  Articles ``/xxgk/Show.asp?ID=<n>``: 作者 / 来源 / 更新时间 in a table,
the body a Word "save as web page" paste (MsoNormal); an unknown ``ID`` answers 200 "该文章不存在或已被删除".
The 2022 county report is a DOCX under ``/UploadFiles/2023121/<stamp>.docx``; the 2019 report is titled
"蒗水县2019年度政府信息公开工作报告"; the 林草局 calls itself "县林草局" in its title and 作者.

Reports (9): 蒗水县人民政府 2019–2024 (2022 DOCX), 蒗水县林业和草原局 2023, 蒗水县西川乡人民政府 2023, 2024.
Decoys (3): 蒗水县2023年度法治政府建设年度报告, 蒗水县2024年政府信息公开工作年度报告解读, 蒗水县人民政府
2024年度政府信息公开指南.
"""

from __future__ import annotations

import random
from urllib.parse import parse_qs

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch24._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.langshui.gov.test"
SITE = "langshui-gov"
OWNER = "蒗水县人民政府"
PER = 5
CTYPE = "text/html; charset=gb2312"


def frame(title: str, inner: str) -> str:
    return (
        f'<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=gb2312"><TITLE>{esc(title)}</TITLE>'
        '<LINK href="/css/style.css" rel=stylesheet></HEAD><BODY topmargin=0><TABLE width=980 align=center border=0>'
        '<TR><TD><IMG src="/images/top.jpg" alt="蒗水县人民政府"></TD></TR><TR><TD class=nav><A href="/">首页</A> | <A '
        'href="/xxgk/">信息公开</A> | <A href="/bmfw/">便民服务</A></TD></TR></TABLE>'
        f'{inner}<TABLE width=980 align=center><TR><TD align=center>蒗水县人民政府办公室 版权所有　'
        '网站标识码：9874080008'
        '<BR>技术支持：蒗水县信息中心</TD></TR></TABLE></BODY></HTML>'
    )


def unpadded(date: str) -> str:
    y, m, d = date.split("-")
    return f"{y}-{int(m)}-{int(d)}"


class LegacyLangshui(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 197_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str, str]] = []  # (date, id, title, author)
        self.articles: dict[int, bytes] = {}
        titles = {2019: "蒗水县2019年度政府信息公开工作报告"}
        for year, day in ((2019, 31), (2020, 20), (2021, 25), (2023, 19), (2024, 24)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}",
                                  titles.get(year, f"蒗水县{year}年政府信息公开工作年度报告")), "县政府办")
        doc = self.doc(OWNER, 2022, "2023-01-21", "蒗水县2022年政府信息公开工作年度报告")
        path = f"/UploadFiles/2023121/2023121{self.rng.randrange(10**8):08d}.docx"
        url = self.page(doc.title, "2023-01-21", "县政府办",
                        f'<P class=MsoNormal>附件：<A href="{path}">{esc(doc.title)}.docx</A></P>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=self.attach(HOST, path, doc, "docx"))
        self.article(self.doc("蒗水县林业和草原局", 2023, "2024-01-16", "县林草局2023年政府信息公开工作年度报告"),
                     "县林草局")
        for year, date in ((2023, "2024-01-18"), (2024, "2025-01-17")):
            self.article(self.doc("蒗水县西川乡人民政府", year, date, f"西川乡{year}年政府信息公开工作年度报告"),
                         "西川乡")
        for title, year, date in (("蒗水县2023年度法治政府建设年度报告", 2023, "2024-03-20"),
                                  ("蒗水县2024年政府信息公开工作年度报告解读", 2024, "2025-01-27"),
                                  ("蒗水县人民政府2024年度政府信息公开指南", 2024, "2024-03-01")):
            self.decoy(SITE, self.page(title, date, "县政府办", self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, "/xxgk/List.asp", self.listing)
        self.route(HOST, "/xxgk/Show.asp", self.show)

    def page(self, title: str, date: str, author: str, content: str) -> str:
        aid = self.next_id()
        inner = (f'<TABLE width=980 align=center class=art><TR><TD align=center><FONT size=4><B>{esc(title)}</B></FONT>'
                 f'</TD></TR><TR><TD align=center>作者：{esc(author)}　来源：{esc(author)}　'
                 f'更新时间：{unpadded(date)}</TD>'
                 f'</TR><TR><TD class=content>{content}</TD></TR></TABLE>')
        self.articles[aid] = frame(title, inner).encode("gbk", "xmlcharrefreplace")
        self.rows.append((date, aid, title, author))
        return f"http://{HOST}/xxgk/Show.asp?ID={aid}"

    def article(self, doc: ReportDoc, author: str) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", author, self.body(doc, word=True)), doc)

    def show(self, request: Request) -> Response:
        try:
            body = self.articles.get(int(request.param("ID", "0") or 0))
        except ValueError:
            body = None
        if body is None:
            body = frame("提示", "<P align=center>该文章不存在或已被删除</P>").encode("gbk")
        return Response(200, body, CTYPE)

    def listing(self, request: Request) -> Response:
        if request.param("ClassID") != "31":
            return Response(200, frame("提示", "<P align=center>栏目不存在</P>").encode("gbk"), CTYPE)
        form = parse_qs(request.body.decode("ascii", "replace")) if request.body else {}
        raw = form.get("page", [request.param("page", "1")])[0] or "1"
        n = max(1, int(raw)) if raw.isdigit() else 1
        pages = -(-len(self.rows) // PER)
        rows = "".join(
            f'<TR><TD class=listtd>·<A href="Show.asp?ID={a}" title="文章标题：{esc(t)}&#13;作者：{esc(au)}&#13;'
            '更新时间：'
            f'{unpadded(d)}" target=_blank>{esc(t[:12] + "..." if len(t) > 12 else t)}</A></TD><TD align=right>'
            f'[{unpadded(d)}]</TD></TR>' for d, a, t, au in self.rows[(n - 1) * PER:n * PER])
        if not rows:
            rows = "<TR><TD>暂无记录</TD></TR>"

        def go(k: int, text: str, active: bool) -> str:
            return f'<A href="javascript:gopage({k})">{text}</A>' if active else text

        pager = (f'<FORM name=pageform method=post action="List.asp?ClassID=31"><INPUT type=hidden name=page>共 '
                 f'{len(self.rows)} 条记录 页次：{n}/{pages} 每页：{PER} 条 {go(1, "首页", n > 1)} '
                 f'{go(n - 1, "上一页", n > 1)} {go(n + 1, "下一页", n < pages)} {go(pages, "尾页", n < pages)}</FORM>'
                 '<SCRIPT language=javascript>function gopage(p){document.pageform.page.value=p;'
                 'document.pageform.submit();}</SCRIPT>')
        inner = (f'<TABLE width=980 align=center><TR><TD class=pos>当前位置：首页 &gt;&gt; 信息公开 &gt;&gt; '
                 '政府信息公开'
                 f'年报</TD></TR></TABLE><TABLE width=980 align=center class=list>{rows}<TR><TD colspan=2 '
                 f'align=center>{pager}</TD></TR></TABLE>')
        return Response(200, frame("政府信息公开年报-蒗水县人民政府", inner).encode("gbk", "xmlcharrefreplace"), CTYPE)


PORTALS = [LegacyLangshui]
