"""沥滘区 (www.lijiao.gov.test): a district gkmlpt whose list API times out past its first page (a
deliberate shortfall), its settings in the shell's initial state.

``/gkmlpt/index#3102`` is the SPA shell; the site id and column are in ``window.__INITIAL_STATE__ =
{"site": {"sid": 761204, "name": "沥滘区人民政府"}, "column": {"id": 3102, "name": "政府信息公开年报"}}``.
The list API ``/gkmlpt/api/all/3102?page=N&sid=761204`` answers ``{"articles": [...], "total": 12,
"size": 8, "page": N}``; rows ``{"id", "title", "url", "publisher", "date": "2025/01/22",
"attachment": [...]}`` (slashed dates), ``url`` absolute.  Detail pages
``/gkmlpt/content/3/3102/post_<id>.html`` are server-rendered: a ``dl.gk-attr`` of 索引号 / 发布机构 /
成文日期 / 主题分类, then ``div.article-content``, and the script's ``DETAIL: {...}, TREE: [...]``.  The
2023 district report is PDF-only (its content is a link under ``/attachment/0/533/<id>/``); the 2024
人社局 report an OFD the same way.

**Shortfall (deliberate):** page 2 of the API (and any later page) answers **504 Gateway Time-out**
(nginx's page, after a second's wait) on every request: the upstream times out on the column's
older entries.  The API still says ``total: 12``; the four oldest entries (the 2019, 2020 and 2021
district reports and a 2021 法治政府建设年度报告) are in the ground truth and are linked from nowhere
else; their detail pages are served.

Units: "区人社局2024年…" (沥滘区人力资源和社会保障局), a 街道 report titled only "2023年度政府信息公开
工作年度报告" (publisher 沥滘区大塘街道办事处), the 城管局 "沥滘区城市管理和综合执法局2024年…".  Decoys:
法治政府建设年度报告, 政府网站工作年度报表, 年度报告编制说明.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    OFD,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.lijiao.gov.test"
SITE = "lijiao-gkml"
OWNER = "沥滘区人民政府"
SID = 761204
COLUMN = 3102
SIZE = 8
GATEWAY_TIMEOUT = (
    "<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out"
    "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


def frame(title: str, inner: str, script: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="沥滘区人民政府">'
        '<meta name="SiteIDCode" content="9848020011"><meta name="ColumnName" content="政府信息公开年报">'
        f'<title>{escape(title)}</title><link rel="stylesheet" href="/gkmlpt/static/css/app.css"></head><body>'
        '<div class="lj-head"><span>沥滘区人民政府门户网站</span><a href="javascript:;">无障碍</a>'
        f'<a href="javascript:;">English</a></div>{inner}'
        '<div class="lj-foot">主办单位：沥滘区人民政府办公室　网站标识码：9848020011　未ICP备05077233号</div>'
        f"{script}</body></html>"
    )


class GkmlptLijiao(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.postid = 4_481_200
        self.rows: list[dict[str, object]] = []
        self.article(make_doc(rng, OWNER, 2019, "2020-01-21", version="v2019"), "沥滘区人民政府办公室")
        self.article(make_doc(rng, OWNER, 2020, "2021-01-26", version="v2019"), "沥滘区人民政府办公室")
        self.notice("沥滘区2021年法治政府建设年度报告", "2022-02-18", "沥滘区司法局")
        self.article(make_doc(rng, OWNER, 2021, "2022-01-27"), "沥滘区人民政府办公室")
        self.article(make_doc(rng, OWNER, 2022, "2023-01-30"), "沥滘区人民政府办公室")
        self.article(make_doc(rng, "沥滘区大塘街道办事处", 2023, "2024-01-18",
                              title="2023年度政府信息公开工作年度报告"), "沥滘区大塘街道办事处")
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-29"), "沥滘区人民政府办公室", PDF)
        self.notice("沥滘区人民政府2023年政府网站工作年度报表", "2024-01-12", "沥滘区政务服务数据管理局")
        self.article(make_doc(rng, "沥滘区城市管理和综合执法局", 2024, "2025-01-20"), "沥滘区城市管理和综合执法局")
        self.attached(make_doc(rng, "沥滘区人力资源和社会保障局", 2024, "2025-01-22",
                               title="区人社局2024年政府信息公开工作年度报告"), "沥滘区人力资源和社会保障局", OFD)
        self.article(make_doc(rng, OWNER, 2024, "2025-01-24"), "沥滘区人民政府办公室")
        self.notice("沥滘区2024年政府信息公开工作年度报告编制说明", "2025-01-24", "沥滘区人民政府办公室")
        self.rows.sort(key=lambda r: str(r["date"]), reverse=True)
        shell = frame(
            "沥滘区政府信息公开",
            '<div id="app"><div class="loading">加载中…</div></div>',
            "<script>window.__INITIAL_STATE__ = "
            + json.dumps({"site": {"sid": SID, "name": OWNER}, "column": {"id": COLUMN, "name": "政府信息公开年报"}},
                         ensure_ascii=False)
            + ';</script><script src="/gkmlpt/static/js/app.js"></script>',
        )
        self.put(HOST, "/gkmlpt/index", shell)
        self.route(HOST, f"/gkmlpt/api/all/{COLUMN}", self.api)

    def page_of(self, title: str, date: str, publisher: str, content: str,
                attachment: list[dict[str, str]] | None = None) -> str:
        self.postid += self.rng.randint(40, 3000)
        path = f"/gkmlpt/content/3/{COLUMN}/post_{self.postid}.html"
        detail = {"id": self.postid, "title": title, "publisher": publisher, "date": date,
                  "attachment": attachment or []}
        inner = (
            '<div class="lj-crumb">首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div><div class="gk-detail">'
            f'<dl class="gk-attr"><dt>索引号：</dt><dd>11440{SID}/{date[:4]}-{self.postid % 1000:05d}</dd>'
            f"<dt>发布机构：</dt><dd>{escape(publisher)}</dd><dt>成文日期：</dt><dd>{date}</dd>"
            f'<dt>主题分类：</dt><dd>其他</dd></dl><h1 class="gk-title">{escape(title)}</h1>'
            f'<div class="article-content">{content}</div>'
            '<div class="gk-qr"><canvas id="qrcode"></canvas>扫一扫在手机打开当前页</div></div>'
        )
        script = ("<script>var gkml = { DETAIL: " + json.dumps(detail, ensure_ascii=False)
                  + ', TREE: [{"id": 3102, "name": "政府信息公开年报"}] };</script>')
        url = self.put(HOST, path, frame(title, inner, script))
        self.rows.append({"id": self.postid, "title": title, "url": url, "publisher": publisher,
                          "date": date.replace("-", "/"), "attachment": attachment or []})
        return url

    def article(self, doc: ReportDoc, publisher: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", publisher, content), doc)

    def attached(self, doc: ReportDoc, publisher: str, media: str) -> None:
        ext = "pdf" if media == PDF else "ofd"
        path = f"/attachment/0/533/{self.rng.randint(533000, 533999)}/{self.rng.randint(10**6, 10**7 - 1)}.{ext}"
        if media == PDF:
            file_url = self.put_pdf(HOST, path, doc)
        else:
            file_url = self.put(HOST, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
        content = f'<p><a href="{path}" target="_blank">{escape(doc.title)}.{ext}</a></p>'
        url = self.page_of(doc.title, doc.published_date or "", publisher, content,
                           [{"name": f"{doc.title}.{ext}", "url": file_url}])
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str, publisher: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, publisher, content), title)

    def api(self, request: Request) -> Response:
        if request.param("sid") != str(SID):
            return Response(200, b'{"articles": [], "total": 0}', "application/json")
        try:
            page = max(int(request.param("page") or 1), 1)
        except ValueError:
            page = 1
        if page > 1:
            return Response(504, GATEWAY_TIMEOUT.encode(), "text/html", delay=1.0)
        body = {"articles": self.rows[:SIZE], "total": len(self.rows), "size": SIZE, "page": page}
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=utf-8")


PORTALS = [GkmlptLijiao]
