"""潖江区 (www.pajiang.gov.test): Guangdong 政府信息公开目录平台 (gkmlpt) whose list API pages five rows
at a time (``total`` 11, so ``page=1..3``), the departments named only in ``publisher``.

``/gkmlpt/index`` is the SPA shell (``var GKML_SITE = {"sid": "771204", …}`` and the bundle); the
registry enters at ``#4016``.  ``/gkmlpt/api/all/4016?page=N&sid=771204`` answers ``{"articles":
[…5], "total": 11, "page": N, "per_page": 5}``, newest first; ``page`` past the end gives
``"articles": []``; another column id gives ``total`` 0, a wrong ``sid`` a 403 JSON error.  Each
row: ``id``, ``title``, ``url`` (``http://www.pajiang.gov.test/gkmlpt/content/4/4016/post_<id>.html``),
``publisher``, ``first_publish_time`` (epoch seconds), ``identifier`` (索引号).  Detail pages carry the
body in ``div.article-content`` and the metadata twice: a 索引号/发布机构/成文日期 table and a
``DETAIL = {…}`` script object.  The 2022 district report's page is a short 印发通知 linking
``/attachment/0/512/512<n>/<id>.pdf``.

Reports: 潖江区人民政府 2019–2024 (2019–2020 old template), 潖江区教育局 2023 (title "区教育局2023年…")
and 潖江区卫生健康局 2024 (title "2024年政府信息公开工作年度报告", the unit only in ``publisher``, the
发布机构 row and the detail's heading line) — 8.  Decoys: 法治政府建设年度报告, a 公告 that the 2023 report is
published, 政务公开工作要点.
"""

from __future__ import annotations

import calendar
import json
import random
import time
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.pajiang.gov.test"
SITE = "pajiang-gkml"
OWNER = "潖江区人民政府"
COLUMN = 4016
SID = "771204"
PER_PAGE = 5


def frame(title: str, inner: str, script: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="潖江区人民政府">'
        f'<title>{escape(title)}</title><link rel="stylesheet" href="/gkmlpt/static/css/app.7c1e.css">{script}</head>'
        '<body><div class="gk-head"><span class="gk-site">潖江区人民政府</span><span>政府信息公开</span></div>'
        f'<div class="gk-body">{inner}</div><div class="gk-foot">主办：涢阳市潖江区人民政府办公室　网站标识码：'
        '9862020006</div></body></html>'
    )


class GkmlptPajiang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.post = 3_801_200
        self.rows: list[dict[str, object]] = []
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-19"), (2021, "2022-01-24"), (2023, "2024-01-25"),
                           (2024, "2025-01-24")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"), "潖江区人"
                "民政府办公室")
        self.file(make_doc(rng, OWNER, 2022, "2023-01-29"))
        self.article(make_doc(rng, "潖江区教育局", 2023, "2024-01-18", title="区教育局2023年政府信息公开工作年度报告"),
                     "潖江区教育局")
        self.article(make_doc(rng, "潖江区卫生健康局", 2024, "2025-01-16", title="2024年政府信息公开工作年度报告"),
                     "潖江区卫生健康局")
        self.notice("潖江区2023年法治政府建设年度报告", 2023, "2024-03-01")
        self.notice("关于公布潖江区2023年政府信息公开工作年度报告的公告", 2023, "2024-01-26")
        self.notice("潖江区2024年政务公开工作要点", 2024, "2024-04-12")
        self.rows.sort(key=lambda r: str(r["date"]), reverse=True)
        shell = ('<div id="app"></div><noscript>请开启JavaScript</noscript><script src="/gkmlpt/static/js/app.0f31.js">'
                 "</script>")
        config = f'<script>var GKML_SITE = {{"sid": "{SID}", "name": "潖江区人民政府", "root": "/gkmlpt/"}};</script>'
        self.put(HOST, "/gkmlpt/index", frame("潖江区政府信息公开", shell, config))
        self.route(HOST, f"/gkmlpt/api/all/{COLUMN}", self.api)
        self.route(HOST, f"/gkmlpt/api/all/{COLUMN + 1}", self.api)

    def page_of(self, title: str, date: str, publisher: str, content: str) -> str:
        self.post += self.rng.randint(30, 700)
        path = f"/gkmlpt/content/4/{COLUMN}/post_{self.post}.html"
        ident = f"11441900MB2C{self.rng.randint(1000, 9999)}/{date[:4]}-{self.rng.randint(10000, 99999)}"
        detail = json.dumps({"id": self.post, "title": title, "publisher": publisher, "identifier": ident,
                             "date": date}, ensure_ascii=False)
        inner = (f'<table class="gk-meta"><tr><th>索引号：</th><td>{ident}</td><th>分类：</th><td>政府信息公开年报<'
            f'/td></tr>'
                 f'<tr><th>发布机构：</th><td>{escape(publisher)}</td><th>成文日期：</th><td>{date}</td></tr>'
                 f'<tr><th>名称：</th><td colspan="3">{escape(title)}</td></tr></table><h1>{escape(title)}</h1>'
                 f'<p class="gk-src">{escape(publisher)}　{date}</p><div class="article-content">{content}</div>')
        url = self.put(HOST, path, frame(title, inner, f"<script>var DETAIL = {detail};</script>"))
        stamp = calendar.timegm(time.strptime(date, "%Y-%m-%d")) - 8 * 3600
        self.rows.append({"id": self.post, "title": title, "url": url, "publisher": publisher,
                          "first_publish_time": stamp, "identifier": ident, "date": date})
        return url

    def article(self, doc: ReportDoc, publisher: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellpadding="4">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", publisher, content), doc)

    def file(self, doc: ReportDoc) -> None:
        n = self.rng.randint(100, 999)
        path = f"/attachment/0/512/512{n}/{self.rng.randint(10**6, 10**7 - 1)}.pdf"
        content = (f"<p>现将《{escape(doc.title)}》予以公布。</p><p>附件：<a href=\"{path}\">{escape(doc.title)}.pd"
            f"f</a>"
                   "</p>")
        url = self.page_of(doc.title, doc.published_date or "", "潖江区人民政府办公室", content)
        self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, path, doc))

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, "潖江区人民政府办公室", content), title)

    def api(self, request: Request) -> Response:
        if request.param("sid") != SID:
            return Response(403, b'{"code": 403, "msg": "sid error"}', "application/json")
        rows = self.rows if request.path.endswith(f"/{COLUMN}") else []
        page = int(request.param("page", "1") or 1)
        chunk = [{k: v for k, v in r.items() if k != "date"} for r in rows[(page - 1) * PER_PAGE : page * PER_PAGE]]
        body = {"articles": chunk, "total": len(rows), "page": page, "per_page": PER_PAGE}
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=utf-8")


PORTALS = [GkmlptPajiang]
