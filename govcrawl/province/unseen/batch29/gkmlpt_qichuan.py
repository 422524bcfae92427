"""磜川县 (www.qichuan.gov.test): a county gkmlpt mounted under a *sub-path* of the county site —
base ``/qcx/gkmlpt`` (the 集约化 platform's per-site prefix), so the shell is ``/qcx/gkmlpt/index``, the list API
``/qcx/gkmlpt/api/all/<col>?page=N&sid=767301`` and details ``/qcx/gkmlpt/content/<a>/<col>/post_<id>.html`` —
whose shell configures the front end with a JavaScript constructor call (unquoted keys, not JSON):
``new GkApp({base: "/qcx/gkmlpt", sid: 767301, size: 4, tree: [...]})`` carrying the column tree inline, whose
年报 column 2851 has a child column 2853 (部门及镇街年报) known only from that tree, and whose API nests its
paging in a ``pager`` object.

Registered ``http://www.qichuan.gov.test/qcx/gkmlpt/index#2851``.  Home ``/`` links ``/qcx/gkmlpt/index``
(政府信息公开目录) and ``/qcx/gkmlpt/index#2851`` (政府信息公开年报).  The shell's tree:
``[{id: 2849, name: "政府信息公开", children: [{id: 2851, name: "政府信息公开年报", children: [{id: 2853, name:
"部门及镇街年报"}]}, {id: 2850, name: "政府信息公开指南"}]}]``.

List API ``/qcx/gkmlpt/api/all/<col>?page=N&sid=767301`` (col 2851 or 2853; other columns answer an empty list)
answers ``{"code": 200, "data": {"list": [{"id", "title", "url", "publisher", "pubdate": "YYYY/MM/DD",
"column": <col>}], "pager": {"current": N, "size": 4, "count": <rows>, "pages": <pages>}}}`` newest first,
``url`` root-relative.  Column 2851 has 7 rows (2 pages), column 2853 has 5 rows (2 pages).  A wrong or
missing ``sid``: ``{"code": 403, "msg": "站点不存在"}``; a page past the end: an empty ``list``.

Detail pages: ``<ul class="gk-attr">`` (索引号 / 分类 / 发布机构 / 成文日期 / 名称), ``h1.gk-h1``, body
``<div class="gk-content" id="zoom">`` and ``<script>var DETAIL = {…}; var TREE = [...];</script>``.  The
county's 2022 report is an OFD: a one-line body and ``<div class="gk-files"><a href="/qcx/gkmlpt/attach/2/2851/
<id>.ofd">…ofd</a></div>`` (also in ``DETAIL.attachment``).

Reports (8): column 2851 — 磜川县人民政府 2019, 2020 (old template), 2021, 2022 (OFD), 2023, 2024;
column 2853 — 磜川县农业农村局 2023 (titled "县农业农村局…", agency in 发布机构 / ``publisher``), 磜川县磜口镇人民政府
2024 (titled "磜口镇…").
Decoys (3): 磜川县2024年政府信息公开工作年度报告解读 (2851), 磜川县农业农村局2024年度部门决算 (2853),
磜川县2024年度法治政府建设年度报告 (2853).
Other rows (neither): 2851 — none; 2853 — 关于2024年度高标准农田建设项目的公示.
"""

from __future__ import annotations

import json
import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch29._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.qichuan.gov.test"
SITE = "qichuan-gov"
OWNER = "磜川县人民政府"
SID = "767301"
BASE = "/qcx/gkmlpt"
TOP, CHILD = 2851, 2853
SIZE = 4
TREE = ('[{id: 2849, name: "政府信息公开", children: [{id: 2851, name: "政府信息公开年报", children: [{id: 2853, '
        'name: "部门及镇街年报"}]}, {id: 2850, name: "政府信息公开指南"}]}]')


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="SiteName" content="磜川县人民政府'
        f'门户网站"><meta name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" content="9879050003">'
        f'<title>{esc(title)}</title></head><body><div class="qc-bar"><span>今天是<span id="today"></span></span>'
        '<a href="javascript:;" id="wza">无障碍</a><a href="javascript:;">长者模式</a></div>'
        '<div class="qc-head"><h1 class="qc-logo">磜川县人民政府</h1><ul class="qc-nav"><li><a href="/">首页</a></li>'
        f'<li><a href="{BASE}/index">政务公开</a></li><li><a href="javascript:;">政务服务</a></li>'
        f'<li><a href="javascript:;">政民互动</a></li></ul></div>{inner}<div class="qc-foot"><p>主办：磜川县人民政府'
        '办公室　承办：磜川县政务服务数据管理局</p><p>网站标识码：9879050003　<a href="https://beian.miit.gov.cn/">'
        '未ICP备20047719号-1</a>　未公网安备 98790502000117号</p><p>本网站支持IPv6</p></div></body></html>'
    )


SHELL = frame("磜川县政府信息公开目录", (
    '<div class="gk-wrap"><div id="gk-tree"></div><div id="gk-list"></div><div id="gk-page"></div></div>'
    f'<script src="{BASE}/static/js/gkapp.js"></script><script>\n'
    f'var app = new GkApp({{base: "{BASE}", sid: {SID}, size: {SIZE}, tree: {TREE}}});\n'
    'app.route(location.hash.slice(1) || 2849);\n</script>'))

GKAPP_JS = (
    'function GkApp(o) { this.o = o; }\n'
    'GkApp.prototype.route = function (col) { var self = this;\n'
    '  fetch(this.o.base + "/api/all/" + col + "?page=1&sid=" + this.o.sid).then(function (r) { return r.json(); })'
    '.then(function (d) { self.render(d.data); }); };\n'
)


class GkmlptQichuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 243_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: dict[int, list[dict[str, object]]] = {TOP: [], CHILD: []}
        for year, date in ((2019, "2020-01-20"), (2020, "2021-01-27"), (2021, "2022-01-24"), (2022, "2023-01-18"),
                           (2023, "2024-01-26"), (2024, "2025-01-22")):
            doc = self.doc(OWNER, year, date, f"磜川县人民政府{year}年政府信息公开工作年度报告")
            if year == 2022:
                self.filed(doc)
            else:
                self.report(SITE, self.detail(TOP, doc.title, date, OWNER, self.body(doc, word=year in (2021, 2023))),
                            doc)
        unit = "磜川县农业农村局"
        doc = self.doc(unit, 2023, "2024-01-30", "县农业农村局2023年政府信息公开工作年度报告")
        self.report(SITE, self.detail(CHILD, doc.title, "2024-01-30", unit, self.body(doc)), doc)
        town = "磜川县磜口镇人民政府"
        doc = self.doc(town, 2024, "2025-01-27", "磜口镇2024年政府信息公开工作年度报告")
        self.report(SITE, self.detail(CHILD, doc.title, "2025-01-27", town, self.body(doc, word=True)), doc)
        for col, title, unit, year, date in (
                (TOP, "磜川县2024年政府信息公开工作年度报告解读", OWNER, 2024, "2025-01-23"),
                (CHILD, "磜川县农业农村局2024年度部门决算", "磜川县农业农村局", 2024, "2025-08-28"),
                (CHILD, "磜川县2024年度法治政府建设年度报告", OWNER, 2024, "2025-03-20")):
            self.decoy(SITE, self.detail(col, title, date, unit, self.decoy_body(title, unit, year)), title)
        self.detail(CHILD, "关于2024年度高标准农田建设项目的公示", "2024-10-15", "磜川县农业农村局",
                    "<p>现将2024年度高标准农田建设项目有关情况予以公示，公示期5个工作日。</p><p>（正文略）</p>")
        for rows in self.rows.values():
            rows.sort(key=lambda r: str(r["pubdate"]), reverse=True)
        self.put(HOST, f"{BASE}/index", SHELL)
        self.put(HOST, f"{BASE}/static/js/gkapp.js", GKAPP_JS, "application/javascript")
        self.put(HOST, "/", frame("磜川县人民政府门户网站", (
            f'<div class="qc-home"><div class="qc-box"><h3>政务公开</h3><a href="{BASE}/index">政府信息公开目录</a>'
            f'<a href="{BASE}/index#{TOP}">政府信息公开年报</a></div><div class="qc-ewm">扫一扫，关注“磜川发布”</div>'
            '</div>')))
        self.route(HOST, f"{BASE}/api/all/{TOP}", lambda r: self.api(r, TOP))
        self.route(HOST, f"{BASE}/api/all/{CHILD}", lambda r: self.api(r, CHILD))

    def api(self, request: Request, col: int) -> Response:
        if request.param("sid") != SID:
            body: dict[str, object] = {"code": 403, "msg": "站点不存在"}
        else:
            try:
                page = max(1, int(request.param("page", "1") or 1))
            except ValueError:
                page = 1
            rows = self.rows[col]
            body = {"code": 200, "data": {"list": rows[(page - 1) * SIZE:page * SIZE], "pager": {
                "current": page, "size": SIZE, "count": len(rows), "pages": (len(rows) + SIZE - 1) // SIZE}}}
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=utf-8")

    def detail(self, col: int, title: str, date: str, unit: str, content: str,
               files: list[dict[str, str]] | None = None) -> str:
        pid = self.next_id()
        path = f"{BASE}/content/{pid // 100000}/{col}/post_{pid}.html"
        index = f"11449{SID[-4:]}/{date[:4]}-{pid % 100000:05d}"
        kind = "政府信息公开年报" if col == TOP else "部门及镇街年报"
        detail = {"id": pid, "title": title, "publisher": unit, "identifier": index, "created_at": date,
                  "column": col, "attachment": files or []}
        links = "".join(f'<a href="{esc(f["url"])}">{esc(f["name"])}</a>' for f in files or [])
        inner = (f'<div class="gk-detail"><ul class="gk-attr"><li><b>索引号：</b>{index}</li>'
                 f'<li><b>分类：</b>{kind}</li><li><b>发布机构：</b>{esc(unit)}</li><li><b>成文日期：</b>{date}</li><li><b>名称：</b>{esc(title)}</li>'
                 f'</ul><h1 class="gk-h1">{esc(title)}</h1><div class="gk-content" id="zoom">{content}</div>'
                 + (f'<div class="gk-files">附件：{links}</div>' if links else "")
                 + f'</div><script>var DETAIL = {json.dumps(detail, ensure_ascii=False)}; var TREE = {TREE};</script>')
        self.put(HOST, path, frame(f"{title}-磜川县人民政府", inner))
        self.rows[col].append({"id": pid, "title": title, "url": path, "publisher": unit,
                               "pubdate": date.replace("-", "/"), "column": col})
        return f"http://{HOST}{path}"

    def filed(self, doc: ReportDoc) -> None:
        aid = self.next_id()
        path = self.attach(HOST, f"{BASE}/attach/2/{TOP}/{aid}.ofd", doc, "ofd")
        page = self.detail(TOP, doc.title, doc.published_date or "", doc.agency_name,
                           f"<p>{esc(doc.title)}见附件。</p>",
                           [{"name": f"{doc.title}.ofd", "url": path.removeprefix(f"http://{HOST}")}])
        self.report(SITE, page, doc, media_type=MEDIA["ofd"], report_url=path)


PORTALS = [GkmlptQichuan]
