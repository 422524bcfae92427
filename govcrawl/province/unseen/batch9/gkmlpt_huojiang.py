"""漷江区 (www.huojiang.gov.test): gkmlpt for the district and, under a sub-path of the same host, for
its 卫生健康局 (portals.md §7, "gkmlpt under a sub-path").

Two registry entries: the district's ``/gkmlpt/index#1862`` and the bureau's
``/wsjkj/gkmlpt/index#2307``.  Each shell names its site id in ``window.GKML = {sid: …, base: …}``;
the list API lives under the same prefix — ``/gkmlpt/api/all/1862?page=1&sid=759112`` and
``/wsjkj/gkmlpt/api/all/2307?page=1&sid=759136`` — answering ``{"articles": […], "total": N,
"page": 1, "size": 100}`` with ``first_publish_time`` as "YYYY-MM-DD HH:MM:SS" and the url absolute.
Detail pages ``<prefix>/gkmlpt/content/<a>/<col>/post_<id>.html`` render the content server-side
*and* embed ``window._CONFIG = { DETAIL: {…}, TREE: [...] }``; their ``table.gk-meta`` has 索引号 /
发布机构 / 成文日期.  The district's 2023 report and the bureau's 2023 report are PDF-only: the API
entry's ``url`` is the detail page, whose content is empty but for an attachment link under
``/attachment/0/…``.  The district column also carries a 街道's report titled only "2024年度政府信息
公开工作年度报告" (发布机构 漷江区沙洲街道办事处).  Decoys: 法治政府建设年度报告, 工作要点, a 卫生健康统计年报.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    PDF,
    Handler,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.model import ReportDoc

HOST = "www.huojiang.gov.test"
OWNER = "漷江区人民政府"
BUREAU = "漷江区卫生健康局"
# site id, prefix, column, sid, owner
UNITS = {
    "huojiang-gkml": ("", "1862", "759112", OWNER),
    "huojiang-wsjkj": ("/wsjkj", "2307", "759136", BUREAU),
}


class GkmlptHuojiang(UnseenPortal):
    hosts = (HOST,)
    site_ids = tuple(UNITS)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.post = 7_250_000
        self.articles: dict[str, list[dict[str, object]]] = {site: [] for site in UNITS}
        d = "huojiang-gkml"
        self.article(d, make_doc(rng, OWNER, 2020, "2021-01-28", version="v2019"), "漷江区人民政府办公室")
        self.article(d, make_doc(rng, OWNER, 2021, "2022-01-27"), "漷江区人民政府办公室")
        self.article(d, make_doc(rng, OWNER, 2022, "2023-01-20"), "漷江区人民政府办公室")
        self.attached(d, make_doc(rng, OWNER, 2023, "2024-01-26"), "漷江区人民政府办公室")
        self.article(d, make_doc(rng, OWNER, 2024, "2025-01-24"), "漷江区人民政府办公室")
        self.article(
            d,
            make_doc(rng, "漷江区沙洲街道办事处", 2024, "2025-01-16", title="2024年度政府信息公开工作年度报告"),
            "漷江区沙洲街道办事处",
        )
        self.notice(d, "漷江区2023年法治政府建设年度报告", "2024-03-05", "漷江区司法局")
        self.notice(d, "漷江区2024年政务公开工作要点", "2024-04-02", "漷江区人民政府办公室")
        b = "huojiang-wsjkj"
        self.article(
            b, make_doc(rng, BUREAU, 2022, "2023-01-17", title="区卫生健康局2022年政府信息公开工作年度报告"), BUREAU
        )
        self.attached(
            b, make_doc(rng, BUREAU, 2023, "2024-01-19", title="区卫生健康局2023年政府信息公开工作年度报告"), BUREAU
        )
        self.article(b, make_doc(rng, BUREAU, 2024, "2025-01-22"), BUREAU)
        self.notice(b, "漷江区2023年卫生健康统计年报", "2024-04-18", BUREAU)
        for site, (prefix, column, sid, owner) in UNITS.items():
            self.articles[site].sort(key=lambda a: str(a["first_publish_time"]), reverse=True)
            self.put(HOST, f"{prefix}/gkmlpt/index", shell(prefix, sid, owner))
            self.route(HOST, f"{prefix}/gkmlpt/api/all/{column}", self.api_of(site))

    def page_of(self, site: str, title: str, date: str, publisher: str, content: str) -> str:
        prefix, column, _, owner = UNITS[site]
        self.post += self.rng.randint(50, 6000)
        path = f"{prefix}/gkmlpt/content/{self.post % 7 + 1}/{column}/post_{self.post}.html"
        index = f"00742{self.rng.randint(1000, 9999)}/{date[:4]}-{self.rng.randint(100, 999)}"
        detail = {
            "id": self.post,
            "title": title,
            "publisher": publisher,
            "identifier": index,
            "date": f"{date} 16:40:00",
            "content": "",
        }
        html = (
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{escape(title)}">'
            f'<meta name="PubDate" content="{date} 16:40"><meta name="ContentSource" content="{escape(publisher)}">'
            f'<title>{escape(title)}</title></head><body><div class="gk-top">{escape(owner)} 政府信息公开</div>'
            f'<table class="gk-meta"><tr><td>索引号：</td><td>{index}</td><td>分类：</td><td>其他/年度报告</td></tr>'
            f"<tr><td>发布机构：</td><td>{escape(publisher)}</td><td>成文日期：</td><td>{date}</td></tr>"
            f'<tr><td>名称：</td><td colspan="3">{escape(title)}</td></tr></table>'
            f'<div class="gk-article"><h1>{escape(title)}</h1><div class="gk-content">{content}</div></div>'
            f"<script>window._CONFIG = {{ DETAIL: {json.dumps(detail, ensure_ascii=False)}, TREE: "
            f'[{{"id": {column}, "name": "政府信息公开年报"}}] }};</script>'
            '<div class="gk-foot">网站标识码：9842020007　未ICP备19007733号</div></body></html>'
        )
        url = self.put(HOST, path, html)
        self.articles[site].append(
            {
                "id": self.post,
                "title": title,
                "publisher": publisher,
                "first_publish_time": f"{date} 16:40:00",
                "url": url,
                "identifier": index,
            }
        )
        return url

    @staticmethod
    def content(doc: ReportDoc) -> str:
        return body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" align="center">')

    def article(self, site: str, doc: ReportDoc, publisher: str) -> None:
        self.report(site, self.page_of(site, doc.title, doc.published_date or "", publisher, self.content(doc)), doc)

    def attached(self, site: str, doc: ReportDoc, publisher: str) -> None:
        prefix = UNITS[site][0]
        path = f"{prefix}/attachment/0/{self.rng.randint(100, 999)}/{self.rng.randint(10**6, 10**7)}.pdf"
        file_url = self.put_pdf(HOST, path, doc)
        content = f'<p><a href="{path}" target="_blank">{escape(doc.title)}.pdf</a></p>'
        url = self.page_of(site, doc.title, doc.published_date or "", publisher, content)
        self.report(site, url, doc, media_type=PDF, report_url=file_url)

    def notice(self, site: str, title: str, date: str, publisher: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, UNITS[site][3], year, self.rng))
        self.decoy(site, self.page_of(site, title, date, publisher, content), title)

    def api_of(self, site: str) -> Handler:
        sid = UNITS[site][2]

        def api(request: Request) -> Response:
            rows = self.articles[site]
            page = request.param("page", "1")
            if request.param("sid") != sid:
                body: dict[str, object] = {"articles": [], "total": 0, "page": 1, "size": 100}
            else:
                part = rows if page == "1" else []
                body = {"articles": part, "total": len(rows), "page": int(page) if page.isdigit() else 1, "size": 100}
            return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=utf-8")

        return api


def shell(prefix: str, sid: str, owner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{owner}">'
        f"<title>{owner}政府信息公开目录</title><script>window.GKML = {{sid: '{sid}', base: '{prefix}/gkmlpt'}};"
        f'</script><link rel="stylesheet" href="{prefix}/gkmlpt/static/css/app.css"></head><body>'
        f'<div id="gkml-app"></div><script src="{prefix}/gkmlpt/static/js/app.js"></script></body></html>'
    )


PORTALS = [GkmlptHuojiang]
