"""碣湾区 (www.jiewan.gov.test): a district gkmlpt whose site id, column and API base are only
``data-`` attributes of the SPA's mount element, and whose list API dates rows by Unix timestamps and
pages six at a time.

``/gkmlpt/index#2519`` is the shell: ``<div id="gkml-app" data-sid="771845" data-column="2519"
data-api="/gkmlpt/api" data-page-size="6">`` and the bundle.  The API
``/gkmlpt/api/all/2519?page=N&sid=771845`` answers ``{"total": 11, "page": N, "page_size": 6,
"articles": [{"id", "title", "url", "publisher", "date": 1737505800, "identifier"}]}`` (``date`` in
seconds since the epoch, Beijing time), ``page=3`` an empty ``articles``; without the right ``sid``:
``{"code": 404, "msg": "站点不存在"}`` with a 404.  Detail pages
``/gkmlpt/content/2/2519/post_<id>.html`` are server-rendered: a ``table.gk-meta`` (索引号 / 分类 /
发布机构 / 成文日期 / 发布日期 / 文号), ``div.article-content``, and the page's ``DETAIL: {...}`` state.  The
district's 2022 report is file-only: ``div.article-content`` empty and an OFD under
``/attachment/0/518/<id>/<hex>.ofd`` in the ``div.attachment`` block (also in ``DETAIL.attachment``).

Reports (8): 碣湾区人民政府 2021–2024 (2022 an OFD), 碣湾区卫生健康局 2024 ("区卫健局2024年…"), 碣湾区
碣东街道办事处 2023 ("碣东街道2023年…"), 碣湾区发展和改革局 2022 (titled only "2022年度政府信息公开工作年度
报告", named by ``publisher`` and 发布机构), 碣湾区城市管理和综合执法局 2024 ("区城管执法局2024年…").  Decoys
(3): 2023年度法治政府建设年度报告, 区卫健局2023年度部门整体支出绩效评价报告, 2024年政务公开工作要点.
"""

from __future__ import annotations

import hashlib
import json
import random
from datetime import datetime, timedelta, timezone
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import OFD, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.jiewan.gov.test"
SITE = "jiewan-gkml"
OWNER = "碣湾区人民政府"
SID = "771845"
COLUMN = 2519
PER = 6
BEIJING = timezone(timedelta(hours=8))


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="碣湾区人民政府"><meta '
        'name="SiteDomain" content="www.jiewan.gov.test"><meta name="SiteIDCode" content="4419860032">'
        f'{head}<title>{escape(title)}</title><link rel="stylesheet" href="/gkmlpt/static/css/app.css"></head><body>'
        '<div class="jw-top"><a href="http://www.jiewan.gov.test/">碣湾区人民政府门户网站</a><a href="javascript:;" '
        f'id="assist">无障碍</a><a href="javascript:;">关怀版</a></div>{inner}<div class="jw-foot">主办：碣湾区人民政府'
        '办公室　网站标识码：4419860032　未ICP备05011871号</div></body></html>'
    )


