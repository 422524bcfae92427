"""泫岭县 (www.xuanling.gov.test): a county gkmlpt registered at its **mobile shell** ``/gkmlpt/mindex#2651``, whose
site id is handed to the list script only through ``sessionStorage``: an inline ``<script>`` in both shells says
``sessionStorage.setItem("gkml_sid", "758432")`` and the shared ``/gkmlpt/static/js/m.gkml.js`` reads it back.

Registered ``http://www.xuanling.gov.test/gkmlpt/mindex#2651``.  Home ``/`` links ``/gkmlpt/index`` (desktop shell,
the same script and site id) and ``/gkmlpt/mindex#2651`` (手机版 政府信息公开年报).  The mobile shell's column bar is a
``<div class="m-tabs">`` of ``<a href="#2649">`` (公开指南) / ``<a href="#2651">`` (年报) hash links over an empty
``<section id="mList">``.

List API ``/gkmlpt/api/all/2651?page=N&sid=758432`` (one-based, **6 rows a page**, newest first; 11 rows, 2 pages)
answers ``{"articles": [{"id", "title", "url", "publisher", "first_publish_time", "identifier"}], "total": 11,
"page_size": 6}``; each ``url`` is **protocol-relative** (``//www.xuanling.gov.test/gkmlpt/content/<a>/<b>/post_<id>
.html#2651``, the stock 肇庆 shape with the column as a fragment).  ``first_publish_time`` is a Unix timestamp.  A
missing or wrong ``sid`` answers ``{"articles": [], "total": 0}``; column 2649 is always empty.

Detail pages ``/gkmlpt/content/<id // 1000000>/<id // 1000>/post_<id>.html``: a metadata ``<dl class="xl-info">``
(索引号 / 发布机构 / 成文日期 / 名称 as ``<dt>``/``<dd>`` pairs), ``<h1 class="xl-h">``, body ``<div class="xl-zw">``
and ``DETAIL: {...}, TREE: [...]`` in a script.  The county's 2021 report is a PDF: a one-line body and
``<p class="xl-fj">附件：<a href="/attachment/0/<k>/<k><n>/<id>.pdf">…pdf</a></p>`` (the stock gkmlpt attachment
shape), also in ``DETAIL.attachment``.

Reports (8): 泫岭县人民政府 2019, 2020 (old template), 2021 (PDF), 2022, 2023, 2024; 泫岭县司法局 2023 (titled
"县司法局…", agency in 发布机构 / ``publisher``); 泫岭县泫溪镇人民政府 2024 (titled "泫溪镇…年报", agency in 发布机构 /
``publisher``).
Decoys (2): 《泫岭县人民政府2023年政府信息公开工作年度报告》解读, 泫岭县2023年度部门决算公开.
Other row (neither): 泫岭县关于2024年度耕地地力保护补贴发放的公示.
"""

from __future__ import annotations

import calendar
import json
import random
import time

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch33._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.xuanling.gov.test"
SITE = "xuanling-gov"
OWNER = "泫岭县人民政府"
SID = "758432"
COL = 2651
GUIDE = 2649
SIZE = 6
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f80f0000010101005a4d6b8e0000000049454e44ae426082")


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta name="SiteName" content="泫岭县人民政府门户网站">'
        '<meta name="SiteDomain" content="www.xuanling.gov.test">'
        f'<meta name="SiteIDCode" content="9883050011"><title>{esc(title)}</title></head><body>'
        '<div class="xl-bar"><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span>'
        '<a href="javascript:;" id="zhanzhang">无障碍浏览</a><a href="javascript:;">长者模式</a></div>'
        '<div class="xl-banner"><img src="/images/logo.png" alt="泫岭县人民政府"></div>'
        '<ul class="xl-nav"><li><a href="/">网站首页</a></li><li><a href="/gkmlpt/index">政府信息公开</a></li>'
        '<li><a href="javascript:;">政务服务</a></li><li><a href="javascript:;">政民互动</a></li>'
        f'<li><a href="javascript:;">魅力泫岭</a></li></ul><div class="xl-main">{inner}</div>'
        '<div class="xl-foot"><p>主办单位：泫岭县人民政府办公室　承办：泫岭县政务服务数据管理局</p>'
        '<p>网站标识码：9883050011　<a href="https://beian.miit.gov.cn/">未ICP备05031187号</a>　'
        '<span>未公网安备98830502000117号</span></p><p>建议使用1280×800分辨率浏览</p></div></body></html>'
    )


def shell(mobile: bool) -> str:
    tabs = (f'<div class="m-tabs"><a href="#{GUIDE}">公开指南</a><a href="#{COL}">政府信息公开年报</a></div>'
            '<section id="mList"></section><div id="mMore"></div>') if mobile else (
        f'<div class="gk-side"><p><a href="#{GUIDE}">政府信息公开指南</a></p><p><a href="#{COL}">政府信息公开年报</a>'
        '</p></div><div class="gk-box" id="gkBox"></div><div class="gk-pager" id="gkPager"></div>')
    return frame("泫岭县政府信息公开" + ("（手机版）" if mobile else ""), tabs + (
        f'<script>sessionStorage.setItem("gkml_sid", "{SID}");</script>'
        '<script src="/gkmlpt/static/js/m.gkml.js?v=3.2.7"></script>'))


