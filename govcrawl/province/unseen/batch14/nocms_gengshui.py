"""浭水县 (www.gengshui.gov.test): a county site built on ASP.NET MVC by a local integrator (no README
family), registered without ``cms``; its 年报 list pages by ``&page=N`` under the PagedList.Mvc pager
and its articles are GUID URLs.

The 年报 column ``/Article/List?columnId=27`` is a ``<table class="table table-striped">`` of rows ``<td><a
href="/Article/Detail/<guid>">…</a></td><td>2025/1/22</td>`` (dates with slashes, not zero-padded).  Four
rows a page, newest first; above the table "共 11 条记录"; below it PagedList.Mvc's markup: ``<div
class="pagination-container"><ul class="pagination">`` with ``PagedList-skipToFirst``/``-skipToPrevious``/
numbered ``<li>``s/``PagedList-skipToNext`` (``rel="next"``)/``PagedList-skipToLast`` links to
``/Article/List?columnId=27&page=N``, and "第 1 页，共 3 页".  A page past the end gives an empty table.
Articles ``/Article/Detail/<guid>`` put the body in ``div.detail-content`` under "发布单位：… 发布日期：… 阅读次
数：…" (the count from ``/Article/Hits/<guid>`` by XHR).  The 2022 county report is a PDF and the 2024 one a
.docx under ``/Upload/Files/YYYY/M/<guid>.<ext>``, linked from a ``ul.attach`` list after the body.

Reports (8): 浭水县人民政府 2019 (old template), 2021–2024, 浭水县浭阳街道办事处 2024 ("浭阳街道2024年…"),
浭水县财政局 2023 ("县财政局2023年…"), 浭水县应急管理局 2022 ("县应急局2022年…").  Decoys (3): 法治政府建设
年度报告, 关于…年度报告的函, a 图解.
"""

from __future__ import annotations

import random
import uuid
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

HOST = "www.gengshui.gov.test"
SITE = "gengshui-gov"
OWNER = "浭水县人民政府"
COLUMN = "27"
PER = 4


def slash_date(date: str) -> str:
    y, m, d = (int(x) for x in date.split("-"))
    return f"{y}/{m}/{d}"


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-'
        f'scale=1.0" /><title>{escape(title)} - 浭水县人民政府</title><link href="/Content/bootstrap.css" rel="styleshe'
        f'et"'
        ' /><link href="/Content/PagedList.css" rel="stylesheet" /><link href="/Content/site.css" rel="stylesheet" /></'
        'head>'
        '<body><div class="gs-header"><div class="container"><h1>浭水县人民政府</h1><form action="/Search/Index" method'
        '="get">'
        '<input name="kw" /></form></div></div><div class="gs-nav"><a href="/">首页</a><a href="/Article/List?columnId='
        '3">'
        '浭水要闻</a><a href="/Home/Zwgk">政务公开</a><a href="/Home/Bsfw">办事服务</a></div><div class="container body'
        '-'
        f'content">{inner}</div><footer><p>&copy; 浭水县人民政府办公室 主办　网站标识码：9864070010　未ICP备20001934号'
        '</p></footer><script src="/Scripts/jquery-3.4.1.min.js"></script></body></html>'
    )


