"""嶙川县 (www.linchuan.gov.test): a county gkmlpt at the stock base ``/gkmlpt`` whose shell carries *no* site id at
all: its script ``/gkmlpt/static/js/app.js`` first asks a site-info endpoint ``/gkmlpt/api/siteinfo`` (JSON
``{"sid": 758211, "name": "嶙川县人民政府", "page_size": 3, "tree": [{"id": 2841, "name": "政府信息公开年报",
"children": []}, …]}``) and only then calls the stock list API with that ``sid``.

Registered ``http://www.linchuan.gov.test/gkmlpt/index#2841``.  Home ``/`` links ``/gkmlpt/index`` (政府信息公开) and
``/gkmlpt/index#2841`` (年报).  The shell's left column is an empty ``<div class="tree-box">`` filled from ``tree``.

List API ``/gkmlpt/api/all/2841?page=N&sid=758211`` (one-based, **3 rows a page**, newest first; 11 rows, 4 pages)
answers ``{"articles": [{"id", "title", "url", "publisher", "first_publish_time": <unix seconds>, "identifier"}],
"total": 11, "page_size": 3}`` with root-relative ``url``s ``/gkmlpt/content/2/2841/post_<id>.html``.  A missing or
wrong ``sid`` answers ``{"articles": [], "total": 0}``; column 2839 (公开指南) is always empty.

Detail pages ``/gkmlpt/content/2/2841/post_<id>.html``: a ``<div class="gk-info">`` of ``<span>`` label/value pairs
(索引号 / 分类 / 发布机构 / 发布日期 / 名称), ``<h1 class="content-title">``, body ``<div class="content">`` and the
metadata as a JS object literal ``var PAGE = {DETAIL: {...}, TREE: [...]};``.  The county's 2020 report is a PDF: a
one-line body and ``<div class="attachment"><a href="/gkmlpt/attachment/5/5873/<id>.pdf">…pdf</a></div>`` (also in
``DETAIL.attachment``).

Reports (8): 嶙川县人民政府 2019, 2020 (PDF, old template), 2021, 2022, 2023, 2024; 嶙川县卫生健康局 2023 (titled
"县卫健局…", agency in 发布机构 / ``publisher``); 嶙川县嶙口街道办事处 2024 (titled "嶙口街道…年报", agency in
发布机构 / ``publisher``).
Decoys (2): 嶙川县2023年度法治政府建设年度报告, 嶙川县人民政府政务公开指南（2024年版）.
Other row (neither): 嶙川县2025年春节期间烟花爆竹禁放的通告.
"""

from __future__ import annotations

import calendar
import json
import random
import time

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch31._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.linchuan.gov.test"
SITE = "linchuan-gov"
OWNER = "嶙川县人民政府"
SID = "758211"
COL = 2841
SIZE = 3
INFO = json.dumps({"sid": int(SID), "name": OWNER, "page_size": SIZE,
                   "tree": [{"id": 2839, "name": "政府信息公开指南", "children": []},
                            {"id": COL, "name": "政府信息公开年报", "children": []}]}, ensure_ascii=False)


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="嶙川县人民政府门户网站">'
        '<meta name="SiteDomain" content="www.linchuan.gov.test"><meta name="SiteIDCode" content="9881050001">'
        f'<title>{esc(title)}</title></head><body><div class="mc-toolbar"><span>今天是：<em id="today"></em></span>'
        '<a href="javascript:;" id="wza">无障碍阅读</a><a href="javascript:;">长者模式</a></div>'
        '<div class="mc-header"><img src="/images/mc_logo.png" alt="嶙川县人民政府"><div class="mc-motto">山水嶙川 '
        '宜居福地</div></div><ul class="mc-nav"><li><a href="/">首页</a></li><li><a href="/gkmlpt/index">政府信息公开'
        '</a></li><li><a href="javascript:;">政务服务</a></li><li><a href="javascript:;">政民互动</a></li></ul>'
        f'{inner}<div class="mc-bottom"><p>主办：嶙川县人民政府办公室　承办：嶙川县政务服务数据管理局</p>'
        '<p>网站标识码：9881050001　<a href="https://beian.miit.gov.cn/">未ICP备2020031175号</a>'
        '　未公网安备 98810502000125号</p><p><a href="javascript:;">网站地图</a> · <a href="javascript:;">'
        '纠错</a></p></div></body></html>'
    )


SHELL = frame("嶙川县人民政府信息公开", (
    '<div class="gkml-wrap"><div class="tree-box"></div><div class="list-box"><p class="tips">正在加载…</p></div>'
    '</div><script src="/gkmlpt/static/js/app.js"></script>'))

APP_JS = (
    'var gk = {};\n'
    '$.getJSON("/gkmlpt/api/siteinfo", function (info) {\n'
    '  gk.sid = info.sid; gk.size = info.page_size; drawTree(info.tree);\n'
    '  route();\n'
    '});\n'
    'function route() { var col = location.hash.replace("#", "") || gk.tree[0].id; list(col, 1); }\n'
    'function list(col, page) {\n'
    '  $.getJSON("/gkmlpt/api/all/" + col, {page: page, sid: gk.sid}, function (d) {\n'
    '    drawRows(d.articles); drawPager(page, Math.ceil(d.total / d.page_size), col); });\n'
    '}\n'
    'window.addEventListener("hashchange", route);\n'
)


