"""泗渡县 (www.sidu.gov.test), registered with ``cms: auto`` and only its home page: a county site on
Z-BlogPHP (a PHP blog engine; no README family) set up by a local integrator, whose 年报 category is a
child of the 信息公开 category — two clicks from home (首页 → 信息公开 → its side list of sub-categories)
— and pages by Z-Blog's pseudo-static ``/category-7_2.html`` under a ``div.pagebar`` of page numbers
and "››" with no count anywhere.

The home page links ``/category-2.html`` (信息公开) in its nav; that category lists its own newest posts
(none of them 年报 rows) and, in the sidebar module ``divCatalog``, its sub-categories, among them
``/category-7.html`` (政府信息公开年报).  Category pages list four posts each as ``<div class="post"><h2><a
href="/post/<id>.html">…</a></h2><div class="post-meta">2025-01-20 · 分类：…</div></div>``; posts put the
body in ``div.post-body``.  The 2020 county report is an OFD uploaded under ``/zb_users/upload/2021/01/``.

Reports (7): 泗渡县人民政府 2020–2024 (2020 an OFD), 泗渡县文化和旅游局 2024, 泗渡县青石镇人民政府 2024.  Decoys (3):
泗渡县2024年政务公开工作要点, 泗渡县2024年度法治政府建设年度报告, 泗渡县2023年国民经济和社会发展统计公报.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch21._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.sidu.gov.test"
SITE = "sidu-gov"
OWNER = "泗渡县人民政府"
CAT = 7
PER = 4


def frame(title: str, inner: str, side: str = "") -> str:
    return (
        f'<!DOCTYPE html><html xml:lang="zh-Hans" lang="zh-Hans"><head><meta charset="utf-8"><meta name="generator" '
        f'content="Z-BlogPHP 1.7.3"><title>{esc(title)}</title><link rel="stylesheet" '
        f'href="/zb_users/theme/gov/style/style.css"><script src="/zb_system/script/jquery-2.2.4.min.js"></script>'
        f'<script src="/zb_system/script/zblogphp.js"></script></head><body><div id="header"><h1><a href="/">'
        f'泗渡县人民政府</a></h1></div><div id="nav"><ul><li><a href="/">首页</a></li><li><a href="/category-2.html">'
        f'信息公开</a></li><li><a href="/category-3.html">政务动态</a></li><li><a href="/category-4.html">便民服务</a>'
        f'</li></ul></div><div id="main">{inner}</div><div id="sidebar">{side}</div><div id="footer">'
        f'泗渡县人民政府办公室　网站标识码：9871090001<br>Powered By Z-BlogPHP</div></body></html>'
    )


SIDE = (f'<dl class="function" id="divCatalog"><dt class="function_t">信息公开</dt><dd class="function_c"><ul><li><a '
        f'href="/category-5.html">政府信息公开指南</a></li><li><a href="/category-6.html">政府信息公开制度</a></li><li>'
        f'<a href="/category-{CAT}.html">政府信息公开年报</a></li><li><a href="/category-8.html">法定主动公开内容</a>'
        f'</li></ul></dd></dl>')


class AutoSidu(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 168_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.posts: list[tuple[str, str, str, str]] = []  # (date, path, title, category)
        for year, day in ((2021, 19), (2022, 23), (2023, 26), (2024, 22)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"泗渡县{year}年政府信息公开工作年度报告"))
        self.ofd(self.doc(OWNER, 2020, "2021-01-25", "泗渡县2020年政府信息公开工作年度报告"))
        bureau = "泗渡县文化和旅游局"
        self.article(self.doc(bureau, 2024, "2025-01-24", f"{bureau}2024年政府信息公开工作年度报告"))
        self.article(self.doc("泗渡县青石镇人民政府", 2024, "2025-01-15", "青石镇2024年政府信息公开工作年度报告"))
        for title, year, date in (("泗渡县2024年政务公开工作要点", 2024, "2024-03-18"),
                                  ("泗渡县2024年度法治政府建设年度报告", 2024, "2025-03-26"),
                                  ("泗渡县2023年国民经济和社会发展统计公报", 2023, "2024-03-22")):
            url = self.post(title, date, self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.posts.sort(reverse=True)
        pages = -(-len(self.posts) // PER)
        for k in range(1, pages + 1):
            self.put(HOST, f"/category-{CAT}.html" if k == 1 else f"/category-{CAT}_{k}.html", self.category(k, pages))
        others = [("关于开展2025年春季农村人居环境整治的通知", "2025-03-03"),
                  ("泗渡县2025年第一季度重点项目建设情况", "2025-04-10")]
        rows = []
        for title, date in others:
            path = f"/post/{self.next_id()}.html"
            self.put(HOST, path, frame(title, f'<div class="post"><h2>{esc(title)}</h2><div class="post-body"><p>'
                                              f'{esc(title)}。</p></div></div>', SIDE))
            rows.append(f'<div class="post"><h2><a href="{path}">{esc(title)}</a></h2><div class="post-meta">{date} · '
                        f'分类：信息公开</div></div>')
        self.put(HOST, "/category-2.html", frame("信息公开 - 泗渡县人民政府", "".join(rows), SIDE))
        self.put(HOST, "/index.php", self.home())
        self.put(HOST, "/", self.home())

    def home(self) -> str:
        return frame("泗渡县人民政府", '<div class="focus"><img src="/zb_users/upload/banner.jpg" alt="美丽泗渡"></div>'
                                '<div class="box"><h3>政务动态</h3><ul><li><a href="/category-3.html">更多</a></li>'
                                '</ul></div><div class="box"><h3>便民服务</h3><p>社保查询 公积金查询 '
                                '不动产登记</p></div>')

    def post(self, title: str, date: str, content: str, after: str = "") -> str:
        path = f"/post/{self.next_id()}.html"
        inner = (f'<div class="post single"><h2 class="post-title">{esc(title)}</h2><div class="post-meta">{date} 10:30'
                 f' · 分类：<a href="/category-{CAT}.html">政府信息公开年报</a></div><div class="post-body">'
                 f'{content}{after}</div></div>')
        url = self.put(HOST, path, frame(title, inner, SIDE))
        self.posts.append((date, path, title, "政府信息公开年报"))
        return url

    def article(self, doc: ReportDoc) -> None:
        self.report(SITE, self.post(doc.title, doc.published_date or "", self.body(doc)), doc)

    def ofd(self, doc: ReportDoc) -> None:
        stamp = (doc.published_date or "").replace("-", "")
        path = f"/zb_users/upload/{stamp[:4]}/{stamp[4:6]}/{stamp}153{self.rng.randrange(10**5):05d}.ofd"
        after = f'<p>附件：<a href="{path}">{esc(doc.title)}.ofd</a></p>'
        url = self.post(doc.title, doc.published_date or "", "<p>报告全文见附件（OFD版式文件）。</p>", after)
        file = self.attach(HOST, path, doc, "ofd")
        self.report(SITE, url, doc, media_type=MEDIA["ofd"], report_url=file)

    def category(self, k: int, pages: int) -> str:
        rows = "".join(f'<div class="post"><h2><a href="{p}" title="{esc(t)}">{esc(t)}</a></h2><div class="post-meta">'
                       f'{d} · 分类：{c}</div></div>' for d, p, t, c in self.posts[(k - 1) * PER:k * PER])

        def href(n: int) -> str:
            return f"/category-{CAT}.html" if n == 1 else f"/category-{CAT}_{n}.html"

        bar = [f'<a href="{href(1)}"><span class="page">‹‹</span></a>'] if k > 1 else []
        bar += [f'<span class="now-page">{n}</span>' if n == k
                else f'<a href="{href(n)}"><span class="page">{n}</span></a>' for n in range(1, pages + 1)]
        if k < pages:
            bar.append(f'<a href="{href(pages)}"><span class="page">››</span></a>')
        inner = (f'<div class="cate-title">政府信息公开年报</div>{rows}<div class="pagebar">{"".join(bar)}</div>')
        return frame("政府信息公开年报 - 泗渡县人民政府", inner, SIDE)


PORTALS = [AutoSidu]
