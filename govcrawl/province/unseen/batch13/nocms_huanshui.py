"""澴水县 (www.huanshui.gov.test): a WordPress site (no README family), registered without ``cms``;
its 年报 category pages as ``/category/zfxxgk/ndbg/page/N/`` and its posts carry the reports mostly as
Word attachments with tables, the text of the post only a short note.

``/category/zfxxgk/ndbg/`` (the theme's archive): "本栏目共 11 篇" in ``div.archive-meta``, then
``<article class="post type-post">`` blocks (``<h2 class="entry-title"><a href=… rel="bookmark">``,
``<time class="entry-date" datetime="…+08:00">``, an excerpt "…[…]"), four a page, newest first; the
pager is WordPress's ``<nav class="navigation pagination">`` with ``<a class="page-numbers"
href="http://www.huanshui.gov.test/category/zfxxgk/ndbg/page/2/">`` links and ``<a class="next
page-numbers">下一页 »</a>``.  ``/page/1/`` 301-redirects to the category; a page past the end is the
theme's 404.  Posts are ``/archives/<id>`` (plain permalinks off, numeric); the body in
``div.entry-content``; ``<link rel="shortlink" href="/?p=<id>">``.

The county's 2021, 2023 and 2024 reports and the 林业局's 2024 are ``.docx`` files linked from the post
(``/wp-content/uploads/<YYYY>/<MM>/<slug>.docx``, link text "点击下载"); the county's 2022 is a PDF
shown through the ``wp-block-file`` block; 2019–2020 are HTML in the post (old template).  Reports:
澴水县人民政府 2019–2024, 澴水县林业局 2023–2024 ("县林业局…") — 8.  Decoys: 政府信息公开指南（2024年版）,
2023年度部门决算, 2024年政务公开工作要点.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Response
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

HOST = "www.huanshui.gov.test"
SITE = "huanshui-gov"
OWNER = "澴水县人民政府"
CAT = "/category/zfxxgk/ndbg/"
PER_PAGE = 4
LYJ = "澴水县林业局"


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="UTF-8"><meta name="generator" content="WordPress '
        '6.4.3">'
        f'{head}<title>{escape(title)} &#8211; 澴水县人民政府</title><link rel="stylesheet" id="hs-theme-css" href='
        f'"/wp-content/'
        'themes/hsgov/style.css?ver=2.1" media="all"></head><body class="wp-theme-hsgov"><header class="site-header'
        '"><p '
        'class="site-title"><a href="/" rel="home">澴水县人民政府</a></p><nav class="main-navigation"><ul class="menu">'
        '<li class="menu-item"><a href="/">首页</a></li><li class="menu-item"><a href="/category/zfxxgk/">政府信息'
        '公开</a>'
        '</li><li class="menu-item"><a href="/category/zwfw/">政务服务</a></li></ul></nav></header><main id="main" '
        'class='
        f'"site-main">{inner}</main><footer class="site-footer">澴水县人民政府办公室主办　网站标识码：9861710011　'
        f'未ICP备'
        '19007731号<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script></footer></body></html>'
    )


class NocmsHuanshui(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.post_id = 2_310
        self.posts: list[tuple[str, str, str, str]] = []  # url, title, date, excerpt
        for year, date in ((2019, "2020-01-22"), (2020, "2021-01-26")):
            self.html(make_doc(rng, OWNER, year, date, version="v2019"))
        for year, date in ((2021, "2022-01-25"), (2023, "2024-01-25"), (2024, "2025-01-23")):
            self.attached(make_doc(rng, OWNER, year, date), "docx")
        self.attached(make_doc(rng, OWNER, 2022, "2023-01-19"), "pdf")
        self.html(make_doc(rng, LYJ, 2023, "2024-01-17", title="县林业局2023年政府信息公开工作年度报告"))
        self.attached(make_doc(rng, LYJ, 2024, "2025-01-16", title="县林业局2024年政府信息公开工作年度报告"), "docx")
        self.notice("澴水县政府信息公开指南（2024年版）", 2024, "2024-05-08")
        self.notice("澴水县林业局2023年度部门决算", 2023, "2024-08-26")
        self.notice("澴水县2024年政务公开工作要点", 2024, "2024-04-02")
        self.posts.sort(key=lambda p: p[2], reverse=True)
        pages = -(-len(self.posts) // PER_PAGE)
        for n in range(1, pages + 1):
            self.put(HOST, CAT if n == 1 else f"{CAT}page/{n}/", self.archive(n, pages))
        self.route(HOST, f"{CAT}page/1/", lambda r: Response(301, b"", None, {"Location": f"http://{HOST}{CAT}"}))

    def page_of(self, title: str, date: str, content: str, excerpt: str) -> str:
        self.post_id += self.rng.randint(4, 120)
        inner = (f'<article id="post-{self.post_id}" class="post-{self.post_id} post type-post status-publish"><header '
                 f'class="entry-header"><h1 class="entry-title">{escape(title)}</h1><div class="entry-meta"><time c'
                 f'lass='
                 f'"entry-date published" datetime="{date}T09:12:00+08:00">{date}</time> <span class="cat-links">'
                 f'<a href="{CAT}" rel="category tag">政府信息公开年报</a></span></div></header><div class="entry-c'
                 f'ontent">'
                 f"{content}</div></article>")
        url = self.put(HOST, f"/archives/{self.post_id}", frame(title, inner, f'<link rel="shortlink" href="http:/'
            f'/{HOST}'
                                                                               f'/?p={self.post_id}">'))
        self.posts.append((url, title, date, excerpt))
        return url

    def html(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<figure class="wp-block-table"><table>').replace(
            "</table>", "</table></figure>")
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, doc.preamble[0][:60]), doc)

    def attached(self, doc: ReportDoc, ext: str) -> None:
        date = doc.published_date or ""
        path = f"/wp-content/uploads/{date[:4]}/{date[5:7]}/{doc.year}nb-{self.rng.randint(100, 999)}.{ext}"
        if ext == "pdf":
            content = (f'<div class="wp-block-file"><object class="wp-block-file__embed" data="{path}" type="applic'
                f'ation/'
                       f'pdf" style="width:100%;height:600px"></object><a href="{path}">{escape(doc.title)}</a><a h'
                       f'ref="'
                       f'{path}" class="wp-block-file__button" download>下载</a></div>')
            report_url = self.put_pdf(HOST, path, doc)
        else:
            content = f'<p>{escape(doc.title)}全文请见附件。</p><p>附件：<a href="{path}">点击下载</a></p>'
            report_url = self.put(HOST, path, render_docx(doc), DOCX)
        url = self.page_of(doc.title, date, content, f"{doc.title}全文请见附件。")
        self.report(SITE, url, doc, media_type=PDF if ext == "pdf" else DOCX, report_url=report_url)

    def notice(self, title: str, year: int, date: str) -> None:
        paras = decoy_text(title, OWNER, year, self.rng)
        self.decoy(SITE, self.page_of(title, date, "".join(plain_para(p, False) for p in paras), paras[0][:60]), title)

    def archive(self, n: int, pages: int) -> str:
        chunk = self.posts[(n - 1) * PER_PAGE : n * PER_PAGE]
        arts = "".join(
            f'<article class="post type-post"><h2 class="entry-title"><a href="{u}" rel="bookmark">{escape(t)}</a></h2>'
            f'<time class="entry-date" datetime="{d}T09:12:00+08:00">{d}</time><div class="entry-summary"><p>'
            f"{escape(e)} [&hellip;]</p></div></article>" for u, t, d, e in chunk)

        def link(k: int) -> str:
            return f"http://{HOST}{CAT}" + ("" if k == 1 else f"page/{k}/")

        nums = "".join(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == n else
                       f'<a class="page-numbers" href="{link(k)}">{k}</a>' for k in range(1, pages + 1))
        prev = f'<a class="prev page-numbers" href="{link(n - 1)}">« 上一页</a>' if n > 1 else ""
        nxt = f'<a class="next page-numbers" href="{link(n + 1)}">下一页 »</a>' if n < pages else ""
        inner = (f'<header class="page-header"><h1 class="page-title">分类：政府信息公开年报</h1><div class="archiv'
            f'e-meta">'
                 f'本栏目共 {len(self.posts)} 篇</div></header>{arts}<nav class="navigation pagination" aria-label='
                 f'"文章分页">'
                 f'<div class="nav-links">{prev}{nums}{nxt}</div></nav>')
        return frame("政府信息公开年报", inner)


PORTALS = [NocmsHuanshui]
