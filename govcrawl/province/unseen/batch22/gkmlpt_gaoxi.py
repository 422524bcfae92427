"""藁溪区 (www.gaoxi.gov.test): a district gkmlpt whose shell carries its configuration as one JSON object
assigned to ``window.__GKML__`` (``{"SID": "765207", "API": "/gkmlpt/api", …}``) — the site id as a *string*
— whose list API pages five rows at a time and says so only by ``total`` and the rows it returns (no
``page_size``), and whose detail pages embed their metadata as ``DETAIL: {…}, TREE:``.

Registered ``/gkmlpt/index#1984``.  ``/gkmlpt/api/all/1984?page=N&sid=765207`` answers ``{"articles": [{"id",
"title", "url", "publisher", "first_publish_time"}], "total": 9}``; a page past the end answers an
empty ``articles``; another sid answers ``{"code": 404, "msg": "站点不存在"}``.  Detail pages
``/gkmlpt/content/1/1984/post_<id>.html#1984``: the 索引号 / 分类 / 发布机构 / 成文日期 / 名称 / 发布日期 table,
``div.article-content``; the 2022 report is a PDF listed in the detail's 附件 block
(``/attachment/0/<n>/<n>/<id>.pdf``).  Timestamps in ``first_publish_time`` are Unix seconds.

Reports (7): 藁溪区人民政府 2020–2024 (2020 old template; 2022 a PDF), 藁溪区城北街道办事处 2024,
藁溪区教育局 2023.  Decoys (2): 藁溪区2024年法治政府建设年度报告, 藁溪区2024年政府信息公开工作年度报告公告.
"""

from __future__ import annotations

import calendar
import json
import random
import time

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch22._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.gaoxi.gov.test"
SITE = "gaoxi-gkml"
OWNER = "藁溪区人民政府"
CAT = 1984
SID = "765207"
PER = 5


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="楮河市藁溪区人民政府">'
        f'<meta name="SiteIDCode" content="4419000001"><title>{esc(title)}</title><link rel="stylesheet" '
        f'href="/gkmlpt/static/css/app.css"></head><body><div class="gk-head"><span>楮河市藁溪区人民政府</span><span>'
        f'政府信息公开</span></div>{inner}<div class="gk-foot">主办：藁溪区人民政府办公室</div></body></html>'
    )


def stamp(date: str) -> int:
    return calendar.timegm(time.strptime(date + " 09:00:00", "%Y-%m-%d %H:%M:%S")) - 8 * 3600


class GkmlptGaoxi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 174_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[dict[str, object]] = []
        for year, day in ((2020, 26), (2021, 24), (2023, 22), (2024, 21)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"藁溪区{year}年政府信息公开工作年度报告"))
        self.pdf(self.doc(OWNER, 2022, "2023-01-27", "藁溪区2022年政府信息公开工作年度报告"))
        self.article(self.doc("藁溪区城北街道办事处", 2024, "2025-01-16", "城北街道2024年政府信息公开工作年度报告"))
        self.article(self.doc("藁溪区教育局", 2023, "2024-01-18", "藁溪区教育局2023年政府信息公开工作年度报告"))
        for title, year, date in (("藁溪区2024年法治政府建设年度报告", 2024, "2025-03-26"),
                                  ("藁溪区2024年政府信息公开工作年度报告公告", 2024, "2025-01-22")):
            url = self.page(title, date, "藁溪区人民政府办公室", self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.rows.sort(key=lambda r: str(r["date"]), reverse=True)
        shell = ('<div id="app"></div><script>window.__GKML__ = {"SID": "' + SID + '", "API": "/gkmlpt/api", '
                 '"HOME": "/gkmlpt/index", "TITLE": "楮河市藁溪区人民政府信息公开"};</script><script '
                 'src="/gkmlpt/static/js/app.js"></script>')
        self.put(HOST, "/gkmlpt/index", frame("政府信息公开目录", shell))
        self.route(HOST, f"/gkmlpt/api/all/{CAT}", self.api)

    def page(self, title: str, date: str, unit: str, content: str, after: str = "") -> str:
        pid = self.next_id()
        path = f"/gkmlpt/content/1/{CAT}/post_{pid}.html"
        detail = json.dumps({"id": pid, "title": title, "publisher": unit, "date": date, "identifier":
                             f"11440000-{pid}/{date[:4]}-00{pid % 97}", "classify_main_name": "政府信息公开年报"},
                            ensure_ascii=False)
        table = (f'<table class="gk-meta"><tr><td>索引号：</td><td>11440000-{pid}</td><td>分类：</td>'
                 f'<td>政府信息公开年报'
                 f'</td></tr><tr><td>发布机构：</td><td>{esc(unit)}</td><td>成文日期：</td><td>{date}</td></tr><tr><td>'
                 f'名称：</td><td colspan="3">{esc(title)}</td></tr><tr><td>发布日期：</td><td colspan="3">{date}</td>'
                 f'</tr></table>')
        inner = (f'{table}<h1 class="title">{esc(title)}</h1><div class="article-content">{content}</div>{after}'
                 f'<script>var PAGE = {{DETAIL: {detail}, TREE: [{{"id": {CAT}, "name": "政府信息公开年报"}}]}};'
                 f'</script>')
        url = self.put(HOST, path, frame(title, inner))
        self.rows.append({"id": pid, "title": title, "url": f"http://{HOST}{path}#{CAT}", "publisher": unit,
                          "first_publish_time": stamp(date), "date": date})
        return url

    def article(self, doc: ReportDoc) -> None:
        url = self.page(doc.title, doc.published_date or "", doc.agency_name, self.body(doc))
        self.report(SITE, url, doc)

    def pdf(self, doc: ReportDoc) -> None:
        a, b = self.rng.randint(100, 999), self.rng.randint(100, 999)
        path = f"/attachment/0/{a}/{b}/{self.rng.randrange(10**7)}.pdf"
        after = f'<div class="attachment"><p>附件：</p><a href="{path}" target="_blank">{esc(doc.title)}.pdf</a></div>'
        url = self.page(doc.title, doc.published_date or "", doc.agency_name, "<p>请查阅附件。</p>", after)
        file = self.attach(HOST, path, doc, "pdf")
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=file)

    def api(self, request: Request) -> Response:
        if request.param("sid") != SID:
            return Response(200, b'{"code": 404, "msg": "\\u7ad9\\u70b9\\u4e0d\\u5b58\\u5728"}', "application/json")
        try:
            n = max(1, int(request.param("page", "1")))
        except ValueError:
            n = 1
        rows = [{k: v for k, v in r.items() if k != "date"} for r in self.rows[(n - 1) * PER:n * PER]]
        body = json.dumps({"articles": rows, "total": len(self.rows)}, ensure_ascii=False)
        return Response(200, body.encode(), "application/json; charset=utf-8")


PORTALS = [GkmlptGaoxi]
