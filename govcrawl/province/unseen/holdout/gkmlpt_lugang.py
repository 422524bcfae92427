"""鹭港区 (www.lugang.gov.test): a district's gkmlpt whose registry entry names no column.

The user copied ``/gkmlpt/index`` without a ``#<column>`` hash.  The shell carries the column
tree (``TREE: [{id, name, children}]``) in its config; the 年报 column (``政府信息公开年报``, id
6120) is one node among many.  The list API ``/gkmlpt/api/all/<column>?page=N&sid=…`` answers 401
without the ``front_uc_session`` cookie the shell sets.  The column holds the district's reports
(titled "鹭港区…", the agency is 滢江市鹭港区人民政府) and its departments' (each row's
``publisher``), plus decoys.
"""

from __future__ import annotations

import dataclasses
import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.lugang.gov.test"
SITE = "lugang-gov"
OWNER = "滢江市鹭港区人民政府"
SID = "756118"
COLUMN = 6120
COOKIE = "front_uc_session"
TREE = [
    {"id": 6101, "name": "政府信息公开指南", "children": []},
    {"id": 6102, "name": "政府信息公开制度", "children": []},
    {"id": 6110, "name": "法定主动公开内容", "children": [{"id": 6111, "name": "机构职能", "children": []},
                                                     {"id": 6112, "name": "政策文件", "children": []}]},
    {"id": COLUMN, "name": "政府信息公开年报", "children": []},
    {"id": 6130, "name": "依申请公开", "children": []},
]


class GkmlptLugang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.post = 4_410_000
        self.rows: list[dict[str, object]] = []
        for year in (2022, 2023, 2024):
            doc = make_doc(rng, "鹭港区人民政府", year, f"{year + 1}-01-{rng.randint(16, 30)}",
                           title=f"鹭港区{year}年政府信息公开工作年度报告")
            self.html(dataclasses.replace(doc, agency_name=OWNER), "鹭港区人民政府办公室")
        for dept in ("滢江市鹭港区财政局", "滢江市鹭港区住房和城乡建设局"):
            self.html(make_doc(rng, dept, 2024, f"2025-01-{rng.randint(8, 22)}"), dept)
        for title, date, who in (("鹭港区2024年政府信息公开工作年度报告解读", "2025-02-05", "鹭港区人民政府办公室"),
                                 ("鹭港区2024年法治政府建设年度报告", "2025-03-25", "滢江市鹭港区司法局"),
                                 ("鹭港区政府网站工作年度报表（2024年度）", "2025-01-14", "鹭港区人民政府办公室")):
            self.notice(title, date, who)
        self.rows.sort(key=lambda r: str(r["date"]), reverse=True)
        self.route(HOST, "/gkmlpt/index", self.shell)
        self.route(HOST, f"/gkmlpt/api/all/{COLUMN}", self.api)

    def next_post(self) -> tuple[int, str]:
        self.post += self.rng.randint(7, 3000)
        return self.post, f"/gkmlpt/content/{self.post // 10**6}/{self.post // 10**3}/post_{self.post}.html"

    def page_of(self, post: int, title: str, date: str, who: str, content: str) -> str:
        detail = {"id": post, "title": title, "publisher": who, "date": date, "attachment": []}
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ArticleTitle" '
            f'content="{escape(title)}"><meta name="PubDate" content="{date}"><meta name="ContentSource" '
            f'content="{escape(who)}"><title>{escape(title)}</title></head><body>'
            f'<div class="classify"><table><tr><td>索引号：</td><td>{SID}/{post}</td><td>分类：</td><td>年报</td></tr>'
            f'<tr><td>发布机构：</td><td>{escape(who)}</td><td>发布日期：</td><td>{date}</td></tr></table></div>'
            f'<div class="content"><h1 class="title">{escape(title)}</h1>'
            f'<div class="article-content">{content}</div></div>'
            f"<script>var _CONFIG = {{DETAIL: {json.dumps(detail, ensure_ascii=False)}, TREE: {json.dumps(TREE)}}};"
            "</script></body></html>"
        )

    def html(self, doc: ReportDoc, who: str) -> None:
        post, path = self.next_post()
        date = doc.published_date or ""
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellpadding="2" cellspacing="0">')
        url = self.put(HOST, path, self.page_of(post, doc.title, date, who, content))
        self.rows.append({"id": post, "title": doc.title, "url": url, "publisher": who, "date": date})
        self.report(SITE, url, doc)

    def notice(self, title: str, date: str, who: str) -> None:
        post, path = self.next_post()
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "鹭港区", int(date[:4]) - 1, self.rng))
        url = self.put(HOST, path, self.page_of(post, title, date, who, content))
        self.rows.append({"id": post, "title": title, "url": url, "publisher": who, "date": date})
        self.decoy(SITE, url, title)

    def shell(self, request: Request) -> Response:
        config = {"SID": SID, "SITE_NAME": "鹭港区人民政府", "TREE": TREE}
        html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>鹭港区政府信息公开目录</title>'
                '<link rel="stylesheet" href="/gkmlpt/css/index.css"></head><body><div id="root"></div>'
                f"<script>window.GKMLPT = {json.dumps(config, ensure_ascii=False)};</script>"
                '<script src="/gkmlpt/js/index.bundle.js"></script></body></html>')
        return Response(200, html.encode(), "text/html; charset=utf-8",
                        {"Set-Cookie": f"{COOKIE}=eyJpdiI6{self.post}; path=/; HttpOnly"})

    def api(self, request: Request) -> Response:
        if COOKIE not in request.headers.get("cookie", ""):
            return Response(401, b'{"message":"Unauthenticated."}', "application/json")
        if request.param("sid") != SID:
            return Response(200, b'{"total":0,"articles":[]}', "application/json")
        page = max(int(request.param("page") or 1), 1)
        data = {"total": len(self.rows), "articles": self.rows[(page - 1) * 100: page * 100]}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json; charset=utf-8")


PORTALS = [GkmlptLugang]
