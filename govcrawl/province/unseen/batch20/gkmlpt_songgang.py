"""淞岗区 (www.songgang.gov.test): a gkmlpt 政府信息公开目录 whose start page carries no category in its
fragment — the 年报 category and its 街道 child are found in the catalogue tree the shell's script
loads (``/gkmlpt/api/tree?sid=…``) — whose API dates are "YYYY-MM-DD HH:MM:SS" strings, and whose
2023 district report is a PDF attachment only.

``/gkmlpt/index`` is the SPA shell: ``<script>window.GKMLPT_SITE = {"sid": "757120", "name": "淞岗区人民
政府"};</script>`` and ``gkmlpt.js`` (``fetch('/gkmlpt/api/tree?sid=' + sid)`` then ``/gkmlpt/api/all/
<id>?page=<n>&sid=<sid>``).  The tree's node 3311 "政府信息公开年报" has the child 3312 "镇街年报"; each
category's API answers its own articles only, four a page, with ``total`` and ``page_size``.  Articles
are ``/gkmlpt/content/3/<category>/post_<id>.html`` with a ``<div class="article-content">`` and, for the PDF,
an ``attachment`` list.

Reports (8): 淞岗区人民政府 2019–2024 (2023 PDF only), 淞岗区淞城街道办事处 2024, 淞岗区海滨街道办事处 2023
(both in 3312).  Decoys (3): 淞岗区2024年度法治政府建设年度报告, 淞岗区人民政府网站2024年工作年度报表 (3311),
关于报送2023年度政府信息公开工作年度报告的函 (3312).
"""

from __future__ import annotations

import json
import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch20._site import Site, esc
from govcrawl.province.unseen.kit import PDF, Handler
from govcrawl.synth.model import ReportDoc

HOST = "www.songgang.gov.test"
SITE = "songgang-gkml"
OWNER = "淞岗区人民政府"
SID = "757120"
MAIN, TOWNS = 3311, 3312
PER = 4


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="淞岗区人民政府门户网站">'
        f'<title>{esc(title)}</title><link rel="stylesheet" href="/gkmlpt/static/css/app.css"></head><body>'
        '<div class="sg-header">淞岗区人民政府 政府信息公开</div>'
        f'{inner}<div class="sg-footer">网站标识码：9870050001　未ICP备05013377号</div></body></html>'
    )


