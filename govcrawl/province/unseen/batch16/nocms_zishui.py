"""澬水县 (www.zishui.gov.test): a county site built on ThinkPHP by a local integrator (no README
family), registered without ``cms``; its 年报 list pages by ``?page=N`` under ThinkPHP's Bootstrap
paginator — and its second page fails with a 500 every time (a deliberate shortfall).

The 年报 list ``/zwgk/ndbg.html`` (ThinkPHP's pseudo-static ``.html`` route) says "共 12 条" above ``<div
class="list-item">`` rows: a date box ``<div class="date"><b>22</b><span>2025-01</span></div>``, then
``<div class="txt"><h3><a href="/zwgk/ndbg/<id>.html">title</a></h3><p>first words of the
article…</p></div>``.  Four rows a page, newest first.  The pager is ThinkPHP's ``<ul
class="pagination">``: ``&laquo;`` (disabled on page 1), ``<li class="active"><span>1</span></li>``,
``<li><a href="/zwgk/ndbg.html?page=2">2</a></li>``, ``…?page=3``, ``&raquo;`` → next page.  A ``page``
past the end gives an empty list ("暂无数据").  Articles ``/zwgk/ndbg/<id>.html`` put the body in
``div.article-content`` under "发布时间：… 来源：… 阅读：<span id="hits">"; the 2022 county report is a stub
whose OFD and the 2023 one whose PDF are under ``/uploads/YYYYMMDD/<32 hex>.<ext>``, linked from an
``ul.attach-list`` after the body.

**Shortfall (deliberate):** ``/zwgk/ndbg.html?page=2`` answers **500** with ThinkPHP's production
error page ("页面错误！请稍后再试～") on every request; its four entries — the county's 2023 report, the
教育局's 2023 report, a 2023年度法治政府建设年度报告 and a 2022年统计公报 — are linked from no other page
(page 3 is reached from page 1's "3" link; their article pages are served).  The list declares 12
entries, 8 can be reached: 2 of the 9 reports are lost, and a crawl should say it fell short.

Reports (9): 澬水县人民政府 2019–2024 (2019–2020 old template; 2023 unreachable), 澬水县教育局 2023
(unreachable) – 2024 ("县教育局…"), 澬水县澬口街道办事处 2024 ("澬口街道2024年…").  Decoys (3): 2025年政务
公开工作要点, 2023年度法治政府建设年度报告, 2022年统计公报 (the last two on the broken page).
"""

from __future__ import annotations

import random
import re
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import OFD, PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.zishui.gov.test"
SITE = "zishui-gov"
OWNER = "澬水县人民政府"
LIST = "/zwgk/ndbg.html"
PER = 4
BROKEN = 2
THINK_ERROR = ('<!DOCTYPE html><html><head><meta charset="UTF-8"><title>系统发生错误</title><meta name="robots" '
               'content="noindex,nofollow"><style>body{color:#333;font:16px Verdana,"Helvetica Neue",helvetica,Arial,'
               '"Microsoft YaHei",sans-serif;margin:0;padding:0 20px 20px}h1{margin:10px 0 0;font-size:28px;font-wei'
               'ght:'
               '500;line-height:32px}</style></head><body><div class="error"><div class="info"><h1>页面错误！请稍后'
               '再试～'
               '</h1></div></div><div class="copyright"><a title="官方网站" href="http://www.thinkphp.cn">ThinkPHP</a> '
               '<span>V5.1.41 LTS</span><span>{ 十年磨一剑-为API开发设计的高性能框架 }</span></div></body></html>')


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="zh-cn"><head><meta charset="utf-8"><meta name="viewport" content="width=device-w'
        'idth'
        '"><meta name="SiteName" content="澬水县人民政府"><meta name="SiteDomain" content="www.zishui.gov.test"><meta '
        f'name="SiteIDCode" content="9866070002">{head}<title>{escape(title)}</title><link rel="stylesheet" href="'
        '/static/index/css/bootstrap.min.css"></head><body><header class="zs-header"><div class="container"><a href="/"'
        ' class="logo"><img src="/static/index/img/logo.png" alt="澬水县人民政府"></a><div class="tools"><a href="'
        'javascript:;" class="wza">无障碍</a><a href="javascript:;" class="olds">长辈版</a><a href="javascript:;">'
        '繁体</a></div></div><nav class="zs-nav"><a href="/">首页</a><a href="/news.html">新闻动态</a><a href="/zwgk'
        '.html">'
        f'政务公开</a><a href="/bsfw.html">办事服务</a></nav></header><main class="container">{inner}</main><footer '
        'class="zs-footer"><p>主办：澬水县人民政府办公室　网站标识码：9866070002</p><p>未ICP备2021004518号-1　'
        '未公网安备 98660702000533号</p><p>今日访问量：<span id="todayPv">--</span></p></footer></body></html>'
    )


