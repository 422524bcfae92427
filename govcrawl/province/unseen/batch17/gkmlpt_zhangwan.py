"""嶂东镇 (www.zhangwan.gov.test/zdz/): a town's gkmlpt under a sub-path of its district's host, whose API
answers every row on one page (the platform's 100-row page) and one of whose rows is a 外链 article —
its ``url`` the report's PDF itself, not a detail page.

``/zdz/gkmlpt/index#2306`` is the SPA shell; its settings are a ``window.GKML_CONFIG = {"base":
"/zdz/gkmlpt", "sid": "764410", "column": 2306}`` script (portals.md §7: gkmlpt under a sub-path).  The
list API ``/zdz/gkmlpt/api/all/2306?page=N&sid=764410`` answers ``{"total": 9, "page": N, "per_page":
100, "articles": [...]}`` — ``page=1`` all nine rows, ``page=2`` none; a wrong ``sid``: 404 JSON.
Rows: ``id``, ``title``, ``url``, ``publisher`` (嶂湾区嶂东镇人民政府), ``first_publish_time``
("2025-01-22 10:31:07"), ``is_link`` (0/1).  Detail pages ``/zdz/gkmlpt/content/2/2306/post_<id>.html``
are server-rendered: a ``table.gk-head`` of 索引号 / 发布机构 / 成文日期 / 主题分类, the body in
``div.article-content``, and ``DETAIL: {...}, TREE: [...]``.  The town's 2022 report is a 外链 row
(``"is_link": 1``) whose ``url`` is ``http://www.zhangwan.gov.test/zdz/attachment/0/79/79<n>/<n>.pdf``;
its 2021 report is a stub whose OFD is in ``DETAIL.attachment`` and in a ``div.fj`` link.

Reports (6): 嶂湾区嶂东镇人民政府 2019–2024 (2019–2020 old template; titles "嶂东镇2023年…", "嶂湾区嶂东
镇人民政府 2024年…", "2020年度嶂东镇政府信息公开工作年度报告" year first).  Decoys (3): 政务公开工作要点
, 部门决算, 法治政府建设年度报告.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import OFD, PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.zhangwan.gov.test"
SITE = "zhangwan-zdz"
OWNER = "嶂湾区嶂东镇人民政府"
BASE = "/zdz/gkmlpt"
COL = 2306
SID = "764410"


def frame(title: str, inner: str, script: str = "", head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="嶂湾区嶂东镇人民政府"><meta n'
        'ame='
        f'"SiteIDCode" content="9867050114">{head}<title>{escape(title)}-嶂东镇人民政府</title><link rel="stylesheet" '
        'href='
        f'"{BASE}/static/css/gkml.3f9e.css"></head><body><div class="zd-head"><a href="http://www.zhangwan.gov.test/">'
        '嶂湾'
        '区人民政府</a> &gt; <a href="/zdz/">嶂东镇</a><span class="zd-tools"><a href="javascript:;">无障碍</a> <a hre'
        'f="'
        f'javascript:;">关怀版</a></span></div><div class="zd-main">{inner}</div><div class="zd-foot">嶂湾区嶂东镇人民'
        '政府'
        f' 主办　网站标识码：9867050114　未ICP备20011873号</div>{script}</body></html>'
    )


class GkmlptZhangwan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 84_000
        self.rows: list[dict[str, object]] = []
        self.article(make_doc(rng, OWNER, 2019, "2020-01-22", version="v2019"))
        self.article(make_doc(rng, OWNER, 2020, "2021-01-25", version="v2019",
                              title="2020年度嶂东镇政府信息公开工作年度报告"))
        self.file_row(make_doc(rng, OWNER, 2021, "2022-01-27", title="嶂东镇2021年政府信息公开工作年度报告"))
        self.link_row(make_doc(rng, OWNER, 2022, "2023-01-19", title="嶂东镇2022年政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2023, "2024-01-24", title="嶂东镇2023年政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2024, "2025-01-22"))
        self.notice("嶂东镇2024年政务公开工作要点", 2024, "2024-03-26")
        self.notice("嶂湾区嶂东镇人民政府2023年度部门决算", 2023, "2024-09-05")
        self.notice("嶂东镇2023年法治政府建设年度报告", 2023, "2024-02-28")
        self.rows.sort(key=lambda r: str(r["first_publish_time"]), reverse=True)
        config = json.dumps({"base": BASE, "sid": SID, "column": COL}, ensure_ascii=False)
        self.put(HOST, f"{BASE}/index", frame("政府信息公开目录", '<div id="app"><div class="loading">加载中…</div></d'
        'iv>',
                                              f"<script>window.GKML_CONFIG = {config};</script><script src=\"{BASE}/st"
                                              "atic"
                                              '/js/gkml.3f9e.js"></script>'))
        self.route(HOST, f"{BASE}/api/all/{COL}", self.api)

    def stamp(self, date: str) -> str:
        return f"{date} {self.rng.randint(8, 17):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"

    def page_of(self, title: str, date: str, content: str, attachment: list[dict[str, str]]) -> str:
        self.id += self.rng.randint(100, 4000)
        path = f"{BASE}/content/2/{COL}/post_{self.id}.html"
        ident = f"007{self.rng.randint(10**7, 10**8 - 1)}/{date[:4]}-{self.rng.randint(10, 99)}"
        detail = {"id": self.id, "title": title, "publisher": OWNER, "identifier": ident, "date": date,
                  "attachment": attachment}
        inner = ('<div class="zd-crumb">首页 &gt; 政府信息公开目录 &gt; 政府信息公开年报</div><table class="gk-head">'
        '<tr><th>'
                 f'索引号：</th><td>{ident}</td><th>发布机构：</th><td>{OWNER}</td></tr><tr><th>成文日期：</th><td>'
                 f'{date}</td>'
                 f'<th>主题分类：</th><td>政府信息公开年报</td></tr></table><h1 class="title">{escape(title)}</h1><div'
                 ' class='
                 f'"article-content">{content}</div>')
        script = ("<script>var _CONFIG = {DETAIL: " + json.dumps(detail, ensure_ascii=False)
                  + f', TREE: [{{"id": {COL}, "name": "政府信息公开年报", "children": []}}]}};</script>')
        head = f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
        url = self.put(HOST, path, frame(title, inner, script, head))
        self.rows.append({"id": self.id, "title": title, "url": url, "publisher": OWNER,
                          "first_publish_time": self.stamp(date), "is_link": 0})
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, []), doc)

    def file_row(self, doc: ReportDoc) -> None:
        self.id += 7
        path = f"/zdz/attachment/0/79/79{self.rng.randint(1000, 9999)}/{self.id}.ofd"
        link = f'<div class="fj">附件：<a href="{path}" target="_blank">{escape(doc.title)}.ofd</a></div>'
        url = self.page_of(doc.title, doc.published_date or "", f"<p>{escape(doc.title)}详见附件。</p>{link}",
                           [{"name": doc.title + ".ofd", "url": path}])
        data = render_ofd(doc, random.Random(self.rng.random()))
        self.report(SITE, url, doc, media_type=OFD, report_url=self.put(HOST, path, data, OFD))

    def link_row(self, doc: ReportDoc) -> None:
        self.id += self.rng.randint(100, 4000)
        url = self.put_pdf(HOST, f"/zdz/attachment/0/79/79{self.rng.randint(1000, 9999)}/{self.id}.pdf", doc)
        self.rows.append({"id": self.id, "title": doc.title, "url": url, "publisher": OWNER,
                          "first_publish_time": self.stamp(doc.published_date or ""), "is_link": 1})
        self.report(SITE, url, doc, media_type=PDF)

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, "嶂东镇", year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, []), title)

    def api(self, request: Request) -> Response:
        if request.param("sid") != SID:
            return Response(404, b'{"code": 404, "message": "site not found"}', "application/json")
        page = int(request.param("page", "1")) if request.param("page", "1").isdigit() else 1
        rows = self.rows[(page - 1) * 100 : page * 100]
        data = {"total": len(self.rows), "page": page, "per_page": 100, "articles": rows}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json")


PORTALS = [GkmlptZhangwan]
