"""淀浦区 (www.dianpu.gov.test): a district gkmlpt whose 年报 node holds nothing itself — its reports sit
in three child nodes by year that only the page's ``TREE`` names — whose API dates are plain strings,
and whose migrated articles are ``mpost_`` pages.

``/gkmlpt/index#1672`` is the SPA shell with ``<script>window._CONFIG = {SID: '755016', …, TREE: [{"id":
1672, "name": "政府信息公开年报", "children": [{"id": 1673, "name": "2024年度"}, {"id": 1674, "name":
"2023年度"}, {"id": 1675, "name": "2022年度"}]}]}</script>``.  The API ``/gkmlpt/api/all/<node>?page=N&
sid=755016`` answers ``{"total", "page", "page_size": 4, "articles": [{"id", "title", "url", "publisher",
"date": "2025-01-20 09:30:00", "identifier"}]}``; node 1672 itself answers ``total: 0``.  2024年度 has five
rows (two pages).  Articles ``/gkmlpt/content/5/<node>/mpost_<id>.html`` (server-rendered, ``DETAIL``
state and a 索引号 table); the 住建局's 2022 report is a PDF in the 附件 list
(``/attachment/0/61/<id>/<hex>.pdf``).

Reports (9): 淀浦区人民政府 2022–2024, 淀浦区教育局 2024, 淀浦区司法局 2023, 淀浦区沙湾街道办事处 2023, 2024
("沙湾街道…"), 淀浦区住房和城乡建设局 2022 (PDF), 淀浦区应急管理局 2024 (titled "2024年度政府信息公开工作
年度报告", named only by ``publisher``).  Decoys (3): 淀浦区2022年度法治政府建设年度报告, 区教育局2024年度部门
预算公开说明, 淀浦区2023年政府网站工作年度报表.
"""

from __future__ import annotations

import hashlib
import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch19._files import PDF, FilePortal
from govcrawl.synth.model import ReportDoc

HOST = "www.dianpu.gov.test"
SITE = "dianpu-gkml"
OWNER = "淀浦区人民政府"
SID = "755016"
ROOT_NODE = 1672
NODES = {2024: 1673, 2023: 1674, 2022: 1675}
PER = 4


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>'
        f'{escape(title)}</title><link rel="stylesheet" href="/gkmlpt/static/css/index.8c1d.css"></head><body><div '
        'class="dp-head"><a href="http://www.dianpu.gov.test/">淀浦区人民政府门户网站</a><span>政府信息公开</span></div>'
        f'{inner}<div class="dp-foot">淀浦区人民政府办公室主办　网站标识码：9869210006</div></body></html>'
    )


