"""蘅州市自然资源局 (zrzyj.hengzhou.gov.test): a city bureau's gkmlpt on its own sub-host, whose
detail pages are rendered in the browser from the embedded ``DETAIL`` object.

``/gkmlpt/index#1962`` is the SPA shell; the site id is a ``data-sid`` attribute of the app root.
The list API ``/gkmlpt/api/all/1962?page=N&sid=758233`` answers ``{"total", "page", "per_page",
"articles": [{"id", "title", "url", "publisher", "date": <unix seconds>, "attachment"}]}`` — the
publish date is a timestamp, not a date string.  Detail pages
``/gkmlpt/content/<a>/<b>/post_<id>.html`` have an empty ``<div id="app">`` and carry the article
only as ``var _CONFIG = {DETAIL: {"content": "<p>…</p><table>…", "attachment": […]}, TREE: …}``
(portals.md §1.6 names the embedded ``DETAIL`` object; a body carried only there is a variant
inferred from it, not one seen): the body is JSON-escaped HTML inside a script.  The 2024 report's content says
only 详见附件; its PDF is in ``DETAIL.attachment`` and the API row's ``attachment``.  Title variants:
"…年报", a year-first title, "市自然资源局…" (agency 蘅州市自然资源局).  The 2020 report uses the
2019 template.  Decoys: 法治政府建设情况的报告, 解读.
"""

from __future__ import annotations

import calendar
import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "zrzyj.hengzhou.gov.test"
SITE = "hengzhou-zrzyj"
OWNER = "蘅州市自然资源局"
SID = "758233"
COLUMN = 1962
TREE = [{"id": 1958, "name": "机构概况", "parent": 0}, {"id": 1960, "name": "法规文件", "parent": 0},
        {"id": COLUMN, "name": "政府信息公开年报", "parent": 0}, {"id": 1963, "name": "规划信息", "parent": 0}]


def stamp(date: str) -> int:
    y, m, d = (int(x) for x in date.split("-"))
    return calendar.timegm((y, m, d, 1, 30, 0))  # 09:30 Beijing time, in UTC seconds


class GkmlptHengzhou(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.post = 2_741_000
        self.rows: list[dict[str, object]] = []
        self.detail(make_doc(rng, OWNER, 2020, "2021-01-29", version="v2019"))
        self.detail(make_doc(rng, OWNER, 2021, "2022-01-25", title="市自然资源局2021年政府信息公开年报"))
        self.detail(make_doc(rng, OWNER, 2022, "2023-01-30", title=f"2022年度{OWNER}政府信息公开工作年度报告"))
        self.detail(make_doc(rng, OWNER, 2023, "2024-01-26"))
        self.detail(make_doc(rng, OWNER, 2024, "2025-01-21"), attached=True)
        for title, date in ((f"{OWNER}关于2024年度法治政府建设情况的报告", "2025-03-18"),
                            (f"{OWNER}2024年政府信息公开工作年度报告解读", "2025-01-22")):
            self.notice(title, date)
        self.rows.sort(key=lambda r: int(str(r["date"])), reverse=True)
        self.route(HOST, "/gkmlpt/index", self.shell)
        self.route(HOST, f"/gkmlpt/api/all/{COLUMN}", self.api)

    def next_post(self) -> tuple[int, str]:
        self.post += self.rng.randint(11, 2500)
        return self.post, f"/gkmlpt/content/{self.post // 10**6}/{self.post // 10**3}/post_{self.post}.html"

    def page_of(self, detail: dict[str, object]) -> str:
        title = str(detail["title"])
        config = json.dumps({"DETAIL": detail, "TREE": TREE, "SID": SID}, ensure_ascii=False).replace("</", "<\\/")
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="ContentSource" content="{OWNER}">'
            f"<title>{escape(title)}</title>"
            '<link rel="stylesheet" href="/gkmlpt/static/css/detail.css"></head><body><div id="app"></div>'
            f"<script>var _CONFIG = {config};</script>"
            '<script src="/gkmlpt/static/js/detail.js"></script></body></html>'
        )

    def add_post(self, title: str, date: str, content: str, attachment: list[dict[str, str]]) -> str:
        post, path = self.next_post()
        url = f"http://{HOST}{path}"
        detail = {"id": post, "title": title, "publisher": OWNER, "identifier": f"11449800MB2C{post % 10**5:05d}/"
                  f"{date[:4]}-{post % 1000:05d}", "date": stamp(date), "content": content,
                  "attachment": attachment, "classify_main_name": "政府信息公开年报"}
        self.put(HOST, path, self.page_of(detail))
        self.rows.append({"id": post, "title": title, "url": url, "publisher": OWNER, "date": stamp(date),
                          "attachment": attachment})
        return url

    def detail(self, doc: ReportDoc, attached: bool = False) -> None:
        date = doc.published_date or ""
        if attached:
            pdf = f"/attachment/0/{self.post % 1000}/{self.post % 1000}{self.rng.randint(100, 999)}/{self.post}.pdf"
            pdf_url = self.put_pdf(HOST, pdf, doc)
            url = self.add_post(doc.title, date, "<p>详见附件。</p>", [{"name": f"{doc.title}.pdf", "url": pdf_url}])
            self.report(SITE, url, doc, media_type="application/pdf", report_url=pdf_url)
            return
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="0">')
        self.report(SITE, self.add_post(doc.title, date, content, []), doc)

    def notice(self, title: str, date: str) -> None:
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, OWNER, int(date[:4]) - 1, self.rng))
        self.decoy(SITE, self.add_post(title, date, content, []), title)

    def shell(self, request: Request) -> Response:
        html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>蘅州市自然资源局政府信息公开目录</title>'
                '<link rel="stylesheet" href="/gkmlpt/static/css/index.css"></head><body>'
                f'<div id="app" data-sid="{SID}" data-base="/gkmlpt"></div>'
                '<script src="/gkmlpt/static/js/manifest.js"></script><script src="/gkmlpt/static/js/index.js">'
                "</script></body></html>")
        return Response(200, html.encode(), "text/html; charset=utf-8")

    def api(self, request: Request) -> Response:
        if request.param("sid") != SID:
            return Response(200, b'{"total":0,"page":1,"per_page":100,"articles":[]}', "application/json")
        try:
            page = max(int(request.param("page") or 1), 1)
        except ValueError:
            page = 1
        data = {"total": len(self.rows), "page": page, "per_page": 100,
                "articles": self.rows[(page - 1) * 100: page * 100]}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json; charset=utf-8")


PORTALS = [GkmlptHengzhou]
