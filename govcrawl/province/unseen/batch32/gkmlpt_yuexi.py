"""瀹溪县 (www.yuexi.gov.test): a county gkmlpt whose shell names its site id *only* in the query string of its
own script tag: ``<script src="/gkmlpt/static/js/gkml.min.js?sid=755367&v=20240611"></script>``; the script reads
``document.currentScript.src`` and calls the stock list API with that ``sid``.  No meta, input, config or data-*.

Registered ``http://www.yuexi.gov.test/gkmlpt/index#3107``.  Home ``/`` links ``/gkmlpt/index`` (信息公开) and
``/gkmlpt/index#3107`` (政府信息公开年报).  The shell's left column is a static ``<ul class="gk-cols">`` of
``<a href="#3105">`` / ``<a href="#3107">`` hash links; its list box is empty.

List API ``/gkmlpt/api/all/3107?page=N&sid=755367`` (one-based, **4 rows a page**, newest first; 11 rows, 3 pages)
answers ``{"articles": [{"id", "title", "url", "publisher", "date": "YYYY-MM-DD", "identifier"}], "total": 11}``
with *absolute* ``url``s ``http://www.yuexi.gov.test/content/post_<id>.html`` (detail pages outside
``/gkmlpt/``, the gzw.sz-style shape).  A missing or wrong ``sid`` answers ``{"articles": [], "total": 0}``;
column 3105 (公开指南) is always empty.

Detail pages ``/content/post_<id>.html``: a metadata ``<table class="gk-meta">`` (索引号 / 分类 / 发布机构 / 成文日期 /
标题), ``<h2 class="article-tit">``, body ``<div class="article-con">``, and ``DETAIL: {...}, TREE: [...]`` in a
script.  The county's 2022 report is an OFD: a one-line body and ``<ul class="fj-list"><li><a
href="/uploadfiles/gkml/ofd/<id>.ofd">…ofd</a></li></ul>`` (also ``DETAIL.attachment``).

Reports (8): 瀹溪县人民政府 2019, 2020 (old template), 2021, 2022 (OFD), 2023, 2024; 瀹溪县自然资源局 2023 (titled
"县自然资源局…", agency in 发布机构 / ``publisher``); 瀹溪县瀹口镇人民政府 2024 (titled "瀹口镇…工作年度报告",
agency in 发布机构 / ``publisher``).
Decoys (2): 瀹溪县2023年政府网站工作年度报表, 瀹溪县2024年政务公开工作要点.
Other row (neither): 瀹溪县2024年秋季森林防火的通告.
"""

from __future__ import annotations

import json
import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch32._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.yuexi.gov.test"
SITE = "yuexi-gov"
OWNER = "瀹溪县人民政府"
SID = "755367"
COL = 3107
GUIDE = 3105
SIZE = 4


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="SiteName" content="瀹溪县人民政府网">'
        '<meta name="SiteDomain" content="www.yuexi.gov.test"><meta name="SiteIDCode" content="9882050003">'
        f'<title>{esc(title)}</title></head><body><div class="cs-top"><a href="javascript:;" onclick="aria.start()">'
        '无障碍</a> | <a href="javascript:;">关怀版</a> | <a href="javascript:;">English</a></div>'
        '<header class="cs-head"><h1 class="cs-logo">瀹溪县人民政府</h1><form class="cs-search" action="javascript:;">'
        '<input type="text" placeholder="请输入关键字"><button type="button">搜索</button></form></header>'
        '<nav class="cs-menu"><a href="/">首页</a><a href="/gkmlpt/index">信息公开</a>'
        '<a href="javascript:;">走进瀹溪</a>'
        f'<a href="javascript:;">办事服务</a><a href="javascript:;">互动交流</a></nav><main>{inner}</main>'
        '<footer class="cs-foot"><p>瀹溪县人民政府办公室主办　瀹溪县政务服务和数据管理局维护</p>'
        '<p>网站标识码：9882050003　<a href="https://beian.miit.gov.cn/">未ICP备19004417号-1</a>'
        '　未公网安备98820502000031号</p><p class="cs-qr">扫码关注“瀹溪发布”微信公众号</p></footer></body></html>'
    )


SHELL = frame("瀹溪县政府信息公开目录", (
    '<div class="gk-wrap"><ul class="gk-cols"><li><a href="#3105">政府信息公开指南</a></li>'
    f'<li><a href="#{COL}">政府信息公开年报</a></li></ul><div class="gk-list" id="gkList"></div></div>'
    f'<script src="/gkmlpt/static/js/gkml.min.js?sid={SID}&amp;v=20240611"></script>'))

GKML_JS = (
    '(function () {\n'
    '  var src = document.currentScript.src, sid = (src.match(/[?&]sid=(\\d+)/) || [])[1];\n'
    '  function load(col, page) {\n'
    '    $.getJSON("/gkmlpt/api/all/" + col + "?page=" + page + "&sid=" + sid, function (d) {\n'
    '      render(d.articles); pager(page, Math.ceil(d.total / 4), function (p) { load(col, p); }); });\n'
    '  }\n'
    '  function route() { load(location.hash.slice(1) || "3105", 1); }\n'
    '  window.addEventListener("hashchange", route); route();\n'
    '})();\n'
)


