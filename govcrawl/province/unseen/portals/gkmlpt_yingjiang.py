"""滢江市 (www.yingjiang.gov.test): two departments' gkmlpt sites under sub-paths of the city host.

``/jyj/gkmlpt/index#2813`` (教育局) and ``/wjj/gkmlpt/index#3107`` (卫生健康局) are SPA shells whose
config names the site id and the base path; the list API keeps the prefix:
``/jyj/gkmlpt/api/all/2813?page=N&sid=…`` (portals.md §7).  The API answers
``{"total", "page", "pageSize", "articles": [{"id", "title", "url", "publisher", "first_publish_time"
…}]}``, 100 a page; the 教育局 column has more than 100 entries (notices among the reports), so its
oldest report is on page 2.  Detail pages ``<prefix>/gkmlpt/content/<a>/<b>/post_<id>.html`` are
rendered on the server (``div.article-content``) and also carry the ``DETAIL: {...}, TREE:`` object;
the 卫生健康局's 2024 report is a PDF listed in ``DETAIL.attachment`` and in an attachment block.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import Handler, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.yingjiang.gov.test"
PER_PAGE = 100
# (site id, prefix, agency, column, sid)
DEPARTMENTS = (
    ("yingjiang-jyj", "/jyj", "滢江市教育局", 2813, "755421"),
    ("yingjiang-wjj", "/wjj", "滢江市卫生健康局", 3107, "755436"),
)
_NOTICES = ("关于{y}年第{n}批义务教育学位申请审核结果的公示", "{y}年第{n}季度政务公开工作情况通报",
            "关于做好{y}年秋季学期开学工作的通知", "{y}年度部门预算公开说明", "关于公布{y}年第{n}批行政许可事项的通告")


class _Dept:
    def __init__(self, site: str, prefix: str, agency: str, column: int, sid: str) -> None:
        self.site, self.prefix, self.agency, self.column, self.sid = site, prefix, agency, column, sid
        self.articles: list[dict[str, object]] = []


class GkmlptYingjiang(UnseenPortal):
    hosts = (HOST,)
    site_ids = tuple(d[0] for d in DEPARTMENTS)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.post = 2_813_000
        jyj, wjj = (_Dept(*d) for d in DEPARTMENTS)
        for year in (2022, 2023, 2024):
            self.html_report(jyj, make_doc(rng, jyj.agency, year, f"{year + 1}-01-{rng.randint(8, 28)}"))
        self.notice(jyj, f"{jyj.agency}2024年政府信息公开工作年度报告解读", "2025-01-30")
        self.notice(jyj, f"{jyj.agency}2025年政务公开工作要点", "2025-03-11")
        for n in range(104):  # enough column news that the 2022 report falls on page 2
            year = 2023 + n % 3
            title = rng.choice(_NOTICES).format(y=year, n=n % 4 + 1)
            self.notice(jyj, title, f"{year}-{n % 12 + 1:02d}-{n % 27 + 1:02d}", decoy=False)
        self.html_report(wjj, make_doc(rng, wjj.agency, 2023, "2024-01-24",
                                       title=f"{wjj.agency}2023年度政府信息公开工作报告"))
        self.pdf_report(wjj, make_doc(rng, wjj.agency, 2024, "2025-01-22"))
        self.notice(wjj, f"关于{wjj.agency}2024年政府信息公开工作年度报告的公告", "2025-01-23")
        for dept in (jyj, wjj):
            dept.articles.sort(key=lambda a: str(a["date"]), reverse=True)
            self.put(HOST, f"{dept.prefix}/gkmlpt/index", self.shell(dept))
            self.route(HOST, f"{dept.prefix}/gkmlpt/api/all/{dept.column}", self.api(dept))

    def detail_path(self, dept: _Dept) -> tuple[int, str]:
        self.post += self.rng.randint(5, 900)
        post = self.post
        return post, f"{dept.prefix}/gkmlpt/content/{post // 10**6}/{post // 10**3}/post_{post}.html"

    def listed(self, dept: _Dept, post: int, path: str, title: str, date: str) -> None:
        dept.articles.append({"id": post, "title": title, "url": f"http://{HOST}{path}", "publisher": dept.agency,
                              "date": date, "first_publish_time": f"{date} 09:00:00",
                              "identifier": f"{dept.sid}/{post}"})

    def detail(self, dept: _Dept, post: int, title: str, date: str, content: str,
               attachment: list[dict[str, str]] | None = None) -> str:
        meta = {"id": post, "title": title, "publisher": dept.agency, "date": date, "attachment": attachment or []}
        files = "".join(f'<li><a href="{a["url"]}">{escape(a["name"])}</a></li>' for a in attachment or [])
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
            f'<meta name="ContentSource" content="{dept.agency}"><title>{escape(title)}</title></head><body>'
            f'<div class="header">{dept.agency}政府信息公开</div><div class="article">'
            f'<table class="detail-meta"><tr><td>索引号：</td><td>{dept.sid}/{post}</td><td>发布机构：</td>'
            f'<td>{dept.agency}</td></tr><tr><td>成文日期：</td><td>{date}</td><td>名称：</td><td>{escape(title)}</td>'
            f'</tr></table><h1 class="article-title">{escape(title)}</h1><div class="article-content">{content}</div>'
            f'{"<div class=attachment><p>附件：</p><ul>" + files + "</ul></div>" if files else ""}</div>'
            f"<script>window._CONFIG = {{DETAIL: {json.dumps(meta, ensure_ascii=False)}, TREE: []}};</script>"
            "</body></html>"
        )

    def html_report(self, dept: _Dept, doc: ReportDoc) -> None:
        post, path = self.detail_path(dept)
        date = doc.published_date or ""
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="0">')
        url = self.put(HOST, path, self.detail(dept, post, doc.title, date, content))
        self.listed(dept, post, path, doc.title, date)
        self.report(dept.site, url, doc)

    def pdf_report(self, dept: _Dept, doc: ReportDoc) -> None:
        post, path = self.detail_path(dept)
        date = doc.published_date or ""
        pdf = f"{dept.prefix}/attachment/0/{post // 1000}/{post}/{self.rng.randint(10**6, 10**7)}.pdf"
        pdf_url = self.put_pdf(HOST, pdf, doc)
        content = f"<p>{escape(doc.title)}，详见附件。</p>"
        url = self.put(HOST, path, self.detail(dept, post, doc.title, date, content,
                                               [{"name": doc.title + ".pdf", "url": pdf_url}]))
        self.listed(dept, post, path, doc.title, date)
        self.report(dept.site, url, doc, media_type="application/pdf", report_url=pdf_url)

    def notice(self, dept: _Dept, title: str, date: str, decoy: bool = True) -> None:
        post, path = self.detail_path(dept)
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "滢江市", int(date[:4]) - 1, self.rng))
        url = self.put(HOST, path, self.detail(dept, post, title, date, content))
        self.listed(dept, post, path, title, date)
        if decoy:
            self.decoy(dept.site, url, title)

    def shell(self, dept: _Dept) -> str:
        config = {"sid": dept.sid, "base": f"{dept.prefix}/gkmlpt", "siteName": dept.agency,
                  "columns": [{"id": dept.column, "name": "政府信息公开年报"}]}
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" '
            f'content="{dept.agency}"><title>{dept.agency}政府信息公开目录</title>'
            f'<link href="{dept.prefix}/gkmlpt/static/css/app.css" rel="stylesheet"></head><body>'
            f'<div id="gkml-app"></div><script>var GKML_CONFIG = {json.dumps(config, ensure_ascii=False)};</script>'
            f'<script src="{dept.prefix}/gkmlpt/static/js/app.3f9a2c.js"></script></body></html>'
        )

    def api(self, dept: _Dept) -> Handler:
        def answer(request: Request) -> Response:
            if request.param("sid") != dept.sid:
                return Response(200, b'{"total":0,"articles":[]}', "application/json")
            page = max(int(request.param("page") or 1), 1)
            rows = dept.articles[(page - 1) * PER_PAGE: page * PER_PAGE]
            data = {"total": len(dept.articles), "page": page, "pageSize": PER_PAGE, "articles": rows}
            return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json; charset=utf-8")

        return answer


PORTALS = [GkmlptYingjiang]