class GkmlptDianpu(FilePortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.id = 142_000
        self.rows: dict[int, list[dict[str, object]]] = {n: [] for n in NODES.values()}
        for year, date in ((2022, "2023-01-28"), (2023, "2024-01-26"), (2024, "2025-01-24")):
            self.article(self.doc(OWNER, year, date, f"淀浦区{year}年政府信息公开工作年度报告"), OWNER)
        self.article(self.doc("淀浦区教育局", 2024, "2025-01-18", "淀浦区教育局2024年政府信息公开工作年度报告"),
                     "淀浦区教育局")
        self.article(self.doc("淀浦区司法局", 2023, "2024-01-16", "淀浦区司法局2023年政府信息公开工作年度报告"),
                     "淀浦区司法局")
        for year, date in ((2023, "2024-01-12"), (2024, "2025-01-10")):
            self.article(self.doc("淀浦区沙湾街道办事处", year, date, f"沙湾街道{year}年政府信息公开工作年度报告"),
                         "淀浦区沙湾街道办事处")
        self.article(self.doc("淀浦区应急管理局", 2024, "2025-01-21", "2024年度政府信息公开工作年度报告"),
                     "淀浦区应急管理局")
        self.attached(self.doc("淀浦区住房和城乡建设局", 2022, "2023-01-19",
                               "淀浦区住房和城乡建设局2022年政府信息公开工作年度报告"))
        for title, year, date, publisher in (("淀浦区2022年度法治政府建设年度报告", 2022, "2023-03-30", OWNER),
                                             ("区教育局2024年度部门预算公开说明", 2024, "2024-02-06", "淀浦区教育局"),
                                             ("淀浦区2023年政府网站工作年度报表", 2023, "2024-01-20", OWNER)):
            url = self.page_of(year, title, date, publisher, self.notice_body(title, OWNER, year), [])
            self.decoy(SITE, url, title)
        for rows in self.rows.values():
            rows.sort(key=lambda r: str(r["date"]), reverse=True)
        tree = [{"id": ROOT_NODE, "name": "政府信息公开年报", "parent": 0,
                 "children": [{"id": n, "name": f"{y}年度", "parent": ROOT_NODE} for y, n in NODES.items()]}]
        config = ("window._CONFIG = {SID: '" + SID + "', SITE_NAME: '淀浦区人民政府', API_BASE: '/gkmlpt/api', "
                  "TREE: " + json.dumps(tree, ensure_ascii=False) + "};")
        shell = (f'<div id="app"></div><script>{config}</script><script src="/gkmlpt/static/js/manifest.2b7e.js">'
                 '</script><script src="/gkmlpt/static/js/index.8c1d.js"></script>')
        self.put(HOST, "/gkmlpt/index", frame("淀浦区政府信息公开", shell))
        for node in (ROOT_NODE, *NODES.values()):
            self.route(HOST, f"/gkmlpt/api/all/{node}", self.api)

    def page_of(self, year: int, title: str, date: str, publisher: str, content: str,
                files: list[dict[str, str]]) -> str:
        node = NODES[year]
        self.id += self.rng.randint(40, 900)
        path = f"/gkmlpt/content/5/{node}/mpost_{self.id}.html"
        ident = f"007482{self.id % 1000:03d}/{date[:4]}-{self.rng.randint(10, 99):05d}"
        stamp = f"{date} 09:{self.rng.randint(10, 59)}:00"
        detail = {"id": self.id, "title": title, "publisher": publisher, "date": stamp, "attachment": files}
        links = "".join(f'<p><a href="{f["url"]}">{escape(f["name"])}</a></p>' for f in files)
        inner = (
            '<div class="dp-detail"><table class="dp-meta"><tr><td>索引号：</td><td>' + ident + '</td><td>分类：</td><'
                                                                                            'td>'
            f'政府信息公开年报</td></tr><tr><td>发布机构：</td><td>{escape(publisher)}</td><td>发布日期：</td><td>{date}'
            f'</td></tr><tr><td>名称：</td><td colspan="3">{escape(title)}</td></tr></table><h2 class="dp-title">'
            f'{escape(title)}</h2><div class="dp-content">{content}</div>'
            + (f'<div class="dp-files"><span>附件：</span>{links}</div>' if files else "")
            + '</div><script>window._CONFIG = {SID: \'' + SID + "', DETAIL: " + json.dumps(detail, ensure_ascii=False)
            + "};</script>"
        )
        url = self.put(HOST, path, frame(f"{title}_淀浦区人民政府", inner))
        self.rows[node].append({"id": self.id, "title": title, "url": url, "publisher": publisher, "date": stamp,
                                "identifier": ident})
        return url

    def article(self, doc: ReportDoc, publisher: str) -> None:
        url = self.page_of(doc.year, doc.title, doc.published_date or "", publisher, self.body(doc), [])
        self.report(SITE, url, doc)

    def attached(self, doc: ReportDoc) -> None:
        path = f"/attachment/0/61/{self.id + 3}/{hashlib.md5(doc.title.encode()).hexdigest()[:16]}.pdf"
        self.put_file(HOST, path, doc, PDF)
        url = self.page_of(doc.year, doc.title, doc.published_date or "", doc.agency_name,
                           "<p>详见附件。</p>", [{"name": doc.title + ".pdf", "url": path}])
        self.report(SITE, url, doc, media_type=PDF, report_url=f"http://{HOST}{path}")

    def api(self, request: Request) -> Response:
        if request.param("sid") != SID:
            return Response(200, json.dumps({"code": 1, "msg": "参数错误", "articles": []},
                                            ensure_ascii=False).encode(), "application/json")
        node = int(request.path.rsplit("/", 1)[1])
        rows = self.rows.get(node, [])
        try:
            page = max(1, int(request.param("page", "1")))
        except ValueError:
            page = 1
        data = {"total": len(rows), "page": page, "page_size": PER, "articles": rows[(page - 1) * PER:page * PER]}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json")


PORTALS = [GkmlptDianpu]
