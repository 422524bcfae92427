"""蘅州市司法局 (www.hengzhou.gov.test/sfj/): a department's gkmlpt under a sub-path of the city
host whose list API links pages outside ``gkmlpt``.

``/sfj/gkmlpt/index#2210`` is the shell (portals.md §7: department sites under ``/<dept>/gkmlpt/``);
its script names the site id and the prefix in ``window.gkmlptConfig = {sid, base}``.  The API
``/sfj/gkmlpt/api/all/2210?page=N&sid=…`` answers ``{"total", "articles": [{"id", "title", "url",
"date", "publisher"}]}`` whose ``url`` is the department's ordinary article page
``/sfj/content/post_<id>.html`` (portals.md §1.6: Guangdong pages without ``gkmlpt`` in the path),
server-rendered with the body in ``div.article-content``.  The oldest entry is the 2019 report
(2019 template), titled "…2019年度…工作报告".  Decoy: a 工作要点.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.hengzhou.gov.test"
SITE = "hengzhou-sfj"
OWNER = "蘅州市司法局"
PREFIX = "/sfj"
SID = "758240"
COLUMN = 2210


class GkmlptHengzhouSfj(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.post = 3_318_000
        self.rows: list[dict[str, object]] = []
        self.article(make_doc(rng, OWNER, 2019, "2020-01-31", version="v2019",
                              title=f"{OWNER}2019年度政府信息公开工作报告"))
        for year in (2022, 2023, 2024):
            self.article(make_doc(rng, OWNER, year, f"{year + 1}-01-{rng.randint(12, 28)}"))
        self.notice(f"{OWNER}2024年政务公开工作要点", "2024-03-20")
        self.rows.sort(key=lambda r: str(r["date"]), reverse=True)
        self.put(HOST, "/index.html", '<!DOCTYPE html><html><head><meta charset="utf-8"><title>蘅州市人民政府</title>'
                 '</head><body><a href="/sfj/">蘅州市司法局</a></body></html>')
        self.route(HOST, f"{PREFIX}/gkmlpt/index", self.shell)
        self.route(HOST, f"{PREFIX}/gkmlpt/api/all/{COLUMN}", self.api)

    def page_of(self, title: str, date: str, content: str) -> str:
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 17:05">'
            f'<meta name="ContentSource" content="{OWNER}"><title>{escape(title)}-{OWNER}</title></head><body>'
            f'<div class="header"><a href="{PREFIX}/">{OWNER}</a><span class="wza">无障碍</span></div>'
            '<div class="crumbs">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>'
            f'<div class="article"><h2 class="title">{escape(title)}</h2><div class="info">来源：{OWNER} '
            f'时间：{date} 17:05 【<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">'
            f'小</a>】</div><div class="article-content">{content}</div>'
            '<div class="ewm"><img src="/sfj/images/ewm.png" alt="">扫一扫在手机打开当前页</div></div>'
            '<div class="footer">蘅州市司法局 主办 网站标识码：9817000021</div></body></html>'
        )

    def add_row(self, title: str, date: str, content: str) -> str:
        self.post += self.rng.randint(20, 4000)
        path = f"{PREFIX}/content/post_{self.post}.html"
        url = self.put(HOST, path, self.page_of(title, date, content))
        self.rows.append({"id": self.post, "title": title, "url": url, "date": f"{date} 17:05:00",
                          "publisher": OWNER})
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="3">')
        self.report(SITE, self.add_row(doc.title, doc.published_date or "", content), doc)

    def notice(self, title: str, date: str) -> None:
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, OWNER, int(date[:4]), self.rng))
        self.decoy(SITE, self.add_row(title, date, content), title)

    def shell(self, request: Request) -> Response:
        config = {"sid": SID, "base": f"{PREFIX}/gkmlpt", "siteName": OWNER}
        html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>蘅州市司法局政府信息公开目录</title></head>'
                '<body><div id="gkmlpt-app"></div>'
                f'<script>window.gkmlptConfig = {json.dumps(config, ensure_ascii=False)};'
                f'</script><script src="{PREFIX}/gkmlpt/js/app.min.js"></script></body></html>')
        return Response(200, html.encode(), "text/html; charset=utf-8")

    def api(self, request: Request) -> Response:
        if request.param("sid") != SID:
            return Response(200, b'{"total":0,"articles":[]}', "application/json")
        try:
            page = max(int(request.param("page") or 1), 1)
        except ValueError:
            page = 1
        data = {"total": len(self.rows), "articles": self.rows[(page - 1) * 100: page * 100]}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json; charset=utf-8")


PORTALS = [GkmlptHengzhouSfj]
