"""篁岭区 (www.huangling.gov.test): a district gkmlpt whose 年报 column also holds its bureaus'
reports, paged four at a time.

``/gkmlpt/index#4512`` is the SPA shell; the site id is in ``var gkmlParams = {"sid": …,
"apiBase": "/gkmlpt/api"}``.  The list API ``/gkmlpt/api/all/4512?page=N&sid=…`` answers
``{"total", "page", "size", "articles": [{"id", "title", "url", "publisher", "publish_time",
"index_no"}]}`` with only 4 rows a page (the district trimmed the page size), so the column's 10
entries span three pages (portals.md §1.6).  Detail pages ``/gkmlpt/content/3/<n>/post_<id>.html``
are server-rendered: a 索引号 / 发布机构 / 成文日期 table, then ``div.zw-content``.  Titles abbreviate
the district ("篁岭区…", agency 荇州市篁岭区人民政府) and the bureaus ("区财政局…", publisher 区财政局,
agency 荇州市篁岭区财政局).  The education bureau's report is a stub with a PDF, the civil-affairs
bureau's a stub with a .docx (both in an 附件 block after the body).  Decoys: 政府网站工作年度报表,
部门决算, 政府信息公开指南.
"""

from __future__ import annotations

import dataclasses
import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.huangling.gov.test"
SITE = "huangling-gov"
CITY = "荇州市"
COLUMN = 4512
SID = 763402
SIZE = 4
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def shell(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">'
        '<meta name="SiteName" content="荇州市篁岭区人民政府">'
        f'<meta name="SiteIDCode" content="9822030005"><title>{escape(title)}</title>'
        '<link rel="stylesheet" href="/gkmlpt/static/css/app.css"></head><body>'
        '<div class="gk-top"><a href="/">篁岭区人民政府门户网站</a><span class="gk-tools"><a href="javascript:;" '
        'class="gk-wza">无障碍</a><a href="javascript:;" class="gk-old">长者模式</a></span></div>'
        f'{inner}<div class="gk-foot"><p>主办：荇州市篁岭区人民政府办公室</p><p>网站标识码：9822030005 '
        '<a href="https://beian.miit.gov.cn/">未ICP备18002210号</a></p><p>今日访问：<span id="todayVisit"></span>'
        '</p></div></body></html>'
    )


