"""磡湾市水务局 (swj.kanwan.gov.test): a city department's gkmlpt whose shell names its list API only in a
``<link rel="preload" as="fetch">`` (the site id inside that URL, nowhere else), whose API answers the *whole*
column on page 1 (the real platform's 100-row batch; the front end slices it into 5-row pages client-side, so
``page=2`` is empty), dates rows as Unix timestamps, and whose detail pages carry a ``<table class="gk-meta">``.

Registered ``http://swj.kanwan.gov.test/gkmlpt/index#3106``.  The shell is ``<div id="gkApp"></div>`` with
``<link rel="preload" as="fetch" href="/gkmlpt/api/all/3106?page=1&sid=755208">`` in ``<head>`` and a script
``var PAGE_SIZE = 5;`` that fetches that URL and renders ``articles.slice((p - 1) * 5, p * 5)``.
``/gkmlpt/api/all/3106?page=N&sid=755208`` answers ``{"total": 12, "page": N, "size": 100, "articles": [{"id",
"title", "url", "publisher", "date": <unix seconds>, "filenum": ""}]}`` newest first, ``url`` absolute
(``http://swj.kanwan.gov.test/gkmlpt/content/3/3106/post_<id>.html``); ``page`` ≥ 2: ``articles`` empty; a
wrong ``sid``: ``{"status": 0, "info": "参数错误"}``.  Home ``/`` links the shell.

Detail pages: ``<table class="gk-meta">`` rows (索引号 | 分类 / 发布机构 | 成文日期 / 名称), ``h2.gk-title``, body
``<div class="article-content" id="zoom">``, and ``<script>window.__DATA__ = {DETAIL: {…}, TREE: [...]};``.
The 水务局's 2022 report is an OFD: a one-line body and ``<p class="gk-fj">附件：<a
href="/attachment/0/31/31<id>.ofd">…ofd</a></p>``.  The 市水务工程建设管理中心 report is titled with the short
"市水务工程建设管理中心…" (full name 磡湾市水务工程建设管理中心 in 发布机构 and the row's ``publisher``).

Reports (7): 磡湾市水务局 2019–2024 (2019, 2020 old template; 2022 OFD), 磡湾市水务工程建设管理中心 2024.
Decoys (3): 磡湾市水务局2024年度法治政府建设年度报告, 磡湾市水务局2025年政务公开工作要点, 磡湾市水务局2023年度部门决算.
Other rows (2, neither): 关于做好2024年汛期安全工作的通知, 磡湾市2024年水资源公报.
"""

from __future__ import annotations

import calendar
import json
import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch28._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "swj.kanwan.gov.test"
SITE = "kanwan-swj"
OWNER = "磡湾市水务局"
SID = "755208"
CAT = 3106
API = f"/gkmlpt/api/all/{CAT}?page=1&sid={SID}"


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{OWNER}"><meta '
        f'name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" content="9878050011">{head}'
        f'<title>{esc(title)}</title></head><body><div class="swj-top"><span>欢迎访问磡湾市水务局网站</span>'
        '<a href="javascript:;" onclick="aria.start()">无障碍浏览</a><a href="javascript:;">English</a></div>'
        '<div class="swj-nav"><a href="/">首页</a><a href="/gkmlpt/index">政府信息公开</a><a href="javascript:;">'
        f'互动交流</a></div>{inner}<div class="swj-foot"><p>主办单位：磡湾市水务局　网站标识码：9878050011</p>'
        '<p><a href="https://beian.miit.gov.cn/">未ICP备19033105号-2</a>　未公网安备 98780502000318号</p>'
        '<p class="ewm">扫码关注“磡湾水务”微信公众号</p></div></body></html>'
    )


SHELL = frame("磡湾市水务局政府信息公开目录", (
    '<div id="gkApp" class="gk-app"></div><script>var PAGE_SIZE = 5;\n'
    'var src = document.querySelector(\'link[rel="preload"][as="fetch"]\').href;\n'
    'fetch(src).then(function (r) { return r.json(); }).then(function (d) { window.gkRows = d.articles;'
    ' gkShow(1); });\n'
    'function gkShow(p) { render(window.gkRows.slice((p - 1) * PAGE_SIZE, p * PAGE_SIZE), p,'
    ' Math.ceil(window.gkRows.length / PAGE_SIZE)); }</script>'),
    f'<link rel="preload" as="fetch" href="{API}" crossorigin>')


def stamp(date: str, minute: int) -> int:
    y, m, d = (int(x) for x in date.split("-"))
    return calendar.timegm((y, m, d, 1, minute, 0, 0, 0, 0))  # 09:MM Beijing time