def stamp(date: str) -> int:
    return calendar.timegm(time.strptime(date + " 01:30", "%Y-%m-%d %H:%M"))


class GkmlptLinchuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 263_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[dict[str, object]] = []
        for year, date in ((2019, "2020-01-20"), (2020, "2021-01-28"), (2021, "2022-01-24"), (2022, "2023-01-16"),
                           (2023, "2024-01-22"), (2024, "2025-01-17")):
            doc = self.doc(OWNER, year, date, f"嶙川县人民政府{year}年政府信息公开工作年度报告")
            if year == 2020:
                self.filed(doc)
            else:
                self.report(SITE, self.detail(doc.title, date, OWNER, self.body(doc, word=year == 2021)), doc)
        unit = "嶙川县卫生健康局"
        doc = self.doc(unit, 2023, "2024-01-30", "县卫健局2023年政府信息公开工作年度报告")
        self.report(SITE, self.detail(doc.title, "2024-01-30", unit, self.body(doc, word=True)), doc)
        street = "嶙川县嶙口街道办事处"
        doc = self.doc(street, 2024, "2025-01-26", "嶙口街道2024年度政府信息公开年报")
        self.report(SITE, self.detail(doc.title, "2025-01-26", street, self.body(doc)), doc)
        for title, year, date in (("嶙川县2023年度法治政府建设年度报告", 2023, "2024-03-18"),
                                  ("嶙川县人民政府政务公开指南（2024年版）", 2024, "2024-06-05")):
            self.decoy(SITE, self.detail(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.detail("嶙川县2025年春节期间烟花爆竹禁放的通告", "2025-01-10", OWNER,
                    "<p>为保障人民群众生命财产安全，现就2025年春节期间烟花爆竹禁放有关事项通告如下。</p><p>（略）</p>")
        self.rows.sort(key=lambda r: int(str(r["first_publish_time"])), reverse=True)
        self.put(HOST, "/gkmlpt/index", SHELL)
        self.put(HOST, "/gkmlpt/static/js/app.js", APP_JS, "application/javascript")
        self.put(HOST, "/gkmlpt/api/siteinfo", INFO, "application/json; charset=utf-8")
        self.put(HOST, "/", frame("嶙川县人民政府门户网站", (
            '<div class="mc-home"><div class="mc-block"><h3>政府信息公开</h3><a href="/gkmlpt/index">信息公开目录</a>'
            f'<a href="/gkmlpt/index#{COL}">政府信息公开年报</a></div><div class="mc-qr">手机扫一扫，访问移动版</div>'
            '</div>')))
        self.route(HOST, f"/gkmlpt/api/all/{COL}", lambda r: self.api(r, COL))
        self.route(HOST, "/gkmlpt/api/all/2839", lambda r: self.api(r, 2839))

    def api(self, request: Request, col: int) -> Response:
        try:
            page = max(1, int(request.param("page", "1") or 1))
        except ValueError:
            page = 1
        rows = self.rows if col == COL and request.param("sid") == SID else []
        body = {"articles": rows[(page - 1) * SIZE:page * SIZE], "total": len(rows), "page_size": SIZE}
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=utf-8")

    def detail(self, title: str, date: str, unit: str, content: str, files: list[dict[str, str]] | None = None) -> str:
        pid = self.next_id()
        path = f"/gkmlpt/content/2/{COL}/post_{pid}.html"
        index = f"11{SID}MB/{date[:4]}-{pid % 1000:04d}"
        detail = {"id": pid, "title": title, "publisher": unit, "identifier": index, "date": stamp(date),
                  "attachment": files or []}
        tree = [{"id": 2839, "name": "政府信息公开指南"}, {"id": COL, "name": "政府信息公开年报"}]
        links = "".join(f'<a href="{esc(f["url"])}">{esc(f["name"])}</a>' for f in files or [])
        inner = (f'<div class="gk-detail"><div class="gk-info"><span class="l">索引号：</span><span>{index}</span>'
                 '<span class="l">分类：</span><span>政府信息公开年报</span>'
                 f'<span class="l">发布机构：</span><span>{esc(unit)}</span>'
                 f'<span class="l">发布日期：</span><span>{date}</span>'
                 f'<span class="l">名称：</span><span>{esc(title)}</span></div>'
                 f'<h1 class="content-title">{esc(title)}</h1><div class="content">{content}</div>'
                 + (f'<div class="attachment">附件：{links}</div>' if links else "")
                 + f'</div><script>var PAGE = {{DETAIL: {json.dumps(detail, ensure_ascii=False)}, '
                 f'TREE: {json.dumps(tree, ensure_ascii=False)}}};</script>')
        self.put(HOST, path, frame(f"{title}-嶙川县人民政府", inner))
        self.rows.append({"id": pid, "title": title, "url": path, "publisher": unit,
                          "first_publish_time": stamp(date), "identifier": index})
        return f"http://{HOST}{path}"

    def filed(self, doc: ReportDoc) -> None:
        aid = self.next_id()
        path = self.attach(HOST, f"/gkmlpt/attachment/5/5873/{aid}.pdf", doc, "pdf")
        page = self.detail(doc.title, doc.published_date or "", doc.agency_name, f"<p>{esc(doc.title)}见附件。</p>",
                           [{"name": f"{doc.title}.pdf", "url": path.removeprefix(f"http://{HOST}")}])
        self.report(SITE, page, doc, media_type=MEDIA["pdf"], report_url=path)


PORTALS = [GkmlptLinchuan]
