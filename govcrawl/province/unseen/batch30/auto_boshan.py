"""嶓山县 (www.boshan.gov.test), registered ``cms: auto`` with only its home page: a county site on Ghost 5 (a Node
blogging CMS; no README family — ``<meta name="generator" content="Ghost 5.82">``) with a Chinese theme.  The home
page's nav (Ghost's ``{{navigation}}``: ``<ul class="nav"><li class="nav-zheng-wu-gong-kai">…``) links the 政务公开
*page* ``/zwgk/`` (a Ghost static page whose body is a link list); its "政府信息公开年报" links the *tag* archive
``/tag/zfxxgknb/``, paged the Ghost way: ``/tag/zfxxgknb/page/2/``, ``/tag/zfxxgknb/page/3/``, five posts a page,
newest first.  Pager: the theme's ``{{pagination}}`` — ``<nav class="pagination" role="navigation"><a
class="newer-posts" href="…">&larr; 较新文章</a> <span class="page-number">第 2 页，共 3 页</span> <a
class="older-posts" href="…/page/3/">较早文章 &rarr;</a></nav>`` (no numbered links) — plus ``{{ghost_head}}``'s
``<link rel="prev">`` / ``<link rel="next">`` in the head.

Rows: Ghost post cards ``<article class="post-card post tag-zfxxgknb"><div class="post-card-content"><a
class="post-card-content-link" href="/<slug>/"><header class="post-card-header"><div class="post-card-primary-tag">
政府信息公开年报</div><h2 class="post-card-title">…</h2></header><div class="post-card-excerpt">…</div></a><footer
class="post-card-meta"><time datetime="2025-01-18">2025年1月18日</time>…</footer></div></article>``.  Posts at
``/<slug>/`` (pinyin slugs): ``<h1 class="article-title">``, a byline with the publishing unit, body in
``<section class="gh-content gh-canvas">``.  The 2021 report is a DOCX in a Ghost *file card* (``<div
class="kg-card kg-file-card"><a class="kg-file-card-container" href="/content/files/2022/01/…docx" download>``);
the 教育局's report is titled "县教育局…", its full name in the byline 发布单位; the 石砭镇 report likewise.
Chrome: a gov top bar (无障碍 / 长者模式), footer with 主办单位, 网站标识码, ICP and a 公安备案 line.

Reports (8): 嶓山县人民政府 2019, 2020, 2021 (DOCX), 2022, 2023, 2024; 嶓山县教育局 2023; 嶓山县石砭镇人民政府
2024.  Decoys (3): 嶓山县2024年政府信息公开工作年度报告解读, 嶓山县人民政府2023年度部门决算,
关于报送2024年度政府信息公开工作年度报告的函.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch30._site import MEDIA, Site, esc

HOST = "www.boshan.gov.test"
SITE = "boshan-gov"
OWNER = "嶓山县人民政府"
TAG = "/tag/zfxxgknb/"
PER = 5
MONTH_CN = "{y}年{m}月{d}日"


def cn_date(date: str) -> str:
    return MONTH_CN.format(y=date[:4], m=int(date[5:7]), d=int(date[8:10]))


def frame(title: str, inner: str, body_class: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
        f'content="IE=edge"><title>{esc(title)}</title><meta name="HandheldFriendly" content="True">'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">'
        '<meta name="SiteName" content="嶓山县人民政府"><meta name="SiteIDCode" content="9880090001">'
        '<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=3c1d2a7f90">'
        f'{head}<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" '
        'title="嶓山县人民政府" href="/rss/"></head>'
        f'<body class="{body_class}"><div class="viewport"><div class="gov-topbar"><span>嶓山县人民政府门户网站</span>'
        '<a href="/wza/">无障碍</a> <a href="/wza/">长者模式</a></div><header id="gh-head" class="gh-head">'
        '<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">'
        '<img src="/content/images/2023/05/logo.png" alt="嶓山县人民政府"></a></div><nav class="gh-head-menu">'
        '<ul class="nav"><li class="nav-shou-ye"><a href="/">首页</a></li><li class="nav-zheng-wu-gong-kai">'
        '<a href="/zwgk/">政务公开</a></li><li class="nav-wu-zhang-ai"><a href="/wza/">无障碍</a></li></ul></nav>'
        f'</div></header><div class="site-content">{inner}</div><footer class="site-footer outer"><div '
        'class="inner"><section class="copyright">主办单位：嶓山县人民政府办公室　网站标识码：9880090001　'
        '未ICP备20031877号-1　未公网安备 98800902000117号</section><div class="gh-powered-by">Powered by Ghost</div>'
        '</div></footer></div></body></html>'
    )


class AutoBoshan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 256_200

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.cards: list[tuple[str, str, str, str]] = []  # date, slug, title, excerpt
        for year, day in ((2019, 16), (2020, 22), (2022, 19), (2023, 24), (2024, 18)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"嶓山县人民政府{year}年政府信息公开工作年度报告")
            url = self.post(f"boshan-{year}-zfxxgk-ndbg", doc.title, date, "嶓山县人民政府办公室",
                            self.body(doc, word=year == 2022))
            self.report(SITE, url, doc)
        doc = self.doc(OWNER, 2021, "2022-01-21", "嶓山县人民政府2021年政府信息公开工作年度报告")
        path = "/content/files/2022/01/2021nian-zhengfu-xinxi-gongkai-niandu-baogao.docx"
        card = (f'<p>现将《{esc(doc.title)}》予以公布，全文请下载附件。</p><div class="kg-card kg-file-card"><a '
                f'class="kg-file-card-container" href="{path}" title="Download" download><div '
                f'class="kg-file-card-contents"><div class="kg-file-card-title">{esc(doc.title)}</div><div '
                'class="kg-file-card-metadata"><div class="kg-file-card-filename">'
                '2021nian-zhengfu-xinxi-gongkai-niandu-baogao.docx</div><div class="kg-file-card-filesize">38 KB'
                '</div></div></div><div class="kg-file-card-icon"></div></a></div>')
        url = self.post("boshan-2021-zfxxgk-ndbg", doc.title, "2022-01-21", "嶓山县人民政府办公室", card)
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=self.attach(HOST, path, doc, "docx"))
        for agency, short, slug, year, date in (
                ("嶓山县教育局", "县教育局", "jyj-2023-zfxxgk-ndbg", 2023, "2024-01-29"),
                ("嶓山县石砭镇人民政府", "石砭镇", "shibianzhen-2024-ndbg", 2024, "2025-01-14")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.post(slug, doc.title, date, agency, self.body(doc)), doc)
        for title, slug, year, date in (
                ("嶓山县2024年政府信息公开工作年度报告解读", "boshan-2024-ndbg-jiedu", 2024, "2025-01-19"),
                ("嶓山县人民政府2023年度部门决算", "boshan-2023-bumen-juesuan", 2023, "2024-08-30"),
                ("关于报送2024年度政府信息公开工作年度报告的函", "guanyu-baosong-2024-ndbg-de-han", 2024,
                 "2024-12-20")):
            self.decoy(SITE, self.post(slug, title, date, "嶓山县人民政府办公室",
                                       self.decoy_body(title, OWNER, year)), title)
        self.cards.sort(reverse=True)
        pages = -(-len(self.cards) // PER)
        for k in range(1, pages + 1):
            self.put(HOST, TAG if k == 1 else f"{TAG}page/{k}/", self.tag_page(k, pages))
        latest = "".join(f'<li><a href="/{s}/">{esc(t)}</a> <time datetime="{d}">{d}</time></li>'
                         for d, s, t, _ in self.cards[:3])
        home = ('<main id="site-main" class="site-main outer"><div class="inner"><section class="home-zwgk"><h2>'
                f'政务公开</h2><ul>{latest}</ul><a class="more" href="/zwgk/">更多 &raquo;</a></section></div></main>')
        self.put(HOST, "/", frame("嶓山县人民政府", home, "home-template"))
        zwgk = ('<main id="site-main" class="site-main outer"><article class="article page"><header '
                'class="article-header gh-canvas"><h1 class="article-title">政务公开</h1></header><section '
                'class="gh-content gh-canvas"><ul><li>政府信息公开指南</li><li>政府信息公开制度</li><li><a '
                f'href="{TAG}">政府信息公开年报</a></li><li>法定主动公开内容</li></ul></section></article></main>')
        self.put(HOST, "/zwgk/", frame("政务公开 - 嶓山县人民政府", zwgk, "page-template page-zwgk"))
        self.put(HOST, "/wza/", frame("无障碍 - 嶓山县人民政府", "<main><p>无障碍服务说明</p></main>", "page-template"))
        self.put(HOST, "/rss/", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>'
                 '嶓山县人民政府</title><link>http://www.boshan.gov.test/</link></channel></rss>',
                 "text/xml; charset=utf-8")
        self.put(HOST, "/assets/built/screen.css", "body{margin:0}", "text/css")
        self.put(HOST, "/content/images/2023/05/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")

    def post(self, slug: str, title: str, date: str, unit: str, content: str) -> str:
        self.next_id(3, 40)
        excerpt = f"{title}。根据《中华人民共和国政府信息公开条例》规定，现予公布。"
        self.cards.append((date, slug, title, excerpt))
        inner = ('<main id="site-main" class="site-main"><article class="article post tag-zfxxgknb">'
                 '<header class="article-header gh-canvas"><section class="article-tag"><a href="/tag/zfxxgknb/">'
                 f'政府信息公开年报</a></section><h1 class="article-title">{esc(title)}</h1>'
                 '<div class="article-byline">'
                 f'<span class="byline-meta-content">发布单位：{esc(unit)}</span> <time class="byline-meta-date" '
                 f'datetime="{date}">{cn_date(date)}</time></div></header><section class="gh-content gh-canvas">'
                 f'{content}</section></article></main>')
        head = (f'<link rel="canonical" href="http://{HOST}/{slug}/"><meta property="og:type" content="article">'
                f'<meta property="og:title" content="{esc(title)}"><meta property="article:published_time" '
                f'content="{date}T09:30:00.000Z"><meta property="article:tag" content="政府信息公开年报">')
        return self.put(HOST, f"/{slug}/", frame(f"{title} - 嶓山县人民政府", inner, "post-template tag-zfxxgknb",
                                                 head))

    def tag_page(self, k: int, pages: int) -> str:
        def href(n: int) -> str:
            return TAG if n == 1 else f"{TAG}page/{n}/"

        cards = "".join(
            f'<article class="post-card post tag-zfxxgknb"><div class="post-card-content"><a '
            f'class="post-card-content-link" href="/{s}/"><header class="post-card-header"><div '
            f'class="post-card-primary-tag">政府信息公开年报</div><h2 class="post-card-title">{esc(t)}</h2></header>'
            f'<div class="post-card-excerpt">{esc(e)}</div></a><footer class="post-card-meta"><time '
            f'class="post-card-meta-date" datetime="{d}">{cn_date(d)}</time><span class="post-card-meta-length">'
            '阅读约 6 分钟</span></footer></div></article>'
            for d, s, t, e in self.cards[(k - 1) * PER:k * PER])
        nav = ['<nav class="pagination" role="navigation">']
        head = f'<link rel="canonical" href="http://{HOST}{href(k)}">'
        if k > 1:
            nav.append(f'<a class="newer-posts" href="{href(k - 1)}">&larr; 较新文章</a>')
            head += f'<link rel="prev" href="http://{HOST}{href(k - 1)}">'
        nav.append(f'<span class="page-number">第 {k} 页，共 {pages} 页</span>')
        if k < pages:
            nav.append(f'<a class="older-posts" href="{href(k + 1)}">较早文章 &rarr;</a>')
            head += f'<link rel="next" href="http://{HOST}{href(k + 1)}">'
        nav.append("</nav>")
        inner = ('<main id="site-main" class="site-main outer"><div class="inner posts"><header class="tag-header">'
                 '<h1 class="tag-title">政府信息公开年报</h1><div class="tag-description">嶓山县及所属部门、乡镇'
                 f'政府信息公开工作年度报告</div></header><div class="post-feed">{cards}</div>{" ".join(nav)}</div>'
                 '</main>')
        suffix = "" if k == 1 else f"（第{k}页）"
        return frame(f"政府信息公开年报{suffix} - 嶓山县人民政府", inner, "tag-template tag-zfxxgknb", head)


PORTALS = [AutoBoshan]