class NocmsZishui(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 69_000
        self.aid = 380
        self.entries: list[tuple[str, str, str, str]] = []  # path, title, date, summary
        office = "澬水县人民政府办公室"
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-25"), (2021, "2022-01-28"), (2024, "2025-01-24")):
            self.article(self.doc(OWNER, year, date), office)
        self.file(self.doc(OWNER, 2022, "2023-01-30"), "ofd")
        self.file(self.doc(OWNER, 2023, "2024-01-26"), "pdf")
        self.article(self.doc("澬水县教育局", 2023, "2024-01-19", "县教育局2023年政府信息公开工作年度报告"),
                     "澬水县教育局")
        self.article(self.doc("澬水县教育局", 2024, "2025-01-20", "县教育局2024年政府信息公开工作年度报告"),
                     "澬水县教育局")
        self.article(self.doc("澬水县澬口街道办事处", 2024, "2025-01-16", "澬口街道2024年政府信息公开工作年度报告"),
                     "澬水县澬口街道办事处")
        self.notice("澬水县2025年政务公开工作要点", 2025, "2025-03-18")
        self.notice("澬水县2023年度法治政府建设年度报告", 2023, "2024-03-20")
        self.notice("澬水县2022年国民经济和社会发展统计公报", 2022, "2023-04-10")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, LIST, self.list_page)

    def doc(self, agency: str, year: int, date: str, title: str | None = None) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    def page_of(self, title: str, date: str, content: str, source: str, after: str = "") -> str:
        self.aid += self.rng.randint(2, 60)
        path = f"/zwgk/ndbg/{self.aid}.html"
        inner = (
            '<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/zwgk.html">政务公开</a></li><li><a hr'
            'ef="'
            f'{LIST}">政府信息公开年报</a></li></ol><article class="zs-article"><h2>{escape(title)}</h2><div class="'
            f'meta">'
            f'发布时间：{date}　来源：{escape(source)}　阅读：<span id="hits">--</span></div><div class="article-con'
            f'tent">'
            f'{content}</div>{after}</article><script>fetch("/api/hits?id={self.aid}")</script>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}"><meta '
                f'name="ContentSource" content="{escape(source)}">')
        url = self.put(HOST, path, frame(f"{title} - 澬水县人民政府", inner, head))
        text = re.sub(r"<[^>]+>", "", content)[:56]
        self.entries.append((path, title, date, text + "…" if text else ""))
        return url

    def article(self, doc: ReportDoc, source: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table class="table table-bordered">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, source), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        date = (doc.published_date or "").replace("-", "")
        path = f"/uploads/{date}/{self.rng.randrange(16**32):032x}.{ext}"
        after = (f'<ul class="attach-list"><li><i class="icon-file"></i><a href="{path}" target="_blank">'
                 f'{escape(doc.title)}.{ext}</a></li></ul>')
        url = self.page_of(doc.title, doc.published_date or "", plain_para(f"{doc.title}详见附件。", False),
                           "澬水县人民政府办公室", after)
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, path, doc))
        else:
            file_url = self.put(HOST, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
            self.report(SITE, url, doc, media_type=OFD, report_url=file_url)

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "澬水县人民政府办公室"), title)

    def list_page(self, request: Request) -> Response:
        try:
            n = max(int(request.param("page", "1") or 1), 1)
        except ValueError:
            n = 1
        if n == BROKEN:
            return Response(500, THINK_ERROR.encode(), "text/html; charset=utf-8")
        pages = -(-len(self.entries) // PER)
        chunk = self.entries[(n - 1) * PER:n * PER]
        rows = "".join(
            f'<div class="list-item"><div class="date"><b>{d[8:]}</b><span>{d[:7]}</span></div><div class="txt"><h3>'
            f'<a href="{p}" target="_blank">{escape(t)}</a></h3><p>{escape(s)}</p></div></div>'
            for p, t, d, s in chunk) or '<div class="empty">暂无数据</div>'

        def href(k: int) -> str:
            return f"{LIST}?page={k}"

        items = ('<li class="disabled"><span>&laquo;</span></li>' if n <= 1 else
                 f'<li><a href="{href(n - 1)}">&laquo;</a></li>')
        for k in range(1, pages + 1):
            items += (f'<li class="active"><span>{k}</span></li>'
                      if k == n else f'<li><a href="{href(k)}">{k}</a></li>')
        items += (f'<li><a href="{href(n + 1)}">&raquo;</a></li>' if n < pages else
                  '<li class="disabled"><span>&raquo;</span></li>')
        inner = (
            '<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/zwgk.html">政务公开</a></li><li class="'
            'active">政府信息公开年报</li></ol><div class="row"><aside class="col-md-3"><div class="side-menu"><a hr'
            'ef="'
            '/zwgk/xxgkzn.html">政府信息公开指南</a><a href="/zwgk/xxgkzd.html">政府信息公开制度</a><a class="active" '
            f'href="{LIST}">政府信息公开年报</a></div></aside><section class="col-md-9"><div class="list-head"><h2>政府'
            f'信息公开年报</h2><span class="count">共 {len(self.entries)} 条</span></div><div class="news-list">{rows}'
            f'</div><ul class="pagination">{items}</ul></section></div>'
        )
        return Response(200, frame("政府信息公开年报 - 澬水县人民政府", inner).encode())


PORTALS = [NocmsZishui]
