"""玲江区 (www.lingjiang.gov.test → xxgk.lingjiang.gov.test): a district whose gkmlpt runs on a
信息公开 host of its own, its articles published on the portal host.

The registry's start page is ``http://xxgk.lingjiang.gov.test/gkmlpt/index#3517`` (the SPA shell,
portals.md §1.6; the site id in ``var SID = '758427'``).  The list API ``/gkmlpt/api/all/3517?page=1
&sid=758427`` answers ``{"articles": […], "total": 8, "page_size": 100, "classify": {…}}``; each
article carries ``date`` as a Unix timestamp, ``publisher`` (发布机构) and ``url`` on the *portal*
host ``www.lingjiang.gov.test/gkmlpt/content/3/3517/post_<id>.html#3517`` (the content pages are
served there, cross-host).  Detail pages are server-rendered: a ``div.introduce`` table of 索引号 /
分类 / 发布机构 / 成文日期 / 名称, then ``div.article-content``; the 2024 district report is a stub
whose PDF is in an ``"attachments"`` array of the API entry and a ``div.attachment`` block after the
content (``/attachment/0/5xx/<id>/<n>.pdf``).  Two units publish in the district column: the 司法局
titles its report only "2024年度政府信息公开工作年度报告" (publisher 玲江区司法局), the 民政局 "区民政局
2024年…" (agency 玲江区民政局).  Decoys: 法治政府建设年度报告, a （图解）.
"""

from __future__ import annotations

import dataclasses
import json
import random
from datetime import datetime, timedelta, timezone
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

WWW = "www.lingjiang.gov.test"
XXGK = "xxgk.lingjiang.gov.test"
SITE = "lingjiang-gkml"
OWNER = "玲江区人民政府"
COLUMN = "3517"
SID = "758427"
CST = timezone(timedelta(hours=8))


def stamp(date: str) -> int:
    return int(datetime.strptime(date + " 09:30", "%Y-%m-%d %H:%M").replace(tzinfo=CST).timestamp())


class GkmlptLingjiang(UnseenPortal):
    hosts = (WWW, XXGK)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.post = 4_108_000
        self.articles: list[dict[str, object]] = []
        self.article(make_doc(rng, OWNER, 2021, "2022-01-27"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-18"))
        self.notice("玲江区人民政府2022年政府信息公开工作年度报告（图解）", "2023-01-19")
        self.article(make_doc(rng, OWNER, 2023, "2024-01-30"))
        self.attached(make_doc(rng, OWNER, 2024, "2025-01-24"))
        self.unit("玲江区司法局", "2024年度政府信息公开工作年度报告", "2025-01-16")
        self.unit("玲江区民政局", "区民政局2024年政府信息公开工作年度报告", "2025-01-21")
        self.notice("玲江区2024年法治政府建设年度报告", "2025-03-10", "玲江区司法局")
        self.articles.sort(key=lambda a: int(str(a["date"])), reverse=True)
        self.put(XXGK, "/gkmlpt/index", SHELL)
        self.route(XXGK, f"/gkmlpt/api/all/{COLUMN}", self.api)

    def page_of(
        self,
        title: str,
        date: str,
        publisher: str,
        content: str,
        after: str = "",
        attachments: list[dict[str, str]] | None = None,
    ) -> str:
        self.post += self.rng.randint(100, 9000)
        path = f"/gkmlpt/content/3/{COLUMN}/post_{self.post}.html"
        index = f"11440{self.rng.randint(10**7, 10**8)}/{date[:4]}-{self.rng.randint(10000, 99999)}"
        inner = (
            '<div class="introduce"><table>'
            f"<tr><th>索引号：</th><td>{index}</td><th>分类：</th><td>年度报告</td></tr>"
            f"<tr><th>发布机构：</th><td>{escape(publisher)}</td><th>成文日期：</th><td>{date}</td></tr>"
            f'<tr><th>名称：</th><td colspan="3">{escape(title)}</td></tr></table></div>'
            f'<div class="content"><h1 class="title">{escape(title)}</h1><div class="date-row">发布日期：{date}</div>'
            f'<div class="article-content">{content}</div>{after}</div>'
        )
        html = (
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{escape(title)}">'
            f'<meta name="PubDate" content="{date} 09:30"><meta name="ContentSource" content="{escape(publisher)}">'
            f"<title>{escape(title)} - 玲江区人民政府门户网站</title></head><body>"
            '<div class="gk-head">玲江区人民政府门户网站 · 政府信息公开</div>'
            f'<div class="gk-main">{inner}</div><div class="gk-foot">主办单位：玲江区人民政府办公室　'
            "网站标识码：4403990021　未ICP备05001234号</div></body></html>"
        )
        url = self.put(WWW, path, html)
        self.articles.append(
            {
                "id": self.post,
                "title": title,
                "date": stamp(date),
                "publisher": publisher,
                "url": f"{url}#{COLUMN}",
                "attachments": attachments or [],
            }
        )
        return url

    @staticmethod
    def content(doc: ReportDoc) -> str:
        return body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="4">')

    def article(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        self.report(SITE, self.page_of(doc.title, date, f"{OWNER}办公室", self.content(doc)), doc)

    def unit(self, agency: str, title: str, date: str) -> None:
        doc = dataclasses.replace(make_doc(self.rng, agency, 2024, date, title=title), agency_name=agency)
        self.report(SITE, self.page_of(title, date, agency, self.content(doc)), doc)

    def attached(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        folder, number = self.rng.randint(10**6, 10**7), self.rng.randint(10**6, 10**7)
        path = f"/attachment/0/5{self.rng.randint(10, 99)}/{folder}/{number}.pdf"
        file_url = self.put_pdf(WWW, path, doc)
        name = f"{doc.title}.pdf"
        after = f'<div class="attachment"><p>附件：</p><a href="{path}" target="_blank">{escape(name)}</a></div>'
        url = self.page_of(
            doc.title, date, f"{OWNER}办公室", "<p>　　报告全文见附件。</p>", after, [{"name": name, "url": file_url}]
        )
        self.report(SITE, url, doc, media_type=PDF, report_url=file_url)

    def notice(self, title: str, date: str, publisher: str = f"{OWNER}办公室") -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, publisher, content), title)

    def api(self, request: Request) -> Response:
        if request.param("sid") != SID:
            return Response(200, b'{"articles":[],"total":0}', "application/json")
        page = int(request.param("page", "1")) if request.param("page", "1").isdigit() else 1
        rows = self.articles if page == 1 else []
        body = {
            "articles": rows,
            "total": len(self.articles),
            "page_size": 100,
            "classify": {"id": int(COLUMN), "name": "政府信息公开年报"},
        }
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=utf-8")


SHELL = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="玲江区人民政府">'
    "<title>玲江区政府信息公开目录</title><script>var SID = '758427';</script>"
    '<script src="/gkmlpt/static/js/app.js"></script></head><body><div id="app"></div>'
    "<noscript>请开启JavaScript以浏览政府信息公开目录</noscript></body></html>"
)

PORTALS = [GkmlptLingjiang]