class GkmlptJiewan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 124_000
        self.rows: list[dict[str, object]] = []
        for year, date in ((2021, "2022-01-24"), (2023, "2024-01-22"), (2024, "2025-01-22")):
            self.article(self.doc(OWNER, year, date, f"碣湾区{year}年政府信息公开工作年度报告"), OWNER)
        self.file(self.doc(OWNER, 2022, "2023-01-17", "碣湾区2022年政府信息公开工作年度报告"))
        self.article(self.doc("碣湾区卫生健康局", 2024, "2025-01-13", "区卫健局2024年政府信息公开工作年度报告"),
                     "碣湾区卫生健康局")
        self.article(self.doc("碣湾区碣东街道办事处", 2023, "2024-01-10", "碣东街道2023年政府信息公开工作年度报告"),
                     "碣湾区碣东街道办事处")
        self.article(self.doc("碣湾区发展和改革局", 2022, "2023-01-12", "2022年度政府信息公开工作年度报告"),
                     "碣湾区发展和改革局")
        self.article(self.doc("碣湾区城市管理和综合执法局", 2024, "2025-01-09",
                              "区城管执法局2024年政府信息公开工作年度报告"), "碣湾区城市管理和综合执法局")
        self.notice("碣湾区2023年度法治政府建设年度报告", 2023, "2024-03-26", OWNER)
        self.notice("区卫健局2023年度部门整体支出绩效评价报告", 2023, "2024-07-19", "碣湾区卫生健康局")
        self.notice("碣湾区2024年政务公开工作要点", 2024, "2024-05-08", OWNER)
        self.rows.sort(key=lambda r: int(str(r["date"])), reverse=True)
        shell = (
            f'<div id="gkml-app" data-sid="{SID}" data-column="{COLUMN}" data-api="/gkmlpt/api" data-page-size="{PER}">'
            '<div class="loading">正在加载……</div></div><noscript>请启用浏览器的JavaScript功能。</noscript><script sr'
            'c="'
            '/gkmlpt/static/js/chunk-vendors.3f1a.js"></script><script src="/gkmlpt/static/js/app.91c2.js"></script>'
        )
        self.put(HOST, "/gkmlpt/index", frame("碣湾区人民政府信息公开目录", shell))
        self.route(HOST, f"/gkmlpt/api/all/{COLUMN}", self.api)

    def doc(self, agency: str, year: int, date: str, title: str) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, title=title)

    def page_of(self, title: str, date: str, content: str, publisher: str, files: list[dict[str, str]]) -> str:
        self.id += self.rng.randint(100, 3000)
        path = f"/gkmlpt/content/2/{COLUMN}/post_{self.id}.html"
        stamp = int(datetime.fromisoformat(date + "T09:30").replace(tzinfo=BEIJING).timestamp())
        ident = f"11441986MB2C{self.id % 10000:04d}/{date[:4]}-{self.rng.randint(100, 999)}"
        block = "".join(f'<li><a href="{f["url"]}" target="_blank">{escape(f["name"])}</a></li>' for f in files)
        detail = {"id": self.id, "title": title, "publisher": publisher, "date": stamp, "identifier": ident,
                  "attachment": files}
        inner = (
            f'<div class="jw-pos"><a href="/gkmlpt/index">信息公开目录</a> &gt; <a href="/gkmlpt/index#{COLUMN}">政府'
            '信息'
            '公开年报</a></div><div class="gk-detail"><table class="gk-meta"><tr><th>索引号：</th><td>' + ident
            + '</td><th>分类：</th><td>政府信息公开年报</td></tr><tr><th>发布机构：</th><td>' + escape(publisher)
            + f'</td><th>成文日期：</th><td>{date}</td></tr><tr><th>名称：</th><td colspan="3">{escape(title)}</td></'
                'tr>'
            f'<tr><th>文号：</th><td></td><th>发布日期：</th><td>{date}</td></tr></table><h1>{escape(title)}</h1><div '
            f'class="article-content">{content}</div>'
            + (f'<div class="attachment"><h4>附件：</h4><ul>{block}</ul></div>' if files else "")
            + '</div><script>window._CONFIG = { DETAIL: ' + json.dumps(detail, ensure_ascii=False)
            + f', TREE: [{{"id": {COLUMN}, "name": "政府信息公开年报"}}] }};</script>'
        )
        url = self.put(HOST, path, frame(f"{title}-碣湾区人民政府", inner))
        self.rows.append({"id": self.id, "title": title, "url": url, "publisher": publisher, "date": stamp,
                          "identifier": ident})
        return url

    def article(self, doc: ReportDoc, publisher: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellpadding="3" style="width:100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, publisher, []), doc)

    def file(self, doc: ReportDoc) -> None:
        path = f"/attachment/0/518/{self.id + 17}/{hashlib.md5(doc.title.encode()).hexdigest()[:20]}.ofd"
        self.put(HOST, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
        url = self.page_of(doc.title, doc.published_date or "", "", OWNER,
                           [{"name": doc.title + ".ofd", "url": path}])
        self.report(SITE, url, doc, media_type=OFD, report_url=f"http://{HOST}{path}")

    def notice(self, title: str, year: int, date: str, publisher: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, publisher, []), title)

    def api(self, request: Request) -> Response:
        if request.param("sid") != SID:
            return Response(404, json.dumps({"code": 404, "msg": "站点不存在"}, ensure_ascii=False).encode(),
                            "application/json")
        try:
            page = max(1, int(request.param("page", "1")))
        except ValueError:
            page = 1
        data = {"total": len(self.rows), "page": page, "page_size": PER,
                "articles": self.rows[(page - 1) * PER:page * PER]}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json")


PORTALS = [GkmlptJiewan]