class GkmlptYuexi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 273_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[dict[str, object]] = []
        for year, date in ((2019, "2020-01-17"), (2020, "2021-01-22"), (2021, "2022-01-25"), (2022, "2023-01-13"),
                           (2023, "2024-01-19"), (2024, "2025-01-21")):
            doc = self.doc(OWNER, year, date, f"瀹溪县人民政府{year}年政府信息公开工作年度报告")
            if year == 2022:
                self.filed(doc)
            else:
                self.report(SITE, self.detail(doc.title, date, OWNER, self.body(doc, word=year == 2023)), doc)
        unit = "瀹溪县自然资源局"
        doc = self.doc(unit, 2023, "2024-01-29", "县自然资源局2023年政府信息公开工作年度报告")
        self.report(SITE, self.detail(doc.title, "2024-01-29", unit, self.body(doc)), doc)
        town = "瀹溪县瀹口镇人民政府"
        doc = self.doc(town, 2024, "2025-01-24", "瀹口镇2024年度政府信息公开工作年度报告")
        self.report(SITE, self.detail(doc.title, "2025-01-24", town, self.body(doc, word=True)), doc)
        for title, year, date in (("瀹溪县2023年政府网站工作年度报表", 2023, "2024-01-30"),
                                  ("瀹溪县2024年政务公开工作要点", 2024, "2024-04-12")):
            self.decoy(SITE, self.detail(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.detail("瀹溪县2024年秋季森林防火的通告", "2024-10-08", OWNER,
                    "<p>为切实做好秋季森林防火工作，现将有关事项通告如下。</p><p>（略）</p>")
        self.rows.sort(key=lambda r: (str(r["date"]), int(str(r["id"]))), reverse=True)
        self.put(HOST, "/gkmlpt/index", SHELL)
        self.put(HOST, "/gkmlpt/static/js/gkml.min.js", GKML_JS, "application/javascript")
        self.put(HOST, "/", frame("瀹溪县人民政府网", (
            '<section class="cs-home"><div class="cs-box"><h3>政务公开</h3><ul><li><a href="/gkmlpt/index">'
            f'政府信息公开目录</a></li><li><a href="/gkmlpt/index#{COL}">政府信息公开年报</a></li></ul></div>'
            '<div class="cs-box"><h3>瀹溪要闻</h3><ul><li>我县召开2025年经济工作会议</li></ul></div></section>')))
        self.route(HOST, f"/gkmlpt/api/all/{COL}", lambda r: self.api(r, COL))
        self.route(HOST, f"/gkmlpt/api/all/{GUIDE}", lambda r: self.api(r, GUIDE))

    def api(self, request: Request, col: int) -> Response:
        try:
            page = max(1, int(request.param("page", "1") or 1))
        except ValueError:
            page = 1
        rows = self.rows if col == COL and request.param("sid") == SID else []
        body = {"articles": rows[(page - 1) * SIZE:page * SIZE], "total": len(rows)}
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=utf-8")

    def detail(self, title: str, date: str, unit: str, content: str, files: list[dict[str, str]] | None = None) -> str:
        pid = self.next_id()
        path = f"/content/post_{pid}.html"
        index = f"0071{SID[-3:]}-{date[:4]}-{pid % 10000:05d}"
        detail = {"id": pid, "title": title, "publisher": unit, "identifier": index, "date": date,
                  "attachment": files or []}
        tree = [{"id": GUIDE, "name": "政府信息公开指南"}, {"id": COL, "name": "政府信息公开年报"}]
        links = "".join(f'<li><a href="{esc(f["url"])}">{esc(f["name"])}</a></li>' for f in files or [])
        inner = (f'<div class="article"><table class="gk-meta"><tr><th>索引号</th><td>{index}</td><th>分类</th>'
                 f'<td>政府信息公开年报</td></tr><tr><th>发布机构</th><td>{esc(unit)}</td><th>成文日期</th>'
                 f'<td>{date}</td></tr><tr><th>标题</th><td colspan="3">{esc(title)}</td></tr></table>'
                 f'<h2 class="article-tit">{esc(title)}</h2><div class="article-con">{content}</div>'
                 + (f'<div class="fj"><span>附件：</span><ul class="fj-list">{links}</ul></div>' if links else "")
                 + f'</div><script>var PAGE = {{DETAIL: {json.dumps(detail, ensure_ascii=False)}, '
                 f'TREE: {json.dumps(tree, ensure_ascii=False)}}};</script>')
        self.put(HOST, path, frame(f"{title}_瀹溪县人民政府", inner))
        url = f"http://{HOST}{path}"
        self.rows.append({"id": pid, "title": title, "url": url, "publisher": unit, "date": date,
                          "identifier": index})
        return url

    def filed(self, doc: ReportDoc) -> None:
        aid = self.next_id()
        path = self.attach(HOST, f"/uploadfiles/gkml/ofd/{aid}.ofd", doc, "ofd")
        line = f"<p>{esc(doc.title)}（OFD版）见附件。</p>"
        page = self.detail(doc.title, doc.published_date or "", doc.agency_name, line,
                           [{"name": f"{doc.title}.ofd", "url": path.removeprefix(f"http://{HOST}")}])
        self.report(SITE, page, doc, media_type=MEDIA["ofd"], report_url=path)


PORTALS = [GkmlptYuexi]
