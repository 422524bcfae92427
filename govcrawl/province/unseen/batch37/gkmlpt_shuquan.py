"""漱泉县 (www.shuquan.gov.test): a county gkmlpt whose settings are **one URL-encoded query string** that the
shell's boot script hands to ``URLSearchParams`` — ``window.SC_GKML_OPTS = "sid=758705&col=2207&size=5&api=%2Fgkmlpt%2F
api%2Fall%2F"`` — so the site id is only a ``sid=`` pair inside a quoted string (no meta, input, data- attribute,
config.js, JSON block, script query or siteinfo API names it).

Registered ``http://www.shuquan.gov.test/gkmlpt/index#2207``.  Home ``/`` links ``/gkmlpt/index`` (公开目录) and
``/gkmlpt/index#2207`` (政府信息公开年报).  The shell's left nav is a ``<dl class="sc-cat">`` whose
``<dd><a href="#2205">`` (政府信息公开指南, always empty) / ``<dd><a href="#2207">`` (年报) are hash links;
the mount is ``<div id="scGkml">``.

List API ``/gkmlpt/api/all/2207?page=N&sid=758705`` (stock, one-based, **5 rows a page**, newest first; 12 rows,
3 pages) answers ``{"articles": [{"id", "title", "url", "publisher", "first_publish_time"}], "total": 12}``: ``url``
is **absolute** and has **no gkmlpt segment** (``http://www.shuquan.gov.test/content/post_<id>.html``, the
gzw.sz style) and the date is a ``"YYYY-MM-DD HH:MM:SS"`` string.  A missing or wrong sid answers ``{"articles": [],
"total": 0}``.

Detail pages ``/content/post_<id>.html``: ``<table class="sc-meta">`` of ``<th>``/``<td>`` pairs (索引号 | 分类,
发布机构 | 发布日期), ``<h1 class="sc-h1">``, body ``<div class="sc-content">`` and a ``DETAIL: {...}, TREE: [...]``
script.
The county's 2022 report is a **PDF**: a one-line body and ``<ul class="sc-att">`` linking
``/attachment/0/<id>/<hex>.pdf``, also in ``DETAIL.attachment``.

Reports (8): 漱泉县人民政府 2019 (old template), 2021, 2022 (PDF), 2023, 2024; 漱泉县教育局 2023 (titled
"县教育局…", agency in 发布机构 / ``publisher``); 漱泉县漱溪街道办事处 2024 (titled "漱溪街道…年度报告", agency in
发布机构); 漱泉县自然资源局 2020 (titled "县自然资源局…", old template).
Decoys (3): 漱泉县2023年法治政府建设年度报告, 漱泉县2022年度政府信息公开工作年度报告解读,
漱泉县人民政府办公室2023年度部门决算.
Other row (neither): 漱泉县召开2024年政务公开业务培训会.
"""

from __future__ import annotations

import json
import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch37._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.shuquan.gov.test"
SITE = "shuquan-gov"
OWNER = "漱泉县人民政府"
SID = "758705"
COL = 2207
GUIDE = 2205
PER = 5


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="SiteName" content="漱泉县人民政府"><meta name="SiteDomain" content="www.shuquan.gov.test">'
        f'<meta name="SiteIDCode" content="9887050002"><title>{esc(title)}</title>'
        '<link rel="stylesheet" href="/gkmlpt/static/sc.css"></head><body class="sc">'
        '<div class="sc-top"><span>今天是：<em id="scDate"></em></span>'
        '<a href="javascript:void(0)" onclick="kqNav()">无障碍浏览</a> | <a href="javascript:void(0)">长者模式</a> | '
        '<a href="javascript:void(0)">繁體</a></div>'
        '<div class="sc-banner"><img src="/gkmlpt/static/logo.png" alt="漱泉县人民政府"></div>'
        '<ul class="sc-menu"><li><a href="/">网站首页</a></li><li><a href="/gkmlpt/index">政务公开</a></li>'
        '<li><a href="javascript:void(0)">政务服务</a></li><li><a href="javascript:void(0)">政民互动</a></li>'
        '<li><a href="javascript:void(0)">走进漱泉</a></li></ul>'
        f'<div class="sc-wrap">{inner}</div>'
        '<div class="sc-foot"><p><a href="javascript:void(0)">关于本站</a> | '
        '<a href="javascript:void(0)">网站地图</a> | '
        '<a href="javascript:void(0)">联系我们</a></p>'
        '<p>漱泉县人民政府 主办　漱泉县人民政府办公室 承办　地址：漱泉县府前路1号</p>'
        '<p>网站标识码：9887050002　<a href="https://beian.miit.gov.cn/">未ICP备2020017705号-1</a>　'
        '未公网安备 98870502000411号</p><p>本站已支持IPv6</p></div></body></html>'
    )


