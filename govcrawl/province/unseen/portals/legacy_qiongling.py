"""邛岭县 (www.qiongling.gov.test): a legacy ASP 信息公开 site in GBK.

``/xxgk/ShowClass.asp?ClassID=12`` lists the 年报 class with the "共 8 条记录 页次：1/3 每页：3 条"
pager whose links submit a form by POST (``document.pageform.page.value=2;
document.pageform.submit()``) plus a page ``<select>``; ASP reads ``page`` from the form or the
query (portals.md §7).  Entry links carry ``title="文章标题：… 作者：… 更新时间：…"`` tooltips and
show a truncated title.  ``ShowArticle.asp?ArticleID=N`` pages: Word "save as web page" bodies
(MsoNormal, ``<o:p>``) inside a layout table, and one report as preformatted text (``<pre>``) in a
layout cell.  GBK with the charset only in a meta; the header says ``text/html``.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.text import render_report_text

HOST = "www.qiongling.gov.test"
SITE = "qiongling-gov"
OWNER = "邛岭县人民政府"
LIST = "/xxgk/ShowClass.asp"
SHOW = "/xxgk/ShowArticle.asp"
PER_PAGE = 3
HTML = "text/html"


def legacy(title: str, inner: str) -> bytes:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f'<title>{escape(title)}--邛岭县人民政府信息公开网</title>'
        '<link href="/Skin/style.css" rel="stylesheet" type="text/css"></head>'
        '<body leftmargin="0" topmargin="0"><table width="778" border="0" align="center" cellpadding="0" '
        'cellspacing="0"><tr><td height="80" background="/Skin/top.jpg"></td></tr>'
        '<tr><td class="menu"><a href="/">网站首页</a> | <a href="/xxgk/">信息公开</a> | '
        '<a href="/xxgk/ShowClass.asp?ClassID=12">年度报告</a></td></tr>'
        f'<tr><td valign="top">{inner}</td></tr>'
        '<tr><td class="bottom" align="center">邛岭县人民政府办公室 主办 &nbsp; 网站标识码：9808310009<br>'
        '建议使用IE6.0以上浏览器 1024*768分辨率浏览</td></tr></table></body></html>'
    )
    return html.encode("gbk", "xmlcharrefreplace")


class LegacyQiongling(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.next_id = 3_440
        self.articles: dict[str, bytes] = {}
        self.entries: list[tuple[str, str, str]] = []  # (ArticleID, title, datetime)
        self.word(make_doc(rng, OWNER, 2020, "2021-01-28", version="v2019"))
        self.word(make_doc(rng, OWNER, 2022, "2023-01-31"))
        self.preformatted(make_doc(rng, OWNER, 2023, "2024-01-29"))
        self.word(make_doc(rng, "邛岭县水利局", 2023, "2024-01-22", title="邛岭县水利局2023年政府信息公开工作年度报告"))
        self.preformatted(make_doc(rng, OWNER, 2024, "2025-02-03", title="邛岭县2024年政府信息公开年报"))
        for title, date in (("邛岭县人民政府关于报送2023年度政府信息公开工作年度报告的函", "2023-12-12"),
                            ("邛岭县人民政府2022年度政府网站工作年度报表", "2023-01-16"),
                            ("邛岭县2024年政务公开工作要点", "2024-04-08")):
            self.notice(title, date)
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, LIST, self.list_page)
        self.route(HOST, SHOW, self.show)

    def add_article(self, title: str, date: str, content: str) -> str:
        self.next_id += self.rng.randint(1, 60)
        key = str(self.next_id)
        clock = f"{self.rng.randint(8, 17)}:{self.rng.randint(10, 59)}:{self.rng.randint(10, 59)}"
        stamp = f"{int(date[:4])}-{int(date[5:7])}-{int(date[8:])} {clock}"
        inner = (
            '<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td align="center" class="title">'
            f'<b>{escape(title)}</b></td></tr><tr><td align="center" class="info">作者：县政府办 &nbsp; 来源：本站原创 '
            f'&nbsp; 点击数：<script language="javascript" src="/Count.asp?ArticleID={key}"></script> &nbsp; '
            f"更新时间：{stamp}</td></tr>"
            f'<tr><td class="content" style="padding:10px">{content}</td></tr>'
            '<tr><td align="right">【<a href="javascript:window.print()">打印此文</a>】'
            '【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>'
        )
        self.articles[key] = legacy(title, inner)
        self.entries.append((key, title, stamp))
        return f"http://{HOST}{SHOW}?ArticleID={key}"

    def word(self, doc: ReportDoc) -> None:
        content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0" '
                                                       'cellpadding="0" style="border-collapse:collapse">')
        content = f'<div class="Section1" style="layout-grid:15.6pt">{content}</div>'
        self.report(SITE, self.add_article(doc.title, doc.published_date or "", content), doc)

    def preformatted(self, doc: ReportDoc) -> None:
        text = render_report_text(doc, "tabs", self.rng)
        content = (f'<table width="96%" border="0" align="center"><tr><td class="zw">'
                   f'<pre style="font-size:12px;white-space:pre-wrap">{escape(text)}</pre></td></tr></table>')
        self.report(SITE, self.add_article(doc.title, doc.published_date or "", content), doc)

    def notice(self, title: str, date: str) -> None:
        content = "".join(f'<p class="MsoNormal">{escape(p)}<o:p></o:p></p>'
                          for p in decoy_text(title, "邛岭县", int(date[:4]) - 1, self.rng))
        self.decoy(SITE, self.add_article(title, date, content), title)

    def list_page(self, request: Request) -> Response:
        pages = -(-len(self.entries) // PER_PAGE)
        try:
            page = min(max(int(request.param("page") or 1), 1), pages)
        except ValueError:
            page = 1
        rows = "".join(
            f'<tr><td width="20" align="center"><img src="/Skin/arrow.gif"></td><td height="22">'
            f'<a href="ShowArticle.asp?ArticleID={key}" title="文章标题：{escape(t)}&#13;&#10;'
            f'作    者：县政府办&#13;&#10;更新时间：{stamp}" target="_blank">'
            f'{escape(t[:16] + "…" if len(t) > 17 else t)}</a></td>'
            f'<td width="80" align="center">{stamp.split(" ")[0]}</td></tr>'
            for key, t, stamp in self.entries[(page - 1) * PER_PAGE: page * PER_PAGE]
        )

        def jump(n: int, label: str) -> str:
            return f'<a href="javascript:document.pageform.page.value={n};document.pageform.submit();">{label}</a>'

        nav = [jump(1, "首页") if page > 1 else "首页", jump(page - 1, "上一页") if page > 1 else "上一页",
               jump(page + 1, "下一页") if page < pages else "下一页", jump(pages, "尾页") if page < pages else "尾页"]
        options = "".join(f'<option value="{n}"{" selected" if n == page else ""}>第{n}页</option>'
                          for n in range(1, pages + 1))
        pager = (f'<form name="pageform" method="post" action="ShowClass.asp?ClassID=12">'
                 f'<input type="hidden" name="page" value="{page}">'
                 f'共 <b>{len(self.entries)}</b> 条记录 &nbsp; 页次：<b>{page}</b>/{pages} &nbsp; '
                 f'每页：{PER_PAGE} 条 &nbsp; '
                 f'{" ".join(nav)} &nbsp; 转到：<select name="sel" onchange="document.pageform.page.value=this.value;'
                 f'document.pageform.submit()">{options}</select></form>')
        inner = (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="lm">当前位置：'
                 f'<a href="/">首页</a> &gt;&gt; 信息公开 &gt;&gt; 年度报告</td></tr></table>'
                 f'<table width="100%" border="0" cellspacing="0" cellpadding="0">{rows}</table>'
                 f'<table width="100%"><tr><td align="center">{pager}</td></tr></table>')
        return Response(200, legacy("年度报告", inner), HTML)

    def show(self, request: Request) -> Response:
        body = self.articles.get(request.param("ArticleID"))
        if body is None:
            return Response(200, legacy("错误信息", "<p>你要找的文章不存在，或者已经被管理员删除！</p>"), HTML)
        return Response(200, body, HTML)


PORTALS = [LegacyQiongling]
