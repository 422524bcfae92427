"""淄源市城市管理局 (cgj.ziyuan.gov.test), registered with no ``cms`` and only its home page ``/``: a city bureau
site on ProcessWire 3 (a PHP CMS; no README family — UIkit 3 "regular" site profile, assets under
``/site/templates/``, uploaded files under ``/site/assets/files/<page id>/``) in UTF-8.  Every page URL ends in a
slash.

Path: home ``/`` (``uk-navbar`` menu: 首页, 信息公开 ``/xxgk/``, 办事服务 ``/bsfw/``) → ``/xxgk/`` (a ``uk-nav``
side menu of child pages, one of them 政府信息公开年度报告 ``/xxgk/ndbg/``) → the 年报 list ``/xxgk/ndbg/``, paged
by ProcessWire's page-number URL segments: ``/xxgk/ndbg/page2/``, ``/xxgk/ndbg/page3/`` (``page1`` is never
linked; page 1 is the bare URL; a page number past the end answers 404).  Articles are child pages
``/xxgk/ndbg/<name>/`` whose names the editors typed (``nb2024``, ``zfzd2023``, ``jsgk2023``…).

List markup: ``<ul class="uk-list uk-list-divider">`` of ``<li><a class="uk-link-reset" href="/xxgk/ndbg/nb2024/">
title</a><span class="uk-text-meta uk-float-right">2025-01-21</span></li>``, four a page, newest first. Pager: the
stock ``MarkupPagerNav`` output with *single-quoted* attributes — ``<ul class='MarkupPagerNav uk-pagination' role=
'navigation'>``, ``<li class='MarkupPagerNavOn …' aria-current='true'>``, numbered ``<a href='/xxgk/ndbg/page2/'>
<span>2</span></a>`` and ``MarkupPagerNavPrevious`` / ``MarkupPagerNavNext`` items labelled 上一页 / 下一页.

Articles: ``<article class="uk-article">`` with ``<h1 class="uk-article-title">``, ``<p class="uk-article-meta">``
(发布时间, 来源) and the body in ``<div class="uk-margin-medium">``.  The 2020 report's page holds a line and an
附件 ``<ul class="uk-list">`` linking an image-only scanned PDF ``/site/assets/files/<id>/2020nb.pdf`` (flagged
image_only). The 执法支队 report's title says "市城管执法支队…" and its 来源 is 淄源市城市管理综合行政执法支队.
Chrome: header with bureau name and 无障碍 ``/wza/``, footer with 主办单位, 网站标识码, ICP, 公安备案.

Reports (7): 淄源市城市管理局 2019, 2020 (scan), 2021, 2022, 2023, 2024; 淄源市城市管理综合行政执法支队 2023.
Decoys (2): 淄源市城市管理局2023年度部门决算, 淄源市城市管理局2023年法治政府建设年度报告.
Other items (2): bureau news."""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch35._site import MEDIA, Site, esc

HOST = "cgj.ziyuan.gov.test"
SITE = "ziyuan-cgj"
OWNER = "淄源市城市管理局"
PER = 4
LIST = "/xxgk/ndbg/"


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>{esc(title)} | 淄源市城市管理局</title>\n'
        '<link rel="stylesheet" href="/site/templates/uikit/dist/css/uikit.min.css">\n'
        '<link rel="stylesheet" href="/site/templates/styles/main.css">\n</head>\n<body>\n'
        '<header class="uk-background-primary uk-light"><div class="uk-container"><nav class="uk-navbar-container '
        'uk-navbar-transparent" uk-navbar><div class="uk-navbar-left"><a class="uk-navbar-item uk-logo" href="/">'
        '淄源市城市管理局</a><ul class="uk-navbar-nav"><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a>'
        '</li><li><a href="/bsfw/">办事服务</a></li></ul></div><div class="uk-navbar-right"><a class="uk-navbar-item" '
        'href="/wza/">无障碍</a></div></nav></div></header>\n'
        f'<main class="uk-container uk-margin-medium-top">{inner}</main>\n'
        '<footer class="uk-section uk-section-muted uk-text-small uk-text-center">主办单位：淄源市城市管理局　'
        '网站标识码：9885100003<br>未ICP备20033618号-2　未公网安备98851002000173号</footer>\n'
        '<script src="/site/templates/uikit/dist/js/uikit.min.js"></script>\n</body>\n</html>\n'
    )


class NocmsZiyuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 307_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.items: list[tuple[str, str, str]] = []
        doc = self.doc(OWNER, 2019, "2020-01-16", "淄源市城市管理局2019年政府信息公开工作年度报告")
        self.report(SITE, self.art("nb2019", doc.title, "2020-01-16", OWNER, self.body(doc, word=True)), doc)
        doc = self.doc(OWNER, 2020, "2021-01-25", "淄源市城市管理局2020年政府信息公开工作年度报告")
        pid = self.next_id(5, 40)
        path = f"/site/assets/files/{pid}/2020nb.pdf"
        scan = self.attach(HOST, path, doc, "scan")
        url = self.art("nb2020", doc.title, "2021-01-25", OWNER,
                       f'<p>现将{esc(doc.title)}（扫描件）予以公开。</p><h4>附件</h4><ul class="uk-list">'
                       f'<li><a href="{path}" download>2020nb.pdf</a></li></ul>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=scan, flags=("image_only",))
        for year, date in ((2021, "2022-01-24"), (2022, "2023-01-18"), (2023, "2024-01-26"), (2024, "2025-01-21")):
            doc = self.doc(OWNER, year, date, f"淄源市城市管理局{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(f"nb{year}", doc.title, date, OWNER, self.body(doc)), doc)
        agency = "淄源市城市管理综合行政执法支队"
        doc = self.doc(agency, 2023, "2024-01-30", "市城管执法支队2023年政府信息公开工作年度报告")
        self.report(SITE, self.art("zfzd2023", doc.title, "2024-01-30", agency, self.body(doc)), doc)
        for name, title, year, date in (("jsgk2023", "淄源市城市管理局2023年度部门决算", 2023, "2024-08-28"),
                                        ("fzjs2023", "淄源市城市管理局2023年法治政府建设年度报告", 2023, "2024-03-12")):
            self.decoy(SITE, self.art(name, title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        for name, title, date in (("xw0611", "市城管局开展“市容环境整治月”活动", "2024-06-11"),
                                  ("xw0322", "市城管局召开政务公开工作会议", "2023-03-22")):
            self.art(name, title, date, OWNER, "<p>活动中，各执法中队对重点路段开展集中整治。</p>")
        self.items.sort(reverse=True)
        pages = (len(self.items) + PER - 1) // PER
        for page in range(1, pages + 1):
            self.put(HOST, LIST if page == 1 else f"{LIST}page{page}/", self.list_page(page, pages))
        side = "".join(f'<li><a href="/xxgk/{slug}/">{name}</a></li>' for slug, name in (
            ("jgzn", "机构职能"), ("ndbg", "政府信息公开年度报告"), ("zcwj", "政策文件")))
        self.put(HOST, "/xxgk/", frame("信息公开", '<div uk-grid><div class="uk-width-1-4"><ul class="uk-nav '
                                                   f'uk-nav-default">{side}</ul></div><div class="uk-width-3-4">'
                                                   '<h1>信息公开</h1><p>请选择左侧栏目。</p></div></div>'))
        self.put(HOST, "/xxgk/jgzn/", frame("机构职能", "<h1>机构职能</h1><p>负责全市城市管理工作。</p>"))
        self.put(HOST, "/xxgk/zcwj/", frame("政策文件", "<h1>政策文件</h1><p>暂无。</p>"))
        self.put(HOST, "/bsfw/", frame("办事服务", "<h1>办事服务</h1><p>占道挖掘许可等事项。</p>"))
        self.put(HOST, "/wza/", frame("无障碍", "<h1>无障碍</h1><p>本站支持键盘浏览。</p>"))
        self.put(HOST, "/", frame("首页", '<div class="uk-card uk-card-default uk-card-body"><h3>信息公开</h3>'
                                          '<a href="/xxgk/">进入信息公开</a></div>'))
        self.put(HOST, "/site/templates/styles/main.css", "body{font-size:15px}", "text/css")
        self.put(HOST, "/site/templates/uikit/dist/css/uikit.min.css", "/*! UIkit 3.16 */", "text/css")
        self.put(HOST, "/site/templates/uikit/dist/js/uikit.min.js", "/*! UIkit 3.16 */", "text/javascript")

    def art(self, name: str, title: str, date: str, agency: str, content: str) -> str:
        path = f"{LIST}{name}/"
        self.put(HOST, path, frame(title, f'<article class="uk-article"><h1 class="uk-article-title">{esc(title)}</h1>'
                                          f'<p class="uk-article-meta">发布时间：{date}　来源：{esc(agency)}</p>'
                                          f'<div class="uk-margin-medium">{content}</div></article>'))
        self.items.append((date, name, title))
        return f"http://{HOST}{path}"

    def list_page(self, page: int, pages: int) -> str:
        lis = "".join(f'<li><a class="uk-link-reset" href="{LIST}{name}/">{esc(title)}</a>'
                      f'<span class="uk-text-meta uk-float-right">{date}</span></li>'
                      for date, name, title in self.items[(page - 1) * PER:page * PER])

        def href(p: int) -> str:
            return LIST if p == 1 else f"{LIST}page{p}/"

        nav = []
        if page > 1:
            nav.append(f"<li aria-label='上一页' class='MarkupPagerNavPrevious'><a href='{href(page - 1)}'>"
                       "<span>上一页</span></a></li>")
        for p in range(1, pages + 1):
            cls = ["MarkupPagerNavOn"] if p == page else []
            cls += ["MarkupPagerNavFirst MarkupPagerNavFirstNum"] if p == 1 else []
            cls += ["MarkupPagerNavLastNum"] if p == pages else []
            cur = " aria-current='true'" if p == page else ""
            nav.append(f"<li aria-label='第{p}页' class='{' '.join(cls)}'{cur}><a href='{href(p)}'><span>{p}</span>"
                       "</a></li>")
        if page < pages:
            nav.append("<li aria-label='下一页' class='MarkupPagerNavNext MarkupPagerNavLast'>"
                       f"<a href='{href(page + 1)}'><span>下一页</span></a></li>")
        pager = f"<ul class='MarkupPagerNav uk-pagination' role='navigation'>{''.join(nav)}</ul>"
        return frame("政府信息公开年度报告",
                     f'<h1>政府信息公开年度报告</h1><ul class="uk-list uk-list-divider">{lis}</ul>{pager}')


PORTALS = [NocmsZiyuan]
