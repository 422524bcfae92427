"""浈湾区 (www.zhenwan.gov.test): a district gkmlpt whose 年报 column holds nothing itself — its
entries are in year sub-columns named only in the column tree — and one of whose rows links out to a
bureau's own site.

``/gkmlpt/index#2856`` is the SPA shell; its script sets ``window.GKMLPT = {"SID": "762418",
"COLUMN": 2856, "TREE": [{"id": 2856, "name": "政府信息公开年报", "children": [{"id": 2857, "name":
"2024年度"}, … {"id": 2860, "name": "2021年及以前"}]}]}`` (portals.md §0.3: year sub-columns inside
年报; §1.6: the TREE).  The list API ``/gkmlpt/api/all/<column>?page=N&sid=762418`` answers for the
parent 2856 ``{"articles": [], "total": 0, "children": [{"id": 2857, "name": "2024年度", "total": 4},
…]}`` (inferred: a parent column's listing) and for each year column ``{"articles": [...], "total": N,
"page": 1, "page_size": 20}`` with rows ``{"id", "title", "url", "publisher", "release_date":
"2025-01-22T10:00:00+08:00", "is_link"}`` (ISO dates with a zone).  Detail pages
``/gkmlpt/content/4/<column>/post_<id>.html`` are server-rendered (a ``table.gk-table`` of 索引号 / 分类 /
发布机构 / 成文日期 / 名称, then ``div.article-content``) and embed ``DETAIL: {...}, TREE: [...]``.  The
2023 district report is PDF-only and the 2024 one .docx-only: each content is a link under
``/attachment/0/541/<n>/``, listed also in ``DETAIL.attachment``.

The 文化广电旅游体育局's 2024 row is an external link (``"is_link": 1``): its ``url`` is the bureau's own
site, ``http://wglt.zhenwan.gov.test/zwgk/ndbg/content/post_<id>.html`` (another host, that bureau's
chrome).  Units: "区应急局2023年…" (publisher 浈湾区应急管理局), a 街道 report titled only "2024年度政府信息
公开工作年度报告" (publisher 浈湾区东涌街道办事处), the bureau's "浈湾区文化广电旅游体育局2024年…".  2019 and
2020 are in the old template.  Decoys: 法治政府建设年度报告 (2022年度), 政务公开工作要点 (2023年度),
政府网站工作年度报表 (2024年度).
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.zhenwan.gov.test"
WGL = "wglt.zhenwan.gov.test"
SITE = "zhenwan-gkml"
OWNER = "浈湾区人民政府"
SID = "762418"
PARENT = 2856
YEARS = {2857: "2024年度", 2858: "2023年度", 2859: "2022年度", 2860: "2021年及以前"}
OFFICE = "浈湾区人民政府办公室"
TREE = [{"id": PARENT, "name": "政府信息公开年报", "children": [{"id": k, "name": v} for k, v in YEARS.items()]}]


def frame(title: str, inner: str, script: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="浈湾区人民政府">'
        '<meta name="SiteIDCode" content="9852020013"><meta name="ColumnName" content="政府信息公开年报">'
        f'<title>{escape(title)}-浈湾区人民政府</title><link rel="stylesheet" href="/gkmlpt/static/css/gkml.css">'
        '</head><body><div class="zw-top"><span>浈湾区人民政府门户网站</span><a href="javascript:;" id="aria">无障碍</a'
        '>'
        '<a href="javascript:;">长者模式</a><a href="/gkmlpt/mindex">手机版</a></div>'
        '<div class="zw-banner">政府信息公开目录</div>'
        f'{inner}<div class="zw-foot">主办单位：浈湾区人民政府办公室　网站标识码：9852020013　未ICP备17011652号<br>'
        '<a href="http://www.beian.gov.test/portal/registerSystemInfo?recordcode=98520202000511">未公网安备 '
        f"98520202000511号</a></div>{script}</body></html>"
    )


def bureau_frame(title: str, inner: str, metas: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="浈湾区文化广电旅游体育局">'
        f'{metas}<title>{escape(title)}</title></head><body><div class="wg-head">浈湾区文化广电旅游体育局'
        '<a href="javascript:;">无障碍</a></div><div class="wg-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a>'
        f'<a href="/whly/">文化旅游</a></div><div class="wg-main">{inner}</div><div class="wg-foot">'
        "主办：浈湾区文化广电旅游体育局　网站标识码：9852020027</div></body></html>"
    )


class GkmlptZhenwan(UnseenPortal):
    hosts = (HOST, WGL)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.postid = 5_126_700
        self.rows: dict[int, list[dict[str, object]]] = {k: [] for k in YEARS}
        self.article(2860, make_doc(rng, OWNER, 2019, "2020-01-22", version="v2019"), OFFICE)
        self.article(2860, make_doc(rng, OWNER, 2020, "2021-01-27", version="v2019"), OFFICE)
        self.article(2860, make_doc(rng, OWNER, 2021, "2022-01-26"), OFFICE)
        self.article(2859, make_doc(rng, OWNER, 2022, "2023-01-30"), OFFICE)
        self.notice(2859, "浈湾区2022年法治政府建设年度报告", "2023-02-24", "浈湾区司法局")
        self.attached(2858, make_doc(rng, OWNER, 2023, "2024-01-29"), OFFICE, PDF)
        self.article(2858, make_doc(rng, "浈湾区应急管理局", 2023, "2024-01-19",
                                    title="区应急局2023年政府信息公开工作年度报告"), "浈湾区应急管理局")
        self.notice(2858, "浈湾区2023年政务公开工作要点", "2023-04-11", OFFICE)
        self.attached(2857, make_doc(rng, OWNER, 2024, "2025-01-27"), OFFICE, DOCX)
        self.article(2857, make_doc(rng, "浈湾区东涌街道办事处", 2024, "2025-01-16",
                                    title="2024年度政府信息公开工作年度报告"), "浈湾区东涌街道办事处")
        self.notice(2857, "浈湾区人民政府门户网站2024年政府网站工作年度报表", "2025-01-13", "浈湾区政务服务数据管理局")
        self.bureau(make_doc(rng, "浈湾区文化广电旅游体育局", 2024, "2025-01-21"))
        for rows in self.rows.values():
            rows.sort(key=lambda r: str(r["release_date"]), reverse=True)
        shell = frame(
            "政府信息公开年报",
            '<div id="gkml-app"><div class="gkml-loading">正在加载…</div></div>',
            "<script>window.GKMLPT = " + json.dumps({"SID": SID, "COLUMN": PARENT, "TREE": TREE}, ensure_ascii=False)
            + ';</script><script src="/gkmlpt/static/js/gkml.js"></script>',
        )
        self.put(HOST, "/gkmlpt/index", shell)
        for column in (PARENT, *YEARS):
            self.route(HOST, f"/gkmlpt/api/all/{column}", self.api)

    def row(self, column: int, post: int, title: str, url: str, publisher: str, date: str, link: int = 0) -> None:
        stamp = f"{date}T{self.rng.randint(8, 17):02d}:{self.rng.choice(('00', '30'))}:00+08:00"
        self.rows[column].append({"id": post, "title": title, "url": url, "publisher": publisher,
                                  "release_date": stamp, "is_link": link})

    def page_of(self, column: int, title: str, date: str, publisher: str, content: str,
                attachment: list[dict[str, str]] | None = None) -> str:
        self.postid += self.rng.randint(50, 4000)
        path = f"/gkmlpt/content/4/{column}/post_{self.postid}.html"
        detail = {"id": self.postid, "title": title, "publisher": publisher, "date": date,
                  "attachment": attachment or []}
        inner = (
            f'<div class="zw-crumb">当前位置：<a href="/gkmlpt/index">政府信息公开目录</a> &gt; 政府信息公开年报 &gt; '
            f'{YEARS[column]}</div><div class="gk-detail"><table class="gk-table"><tr><th>索引号：</th>'
            f"<td>11440{SID}/{date[:4]}-{self.postid % 100000:05d}</td><th>分类：</th><td>政府信息公开年报</td></tr>"
            f"<tr><th>发布机构：</th><td>{escape(publisher)}</td><th>成文日期：</th><td>{date}</td></tr>"
            f'<tr><th>名称：</th><td colspan="3">{escape(title)}</td></tr></table>'
            f'<h1 class="gk-title">{escape(title)}</h1><div class="article-content">{content}</div>'
            '<div class="gk-ewm"><div id="qrcode"></div>扫一扫在手机打开当前页</div></div>'
        )
        script = ("<script>var gkmlConfig = { DETAIL: " + json.dumps(detail, ensure_ascii=False)
                  + ", TREE: " + json.dumps(TREE, ensure_ascii=False) + " };</script>")
        url = self.put(HOST, path, frame(title, inner, script))
        self.row(column, self.postid, title, url, publisher, date)
        return url

    def article(self, column: int, doc: ReportDoc, publisher: str) -> None:
        content = body_html(doc, plain_para, plain_cell,
                            '<table border="1" cellspacing="0" cellpadding="2" width="100%">')
        self.report(SITE, self.page_of(column, doc.title, doc.published_date or "", publisher, content), doc)

    def attached(self, column: int, doc: ReportDoc, publisher: str, media: str) -> None:
        ext = "pdf" if media == PDF else "docx"
        path = f"/attachment/0/541/{self.rng.randint(541000, 541999)}/{self.rng.randint(10**6, 10**7 - 1)}.{ext}"
        file_url = self.put_pdf(HOST, path, doc) if media == PDF else self.put(HOST, path, render_docx(doc), DOCX)
        content = f'<p><a href="{path}" target="_blank">{escape(doc.title)}.{ext}</a></p>'
        url = self.page_of(column, doc.title, doc.published_date or "", publisher, content,
                           [{"name": f"{doc.title}.{ext}", "url": file_url}])
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, column: int, title: str, date: str, publisher: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(column, title, date, publisher, content), title)

    def bureau(self, doc: ReportDoc) -> None:
        """The bureau's own page, linked from the 2024 column as an external link."""
        self.postid += self.rng.randint(50, 4000)
        path = f"/zwgk/ndbg/content/post_{self.postid}.html"
        date = doc.published_date or ""
        metas = (f'<meta name="ArticleTitle" content="{escape(doc.title)}"><meta name="PubDate" content="{date}">'
                 f'<meta name="ContentSource" content="{escape(doc.agency_name)}">')
        content = body_html(doc, plain_para, plain_cell, '<table class="nb-table" border="1" cellspacing="0">')
        inner = (
            '<div class="wg-pos">首页 &gt; 政务公开 &gt; 年度报告</div>'
            f'<h2>{escape(doc.title)}</h2><p class="wg-info">发布日期：{date}　来源：{escape(doc.agency_name)}</p>'
            f'<div class="wg-con">{content}</div>'
        )
        url = self.put(WGL, path, bureau_frame(doc.title, inner, metas))
        self.row(2857, self.postid, doc.title, url, doc.agency_name, date, link=1)
        self.report(SITE, url, doc)

    def api(self, request: Request) -> Response:
        column = int(request.path.rsplit("/", 1)[1])
        if request.param("sid") != SID:
            return Response(200, b'{"articles": [], "total": 0}', "application/json")
        if column == PARENT:
            body: dict[str, object] = {
                "articles": [], "total": 0, "page": 1, "page_size": 20,
                "children": [{"id": k, "name": v, "total": len(self.rows[k])} for k, v in YEARS.items()]}
        else:
            try:
                page = max(int(request.param("page") or 1), 1)
            except ValueError:
                page = 1
            rows = self.rows[column]
            body = {"articles": rows[(page - 1) * 20 : page * 20], "total": len(rows), "page": page, "page_size": 20}
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=utf-8")


PORTALS = [GkmlptZhenwan]
