"""椐川市卫生健康委员会 (wjw.juchuan.gov.test), registered with no ``cms``: a city commission's site on Typecho
(a PHP blog engine; no README family) without URL rewriting — every address under ``/index.php/`` — whose
年报 category ``/index.php/category/ndbg/`` pages as ``/index.php/category/ndbg/2/`` under Typecho's
``<ol class="page-navigator">`` (page numbers and "后一页 »", no counts), with posts at
``/index.php/archives/<cid>/``.

Five posts a page, two pages; ``/index.php/category/ndbg/3/`` is 404.  Each entry is an ``<article
class="post">`` with ``<h2 class="post-title"><a href=…>`` and a ``<ul class="post-meta">`` (作者 | 时间 | 分类);
posts carry the body in ``div.post-content``; the commission's 2023 report is a .docx uploaded to
``/usr/uploads/2024/01/<n>.docx`` and linked in the post.  The 疾控中心's report names its unit in the title.
Chrome: a sidebar of 最新文章 and 分类, a footer "由 Typecho 强力驱动".

Reports (6): 椐川市卫生健康委员会 2020–2024 (2020 old template; 2023 a DOCX), 椐川市疾病预防控制中心 2024.
Decoys (2): 椐川市卫生健康委员会2024年法治政府建设年度报告, 椐川市卫生健康委员会2023年度部门决算.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch22._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "wjw.juchuan.gov.test"
SITE = "juchuan-wjw"
OWNER = "椐川市卫生健康委员会"
CAT = "/index.php/category/ndbg/"
PER = 5


def frame(title: str, inner: str) -> str:
    side = ('<div id="secondary"><section class="widget"><h3>分类</h3><ul><li><a href="/index.php/category/gzdt/">'
            '工作动态</a></li><li><a href="/index.php/category/tzgg/">通知公告</a></li><li><a href="' + CAT + '">'
            '政府信息公开年报</a></li></ul></section></div>')
    return (
        f'<!DOCTYPE HTML><html><head><meta charset="UTF-8"><meta name="generator" content="Typecho 1.2.1"><title>'
        f'{esc(title)}</title><link rel="stylesheet" href="/usr/themes/default/style.css"></head><body><header '
        f'id="header"><a id="logo" href="/">椐川市卫生健康委员会</a><p class="description">椐川市卫生健康委员会门户网站'
        f'</p><nav id="nav-menu"><a href="/">首页</a><a href="/index.php/xxgk.html">信息公开</a><a '
        f'href="/index.php/bsfw.html">办事服务</a></nav></header><div id="body"><div id="main">{inner}</div>{side}'
        f'</div><footer id="footer">&copy; 椐川市卫生健康委员会　由 <a href="http://www.typecho.org">Typecho'
        f'</a> 强力驱动'
        f'</footer></body></html>'
    )


class NocmsJuchuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 179_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.posts: list[tuple[str, str, str]] = []
        for year, day in ((2020, 29), (2021, 26), (2022, 21), (2024, 23)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}",
                                  f"椐川市卫生健康委员会{year}年政府信息公开工作年度报告"))
        self.docx(self.doc(OWNER, 2023, "2024-01-25", "椐川市卫生健康委员会2023年政府信息公开工作年度报告"))
        self.article(self.doc("椐川市疾病预防控制中心", 2024, "2025-01-20",
                              "椐川市疾病预防控制中心2024年政府信息公开工作年度报告"))
        for title, year, date in (("椐川市卫生健康委员会2024年法治政府建设年度报告", 2024, "2025-03-21"),
                                  ("椐川市卫生健康委员会2023年度部门决算", 2023, "2024-08-29")):
            url = self.post(title, date, self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        posts = sorted(self.posts, key=lambda p: p[2], reverse=True)
        pages = [posts[i:i + PER] for i in range(0, len(posts), PER)]
        for k, chunk in enumerate(pages):
            self.put(HOST, CAT if k == 0 else f"{CAT}{k + 1}/", self.category(chunk, k + 1, len(pages)))

    def post(self, title: str, date: str, content: str) -> str:
        path = f"/index.php/archives/{self.next_id(1, 12) - 179_000}/"
        inner = (f'<article class="post"><h1 class="post-title">{esc(title)}</h1><ul class="post-meta"><li>作者：'
                 f'admin</li><li>时间：<time datetime="{date}T10:00:00+08:00">{date}</time></li><li>分类：<a '
                 f'href="{CAT}">政府信息公开年报</a></li></ul><div class="post-content">{content}</div></article>')
        url = self.put(HOST, path, frame(f"{title} - 椐川市卫生健康委员会", inner))
        self.posts.append((path, title, date))
        return url

    def article(self, doc: ReportDoc) -> None:
        url = self.post(doc.title, doc.published_date or "", self.body(doc))
        self.report(SITE, url, doc)

    def docx(self, doc: ReportDoc) -> None:
        path = f"/usr/uploads/2024/01/{self.rng.randrange(10**9, 10**10)}.docx"
        content = f'<p>报告全文请下载附件：<a href="{path}">{esc(doc.title)}.docx</a></p>'
        url = self.post(doc.title, doc.published_date or "", content)
        file = self.attach(HOST, path, doc, "docx")
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=file)

    def category(self, chunk: list[tuple[str, str, str]], n: int, pages: int) -> str:
        items = "".join(f'<article class="post"><h2 class="post-title"><a href="{h}">{esc(t)}</a></h2><ul '
                        f'class="post-meta"><li>作者：admin</li><li>时间：{d}</li><li>分类：政府信息公开年报</li></ul>'
                        f'</article>' for h, t, d in chunk)

        def link(j: int) -> str:
            return CAT if j == 1 else f"{CAT}{j}/"

        nums = "".join(f'<li class="current"><a href="{link(j)}">{j}</a></li>' if j == n else
                       f'<li><a href="{link(j)}">{j}</a></li>' for j in range(1, pages + 1))
        prev = f'<li class="prev"><a href="{link(n - 1)}">&laquo; 前一页</a></li>' if n > 1 else ""
        nxt = f'<li class="next"><a href="{link(n + 1)}">后一页 &raquo;</a></li>' if n < pages else ""
        inner = (f'<h3 class="archive-title">分类 政府信息公开年报 下的文章</h3>{items}<ol class="page-navigator">'
                 f'{prev}{nums}{nxt}</ol>')
        return frame("政府信息公开年报 - 椐川市卫生健康委员会", inner)


PORTALS = [NocmsJuchuan]