class GkmlptKanwan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 233_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[dict[str, object]] = []
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-28"), (2021, "2022-01-25"), (2022, "2023-01-30"),
                           (2023, "2024-01-19"), (2024, "2025-01-23")):
            doc = self.doc(OWNER, year, date, f"磡湾市水务局{year}年政府信息公开工作年度报告")
            if year == 2022:
                self.filed(doc)
            else:
                self.report(SITE, self.detail(doc.title, date, OWNER, self.body(doc, word=year == 2021)), doc)
        unit = "磡湾市水务工程建设管理中心"
        doc = self.doc(unit, 2024, "2025-02-10", "市水务工程建设管理中心2024年政府信息公开工作年度报告")
        self.report(SITE, self.detail(doc.title, "2025-02-10", unit, self.body(doc)), doc)
        for title, year, date in (("磡湾市水务局2024年度法治政府建设年度报告", 2024, "2025-03-14"),
                                  ("磡湾市水务局2025年政务公开工作要点", 2025, "2025-04-02"),
                                  ("磡湾市水务局2023年度部门决算", 2023, "2024-08-30")):
            self.decoy(SITE, self.detail(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        for title, date in (("关于做好2024年汛期安全工作的通知", "2024-04-12"),
                            ("磡湾市2024年水资源公报", "2025-06-05")):
            self.detail(title, date, OWNER, f"<p>{esc(title)}。</p><p>（正文略）</p>")
        self.rows.sort(key=lambda r: int(str(r["date"])), reverse=True)
        self.put(HOST, "/gkmlpt/index", SHELL)
        self.put(HOST, "/", frame(OWNER, '<div class="swj-home"><a href="/gkmlpt/index#3106">政府信息公开年报</a>'
                                         '<a href="/gkmlpt/index">政府信息公开目录</a></div>'))
        self.route(HOST, f"/gkmlpt/api/all/{CAT}", self.api)

    def api(self, request: Request) -> Response:
        if request.param("sid", SID) != SID:
            return Response(200, json.dumps({"status": 0, "info": "参数错误"}, ensure_ascii=False).encode(),
                            "application/json")
        try:
            page = max(1, int(request.param("page", "1") or 1))
        except ValueError:
            page = 1
        body = {"total": len(self.rows), "page": page, "size": 100, "articles": self.rows if page == 1 else []}
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=utf-8")

    def detail(self, title: str, date: str, unit: str, content: str, files: list[dict[str, str]] | None = None
               ) -> str:
        pid = self.next_id()
        path = f"/gkmlpt/content/3/{CAT}/post_{pid}.html"
        index = f"007298{SID[-3:]}/{date[:4]}-{pid % 10000:05d}"
        links = "".join(f'<a href="{esc(f["url"])}">{esc(f["name"])}</a>' for f in files or [])
        detail = {"id": pid, "title": title, "publisher": unit, "identifier": index, "date": date,
                  "attachment": files or []}
        inner = (f'<div class="gk-detail"><table class="gk-meta"><tr><th>索引号：</th><td>{index}</td><th>分类：</th>'
                 f'<td>政府信息公开年报</td></tr><tr><th>发布机构：</th><td>{esc(unit)}</td><th>成文日期：</th>'
                 f'<td>{date}</td></tr><tr><th>名称：</th><td colspan="3">{esc(title)}</td></tr></table>'
                 f'<h2 class="gk-title">{esc(title)}</h2><div class="article-content" id="zoom">{content}</div>'
                 + (f'<p class="gk-fj">附件：{links}</p>' if links else "")
                 + f'</div><script>window.__DATA__ = {{DETAIL: {json.dumps(detail, ensure_ascii=False)}, TREE: '
                 f'[{{"id": {CAT}, "name": "政府信息公开年报"}}]}};</script>')
        self.put(HOST, path, frame(f"{title}_{OWNER}", inner))
        self.rows.append({"id": pid, "title": title, "url": f"http://{HOST}{path}", "publisher": unit,
                          "date": stamp(date, pid % 50), "filenum": ""})
        return f"http://{HOST}{path}"

    def filed(self, doc: ReportDoc) -> None:
        aid = self.next_id()
        url = self.attach(HOST, f"/attachment/0/31/31{aid}.ofd", doc, "ofd")
        page = self.detail(doc.title, doc.published_date or "", doc.agency_name,
                           f"<p>{esc(doc.title)}全文详见附件。</p>",
                           [{"name": f"{doc.title}.ofd", "url": url.removeprefix(f"http://{HOST}")}])
        self.report(SITE, page, doc, media_type=MEDIA["ofd"], report_url=url)


PORTALS = [GkmlptKanwan]
