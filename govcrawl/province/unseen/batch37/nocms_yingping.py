"""瀛坪市工业和信息化局 (gxj.yingping.gov.test), registered with no ``cms`` and only its home page ``/``: a city bureau
site built with Docusaurus 2 (a React static site generator; no README family), UTF-8, ``<meta name="generator"
content="Docusaurus v2.4.3">``, hashed assets ``/assets/css/styles.5c1f3e2a.css`` and ``/assets/js/main.8d2b41c7.js``;
its 信息公开年报 column is the Docusaurus blog plugin mounted at ``/nianbao`` (extensionless URLs, no trailing slash).

Path: home ``/`` (a ``<nav class="navbar">`` with ``<a class="navbar__item navbar__link" href="/nianbao">``
信息公开年报 and a hero ``<a class="button button--primary" href="/nianbao">``) → the blog list ``/nianbao`` →
``/nianbao/page/2`` → ``/nianbao/page/3`` (Docusaurus' blog list pagination, ``postsPerPage: 4``).  Posts are
``/nianbao/<yyyy>/<mm>/<dd>/<slug>`` (the date of the post's file name, an ASCII slug, e.g.
``/nianbao/2024/01/22/gxj-2023``).

List markup: ``<main class="col col--7" itemscope itemtype="http://schema.org/Blog">`` of ``<article class=
"margin-bottom--xl" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">`` items, each a ``<header>``
with ``<h2 class="title_f1Hy" itemprop="headline"><a itemprop="url" href="…">title</a></h2>``, a ``<time
datetime="2024-01-22T00:00:00.000Z" itemprop="datePublished">2024年1月22日</time>`` and an author block (``<span
itemprop="name">`` = the publishing unit), then the truncated excerpt and ``<a aria-label="阅读 …的全文" href="…">
<b>阅读更多</b></a>``.  Pager: ``<nav class="pagination-nav" aria-label="博客列表分页导航">`` holding
``<a class="pagination-nav__link pagination-nav__link--prev">``
(``<div class="pagination-nav__label">较新的文章</div>``) and ``…--next`` (较旧的文章) links; no page numbers,
no count.  A left ``<aside class="col col--3">`` sidebar
"最近文章" links the 5 newest posts (Docusaurus' ``blogSidebarCount``).

Posts: ``<article itemprop="blogPost">`` with ``<h1 class="title_f1Hy" itemprop="headline">``, the date, the author
block (发布单位 = ``<span itemprop="name">`` with
``<small class="avatar__subtitle" itemprop="description">发布单位</small>``) and the body in
``<div id="__blog-post-container" class="markdown" itemprop="articleBody">``; a post ``<nav
class="pagination-nav">`` to the neighbouring posts.  The 2023 report's post has one line and a link to the PDF in
the site's static files ``/assets/files/2023ndbg-6e1d7c0a.pdf``.  The 市中小企业服务中心 post's author is
瀛坪市中小企业服务中心.  Chrome: navbar (首页, 信息公开年报, 无障碍 ``/wza``), footer ``<footer class="footer
footer--dark">`` with 主办单位, 网站标识码, ICP.

Reports (7): 瀛坪市工业和信息化局 2019, 2020, 2021, 2022, 2023 (PDF), 2024; 瀛坪市中小企业服务中心 2022.
Decoys (3): 瀛坪市工业和信息化局2023年度部门决算, 瀛坪市工业和信息化局2022年法治政府建设年度报告,
瀛坪市工业和信息化局2024年度政府网站工作年度报表.
Other posts (0).
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch37._site import MEDIA, Site, esc

HOST = "gxj.yingping.gov.test"
SITE = "yingping-gxj"
OWNER = "瀛坪市工业和信息化局"
BLOG = "/nianbao"
PER = 4


def page(title: str, main: str, aside: str = "") -> str:
    return (
        '<!doctype html>\n<html lang="zh-Hans" dir="ltr" class="blog-wrapper plugin-blog plugin-id-default">\n<head>\n'
        '<meta charset="UTF-8">\n<meta name="generator" content="Docusaurus v2.4.3">\n'
        f'<title data-rh="true">{esc(title)} | 瀛坪市工业和信息化局</title>\n'
        '<link rel="stylesheet" href="/assets/css/styles.5c1f3e2a.css">\n'
        '<script src="/assets/js/main.8d2b41c7.js" defer="defer"></script>\n</head>\n'
        '<body class="navigation-with-keyboard">\n'
        '<div id="__docusaurus"><div role="region" aria-label="跳到主要内容"><a class="skipToContent_fXgn" '
        'href="#__docusaurus_skipToContent_fallback">跳到主要内容</a></div>\n'
        '<nav aria-label="主导航" class="navbar navbar--fixed-top"><div class="navbar__inner">'
        '<div class="navbar__items">'
        '<a class="navbar__brand" href="/"><b class="navbar__title text--truncate">瀛坪市工业和信息化局</b></a>'
        '<a class="navbar__item navbar__link" href="/">首页</a>'
        f'<a class="navbar__item navbar__link" href="{BLOG}">信息公开年报</a></div>'
        '<div class="navbar__items navbar__items--right"><a class="navbar__item navbar__link" href="/wza">无障碍</a>'
        '</div></div></nav>\n'
        '<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0">'
        f'<div class="container margin-vert--lg"><div class="row">{aside}{main}</div></div></div>\n'
        '<footer class="footer footer--dark"><div class="container container-fluid"><div class="footer__bottom '
        'text--center"><div class="footer__copyright">主办单位：瀛坪市工业和信息化局　网站标识码：9887100015<br>'
        '未ICP备09027365号-3　Copyright © 2025 瀛坪市工业和信息化局</div></div></div></footer></div>\n'
        '</body>\n</html>\n'
    )


def cn_date(date: str) -> str:
    y, m, d = date.split("-")
    return f"{y}年{int(m)}月{int(d)}日"


def author(agency: str) -> str:
    return ('<div class="margin-top--md margin-bottom--sm row"><div class="col col--6 authorCol_Hf19">'
            '<div class="avatar margin-bottom--sm"><div class="avatar__intro" itemprop="author" itemscope '
            f'itemtype="https://schema.org/Person"><div class="avatar__name"><span itemprop="name">{esc(agency)}</span>'
            '</div><small class="avatar__subtitle" itemprop="description">发布单位</small></div></div></div></div>')


def when(date: str) -> str:
    return (f'<div class="container_mt6G margin-vert--md"><time datetime="{date}T00:00:00.000Z" '
            f'itemprop="datePublished">{cn_date(date)}</time></div>')


class NocmsYingping(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 327_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.posts: list[tuple[str, str, str, str, str]] = []  # date, path, title, agency, content
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-25"), (2021, "2022-01-26"), (2022, "2023-01-20")):
            doc = self.doc(OWNER, year, date, f"瀛坪市工业和信息化局{year}年政府信息公开工作年度报告")
            self.report(SITE, self.post(f"gxj-{year}", doc.title, date, OWNER, self.body(doc, word=year == 2020)), doc)
        doc = self.doc(OWNER, 2023, "2024-01-22", "瀛坪市工业和信息化局2023年政府信息公开工作年度报告")
        pdf = "/assets/files/2023ndbg-6e1d7c0a.pdf"
        self.attach(HOST, pdf, doc, "pdf", "2023ndbg-6e1d7c0a.pdf")
        url = self.post("gxj-2023", doc.title, "2024-01-22", OWNER,
                        f'<p>本局2023年政府信息公开工作年度报告全文请查阅：<a href="{pdf}" target="_blank">'
                        f'{esc(doc.title)}（PDF）</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=f"http://{HOST}{pdf}")
        doc = self.doc(OWNER, 2024, "2025-01-24", "瀛坪市工业和信息化局2024年政府信息公开工作年度报告")
        self.report(SITE, self.post("gxj-2024", doc.title, "2025-01-24", OWNER, self.body(doc)), doc)
        agency = "瀛坪市中小企业服务中心"
        doc = self.doc(agency, 2022, "2023-01-30", "市中小企业服务中心2022年度政府信息公开工作年度报告")
        self.report(SITE, self.post("zxqyfwzx-2022", doc.title, "2023-01-30", agency, self.body(doc)), doc)
        for slug, title, year, date in (
                ("bmjs-2023", "瀛坪市工业和信息化局2023年度部门决算", 2023, "2024-08-30"),
                ("fzzf-2022", "瀛坪市工业和信息化局2022年法治政府建设年度报告", 2022, "2023-02-20"),
                ("wzbb-2024", "瀛坪市工业和信息化局2024年度政府网站工作年度报表", 2024, "2025-01-15")):
            self.decoy(SITE, self.post(slug, title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.publish()

    def post(self, slug: str, title: str, date: str, agency: str, content: str) -> str:
        self.next_id(3, 30)
        y, m, d = date.split("-")
        path = f"{BLOG}/{y}/{m}/{d}/{slug}"
        self.posts.append((date, path, title, agency, content))
        return f"http://{HOST}{path}"

    def publish(self) -> None:
        self.posts.sort(reverse=True)
        recent = "".join(f'<li class="sidebarItem__DBe"><a class="sidebarItemLink_mo7H" href="{p}">{esc(t)}</a></li>'
                         for _, p, t, _, _ in self.posts[:5])
        aside = ('<aside class="col col--3"><nav class="sidebar_re4s thin-scrollbar" aria-label="最近博文导航">'
                 f'<div class="sidebarItemTitle_pO2u margin-bottom--md">最近文章</div><ul class="sidebarItemList_Yudw '
                 f'clean-list">{recent}</ul></nav></aside>')
        for i, (date, path, title, agency, content) in enumerate(self.posts):
            newer = self.posts[i - 1] if i > 0 else None
            older = self.posts[i + 1] if i + 1 < len(self.posts) else None
            links = []
            if newer:
                links.append(f'<a class="pagination-nav__link pagination-nav__link--prev" href="{newer[1]}">'
                             f'<div class="pagination-nav__sublabel">较新一篇</div><div class="pagination-nav__label">'
                             f'{esc(newer[2])}</div></a>')
            if older:
                links.append(f'<a class="pagination-nav__link pagination-nav__link--next" href="{older[1]}">'
                             f'<div class="pagination-nav__sublabel">较旧一篇</div><div class="pagination-nav__label">'
                             f'{esc(older[2])}</div></a>')
            main = ('<main class="col col--7" itemscope itemtype="http://schema.org/Blog"><article itemprop="blogPost" '
                    f'itemscope itemtype="http://schema.org/BlogPosting"><header><h1 class="title_f1Hy" '
                    f'itemprop="headline">{esc(title)}</h1>{when(date)}{author(agency)}</header>'
                    f'<div id="__blog-post-container" class="markdown" itemprop="articleBody">{content}</div></article>'
                    f'<nav class="pagination-nav docusaurus-mt-lg" aria-label="博文分页导航">{"".join(links)}</nav>'
                    '</main>')
            self.put(HOST, path, page(title, main, aside))
        pages = (len(self.posts) + PER - 1) // PER
        for n in range(1, pages + 1):
            chunk = self.posts[(n - 1) * PER:n * PER]
            arts = "".join(
                '<article class="margin-bottom--xl" itemprop="blogPost" itemscope '
                'itemtype="http://schema.org/BlogPosting"><header><h2 class="title_f1Hy" itemprop="headline">'
                f'<a itemprop="url" href="{p}">{esc(t)}</a></h2>{when(d)}{author(a)}</header>'
                f'<div class="markdown" itemprop="articleBody"><p>{esc(t)}已发布。</p></div>'
                '<footer class="row docusaurus-mt-lg"><div class="col text--right">'
                f'<a aria-label="阅读 {esc(t)} 的全文" href="{p}"><b>阅读更多</b></a></div></footer></article>'
                for d, p, t, a, _ in chunk)

            def at(k: int) -> str:
                return BLOG if k == 1 else f"{BLOG}/page/{k}"

            nav = ""
            if n > 1:
                nav += (f'<div class="pagination-nav__item"><a class="pagination-nav__link pagination-nav__link--prev" '
                        f'href="{at(n - 1)}"><div class="pagination-nav__label">« 较新的文章</div></a></div>')
            if n < pages:
                nav += (f'<div class="pagination-nav__item pagination-nav__item--next"><a class="pagination-nav__link '
                        f'pagination-nav__link--next" href="{at(n + 1)}"><div class="pagination-nav__label">'
                        '较旧的文章 »</div></a></div>')
            main = ('<main class="col col--7" itemscope itemtype="http://schema.org/Blog">'
                    f'{arts}<nav class="pagination-nav" aria-label="博客列表分页导航">{nav}</nav></main>')
            self.put(HOST, at(n), page("信息公开年报", main, aside))
        hero = ('<main class="col col--12"><header class="hero hero--primary"><div class="container">'
                '<h1 class="hero__title">瀛坪市工业和信息化局</h1>'
                '<p class="hero__subtitle">推进新型工业化　建设制造强市</p>'
                f'<a class="button button--secondary button--lg" href="{BLOG}">信息公开年报</a></div></header></main>')
        self.put(HOST, "/", page("首页", hero))
        self.put(HOST, "/wza", page("无障碍", '<main class="col col--12"><p>本站支持键盘导航与读屏软件。</p></main>'))
        self.put(HOST, "/assets/css/styles.5c1f3e2a.css", ".navbar{height:3.75rem}", "text/css")
        self.put(HOST, "/assets/js/main.8d2b41c7.js", "/*! docusaurus */", "application/javascript")


PORTALS = [NocmsYingping]
