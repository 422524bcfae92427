"""汭阳县 (www.ruiyang.gov.test): a Spring-MVC-built county site (no family), registered with ``cms:
auto`` and only its home page; the 政务公开 link is an old URL that 302-redirects, and the 年报 list
is sorted oldest first, so the newest reports are on its last page.

Home ``/``: a carousel, news tabs and a nav whose 政务公开 link is the old ``/html/zwgk/index.html`` —
answered ``302 Found`` with ``Location: /zwgk/`` (the site moved off static HTML).  ``/zwgk/`` is a grid of
column cards; the card "政府信息公开年报" links ``/zwgk/nb/list?catId=45``.  That list (``&pageNo=N``, no
``pageNo`` is page 1) is ``<div class="ry-row">`` rows (a ``<a>`` with the title, a ``<time>``), five a
page, **oldest first**, under "共 12 条" and a pager of ``<a href="list?catId=45&amp;pageNo=2">2</a>`` links
with 下一页/末页; ``pageNo`` past the end gives an empty list ("暂无数据").  Articles are extensionless:
``/zwgk/nb/detail/<id>`` with the body in ``<article class="ry-article">``; the 2024 county report is a
``.docx`` (tables inside) under ``/upload/file/<YYYYMMDD>/<uuid>.docx``, the 2022 one a PDF there too.

Reports: 汭阳县人民政府 2019–2024, 汭阳县应急管理局 2023–2024 ("县应急局…"), 汭阳县汭口镇人民政府 2023 —
9.  Decoys: "图解：汭阳县2023年政府信息公开工作年度报告" (published the same day as the report), 2022年度统计
年报, the 应急管理局's 2024年度法治政府建设年度报告.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.ruiyang.gov.test"
SITE = "ruiyang-gov"
OWNER = "汭阳县人民政府"
PER_PAGE = 5
YJJ = "汭阳县应急管理局"


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">'
        f'<title>{escape(title)} | 汭阳县人民政府</title><link rel="stylesheet" href="/static/css/ry.css?v=3.2"></head>'
        '<body><div class="ry-top">汭阳县人民政府 <a href="javascript:;">无障碍</a></div><nav class="ry-nav"><a hre'
        'f="/">'
        '首页</a><a href="/html/zwgk/index.html">政务公开</a><a href="/zwfw">政务服务</a><a href="/hdjl">互动交流</a>'
        f'<a href="/ryzx">汭阳资讯</a></nav><div class="ry-main">{inner}</div><footer class="ry-foot">汭阳县人民政'
        f'府办公室'
        '　网站标识码：9861610010　未ICP备18004521号<br>Powered by Spring</footer><script src="/static/js/ry.js"></'
        'script>'
        "</body></html>"
    )


class AutoRuiyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.detail = 18_700
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-24"), (2020, "2021-01-29"), (2021, "2022-01-28"), (2023, "2024-01-29")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.file(make_doc(rng, OWNER, 2022, "2023-01-20"), "pdf")
        self.file(make_doc(rng, OWNER, 2024, "2025-01-24"), "docx")
        self.article(make_doc(rng, YJJ, 2023, "2024-01-20", title="县应急局2023年政府信息公开工作年度报告"))
        self.article(make_doc(rng, YJJ, 2024, "2025-01-18", title="县应急局2024年政府信息公开工作年度报告"))
        self.article(make_doc(rng, "汭阳县汭口镇人民政府", 2023, "2024-01-16"))
        self.notice("图解：汭阳县2023年政府信息公开工作年度报告", 2023, "2024-01-29")
        self.notice("汭阳县2022年度统计年报", 2022, "2023-04-06")
        self.notice("汭阳县应急管理局2024年度法治政府建设年度报告", 2024, "2025-02-21")
        self.rows.sort(key=lambda r: r[2])
        home = ('<div class="ry-banner"><img src="/static/img/b1.jpg"><img src="/static/img/b2.jpg"></div><div clas'
            's="ry-tabs">'
                '<a href="/ryzx/list?catId=3">汭阳要闻</a><a href="/ryzx/list?catId=4">部门动态</a></div>'
                '<ul class="ry-news"><li><a href="/ryzx/detail/18511">县政府召开第12次常务会议</a></li></ul>')
        self.put(HOST, "/index.html", frame("首页", home))
        self.route(HOST, "/", lambda r: Response(200, frame("首页", home).encode()))
        self.route(HOST, "/html/zwgk/index.html", lambda r: Response(302, b"", None, {"Location": "/zwgk/"}))
        cards = "".join(f'<a class="ry-card" href="{h}">{t}</a>' for h, t in (
            ("/zwgk/zcwj/list?catId=41", "政策文件"), ("/zwgk/gkzn/detail/101", "政府信息公开指南"),
            ("/zwgk/nb/list?catId=45", "政府信息公开年报"), ("/zwgk/czzj/list?catId=47", "财政资金")))
        self.put(HOST, "/zwgk/", frame("政务公开", f'<h2>政务公开</h2><div class="ry-cards">{cards}</div>'))
        self.route(HOST, "/zwgk/nb/list", self.list_page)

    def page_of(self, title: str, date: str, content: str) -> str:
        self.detail += self.rng.randint(2, 40)
        inner = (f'<div class="ry-crumb"><a href="/">首页</a> / <a href="/zwgk/">政务公开</a> / <a href="/zwgk/nb/list?'
                 f'catId=45">政府信息公开年报</a></div><article class="ry-article"><h1>{escape(title)}</h1><p class'
                 f'="ry-'
                 f'meta">发布时间：{date}</p>{content}</article>')
        url = self.put(HOST, f"/zwgk/nb/detail/{self.detail}", frame(title, inner))
        self.rows.append((f"/zwgk/nb/detail/{self.detail}", title, date))
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table class="table table-bordered">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        date = doc.published_date or ""
        path = f"/upload/file/{date.replace('-', '')}/{self.rng.getrandbits(128):032x}.{ext}"
        content = f'<p>附件：<a href="{path}" download>{escape(doc.title)}.{ext}</a></p>'
        url = self.page_of(doc.title, date, content)
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, path, doc))
        else:
            self.report(SITE, url, doc, media_type=DOCX, report_url=self.put(HOST, path, render_docx(doc), DOCX))

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content), title)

    def list_page(self, request: Request) -> Response:
        pages = -(-len(self.rows) // PER_PAGE)
        try:
            n = max(int(request.param("pageNo", "1") or 1), 1)
        except ValueError:
            n = 1
        chunk = self.rows[(n - 1) * PER_PAGE : n * PER_PAGE] if request.param("catId") == "45" else []
        rows = "".join(f'<div class="ry-row"><a href="{h}" title="{escape(t)}">{escape(t)}</a><time>{d}</time></div>'
                       for h, t, d in chunk) or '<div class="ry-empty">暂无数据</div>'
        nums = "".join(f'<span class="cur">{k}</span>' if k == n else f'<a href="list?catId=45&amp;pageNo={k}">{k}</a>'
                       for k in range(1, pages + 1))
        more = (f'<a href="list?catId=45&amp;pageNo={n + 1}">下一页</a><a href="list?catId=45&amp;pageNo={pages}">'
            f'末页</a>'
                if n < pages else "")
        inner = (f'<div class="ry-crumb"><a href="/">首页</a> / <a href="/zwgk/">政务公开</a> / 政府信息公开年报</div>'
                 f'<div class="ry-list">{rows}</div><div class="ry-pager"><span>共 {len(self.rows)} 条</span>'
                 f"{nums}{more}</div>")
        return Response(200, frame("政府信息公开年报", inner).encode())


PORTALS = [AutoRuiyang]
