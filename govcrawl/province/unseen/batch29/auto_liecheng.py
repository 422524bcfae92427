"""埒城县 (www.liecheng.gov.test), registered with ``cms: auto`` and only its home page: a county site on emlog (a
small PHP blog engine; no README family) left in its default *dynamic* URL mode — everything is the site root with a
query: categories ``/?sort=<n>``, posts ``/?post=<n>``, pages ``&page=N`` — whose 年报 category (``?sort=7``) is a
child of 信息公开 (``?sort=3``): two clicks from home (首页 nav → 信息公开, whose sidebar "分类" widget lists the
child categories in a nested ``<ul class="log_classify_f">``), the home page's own sidebar showing only top-level
categories (its 最新文章 box links the five newest posts).

The 年报 category lists posts as emlog's stock ``<div class="loglist">`` blocks — ``<h2><a href="./?post=41">…</a>
</h2><p class="date">作者：<a href="./?sort=7">…</a> 发布于：2025-1-20 周一 09:30</p>`` and an excerpt with a
"阅读全文&gt;&gt;" link — four a page, newest first, under emlog's ``<div id="pagenavi">``: the current page as
``<span>1</span>``, other pages as bare numbers, ``&laquo;`` / ``&raquo;`` to the first / last page when not on
it, no counts.  Dates are unpadded ("2025-1-20").  Posts: ``<div class="content"><h2>`` title, a "作者" line
naming the publishing unit, the body in ``div.log_content``.  The 2023 report is a .docx under
``/content/uploadfile/202401/<hex>.docx`` linked as an emlog attachment ("附件：… 点击下载").

Reports (8): 埒城县人民政府 2019, 2020, 2021, 2022, 2023 (docx), 2024; 埒城县人力资源和社会保障局 2024 (titled
"县人社局…", its full name as 作者); 埒城县卫生健康局 2021.  Decoys (3): 埒城县2024年法治政府建设年度报告,
埒城县人民政府门户网站2023年工作年度报表, 埒城县2022年度部门决算.
"""

from __future__ import annotations

import datetime
import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch29._site import MEDIA, Site, esc

HOST = "www.liecheng.gov.test"
SITE = "liecheng-gov"
OWNER = "埒城县人民政府"
NB = "7"
PER = 4
WEEK = "一二三四五六日"
SORTS = {"1": ("政务动态", None), "3": ("信息公开", None), "5": ("政府信息公开指南", "3"),
         "6": ("法定主动公开内容", "3"), NB: ("政府信息公开年报", "3"), "9": ("便民服务", None)}


def frame(title: str, inner: str, side: str) -> str:
    nav = "".join(f'<li class="item"><a href="./?sort={s}">{n}</a></li>' for s, (n, p) in SORTS.items() if p is None)
    return (
        '<!doctype html><html><head><meta charset="UTF-8"><meta name="generator" content="emlog">'
        f'<title>{esc(title)}</title><link href="./content/templates/gov_lc/main.css" rel="stylesheet">'
        '<link rel="alternate" type="application/rss+xml" title="RSS" href="./rss.php"></head><body><div '
        'id="header"><div id="top-bar"><a href="./?post=2">无障碍说明</a> | <a href="./rss.php">RSS订阅</a></div>'
        '<h1><a href="./">埒城县人民政府</a></h1><h3>埒城县人民政府门户网站</h3></div><div id="nav"><ul '
        f'class="bar"><li class="item current"><a href="./">首页</a></li>{nav}</ul></div><div id="content">'
        f'<div id="contentleft">{inner}</div><ul id="sidebar">{side}</ul></div><div id="footer">'
        '主办单位：埒城县人民政府办公室　网站标识码：9879090011　'
        '<a href="https://beian.miit.gov.cn" target="_blank">未ICP备17003302号-1</a>'
        '<br>Powered by <a href="https://www.emlog.net" title="emlog">emlog</a></div></body></html>'
    )


