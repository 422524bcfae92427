"""笕溪县 (www.jianxi.gov.test): a legacy ASP site on a 动易 (PowerEasy)-style article system, GBK
with no charset in the HTTP header.

``/xxgk/List.asp?ClassID=27`` is GBK; the ``Content-Type`` header says only ``text/html`` and the
page's ``<meta>`` says gb2312 (portals.md §4.2).  Entries are rows of a layout table: the link text
is cut to 18 characters with "…", and the full title is only in the tooltip
``title="文章标题：…&#13;&#10;作者：…&#13;&#10;更新时间：…"`` (portals.md §7).  The pager is the 动易 one:
"共 <b>10</b> 篇文章 首页 上一页 <a>下一页</a> <a>尾页</a> 页次：<strong><font color=red>1</font>/3</strong>页
<b>4</b>篇文章/页" with ``List.asp?ClassID=27&page=N`` links and a 转到 ``<select>``.  Articles are
``/Article/ShowArticle.asp?ArticleID=N`` (a query, one script), bodies a Word "save as web page"
paste in ``td#fontzoom``; the 2024 report is a PDF under ``/UploadFiles/`` linked as "点击下载" in the
body.  Titles: "…年度工作报告" wording ("笕溪县2021年政府信息公开年度工作报告", portals.md §7).
Decoys: a 函, 法治政府建设年度报告, the 公开指南.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    word_cell,
    word_para,
)
from govcrawl.synth.model import ReportDoc

HOST = "www.jianxi.gov.test"
SITE = "jianxi-gov"
OWNER = "笕溪县人民政府"
CLASS = "27"
PER_PAGE = 4
HTML = "text/html"  # no charset: the page's meta has to be read


def frame(title: str, inner: str) -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f'<title>{escape(title)}</title><link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">'
        '<meta name="SiteName" content="笕溪县人民政府"><meta name="SiteIDCode" content="9831420005"></head>'
        '<body topmargin="0"><table width="980" border="0" align="center" cellpadding="0" cellspacing="0">'
        '<tr><td><img src="/Skin/top.jpg" width="980" height="120"></td></tr><tr><td class="menu_bg">'
        '<a href="/">网站首页</a> | <a href="/xxgk/">信息公开</a> | <a href="/Article/">新闻中心</a> | '
        '<a href="/GuestBook/">县长信箱</a></td></tr>'
        f"<tr><td>{inner}</td></tr>"
        '<tr><td align="center" class="bottom">笕溪县人民政府办公室 版权所有 网站标识码：9831420005<br>'
        "未ICP备05020187号 建议使用IE8.0以上浏览器 1024*768分辨率浏览</td></tr></table></body></html>"
    )


class LegacyJianxi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.article_id = 3_208
        self.articles: dict[str, bytes] = {}
        self.entries: list[tuple[str, int, str]] = []  # (date, id, title)
        self.article(
            make_doc(rng, OWNER, 2019, "2020-01-22", version="v2019", title="笕溪县2019年政府信息公开年度工作报告")
        )
        self.article(
            make_doc(rng, OWNER, 2020, "2021-01-25", version="v2019", title="笕溪县2020年政府信息公开年度工作报告")
        )
        self.article(make_doc(rng, OWNER, 2021, "2022-01-27", title="笕溪县2021年政府信息公开年度工作报告"))
        self.notice("笕溪县2022年法治政府建设年度报告", 2022, "2023-02-20")
        self.article(make_doc(rng, OWNER, 2022, "2023-01-29"))
        self.notice("笕溪县政府信息公开指南（2023年修订）", 2023, "2023-06-15")
        self.article(make_doc(rng, OWNER, 2023, "2024-01-30"))
        self.notice("关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-10")
        self.article(make_doc(rng, "笕溪县农业农村局", 2024, "2025-01-16"))
        self.upload(make_doc(rng, OWNER, 2024, "2025-01-24"))
        self.entries.sort(reverse=True)
        self.route(HOST, "/xxgk/List.asp", self.list_page)
        self.route(HOST, "/Article/ShowArticle.asp", self.show)

    def page_of(self, title: str, date: str, content: str) -> str:
        inner = (
            '<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="nav_path">'
            '您现在的位置：&nbsp;<a href="/">笕溪县人民政府</a>&nbsp;&gt;&gt;&nbsp;<a href="/xxgk/">信息公开</a>'
            f'&nbsp;&gt;&gt;&nbsp;<a href="/xxgk/List.asp?ClassID'
            f'={CLASS}">政府信息公开年报</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr>'
            f'<tr><td align="center" class="main_title"><font size="4"><b>{escape(title)}</b></font></td></tr>'
            f'<tr><td align="center">作者：佚名&nbsp;&nbsp;文章来源：本站原创'
            f'&nbsp;&nbsp;点击数：<script src="/Article/GetHits.asp'
            f'?ArticleID={self.article_id}"></script>&nbsp;&nbsp;更新时间：{date}</td></tr>'
            f'<tr><td id="fontzoom" class="main_ArticleContent">{content}</td></tr>'
            '<tr><td align="right">【<a href="javascript:window.close();">关闭窗口</a>】</td></tr></table>'
        )
        return frame(f"{title} - 笕溪县人民政府", inner)

    def publish(self, title: str, date: str, content: str) -> str:
        self.article_id += self.rng.randint(1, 40)
        self.articles[str(self.article_id)] = self.page_of(title, date, content).encode("gbk", "xmlcharrefreplace")
        self.entries.append((date, self.article_id, title))
        return f"http://{HOST}/Article/ShowArticle.asp?ArticleID={self.article_id}"

    def article(self, doc: ReportDoc) -> None:
        content = body_html(
            doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">'
        )
        self.report(SITE, self.publish(doc.title, doc.published_date or "", content), doc)

    def upload(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = f"/UploadFiles/{date[:4]}{int(date[5:7])}/{date.replace('-', '')}{self.rng.randint(100000, 999999)}.pdf"
        file_url = self.put_pdf(HOST, path, doc)
        content = (
            f'<p class="MsoNormal">　　{escape(doc.title)}已经县人民政府同意，现予公开。'
            f'<a href="{path}" target="_blank"><font color="#0000ff">点击下载</font></a></p>'
        )
        self.report(SITE, self.publish(doc.title, date, content), doc, media_type=PDF, report_url=file_url)

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.publish(title, date, content), title)

    def show(self, request: Request) -> Response:
        page = self.articles.get(request.param("ArticleID"))
        if page is None:
            return Response(200, frame("错误信息", "<p>找不到文章！</p>").encode("gbk"), HTML)
        return Response(200, page, HTML)

    def list_page(self, request: Request) -> Response:
        if request.param("ClassID") != CLASS:
            return Response(200, frame("错误信息", "<p>找不到指定的栏目！</p>").encode("gbk"), HTML)
        count = -(-len(self.entries) // PER_PAGE)
        raw = request.param("page", "1")
        number = min(max(int(raw), 1), count) if raw.isdigit() else 1
        chunk = self.entries[(number - 1) * PER_PAGE : number * PER_PAGE]
        rows = "".join(
            f'<tr><td width="15"><img src="/Skin/arrow.gif"></td><td><a class="listA" href="/Article/ShowArticle.asp?'
            f'ArticleID={n}" title="文章标题：{escape(t)}&#13;'
            f'&#10;作者：佚名&#13;&#10;更新时间：{d} 9:{n % 60:02d}:12" '
            f'target="_blank">{escape(t[:18] + "…" if len(t) > 18 else t)}</a></td><td width="80" align="right">'
            f"{int(d[5:7])}-{int(d[8:])}</td></tr>"
            for d, n, t in chunk
        )

        def link(k: int, text: str) -> str:
            return f"<a href='List.asp?ClassID={CLASS}&page={k}'>{text}</a>"

        pager = (
            f"共 <b>{len(self.entries)}</b> 篇文章&nbsp;&nbsp;"
            + ("首页 上一页&nbsp;" if number == 1 else f"{link(1, '首页')} {link(number - 1, '上一页')}&nbsp;")
            + ("下一页 尾页" if number == count else f"{link(number + 1, '下一页')} {link(count, '尾页')}")
            + f"&nbsp;页次：<strong><font color=red>{number}</font>/{count}</strong>页 &nbsp;<b>{PER_PAGE}</b>篇文章/页"
            + "&nbsp;转到：<select name='page' onchange=\"javascript:window.location='List.asp?ClassID="
            + CLASS
            + "&page='+this.options[this.selectedIndex].value;\">"
            + "".join(
                f"<option value='{k}'{' selected' if k == number else ''}>第{k}页</option>" for k in range(1, count + 1)
            )
            + "</select>"
        )
        inner = (
            '<table width="100%"><tr><td width="200" valign="top" '
            'class="left_menu"><a href="/xxgk/List.asp?ClassID=25">'
            '政府信息公开指南</a><br><a href="/xxgk/List.asp?ClassID=26">政府信息公开制度</a><br>'
            f'<a href="/xxgk/List.asp?ClassID={CLASS}">政府信息公开年报</a></td><td valign="top">'
            '<table width="100%" class="border"><tr><td class="title_bar">政府信息公开年报</td></tr></table>'
            f'<table width="100%" border="0" cellspacing="0" cellpadding="0">{rows}</table>'
            f'<table width="100%"><tr><td align="center" class="show_page">{pager}</td></tr></table></td></tr></table>'
        )
        return Response(200, frame("政府信息公开年报 - 笕溪县人民政府", inner).encode("gbk", "xmlcharrefreplace"), HTML)


PORTALS = [LegacyJianxi]
