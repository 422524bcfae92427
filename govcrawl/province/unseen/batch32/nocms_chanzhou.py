"""瀍州市医疗保障局 (ybj.chanzhou.gov.test), registered with no ``cms``: a city bureau site on Grav (flat-file PHP
CMS; ``<meta name="generator" content="GravCMS">``, Quark-style theme assets under ``/user/themes/czybj/``).  The 年报
blog page ``/xxgk/ndbg`` (the start URL; no trailing slash, as Grav writes its routes) is paged the Grav way, by a
*path parameter* after a colon: ``/xxgk/ndbg/page:2``, ``/xxgk/ndbg/page:3`` (``page:1`` answers too; past the
end Grav shows an empty list).  Pager: the pagination plugin's ``<ul class="pagination"><li class="page-item
disabled"><span class="page-link">&laquo;</span></li><li class="page-item active"><span class="page-link">1</span>
</li><li class="page-item"><a class="page-link" href="/xxgk/ndbg/page:2">2</a></li>…<li class="page-item"><a
class="page-link" href="/xxgk/ndbg/page:2">&raquo;</a></li></ul>`` with root-relative links.

List markup: Quark's blog list — ``<div class="card"><div class="card-header"><h3 class="card-title"><a
href="/xxgk/ndbg/<slug>">title</a></h3><span class="blog-date"><time class="dt-published"
datetime="2025-01-20T09:00:00+08:00">2025年01月20日</time></span></div><div class="card-body">summary…</div>
</div>``, four a page, newest first.  Articles at ``/xxgk/ndbg/<slug>`` (Grav page folders, e.g. ``ndbg-2024``):
``<h1 class="p-name">``, a ``<p class="page-meta">`` with 发布单位 and date, body in ``<div class="e-content">``.
The 2019 report is an image-only scan PDF in the page's own media folder,
``/user/pages/03.xxgk/02.ndbg/ndbg-2019/czybj-2019-ndbg.pdf`` (flagged image_only), linked from the page as
``附件：``.  The 医保中心 titles its report "市医保中心…" and the 潭西分局 "潭西分局…"; 发布单位 gives the full
names.  Chrome: skip link and 无障碍 link, header with the bureau name and ``<nav class="dropmenu">``, breadcrumb
``<div id="breadcrumbs">``, footer with 主办单位, 网站标识码, ICP.

Reports (8): 瀍州市医疗保障局 2019 (scan), 2020, 2021, 2022, 2023, 2024; 瀍州市医疗保险事业管理中心 2023;
瀍州市医疗保障局潭西分局 2024.  Decoys (3): 瀍州市医疗保障局2023年度部门决算, 瀍州市医疗保障局政府网站2024年工作
年度报表, 瀍州市医疗保障局关于2024年度政府信息公开工作年度报告发布的公告.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch32._site import MEDIA, Site, esc

HOST = "ybj.chanzhou.gov.test"
SITE = "chanzhou-ybj"
OWNER = "瀍州市医疗保障局"
LIST = "/xxgk/ndbg"
PER = 4


def frame(title: str, crumb: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><meta name="generator" content="GravCMS">'
        f'<title>{esc(title)} | 瀍州市医疗保障局</title><meta name="viewport" content="width=device-width, '
        'initial-scale=1"><link href="/user/themes/czybj/css-compiled/theme.min.css" rel="stylesheet"></head>'
        '<body id="top" class="header-fixed header-animated sticky-footer"><a class="skip" href="#body-wrapper">'
        '跳过导航</a><section id="header" class="section"><div class="navbar-section logo"><a href="/" '
        'class="navbar-brand">瀍州市医疗保障局</a></div><div class="navbar-section desktop-menu"><nav '
        'class="dropmenu animated"><ul class="navigation"><li><a href="/">首页</a></li><li><a href="/xxgk">信息公开'
        '</a></li><li><a href="/xxgk/ndbg">年度报告</a></li><li><a href="/wza">无障碍</a></li></ul></nav></div>'
        f'</section><section id="body-wrapper" class="section"><div id="breadcrumbs"><a href="/">首页</a> '
        f'<i class="fa fa-angle-right"></i> <a href="/xxgk">信息公开</a>{crumb}</div><div class="container">{inner}'
        '</div></section><section id="footer" class="section bg-gray"><p>主办单位：瀍州市医疗保障局　地址：瀍州市'
        '洛滨大道166号</p><p>网站标识码：9882100015　未ICP备21008816号-3</p></section></body></html>'
    )


class NocmsChanzhou(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 277_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.items: list[tuple[str, str, str, str]] = []  # date, slug, title, summary
        for year, date in ((2020, "2021-01-28"), (2021, "2022-01-25"), (2022, "2023-01-19"), (2023, "2024-01-24"),
                           (2024, "2025-01-22")):
            doc = self.doc(OWNER, year, date, f"瀍州市医疗保障局{year}年政府信息公开工作年度报告")
            self.report(SITE, self.page(f"ndbg-{year}", doc.title, date, OWNER, self.body(doc, word=year == 2021)),
                        doc)
        doc = self.doc(OWNER, 2019, "2020-01-20", "瀍州市医疗保障局2019年政府信息公开工作年度报告")
        media = "/user/pages/03.xxgk/02.ndbg/ndbg-2019/czybj-2019-ndbg.pdf"
        file_url = self.attach(HOST, media, doc, "scan")
        url = self.page("ndbg-2019", doc.title, "2020-01-20", OWNER,
                        f'<p>{esc(doc.title)}（扫描件）见附件。</p><p>附件：<a href="{media}">'
                        'czybj-2019-ndbg.pdf</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["scan"], report_url=file_url, flags=("image_only",))
        for agency, short, year, date, slug in (
                ("瀍州市医疗保险事业管理中心", "市医保中心", 2023, "2024-01-29", "ybzx-ndbg-2023"),
                ("瀍州市医疗保障局潭西分局", "潭西分局", 2024, "2025-01-24", "tanxi-ndbg-2024")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.page(slug, doc.title, date, agency, self.body(doc)), doc)
        for title, year, date, slug in (
                ("瀍州市医疗保障局2023年度部门决算", 2023, "2024-08-30", "bmjs-2023"),
                ("瀍州市医疗保障局政府网站2024年工作年度报表", 2024, "2025-01-15", "wzbb-2024"),
                ("瀍州市医疗保障局关于2024年度政府信息公开工作年度报告发布的公告", 2024, "2025-01-23", "ndbg-gg-2024")):
            self.decoy(SITE, self.page(slug, title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.items.sort(reverse=True)
        self.route(HOST, LIST, self.serve_list)
        for p in range(1, (len(self.items) + PER - 1) // PER + 2):
            self.route(HOST, f"{LIST}/page:{p}", self.serve_list)
        self.put(HOST, "/", frame("首页", "", '<h2>欢迎访问瀍州市医疗保障局</h2><ul><li><a href="/xxgk">政府信息公开'
                                            '</a></li><li><a href="/xxgk/ndbg">政府信息公开工作年度报告</a></li></ul>'))
        self.put(HOST, "/xxgk", frame("信息公开", "", '<h1>信息公开</h1><ul><li>机构职能</li><li>政策文件</li><li><a '
                                                  'href="/xxgk/ndbg">年度报告</a></li></ul>'))
        self.put(HOST, "/wza", frame("无障碍", "", "<h1>无障碍浏览</h1><p>本站支持键盘导航。</p>"))
        self.put(HOST, "/user/themes/czybj/css-compiled/theme.min.css", "body{margin:0}", "text/css")

    def page(self, slug: str, title: str, date: str, agency: str, content: str) -> str:
        self.next_id(3, 50)
        crumb = (' <i class="fa fa-angle-right"></i> <a href="/xxgk/ndbg">年度报告</a> <i class="fa fa-angle-right">'
                 f'</i> <span>{esc(title)}</span>')
        inner = (f'<article class="h-entry"><h1 class="p-name">{esc(title)}</h1><p class="page-meta">发布单位：'
                 f'{esc(agency)}　<time class="dt-published" datetime="{date}T09:00:00+08:00">{date}</time></p>'
                 f'<div class="e-content">{content}</div></article>')
        summary = f"{agency}发布{title[-14:] if len(title) > 14 else title}。"
        self.items.append((date, slug, title, summary))
        return self.put(HOST, f"{LIST}/{slug}", frame(title, crumb, inner))

    def serve_list(self, request: Request) -> Response:
        tail = request.path.rsplit("/", 1)[-1]
        page = int(tail[5:]) if tail.startswith("page:") and tail[5:].isdigit() else 1
        pages = (len(self.items) + PER - 1) // PER
        cards = "".join(
            f'<div class="card"><div class="card-header"><h3 class="card-title"><a href="{LIST}/{slug}">{esc(title)}'
            f'</a></h3><span class="blog-date"><time class="dt-published" datetime="{date}T09:00:00+08:00">'
            f'{date[:4]}年{date[5:7]}月{date[8:]}日</time></span></div><div class="card-body"><p>{esc(summary)}</p>'
            '</div></div>'
            for date, slug, title, summary in self.items[(page - 1) * PER:page * PER])

        def item(label: str, p: int, on: bool, active: bool = False) -> str:
            if active:
                return f'<li class="page-item active"><span class="page-link">{label}</span></li>'
            if not on:
                return f'<li class="page-item disabled"><span class="page-link">{label}</span></li>'
            return f'<li class="page-item"><a class="page-link" href="{LIST}/page:{p}">{label}</a></li>'

        pager = [item("&laquo;", page - 1, page > 1)]
        pager += [item(str(p), p, True, p == page) for p in range(1, pages + 1)]
        pager.append(item("&raquo;", page + 1, page < pages))
        inner = (f'<h1>政府信息公开工作年度报告</h1><div class="blog-listing">{cards}</div>'
                 f'<div id="listing-footer"><ul class="pagination">{"".join(pager)}</ul></div>')
        crumb = ' <i class="fa fa-angle-right"></i> <span>年度报告</span>'
        return Response(200, frame("年度报告", crumb, inner).encode("utf-8"))


PORTALS = [NocmsChanzhou]
