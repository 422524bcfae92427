"""硖口县 (www.xiakou.gov.test): a county site on JPress (a Java CMS; no README family), registered
with ``cms: auto`` and only its home page; the 年报 category is two clicks away, groups each page's
rows under year headings (the rows carry only month and day) and pages as ``<slug>-N.html``.

The home page's nav links 信息公开 to ``/article/category/xxgk.html``, a category page of sub-category
boxes (公开指南, 公开制度, 法定主动公开内容, 政府信息公开年报) whose 年报 box's "更多" links
``/article/category/zfxxgknb.html``.  That category lists four articles a page, grouped by the year of
publication: ``<h4 class="year-title">2025年</h4><ul class="art-list"><li><a href="/article/<id>.html">…
</a><time>01-22</time></li>…``.  The pager is JPress's Bootstrap ``ul.pagination`` (上一页, numbers,
下一页) over ``zfxxgknb-2.html``, ``zfxxgknb-3.html``, after a "共 11 篇" line; past the end: "暂无内容".
Articles ``/article/<id>.html`` put the body in ``div.article-content`` under a "来源：… 发布时间：…
阅读：…" line; JPress attachments are ``/attachment/<yyyyMMdd>/<32 hex>.pdf``.  The 2020 county report
is a stub whose PDF is linked from the body.

Reports (8): 硖口县人民政府 2019–2024 (2019–2020 old template; 2020 a PDF), 硖口县林业局 2024, 硖口县硖石乡
人民政府 2023 ("硖石乡2023年度…").  Decoys (3): 硖口县2024年度政府信息公开工作年度报告图解, 2024年硖口县国民
经济和社会发展统计公报, 硖口县人民政府2022年度法治政府建设年度报告.
"""

from __future__ import annotations

import hashlib
import random
from html import escape

from govcrawl.province.unseen.kit import PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.xiakou.gov.test"
SITE = "xiakou-gov"
OWNER = "硖口县人民政府"
SLUG = "zfxxgknb"
PER = 4


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
        'width, initial-scale=1, shrink-to-fit=no"><meta name="SiteName" content="硖口县人民政府"><meta name="SiteDom'
        'ain"'
        ' content="www.xiakou.gov.test"><meta name="SiteIDCode" content="9868080007"><meta name="generator" content="'
        f'JPress">{head}<title>{escape(title)}</title><link rel="stylesheet" href="/templates/xkgov/css/bootstrap.'
        'min.css"></head><body><div class="topbar"><div class="container"><a href="javascript:;" class="jt">繁體'
        '</a> <a href="javascript:;" class="wza">无障碍</a> <a href="javascript:;">关怀模式</a></div></div><nav class="'
        'navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="/"><img src="/templates/xkgov/'
        'img/logo.png" alt="硖口县人民政府"></a><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href='
        '"/">'
        '首页</a></li><li class="nav-item"><a class="nav-link" href="/article/category/xwzx.html">新闻中心</a></li><li '
        'class="nav-item"><a class="nav-link" href="/article/category/xxgk.html">信息公开</a></li><li class="nav-item">'
        '<a class="nav-link" href="/article/category/zwfw.html">政务服务</a></li></ul></div></nav><main class="'
        f'container">{inner}</main><footer class="footer"><div class="container"><p>主办：硖口县人民政府办公室</p><p>'
        '网站'
        '标识码：9868080007 | 未ICP备20003317号-1</p></div></footer></body></html>'
    )


