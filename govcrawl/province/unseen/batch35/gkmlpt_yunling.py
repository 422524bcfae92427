"""沄岭县 (www.yunling.gov.test): a county gkmlpt whose settings are **data-* attributes of the boot script's own
``<script>`` element** — ``<script id="gkml-boot" src="/gkmlpt/static/js/gkml.bundle.js" data-sid="758806"
data-column="2951" data-per="3"></script>`` — read by the bundle through ``document.currentScript.dataset``; the mount
``<div id="gk-app">`` and the rest of the shell carry no sid (no meta, input, config object or query).

Registered ``http://www.yunling.gov.test/gkmlpt/index#2951``.  Home ``/`` links ``/gkmlpt/index`` (政府信息公开目录) and
``/gkmlpt/index#2951`` (政府信息公开年报).  The shell's left menu is a ``<dl class="yl-cate">`` of ``<dd><a
href="#2949">`` (公开指南, always empty) / ``<dd><a href="#2951">`` (年报) hash links.

List API ``/gkmlpt/api/all/2951?page=N&sid=758806`` (stock, one-based, **3 rows a page** as ``data-per`` says, newest
first; 12 rows, 4 pages) answers ``{"articles": [{"id", "title", "url", "publisher", "date"}], "total": 12}``; each
``url`` is absolute (``http://www.yunling.gov.test/gkmlpt/content/post_<id>.html`` — the short content path under
gkmlpt, no numeric folders); ``date`` is "YYYY-MM-DD".  A missing or wrong sid answers ``{"articles": [], "total": 0}``.

Detail pages: a ``<table class="yl-xxgk">`` of ``<th>``/``<td>`` pairs (索引号 / 发布机构 / 公开方式 / 生成日期 / 名称),
``<h1 class="yl-tit">``, body ``<div class="yl-zw">`` and a ``DETAIL: {...}, TREE: [...]`` script.  The county's 2023
report is a **PDF**: a one-line body and ``<ul class="yl-fj"><li><a href="/attachment/<yyyymm>/<id>.pdf">``, also in
``DETAIL.attachment``.

Reports (8): 沄岭县人民政府 2019 (old template), 2020 (old template), 2021, 2022, 2023 (PDF), 2024; 沄岭县自然资源局
2022 (titled "县自然资源局…", agency in 发布机构 / ``publisher``); 沄岭县沄溪镇人民政府 2024 (titled "沄溪镇…年报",
agency in 发布机构 / ``publisher``).
Decoys (3): 沄岭县2024年度政府信息公开工作年度报告解读, 沄岭县2023年政府网站工作年度报表,
沄岭县人民政府2022年度决算.
Other row (neither): 沄岭县2024年政务公开标准化规范化工作推进会召开.
"""

from __future__ import annotations

import json
import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch35._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.yunling.gov.test"
SITE = "yunling-gov"
OWNER = "沄岭县人民政府"
SID = "758806"
COL = 2951
GUIDE = 2949
PER = 3


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" '
        'content="IE=edge"><meta name="SiteName" content="沄岭县人民政府门户网站"><meta name="SiteDomain" '
        f'content="{HOST}"><meta name="SiteIDCode" content="9885050011"><title>{esc(title)}</title>'
        '<link rel="stylesheet" href="/gkmlpt/static/css/yl.css"></head><body>'
        '<div class="yl-top"><span class="yl-date">今天是：<script>document.write(new Date().toLocaleDateString())'
        '</script></span><a href="javascript:void(0)" id="yl-wza">无障碍浏览</a><a href="javascript:void(0)">长者模式'
        '</a><a href="javascript:void(0)">繁體</a></div>'
        '<div class="yl-banner"><img src="data:," alt="沄岭县人民政府">'
        '<div class="yl-search"><input placeholder="全站搜索">'
        '<a href="javascript:void(0)">搜 索</a></div></div>'
        '<ul class="yl-menu"><li><a href="/">网站首页</a></li><li><a href="/gkmlpt/index">信息公开</a></li>'
        '<li><a href="javascript:void(0)">走进沄岭</a></li><li><a href="javascript:void(0)">办事服务</a></li>'
        '<li><a href="javascript:void(0)">政民互动</a></li></ul>'
        f'<div class="yl-main">{inner}</div>'
        '<div class="yl-footer"><p><a href="javascript:void(0)">关于我们</a> | '
        '<a href="javascript:void(0)">网站地图</a>'
        ' | <a href="javascript:void(0)">联系我们</a></p><p>沄岭县人民政府办公室 主办　沄岭县融媒体中心 技术支持</p>'
        '<p>网站标识码：9885050011　<a href="https://beian.miit.gov.cn/">未ICP备20031877号-1</a>　'
        '未公网安备 98850502000031号</p><p class="yl-ewm">扫码关注“沄岭发布”微信公众号</p></div></body></html>'
    )


