"""潭湾区 (www.tanwan.gov.test): a district gkmlpt whose 年报 column holds its streets' reports.

``/gkmlpt/index#3301`` is the SPA shell; the site id is a ``<meta name="gkml-sid">``.  The list API
``/gkmlpt/api/all/3301?page=N&sid=…`` answers ``{"articles": [{"id", "title", "url", "publisher",
"first_publish_time", "attachment"}], "total", "page_size": 5, "current_page"}`` (portals.md §1.6),
so the column's 8 entries span two pages.  Street reports are titled "沙头街道2024年…" with the
publisher "沙头街道办事处" (the agency is 濂江市潭湾区沙头街道办事处); the district's own titles
abbreviate it to 潭湾区 (agency 濂江市潭湾区人民政府).  Detail pages
``/gkmlpt/content/0/<n>/post_<id>.html`` are rendered on the server (``div.content-box``) with the
``DETAIL: {...}, TREE:`` object; the 2024 district report is a PDF under ``/attachment/0/<n>/``
listed in ``DETAIL.attachment`` and an 附件 block; a street's report is an OFD likewise.  Decoys:
工作要点, 政府网站工作年度报表.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import OFD, PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.tanwan.gov.test"
SITE = "tanwan-gov"
CITY = "濂江市"
DISTRICT = "潭湾区"
COLUMN = 3301
SID = 755212
SIZE = 5


def shell(title: str, inner: str, extra_head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="濂江市潭湾区人民政府">'
        f'<meta name="gkml-sid" content="{SID}">{extra_head}<title>{escape(title)}</title></head><body>'
        '<div class="tw-header">濂江市潭湾区人民政府 · 政府信息公开</div>'
        f'{inner}<div class="tw-footer">主办：濂江市潭湾区人民政府办公室　网站标识码：9824000029</div></body></html>'
    )


class GkmlptTanwan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.post = 5_210_330
        self.articles: list[dict[str, object]] = []
        district = f"{CITY}{DISTRICT}人民政府"
        self.article(make_doc(rng, district, 2022, "2023-01-30", title="潭湾区2022年政府信息公开工作年度报告"),
                     "潭湾区人民政府办公室")
        self.article(make_doc(rng, district, 2023, "2024-01-26", title="潭湾区2023年政府信息公开工作年度报告"),
                     "潭湾区人民政府办公室")
        self.article(make_doc(rng, district, 2024, "2025-01-24", title="潭湾区2024年政府信息公开工作年度报告"),
                     "潭湾区人民政府办公室", attach="pdf")
        for street, kind in (("沙头街道", ""), ("禾坪街道", "ofd")):
            doc = make_doc(rng, f"{CITY}{DISTRICT}{street}办事处", 2024, f"2025-01-{rng.randint(15, 28)}",
                           title=f"{street}2024年政府信息公开工作年度报告")
            self.article(doc, f"{street}办事处", attach=kind)
        self.article(make_doc(rng, f"{CITY}{DISTRICT}沙头街道办事处", 2023, "2024-01-19",
                              title="沙头街道2023年政府信息公开工作年度报告"), "沙头街道办事处")
        self.notice("潭湾区2024年政务公开工作要点", "2024-03-28")
        self.notice("潭湾区人民政府网站2024年政府网站工作年度报表", "2025-01-13")
        self.articles.sort(key=lambda a: str(a["first_publish_time"]), reverse=True)
        self.put(HOST, "/gkmlpt/index", shell("潭湾区政府信息公开", '<div id="app"></div>',
                                              '<script src="/gkmlpt/static/js/app.8c1d.js"></script>'))
        self.route(HOST, f"/gkmlpt/api/all/{COLUMN}", self.api)

    def detail(self, title: str, date: str, publisher: str, body: str, attachments: list[dict[str, str]]) -> str:
        self.post += self.rng.randint(40, 3000)
        path = f"/gkmlpt/content/0/{self.post // 1000}/post_{self.post}.html"
        detail = {"id": self.post, "title": title, "publisher": publisher, "date": date, "attachment": attachments}
        files = "".join(f'<li><a href="{a["url"]}">{escape(a["name"])}</a></li>' for a in attachments)
        inner = (f'<div class="content-box"><h1 class="title">{escape(title)}</h1><table class="gk-info"><tr>'
                 f'<td>索引号：</td><td>007{self.post}/2025-0{self.rng.randint(1, 9)}</td><td>发布机构：</td>'
                 f'<td>{publisher}</td></tr><tr><td>成文日期：</td><td>{date}</td><td>分类：</td><td>政府信息公开年报</td>'
                 f'</tr></table><div class="article-content">{body}</div>'
                 + (f'<div class="attachment"><p>附件：</p><ul>{files}</ul></div>' if files else "") + "</div>"
                 "<script>window._CONFIG = {DETAIL: " + json.dumps(detail, ensure_ascii=False)
                 + ", TREE: [{\"id\": 3301, \"name\": \"政府信息公开年报\"}]};</script>")
        url = self.put(HOST, path, shell(title, inner))
        self.articles.append({"id": self.post, "title": title, "url": url, "publisher": publisher,
                              "first_publish_time": f"{date} 09:00:00",
                              "attachment": [a["url"] for a in attachments]})
        return url

    def article(self, doc: ReportDoc, publisher: str, attach: str = "") -> None:
        date = doc.published_date or ""
        if not attach:
            body = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
            self.report(SITE, self.detail(doc.title, date, publisher, body, []), doc)
            return
        stamp = f"{self.rng.randint(10**8, 10**9)}"
        if attach == "pdf":
            file_url, media = self.put_pdf(HOST, f"/attachment/0/{stamp[:3]}/{stamp}.pdf", doc), PDF
        else:
            file_url = self.put(HOST, f"/attachment/0/{stamp[:3]}/{stamp}.ofd",
                                render_ofd(doc, random.Random(self.rng.random())), OFD)
            media = OFD
        url = self.detail(doc.title, date, publisher, "<p>详见附件。</p>",
                          [{"name": f"{doc.title}.{attach}", "url": file_url}])
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        body = "".join(plain_para(p, False) for p in decoy_text(title, f"{CITY}{DISTRICT}人民政府", year, self.rng))
        self.decoy(SITE, self.detail(title, date, "潭湾区人民政府办公室", body, []), title)

    def api(self, request: Request) -> Response:
        if request.param("sid") != str(SID):
            return Response(200, b'{"articles": [], "total": 0}', "application/json")
        try:
            page = max(1, int(request.param("page", "1") or 1))
        except ValueError:
            page = 1
        rows = self.articles[(page - 1) * SIZE: page * SIZE]
        body = {"articles": rows, "total": len(self.articles), "page_size": SIZE, "current_page": page}
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=utf-8")


PORTALS = [GkmlptTanwan]
