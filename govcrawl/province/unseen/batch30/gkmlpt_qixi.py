"""碶溪县 (www.qixi.gov.test): a county gkmlpt at the stock base ``/gkmlpt`` whose shell carries its settings
only in a JSON data block — ``<script type="application/json" id="gkml-settings">{"siteId": 769412, "apiRoot":
"/gkmlpt/api/all/", "perPage": 5, "column": 3307}</script>`` — read by ``/gkmlpt/static/boot.js``; the list API
answers the stock keys (``{"articles": [...], "total": N}``) with *absolute* ``url``s, and the details live
outside the gkmlpt path, the gzw.sz way: ``/content/post_<id>.html``.

Registered ``http://www.qixi.gov.test/gkmlpt/index#3307``.  Home ``/`` links ``/gkmlpt/index`` (信息公开目录) and
``/gkmlpt/index#3307`` (政府信息公开年报).

List API ``/gkmlpt/api/all/3307?page=N&sid=769412`` (one-based, 5 rows a page, newest first; 12 rows, 3 pages)
answers ``{"articles": [{"id", "title", "url": "http://www.qixi.gov.test/content/post_<id>.html", "publisher",
"date": "YYYY-MM-DD HH:MM:SS", "source"}], "total": 12, "page": N}``.  Another column, a wrong or missing ``sid``:
``{"articles": [], "total": 0}``.

Detail pages ``/content/post_<id>.html``: a ``<table class="gk-meta">`` (索 引 号 / 主题分类 / 发布机构 / 成文日期 /
标　　题, labels padded with full-width spaces), ``h2.post-title``, body ``<div class="article-content">``
and ``<script>window.DETAIL = {...};</script>``.  The county's 2023 report is an OFD: a one-line body and
``<p class="attach">附件：<a href="/attachment/0/769/<id>.ofd">…ofd</a></p>``.

Reports (8): 碶溪县人民政府 2019, 2020 (old template), 2021, 2022, 2023 (OFD), 2024; 碶溪县统计局 2024 (titled
"县统计局…", agency in 发布机构 / ``publisher``); 碶溪县碶头镇人民政府 2023 (titled "碶头镇…", agency in 发布机构).
Decoys (3): 碶溪县2023年国民经济和社会发展统计年报 (县统计局), 碶溪县人民政府2024年政府网站工作年度报表,
碶溪县2025年政务公开工作要点.
Other row (neither): 碶溪县2024年秋季森林防火工作的通告.
"""

from __future__ import annotations

import json
import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch30._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.qixi.gov.test"
SITE = "qixi-gov"
OWNER = "碶溪县人民政府"
SID = "769412"
COL = 3307
SIZE = 5
SETTINGS = json.dumps({"siteId": int(SID), "apiRoot": "/gkmlpt/api/all/", "perPage": SIZE, "column": COL,
                       "columns": [{"id": 3305, "name": "政府信息公开指南"}, {"id": COL, "name": "政府信息公开年报"}]},
                      ensure_ascii=False)


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="zh"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<meta name="SiteName" content="碶溪县人民政府网"><meta name="SiteIDCode" content="9880050001">'
        f'<title>{esc(title)}</title></head><body><div id="topline"><a href="javascript:;" onclick="aria.start()">'
        '无障碍浏览</a> | <a href="javascript:;">繁體</a> | <a href="javascript:;">English</a></div>'
        '<header class="qx-banner"><div class="qx-logo">碶溪县人民政府</div><form action="/search/" '
        'class="qx-search"><input name="q" placeholder="请输入关键字"></form></header><nav class="qx-menu">'
        '<a href="/">网站首页</a><a href="/gkmlpt/index">政务公开</a><a href="javascript:;">互动交流</a>'
        f'<a href="javascript:;">走进碶溪</a></nav><main>{inner}</main><footer class="qx-footer"><div>'
        '<a href="javascript:;">网站地图</a>｜<a href="javascript:;">联系我们</a>｜<a href="javascript:;">隐私声明</a>'
        '</div><div>碶溪县人民政府办公室主办　网站标识码：9880050001</div><div><a href="https://beian.miit.gov.cn/">'
        '未ICP备19088213号</a>　未公网安备 98800502000331号</div><div class="qx-dzjg">党政机关</div></footer>'
        '</body></html>'
    )


SHELL = frame("碶溪县人民政府信息公开目录", (
    '<div class="gkml"><aside id="gkml-tree"></aside><section id="gkml-main"><div class="loading">加载中…</div>'
    f'</section></div><script type="application/json" id="gkml-settings">{SETTINGS}</script>'
    '<script src="/gkmlpt/static/boot.js"></script>'))

BOOT_JS = (
    '(function () { var s = JSON.parse(document.getElementById("gkml-settings").textContent);\n'
    '  function load(col, page) { $.getJSON(s.apiRoot + col + "?page=" + page + "&sid=" + s.siteId, function (d) {\n'
    '    render(d.articles, Math.ceil(d.total / s.perPage), page); }); }\n'
    '  window.onhashchange = function () { load(location.hash.slice(1) || s.column, 1); }; window.onhashchange();\n'
    '})();\n'
)