class AutoXiakou(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 128_000
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-21"), (2021, "2022-01-26"), (2022, "2023-01-18"), (2023, "2024-01-24"),
                           (2024, "2025-01-22")):
            self.article(self.doc(OWNER, year, date, f"硖口县{year}年政府信息公开工作年度报告"), "县政府办")
        self.attached(self.doc(OWNER, 2020, "2021-01-26", "硖口县2020年政府信息公开工作年度报告"))
        self.article(self.doc("硖口县林业局", 2024, "2025-01-16", "硖口县林业局2024年政府信息公开工作年度报告"),
                     "县林业局")
        self.article(self.doc("硖口县硖石乡人民政府", 2023, "2024-01-19", "硖石乡2023年度政府信息公开工作年度报告"),
                     "硖石乡")
        self.notice("硖口县2024年度政府信息公开工作年度报告图解", 2024, "2025-01-23")
        self.notice("2024年硖口县国民经济和社会发展统计公报", 2024, "2025-04-01")
        self.notice("硖口县人民政府2022年度法治政府建设年度报告", 2022, "2023-03-27")
        rows = sorted(self.rows, key=lambda r: r[2], reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for k, chunk in enumerate(pages, start=1):
            self.put(HOST, f"/article/category/{SLUG}" + ("" if k == 1 else f"-{k}") + ".html",
                     self.list_page(chunk, k, len(pages), len(rows)))
        self.put(HOST, f"/article/category/{SLUG}-{len(pages) + 1}.html", frame(
            "政府信息公开年报-硖口县人民政府", '<div class="empty">暂无内容</div>'))
        self.put(HOST, "/index.html", frame("硖口县人民政府", '<section class="news"><h3>硖口要闻</h3><ul><li><a href'
            '="/'
                                            'article/category/xwzx.html">更多要闻</a></li></ul></section><section '
                                            'class="quick"><a href="/article/category/xxgk.html">政府信息公开</a><a '
                                            'href="/article/category/zwfw.html">办事服务</a></section>'))
        boxes = "".join(f'<div class="col-md-6"><div class="card"><div class="card-header">{n}<a class="float-right" '
                        f'href="/article/category/{s}.html">更多</a></div></div></div>' for n, s in (
                            ("政府信息公开指南", "gkzn"), ("政府信息公开制度", "gkzd"), ("法定主动公开内容", "fdzdgk"),
                            ("政府信息公开年报", SLUG)))
        self.put(HOST, "/article/category/xxgk.html",
                 frame("信息公开-硖口县人民政府", f'<div class="row">{boxes}</div>'))

    def doc(self, agency: str, year: int, date: str, title: str) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    def page_of(self, title: str, date: str, content: str, source: str) -> str:
        self.id += self.rng.randint(2, 35)
        path = f"/article/{self.id}.html"
        inner = (
            '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">首页</a></li>'
            '<li class="breadcrumb-item"><a href="/article/category/xxgk.html">信息公开</a></li><li class="breadcrumb-'
            f'item"><a href="/article/category/{SLUG}.html">政府信息公开年报</a></li></ol></nav><article><h1 class="'
            f'article-title">{escape(title)}</h1><div class="article-meta">来源：{escape(source)} 发布时间：{date} 阅'
            '读：'
            f'{self.rng.randint(80, 2400)}</div><div class="article-content">{content}</div></article>'
        )
        head = f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
        url = self.put(HOST, path, frame(f"{title}-硖口县人民政府", inner, head))
        self.rows.append((path, title, date))
        return url

    def article(self, doc: ReportDoc, source: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table class="table table-bordered">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, source), doc)

    def attached(self, doc: ReportDoc) -> None:
        stamp = (doc.published_date or "").replace("-", "")
        path = f"/attachment/{stamp}/{hashlib.md5(doc.title.encode()).hexdigest()}.pdf"
        self.put_pdf(HOST, path, doc)
        content = f'<p>点击下载：<a href="{path}" target="_blank">{escape(doc.title)}.pdf</a></p>'
        url = self.page_of(doc.title, doc.published_date or "", content, "县政府办")
        self.report(SITE, url, doc, media_type=PDF, report_url=f"http://{HOST}{path}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "县政府办"), title)

    def list_page(self, chunk: list[tuple[str, str, str]], k: int, pages: int, total: int) -> str:
        groups: list[str] = []
        for year in sorted({d[:4] for _, _, d in chunk}, reverse=True):
            items = "".join(f'<li><a href="{h}" title="{escape(t)}">{escape(t)}</a><time>{d[5:]}</time></li>'
                            for h, t, d in chunk if d[:4] == year)
            groups.append(f'<h4 class="year-title">{year}年</h4><ul class="art-list">{items}</ul>')

        def href(j: int) -> str:
            return f"/article/category/{SLUG}" + ("" if j == 1 else f"-{j}") + ".html"

        li = [f'<li class="page-item"><a class="page-link" href="{href(k - 1)}">上一页</a></li>' if k > 1 else
              '<li class="page-item disabled"><span class="page-link">上一页</span></li>']
        li += [f'<li class="page-item active"><span class="page-link">{j}</span></li>' if j == k else
               f'<li class="page-item"><a class="page-link" href="{href(j)}">{j}</a></li>' for j in range(1, pages + 1)]
        li.append(f'<li class="page-item"><a class="page-link" href="{href(k + 1)}">下一页</a></li>' if k < pages else
                  '<li class="page-item disabled"><span class="page-link">下一页</span></li>')
        inner = (
            '<div class="row"><aside class="col-md-3"><div class="list-group"><a class="list-group-item" href="/artic'
            'le/'
            'category/gkzn.html">政府信息公开指南</a><a class="list-group-item" href="/article/category/gkzd.html">政'
            '府信息'
            f'公开制度</a><a class="list-group-item active" href="/article/category/{SLUG}.html">政府信息公开年报</a>'
            '</div>'
            f'</aside><div class="col-md-9"><h3>政府信息公开年报</h3>{"".join(groups)}<p class="total">共 {total} 篇<'
            '/p>'
            f'<nav><ul class="pagination">{"".join(li)}</ul></nav></div></div>'
        )
        return frame("政府信息公开年报-硖口县人民政府", inner)


PORTALS = [AutoXiakou]
