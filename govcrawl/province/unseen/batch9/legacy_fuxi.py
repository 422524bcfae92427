"""鄜溪县 (www.fuxi.gov.test): a legacy ASP 信息公开 column ("动易"-style), GB18030 bytes under a GB2312
label, paged by ``Page=``.

``/xxgk/ArticleList.asp?ClassID=12`` (``&Page=2`` …; ASP reads the key in any case) is an UPPERCASE
layout table of ``·<A href="ArticleShow.asp?ArticleID=N" title="文章标题：…&#13;&#10;作　　者：…&#13;&#10;
更新时间：…">`` rows whose text is cut at 16 characters with "…" (the full title only in the tooltip,
after "文章标题："); the pager is "共 11 条记录 页次：1/3 每页：5 条 首页 上一页 下一页 尾页" with
``ArticleList.asp?ClassID=12&Page=N`` links (portals.md §7, legacy ASP).  Every page says
``charset=gb2312`` (meta, and the header's ``Charset=gb2312``) but is encoded GB18030: a 镇's name,
㮾塘镇, is not in GBK.  ``ArticleShow.asp?ArticleID=N`` pages are Word "save as web page" bodies in a
layout table (作者/来源/点击数/更新时间 line); an unknown ArticleID answers 200 "页面不存在".  The 2022
report is a .docx and the 2023 report an .ofd under ``/UploadFiles/YYYYMM/``.  Units: 㮾塘镇, and the
水利局 whose title is "县水利局2023年政府信息公开年报".  Decoys: 法治政府建设年度报告, 关于…的函, 公开指南.
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
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.fuxi.gov.test"
SITE = "fuxi-gov"
OWNER = "鄜溪县人民政府"
LIST = "/xxgk/ArticleList.asp"
SHOW = "/xxgk/ArticleShow.asp"
CLASS = "12"
PER_PAGE = 5
CONTENT_TYPE = "text/html; Charset=gb2312"


def frame(title: str, inner: str) -> bytes:
    html = (
        '<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=gb2312">'
        f'<TITLE>{escape(title)}--鄜溪县人民政府信息公开网</TITLE><LINK href="/Skin/DefaultSkin.css" rel=stylesheet>'
        "</HEAD><BODY><TABLE cellSpacing=0 cellPadding=0 width=960 align=center border=0><TR><TD><IMG "
        'src="/Images/fuxi_top.jpg" width=960></TD></TR><TR><TD class=menu><A href="/">网站首页</A> | '
        '<A href="/xxgk/">政府信息公开</A> | <A href="/xxgk/ArticleList.asp?ClassID=11">公开指南</A> | '
        '<A href="/xxgk/ArticleList.asp?ClassID=12">公开年报</A></TD></TR></TABLE>'
        f"<TABLE cellSpacing=0 cellPadding=0 width=960 align=center border=0><TR><TD>{inner}</TD></TR></TABLE>"
        "<TABLE width=960 align=center><TR><TD align=center class=foot>版权所有：鄜溪县人民政府　"
        "建议使用1024×768分辨率浏览<BR>网站标识码：9842610001　未ICP备07002231号</TD></TR></TABLE></BODY></HTML>"
    )
    return html.encode("gb18030")


class LegacyFuxi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.next_id = 2_310
        self.articles: dict[str, bytes] = {}
        self.entries: list[tuple[int, str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2019, "2020-02-10", version="v2019"), "县政府办")
        self.article(make_doc(rng, OWNER, 2020, "2021-01-29"), "县政府办")
        self.article(make_doc(rng, OWNER, 2021, "2022-01-30"), "县政府办")
        self.attached(make_doc(rng, OWNER, 2022, "2023-01-30"), DOCX)
        self.notice("关于报送2023年度政府信息公开工作年度报告的函", "2023-12-25", "县政府办")
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-31"), OFD)
        self.article(
            make_doc(rng, "鄜溪县水利局", 2023, "2024-01-22", title="县水利局2023年政府信息公开年报"), "县水利局"
        )
        self.notice("鄜溪县2023年法治政府建设年度报告", "2024-03-20", "县司法局")
        self.notice("鄜溪县政府信息公开指南（2024年版）", "2024-05-08", "县政府办")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-27"), "县政府办")
        self.article(
            make_doc(rng, "鄜溪县㮾塘镇人民政府", 2024, "2025-01-20", title="㮾塘镇2024年政府信息公开工作年度报告"),
            "㮾塘镇",
        )
        self.entries.sort(
            key=lambda e: [int(x) for x in e[3].replace(" ", "-").replace(":", "-").split("-")], reverse=True
        )
        self.route(HOST, LIST, self.list_page)
        self.route(HOST, SHOW, self.show)

    def page_of(self, title: str, date: str, author: str, content: str) -> str:
        self.next_id += self.rng.randint(5, 120)
        aid = self.next_id
        stamp = (
            f"{int(date[:4])}-{int(date[5:7])}-{int(date[8:])} {self.rng.randint(8, 17)}:{self.rng.randint(10, 59)}:"
        )
        stamp += f"{self.rng.randint(10, 59)}"
        inner = (
            '<TABLE width="100%" class=border><TR><TD class='
            'weizhi>您现在的位置： <A href="/">鄜溪县人民政府</A> &gt;&gt; '
            f'<A href="{LIST}?ClassID={CLASS}">政府信息公开年报</A> &gt;&gt; 正文</TD></TR>'
            f"<TR><TD align=center class=title><FONT size=4><B>{escape(title)}</B></FONT></TD></TR>"
            f"<TR><TD align=center>作者：{escape(author)}　来源：本站原"
            f'创　点击数：<SCRIPT src="GetHits.asp?ArticleID={aid}">'
            f"</SCRIPT>　更新时间：{stamp}</TD></TR><TR><TD class=content>{content}</TD></TR>"
            '<TR><TD align=right>【<A href="javascript:window.pri'
            'nt()">打印此文</A>】【<A href="javascript:window.close()">'
            "关闭窗口</A>】</TD></TR></TABLE>"
        )
        self.articles[str(aid)] = frame(title, inner)
        self.entries.append((aid, title, author, stamp))
        return f"http://{HOST}{SHOW}?ArticleID={aid}"

    def article(self, doc: ReportDoc, author: str) -> None:
        content = body_html(
            doc, word_para, upper_cell, "<TABLE class=MsoTableGrid border=1 cellSpacing=0 cellPadding=0>"
        )
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", author, content), doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        date = doc.published_date or ""
        ext = "docx" if media == DOCX else "ofd"
        number = self.rng.randint(10**7, 10**8 - 1)
        path = f"/UploadFiles/{date[:7].replace('-', '')}/{date.replace('-', '')}{number}.{ext}"
        data = render_docx(doc) if media == DOCX else render_ofd(doc, random.Random(self.rng.random()))
        file_url = self.put(HOST, path, data, media)
        content = (
            f"<P class=MsoNormal>　　{escape(doc.title)}已经县政府同意，现予以公布。</P>"
            f'<P class=MsoNormal>附件：<A href="{path}" target=_blank>{escape(doc.title)}.{ext}</A></P>'
        )
        url = self.page_of(doc.title, date, "县政府办", content)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str, author: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, author, content), title)

    def show(self, request: Request) -> Response:
        aid = next((v[0] for k, v in request.query.items() if k.lower() == "articleid"), "")
        page = self.articles.get(aid)
        if page is None:
            return Response(200, frame("错误信息", "<P align=center>对不起，页面不存在或已被删除！</P>"), CONTENT_TYPE)
        return Response(200, page, CONTENT_TYPE)

    def list_page(self, request: Request) -> Response:
        query = {k.lower(): v[0] for k, v in request.query.items()}
        total = len(self.entries)
        pages = -(-total // PER_PAGE)
        n = int(query.get("page", "1")) if query.get("page", "1").isdigit() else 1
        n = min(max(n, 1), pages)
        if query.get("classid") != CLASS:
            return Response(200, frame("错误信息", "<P align=center>找不到指定的栏目！</P>"), CONTENT_TYPE)

        def short(t: str) -> str:
            return t if len(t) <= 16 else t[:16] + "…"

        rows = "".join(
            f'<TR><TD class=listtitle>·<A href="ArticleShow.asp?ArticleID={a}" title="文章标题：{escape(t)}&#13;&#10;'
            f'作　　者：{escape(au)}&#13;&#10;更新时间：{s}" target=_blank>{escape(short(t))}</A></TD>'
            f"<TD class=listdate width=90>{s.split(' ')[0]}</TD></TR>"
            for a, t, au, s in self.entries[(n - 1) * PER_PAGE : n * PER_PAGE]
        )

        def link(i: int, text: str) -> str:
            return f'<A href="ArticleList.asp?ClassID={CLASS}&Page={i}">{text}</A>'

        nav = (
            (link(1, "首页") + " " + link(n - 1, "上一页") if n > 1 else "首页 上一页")
            + " "
            + (link(n + 1, "下一页") + " " + link(pages, "尾页") if n < pages else "下一页 尾页")
        )
        inner = (
            '<TABLE width="100%"><TR><TD class=weizhi>您现在的'
            '位置： <A href="/">鄜溪县人民政府</A> &gt;&gt; 政府信息公开年报'
            f'</TD></TR></TABLE><TABLE width="100%" cellSpacing=0 cellPadding=0 border=0>{rows}</TABLE>'
            f'<TABLE width="100%"><TR><TD align=center>共 {total} 条记录 页次：{n}/{pages} 每页：{PER_PAGE} 条 {nav}'
            "</TD></TR></TABLE>"
        )
        return Response(200, frame("政府信息公开年报", inner), CONTENT_TYPE)


PORTALS = [LegacyFuxi]
