"""禺东区 (www.yudong.gov.test): a district gkmlpt whose registered start URL names the 年报 category only
in its fragment (``/gkmlpt/index#2785``) — the shell's inline script reads ``location.hash`` and asks
``/gkmlpt/api/all/<cat>?page=N&sid=…`` — whose API rows name their publishing unit in ``publisher`` while
most titles name none, and whose 2022 district report and 民政局 report are files only, listed in the
detail page's 附件 block.

The shell sets ``var SID = '758105'`` and ``var API = '/gkmlpt/api'`` in an inline ``<script>``; with no
fragment it opens the catalogue's first category (机构职能), not the 年报.  The API pages five rows
(``{"total": 11, "page": 1, "page_size": 5, "articles": [{"id", "title", "url", "date", "publisher"}]}``,
``date`` as "YYYY-MM-DD"), ``url`` an absolute ``/gkmlpt/content/2/2785/post_<id>.html#2785``.  Detail
pages: an 索引号 / 发布机构 / 成文日期 header table, ``<div class="article-content">``.

Reports (8): 禺东区人民政府 2020–2024 (2022 an OFD), 禺东区东湖街道办事处 2024, 禺东区科技工业和信息化局 2024, 禺东区
民政局 2023 (a .docx).  Decoys (3): 禺东区2024年度法治政府建设年度报告, 禺东区2024年政务公开工作要点, 禺东区2023年
国民经济和社会发展统计公报.
"""

from __future__ import annotations

import json
import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch21._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.yudong.gov.test"
SITE = "yudong-gkml"
OWNER = "禺东区人民政府"
SID = "758105"
CAT = 2785
PER = 5
JSON = "application/json;charset=UTF-8"


class GkmlptYudong(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 164_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[dict[str, object]] = []
        for year, day in ((2020, 18), (2021, 21), (2023, 19), (2024, 17)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"{year}年政府信息公开工作年度报告")
            self.article(doc, "禺东区人民政府办公室")
        self.file(self.doc(OWNER, 2022, "2023-01-20", "2022年政府信息公开工作年度报告"), "ofd", "禺东区人民政府办公室")
        self.article(self.doc("禺东区东湖街道办事处", 2024, "2025-01-22", "东湖街道2024年政府信息公开工作年度报告"),
                     "禺东区东湖街道办事处")
        self.article(self.doc("禺东区科技工业和信息化局", 2024, "2025-01-24", "2024年度政府信息公开工作年度报告"),
                     "禺东区科技工业和信息化局")
        self.file(self.doc("禺东区民政局", 2023, "2024-01-25", "2023年政府信息公开工作年度报告"), "docx",
                  "禺东区民政局")
        for title, year, date in (("禺东区2024年度法治政府建设年度报告", 2024, "2025-03-27"),
                                  ("禺东区2024年政务公开工作要点", 2024, "2024-03-21"),
                                  ("禺东区2023年国民经济和社会发展统计公报", 2023, "2024-04-08")):
            url = self.page(title, date, "禺东区人民政府办公室", self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.rows.sort(key=lambda r: str(r["date"]), reverse=True)
        self.put(HOST, "/gkmlpt/index", self.shell())
        self.route(HOST, f"/gkmlpt/api/all/{CAT}", self.api)
        self.route(HOST, "/gkmlpt/api/all/2780", lambda request: Response(
            200, json.dumps({"total": 0, "page": 1, "page_size": PER, "articles": []}).encode(), JSON))

    def page(self, title: str, date: str, unit: str, content: str, after: str = "") -> str:
        post = self.next_id(40, 900)
        path = f"/gkmlpt/content/2/{CAT}/post_{post}.html"
        head = (f'<table class="gk-head"><tr><td>索引号：</td><td>11440{post:07d}/{date[:4]}-{post % 1000:05d}</td><td>'
                f'分类：</td><td>政府信息公开年报</td></tr><tr><td>发布机构：</td><td>{esc(unit)}</td><td>成文日期：'
                f'</td><td>{date}</td></tr><tr><td>名称：</td><td colspan="3">{esc(title)}</td></tr></table>')
        html = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title><link '
                'rel="stylesheet" href="/gkmlpt/static/css/content.css"></head><body><div class="gk-top">'
                f'禺东区人民政府 政府信息公开目录</div><div class="gk-main">{head}<h1>{esc(title)}</h1><div '
                f'class="article-content">{content}</div>{after}</div><div class="gk-foot">禺东区人民政府办公室</div>'
                '</body></html>')
        url = self.put(HOST, path, html)
        self.rows.append({"id": post, "title": title, "url": f"{url}#{CAT}", "date": date, "publisher": unit})
        return url

    def article(self, doc: ReportDoc, unit: str) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", unit, self.body(doc)), doc)

    def file(self, doc: ReportDoc, kind: str, unit: str) -> None:
        stamp = (doc.published_date or "").replace("-", "")
        path = f"/attachment/0/{stamp[:6]}/{self.rng.randrange(10**6)}/{stamp}{self.rng.randrange(10**6):06d}.{kind}"
        after = (f'<div class="attachment"><h4>附件：</h4><ul><li><a href="{path}" target="_blank">'
                 f'{esc(doc.title)}.{kind}</a></li></ul></div>')
        url = self.page(doc.title, doc.published_date or "", unit, "", after)
        file = self.attach(HOST, path, doc, kind)
        self.report(SITE, url, doc, media_type=MEDIA[kind], report_url=file)

    def api(self, request: Request) -> Response:
        if request.param("sid") != SID:
            return Response(200, json.dumps({"code": 1, "msg": "站点不存在"}, ensure_ascii=False).encode(), JSON)
        try:
            n = max(1, int(request.param("page", "1")))
        except ValueError:
            n = 1
        rows = [{k: (str(v).split(f"http://{HOST}", 1)[1] if k == "url" else v) for k, v in r.items()}
                for r in self.rows[(n - 1) * PER:n * PER]]
        data = {"total": len(self.rows), "page": n, "page_size": PER, "articles": rows}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), JSON)

    def shell(self) -> str:
        script = (
            "<script>\nvar SID = '" + SID + "';\nvar API = '/gkmlpt/api';\nvar DEFAULT_CAT = 2780;\n"
            "function load(cat, page) {\n"
            "  $.getJSON(API + '/all/' + cat + '?page=' + page + '&sid=' + SID, function (res) {\n"
            "    render(res.articles);\n    pager(cat, page, Math.ceil(res.total / res.page_size));\n  });\n}\n"
            "$(function () {\n  var cat = parseInt(location.hash.replace('#', ''), 10) || DEFAULT_CAT;\n"
            "  load(cat, 1);\n"
            "  $(window).on('hashchange', function () { load(parseInt(location.hash.slice(1), 10), 1); });\n"
            "});\n</script>")
        tree = ('<ul class="gk-tree"><li><a href="#2780">机构职能</a></li><li><a href="#2781">法规文件</a></li><li><a '
                'href="#2783">规划计划</a></li><li><a href="#2784">财政资金</a></li><li><a href="#2785">'
                '政府信息公开年报</a></li></ul>')
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>禺东区人民政府 政府信息公开目录</title>'
                f'<script src="/gkmlpt/static/js/jquery.min.js"></script></head><body><div class="gk-top">'
                f'禺东区人民政府 政府信息公开目录</div><div class="gk-left">{tree}</div><div class="gk-right"><table '
                f'id="gk-list"></table><div id="gk-pager"></div></div>{script}</body></html>')

PORTALS = [GkmlptYudong]
