"""瑶溪市农业农村局 (nyj.yaoxi.gov.test), registered with no ``cms``: a bureau site on Typecho (a PHP blog
engine; no README family) with a government theme, whose 年报 category ``/index.php/category/ndbg/``
pages as ``/index.php/category/ndbg/2/`` under Typecho's ``ol.page-navigator`` — page numbers and
"后一页 »", no page or record count — whose posts are ``/index.php/archives/<cid>/`` with the body in
``div.post-content`` and the date in ``<time datetime="…+08:00">``, and whose 2021 report is a .docx
uploaded to ``/usr/uploads/YYYY/MM/<digits>.docx`` and linked in the post.

Each page shows four posts as ``<article class="post"><h2 class="post-title"><a href="…">…</a></h2><ul
class="post-meta">…</ul><div class="post-content"><p>摘要…</p></div></article>``; a page past the last
answers 404.  The 执法支队 posts its report in the bureau's category; its title names it.  Chrome: the
bureau's header with 市政府 link, a category sidebar (通知公告, 政策文件, 政府信息公开年报), a search form,
footer with 网站标识码 and "由 Typecho 强力驱动".

Reports (7): 瑶溪市农业农村局 2019–2024 (2021 a .docx), 瑶溪市农业综合行政执法支队 2024.  Decoys (3):
瑶溪市农业农村局2024年度法治政府建设年度报告, 瑶溪市农业农村局2024年度部门决算,
瑶溪市农业农村局2024年政府信息公开工作年度报告解读.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch23._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "nyj.yaoxi.gov.test"
SITE = "yaoxi-nyj"
OWNER = "瑶溪市农业农村局"
CAT = "/index.php/category/ndbg/"
PER = 4


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE HTML><html class="no-js"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" '
        f'content="IE=edge"><title>{esc(title)}</title><meta name="generator" content="Typecho 1.2.1"><link '
        f'rel="stylesheet" href="/usr/themes/gov/style.css"></head><body><header id="header" class="clearfix"><div '
        f'class="container"><a id="logo" href="/">瑶溪市农业农村局</a><p class="description">瑶溪市人民政府工作部门 '
        f'<a href="http://www.yaoxi.gov.test/">市政府门户</a></p><form id="search" method="post" action="/"><input '
        f'type="text" name="s" class="text" placeholder="输入关键字搜索"><button type="submit" class="submit">搜索'
        f'</button></form></div></header><div id="body"><div class="container"><div class="row"><div id="main" '
        f'class="col-mb-12 col-8">{inner}</div><div id="secondary" class="col-mb-12 col-offset-1 col-3"><section '
        f'class="widget"><h3 class="widget-title">栏目</h3><ul class="widget-list"><li><a href="/index.php/category/'
        f'tzgg/">通知公告</a></li><li><a href="/index.php/category/zcwj/">政策文件</a></li><li><a href="{CAT}">政府信息'
        f'公开年报</a></li></ul></section></div></div></div></div>'
        f'<footer id="footer">主办：瑶溪市农业农村局　网站标识码：'
        f'9871230101<br>由 <a href="http://typecho.org">Typecho</a> 强力驱动</footer></body></html>'
    )


class NocmsYaoxi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 189_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.posts: list[tuple[str, str, str, str]] = []  # (date, path, title, summary)
        for year, day in ((2019, 21), (2020, 16), (2022, 24), (2023, 18), (2024, 20)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"{OWNER}{year}年政府信息公开工作年度报告"))
        self.docx(self.doc(OWNER, 2021, "2022-01-20", f"{OWNER}2021年政府信息公开工作年度报告"))
        self.article(self.doc("瑶溪市农业综合行政执法支队", 2024, "2025-01-15",
                              "瑶溪市农业综合行政执法支队2024年政府信息公开工作年度报告"))
        for title, year, date in (("瑶溪市农业农村局2024年度法治政府建设年度报告", 2024, "2025-03-18"),
                                  ("瑶溪市农业农村局2024年度部门决算", 2024, "2025-08-26"),
                                  ("瑶溪市农业农村局2024年政府信息公开工作年度报告解读", 2024, "2025-01-24")):
            self.decoy(SITE, self.post(title, date, self.decoy_body(title, OWNER, year)), title)
        self.posts.sort(reverse=True)
        pages = -(-len(self.posts) // PER)
        for n in range(1, pages + 1):
            self.put(HOST, CAT if n == 1 else f"{CAT}{n}/", self.list_page(n, pages))

    def post(self, title: str, date: str, content: str) -> str:
        path = f"/index.php/archives/{self.next_id(1, 40)}/"
        inner = (f'<article class="post"><h1 class="post-title">{esc(title)}</h1><ul class="post-meta"><li>作者: <a '
                 f'href="/index.php/author/1/">nyjadmin</a></li><li>时间: <time datetime="{date}T10:00:00+08:00">{date}'
                 f'</time></li><li>分类: <a href="{CAT}">政府信息公开年报</a></li></ul><div class="post-content">'
                 f'{content}</div></article>')
        summary = "根据《中华人民共和国政府信息公开条例》规定，现公布本年度报告。"
        if "工作年度报告" not in title:
            summary = esc(title)
        self.posts.append((date, path, title, summary))
        return self.put(HOST, path, frame(f"{title} - 瑶溪市农业农村局", inner))

    def article(self, doc: ReportDoc) -> None:
        self.report(SITE, self.post(doc.title, doc.published_date or "", self.body(doc, word=doc.year == 2019)), doc)

    def docx(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = f"/usr/uploads/{date[:4]}/{date[5:7]}/{self.rng.randrange(10**9, 10**10)}.docx"
        content = f'<p>报告全文请下载：<a href="{path}">{esc(doc.title)}.docx</a></p>'
        url = self.post(doc.title, date, content)
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=self.attach(HOST, path, doc, "docx"))

    def list_page(self, n: int, pages: int) -> str:
        chunk = self.posts[(n - 1) * PER:n * PER]
        items = "".join(f'<article class="post"><h2 class="post-title"><a href="{p}">{esc(t)}</a></h2><ul '
                        f'class="post-meta"><li>时间: <time datetime="{d}T10:00:00+08:00">{d}</time></li></ul><div '
                        f'class="post-content"><p>{s}</p></div></article>' for d, p, t, s in chunk)

        def url(k: int) -> str:
            return CAT if k == 1 else f"{CAT}{k}/"

        nav = []
        if n > 1:
            nav.append(f'<li class="prev"><a href="{url(n - 1)}">&laquo; 前一页</a></li>')
        current = ' class="current"'
        nav += [f'<li{current if k == n else ""}><a href="{url(k)}">{k}</a></li>' for k in range(1, pages + 1)]
        if n < pages:
            nav.append(f'<li class="next"><a href="{url(n + 1)}">后一页 &raquo;</a></li>')
        inner = (f'<h3 class="archive-title">分类 政府信息公开年报 下的文章</h3>{items}<ol class="page-navigator">'
                 f'{"".join(nav)}</ol>')
        return frame("政府信息公开年报 - 瑶溪市农业农村局", inner)


PORTALS = [NocmsYaoxi]