SCRIPT = (
    'var GK = (function () {\n'
    '  var sid = sessionStorage.getItem("gkml_sid");\n'
    '  function list(col, page) {\n'
    '    return fetch("/gkmlpt/api/all/" + col + "?page=" + page + "&sid=" + sid)\n'
    '      .then(function (r) { return r.json(); })\n'
    '      .then(function (d) { draw(d.articles); paginate(page, Math.ceil(d.total / d.page_size), col); });\n'
    '  }\n'
    '  window.onhashchange = function () { list(location.hash.substring(1) || "2649", 1); };\n'
    '  window.onhashchange();\n'
    '  return {list: list};\n'
    '})();\n'
)


class GkmlptXuanling(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 283_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[dict[str, object]] = []
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-26"), (2021, "2022-01-18"), (2022, "2023-01-20"),
                           (2023, "2024-01-23"), (2024, "2025-01-17")):
            doc = self.doc(OWNER, year, date, f"泫岭县人民政府{year}年政府信息公开工作年度报告")
            if year == 2021:
                self.filed(doc)
            else:
                self.report(SITE, self.detail(doc.title, date, OWNER, self.body(doc, word=year == 2022)), doc)
        unit = "泫岭县司法局"
        doc = self.doc(unit, 2023, "2024-01-26", "县司法局2023年政府信息公开工作年度报告")
        self.report(SITE, self.detail(doc.title, "2024-01-26", unit, self.body(doc)), doc)
        town = "泫岭县泫溪镇人民政府"
        doc = self.doc(town, 2024, "2025-01-22", "泫溪镇2024年政府信息公开年报")
        self.report(SITE, self.detail(doc.title, "2025-01-22", town, self.body(doc, word=True)), doc)
        for title, year, date in (("《泫岭县人民政府2023年政府信息公开工作年度报告》解读", 2023, "2024-01-24"),
                                  ("泫岭县2023年度部门决算公开", 2023, "2024-08-30")):
            self.decoy(SITE, self.detail(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.detail("泫岭县关于2024年度耕地地力保护补贴发放的公示", "2024-06-11", OWNER,
                    "<p>根据上级有关文件要求，现将2024年度耕地地力保护补贴发放情况公示如下。</p><p>（名单略）</p>")
        self.rows.sort(key=lambda r: (int(str(r["first_publish_time"])), int(str(r["id"]))), reverse=True)
        self.put(HOST, "/images/logo.png", PNG, "image/png")
        self.put(HOST, "/gkmlpt/index", shell(False))
        self.put(HOST, "/gkmlpt/mindex", shell(True))
        self.put(HOST, "/gkmlpt/static/js/m.gkml.js", SCRIPT, "application/javascript")
        self.put(HOST, "/", frame("泫岭县人民政府门户网站", (
            '<div class="xl-home"><div class="xl-col"><h3>政务公开</h3><a href="/gkmlpt/index">政府信息公开目录</a>'
            f'<a href="/gkmlpt/mindex#{COL}">政府信息公开年报（手机版）</a></div><div class="xl-col"><h3>泫岭要闻</h3>'
            '<p>县委常委会召开会议传达学习全省经济工作会议精神</p></div></div>')))
        self.route(HOST, f"/gkmlpt/api/all/{COL}", lambda r: self.api(r, COL))
        self.route(HOST, f"/gkmlpt/api/all/{GUIDE}", lambda r: self.api(r, GUIDE))

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
        path = f"/gkmlpt/content/{pid // 1_000_000}/{pid // 1000}/post_{pid}.html"
        index = f"11449{SID[-3:]}/{date[:4]}-{pid % 100000:05d}"
        stamp = calendar.timegm(time.strptime(date + " 09:30", "%Y-%m-%d %H:%M")) - 8 * 3600
        detail = {"id": pid, "title": title, "publisher": unit, "identifier": index, "date": stamp,
                  "attachment": files or []}
        tree = [{"id": GUIDE, "name": "政府信息公开指南"}, {"id": COL, "name": "政府信息公开年报"}]
        links = "、".join(f'<a href="{esc(f["url"])}">{esc(f["name"])}</a>' for f in files or [])
        inner = (f'<div class="xl-art"><dl class="xl-info"><dt>索引号：</dt><dd>{index}</dd><dt>发布机构：</dt>'
                 f'<dd>{esc(unit)}</dd><dt>成文日期：</dt><dd>{date}</dd><dt>名称：</dt><dd>{esc(title)}</dd></dl>'
                 f'<h1 class="xl-h">{esc(title)}</h1><div class="xl-zw">{content}</div>'
                 + (f'<p class="xl-fj">附件：{links}</p>' if links else "")
                 + f'</div><script>window._CONFIG = {{DETAIL: {json.dumps(detail, ensure_ascii=False)}, '
                 f'TREE: {json.dumps(tree, ensure_ascii=False)}}};</script>')
        self.put(HOST, path, frame(f"{title}-泫岭县人民政府", inner))
        self.rows.append({"id": pid, "title": title, "url": f"//{HOST}{path}#{COL}", "publisher": unit,
                          "first_publish_time": stamp, "identifier": index})
        return f"http://{HOST}{path}"

    def filed(self, doc: ReportDoc) -> None:
        aid = self.next_id()
        path = self.attach(HOST, f"/attachment/0/{aid // 1000}/{aid // 1000}{aid % 1000:03d}/{aid}.pdf", doc, "pdf")
        line = f"<p>{esc(doc.title)}详见附件。</p>"
        page = self.detail(doc.title, doc.published_date or "", doc.agency_name, line,
                           [{"name": f"{doc.title}.pdf", "url": path.removeprefix(f"http://{HOST}")}])
        self.report(SITE, page, doc, media_type=MEDIA["pdf"], report_url=path)


PORTALS = [GkmlptXuanling]