class GkmlptYunling(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 303_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[dict[str, object]] = []
        for year, date in ((2019, "2020-01-20"), (2020, "2021-01-26"), (2021, "2022-01-24"), (2022, "2023-01-29"),
                           (2023, "2024-01-26"), (2024, "2025-01-22")):
            doc = self.doc(OWNER, year, date, f"沄岭县人民政府{year}年度政府信息公开工作年度报告")
            if year == 2023:
                self.filed(doc)
            else:
                self.report(SITE, self.detail(doc.title, date, OWNER, self.body(doc, word=year in (2020, 2022))), doc)
        unit = "沄岭县自然资源局"
        doc = self.doc(unit, 2022, "2023-02-08", "县自然资源局2022年度政府信息公开工作年度报告")
        self.report(SITE, self.detail(doc.title, "2023-02-08", unit, self.body(doc)), doc)
        unit = "沄岭县沄溪镇人民政府"
        doc = self.doc(unit, 2024, "2025-01-24", "沄溪镇2024年政府信息公开年报")
        self.report(SITE, self.detail(doc.title, "2025-01-24", unit, self.body(doc, word=True)), doc)
        for title, year, date in (("沄岭县2024年度政府信息公开工作年度报告解读", 2024, "2025-01-23"),
                                  ("沄岭县2023年政府网站工作年度报表", 2023, "2024-01-30"),
                                  ("沄岭县人民政府2022年度决算", 2022, "2023-09-12")):
            self.decoy(SITE, self.detail(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.detail("沄岭县2024年政务公开标准化规范化工作推进会召开", "2024-06-14", OWNER,
                    "<p>6月13日，全县政务公开标准化规范化工作推进会召开，各乡镇、县直各单位分管负责同志参加会议。</p>")
        self.rows.sort(key=lambda r: (str(r["date"]), int(str(r["id"]))), reverse=True)
        self.put(HOST, "/gkmlpt/index", frame("沄岭县政府信息公开目录", (
            '<div class="yl-gk"><dl class="yl-cate"><dt>目录导航</dt>'
            f'<dd><a href="#{GUIDE}">政府信息公开指南</a></dd><dd><a href="#{COL}">政府信息公开年报</a></dd></dl>'
            '<div id="gk-app"><p class="loading">数据加载中……</p></div></div>'
            '<script src="/gkmlpt/static/js/jquery-1.12.4.min.js"></script>'
            f'<script id="gkml-boot" src="/gkmlpt/static/js/gkml.bundle.js" data-sid="{SID}" data-column="{COL}" '
            f'data-per="{PER}"></script>')))
        self.put(HOST, "/gkmlpt/static/js/jquery-1.12.4.min.js", "/*! jQuery v1.12.4 (stub) */",
                 "application/javascript")
        self.put(HOST, "/gkmlpt/static/css/yl.css", ".yl-main{width:1200px;margin:0 auto}", "text/css")
        self.put(HOST, "/gkmlpt/static/js/gkml.bundle.js", (
            '!function(){var s=document.currentScript,c=s.dataset,sid=c.sid,per=+c.per||20;'
            'function load(col,p){$.getJSON("/gkmlpt/api/all/"+col,{page:p,sid:sid},function(d){'
            'render(d.articles);pager(p,Math.ceil(d.total/per),function(n){load(col,n)})})}'
            '$(window).on("hashchange",function(){load(location.hash.slice(1)||c.column,1)}).trigger("hashchange")}();'),
            "application/javascript")
        self.put(HOST, "/", frame("沄岭县人民政府门户网站", (
            '<div class="yl-home"><div class="yl-col"><h3>政务公开</h3><ul>'
            '<li><a href="/gkmlpt/index">政府信息公开目录</a></li>'
            f'<li><a href="/gkmlpt/index#{COL}">政府信息公开年报</a></li>'
            f'<li><a href="/gkmlpt/index#{GUIDE}">政府信息公开指南</a></li></ul></div>'
            '<div class="yl-col"><h3>沄岭要闻</h3><ul><li>县委常委会召开会议传达学习全会精神</li></ul></div></div>')))
        self.route(HOST, f"/gkmlpt/api/all/{COL}", lambda r: self.api(r, COL))
        self.route(HOST, f"/gkmlpt/api/all/{GUIDE}", lambda r: self.api(r, GUIDE))

    def api(self, request: Request, col: int) -> Response:
        try:
            page = max(1, int(request.param("page", "1") or 1))
        except ValueError:
            page = 1
        rows = self.rows if col == COL and request.param("sid") == SID else []
        body = {"articles": rows[(page - 1) * PER:page * PER], "total": len(rows)}
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=utf-8")

    def detail(self, title: str, date: str, unit: str, content: str, files: list[dict[str, str]] | None = None) -> str:
        pid = self.next_id()
        path = f"/gkmlpt/content/post_{pid}.html"
        index = f"11449{SID[-4:]}/{date[:4]}-{pid % 10000:04d}"
        detail = {"id": pid, "title": title, "publisher": unit, "identifier": index, "date": date,
                  "attachment": files or []}
        tree = [{"id": GUIDE, "name": "政府信息公开指南"}, {"id": COL, "name": "政府信息公开年报"}]
        links = "".join(f'<li><a href="{esc(f["url"])}">{esc(f["name"])}</a></li>' for f in files or [])
        pairs = (("索引号", index), ("发布机构", unit), ("公开方式", "主动公开"), ("生成日期", date), ("名称", title))
        cells = "".join(f"<tr><th>{k}</th><td>{esc(v)}</td></tr>" for k, v in pairs)
        inner = (f'<div class="yl-detail"><table class="yl-xxgk">{cells}</table><h1 class="yl-tit">{esc(title)}</h1>'
                 f'<div class="yl-zw">{content}</div>'
                 + (f'<div class="yl-fjbox">附件：<ul class="yl-fj">{links}</ul></div>' if links else "")
                 + '<div class="yl-tools"><a href="javascript:window.print()">【打印本页】</a>'
                 '<a href="javascript:window.close()">【关闭窗口】</a></div>'
                 f'</div><script>var gkData = {{DETAIL: {json.dumps(detail, ensure_ascii=False)}, '
                 f'TREE: {json.dumps(tree, ensure_ascii=False)}}};</script>')
        self.put(HOST, path, frame(f"{title}-沄岭县人民政府", inner))
        url = f"http://{HOST}{path}"
        self.rows.append({"id": pid, "title": title, "url": url, "publisher": unit, "date": date})
        return url

    def filed(self, doc: ReportDoc) -> None:
        aid = self.next_id()
        date = doc.published_date or ""
        path = self.attach(HOST, f"/attachment/{date[:4]}{date[5:7]}/{aid}.pdf", doc, "pdf")
        line = f"<p>《{esc(doc.title)}》全文详见附件。</p>"
        page = self.detail(doc.title, date, doc.agency_name, line,
                           [{"name": f"{doc.title}.pdf", "url": path.removeprefix(f"http://{HOST}")}])
        self.report(SITE, page, doc, media_type=MEDIA["pdf"], report_url=path)


PORTALS = [GkmlptYunling]
