"""滠水县 (www.sheshui.gov.test): a county site on Drupal (no README family), registered without
``cms``; its 年报 view pages by a *zero-based* ``?page=N``.

The 年报 page ``/zwgk/ndbg`` (no extension, no trailing slash) is a Drupal view: a header "共 12 条，当前
显示第 1 - 5 条", then ``<div class="views-row">`` rows — ``views-field-title`` (the link to ``/node/<nid>``),
``views-field-field-fbjg`` (发布机构) and ``views-field-created`` (``<time datetime="…+08:00">``).  The
pager is Drupal's ``<nav class="pager">``: ``pager__item`` numbers 1, 2, 3 linking ``?page=0``,
``?page=1``, ``?page=2`` (page *n* is ``?page=n-1``), "下一页 ›" and "末页 »" items with ``title="转到下一页"``
/ ``"转到最后一页"``.  A ``page`` past the end answers the empty view ("暂无内容。", 200).  Nodes
``/node/<nid>`` put the body in ``div.field--name-body`` inside ``article.node--type-nianbao``; files are a
``field--name-field-fujian`` file field after the body (``/sites/default/files/YYYY-MM/<name>``, with the
size in brackets): the 2022 county report a .docx, the 2024 one a PDF.  Chrome: Drupal's "跳转到主要内容"
skip link, an 无障碍 toolbar, a 政务微信 QR block, a visitor counter.

Titles: "县自然资源局2023年…" and "滠水县自然资源局2024年…" (滠水县自然资源局), a 街道's "滠口街道2024年…"
(滠水县滠口街道办事处).  2019 and 2020 are in the old template.  Decoys: 法治政府建设年度报告, 政府网站工作
年度报表, a 年度报告解读.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.sheshui.gov.test"
SITE = "sheshui-gov"
OWNER = "滠水县人民政府"
VIEW = "/zwgk/ndbg"
PER_PAGE = 5
ZRZY = "滠水县自然资源局"
OFFICE = "滠水县人民政府办公室"


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh-hans" dir="ltr"><head><meta charset="utf-8">'
        '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)"><meta name="MobileOptimized" content="wid'
        'th">'
        f'<meta name="SiteName" content="滠水县人民政府"><title>{escape(title)} | 滠水县人民政府</title>'
        '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk2a.css"></head>'
        '<body class="path-zwgk"><a href="#main-content" class="visually-hidden focusable skip-link">跳转到主要内容</a>'
        '<div class="dialog-off-canvas-main-canvas"><header class="site-header"><div class="site-branding">'
        '<a href="/" rel="home">滠水县人民政府</a></div><nav class="menu--main"><ul><li><a href="/">首页</a></li>'
        '<li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li><li><a href="/hdjl">互动交流</a></li'
        '>'
        '</ul></nav><div class="wza-bar"><a href="javascript:;">无障碍</a> <a href="javascript:;">长者模式</a></div><'
        '/header'
        '>'
        f'<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">{inner}</div></main>'
        '<footer class="site-footer"><div class="block-qr"><img src="/sites/default/files/qr.png" alt="">'
        '<p>扫码关注“滠水发布”政务微信</p></div><p>主办：滠水县人民政府办公室　网站标识码：9851710003　'
        '未ICP备22001468号</p><p>您是第 <span class="counter">0301554</span> 位访客</p></footer></div></body></html>'
    )


class NocmsSheshui(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.nid = 380
        self.rows: list[tuple[int, str, str, str]] = []  # nid, title, org, date
        self.article(make_doc(rng, OWNER, 2019, "2020-01-23", version="v2019"))
        self.article(make_doc(rng, OWNER, 2020, "2021-01-28", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-26"))
        self.attached(make_doc(rng, OWNER, 2022, "2023-01-30"), DOCX)
        self.notice("滠水县2022年度政府信息公开工作年度报告解读", "2023-02-06")
        self.article(make_doc(rng, ZRZY, 2023, "2024-01-19", title="县自然资源局2023年政府信息公开工作年度报告"), ZRZY)
        self.article(make_doc(rng, OWNER, 2023, "2024-01-29"))
        self.notice("滠水县2023年法治政府建设年度报告", "2024-03-12", "滠水县司法局")
        self.notice("滠水县人民政府网站2024年政府网站工作年度报表", "2025-01-10")
        self.article(make_doc(rng, "滠水县滠口街道办事处", 2024, "2025-01-16",
                              title="滠口街道2024年政府信息公开工作年度报告"), "滠水县滠口街道办事处")
        self.article(make_doc(rng, ZRZY, 2024, "2025-01-21"), ZRZY)
        self.attached(make_doc(rng, OWNER, 2024, "2025-01-24"), PDF)
        self.rows.sort(key=lambda r: r[3], reverse=True)
        self.route(HOST, VIEW, self.view)

    def page_of(self, title: str, date: str, org: str, content: str, files: str = "") -> str:
        self.nid += self.rng.randint(1, 30)
        path = f"/node/{self.nid}"
        stamp = f"{date}T{self.rng.randint(8, 17):02d}:{self.rng.randint(0, 59):02d}:00+08:00"
        inner = (
            '<div class="breadcrumb"><a href="/">首页</a> / <a href="/zwgk">政务公开</a> / '
            f'<a href="{VIEW}">年度报告</a></div><article role="article" class="node node--type-nianbao '
            f'node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">{escape(title)}</span>'
            f'</h1><div class="node__meta">发布机构：{escape(org)} · 发布于 <time datetime="{stamp}">{date}</time></div'
            '>'
            '<div class="node__content"><div class="clearfix text-formatted field field--name-body '
            f'field--type-text-with-summary field--label-hidden field__item">{content}</div>{files}</div></article>'
        )
        url = self.put(HOST, path, frame(title, inner))
        self.rows.append((self.nid, title, org, date))
        return url

    def article(self, doc: ReportDoc, org: str = OFFICE) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table class="table" border="1">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", org, content), doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        date = doc.published_date or ""
        ext = "pdf" if media == PDF else "docx"
        path = f"/sites/default/files/{date[:7]}/sheshui{doc.year}nb_{self.rng.randint(0, 9)}.{ext}"
        file_url = self.put_pdf(HOST, path, doc) if media == PDF else self.put(HOST, path, render_docx(doc), DOCX)
        mime = "application-" + media.replace("/", "-").replace("application-", "")
        files = (
            '<div class="field field--name-field-fujian field--type-file field--label-above"><div class="field__label">'
            f'附件</div><div class="field__items"><div class="field__item"><span class="file file--mime-{mime}">'
            f'<a href="{path}" type="{media}">{escape(doc.title)}.{ext}</a></span> '
            f"<span>({self.rng.randint(200, 2400) / 1000:.2f} MB)</span></div></div></div>"
        )
        url = self.page_of(doc.title, date, OFFICE, f"<p>{escape(doc.title)}全文见附件。</p>", files)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str, org: str = OFFICE) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, org, content), title)

    def view(self, request: Request) -> Response:
        total = len(self.rows)
        pages = -(-total // PER_PAGE)
        try:
            page = max(int(request.param("page") or 0), 0)
        except ValueError:
            page = 0
        chunk = self.rows[page * PER_PAGE : (page + 1) * PER_PAGE]
        if not chunk:
            body = frame("年度报告", '<h1 class="page-title">年度报告</h1><div class="view-empty">暂无内容。</div>')
            return Response(200, body.encode(), "text/html; charset=UTF-8")
        rows = "".join(
            '<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
            f'<a href="/node/{n}" hreflang="zh-hans">{escape(t)}</a></span></div><div class="views-field '
            f'views-field-field-fbjg"><span class="views-label">发布机构：</span><div class="field-content">{escape(o)}'
            f'</div></div><div class="views-field views-field-created"><span class="field-content"><time datetime="{d}'
            f'T09:00:00+08:00">{d}</time></span></div></div>'
            for n, t, o, d in chunk
        )

        def item(k: int, cls: str, title: str, text: str, rel: str = "") -> str:
            return (f'<li class="pager__item{cls}"><a href="?page={k}" title="{title}"{rel}>{text}</a></li>')

        items = ""
        if page > 0:
            items += item(0, " pager__item--first", "转到第一页",
                          '<span class="visually-hidden">第一页</span><span aria-hidden="true">« 首页</span>')
            items += item(page - 1, " pager__item--previous", "转到上一页",
                          '<span class="visually-hidden">上一页</span><span aria-hidden="true">‹ 上一页</span>',
                          ' rel="prev"')
        for k in range(pages):
            if k == page:
                items += ('<li class="pager__item is-active"><a href="?page=' + str(k) + '" title="当前页" '
                          f'aria-current="page"><span class="visually-hidden">当前页</span>{k + 1}</a></li>')
            else:
                items += item(k, "", f"转到第 {k + 1} 页", f'<span class="visually-hidden">页</span>{k + 1}')
        if page < pages - 1:
            items += item(page + 1, " pager__item--next", "转到下一页",
                          '<span class="visually-hidden">下一页</span><span aria-hidden="true">下一页 ›</span>',
                          ' rel="next"')
            items += item(pages - 1, " pager__item--last", "转到最后一页",
                          '<span class="visually-hidden">最后一页</span><span aria-hidden="true">末页 »</span>')
        first = page * PER_PAGE + 1
        inner = (
            '<div class="breadcrumb"><a href="/">首页</a> / <a href="/zwgk">政务公开</a> / 年度报告</div>'
            '<h1 class="page-title">政府信息公开工作年度报告</h1><div class="views-element-container">'
            '<div class="view view-nianbao view-id-nianbao view-display-id-page_1 js-view-dom-id-3f2b9c">'
            f'<div class="view-header">共 {total} 条，当前显示第 {first} - {first + len(chunk) - 1} 条</div>'
            f'<div class="view-content">{rows}</div><nav class="pager" role="navigation" '
            'aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">分页</h4>'
            f'<ul class="pager__items js-pager__items">{items}</ul></nav></div></div>'
        )
        return Response(200, frame("年度报告", inner).encode(), "text/html; charset=UTF-8")


PORTALS = [NocmsSheshui]