class GkmlptShuquan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 323_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[dict[str, object]] = []
        for year, date in ((2019, "2020-01-20"), (2021, "2022-01-27"), (2022, "2023-01-31"), (2023, "2024-01-26"),
                           (2024, "2025-01-22")):
            doc = self.doc(OWNER, year, date, f"漱泉县人民政府{year}年政府信息公开工作年度报告")
            if year == 2022:
                self.filed(doc)
            else:
                self.report(SITE, self.detail(doc.title, date, OWNER, self.body(doc, word=year in (2019, 2024))), doc)
        for unit, year, date, title, word in (
                ("漱泉县教育局", 2023, "2024-01-30", "县教育局2023年政府信息公开工作年度报告", True),
                ("漱泉县漱溪街道办事处", 2024, "2025-01-24", "漱溪街道2024年度政府信息公开工作年度报告", False),
                ("漱泉县自然资源局", 2020, "2021-02-03", "县自然资源局2020年政府信息公开工作年度报告", False)):
            doc = self.doc(unit, year, date, title)
            self.report(SITE, self.detail(title, date, unit, self.body(doc, word=word)), doc)
        for title, year, date in (("漱泉县2023年法治政府建设年度报告", 2023, "2024-03-12"),
                                  ("漱泉县2022年度政府信息公开工作年度报告解读", 2022, "2023-02-02"),
                                  ("漱泉县人民政府办公室2023年度部门决算", 2023, "2024-08-20")):
            self.decoy(SITE, self.detail(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.detail("漱泉县召开2024年政务公开业务培训会", "2024-06-13", OWNER,
                    "<p>6月12日，县政府办公室举办全县政务公开业务培训会，各部门、各镇（街道）业务骨干参加。</p>")
        self.rows.sort(key=lambda r: (str(r["first_publish_time"]), int(str(r["id"]))), reverse=True)
        opts = f"sid={SID}&col={COL}&size={PER}&api=%2Fgkmlpt%2Fapi%2Fall%2F"
        self.put(HOST, "/gkmlpt/index", frame("政府信息公开目录 - 漱泉县人民政府", (
            '<div class="sc-gk"><div class="sc-side"><h3>信息公开目录</h3><dl class="sc-cat"><dt>政府信息公开</dt>'
            f'<dd><a href="#{GUIDE}">政府信息公开指南</a></dd><dd><a href="#{COL}">政府信息公开年报</a></dd></dl></div>'
            '<div id="scGkml" class="sc-main"><p class="sc-wait">数据加载中，请稍候…</p></div></div>'
            f'<script>window.SC_GKML_OPTS = "{opts}";</script>'
            '<script src="/gkmlpt/static/gkml.bundle.js"></script>')))
        self.put(HOST, "/gkmlpt/static/sc.css", ".sc-wrap{width:1200px;margin:0 auto}", "text/css")
        self.put(HOST, "/gkmlpt/static/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        self.put(HOST, "/gkmlpt/static/gkml.bundle.js", (
            '!function(){var q=new URLSearchParams(window.SC_GKML_OPTS),m=document.getElementById("scGkml");'
            'function go(c,p){fetch(q.get("api")+c+"?page="+p+"&sid="+q.get("sid")).then(function(r){return r.json()})'
            '.then(function(d){var h="<ul class=\\"sc-rows\\">";d.articles.forEach('
            'function(a){h+="<li><a href=\\""+a.url+'
            '"\\" target=\\"_blank\\">"+a.title+"</a><span>"+a.first_publish_time.slice(0,10)+"</span></li>"});'
            'm.innerHTML=h+"</ul>"+window.scPager(p,Math.ceil(d.total/+q.get("size")))})}'
            'window.addEventListener("hashchange",function(){go(location.hash.slice(1)||q.get("col"),1)});'
            'go(location.hash.slice(1)||q.get("col"),1)}();'), "application/javascript")
        self.put(HOST, "/", frame("漱泉县人民政府门户网站", (
            '<div class="sc-home"><div class="sc-col"><div class="sc-hd">政务公开<a href="/gkmlpt/index">更多</a></div>'
            '<ul><li><a href="/gkmlpt/index">政府信息公开目录</a></li>'
            f'<li><a href="/gkmlpt/index#{COL}">政府信息公开年报</a></li></ul></div>'
            '<div class="sc-col">'
            '<div class="sc-hd">漱泉要闻</div><ul><li>县委常委会传达学习全会精神</li></ul></div></div>')))
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
        pid = self.next_id(3, 50)
        path = f"/content/post_{pid}.html"
        url = f"http://{HOST}{path}"
        stamp = f"{date} {9 + pid % 8:02d}:{pid % 60:02d}:00"
        index = f"11{SID}MB{date[:4]}{pid % 10000:04d}/{date[:4]}-{pid % 1000:03d}"
        detail = {"id": pid, "title": title, "publisher": unit, "identifier": index, "first_publish_time": stamp,
                  "attachment": files or []}
        tree = [{"id": GUIDE, "name": "政府信息公开指南"}, {"id": COL, "name": "政府信息公开年报"}]
        meta = (f'<table class="sc-meta"><tr><th>索引号</th><td>{esc(index)}</td>'
                f'<th>分类</th><td>政府信息公开年报</td></tr>'
                f'<tr><th>发布机构</th><td>{esc(unit)}</td><th>发布日期</th><td>{stamp}</td></tr>'
                f'<tr><th>名称</th><td colspan="3">{esc(title)}</td></tr></table>')
        links = "".join(f'<li><a href="{esc(f["url"])}">{esc(f["name"])}</a></li>' for f in files or [])
        inner = (f'<div class="sc-pos">当前位置：<a href="/">首页</a> &gt; '
                 '<a href="/gkmlpt/index">信息公开目录</a></div>'
                 f'{meta}<h1 class="sc-h1">{esc(title)}</h1><div class="sc-content">{content}</div>'
                 + (f'<div class="sc-fj">附件：<ul class="sc-att">{links}</ul></div>' if links else "")
                 + '<div class="sc-tool">【<a href="javascript:window.print()">打印</a>】'
                 '【<a href="javascript:window.close()">关闭</a>】</div>'
                 f'<script>var gkmlDetail = {{DETAIL: {json.dumps(detail, ensure_ascii=False)}, '
                 f'TREE: {json.dumps(tree, ensure_ascii=False)}}};</script>')
        self.put(HOST, path, frame(f"{title} - 漱泉县人民政府", inner))
        self.rows.append({"id": pid, "title": title, "url": url, "publisher": unit, "first_publish_time": stamp})
        return url

    def filed(self, doc: ReportDoc) -> None:
        aid = self.next_id(3, 50)
        date = doc.published_date or ""
        hexname = f"{self.rng.getrandbits(128):032x}"
        url = self.attach(HOST, f"/attachment/0/{aid}/{hexname}.pdf", doc, "pdf")
        page = self.detail(doc.title, date, doc.agency_name, f"<p>{esc(doc.title)}全文见附件。</p>",
                           [{"name": f"{doc.title}.pdf", "url": url}])
        self.report(SITE, page, doc, media_type=MEDIA["pdf"], report_url=url)


PORTALS = [GkmlptShuquan]
