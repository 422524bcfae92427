"""滘湾区 (www.jiaowan.gov.test): a district gkmlpt whose shell gives its list API only as a *URL template*
in an inline script — ``var GK_LIST_API = "/gkmlpt/api/all/{cat}?page={page}&sid=764519";`` (the site id
inside the template, nowhere else) — whose API pages three rows at a time with a ``pagecount``, dates rows as
"YYYY-MM-DD HH:MM", and whose detail pages show their metadata as a ``<dl>`` list and in the platform's
``DETAIL: {…}, TREE:`` literal.

Registered ``/gkmlpt/index#2417``: the shell ``<div id="gk-app" class="gk-wrap"></div>`` and a script that fills
``{cat}`` from ``location.hash`` (with no fragment: 2401 机构概况) and ``{page}`` from 1.  ``/gkmlpt/api/all/2417?
page=N&sid=764519`` answers ``{"classify": {"id": 2417, "name": "政府信息公开年报"}, "total": 11, "page": N,
"pagecount": 4, "articles": [{"id", "title", "url", "publisher", "publish_time": "2025-01-20 09:30"}]}`` with
``url`` absolute (``http://www.jiaowan.gov.test/gkmlpt/content/2/2417/post_<id>.html``); a page past the end an
empty ``articles``; another column ``total`` 0; a wrong ``sid`` ``{"code": 404, "msg": "站点不存在"}``; no sid:
the host's own site.

Detail pages: ``<div class="gk-head"><dl><dt>索引号：</dt><dd>…</dd><dt>发布机构：</dt><dd>…</dd>…</dl></div>``
(索引号 / 分类 / 发布机构 / 成文日期 / 文号 / 发布日期), ``h1.gk-h1``, body ``<div class="gk-text" id="gkText">``, and
``<script>var _PAGE = {DETAIL: {…}, TREE: [...]};</script>`` (``attachment`` list inside).  The 人社局's 2023
report is titled "区人社局2023年度政府信息公开工作年度报告" (publisher 滘湾区人力资源和社会保障局); it is an OFD in
``<div class="gk-fj"><p>附件：</p><a href="/attachment/0/64/64210/<id>.ofd">…ofd</a></div>`` after a one-line
body.  The 沙头街道's 2024 report is titled only "2024年政府信息公开工作年度报告" (its unit in ``publisher`` and
发布机构).

Reports (8): 滘湾区人民政府 2019–2024 (2019, 2020 old template), 滘湾区人力资源和社会保障局 2023 (OFD), 滘湾区沙头街道
办事处 2024.  Decoys (3): 滘湾区2024年度法治政府建设年度报告, 滘湾区政府信息公开指南（2024年版）, 滘湾区2024年
政府信息公开工作年度报告解读.
"""

from __future__ import annotations

import json
import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch27._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.jiaowan.gov.test"
SITE = "jiaowan-gkml"
OWNER = "滘湾区人民政府"
SID = "764519"
CAT = 2417
PER = 3


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{OWNER}"><meta '
        f'name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" content="9877050004"><title>{esc(title)}</title>'
        '<link rel="stylesheet" href="/gkmlpt/static/css/gk.css"></head><body><div class="gk-top"><a href="/">'
        '滘湾区人民政府门户网站</a><a href="javascript:;" class="wza">无障碍</a><a href="javascript:;">长者模式</a>'
        '</div>'
        '<div class="gk-banner">政府信息公开目录</div>'
        f'{inner}<div class="gk-foot">主办：滘湾区人民政府办公室　网站标识码：9877050004　<a '
        'href="https://beian.miit.gov.cn/">未ICP备05022187号</a>　未公网安备 98770502000219号</div></body></html>'
    )


SHELL = frame("政府信息公开目录-滘湾区人民政府", (
    '<div id="gk-app" class="gk-wrap"><p class="loading">正在加载…</p></div><script>'
    f'var GK_LIST_API = "/gkmlpt/api/all/{{cat}}?page={{page}}&sid={SID}";\n'
    'var cat = (location.hash || "#2401").slice(1);\n'
    'function gkLoad(page) { fetch(GK_LIST_API.replace("{cat}", cat).replace("{page}", page))'
    '.then(function (r) { return r.json(); }).then(function (d) { gkRender(d, page); }); }\n'
    'gkLoad(1);</script><script src="/gkmlpt/static/js/gk-render.js"></script>'))


