"""嵺岭县 (www.liaoling.gov.test), registered ``cms: auto`` with only the home page ``/``: a county portal on Plone
(Python/Zope; ``<meta name="generator" content="Plone - http://plone.com">``, ``++plone++static`` resources, "Powered
by Plone" colophon).  Every link Plone writes is absolute (``http://www.liaoling.gov.test/…``) and folders have no
trailing slash.  The home page's ``<nav id="portal-globalnav">`` links the folder ``/xxgk`` (信息公开) and a
"政务公开" portlet on the home page links ``/xxgk/zfxxgknb`` (政府信息公开年报); ``/xxgk`` lists its sub-folders as
well.

The 年报 folder ``/xxgk/zfxxgknb`` is Plone's *summary view*: ``<article class="tileItem"><h2 class="tileHeadline"><a
class="summary url" href="…">title</a></h2><div class="tileBody"><span class="description">…</span></div><div
class="documentByLine">…发布日期 2025/01/20</div></article>``, four a page, newest first.  Pager: Plone's batch
navigation on the query parameter ``b_start:int`` (an item offset): ``<nav class="pagination"><ul><li
class="active"><span>1</span></li><li><a href="…/xxgk/zfxxgknb?b_start:int=4">2</a></li><li><a
href="…?b_start:int=8">3</a></li><li class="next"><a href="…?b_start:int=4"><span class="label">下一页 4 项
»</span></a></li></ul></nav>`` (``li.previous`` on later pages).  Offsets past the end give an empty listing.

Documents at ``/xxgk/zfxxgknb/<id>`` (Plone ids: ``ndbg-2024``, ``zrzyj-ndbg-2022`` …): ``<h1
class="documentFirstHeading">``, ``<div class="documentDescription description">`` naming 发布机构, body in ``<div
id="parent-fieldname-text">``.  The 2021 report is a Plone *File* item: the listing links its view page
``/xxgk/zfxxgknb/ndbg2021.pdf/view`` whose "下载" link is ``…/ndbg2021.pdf/@@download/file/ndbg2021.pdf`` (a PDF).
The 自然资源局 titles its report "县自然资源局…" and the 苇滩乡 "苇滩乡…"; the description names the full agency.
Chrome: ``#portal-top`` header with 无障碍 link, global nav, ``#portal-breadcrumbs``, footer with 主办单位, 网站标识码,
ICP.

Reports (8): 嵺岭县人民政府 2019, 2020, 2021 (PDF), 2022, 2023, 2024; 嵺岭县自然资源局 2022; 嵺岭县苇滩乡人民政府
2023.  Decoys (3): 嵺岭县人民政府2023年法治政府建设年度报告, 嵺岭县政府信息公开指南（2024年版）,
《嵺岭县人民政府2024年政府信息公开工作年度报告》政策解读.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch32._site import MEDIA, Site, esc

HOST = "www.liaoling.gov.test"
BASE = f"http://{HOST}"
SITE = "liaoling-gov"
OWNER = "嵺岭县人民政府"
FOLDER = "/xxgk/zfxxgknb"
PER = 4


def frame(title: str, crumbs: list[tuple[str, str]], inner: str, section: str = "") -> str:
    crumb = "".join(f'<li><a href="{BASE}{p}">{esc(t)}</a></li>' for p, t in crumbs)
    nav = "".join(f'<li class="{"selected" if p == section else "plain"}"><a href="{BASE}{p}">{t}</a></li>'
                  for p, t in (("", "首页"), ("/xxgk", "信息公开"), ("/zwdt", "政务动态"), ("/hdjl", "互动交流")))
    return (
        '<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="zh-cn"><head><meta charset="utf-8">'
        f'<title>{esc(title)} — 嵺岭县人民政府</title><meta name="generator" content="Plone - http://plone.com">'
        f'<meta name="SiteName" content="嵺岭县人民政府"><link rel="stylesheet" href="{BASE}/++plone++static/'
        'plone-compiled.css"></head><body class="template-summary_view portaltype-folder site-Plone">'
        '<div class="outer-wrapper"><header id="content-header"><div class="container"><div id="portal-top">'
        f'<div id="portal-header"><a id="portal-logo" title="嵺岭县人民政府" href="{BASE}">嵺岭县人民政府</a>'
        f'<div id="portal-anontools"><a href="{BASE}/wza">无障碍</a></div></div></div></div></header>'
        f'<div id="mainnavigation-wrapper"><nav id="portal-globalnav"><ul>{nav}</ul></nav></div>'
        f'<nav id="portal-breadcrumbs" class="plone-breadcrumb"><ol><li id="breadcrumbs-home"><a href="{BASE}">首页'
        f'</a></li>{crumb}</ol></nav><div id="content-core"><article id="content">{inner}</article></div></div>'
        '<footer id="portal-footer-wrapper"><div id="portal-footer"><p>主办单位：嵺岭县人民政府办公室　承办：'
        '嵺岭县大数据中心</p><p>网站标识码：9882090001　未ICP备20041175号-1　未公网安备98820902000117号</p></div>'
        '<div id="portal-colophon"><a href="https://plone.org">Powered by Plone &amp; Python</a></div></footer>'
        '</body></html>'
    )


class AutoLiaoling(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 276_200

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.items: list[tuple[str, str, str, str]] = []  # date, url, title, description
        crumbs = [("/xxgk", "信息公开"), (FOLDER, "政府信息公开年报")]
        for year, date in ((2019, "2020-01-19"), (2020, "2021-01-25"), (2022, "2023-01-17"), (2023, "2024-01-22"),
                           (2024, "2025-01-20")):
            doc = self.doc(OWNER, year, date, f"嵺岭县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.page(f"ndbg-{year}", doc.title, date, OWNER, self.body(doc, word=year == 2022)),
                        doc)
        for agency, short, year, date, oid in (
                ("嵺岭县自然资源局", "县自然资源局", 2022, "2023-01-28", "zrzyj-ndbg-2022"),
                ("嵺岭县苇滩乡人民政府", "苇滩乡", 2023, "2024-01-18", "wtx-ndbg-2023")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.page(oid, doc.title, date, agency, self.body(doc)), doc)
        doc = self.doc(OWNER, 2021, "2022-01-21", "嵺岭县人民政府2021年政府信息公开工作年度报告")
        file_url = self.attach(HOST, f"{FOLDER}/ndbg2021.pdf/@@download/file/ndbg2021.pdf", doc, "pdf")
        size = self.rng.randint(300, 900)
        view = self.put(HOST, f"{FOLDER}/ndbg2021.pdf/view", frame(doc.title, crumbs, (
            f'<h1 class="documentFirstHeading">{esc(doc.title)}</h1><div class="documentDescription description">'
            f'发布机构：{OWNER}</div><div id="content-core"><p><a href="{file_url}"><img src="{BASE}/++resource++'
            f'mimetype.icons/pdf.png" alt="">下载 ndbg2021.pdf</a> <span class="discreet">— PDF document, {size} KB'
            '</span></p></div>'), "/xxgk"))
        self.items.append(("2022-01-21", view, doc.title, f"发布机构：{OWNER}"))
        self.report(SITE, view, doc, media_type=MEDIA["pdf"], report_url=file_url)
        for title, year, date, oid in (("嵺岭县人民政府2023年法治政府建设年度报告", 2023, "2024-02-27", "fzzf-2023"),
                                       ("嵺岭县政府信息公开指南（2024年版）", 2024, "2024-04-08", "gkzn-2024"),
                                       ("《嵺岭县人民政府2024年政府信息公开工作年度报告》政策解读", 2024, "2025-01-21",
                                        "ndbg-2024-jd")):
            self.decoy(SITE, self.page(oid, title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.items.sort(reverse=True)
        self.route(HOST, FOLDER, self.serve_folder)
        self.put(HOST, "/", frame("首页", [], (
            '<section class="portlet" id="portlet-zwgk"><header class="portletHeader">政务公开</header><ul>'
            f'<li><a href="{BASE}/xxgk">政府信息公开</a></li><li><a href="{BASE}{FOLDER}">政府信息公开年报</a></li>'
            f'<li><a href="{BASE}/xxgk/gkzn">政府信息公开指南</a></li></ul></section>'
            f'<section class="portlet"><header class="portletHeader">政务动态</header><ul><li><a href="{BASE}/zwdt">'
            '嵺岭县召开2025年政务公开工作推进会</a></li></ul></section>'), ""))
        self.put(HOST, "/xxgk", frame("信息公开", [("/xxgk", "信息公开")], (
            '<h1 class="documentFirstHeading">信息公开</h1><article class="tileItem"><h2 class="tileHeadline">'
            f'<a class="summary url" href="{BASE}/xxgk/gkzn">政府信息公开指南</a></h2></article>'
            f'<article class="tileItem"><h2 class="tileHeadline"><a class="summary url" href="{BASE}{FOLDER}">'
            '政府信息公开年报</a></h2></article>'), "/xxgk"))
        self.put(HOST, "/xxgk/gkzn", frame("政府信息公开指南", [("/xxgk", "信息公开")], (
            f'<h1 class="documentFirstHeading">政府信息公开指南</h1><p>见<a href="{BASE}{FOLDER}/gkzn-2024">'
            '嵺岭县政府信息公开指南（2024年版）</a>。</p>'), "/xxgk"))
        self.put(HOST, "/++plone++static/plone-compiled.css", "body{margin:0}", "text/css")
        self.put(HOST, "/++resource++mimetype.icons/pdf.png", b"\x89PNG\r\n\x1a\n", "image/png")
        for path, title in (("/zwdt", "政务动态"), ("/hdjl", "互动交流"), ("/wza", "无障碍")):
            self.put(HOST, path, frame(title, [(path, title)], f'<h1 class="documentFirstHeading">{title}</h1>'
                                                              '<p>暂无内容。</p>', path))

    def page(self, oid: str, title: str, date: str, agency: str, content: str) -> str:
        self.next_id(3, 40)
        desc = f"发布机构：{agency}"
        crumbs = [("/xxgk", "信息公开"), (FOLDER, "政府信息公开年报")]
        inner = (f'<h1 class="documentFirstHeading">{esc(title)}</h1><div class="documentByLine" '
                 f'id="plone-document-byline">发布日期 {date.replace("-", "/")}</div><div class="documentDescription '
                 f'description">{esc(desc)}</div><div id="parent-fieldname-text">{content}</div>')
        url = self.put(HOST, f"{FOLDER}/{oid}", frame(title, crumbs, inner, "/xxgk"))
        self.items.append((date, url, title, desc))
        return url

    def serve_folder(self, request: Request) -> Response:
        raw = request.param("b_start:int", "0")
        start = int(raw) if raw.isdigit() else 0
        total = len(self.items)
        tiles = "".join(
            f'<article class="tileItem"><h2 class="tileHeadline"><a class="summary url" href="{url}">{esc(title)}</a>'
            f'</h2><div class="tileBody"><span class="description">{esc(desc)}</span></div><div class="documentByLine">'
            f'<span class="documentPublished">发布日期 {date.replace("-", "/")}</span></div></article>'
            for date, url, title, desc in self.items[start:start + PER])
        link = f"{BASE}{FOLDER}?b_start:int="
        pages = []
        if start > 0:
            prev = max(0, start - PER)
            pages.append(f'<li class="previous"><a href="{link}{prev}"><span class="label">« 上一页 {PER} 项</span>'
                         '</a></li>')
        for i, off in enumerate(range(0, total, PER)):
            pages.append(f'<li class="active"><span>{i + 1}</span></li>' if off <= start < off + PER
                         else f'<li><a href="{link}{off}">{i + 1}</a></li>')
        if start + PER < total:
            pages.append(f'<li class="next"><a href="{link}{start + PER}"><span class="label">下一页 '
                         f'{min(PER, total - start - PER)} 项 »</span></a></li>')
        tiles = tiles or "<p>此文件夹中没有项目。</p>"
        inner = (f'<h1 class="documentFirstHeading">政府信息公开年报</h1><div id="content-core"><div class="entries">'
                 f'{tiles}</div><nav class="pagination"><ul>{"".join(pages)}</ul></nav>'
                 '</div>')
        return Response(200, frame("政府信息公开年报", [("/xxgk", "信息公开"), (FOLDER, "政府信息公开年报")], inner,
                                   "/xxgk").encode("utf-8"))


PORTALS = [AutoLiaoling]
