"""崆源县 (www.kongyuan.gov.test), registered with ``cms: auto`` and only its home page: a 米拓
(MetInfo 7) county site whose 年报 column is a sub-column two clicks from home — 信息公开, then the
column's side navigation — with pseudo-static ``list-<class>-<page>.html`` list pages and uploads named
by Unix time.

Home ``/`` links ``/xxgk/`` in its nav (and nothing of the 年报 column); ``/xxgk/`` is the 信息公开
column's landing page, whose ``<ul class="met-column-nav-ul">`` names its sub-columns, among them
``<a href="/xxgk/list-27.html" title="政府信息公开年报">``.  The list ``/xxgk/list-27.html`` (then
``list-27-2.html``, ``list-27-3.html``) is ``<ul class="met-news-list">`` of ``<li><a href="/xxgk/3891.html"
title="…"><h4>…</h4><p class="info"><span>2025-01-20</span></p></a></li>``, five a page, and the pager
``<div class="met-pager"><span class="met-pager-total">共11条</span><a class="PreA">上一页</a><a
class="Ahover">1</a><a href="/xxgk/list-27-2.html">2</a>…<a href="/xxgk/list-27-2.html" class="NextA">下一页
</a></div>``.  Articles ``/xxgk/<id>.html`` (``section.met-shownews``, ``div.met-editor``); the 民政局's 2024
report is a PDF ``/upload/202501/1737016294.pdf`` linked in its text.

Reports (8): 崆源县人民政府 2021–2024, 崆源县教育局 2024, 崆源县交通运输局 2023, 崆源县民政局 2024 (PDF),
崆源县梅林镇人民政府 2024 ("梅林镇…").  Decoys (3): 崆源县2024年度法治政府建设年度报告, 崆源县2024年国民经济和
社会发展统计公报, 《崆源县2024年政府信息公开工作年度报告》解读.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from html import escape

from govcrawl.province.unseen.batch19._files import PDF, FilePortal
from govcrawl.synth.model import ReportDoc

HOST = "www.kongyuan.gov.test"
SITE = "kongyuan-gov"
OWNER = "崆源县人民政府"
CLASS = 27
PER = 5


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE HTML><html class="met-web" lang="zh-cn"><head><meta charset="utf-8"><meta name="renderer" content="'
        f'webkit"><meta name="generator" content="MetInfo V7.9"><title>{escape(title)}</title><link rel="stylesheet" '
        'href="/public/web/css/basic.css?1699251620"><link rel="stylesheet" href="/templates/metv7/cache/metinfo.css">'
        '</head><body><header class="met-head" m-id="met_head" m-type="head_nav"><nav class="navbar"><div class="'
        'container"><a href="/" class="met-logo"><img src="/upload/202301/1673313421.png" alt="崆源县人民政府"></a><ul '
        'class="nav navbar-nav navlist"><li><a href="/" title="网站首页">网站首页</a></li><li><a href="/xxgk/" title="'
        '信息公开">信息公开</a></li><li><a href="/bsfw/" title="办事服务">办事服务</a></li><li><a href="/hdjl/" title="'
        f'互动交流">互动交流</a></li></ul></div></nav></header>{inner}<footer class="met-foot-info"><div class="'
        'container"><p>崆源县人民政府办公室 主办　网站标识码：9869060010　未ICP备18017720号</p><div class="powered_by_'
        'metinfo">Powered by <a href="https://www.metinfo.cn" target="_blank">MetInfo 7.9</a></div></div></footer>'
        '</body></html>'
    )


class AutoKongyuan(FilePortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.id = 3800
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2021, "2022-01-27"), (2022, "2023-01-29"), (2023, "2024-01-31"), (2024, "2025-01-27")):
            self.article(self.doc(OWNER, year, date, f"崆源县{year}年政府信息公开工作年度报告"), "县政府办公室")
        self.article(self.doc("崆源县教育局", 2024, "2025-01-14", "崆源县教育局2024年政府信息公开工作年度报告"),
                     "崆源县教育局")
        self.article(self.doc("崆源县交通运输局", 2023, "2024-01-22", "崆源县交通运输局2023年政府信息公开工作年度报告"),
                     "崆源县交通运输局")
        self.article(self.doc("崆源县梅林镇人民政府", 2024, "2025-01-06", "梅林镇2024年政府信息公开工作年度报告"),
                     "梅林镇人民政府")
        self.attached(self.doc("崆源县民政局", 2024, "2025-01-16", "崆源县民政局2024年度政府信息公开工作年度报告"))
        for title, year, date in (("崆源县2024年度法治政府建设年度报告", 2024, "2025-03-24"),
                                  ("崆源县2024年国民经济和社会发展统计公报", 2024, "2025-04-02"),
                                  ("《崆源县2024年政府信息公开工作年度报告》解读", 2024, "2025-01-27")):
            url = self.page_of(title, date, "县政府办公室", self.notice_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        rows = sorted(self.rows, key=lambda r: (r[2], r[0]), reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for k, chunk in enumerate(pages):
            self.put(HOST, self.list_path(k), self.list_page(chunk, k, len(pages), len(rows)))
        self.put(HOST, "/", frame("崆源县人民政府", (
            '<div class="met-banner"><img src="/upload/202412/1733894410.jpg" alt=""></div><section class="met-index-'
            'news"><h2>崆源要闻</h2><ul><li><a href="/xwzx/3790.html">县政府召开第38次常务会议</a></li></ul>'
            '</section>')))
        self.put(HOST, "/xxgk/", frame("信息公开-崆源县人民政府", (
            '<div class="met-column-nav"><ul class="met-column-nav-ul"><li><a href="/xxgk/list-25.html" title="政策文'
            '件">'
            f'政策文件</a></li><li><a href="/xxgk/list-26.html" title="财政信息">财政信息</a></li><li><a href="'
            f'{self.list_path(0)}" title="政府信息公开年报">政府信息公开年报</a></li><li><a href="/xxgk/list-28.html" '
            'title="公开指南">公开指南</a></li></ul></div><section class="met-show"><div class="met-editor"><p>崆源县'
            '人民政府信息公开专栏。</p></div></section>')))

    @staticmethod
    def list_path(k: int) -> str:
        return f"/xxgk/list-{CLASS}.html" if k == 0 else f"/xxgk/list-{CLASS}-{k + 1}.html"

    def page_of(self, title: str, date: str, source: str, content: str) -> str:
        self.id += self.rng.randint(4, 50)
        path = f"/xxgk/{self.id}.html"
        inner = (
            '<section class="met-shownews"><div class="container"><div class="met-crumbs"><a href="/">网站首页</a> &gt'
            '; '
            f'<a href="/xxgk/">信息公开</a> &gt; <a href="{self.list_path(0)}">政府信息公开年报</a></div><h1 class="'
            f'met-shownews-title">{escape(title)}</h1><div class="info"><span>{date} 15:{self.rng.randint(10, 59)}'
            f'</span><span>来源：{escape(source)}</span><span><i class="icon"></i><script src="/hits/?type=news&vid='
            f'{self.id}"></script></span></div><div class="met-editor">{content}</div></div></section>'
        )
        url = self.put(HOST, path, frame(f"{title}-崆源县人民政府", inner))
        self.rows.append((path, title, date))
        return url

    def article(self, doc: ReportDoc, source: str) -> None:
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, self.body(doc)), doc)

    def attached(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        moment = datetime.fromisoformat(date + "T16:31:34").replace(tzinfo=timezone(timedelta(hours=8)))
        path = f"/upload/{date[:4]}{date[5:7]}/{int(moment.timestamp())}.pdf"
        url = self.page_of(doc.title, date, "崆源县民政局",
                           f'<p>《{escape(doc.title)}》全文请下载：<a href="{path}" target="_blank">{escape(doc.title)}'
                           '.pdf</a></p>')
        self.report(SITE, url, doc, media_type=PDF, report_url=self.put_file(HOST, path, doc, PDF))

    def list_page(self, chunk: list[tuple[str, str, str]], k: int, pages: int, total: int) -> str:
        items = "".join(f'<li><a href="{h}" title="{escape(t)}" target="_self"><h4>{escape(t)}</h4><p class="info">'
                        f'<span>{d}</span></p></a></li>' for h, t, d in chunk)
        nums = "".join(f'<a class="Ahover">{j + 1}</a>' if j == k else
                       f'<a href="{self.list_path(j)}">{j + 1}</a>' for j in range(pages))
        prev = f'<a href="{self.list_path(k - 1)}" class="PreA">上一页</a>' if k else '<a class="PreA">上一页</a>'
        nxt = (f'<a href="{self.list_path(k + 1)}" class="NextA">下一页</a>' if k < pages - 1
               else '<a class="NextA">下一页</a>')
        inner = (
            '<section class="met-news"><div class="container"><div class="met-crumbs"><a href="/">网站首页</a> &gt; <a '
            'href="/xxgk/">信息公开</a> &gt; 政府信息公开年报</div><div class="met-news-body"><ul class="met-news-list'
            '">'
            f'{items}</ul><div class="met-pager"><span class="met-pager-total">共{total}条</span>{prev}{nums}{nxt}</di'
            f'v>'
            '</div></div></section>'
        )
        return frame("政府信息公开年报-崆源县人民政府", inner)


PORTALS = [AutoKongyuan]