class GkmlptJiaowan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 224_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[dict[str, object]] = []
        for year, day in ((2019, 31), (2020, 20), (2021, 27), (2022, 19), (2023, 24), (2024, 21)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"滘湾区人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.detail(doc.title, doc.published_date or "", OWNER, self.body(doc)), doc)
        doc = self.doc("滘湾区人力资源和社会保障局", 2023, "2024-01-26", "区人社局2023年度政府信息公开工作年度报告")
        self.filed(doc)
        doc = self.doc("滘湾区沙头街道办事处", 2024, "2025-01-16", "2024年政府信息公开工作年度报告")
        self.report(SITE, self.detail(doc.title, doc.published_date or "", doc.agency_name, self.body(doc)), doc)
        for title, year, date in (("滘湾区2024年度法治政府建设年度报告", 2024, "2025-03-20"),
                                  ("滘湾区政府信息公开指南（2024年版）", 2024, "2024-03-08"),
                                  ("滘湾区2024年政府信息公开工作年度报告解读", 2024, "2025-01-22")):
            self.decoy(SITE, self.detail(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(key=lambda r: str(r["publish_time"]), reverse=True)
        self.put(HOST, "/gkmlpt/index", SHELL)
        self.put(HOST, "/gkmlpt/static/js/gk-render.js", "function gkRender(d, page) { /* 列表渲染 */ }",
                 "application/javascript")
        self.put(HOST, "/gkmlpt/static/css/gk.css", ".gk-wrap{width:1200px}", "text/css")
        home = '<div class="gk-home"><a href="/gkmlpt/index#2417">政府信息公开年报</a></div>'
        self.put(HOST, "/", frame(OWNER, home))
        self.route(HOST, f"/gkmlpt/api/all/{CAT}", self.api)
        self.route(HOST, "/gkmlpt/api/all/2401", self.api)

    def api(self, request: Request) -> Response:
        sid = request.param("sid", SID)
        if sid != SID:
            return Response(200, json.dumps({"code": 404, "msg": "站点不存在"}, ensure_ascii=False).encode(),
                            "application/json")
        try:
            page = max(1, int(request.param("page", "1") or 1))
        except ValueError:
            page = 1
        mine = request.path.endswith(f"/{CAT}")
        rows = self.rows if mine else []
        body = {"classify": {"id": CAT if mine else 2401, "name": "政府信息公开年报" if mine else "机构概况"},
                "total": len(rows), "page": page, "pagecount": -(-len(rows) // PER),
                "articles": rows[(page - 1) * PER:page * PER]}
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=utf-8")

    def detail(self, title: str, date: str, unit: str, content: str, files: list[dict[str, str]] | None = None
               ) -> str:
        pid = self.next_id()
        path = f"/gkmlpt/content/2/{CAT}/post_{pid}.html"
        index = f"11449{SID[:3]}-{date[:4]}-{pid % 100000:05d}"
        meta = (("索引号", index), ("分类", "政府信息公开年报"), ("发布机构", unit), ("成文日期", date),
                ("文号", ""), ("发布日期", date))
        detail = {"id": pid, "title": title, "publisher": unit, "identifier": index, "date": date,
                  "attachment": files or []}
        links = "".join(f'<a href="{esc(f["url"])}">{esc(f["name"])}</a>' for f in files or [])
        inner = ('<div class="gk-main"><div class="gk-head"><dl>'
                 + "".join(f"<dt>{k}：</dt><dd>{esc(v)}</dd>" for k, v in meta)
                 + f'</dl></div><h1 class="gk-h1">{esc(title)}</h1><div class="gk-text" id="gkText">{content}</div>'
                 + (f'<div class="gk-fj"><p>附件：</p>{links}</div>' if links else "")
                 + f'</div><script>var _PAGE = {{DETAIL: {json.dumps(detail, ensure_ascii=False)}, TREE: '
                 f'[{{"id": {CAT}, "name": "政府信息公开年报"}}]}};</script>')
        self.put(HOST, path, frame(f"{title}-滘湾区人民政府", inner))
        self.rows.append({"id": pid, "title": title, "url": f"http://{HOST}{path}", "publisher": unit,
                          "publish_time": f"{date} {9 + pid % 8:02d}:30"})
        return f"http://{HOST}{path}"

    def filed(self, doc: ReportDoc) -> None:
        aid = self.next_id()
        url = self.attach(HOST, f"/attachment/0/64/64210/{aid}.ofd", doc, "ofd")
        page = self.detail(doc.title, doc.published_date or "", doc.agency_name,
                           f"<p>{esc(doc.title)}见附件。</p>",
                           [{"name": f"{doc.title}.ofd", "url": url.removeprefix(f"http://{HOST}")}])
        self.report(SITE, page, doc, media_type=MEDIA["ofd"], report_url=url)


PORTALS = [GkmlptJiaowan]
