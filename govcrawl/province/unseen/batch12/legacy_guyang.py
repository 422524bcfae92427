"""堌阳县 (www.guyang.gov.test): a legacy ASP 新闻发布系统 whose 年报 class is named by Chinese words
in the query string — written raw in GBK pages, so they must go out GBK-encoded — and whose
article pages are UTF-8 with a byte-order mark under a ``gb2312`` meta.

The class list is ``/xxgk/NewsMore.asp?BigClassName=政务公开&SmallClassName=年度报告`` (``&page=N``): the
pager's links carry the class names raw (``<a href="NewsMore.asp?page=2&BigClassName=政务公开&
SmallClassName=年度报告">``) in a GBK page, so a browser sends them percent-encoded in GBK
(``%D5%FE%CE%F1%B9%AB%BF%AA`` / ``%C4%EA%B6%C8%B1%A8%B8%E6``, as the registry's start URL has them);
the script compares the bytes it gets as GBK, and class names sent in UTF-8 find nothing (200,
"该栏目下暂无信息！").  The list pages are GBK with ``charset=gb2312`` in the meta and a bare ``text/html``
header; the county's name uses 堌, outside GB2312 (portals.md §4.2).  Rows of a layout table: an arrow
image, the link (full title; ``<img src="../images/new.gif">`` after the two newest), the date as ASP
prints it ("2025/1/22"); the 公开指南 is pinned first with a red "[置顶]".  The pager: "共有信息 12 条
每页 5 条 当前第 1 页/共 3 页" with 首页/上一页/下一页/尾页 links.

``/xxgk/NewsView.asp?ID=N`` pages were moved to a new template saved as UTF-8 *with a BOM*, while its
meta still says ``charset=gb2312`` and the header a bare ``text/html`` (a browser goes by the BOM);
an unknown ID answers 200 "参数错误！".  Bodies sit in a layout ``<td class="newscontent">``; the 2021
report is a Word paste whose table 三 is cut at a page break.  The 2022 report is a .docx and the 2023
one a PDF under ``/UploadFile/YYYYMM/<stamp>.<ext>``, linked as ``../UploadFile/…`` in an "附件：" line.

Titles: "县统计局2023年…" and "堌阳县统计局2024年度…" (堌阳县统计局), a town's "堌城镇2024年…" (堌阳县堌城镇
人民政府).  2019 and 2020 are in the old template.  Decoys: the pinned 政府信息公开指南, the 统计局's
统计公报, a 公告 that the 2022 report is out.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    PDF,
    WORD_BREAK,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
    split_point,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.guyang.gov.test"
SITE = "guyang-gov"
OWNER = "堌阳县人民政府"
LIST = "/xxgk/NewsMore.asp"
VIEW = "/xxgk/NewsView.asp"
BIG, SMALL = "政务公开", "年度报告"
PER_PAGE = 5
TJJ = "堌阳县统计局"
BOM = b"\xef\xbb\xbf"


def sent_as_gbk(value: str, text: str) -> bool:
    """Did the client send ``text`` GBK-encoded (percent-escaped, or raw bytes)?  The fixture server
    decodes escapes as UTF-8 with replacement and raw bytes as Latin-1."""
    raw = text.encode("gbk")
    return value in (raw.decode("utf-8", "replace"), raw.decode("latin-1"))


def frame(title: str, inner: str) -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f'<meta name="SiteName" content="堌阳县人民政府"><title>{escape(title)}--堌阳县人民政府</title>'
        '<link href="/css/style.css" rel="stylesheet" type="text/css"></head><body topmargin="0" leftmargin="0">'
        '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img '
        'src="/images/banner.jpg" width="980" height="160"></td></tr><tr><td class="menu"><a href="/">网站首页</a> | '
        '<a href="/xxgk/">政务公开</a> | <a href="/bszn/">办事指南</a> | <a href="/hdjl/">互动交流</a> | '
        '<a href="javascript:;">无障碍阅读</a></td></tr>'
        f"<tr><td>{inner}</td></tr>"
        '<tr><td class="bottom" align="center">版权所有：堌阳县人民政府办公室　网站标识码：9851510006<br>'
        '未ICP备05003391号　地址：堌阳县府前街2号　电话：0000-7212345<br>您是第 <font color="#ff0000">'
        "1298534</font> 位访问者</td></tr></table></body></html>"
    )


class LegacyGuyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.next_id = 300
        self.details: dict[str, bytes] = {}
        self.entries: list[tuple[str, str, str, bool]] = []  # id, title, date, pinned
        self.article(make_doc(rng, OWNER, 2019, "2020-02-10", version="v2019"))
        self.article(make_doc(rng, OWNER, 2020, "2021-01-29", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-28"), split=True)
        self.attached(make_doc(rng, OWNER, 2022, "2023-01-31"), DOCX)
        self.notice("关于堌阳县2022年政府信息公开工作年度报告的公告", "2023-02-01")
        self.notice("堌阳县政府信息公开指南（2023年修订）", "2023-06-15", pinned=True)
        self.article(make_doc(rng, TJJ, 2023, "2024-01-16", title="县统计局2023年政府信息公开工作年度报告"), "县统计局")
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-30"), PDF)
        self.notice("堌阳县2023年国民经济和社会发展统计公报", "2024-03-26", "县统计局")
        self.article(make_doc(rng, "堌阳县堌城镇人民政府", 2024, "2025-01-18",
                              title="堌城镇2024年政府信息公开工作年度报告"), "堌城镇人民政府")
        self.article(make_doc(rng, TJJ, 2024, "2025-01-21", title="堌阳县统计局2024年度政府信息公开工作年度报告"),
                     "县统计局")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-27"))
        self.entries.sort(key=lambda e: (e[3], e[2]), reverse=True)
        self.route(HOST, LIST, self.list_page)
        self.route(HOST, VIEW, self.view)

    def page_of(self, title: str, date: str, source: str, content: str) -> str:
        self.next_id += self.rng.randint(3, 60)
        key = str(self.next_id)
        y, m, d = (int(x) for x in date.split("-"))
        page = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            f'<meta name="SiteName" content="堌阳县人民政府"><meta name="ArticleTitle" content="{escape(title)}">'
            f'<title>{escape(title)}</title><link href="/css/news.css" rel="stylesheet"></head><body>'
            '<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td class="pos">您的位置：'
            '<a href="/">首页</a> &gt;&gt; 政务公开 &gt;&gt; 年度报告</td></tr>'
            f'<tr><td align="center" class="newstitle"><b>{escape(title)}</b></td></tr>'
            f'<tr><td align="center" class="newsinfo">作者：{escape(source)}　来源：{escape(source)}　'
            f"发布时间：{y}/{m}/{d}　阅读：{self.rng.randint(30, 2000)} 次</td></tr>"
            f'<tr><td class="newscontent">{content}</td></tr><tr><td align="center">'
            '【<a href="javascript:window.print()">打印此页</a>】【<a href="javascript:window.close()">关闭窗口</a>】'
            "</td></tr></table></body></html>"
        )
        self.details[key] = BOM + page.encode("utf-8")
        self.entries.append((key, title, date, False))
        return f"http://{HOST}{VIEW}?ID={key}"

    def article(self, doc: ReportDoc, source: str = "县政府办", split: bool = False) -> None:
        if split:
            cut = {"t3": split_point(doc, "t3", self.rng)}
            content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0" '
                                'cellpadding="0">', split=cut, page_break=WORD_BREAK)
        else:
            content = body_html(doc, plain_para, plain_cell, '<table width="96%" border="1" cellspacing="0" '
                                'cellpadding="2" bordercolor="#000000" align="center">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, content), doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        date = doc.published_date or ""
        ext = "pdf" if media == PDF else "docx"
        name = f"{date.replace('-', '')}{self.rng.randint(10**8, 10**9 - 1)}.{ext}"
        path = f"/UploadFile/{date[:7].replace('-', '')}/{name}"
        file_url = self.put_pdf(HOST, path, doc) if media == PDF else self.put(HOST, path, render_docx(doc), DOCX)
        content = (f"<p>　　{escape(doc.title)}已经县政府审定，现予以公开。</p>"
                   f'<p>附件：<a href="..{path}" target="_blank">{escape(doc.title)}.{ext}</a></p>')
        url = self.page_of(doc.title, date, "县政府办", content)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str, source: str = "县政府办", pinned: bool = False) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(f"<p>　　{escape(p)}</p>" for p in decoy_text(title, OWNER, year, self.rng))
        url = self.page_of(title, date, source, content)
        if pinned:
            self.entries[-1] = (*self.entries[-1][:3], True)
        self.decoy(SITE, url, title)

    def list_page(self, request: Request) -> Response:
        if not (sent_as_gbk(request.param("BigClassName"), BIG)
                and sent_as_gbk(request.param("SmallClassName"), SMALL)):
            inner = ('<table width="96%" align="center"><tr><td align="center" height="200">'
                     "该栏目下暂无信息！</td></tr></table>")
            return Response(200, frame("信息列表", inner).encode("gbk"), "text/html")
        pages = -(-len(self.entries) // PER_PAGE)
        try:
            page = int(request.param("page") or 1)
        except ValueError:
            page = 1
        page = min(max(page, 1), pages)
        chunk = self.entries[(page - 1) * PER_PAGE : page * PER_PAGE]
        newest = sorted((e[2] for e in self.entries), reverse=True)[:2]
        rows = ""
        for key, title, date, pinned in chunk:
            y, m, d = (int(x) for x in date.split("-"))
            top = '<font color="#ff0000">[置顶]</font>' if pinned else ""
            new = ' <img src="../images/new.gif" border="0">' if date in newest else ""
            rows += (f'<tr><td width="20" align="center"><img src="../images/arrow.gif"></td><td height="26">{top}'
                     f'<a href="NewsView.asp?ID={key}" target="_blank">{escape(title)}</a>{new}</td>'
                     f'<td width="90" align="right"><font color="#999999">{y}/{m}/{d}</font></td></tr>')

        def link(n: int, text: str) -> str:
            return f'<a href="NewsMore.asp?page={n}&BigClassName={BIG}&SmallClassName={SMALL}">{text}</a>'

        nav = (link(1, "首页") + " " + link(page - 1, "上一页") if page > 1 else "首页 上一页") + " " + (
            link(page + 1, "下一页") + " " + link(pages, "尾页") if page < pages else "下一页 尾页")
        inner = (
            f'<table width="96%" align="center"><tr><td class="pos">您的位置：<a href="/">首页</a> &gt;&gt; {BIG} &gt'
            ';&gt;'
            ' '
            f'{SMALL}</td></tr></table><table width="96%" align="center" cellpadding="0" cellspacing="0">{rows}</table>'
            f'<table width="96%" align="center"><tr><td align="center" height="30">共有信息 <b>{len(self.entries)}</b> '
            '条'
            f"　每页 <b>{PER_PAGE}</b> 条　当前第 <b>{page}</b> 页/共 <b>{pages}</b> 页　{nav}</td></tr></table>"
        )
        return Response(200, frame(SMALL, inner).encode("gbk"), "text/html")

    def view(self, request: Request) -> Response:
        found = self.details.get(request.param("ID"))
        if found is None:
            return Response(200, BOM + "<html><body><p align=center>参数错误！</p></body></html>".encode(), "text/html")
        return Response(200, found, "text/html")


PORTALS = [LegacyGuyang]
