"""澫湾区 (www.wanwan.gov.test): a district gkmlpt whose API pages ten rows at a time with Laravel
ISO timestamps, and whose PDF-only reports show their file only through a pdf.js viewer ``<iframe>``
(the file's path percent-encoded in ``file=``).

``/gkmlpt/index`` is the SPA shell; the registry enters at ``#4105``; the site id is in ``<meta
name="gkml-sid" content="762117">``.  ``/gkmlpt/api/all/4105?page=N&sid=762117`` answers ``{"total": 11,
"per_page": 10, "current_page": N, "articles": [...]}`` — ``page=1`` ten rows, ``page=2`` one, ``page=3`` none;
a wrong ``sid`` a 404 JSON.  Rows: ``id``, ``title``, ``url`` (absolute
``http://www.wanwan.gov.test/gkmlpt/content/4/4105/post_<id>.html``), ``publisher``, ``created_at``
(``"2025-01-22T02:31:07.000000Z"``).  Detail pages: ``table.gk-meta`` of 索引号 / 发布机构 / 成文日期, the body
in ``div.article-content``, and the script's ``DETAIL: {...}, TREE: [...]``.  Two reports are PDF-only:
their ``div.article-content`` is ``<iframe class="pdf-view" src="/gkmlpt/pdfjs/web/viewer.html?file=
%2Fattachment%2F0%2F541%2F541<n>%2F<id>.pdf">`` — the file's URL appears nowhere else.

Reports (8): 澫湾区人民政府 2019–2024 (2019–2020 old template; 2022 and 2024 PDF-only), 澫湾区住房和城乡
建设局 2024 ("区住建局2024年…"), 澫湾区澫口街道办事处 2023 ("澫口街道2023年…").  Decoys (3): 政府信息公开指南
（2024年版）, 2023年度部门决算, 法治政府建设年度报告.
"""

from __future__ import annotations

import json
import random
from html import escape
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.wanwan.gov.test"
SITE = "wanwan-gkml"
OWNER = "澫湾区人民政府"
COL = 4105
SID = "762117"
PER = 10


def frame(title: str, inner: str, script: str = "", head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="gkml-sid" content="762117">'
        f'<meta name="SiteName" content="澫湾区人民政府">{head}<title>{escape(title)}-澫湾区人民政府门户网站</title>'
        '<link rel="stylesheet" href="/gkmlpt/static/css/app.8a1c.css"></head><body><div class="ww-top"><a href="http://'
        'www.wanwan.gov.test/">澫湾区人民政府</a> | 政府信息公开目录</div>'
        f'<div class="ww-main">{inner}</div><div class="ww-foot">主办：澫湾区人民政府办公室　网站标识码：9865210006'
        f'</div>{script}</body></html>'
    )


class GkmlptWanwan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.post = 4_188_300
        self.rows: list[dict[str, object]] = []
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-26"), (2021, "2022-01-24"), (2023, "2024-01-25")):
            self.article(make_doc(rng, OWNER, year, date, version="v201"
                                                                  "9" if year < 2021 else "v202"
                                                                                          "1"), "澫湾区人民政府办公室")
        self.file(make_doc(rng, OWNER, 2022, "2023-01-29"))
        self.file(make_doc(rng, OWNER, 2024, "2025-01-23"))
        self.article(make_doc(rng, "澫湾区住房和城乡建设"
                                   "局", 2024, "2025-01-17", title="区住建局2024年政府信息公开工作年度"
                                                                           "报告"), "澫湾区住房和城乡建设局")
        self.article(make_doc(rng, "澫湾区澫口街道办事"
                                   "处", 2023, "2024-01-19", title="澫口街道2023年政府信息公开工作年度报告"),
                     "澫湾区澫口街道办事处")
        self.notice("澫湾区政府信息公开指南（2024年版）", 2024, "2024-03-08")
        self.notice("澫湾区人民政府办公室2023年度部门决算", 2023, "2024-08-28")
        self.notice("澫湾区2024年法治政府建设年度报告", 2024, "2025-03-04")
        self.rows.sort(key=lambda r: str(r["created_at"]), reverse=True)
        self.put(HOST, "/gkmlpt/index", frame("政府信息公开目录", '<div id="app"></div>',
                                              '<script src="/gkmlpt/static/js/app.8a1c.js"></script>'))
        self.route(HOST, f"/gkmlpt/api/all/{COL}", self.api)
        self.put(HOST, "/gkmlpt/pdfjs/web/viewer.html", '<!DOCTYPE html><html dir="ltr"><head><meta charset="utf-8">'
                 '<title>PDF.js viewer</title><script src="pdf.js"></script><script src="viewer.js"></script></head>'
                 '<body><div id="viewerContainer"><div id="viewer" class="pdfViewer"></div></div></body></html>')

    def page_of(self, title: str, date: str, content: str, unit: str, attachment: list[dict[str, str]]) -> str:
        self.post += self.rng.randint(50, 3000)
        path = f"/gkmlpt/content/4/{COL}/post_{self.post}.html"
        ident = f"11440{self.rng.randint(10**12, 10**13 - 1)}/{date[:4]}-{self.rng.randint(100, 999)}"
        stamp = f"{date}T0{self.rng.randint(1, 8)}:{self.rng.randint(10, 59)}:{self.rng.randint(10, 59)}.000000Z"
        detail = {"id": self.post, "title": title, "publisher": unit, "identifier": ident, "attachment": attachment,
                  "created_at": stamp}
        inner = ('<div class="ww-crumb">首页 &gt; 政府信息公开目录 &gt; 政府信息公开年报</div><table class="gk-met'
                 'a"><tr>'
                 f'<th>索引号：</th><td>{ident}</td><th>发布机构：</th><td>{escape(unit)}</td></tr><tr><th>成文日期：</th><td>'
                 f'{date}</td><th>分类：</th><td>政府信息公开年报</td></tr></table><h1>{escape(title)}</h1><div class='
                 f'"article-content">{content}</div>')
        script = ("<script>window.gkml = new Vue({el: '#app', data: {DETAIL: " + json.dumps(detail, ensure_ascii=False)
                  + ', TREE: [{"id": 4105, "name": "政府信息公开年报"}]}});</script>')
        url = self.put(HOST, path, frame(title, inner, script, f'<meta name="ArticleTitle" content="{escape(title)}">'))
        self.rows.append({"id": self.post, "title": title, "url": url, "publisher": unit, "created_at": stamp})
        return url

    def article(self, doc: ReportDoc, unit: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, unit, []), doc)

    def file(self, doc: ReportDoc) -> None:
        bucket = self.rng.randint(1000, 9999)
        path = f"/attachment/0/541/541{bucket}/{self.rng.randint(10**6, 10**7 - 1)}.pdf"
        content = (f'<iframe class="pdf-view" src="/gkmlpt/pdfjs/web/viewer.html?file={quote(path, safe="")}" '
                   'width="100%" height="900" frameborder="0"></iframe>')
        url = self.page_of(doc.title, doc.published_date or "", content, "澫湾区人民政府办公室", [])
        self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, path, doc))

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "澫湾区人民政府办公室", []), title)

    def api(self, request: Request) -> Response:
        if request.param("sid") != SID:
            return Response(404, json.dumps({"message": "站点不存在"}, ensure_ascii=False).encode(),
                            "application/json")
        page = int(request.param("page", "1")) if request.param("page", "1").isdigit() else 1
        rows = self.rows[(page - 1) * PER : page * PER]
        data = {"total": len(self.rows), "per_page": PER, "current_page": page, "articles": rows}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json")


PORTALS = [GkmlptWanwan]
