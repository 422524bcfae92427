"""沌湾区 (www.dunwan.gov.test): a district gkmlpt whose list API pages five at a time, behind the
front end's session cookie, with Chinese-format dates.

``/gkmlpt/index#2741`` is the SPA shell; the site id and column are in a ``<script
type="application/json" id="gkml-settings">{"site_id": 760318, "column": 2741, "api": "/gkmlpt/api"}``
block, and the shell sets ``gkmlfront_session`` (portals.md §1.6: Laravel-style front-end cookies).
The list API ``/gkmlpt/api/all/2741?page=N&sid=760318`` answers 403 without that cookie, else
``{"articles": [...], "total": 12, "per_page": 5, "current_page": N, "last_page": 3}`` — rows
``{"id", "title", "url", "publisher", "display_publish_time": "2025年01月22日", "compose_date"}``.
Detail pages ``/gkmlpt/content/2/2741/post_<id>.html`` are server-rendered (``table.gk-head`` of
索引号 / 发布机构 / 成文日期 / 公开方式, then ``div.zw``) and embed ``DETAIL: {...}, TREE: [...]``.  Two
reports are PDF-only: the 2023 district report and the 财政局's 2024 report, each a detail page
whose ``div.zw`` is empty but for a link under ``/attachment/0/512/<id>/``.  Units: the district's
titles say "沌湾区…" (agency 沌湾区人民政府), "区教育局2024年…" (沌湾区教育局), "白沙洲街道2023年…"
(沌湾区白沙洲街道办事处), a 司法局 report titled only "2023年度政府信息公开工作年度报告" (publisher
沌湾区司法局).  Decoys: 法治政府建设年度报告, 年度报告编制说明, 政务公开工作要点.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.model import ReportDoc

HOST = "www.dunwan.gov.test"
SITE = "dunwan-gkml"
OWNER = "沌湾区人民政府"
COLUMN = 2741
SID = 760318
PER_PAGE = 5
COOKIE = "gkmlfront_session"


def frame(title: str, inner: str, metas: str = "", script: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="沌湾区人民政府">'
        f'<meta name="SiteIDCode" content="9845020003">{metas}<title>{escape(title)} - 沌湾区人民政府</title>'
        '<link rel="stylesheet" href="/gkmlpt/static/css/app.css"></head><body><div class="gk-top">'
        '<a href="http://www.dunwan.gov.test/">沌湾区人民政府门户网站</a><span>政府信息公开</span>'
        '<a href="javascript:;" class="wza">无障碍</a></div>'
        f'{inner}<div class="gk-foot">沌湾区人民政府办公室主办 网站标识码：9845020003 未ICP备14033018号</div>'
        f"{script}</body></html>"
    )


class GkmlptDunwan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.post = 9_310_400
        self.rows: list[dict[str, object]] = []
        office = "沌湾区人民政府办公室"
        self.article(make_doc(rng, OWNER, 2020, "2021-01-25", version="v2019"), office)
        self.article(make_doc(rng, OWNER, 2021, "2022-01-24", title="沌湾区2021年政府信息公开工作年度报告"), office)
        self.article(make_doc(rng, OWNER, 2022, "2023-01-18", title="沌湾区2022年政府信息公开工作年度报告"), office)
        self.notice("沌湾区2022年法治政府建设年度报告", "2023-03-29", "沌湾区司法局")
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-29", title="沌湾区2023年政府信息公开工作年度报告"), office)
        self.article(
            make_doc(
                rng, "沌湾区白沙洲街道办事处", 2023, "2024-01-15", title="白沙洲街道2023年政府信息公开工作年度报告"
            ),
            "沌湾区白沙洲街道办事处",
        )
        self.article(
            make_doc(rng, "沌湾区司法局", 2023, "2024-01-22", title="2023年度政府信息公开工作年度报告"), "沌湾区司法局"
        )
        self.notice("沌湾区2024年政务公开工作要点", "2024-04-08", office)
        self.article(make_doc(rng, OWNER, 2024, "2025-01-23", title="沌湾区2024年政府信息公开工作年度报告"), office)
        self.article(
            make_doc(rng, "沌湾区教育局", 2024, "2025-01-20", title="区教育局2024年政府信息公开工作年度报告"),
            "沌湾区教育局",
        )
        self.attached(make_doc(rng, "沌湾区财政局", 2024, "2025-01-17"), "沌湾区财政局")
        self.notice("沌湾区2024年度政府信息公开工作年度报告编制说明", "2025-01-23", office)
        self.rows.sort(key=lambda r: str(r["compose_date"]), reverse=True)
        self.route(HOST, "/gkmlpt/index", self.shell)
        self.route(HOST, f"/gkmlpt/api/all/{COLUMN}", self.api)

    def page_of(self, title: str, date: str, publisher: str, content: str, attachment: list[dict[str, str]]) -> str:
        self.post += self.rng.randint(50, 9000)
        path = f"/gkmlpt/content/2/{COLUMN}/post_{self.post}.html"
        y, m, d = date.split("-")
        index_no = f"11984502MB{self.post % 10**7:07d}/{y}-{self.post % 1000:05d}"
        detail = {
            "id": self.post,
            "title": title,
            "publisher": publisher,
            "date": date,
            "identifier": index_no,
            "attachment": attachment,
        }
        tree = [{"id": COLUMN, "name": "政府信息公开年报", "parent": 2700}]
        inner = (
            '<div class="gk-crumb">首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div><div class="gk-detail">'
            '<table class="gk-head"><tr><td class="k">索引号：</td><td>'
            f'{index_no}</td><td class="k">分类：</td><td>政府信息公开年报</td></tr><tr><td class="k">发布机构：</td>'
            f'<td>{escape(publisher)}</td><td class="k">成文日期：</td><td>{y}年{m}月{d}日</td></tr><tr>'
            f'<td class="k">名称：</td><td colspan="3">{escape(title)}</td></tr><tr><td class="k">公开方式：</td>'
            f'<td>主动公开</td><td class="k">发布日期：</td><td>{date}</td></tr></table>'
            f'<h1 class="gk-title">{escape(title)}</h1><div class="zw">{content}</div>'
            '<div class="gk-ewm">扫一扫在手机打开当前页</div></div>'
        )
        script = (
            f"<script>window.__GK__ = {{ DETAIL: {json.dumps(detail, ensure_ascii=False)}, "
            f"TREE: {json.dumps(tree, ensure_ascii=False)}, SID: {SID} }};</script>"
        )
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
            f'<meta name="ContentSource" content="{escape(publisher)}">'
        )
        url = self.put(HOST, path, frame(title, inner, metas, script))
        self.rows.append(
            {
                "id": self.post,
                "title": title,
                "url": url,
                "publisher": publisher,
                "display_publish_time": f"{y}年{m}月{d}日",
                "compose_date": date,
                "attachment": attachment,
            }
        )
        return url

    def article(self, doc: ReportDoc, publisher: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table class="table-bordered" border="1">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", publisher, content, []), doc)

    def attached(self, doc: ReportDoc, publisher: str) -> None:
        path = f"/attachment/0/512/{self.rng.randint(510000, 519999)}/{self.rng.randint(1000000, 9999999)}.pdf"
        file_url = self.put_pdf(HOST, path, doc)
        att = [{"name": f"{doc.title}.pdf", "url": file_url}]
        content = f'<p><a href="{path}" target="_blank">{escape(doc.title)}.pdf</a></p>'
        url = self.page_of(doc.title, doc.published_date or "", publisher, content, att)
        self.report(SITE, url, doc, media_type=PDF, report_url=file_url)

    def notice(self, title: str, date: str, publisher: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, publisher, content, []), title)

    def shell(self, request: Request) -> Response:
        settings = json.dumps({"site_id": SID, "column": COLUMN, "api": "/gkmlpt/api"})
        inner = (
            '<div id="app"><div class="gk-loading">加载中…</div></div>'
            f'<script type="application/json" id="gkml-settings">{settings}</script>'
            '<script src="/gkmlpt/static/js/manifest.js"></script><script src="/gkmlpt/static/js/app.js"></script>'
        )
        body = frame("政府信息公开目录", inner).encode()
        return Response(
            200, body, "text/html; charset=utf-8", {"Set-Cookie": f"{COOKIE}=eyJpdiI6IjR0Yk{SID}; path=/; HttpOnly"}
        )

    def api(self, request: Request) -> Response:
        if COOKIE not in request.headers.get("cookie", ""):
            return Response(403, b'{"message":"Forbidden"}', "application/json")
        if request.param("sid") != str(SID):
            return Response(200, b'{"articles":[],"total":0}', "application/json")
        try:
            page = max(int(request.param("page", "1")), 1)
        except ValueError:
            page = 1
        total = len(self.rows)
        chosen = self.rows[(page - 1) * PER_PAGE : page * PER_PAGE]
        data = {
            "articles": chosen,
            "total": total,
            "per_page": PER_PAGE,
            "current_page": page,
            "last_page": -(-total // PER_PAGE),
        }
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json; charset=utf-8")


PORTALS = [GkmlptDunwan]
