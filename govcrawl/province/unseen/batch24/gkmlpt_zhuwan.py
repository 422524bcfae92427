"""潴湾区 (www.zhuwan.gov.test): a district gkmlpt whose site id is a ``data-sid`` attribute of the shell's
mount element, whose list API dates are Unix timestamps, and whose detail pages carry no ``DETAIL``
object at all — only a server-rendered ``table.gk-meta`` and the body in ``div.zw``.

``/gkmlpt/index`` (the registry enters at ``#3390``) is the SPA shell: ``<div id="gkmlpt-app"
data-sid="759904" data-api="/gkmlpt/api/all/"></div>`` and the bundle.  ``/gkmlpt/api/all/3390?page=N&
sid=759904`` answers ``{"code": 0, "count": 10, "page": N, "limit": 4, "articles": [...]}`` — rows ``id``,
``title``, ``url`` (absolute ``…/gkmlpt/content/3/3390/post_<id>.html``), ``publisher``, ``created_at``
(seconds since 1970, e.g. 1737504000) and ``has_attach``; ``page=4`` is an empty list; a wrong ``sid``
answers 403 ``{"code": 403}``.  The detail's meta table is 索引号 / 分类 / 发布机构 / 成文日期 / 名称; the
district's 2023 report is a PDF and the 城管局's 2024 report an OFD, each linked in ``div.gk-attach``
(``/attachment/0/91/<n>/<n>.pdf``) after a one-line body.

Reports (7): 潴湾区人民政府 2019–2024 (2023 PDF), 潴湾区城市管理和综合执法局 2024 (OFD; publisher
"区城管执法局").  Decoys (3): 潴湾区2024年度法治政府建设年度报告, 潴湾区2024年政府信息公开工作年度报告解读,
潴湾区关于做好2024年度政府信息公开工作年度报告编制工作的函.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch24._site import MEDIA, Site, esc

HOST = "www.zhuwan.gov.test"
SITE = "zhuwan-gkml"
OWNER = "潴湾区人民政府"
SID = "759904"
COL = "3390"
PER = 4
CST = timezone(timedelta(hours=8))


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="潴湾区人民政府"><title>'
        f'{esc(title)}</title><link rel="stylesheet" href="/gkmlpt/static/css/app.css"></head><body><div '
        'class="gk-header">潴湾区人民政府 政府信息公开目录</div>'
        f'{inner}<div class="gk-footer">潴湾区人民政府办公室　网站标识码：9874050005　未公网安备 98740502000331号</div>'
        '</body></html>'
    )


class GkmlptZhuwan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 194_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[dict[str, object]] = []
        for year, day in ((2019, 21), (2020, 23), (2021, 27), (2022, 18), (2024, 22)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"潴湾区{year}年政府信息公开工作年度报告")
            self.report(SITE, self.detail(doc.title, doc.published_date or "", "潴湾区人民政府办公室",
                                          self.body(doc, word=year < 2021)), doc)
        for agency, publisher, year, date, kind in (
                (OWNER, "潴湾区人民政府办公室", 2023, "2024-01-25", "pdf"),
                ("潴湾区城市管理和综合执法局", "区城管执法局", 2024, "2025-01-17", "ofd")):
            doc = self.doc(agency, year, date, f"{agency}{year}年政府信息公开工作年度报告")
            n = self.rng.randrange(10**6, 10**7)
            path = f"/attachment/0/91/{n}/{n + 7}.{kind}"
            content = (f'<p>{esc(doc.title)}全文见附件。</p></div><div class="gk-attach">附件：<a href="{path}">'
                       f'{esc(doc.title)}.{kind}</a></div><div>')
            url = self.detail(doc.title, date, publisher, content, attach=True)
            self.report(SITE, url, doc, media_type=MEDIA[kind], report_url=self.attach(HOST, path, doc, kind))
        for title, year, date in (("潴湾区2024年度法治政府建设年度报告", 2024, "2025-03-18"),
                                  ("潴湾区2024年政府信息公开工作年度报告解读", 2024, "2025-01-23"),
                                  ("潴湾区关于做好2024年度政府信息公开工作年度报告编制工作的函", 2024, "2024-12-10")):
            body = self.decoy_body(title, OWNER, year)
            self.decoy(SITE, self.detail(title, date, "潴湾区人民政府办公室", body), title)
        self.rows.sort(key=lambda r: -int(str(r["created_at"])))
        shell = ('<div id="gkmlpt-app" data-sid="759904" data-api="/gkmlpt/api/all/"></div><noscript>请开启浏览器'
                 'JavaScript功能</noscript><script src="/gkmlpt/static/js/app.3f9a2c.js"></script>')
        self.put(HOST, "/gkmlpt/index", frame("潴湾区人民政府 政府信息公开目录", shell))
        self.route(HOST, f"/gkmlpt/api/all/{COL}", self.api)

    def detail(self, title: str, date: str, publisher: str, content: str, attach: bool = False) -> str:
        pid = self.next_id()
        path = f"/gkmlpt/content/3/{COL}/post_{pid}.html"
        stamp = int(datetime.strptime(date, "%Y-%m-%d").replace(hour=9, tzinfo=CST).timestamp())
        url = f"http://{HOST}{path}"
        self.rows.append({"id": pid, "title": title, "url": url, "publisher": publisher, "created_at": stamp,
                          "has_attach": int(attach)})
        meta = (f'<table class="gk-meta"><tr><th>索引号：</th><td>11987405MB{pid:07d}/{date[:4]}-00{pid % 97:02d}</td>'
                f'<th>分类：</th><td>综合政务</td></tr><tr><th>发布机构：</th><td>{esc(publisher)}</td><th>成文日期：'
                f'</th><td>{date}</td></tr><tr><th>名称：</th><td colspan="3">{esc(title)}</td></tr></table>')
        inner = f'<div class="gk-detail">{meta}<h1>{esc(title)}</h1><div class="zw">{content}</div></div>'
        return self.put(HOST, path, frame(f"{title}-潴湾区人民政府", inner))

    def api(self, request: Request) -> Response:
        if request.param("sid") != SID:
            return Response(403, b'{"code": 403, "msg": "forbidden"}', "application/json")
        n = int(request.param("page", "1") or 1)
        data = {"code": 0, "count": len(self.rows), "page": n, "limit": PER,
                "articles": self.rows[(n - 1) * PER:n * PER]}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json; charset=utf-8")


PORTALS = [GkmlptZhuwan]
