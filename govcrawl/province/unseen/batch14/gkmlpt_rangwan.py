"""瀼湾区 (www.rangwan.gov.test): a district gkmlpt whose API gives protocol-relative article URLs and
whose PDF-only reports name their file only in the detail page's ``DETAIL.attachment`` (rendered in
the browser; no link in the HTML).

``/gkmlpt/index`` is the SPA shell (``var _gkmlConfig = {"sid": 758431, "host": "//www.rangwan.gov.test",
…}``); the registry enters at ``#3377``.  ``/gkmlpt/api/all/3377?page=N&sid=758431`` answers
``{"total": 11, "page": N, "size": 20, "articles": […]}`` — one page; ``page=2`` gives ``"articles": []``,
another column ``total`` 0, a missing or wrong ``sid`` a 400 JSON error.  Rows: ``id``, ``title``,
``url`` written ``//www.rangwan.gov.test/gkmlpt/content/3/3377/post_<id>.html`` (no scheme),
``publisher``, ``date`` ("2025-01-22 10:31:07"), ``identifier``.  Detail pages put a 索引号 / 发布机构 /
成文日期 table and the body in ``div.content#zoom`` and embed ``DETAIL: {…}, TREE: […]`` in a ``new
Vue`` call; ``div#attachment`` is empty in the HTML and filled from ``DETAIL.attachment``
(``[{"name": "….pdf", "url": "/attachment/0/523/523<n>/<id>.pdf"}]``).  Two reports are such
PDF-only pages: the district's 2023 report and the 民政局's 2024 report (their ``div.content`` holds one
line, "详见附件。").

Reports (8): 瀼湾区人民政府 2020 (old template) – 2024, 瀼湾区民政局 2024 ("区民政局2024年…"),
瀼湾区瀼口街道办事处 2023 ("瀼口街道2023年…"), 瀼湾区城市管理和综合执法局 2022 ("瀼湾区城管执法局2022年…").
Decoys (3): 法治政府建设年度报告, 政府信息公开指南（2024年版）, 关于…年度报告的函.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.rangwan.gov.test"
SITE = "rangwan-gkml"
OWNER = "瀼湾区人民政府"
COL = 3377
SID = "758431"


def frame(title: str, inner: str, script: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">'
        f'<meta name="SiteName" content="湔阳市瀼湾区人民政府"><title>{escape(title)} - 瀼湾区政府信息公开</title>'
        '<link href="/gkmlpt/static/css/index.3f2b.css" rel="stylesheet"></head><body><div class="rw-header"><img src="'
        '/gkmlpt/static/img/logo.png"><span>政府信息公开</span><a href="http://www.rangwan.gov.test/">返回首页</a></div'
        '>'
        f'<div class="rw-wrap">{inner}</div><div class="rw-footer">主办：湔阳市瀼湾区人民政府办公室 网站标识码：'
        f'9864210003</div>{script}</body></html>'
    )


class GkmlptRangwan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.post = 6_120_400
        self.rows: list[dict[str, object]] = []
        for year, date in ((2020, "2021-01-25"), (2021, "2022-01-21"), (2022, "2023-01-18"), (2024, "2025-01-22")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"), "瀼湾区人民政府"
                                                                                                        "办公室")
        self.file(make_doc(rng, OWNER, 2023, "2024-01-26"), "瀼湾区人民政府办公室")
        self.file(make_doc(rng, "瀼湾区民政局", 2024, "2025-01-17", title="区民政局2024年政府信息公开工作年度报告"),
                  "瀼湾区民政局")
        self.article(make_doc(rng, "瀼湾区瀼口街道办事处", 2023, "2024-01-19", title="瀼口街道2023年政府信息公开工作年"
                                                                           "度报告"),
                     "瀼湾区瀼口街道办事处")
        self.article(make_doc(rng, "瀼湾区城市管理和综合执法局", 2022, "2023-01-16",
                              title="瀼湾区城管执法局2022年政府信息公开工作年度报告"), "瀼湾区城市管理和综合执法局")
        self.notice("瀼湾区2023年法治政府建设年度报告", 2023, "2024-02-27")
        self.notice("瀼湾区政府信息公开指南（2024年版）", 2024, "2024-03-15")
        self.notice("关于做好2023年度政府信息公开工作年度报告编制和发布工作的函", 2023, "2023-12-21")
        self.rows.sort(key=lambda r: str(r["date"]), reverse=True)
        config = ('<script>var _gkmlConfig = {"sid": ' + SID + ', "host": "//www.rangwan.gov.test", "name": "瀼湾区人民'
                  '政府", "api": "/gkmlpt/api"};</script><script src="/gkmlpt/static/js/index.91ac.js"></script>')
        self.put(HOST, "/gkmlpt/index", frame("瀼湾区政府信息公开", '<div id="app">加载中…</div>', config))
        self.route(HOST, f"/gkmlpt/api/all/{COL}", self.api)
        self.route(HOST, f"/gkmlpt/api/all/{COL + 2}", self.api)

    def page_of(self, title: str, date: str, publisher: str, content: str, attachment: list[dict[str, str]]) -> str:
        self.post += self.rng.randint(40, 900)
        path = f"/gkmlpt/content/3/{COL}/post_{self.post}.html"
        ident = f"11441800MB2D{self.rng.randint(1000, 9999)}/{date[:4]}-{self.rng.randint(100000, 999999)}"
        detail = json.dumps({"id": self.post, "title": title, "publisher": publisher, "identifier": ident,
                             "date": f"{date} 10:31:07", "attachment": attachment}, ensure_ascii=False)
        inner = (f'<table class="head-info"><tr><td>索引号：{ident}</td><td>分类：政府信息公开年报</td></tr><tr><td>发'
                 f'布机构：'
                 f'{escape(publisher)}</td><td>成文日期：{date}</td></tr><tr><td colspan="2">名称：{escape(title)}</td>'
                 f'</tr>'
                 f'</table><h2 class="title">{escape(title)}</h2><div class="content" id="zoom">{content}</div>'
                 '<div id="attachment"></div>')
        script = ("<script>new Vue({el: '#attachment', data: {DETAIL: " + detail + ", TREE: [{\"id\": 3377, "
                  "\"name\": \"政府信息公开年报\"}]}, template: '<ul><li v-for=\"a in DETAIL.attachment\"><a :href=\"a."
                  "url\">"
                  "{{a.name}}</a></li></ul>'});</script>")
        url = self.put(HOST, path, frame(title, inner, script))
        self.rows.append({"id": self.post, "title": title, "url": "//" + url.split("://", 1)[1], "publisher": publisher,
                          "date": f"{date} 10:31:07", "identifier": ident})
        return url

    def article(self, doc: ReportDoc, publisher: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" style="border-collapse:collapse">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", publisher, content, []), doc)

    def file(self, doc: ReportDoc, publisher: str) -> None:
        path = f"/attachment/0/523/523{self.rng.randint(100, 999)}/{self.rng.randint(10**6, 10**7 - 1)}.pdf"
        url = self.page_of(doc.title, doc.published_date or "", publisher, "<p>详见附件。</p>",
                           [{"name": f"{doc.title}.pdf", "url": path}])
        self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, path, doc))

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, "瀼湾区人民政府办公室", content, []), title)

    def api(self, request: Request) -> Response:
        if request.param("sid") != SID:
            return Response(400, b'{"error": "invalid sid"}', "application/json")
        rows = self.rows if request.path.endswith(f"/{COL}") else []
        page = int(request.param("page", "1") or 1)
        body = {"total": len(rows), "page": page, "size": 20, "articles": rows[(page - 1) * 20 : page * 20]}
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json")


PORTALS = [GkmlptRangwan]