class GkmlptQixi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 253_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[dict[str, object]] = []
        for year, date in ((2019, "2020-01-16"), (2020, "2021-01-22"), (2021, "2022-01-25"), (2022, "2023-01-19"),
                           (2023, "2024-01-23"), (2024, "2025-01-21")):
            doc = self.doc(OWNER, year, date, f"碶溪县人民政府{year}年政府信息公开工作年度报告")
            if year == 2023:
                self.filed(doc)
            else:
                self.report(SITE, self.detail(doc.title, date, OWNER, self.body(doc, word=year == 2022)), doc)
        unit = "碶溪县统计局"
        doc = self.doc(unit, 2024, "2025-01-27", "县统计局2024年政府信息公开工作年度报告")
        self.report(SITE, self.detail(doc.title, "2025-01-27", unit, self.body(doc)), doc)
        town = "碶溪县碶头镇人民政府"
        doc = self.doc(town, 2023, "2024-01-29", "碶头镇2023年政府信息公开工作年度报告")
        self.report(SITE, self.detail(doc.title, "2024-01-29", town, self.body(doc, word=True)), doc)
        for title, who, year, date in (
                ("碶溪县2023年国民经济和社会发展统计年报", unit, 2023, "2024-03-30"),
                ("碶溪县人民政府2024年政府网站工作年度报表", OWNER, 2024, "2025-01-14"),
                ("碶溪县2025年政务公开工作要点", OWNER, 2025, "2025-04-08")):
            self.decoy(SITE, self.detail(title, date, who, self.decoy_body(title, who, year)), title)
        self.detail("碶溪县2024年秋季森林防火工作的通告", "2024-10-09", OWNER,
                    "<p>为切实做好2024年秋季森林防火工作，现就有关事项通告如下。</p><p>（正文略）</p>")
        self.rows.sort(key=lambda r: str(r["date"]), reverse=True)
        self.put(HOST, "/gkmlpt/index", SHELL)
        self.put(HOST, "/gkmlpt/static/boot.js", BOOT_JS, "application/javascript")
        self.put(HOST, "/", frame("碶溪县人民政府网", (
            '<div class="qx-home"><div class="qx-col"><h3>政务公开</h3><ul><li><a href="/gkmlpt/index">信息公开目录</a>'
            f'</li><li><a href="/gkmlpt/index#{COL}">政府信息公开年报</a></li></ul></div>'
            '<div class="qx-qr">扫码关注“碶溪发布”微信公众号</div></div>')))
        self.route(HOST, f"/gkmlpt/api/all/{COL}", lambda r: self.api(r, COL))
        self.route(HOST, "/gkmlpt/api/all/3305", lambda r: self.api(r, 3305))

    def api(self, request: Request, col: int) -> Response:
        try:
            page = max(1, int(request.param("page", "1") or 1))
        except ValueError:
            page = 1
        rows = self.rows if col == COL and request.param("sid") == SID else []
        body = {"articles": rows[(page - 1) * SIZE:page * SIZE], "total": len(rows), "page": page}
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=utf-8")

    def detail(self, title: str, date: str, unit: str, content: str, files: list[dict[str, str]] | None = None) -> str:
        pid = self.next_id()
        path = f"/content/post_{pid}.html"
        index = f"007{SID}/{date[:4]}-{pid % 10000:05d}"
        detail = {"id": pid, "title": title, "publisher": unit, "identifier": index, "date": date, "files": files or []}
        links = "".join(f'<a href="{esc(f["url"])}">{esc(f["name"])}</a>' for f in files or [])
        inner = (f'<div class="post"><table class="gk-meta"><tr><th>索&emsp;引&emsp;号：</th><td>{index}</td>'
                 '<th>主题分类：</th><td>综合政务</td></tr>'
                 f'<tr><th>发布机构：</th><td>{esc(unit)}</td><th>成文日期：</th><td>{date}</td></tr>'
                 f'<tr><th>标&emsp;&emsp;题：</th><td colspan="3">{esc(title)}</td></tr></table>'
                 f'<h2 class="post-title">{esc(title)}</h2><div class="article-content">{content}</div>'
                 + (f'<p class="attach">附件：{links}</p>' if links else "")
                 + f'</div><script>window.DETAIL = {json.dumps(detail, ensure_ascii=False)};</script>')
        self.put(HOST, path, frame(f"{title}_碶溪县人民政府网", inner))
        url = f"http://{HOST}{path}"
        self.rows.append({"id": pid, "title": title, "url": url, "publisher": unit, "date": f"{date} 09:30:00",
                          "source": unit})
        return url

    def filed(self, doc: ReportDoc) -> None:
        aid = self.next_id()
        path = self.attach(HOST, f"/attachment/0/769/{aid}.ofd", doc, "ofd")
        page = self.detail(doc.title, doc.published_date or "", doc.agency_name, f"<p>{esc(doc.title)}详见附件。</p>",
                           [{"name": f"{doc.title}.ofd", "url": path.removeprefix(f"http://{HOST}")}])
        self.report(SITE, page, doc, media_type=MEDIA["ofd"], report_url=path)


PORTALS = [GkmlptQixi]