class NocmsGengshui(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.entries: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-20"), (2021, "2022-01-26"), (2023, "2024-01-29")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.file(make_doc(rng, OWNER, 2022, "2023-01-31"), "pdf")
        self.file(make_doc(rng, OWNER, 2024, "2025-01-26"), "docx")
        self.article(make_doc(rng, "浭水县浭阳街道办事处", 2024, "2025-01-17", title="浭阳街道2024年政府信息公开工作年"
                                                                           "度报告"))
        self.article(make_doc(rng, "浭水县财政局", 2023, "2024-01-18", title="县财政局2023年政府信息公开工作年度报告"))
        self.article(make_doc(rng, "浭水县应急管理局", 2022, "2023-01-19", title="县应急局2022年政府信息公开工作年度报"
                                                                         "告"))
        self.notice("浭水县2022年法治政府建设年度报告", 2022, "2023-03-02")
        self.notice("关于做好2022年度政府信息公开工作年度报告编制发布工作的函", 2022, "2022-12-26")
        self.notice("图解：浭水县2023年政府信息公开工作年度报告", 2023, "2024-01-30")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, "/Article/List", self.list_page)

    def guid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def page_of(self, title: str, date: str, content: str, unit: str, after: str = "") -> str:
        guid = self.guid()
        inner = (f'<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/Home/Zwgk">政务公开</a></li><li><a'
                 f' '
                 f'href="/Article/List?columnId={COLUMN}">政府信息公开年报</a></li></ol><div class="detail"><h2 class="'
                 f'detail-title">{escape(title)}</h2><p class="detail-info">发布单位：{escape(unit)}　发布日期：{date}'
                 f'　阅读'
                 f'次数：<span id="hits"></span></p><div class="detail-content">{content}</div>{after}</div><script>$.p'
                 f'ost('
                 f"'/Article/Hits/{guid}', function(n){{$('#hits').text(n);}});</script>")
        url = self.put(HOST, f"/Article/Detail/{guid}", frame(title, inner))
        self.entries.append((guid, title, date))
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table class="table table-bordered report-table">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, doc.agency_name), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        date = doc.published_date or ""
        path = f"/Upload/Files/{int(date[:4])}/{int(date[5:7])}/{self.guid()}.{ext}"
        after = f'<ul class="attach"><li>附件：<a href="{path}">{escape(doc.title)}.{ext}</a></li></ul>'
        url = self.page_of(doc.title, date, f"<p>{escape(doc.title)}详见附件。</p>", "浭水县人民政府办公室", after)
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, path, doc))
        else:
            self.report(SITE, url, doc, media_type=DOCX, report_url=self.put(HOST, path, render_docx(doc), DOCX))

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "浭水县人民政府办公室"), title)

    def list_page(self, request: Request) -> Response:
        rows_all = self.entries if request.param("columnId") == COLUMN else []
        pages = max(1, -(-len(rows_all) // PER))
        raw = request.param("page", "1")
        page = int(raw) if raw.isdigit() and int(raw) > 0 else 1
        rows = "".join(f'<tr><td><a href="/Article/Detail/{g}" title="{escape(t)}">{escape(t)}</a></td><td'
                       f'>{slash_date(d)}'
                       f"</td></tr>" for g, t, d in rows_all[(page - 1) * PER : page * PER])

        def li(cls: str, n: int, text: str, rel: str = "") -> str:
            href = f"/Article/List?columnId={COLUMN}&amp;page={n}"
            rel_attr = f' rel="{rel}"' if rel else ""
            return f'<li class="{cls}"><a href="{href}"{rel_attr}>{text}</a></li>'

        items = []
        if page > 1:
            items += [li("PagedList-skipToFirst", 1, "««"), li("PagedList-skipToPrevious", page - 1, "«", "prev")]
        for n in range(1, pages + 1):
            items.append('<li class="active"><a>' + str(n) + "</a></li>" if n == page else li("", n, str(n)))
        if page < pages:
            items += [li("PagedList-skipToNext", page + 1, "»", "next"), li("PagedList-skipToLast", pages, "»»")]
        inner = (f'<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/Home/Zwgk">政务公开</a></li><li cl'
                 f'ass'
                 f'="active">政府信息公开年报</li></ol><p class="count">共 {len(rows_all)} 条记录</p><table class="tabl'
                 f'e '
                 f'table-striped"><thead><tr><th>标题</th><th>发布日期</th></tr></thead><tbody>{rows}</tbody></table>'
                 f'<div class="pagination-container"><ul class="pagination">{"".join(items)}</ul></div>'
                 f"<p>第 {page} 页，共 {pages} 页</p>")
        return Response(200, frame("政府信息公开年报", inner).encode())


PORTALS = [NocmsGengshui]
