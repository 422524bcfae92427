"""蔓溪县 (www.manxi.gov.test), registered with ``cms: auto`` and only its home page: a county site on Halo (a
Java blog/CMS; no README family) whose 年报 category is a child of 信息公开 — home → ``/categories/xxgk`` (a
list of child categories) → ``/categories/zfxxgknb`` — paged by path as ``/categories/zfxxgknb/page/2``,
with posts at ``/archives/<slug>`` whose slugs are pinyin-ish words, not ids.

The category page lists five ``<article class="post-card">`` a page (``<h2 class="post-title"><a href=
"/archives/…">…</a></h2><time datetime="YYYY-MM-DDT09:00:00+08:00">``) under a theme pager ``<nav
class="pagination">`` of page numbers and 下一页 (no counts); ``/page/3`` is 404.  Posts: ``div.post-content``,
a "发布单位：…" first line, categories and tags below; the 财政局's 2024 report is a PDF under
``/upload/2025/01/<name>.pdf`` linked inside the content.  Chrome: a dark header with a 搜索 icon, a "关于本站"
footer with "Powered by Halo".

Reports (6): 蔓溪县人民政府 2021–2024, 蔓溪县财政局 2024 (PDF), 蔓溪县城南镇人民政府 2023.  Decoys (2):
蔓溪县2024年政府信息公开工作年度报告解读, 蔓溪县2024年度法治政府建设年度报告.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch22._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.manxi.gov.test"
SITE = "manxi-gov"
OWNER = "蔓溪县人民政府"
CAT = "/categories/zfxxgknb"
PER = 5


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="zh"><head><meta charset="UTF-8"><meta name="generator" content="Halo 2.12.0">'
        f'<title>{esc(title)}</title><link rel="stylesheet" href="/themes/theme-gov/assets/css/main.css"></head>'
        f'<body><header class="site-header"><a class="brand" href="/">蔓溪县人民政府</a><nav><a href="/">首页</a><a '
        f'href="/categories/xxgk">信息公开</a><a href="/categories/zwdt">政务动态</a>'
        f'<a href="/categories/bmfw">便民服务'
        f'</a></nav><a class="search" href="/search">搜索</a></header><main>{inner}</main><footer><p>关于本站：'
        f'蔓溪县人民政府办公室主办　网站标识码：9872090001</p><p>Powered by Halo</p></footer></body></html>'
    )


class AutoManxi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 178_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.posts: list[tuple[str, str, str]] = []
        for year, day in ((2021, 20), (2022, 26), (2023, 23), (2024, 24)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"蔓溪县{year}年政府信息公开工作年度报告"),
                         f"manxi-{year}-zfxxgk-ndbg")
        self.pdf(self.doc("蔓溪县财政局", 2024, "2025-01-17", "蔓溪县财政局2024年政府信息公开工作年度报告"))
        self.article(self.doc("蔓溪县城南镇人民政府", 2023, "2024-01-22", "城南镇2023年政府信息公开工作年度报告"),
                     "chengnanzhen-2023-ndbg")
        for slug, title, year, date in (("manxi-2024-ndbg-jiedu", "蔓溪县2024年政府信息公开工作年度报告解读", 2024,
                                         "2025-01-28"),
                                        ("manxi-2024-fzzfjs", "蔓溪县2024年度法治政府建设年度报告", 2024,
                                         "2025-03-25")):
            url = self.post(slug, title, date, "蔓溪县人民政府办公室", self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        posts = sorted(self.posts, key=lambda p: p[2], reverse=True)
        pages = [posts[i:i + PER] for i in range(0, len(posts), PER)]
        for k, chunk in enumerate(pages):
            self.put(HOST, CAT if k == 0 else f"{CAT}/page/{k + 1}", self.category(chunk, k + 1, len(pages)))
        home = ('<section class="hero"><h1>蔓溪县人民政府</h1></section><section class="news"><h2>政务动态</h2><ul>'
                '<li><a '
                'href="/archives/manxi-chunjie-2025">蔓溪县开展春节前安全生产大检查</a></li></ul></section>')
        self.put(HOST, "/", frame("蔓溪县人民政府", home))
        news = ('<article class="post"><h1 class="post-title">蔓溪县开展春节前安全生产大检查</h1>'
                '<div class="post-content">'
                '<p>连日来，蔓溪县组织应急、住建、市场监管等部门开展春节前安全生产大检查。</p></div></article>')
        self.put(HOST, "/archives/manxi-chunjie-2025",
                 frame("蔓溪县开展春节前安全生产大检查 - 蔓溪县人民政府", news))
        xxgk = ('<h1 class="cat-title">信息公开</h1><ul class="cat-children"><li><a href="/categories/xxgkzn">'
                '政府信息公开指南</a></li><li><a href="/categories/xxgkzd">政府信息公开制度</a></li><li><a '
                f'href="{CAT}">政府信息公开年报</a></li><li><a href="/categories/fdzdgk">法定主动公开内容</a></li>'
                f'</ul>')
        self.put(HOST, "/categories/xxgk", frame("信息公开 - 蔓溪县人民政府", xxgk))

    def post(self, slug: str, title: str, date: str, unit: str, content: str) -> str:
        inner = (f'<article class="post"><h1 class="post-title">{esc(title)}</h1><div class="post-meta"><time '
                 f'datetime="{date}T09:00:00+08:00">{date}</time></div><div class="post-content">'
                 f'<p>发布单位：{esc(unit)}'
                 f'</p>{content}</div><div class="post-cats">分类：<a href="{CAT}">政府信息公开年报</a></div>'
                 f'</article>')
        url = self.put(HOST, f"/archives/{slug}", frame(f"{title} - 蔓溪县人民政府", inner))
        self.posts.append((f"/archives/{slug}", title, date))
        return url

    def article(self, doc: ReportDoc, slug: str) -> None:
        url = self.post(slug, doc.title, doc.published_date or "", doc.agency_name, self.body(doc))
        self.report(SITE, url, doc)

    def pdf(self, doc: ReportDoc) -> None:
        path = f"/upload/2025/01/czj-2024-ndbg-{self.rng.randrange(10**6):06d}.pdf"
        content = f'<p>全文下载：<a href="{path}" target="_blank">{esc(doc.title)}.pdf</a></p>'
        url = self.post("czj-2024-zfxxgk-ndbg", doc.title, doc.published_date or "", doc.agency_name, content)
        file = self.attach(HOST, path, doc, "pdf")
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=file)

    def category(self, chunk: list[tuple[str, str, str]], n: int, pages: int) -> str:
        cards = "".join(f'<article class="post-card"><h2 class="post-title"><a href="{h}">{esc(t)}</a></h2><time '
                        f'datetime="{d}T09:00:00+08:00">{d}</time></article>' for h, t, d in chunk)

        def link(j: int) -> str:
            return CAT if j == 1 else f"{CAT}/page/{j}"

        nums = "".join(f'<span class="current">{j}</span>' if j == n else f'<a href="{link(j)}">{j}</a>'
                       for j in range(1, pages + 1))
        prev = f'<a class="prev" href="{link(n - 1)}">上一页</a>' if n > 1 else ""
        nxt = f'<a class="next" href="{link(n + 1)}">下一页</a>' if n < pages else ""
        inner = (f'<h1 class="cat-title">政府信息公开年报</h1><p class="cat-parent">上级分类：'
                 f'<a href="/categories/xxgk">'
                 f'信息公开</a></p><div class="post-list">{cards}</div><nav class="pagination">{prev}{nums}{nxt}</nav>')
        return frame("政府信息公开年报 - 蔓溪县人民政府", inner)


PORTALS = [AutoManxi]
