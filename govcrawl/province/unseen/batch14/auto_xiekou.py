"""澥口县 (www.xiekou.gov.test): a county site on PbootCMS (no family), registered with ``cms: auto``
and only its home page — whose root is a meta-refresh (and ``location.replace``) to ``/portal/``; the
年报 list is two clicks further and pages as ``?page=N`` under PbootCMS's "前一页/后一页" pager.

``/`` is a near-empty page: ``<meta http-equiv="refresh" content="0; url=/portal/">`` plus a script
``location.replace('/portal/')`` and a "正在跳转…" line.  ``/portal/`` (news, a floating 政务服务 box)
links 政务公开 to ``/portal/zwgk/``, a page of boxes whose 政府信息公开年度报告 box's 更多 link is
``/portal/zwgk/ndbg/``.  That list is ``<div class="news-item">`` cards (``<h4><a>``, a one-line summary,
``<span class="time">2025-01-22</span>``); four a page, newest first; the pager is "共11条 当前1/3页
首页 前一页 1 2 3 后一页 尾页" with links ``/portal/zwgk/ndbg/?page=N`` (``?page=`` past the end: "暂无内容").
Articles ``/portal/zwgk/ndbg/<id>.html`` put the body in ``div.article-body`` under "发布时间：… 浏览量：…".
The 2023 county report is a .docx and the 2024 one a PDF, linked from the body under
``/static/upload/file/YYYYMMDD/<stamp>.<ext>``.

Reports (8): 澥口县人民政府 2020 (old template) – 2024, 澥口县澥水乡人民政府 2024 ("澥水乡2024年…"),
澥口县自然资源和规划局 2023 ("县自然资源和规划局2023年…"), 澥口县文化广电和旅游局 2022 ("县文广旅局2022年…").
Decoys (3): 政府网站工作年度报表, 政务公开工作要点, a 公告.
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

HOST = "www.xiekou.gov.test"
SITE = "xiekou-gov"
OWNER = "澥口县人民政府"
LIST = "/portal/zwgk/ndbg/"
PER = 4


def frame(title: str, inner: str) -> str:
    return (
        '<!doctype html><html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,'
        f'initial-scale=1"><title>{escape(title)}-澥口县人民政府</title><meta name="keywords" content="澥口县,澥口县人'
        f'民'
        '政府"><link rel="stylesheet" href="/template/default/css/bootstrap.min.css"></head><body><nav class="navbar">'
        '<a class="navbar-brand" href="/portal/">澥口县人民政府</a><ul class="navbar-nav"><li><a href="/portal/">首页'
        '</a></li><li><a href="/portal/xwzx/">新闻中心</a></li><li><a href="/portal/zwgk/">政务公开</a></li><li><a href'
        '="'
        f'/portal/bmfw/">便民服务</a></li></ul></nav><div class="container">{inner}</div><footer class="footer">'
        '<p>主办：澥口县人民政府办公室　网站标识码：9864060009　未ICP备19004471号-1</p></footer><script src="/template/'
        'default/js/jquery.min.js"></script></body></html>'
    )


class AutoXiekou(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 612
        self.entries: list[tuple[str, str, str, str]] = []  # path, title, date, summary
        for year, date in ((2020, "2021-01-26"), (2021, "2022-01-24"), (2022, "2023-01-29")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.file(make_doc(rng, OWNER, 2023, "2024-01-30"), "docx")
        self.file(make_doc(rng, OWNER, 2024, "2025-01-23"), "pdf")
        self.article(make_doc(rng, "澥口县澥水乡人民政府", 2024, "2025-01-18", title="澥水乡2024年政府信息公开工作年度"
                                                                           "报告"))
        self.article(make_doc(rng, "澥口县自然资源和规划局", 2023, "2024-01-22",
                              title="县自然资源和规划局2023年政府信息公开工作年度报告"))
        self.article(make_doc(rng, "澥口县文化广电和旅游局", 2022, "2023-01-20", title="县文广旅局2022年政府信息公开工"
                                                                            "作年度报告"))
        self.notice("澥口县人民政府网站2024年政府网站工作年度报表", 2024, "2025-01-13")
        self.notice("澥口县2023年政务公开工作要点", 2023, "2023-04-20")
        self.notice("澥口县人民政府办公室关于2022年政府信息公开工作年度报告的公告", 2022, "2023-01-30")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.put(HOST, "/index.html", '<html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=/po'
                                      'rtal/">'
                 "<title>澥口县人民政府</title></head><body><p>正在跳转…</p><script>location.replace('/portal/');</scri"
                 "pt>"
                 "</body></html>")
        self.put(HOST, "/portal/index.html", frame("首页", (
            '<div class="row"><div class="col-8"><h3>澥口要闻</h3><ul><li>澥口县召开全县经济工作会议</li></ul></div><di'
            'v '
            'class="col-4 float-box"><a href="/portal/bmfw/">政务服务</a></div></div><div class="entry"><a href="/porta'
            'l/'
            'zwgk/">政务公开</a></div>')))
        self.put(HOST, "/portal/zwgk/index.html", frame("政务公开", (
            '<div class="row"><div class="box col-6"><h4>政府信息公开指南<a class="more" href="/portal/zwgk/gkzn/">更多'
            '</a>'
            '</h4></div><div class="box col-6"><h4>政府信息公开年度报告<a class="more" href="/portal/zwgk/ndbg/">更多</'
            'a>'
            '</h4></div><div class="box col-6"><h4>法定主动公开内容<a class="more" href="/portal/zwgk/fdzdgknr/">更多</'
            'a>'
            '</h4></div></div>')))
        self.route(HOST, LIST, self.list_page)

    def page_of(self, title: str, date: str, content: str, summary: str) -> str:
        self.id += self.rng.randint(2, 40)
        path = f"{LIST}{self.id}.html"
        inner = (f'<ol class="breadcrumb"><li><a href="/portal/">首页</a></li><li><a href="/portal/zwgk/">政务公开</a><'
                 f'/li>'
                 f'<li><a href="{LIST}">政府信息公开年度报告</a></li></ol><h2 class="article-title">{escape(title)}</h2'
                 f'>'
                 f'<div class="article-meta">发布时间：{date}　浏览量：{self.rng.randint(40, 3000)}</div>'
                 f'<div class="article-body">{content}</div>')
        url = self.put(HOST, path, frame(title, inner))
        self.entries.append((path, title, date, summary))
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table class="table table-bordered">')
        url = self.page_of(doc.title, doc.published_date or "", content, doc.preamble[0][:40] if doc.preamble else "")
        self.report(SITE, url, doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        date = doc.published_date or ""
        path = f"/static/upload/file/{date.replace('-', '')}/{self.rng.randint(10**12, 10**13 - 1)}.{ext}"
        content = f'<p>{escape(doc.title)}，请点击下载：<a href="{path}">{escape(doc.title)}.{ext}</a></p>'
        url = self.page_of(doc.title, date, content, f"{doc.title}（附件）")
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, path, doc))
        else:
            self.report(SITE, url, doc, media_type=DOCX, report_url=self.put(HOST, path, render_docx(doc), DOCX))

    def notice(self, title: str, year: int, date: str) -> None:
        paras = decoy_text(title, OWNER, year, self.rng)
        self.decoy(SITE, self.page_of(title, date, "".join(plain_para(p, False) for p in paras), paras[0][:40]), title)

    def list_page(self, request: Request) -> Response:
        pages = -(-len(self.entries) // PER)
        raw = request.param("page", "1")
        page = int(raw) if raw.isdigit() and int(raw) > 0 else 1
        chunk = self.entries[(page - 1) * PER : page * PER]
        items = "".join(f'<div class="news-item"><h4><a href="{p}">{escape(t)}</a></h4><p class="summary">{escape(s)}</'
                        f'p>'
                        f'<span class="time">{d}</span></div>' for p, t, d, s in chunk)
        items = items or '<p class="empty">暂无内容</p>'

        def a(n: int, text: str) -> str:
            return f'<a class="page-num" href="{LIST}?page={n}">{text}</a>'

        current = f'<a class="page-num page-num-current" href="{LIST}?page={page}">{page}</a>'
        nums = "".join(current if n == page else a(n, str(n))
                       for n in range(1, pages + 1))
        bar = (f'<div class="pagebar"><span class="page-status">共{len(self.entries)}条 当前{page}/{pages}页</span>'
               f'<span class="page-index">{a(1, "首页")}</span><span class="page-pre">{a(max(page - 1, 1), "前一页")}</'
               f'span>'
               f'<span class="page-numbar">{nums}</span><span class="page-next">{a(min(page + 1, pages), "后一页")}</sp'
               f'an>'
               f'<span class="page-last">{a(pages, "尾页")}</span></div>')
        inner = (f'<ol class="breadcrumb"><li><a href="/portal/">首页</a></li><li><a href="/portal/zwgk/">政务公开</a><'
                 f'/li>'
                 f'<li>政府信息公开年度报告</li></ol><div class="news-list">{items}</div>{bar}')
        return Response(200, frame("政府信息公开年度报告", inner).encode())


PORTALS = [AutoXiekou]
