"""濯州市应急管理局 (yjj.zhuozhou.gov.test), registered with no ``cms``: a bureau site on Wagtail (Django; no README
family — the pages carry ``/static/css/zzyjj.css`` and Wagtail's ``/documents/<id>/<file>`` file URLs).  The 年报
index page ``/xxgk/ndbg/`` (the start URL) is paged by Django's ``Paginator`` with *relative query-only* links:
``?page=2``, ``?page=3`` (page 1 is the bare URL; ``?page=1`` also answers; out-of-range pages give Django's 404).
Pager: the Django documentation's pattern — ``<div class="pagination"><span class="step-links"><a href="?page=1">
&laquo; 首页</a> <a href="?page=1">上一页</a> <span class="current">第 2 页，共 3 页</span> <a href="?page=3">下一页
</a> <a href="?page=3">末页 &raquo;</a></span></div>`` — no numbered links, only first/previous/next/last.

List markup: ``<div class="listing">`` of ``<div class="listing-item"><h3 class="listing-title"><a
href="/xxgk/ndbg/<slug>/">…</a></h3><p class="listing-meta"><span class="unit">…</span> <time
datetime="2025-01-22">2025年1月22日</time></p><p class="listing-intro">…</p></div>`` (Wagtail ``search_description``
as intro), four a page, newest first.  Articles at ``/xxgk/ndbg/<pinyin-slug>/`` (Wagtail child pages):
``<h1 class="page-title">``, a ``<dl class="page-meta">`` with 发布单位 / 发布日期, StreamField body ``<div
class="streamfield"><div class="block-paragraph"><div class="rich-text">…</div></div>…</div>``.  The 2022 report
is a DOCX, a Wagtail document ``/documents/<n>/zzyjj-2022-ndbg.docx`` linked from a ``block-document`` block
(the page text only a note).  The 地震局 (挂牌 in the bureau) titles its report "市地震局…" and the 经开区分局
"经开区分局…" — full names in 发布单位.  Chrome: a skip link (无障碍), header with the bureau name, ``<nav
class="main-nav">``, breadcrumb ``<ol class="breadcrumb">``, footer with 主办单位, 网站标识码, ICP.

Reports (8): 濯州市应急管理局 2019, 2020, 2021, 2022 (DOCX), 2023, 2024; 濯州市地震局 2023; 濯州市应急管理局经济技术
开发区分局 2024.  Decoys (3): 濯州市应急管理局2024年度部门决算, 濯州市应急管理局2023年法治政府建设年度报告,
关于《濯州市应急管理局2023年政府信息公开工作年度报告》的解读.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch31._site import MEDIA, Site, esc

HOST = "yjj.zhuozhou.gov.test"
SITE = "zhuozhou-yjj"
OWNER = "濯州市应急管理局"
LIST = "/xxgk/ndbg/"
PER = 4


def frame(title: str, crumb: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh-hans"><head><meta charset="utf-8"><title>'
        f'{esc(title)} - 濯州市应急管理局</title><meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="stylesheet" href="/static/css/zzyjj.css"></head><body class="template-page">'
        '<a class="skip-link" href="#main">跳到主要内容</a> <a href="/wza/">无障碍</a><header class="site-header">'
        '<a class="logo" href="/">濯州市应急管理局</a><nav class="main-nav"><ul><li><a href="/">首页</a></li>'
        '<li><a href="/xxgk/">信息公开</a></li><li><a href="/xxgk/ndbg/">年度报告</a></li></ul></nav></header>'
        f'<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li>{crumb}</ol>'
        f'<main id="main">{inner}</main><footer class="site-footer"><p>主办单位：濯州市应急管理局　'
        '地址：濯州市滨河路88号</p><p>网站标识码：9881100012　未ICP备19033562号-2</p></footer></body></html>'
    )


class NocmsZhuozhou(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 267_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.items: list[tuple[str, str, str, str]] = []  # date, path, title, agency
        for year, date in ((2019, "2020-01-17"), (2020, "2021-01-22"), (2021, "2022-01-25"), (2023, "2024-01-19"),
                           (2024, "2025-01-22")):
            doc = self.doc(OWNER, year, date, f"濯州市应急管理局{year}年政府信息公开工作年度报告")
            self.report(SITE, self.page(doc.title, date, OWNER, f"{year}nian-zhengfu-xinxi-gongkai-niandu-baogao",
                                        self.rich(self.body(doc, word=year == 2020))), doc)
        doc = self.doc(OWNER, 2022, "2023-01-20", "濯州市应急管理局2022年政府信息公开工作年度报告")
        path = f"/documents/{self.rng.randint(30, 90)}/zzyjj-2022-ndbg.docx"
        url = self.page(doc.title, "2023-01-20", OWNER, "2022nian-zhengfu-xinxi-gongkai-niandu-baogao",
                        self.rich(f"<p>{esc(doc.title)}详见附件。</p>") + '<div class="block-document"><a href="'
                        f'{path}" class="doc-link">{esc(doc.title)}.docx</a></div>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=self.attach(HOST, path, doc, "docx"))
        for agency, short, slug, year, date in (
                ("濯州市地震局", "市地震局", "shi-dizhenju-2023-niandu-baogao", 2023, "2024-01-24"),
                ("濯州市应急管理局经济技术开发区分局", "经开区分局", "jingkaiqu-fenju-2024-niandu-baogao", 2024,
                 "2025-01-14")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.page(doc.title, date, agency, slug, self.rich(self.body(doc))), doc)
        for title, slug, year, date in (
                ("濯州市应急管理局2024年度部门决算", "2024niandu-bumen-juesuan", 2024, "2025-08-29"),
                ("濯州市应急管理局2023年法治政府建设年度报告", "2023nian-fazhi-zhengfu-jianshe", 2023, "2024-03-20"),
                ("关于《濯州市应急管理局2023年政府信息公开工作年度报告》的解读", "2023niandu-baogao-jiedu", 2023,
                 "2024-01-19")):
            self.decoy(SITE, self.page(title, date, OWNER, slug, self.rich(self.decoy_body(title, OWNER, year))), title)
        self.items.sort(reverse=True)
        self.route(HOST, LIST, self.listing)
        self.put(HOST, "/index.html", frame("首页", "", '<section class="home"><h2>通知公告</h2><ul><li>关于开展'
                 '汛期安全检查的通知</li></ul><h2><a href="/xxgk/ndbg/">政府信息公开年度报告</a></h2></section>'))
        self.put(HOST, "/xxgk/index.html", frame("信息公开", "", '<h1 class="page-title">信息公开</h1><ul '
                 'class="child-pages"><li><a href="/xxgk/ndbg/">政府信息公开年度报告</a></li><li>公开指南</li></ul>'))
        self.put(HOST, "/wza/index.html", frame("无障碍", "", "<p>无障碍浏览说明。</p>"))
        self.put(HOST, "/static/css/zzyjj.css", "body{font-family:sans-serif}", "text/css")

    @staticmethod
    def rich(html: str) -> str:
        return f'<div class="block-paragraph"><div class="rich-text">{html}</div></div>'

    def page(self, title: str, date: str, agency: str, slug: str, blocks: str) -> str:
        path = f"{LIST}{slug}/"
        crumb = '<li><a href="/xxgk/ndbg/">政府信息公开年度报告</a></li>'
        inner = (f'<article class="page"><h1 class="page-title">{esc(title)}</h1><dl class="page-meta"><dt>发布单位'
                 f'</dt><dd>{esc(agency)}</dd><dt>发布日期</dt><dd><time datetime="{date}">{date}</time></dd></dl>'
                 f'<div class="streamfield">{blocks}</div></article>')
        self.put(HOST, path + "index.html", frame(title, crumb, inner))
        self.items.append((date, path, title, agency))
        return f"http://{HOST}{path}"

    def listing(self, request: Request) -> Response:
        pages = (len(self.items) + PER - 1) // PER
        raw = request.param("page", "1")
        if not raw.isdigit() or not 1 <= int(raw) <= pages:
            return Response(404, b"<h1>Not Found</h1><p>The requested resource was not found on this server.</p>",
                            "text/html")
        page = int(raw)
        items = "".join(
            f'<div class="listing-item"><h3 class="listing-title"><a href="{path}">{esc(title)}</a></h3><p '
            f'class="listing-meta"><span class="unit">{esc(agency)}</span> <time datetime="{date}">'
            f'{int(date[:4])}年{int(date[5:7])}月{int(date[8:])}日</time></p><p class="listing-intro">'
            f'{esc(title)}。</p></div>'
            for date, path, title, agency in self.items[(page - 1) * PER:page * PER])
        links = []
        if page > 1:
            links.append(f'<a href="?page=1">&laquo; 首页</a> <a href="?page={page - 1}">上一页</a>')
        links.append(f'<span class="current">第 {page} 页，共 {pages} 页</span>')
        if page < pages:
            links.append(f'<a href="?page={page + 1}">下一页</a> <a href="?page={pages}">末页 &raquo;</a>')
        inner = (f'<h1 class="page-title">政府信息公开年度报告</h1><div class="listing">{items}</div>'
                 f'<div class="pagination"><span class="step-links">{" ".join(links)}</span></div>')
        body = frame("政府信息公开年度报告", "<li>政府信息公开年度报告</li>", inner)
        return Response(200, body.encode("utf-8"), "text/html; charset=utf-8")


PORTALS = [NocmsZhuozhou]