class AutoLiecheng(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 247_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str, str]] = []
        self.posts: dict[int, str] = {}
        for year, day in ((2019, 22), (2020, 21), (2021, 25), (2022, 27), (2024, 23)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"埒城县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.post(doc.title, doc.published_date or "", "埒城县人民政府办公室",
                                        self.body(doc, word=year == 2022)), doc)
        doc = self.doc(OWNER, 2023, "2024-01-26", "埒城县人民政府2023年政府信息公开工作年度报告")
        path = f"/content/uploadfile/202401/{self.rng.getrandbits(64):016x}{self.rng.getrandbits(64):016x}.docx"
        url = self.post(doc.title, "2024-01-26", "埒城县人民政府办公室",
                        f'<p>现将埒城县人民政府2023年政府信息公开工作年度报告全文公布（见附件）。</p>'
                        f'<div class="attlist">附件：<a target="_blank" href=".{path}" title="点击下载">'
                        f'{esc(doc.title)}.docx</a> '
                        f'（{self.rng.randint(40, 90)} KB，下载次数：{self.rng.randint(3, 60)}）</div>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=self.attach(HOST, path, doc, "docx"))
        for agency, short, year, date in (("埒城县人力资源和社会保障局", "县人社局", 2024, "2025-01-15"),
                                          ("埒城县卫生健康局", "埒城县卫生健康局", 2021, "2022-01-19")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.post(doc.title, date, agency, self.body(doc)), doc)
        for title, year, date in (("埒城县2024年法治政府建设年度报告", 2024, "2025-02-10"),
                                  ("埒城县人民政府门户网站2023年工作年度报表", 2023, "2024-01-12"),
                                  ("埒城县2022年度部门决算", 2022, "2023-08-30")):
            self.decoy(SITE, self.post(title, date, "埒城县人民政府办公室", self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, "/", self.serve)
        self.route(HOST, "/index.php", self.serve)
        self.posts[2] = frame("无障碍说明 - 埒城县人民政府", '<div class="content"><h2>无障碍说明</h2><div '
                              'class="log_content"><p>本站支持键盘访问与读屏软件。</p></div></div>', self.side(False))
        self.put(HOST, "/content/templates/gov_lc/main.css", "body{font:14px/1.6 sans-serif}", "text/css")
        self.put(HOST, "/rss.php", '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>'
                 '埒城县人民政府</title></channel></rss>', "application/rss+xml")

    @staticmethod
    def day(date: str) -> str:
        y, m, d = (int(x) for x in date.split("-"))
        return f"{y}-{m}-{d} 周{WEEK[datetime.date(y, m, d).weekday()]}"

    def post(self, title: str, date: str, author: str, content: str) -> str:
        n = self.next_id(2, 9) - self.first_id + 30
        self.rows.append((date, n, title, author))
        inner = (f'<div class="content"><h2>{esc(title)}</h2><p class="date">作者：<a href="./?sort={NB}">'
                 f'{esc(author)}</a> 发布于：{self.day(date)} {self.rng.randint(8, 17)}:{self.rng.randint(0, 59):02d}'
                 f' 分类：<a href="./?sort={NB}">政府信息公开年报</a></p><div class="log_content">{content}</div>'
                 '<div class="nextlog"></div></div>')
        self.posts[n] = frame(f"{title} - 埒城县人民政府", inner, self.side(True))
        return f"http://{HOST}/?post={n}"

    @staticmethod
    def side(children: bool) -> str:
        items = []
        for s, (name, parent) in SORTS.items():
            if parent is not None:
                continue
            kids = [f'<li><a href="./?sort={c}">{n}</a></li>' for c, (n, p) in SORTS.items() if p == s]
            sub = f'<ul class="log_classify_c">{"".join(kids)}</ul>' if children and kids else ""
            items.append(f'<li><a href="./?sort={s}">{name}</a>{sub}</li>')
        return (f'<li><h3><span>分类</span></h3><ul class="log_classify_f">{"".join(items)}</ul></li>'
                '<li><h3><span>搜索</span></h3><form name="keyform" method="get" action="./index.php"><input '
                'name="keyword" class="search" type="text"></form></li>')

    def serve(self, request: Request) -> Response:
        post, sort = request.param("post"), request.param("sort")
        if post:
            body = self.posts.get(int(post)) if post.isdigit() else None
            if body is None:
                return Response(404, "<p>不存在的页面</p>".encode(), "text/html; charset=utf-8")
            return Response(200, body.encode(), "text/html; charset=utf-8")
        if sort:
            if sort not in SORTS:
                return Response(404, "<p>不存在的分类</p>".encode(), "text/html; charset=utf-8")
            return Response(200, self.category(sort, request.param("page", "1")).encode(), "text/html; charset=utf-8")
        latest = "".join(f'<li><a href="./?post={n}">{esc(t)}</a></li>' for _, n, t, _ in self.rows[:5])
        inner = (f'<div class="loglist"><h2>欢迎访问埒城县人民政府门户网站</h2><p>请通过上方导航进入各栏目。</p></div>'
                 f'<div class="loglist"><h2>最新文章</h2><ul>{latest}</ul></div>')
        return Response(200, frame("埒城县人民政府", inner, self.side(False)).encode(), "text/html; charset=utf-8")

    def category(self, sort: str, raw: str) -> str:
        name, parent = SORTS[sort]
        rows = self.rows if sort == NB else []
        pages = max(1, -(-len(rows) // PER))
        k = min(max(int(raw), 1), pages) if raw.isdigit() else 1
        logs = "".join(
            f'<div class="loglist"><h2><a href="./?post={n}">{esc(t)}</a></h2><p class="date">作者：<a '
            f'href="./?sort={sort}">{esc(a)}</a> 发布于：{self.day(d)}</p><p>{esc(t)}全文……</p><p class="readmore">'
            f'<a href="./?post={n}">阅读全文&gt;&gt;</a></p></div>' for d, n, t, a in rows[(k - 1) * PER:k * PER])
        if not rows:
            logs = '<div class="loglist"><p>本分类下的文章请查看各子分类。</p></div>' if parent is None else \
                '<div class="loglist"><p>抱歉，没有符合您查询条件的结果。</p></div>'
        nav = []
        if pages > 1:
            if k > 1:
                nav.append(f'<a href="./?sort={sort}&amp;page=1" title="首页">&laquo;</a>')
            nav += [f"<span>{n}</span>" if n == k else f'<a href="./?sort={sort}&amp;page={n}">{n}</a>'
                    for n in range(1, pages + 1)]
            if k < pages:
                nav.append(f'<a href="./?sort={sort}&amp;page={pages}" title="尾页">&raquo;</a>')
        inner = f'<div class="sortname">{name}</div>{logs}<div id="pagenavi">{" ".join(nav)}</div>'
        return frame(f"{name} - 埒城县人民政府", inner, self.side(True))


PORTALS = [AutoLiecheng]
