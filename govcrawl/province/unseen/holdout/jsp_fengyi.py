"""凤仪县 (www.fengyi.gov.test): a JSP 信息公开 site of no known vendor (``iList.jsp``), GBK.

The registry entry says ``cms: auto``.  ``/info/iList.jsp?cat_id=10011&cur_page=1`` lists the 年报
category with the pager "第1页/共3页 首页 上一页 下一页 尾页" (links ``iList.jsp?cat_id=10011&
cur_page=2``, portals.md §1.7); ``iList.jsp`` without ``cat_id`` is a soft 404.  Articles are
``/info/iIndex.jsp?cat_id=10011&info_id=N``.  The charset is in the header as ``GBK`` and nowhere in
the page.  Table 三 of the 2023 report is cut in two at a page break; the 2024 report's title is
"凤仪县人民政府2024年度政府信息公开工作报告".
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    WORD_BREAK,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    split_point,
    word_cell,
    word_para,
)
from govcrawl.synth.model import ReportDoc

HOST = "www.fengyi.gov.test"
SITE = "fengyi-gov"
OWNER = "凤仪县人民政府"
CAT = "10011"
HTML = "text/html;charset=GBK"
PER_PAGE = 3


def frame(title: str, inner: str) -> bytes:
    html = ('<html><head><title>' + escape(title) + '</title><link rel="stylesheet" href="/info/css/xxgk.css">'
            '</head><body><div id="head"><img src="/info/images/head.jpg"></div><div id="nav">'
            '<a href="/">首页</a> <a href="/info/iList.jsp?cat_id=10001">公开指南</a> '
            f'<a href="/info/iList.jsp?cat_id={CAT}">公开年报</a></div><div id="main">{inner}</div>'
            '<div id="foot">凤仪县人民政府 网站标识码：9811260011 未ICP备09012345号</div></body></html>')
    return html.encode("gbk", "xmlcharrefreplace")


class JspFengyi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.info_id = 23_100
        self.bodies: dict[str, bytes] = {}
        self.entries: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2022, "2023-01-20"))
        doc = make_doc(rng, OWNER, 2023, "2024-01-29")
        self.article(doc, split={"t3": split_point(doc, "t3", rng)})
        self.article(make_doc(rng, OWNER, 2024, "2025-01-24", title=f"{OWNER}2024年度政府信息公开工作报告"))
        self.article(make_doc(rng, "凤仪县自然资源局", 2024, "2025-01-18"))
        for title, date in (("凤仪县人民政府关于2024年度政府信息公开工作年度报告发布的公告", "2025-01-25"),
                            ("凤仪县2025年政务公开工作要点", "2025-03-18"),
                            ("凤仪县2024年法治政府建设年度报告", "2025-03-27")):
            self.notice(title, date)
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, "/info/iList.jsp", self.list_page)
        self.route(HOST, "/info/iIndex.jsp", self.show)

    def publish(self, title: str, date: str, content: str) -> str:
        self.info_id += self.rng.randint(1, 120)
        key = str(self.info_id)
        inner = (f'<div class="xl_title">{escape(title)}</div><div class="xl_info">发布日期：{date}　'
                 f'发布机构：凤仪县人民政府办公室</div><div class="xl_con">{content}</div>')
        self.bodies[key] = frame(title, inner)
        self.entries.append((key, title, date))
        return f"http://{HOST}/info/iIndex.jsp?cat_id={CAT}&info_id={key}"

    def article(self, doc: ReportDoc, split: dict[str, int] | None = None) -> None:
        content = body_html(doc, word_para, word_cell, '<table border="1" cellspacing="0" cellpadding="0">',
                            split=split, page_break=WORD_BREAK)
        self.report(SITE, self.publish(doc.title, doc.published_date or "", content), doc)

    def notice(self, title: str, date: str) -> None:
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "凤仪县", int(date[:4]) - 1, self.rng))
        self.decoy(SITE, self.publish(title, date, content), title)

    def list_page(self, request: Request) -> Response:
        if request.param("cat_id") != CAT:
            return Response(200, frame("提示", "<p>对不起，您访问的页面不存在！</p>"), HTML)
        pages = -(-len(self.entries) // PER_PAGE)
        try:
            page = min(max(int(request.param("cur_page") or 1), 1), pages)
        except ValueError:
            page = 1
        rows = "".join(f'<tr><td class="t"><a href="iIndex.jsp?cat_id={CAT}&info_id={k}" target="_blank">'
                       f'{escape(t)}</a></td><td class="d">{d}</td></tr>'
                       for k, t, d in self.entries[(page - 1) * PER_PAGE: page * PER_PAGE])

        def link(n: int, text: str) -> str:
            return f'<a href="iList.jsp?cat_id={CAT}&cur_page={n}">{text}</a>'

        nav = [link(1, "首页") if page > 1 else "首页", link(page - 1, "上一页") if page > 1 else "上一页",
               link(page + 1, "下一页") if page < pages else "下一页", link(pages, "尾页") if page < pages else "尾页"]
        inner = (f'<table class="list" width="100%">{rows}</table><div class="page">第{page}页/共{pages}页 '
                 f'{" ".join(nav)}</div>')
        return Response(200, frame("政府信息公开年报", inner), HTML)

    def show(self, request: Request) -> Response:
        body = self.bodies.get(request.param("info_id"))
        if body is None:
            return Response(200, frame("提示", "<p>对不起，您访问的信息不存在！</p>"), HTML)
        return Response(200, body, HTML)


PORTALS = [JspFengyi]