class GkmlptHuangling(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.post = 3_061_200
        self.rows: list[dict[str, object]] = []
        for year in (2022, 2023, 2024):
            self.article(make_doc(rng, "篁岭区人民政府", year, f"{year + 1}-01-{rng.randint(12, 29)}",
                                  title=f"篁岭区{year}年政府信息公开工作年度报告"), "区政府办公室")
        self.article(make_doc(rng, "区财政局", 2024, "2025-01-17", title="区财政局2024年政府信息公开工作年度报告"),
                     "区财政局")
        self.attached(make_doc(rng, "区教育局", 2024, "2025-01-22", title="区教育局2024年政府信息公开工作年度报告"),
                      "区教育局", "pdf")
        self.attached(make_doc(rng, "区民政局", 2023, "2024-01-25", title="区民政局2023年政府信息公开工作年度报告"),
                      "区民政局", "docx")
        for title, date, publisher in (("篁岭区人民政府门户网站2024年政府网站工作年度报表", "2025-01-13",
                                        "区政府办公室"),
                                       ("区财政局2023年度部门决算", "2024-08-16", "区财政局"),
                                       ("篁岭区人民政府政府信息公开指南（2024年版）", "2024-03-01", "区政府办公室"),
                                       ("区教育局2024年政务公开工作要点", "2024-03-18", "区教育局")):
            self.notice(title, date, publisher)
        self.rows.sort(key=lambda r: str(r["publish_time"]), reverse=True)
        self.put(HOST, "/gkmlpt/index", self.spa())
        self.route(HOST, f"/gkmlpt/api/all/{COLUMN}", self.api)

    def next_post(self) -> tuple[int, str]:
        self.post += self.rng.randint(40, 900)
        return self.post, f"/gkmlpt/content/3/{self.post // 1000}/post_{self.post}.html"

    def page_of(self, post: int, title: str, date: str, publisher: str, content: str, after: str = "") -> str:
        index_no = f"11982203MB{self.rng.randint(1000, 9999)}/{date[:4]}-{post % 10000:05d}"
        table = (
            '<table class="gk-meta"><tr><td class="l">索引号：</td><td>' + index_no + '</td><td class="l">分类：</td>'
            '<td>政府信息公开年报</td></tr><tr><td class="l">发布机构：</td><td>' + escape(publisher) +
            f'</td><td class="l">成文日期：</td><td>{date}</td></tr><tr><td class="l">名称：</td><td colspan="3">'
            f'{escape(title)}</td></tr><tr><td class="l">发布日期：</td><td colspan="3">{date}</td></tr></table>'
        )
        inner = (f'<div class="gk-detail"><div class="gk-crumb">首页 &gt; 政府信息公开 &gt; 政府信息公开年报'
                 f'</div>{table}'
                 f'<h1 class="zw-title">{escape(title)}</h1><div class="zw-content">{content}</div>{after}'
                 '<div class="zw-ewm"><img src="/gkmlpt/static/img/qrcode.png">扫一扫在手机打开当前页</div></div>')
        return shell(title, inner)

    def list_row(self, post: int, path: str, title: str, date: str, publisher: str) -> None:
        self.rows.append({"id": post, "title": title, "url": f"http://{HOST}{path}", "publisher": publisher,
                          "publish_time": f"{date} 10:00:00", "index_no": f"{date[:4]}-{post % 10000:05d}"})

    def article(self, doc: ReportDoc, publisher: str) -> None:
        date = doc.published_date or ""
        post, path = self.next_post()
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellpadding="4" style="width:100%">')
        url = self.put(HOST, path, self.page_of(post, doc.title, date, publisher, content))
        self.list_row(post, path, doc.title, date, publisher)
        self.report(SITE, url, dataclasses.replace(doc, agency_name=self.full(doc.agency_name)))

    def attached(self, doc: ReportDoc, publisher: str, kind: str) -> None:
        date = doc.published_date or ""
        post, path = self.next_post()
        file = f"/attachment/0/{post // 100}/{post}/{self.rng.randint(10**6, 10**7)}.{kind}"
        truth = dataclasses.replace(doc, agency_name=self.full(doc.agency_name))
        if kind == "pdf":
            file_url, media = self.put_pdf(HOST, file, doc), "application/pdf"
        else:
            file_url, media = self.put(HOST, file, render_docx(doc), DOCX), DOCX
        after = (f'<div class="zw-fj"><p>附件：</p><p><a href="{file}" target="_blank">{escape(doc.title)}.{kind}</a>'
                 "</p></div>")
        content = f"<p>{escape(doc.title)}已编制完成，现予公开（见附件）。</p>"
        url = self.put(HOST, path, self.page_of(post, doc.title, date, publisher, content, after))
        self.list_row(post, path, doc.title, date, publisher)
        self.report(SITE, url, truth, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str, publisher: str) -> None:
        post, path = self.next_post()
        year = int(date[:4]) - (0 if ("指南" in title or "要点" in title) else 1)
        content = "".join(plain_para(p, False) for p in decoy_text(title, "篁岭区", year, self.rng))
        self.decoy(SITE, self.put(HOST, path, self.page_of(post, title, date, publisher, content)), title)
        self.list_row(post, path, title, date, publisher)

    @staticmethod
    def full(short: str) -> str:
        """The agency the short name means: 篁岭区… → 荇州市篁岭区…, 区财政局 → 荇州市篁岭区财政局."""
        return CITY + (short if short.startswith("篁岭区") else "篁岭" + short)

    def spa(self) -> str:
        params = {"sid": SID, "apiBase": "/gkmlpt/api", "title": "篁岭区政府信息公开目录"}
        inner = ('<div id="gkml-app" class="gk-app"><div class="gk-tree"></div><div class="gk-list"></div></div>'
                 f"<script>var gkmlParams = {json.dumps(params, ensure_ascii=False)};</script>"
                 '<script src="/gkmlpt/static/js/manifest.js"></script><script src="/gkmlpt/static/js/app.js">'
                 '</script>')
        return shell("篁岭区政府信息公开目录", inner)

    def api(self, request: Request) -> Response:
        if request.param("sid") != str(SID):
            return Response(200, b'{"total":0,"articles":[]}', "application/json")
        try:
            page = max(int(request.param("page", "1")), 1)
        except ValueError:
            page = 1
        body = {"total": len(self.rows), "page": page, "size": SIZE,
                "articles": self.rows[(page - 1) * SIZE: page * SIZE]}
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json")


PORTALS = [GkmlptHuangling]