class GkmlptSonggang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 152_500

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.cats: dict[int, list[dict[str, object]]] = {MAIN: [], TOWNS: []}
        for year, day in ((2019, 15), (2020, 22), (2021, 26), (2022, 20), (2024, 17)):
            self.article(MAIN, self.doc(OWNER, year, f"{year + 1}-01-{day}", f"淞岗区{year}年政府信息公开工作年度报告"))
        self.pdf(self.doc(OWNER, 2023, "2024-01-25", "淞岗区2023年政府信息公开工作年度报告"))
        self.article(TOWNS, self.doc("淞岗区淞城街道办事处", 2024, "2025-01-13", "淞城街道2024年政府信息公开工作年度"
                                                                       "报告"))
        self.article(TOWNS, self.doc("淞岗区海滨街道办事处", 2023, "2024-01-11", "海滨街道2023年度政府信息公开工作年"
                                                                       "度报告"))
        for cat, title, year, date in ((MAIN, "淞岗区2024年度法治政府建设年度报告", 2024, "2025-03-27"),
                                       (MAIN, "淞岗区人民政府网站2024年工作年度报表", 2024, "2025-01-09"),
                                       (TOWNS, "关于报送2023年度政府信息公开工作年度报告的函", 2023, "2023-12-18")):
            url, _ = self.page(cat, title, date, self.decoy_body(title, OWNER, year), title)
            self.decoy(SITE, url, title)
        for rows in self.cats.values():
            rows.sort(key=lambda r: str(r["date"]), reverse=True)
        self.put(HOST, "/gkmlpt/index", self.shell())
        self.route(HOST, "/gkmlpt/api/tree", self.tree)
        for cat in self.cats:
            self.route(HOST, f"/gkmlpt/api/all/{cat}", self.api(cat))

    def page(self, cat: int, title: str, date: str, content: str,
             attachment: str = "") -> tuple[str, dict[str, object]]:
        post = self.next_id(40, 300)
        path = f"/gkmlpt/content/3/{cat}/post_{post}.html"
        inner = (f'<div class="sg-crumb">政府信息公开目录 &gt; 政府信息公开年报</div><div class="content-box"><table '
                 'class='
                 f'"introduce"><tr><th>发布机构：</th><td>{esc(OWNER)}</td><th>成文日期：</th><td>{date}</td></tr></t'
                 'able>'
                 f'<h1 class="content-title">{esc(title)}</h1><div class="article-content">{content}</div>'
                 f'{attachment}</div>')
        url = self.put(HOST, path, frame(title, inner))
        row: dict[str, object] = {"id": post, "title": title, "url": url, "date": f"{date} 09:{post % 60:02d}:00",
                                  "publisher": OWNER}
        self.cats[cat].append(row)
        return url, row

    def article(self, cat: int, doc: ReportDoc) -> None:
        url, _ = self.page(cat, doc.title, doc.published_date or "", self.body(doc))
        self.report(SITE, url, doc)

    def pdf(self, doc: ReportDoc) -> None:
        path = f"/attachment/0/{self.rng.randint(800, 899)}/{self.rng.randint(800_000, 899_999)}/{self.id}.pdf"
        box = f'<div class="attachment"><p>附件：</p><ul><li><a href="{path}">{esc(doc.title)}.pdf</a></li></ul></div>'
        url, row = self.page(MAIN, doc.title, doc.published_date or "", "", box)
        row["attachment"] = [{"name": doc.title + ".pdf", "url": path}]
        self.report(SITE, url, doc, media_type=PDF, report_url=self.attach(HOST, path, doc, "pdf"))

    def shell(self) -> str:
        script = ('<script>window.GKMLPT_SITE = {"sid": "' + SID + '", "name": "淞岗区人民政府"};</script>'
                  '<script>\n(function(){ var sid = window.GKMLPT_SITE.sid;\n  fetch("/gkmlpt/api/tree?sid=" + sid)'
                  '.then(function(r){ return r.json(); }).then(function(tree){ renderTree(tree);\n    var id = '
                  'location.hash.slice(1) || tree.categories[0].id;\n    loadList(id, 1); }); })();\nfunction loadList'
                  '(id, page){ fetch("/gkmlpt/api/all/" + id + "?page=" + page + "&sid=" + window.GKMLPT_SITE.sid)'
                  '.then(function(r){ return r.json(); }).then(renderList); }\n</script>')
        return frame("政府信息公开目录_淞岗区人民政府", f'<div id="app"></div>{script}<script src="/gkmlpt/static/js/'
                     'gkmlpt.js"></script>')

    def tree(self, request: Request) -> Response:
        if request.query.get("sid", [""])[0] != SID:
            return Response(404, b'{"code":404,"msg":"site not found"}', "application/json")
        data = {"categories": [
            {"id": 3301, "name": "机构职能", "children": []},
            {"id": 3305, "name": "政策文件", "children": []},
            {"id": MAIN, "name": "政府信息公开年报", "children": [{"id": TOWNS, "name": "镇街年报", "children": []}]}]}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json;charset=utf-8")

    def api(self, cat: int) -> Handler:
        rows = self.cats[cat]

        def serve(request: Request) -> Response:
            if request.query.get("sid", [""])[0] != SID:
                return Response(404, b'{"code":404,"msg":"site not found"}', "application/json")
            try:
                n = max(int(request.query.get("page", ["1"])[0]), 1)
            except ValueError:
                n = 1
            data = {"total": len(rows), "page_size": PER, "page": n, "articles": rows[(n - 1) * PER:n * PER]}
            return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json;charset=utf-8")

        return serve


PORTALS = [GkmlptSonggang]
