"""漩水市市场监督管理局 (scjgj.xuanshui.gov.test), registered with no ``cms``: a Joomla 3 bureau site
whose 年报 category (a "category list" menu item, SEF URLs under ``/index.php/``) pages by Joomla's
*offset* ``?start=N`` (0, 5, 10 …) under a ``div.pagination`` whose counter says only "第 1 页，共 2 页",
whose articles are ``/index.php/zfxxgk/ndbg/<id>-<alias>``, and whose 2023 report is a .docx from
the site's ``/images/`` media folder.

``/index.php/zfxxgk/ndbg`` renders ``<table class="category table table-striped">`` rows: ``<td
headers="categorylist_header_title" class="list-title"><a href="…">…</a></td><td headers=
"categorylist_header_date" class="list-date small">2024年01月22日</td>``, five a page; the pager's links
are ``class="pagenav"`` (开始 / 上一页 / numbers / 下一页 / 末页).  Its two 分局 publish under their own names
("漩城分局2024年…", "漩水市市场监督管理局经开分局2023年…").

Reports (8): 漩水市市场监督管理局 2019–2024 (2023 .docx), 漩水市市场监督管理局漩城分局 2024,
漩水市市场监督管理局经济开发区分局 2023.  Decoys (3): 漩水市市场监督管理局2024年度法治政府建设年度报告,
漩水市市场监督管理局2024年政务公开工作要点, 漩水市2023年市场主体发展统计公报.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch20._site import Site, esc
from govcrawl.province.unseen.kit import DOCX
from govcrawl.synth.model import ReportDoc

HOST = "scjgj.xuanshui.gov.test"
SITE = "xuanshui-scjgj"
OWNER = "漩水市市场监督管理局"
VIEW = "/index.php/zfxxgk/ndbg"
PER = 5


def cn_date(date: str) -> str:
    y, m, d = date.split("-")
    return f"{y}年{m}月{d}日"


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh-cn" dir="ltr"><head><meta charset="utf-8" /><meta name="generator" '
        f'content="Joomla! - Open Source Content Management" /><title>{esc(title)} - 漩水市市场监督管理局</title><link '
        'href="/templates/protostar/css/template.css" rel="stylesheet" /><script src="/media/jui/js/jquery.min.js">'
        '</script></head><body class="site com_content"><div class="container"><header class="header"><a class="brand" '
        'href="/">漩水市市场监督管理局</a></header><nav class="navigation"><ul class="nav menu"><li><a href="/">首页<'
        '/a>'
        '</li><li><a href="/index.php/zfxxgk">政府信息公开</a></li><li><a href="/index.php/bsfw">办事服务</a></li></ul>'
        f'</nav><main id="content">{inner}</main><footer class="footer">漩水市市场监督管理局 版权所有　网站标识码：'
        '9870210003</footer></div></body></html>'
    )


class NocmsXuanshui(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 155_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 16), (2020, 22), (2021, 19), (2022, 17), (2024, 21)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-"
                                               f"{day}", f"漩水市市场监督管理局{year}年政府信息公开工作年度报告"))
        self.docx(self.doc(OWNER, 2023, "2024-01-24", "漩水市市场监督管理局2023年政府信息公开工作年度报告"))
        self.article(self.doc("漩水市市场监督管理局漩城分"
                              "局", 2024, "2025-01-15", "漩城分局2024年政府信息公开工作年度报告"))
        self.article(self.doc("漩水市市场监督管理局经济开发区分局", 2023, "2024-01-12",
                              "漩水市市场监督管理局经开分局2023年政府信息公开工作年度报告"))
        for title, year, date in (("漩水市市场监督管理局2024年度法治政府建设年度报告", 2024, "2025-03-24"),
                                  ("漩水市市场监督管理局2024年政务公开工作要点", 2024, "2024-04-19"),
                                  ("漩水市2023年市场主体发展统计公报", 2023, "2024-02-27")):
            self.decoy(SITE, self.page(title, date, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(key=lambda r: r[2], reverse=True)
        self.route(HOST, VIEW, self.view)

    def page(self, title: str, date: str, content: str, after: str = "") -> str:
        self.next_id()
        path = f"{VIEW}/{self.id}-ndbg-{date[:4]}-{self.rng.randint(100, 999)}"
        inner = (f'<ul class="breadcrumb"><li><a href="/">首页</a></li><li><a href="{VIEW}">政府信息公开年报</a></li>'
                 '</ul>'
                 f'<div class="item-page"><div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div><dl '
                 f'class="article-info"><dd class="published">发布时间：{cn_date(date)}</dd></dl><div itemprop='
                 f'"articleBody">{content}{after}</div></div>')
        url = self.put(HOST, path, frame(title, inner))
        self.rows.append((path, title, date))
        return url

    def article(self, doc: ReportDoc) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", self.body(doc)), doc)

    def docx(self, doc: ReportDoc) -> None:
        path = f"/images/ndbg/2023ndbg_{self.rng.randrange(10**4):04d}.docx"
        after = f'<p>附件：<a href="{path}" target="_blank">{esc(doc.title)}.docx</a></p>'
        url = self.page(doc.title, doc.published_date or "", "<p>全文请下载附件。</p>", after)
        self.report(SITE, url, doc, media_type=DOCX, report_url=self.attach(HOST, path, doc, "docx"))

    def view(self, request: Request) -> Response:
        pages = -(-len(self.rows) // PER)
        try:
            start = max(int(request.query.get("start", ["0"])[0]), 0)
        except ValueError:
            start = 0
        k = start // PER
        chunk = self.rows[start:start + PER]
        rows = "".join(f'<tr class="cat-list-row{i % 2}"><td headers="categorylist_header_title" class="list-title">'
                       f'<a href="{h}">{esc(t)}</a></td><td headers="categorylist_header_date" class="list-date small">'
                       f'{cn_date(d)}</td></tr>' for i, (h, t, d) in enumerate(chunk))
        if not chunk:
            return Response(200, frame("政府信息公开年报", '<p class="no-items">没有文章。</p>').encode(),
                            "text/html; charset=utf-8")

        def go(n: int) -> str:
            return VIEW if n == 0 else f"{VIEW}?start={n * PER}"

        def item(n: int, label: str, title: str = "") -> str:
            tip = f' title="{title}"' if title else ""
            return f'<li><a{tip} href="{go(n)}" class="pagenav">{label}</a></li>'

        items = ([item(0, "开始", "开始"), item(k - 1, "上一页", "上一页")] if k > 0 else
                 ['<li class="disabled"><a>开始</a></li>', '<li class="disabled"><a>上一页</a></li>'])
        items += ['<li class="active"><a>' + str(n + 1) + "</a></li>" if n == k else item(n, str(n + 1))
                  for n in range(pages)]
        items += ([item(k + 1, "下一页", "下一页"), item(pages - 1, "末页", "末页")] if k < pages - 1 else
                  ['<li class="disabled"><a>下一页</a></li>', '<li class="disabled"><a>末页</a></li>'])
        inner = (f'<div class="category-list"><h2>政府信息公开年报</h2><table class="category table table-striped"><t'
                 'head>'
                 '<tr><th id="categorylist_header_title">标题</th><th id="categorylist_header_date">发布日期</th></tr>'
                 f'</thead><tbody>{rows}</tbody></table><div class="pagination"><p class="counter pull-right">第 '
                 f'{k + 1} '
                 f'页，共 {pages} 页</p><ul class="pagination-list">{"".join(items)}</ul></div></div>')
        return Response(200, frame("政府信息公开年报", inner).encode(), "text/html; charset=utf-8")


PORTALS = [NocmsXuanshui]
