"""潾水县 (www.linshui.gov.test): a county gkmlpt whose settings are a **webpack-style
``JSON.parse('…')`` string** in the
shell's inline boot script — ``window.__LS_GKML__=JSON.parse('{"site":{"sid":"758611","name":"潾水县人民政府"},
"entry":{"column":3107,"pageSize":4},"api":"/gkmlpt/api/all/"}')`` — the site id nested under ``site.sid`` (no meta,
input, data- attribute, config.js, query or siteinfo API names it).

Registered ``http://www.linshui.gov.test/gkmlpt/index#3107``.  Home ``/`` links ``/gkmlpt/index`` (政府信息公开目录) and
``/gkmlpt/index#3107`` (政府信息公开年报).  The shell's left nav is ``<ul class="ls-tree">`` of ``<li><a href="#3105">``
(政府信息公开制度, always empty) / ``<li><a href="#3107">`` (年报) hash links; the mount is ``<section id="ls-list">``.

List API ``/gkmlpt/api/all/3107?page=N&sid=758611`` (stock, one-based, **4 rows a page**, newest first; 12 rows,
3 pages) answers ``{"articles": [{"id", "title", "url", "publisher", "date"}], "total": 12}``: ``url`` is
**root-relative** (``/gkmlpt/content/3/3107/post_<id>.html``, numeric folders) and ``date`` a **Unix timestamp**
(seconds, Asia/Shanghai midnight).  A missing or wrong sid answers ``{"articles": [], "total": 0}``.

Detail pages: ``<div class="ls-info">`` of ``<p><label>索 引 号：</label><span>…</span></p>`` rows (索引号 / 发布机构 /
成文日期 / 公开方式), ``<h2 class="ls-title">``, body ``<div class="ls-article">`` and a ``DETAIL: {...}, TREE: [...]``
script.  The county's 2022 report is a **PDF**: a one-line body and ``<div class="ls-files">`` linking
``/gkmlpt/attachments/<yyyy>/<mm>/<id>.pdf``, also in ``DETAIL.attachment``.

Reports (8): 潾水县人民政府 2020 (old template), 2021, 2022 (PDF), 2023, 2024; 潾水县卫生健康局 2023 (titled
"县卫健局…", agency in 发布机构 / ``publisher``); 潾水县潾溪镇人民政府 2024 (titled "潾溪镇…年报", agency in 发布机构);
潾水县市场监督管理局 2019 (titled "县市场监管局…", old template).
Decoys (3): 潾水县2024年政务公开工作要点,
关于报送2023年度政府信息公开工作年度报告的函, 潾水县2023年国民经济和社会发展统计年报.
Other row (neither): 潾水县召开2024年政务公开工作培训会.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch36._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.linshui.gov.test"
SITE = "linshui-gov"
OWNER = "潾水县人民政府"
SID = "758611"
COL = 3107
RULES = 3105
PER = 4
CST = timezone(timedelta(hours=8))


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width">'
        '<meta name="SiteName" content="潾水县人民政府"><meta name="SiteDomain" content="www.linshui.gov.test">'
        f'<meta name="SiteIDCode" content="9886050003"><title>{esc(title)}</title>'
        '<link rel="stylesheet" href="/gkmlpt/static/ls.css"></head><body>'
        '<header class="ls-header"><div class="ls-topbar">'
        '<a href="javascript:void(0)" onclick="aria.start()">无障碍</a>'
        '<a href="javascript:void(0)">适老模式</a><a href="javascript:void(0)">手机版</a></div>'
        '<div class="ls-brand"><strong>潾水县人民政府</strong><em>www.linshui.gov.test</em></div>'
        '<nav class="ls-nav"><a href="/">首页</a><a href="/gkmlpt/index">政府信息公开</a>'
        '<a href="javascript:void(0)">政务服务</a><a href="javascript:void(0)">互动交流</a>'
        '<a href="javascript:void(0)">魅力潾水</a></nav></header>'
        f'<main class="ls-main">{inner}</main>'
        '<footer class="ls-footer"><div class="ls-links"><a href="javascript:void(0)">网站地图</a>·'
        '<a href="javascript:void(0)">联系我们</a>·<a href="javascript:void(0)">隐私声明</a></div>'
        '<p>主办单位：潾水县人民政府办公室　承办：潾水县政务服务数据管理局</p>'
        '<p>网站标识码：9886050003　<a href="https://beian.miit.gov.cn/">未ICP备2021005511号</a>　'
        '<a href="http://www.beian.gov.cn/">未公网安备 98860502000107号</a></p>'
        '<span id="_ideConac"></span></footer></body></html>'
    )


def stamp(date: str) -> int:
    return int(datetime(int(date[:4]), int(date[5:7]), int(date[8:10]), tzinfo=CST).timestamp())


class GkmlptLinshui(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 313_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[dict[str, object]] = []
        for year, date in ((2020, "2021-01-28"), (2021, "2022-01-25"), (2022, "2023-01-30"), (2023, "2024-01-24"),
                           (2024, "2025-01-21")):
            doc = self.doc(OWNER, year, date, f"潾水县人民政府{year}年政府信息公开工作年度报告")
            if year == 2022:
                self.filed(doc)
            else:
                self.report(SITE, self.detail(doc.title, date, OWNER, self.body(doc, word=year in (2020, 2023))), doc)
        for unit, year, date, title, word in (
                ("潾水县卫生健康局", 2023, "2024-01-29", "县卫健局2023年度政府信息公开工作年度报告", False),
                ("潾水县潾溪镇人民政府", 2024, "2025-01-23", "潾溪镇2024年政府信息公开年报", True),
                ("潾水县市场监督管理局", 2019, "2020-02-10", "县市场监管局2019年政府信息公开工作年度报告", False)):
            doc = self.doc(unit, year, date, title)
            self.report(SITE, self.detail(title, date, unit, self.body(doc, word=word)), doc)
        for title, year, date in (("潾水县2024年政务公开工作要点", 2024, "2024-04-16"),
                                  ("关于报送2023年度政府信息公开工作年度报告的函", 2023, "2023-12-20"),
                                  ("潾水县2023年国民经济和社会发展统计年报", 2023, "2024-03-28")):
            self.decoy(SITE, self.detail(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.detail("潾水县召开2024年政务公开工作培训会", "2024-05-21", OWNER,
                    "<p>5月20日，县政府办组织召开全县政务公开工作培训会，县直各单位、各镇政务公开工作人员参加培训。</p>")
        self.rows.sort(key=lambda r: (int(str(r["date"])), int(str(r["id"]))), reverse=True)
        boot = json.dumps({"site": {"sid": SID, "name": OWNER}, "entry": {"column": COL, "pageSize": PER},
                           "api": "/gkmlpt/api/all/"}, ensure_ascii=False, separators=(",", ":"))
        self.put(HOST, "/gkmlpt/index", frame("政府信息公开目录_潾水县人民政府", (
            '<div class="ls-gkml"><aside><h3>公开目录</h3><ul class="ls-tree">'
            f'<li><a href="#{RULES}">政府信息公开制度</a></li>'
            f'<li><a href="#{COL}">政府信息公开年报</a></li></ul></aside>'
            '<section id="ls-list"><div class="ls-loading">正在加载…</div></section></div>'
            f"<script>window.__LS_GKML__=JSON.parse('{boot}');</script>"
            '<script src="/gkmlpt/static/app.7c1e.js"></script>')))
        self.put(HOST, "/gkmlpt/static/ls.css", ".ls-main{max-width:1180px;margin:0 auto}", "text/css")
        self.put(HOST, "/gkmlpt/static/app.7c1e.js", (
            '(self.webpackChunk=self.webpackChunk||[]).push([[143],{8812:function(e,t,n){var c=window.__LS_GKML__;'
            'function l(o,p){fetch(c.api+o+"?page="+p+"&sid="+c.site.sid).then(function(r){return r.json()})'
            '.then(function(d){n(311).render(d.articles,p,Math.ceil(d.total/c.entry.pageSize),l.bind(null,o))})}'
            'window.addEventListener("hashchange",function(){l(location.hash.slice(1)||c.entry.column,1)});'
            'l(location.hash.slice(1)||c.entry.column,1)}}]);'), "application/javascript")
        self.put(HOST, "/", frame("潾水县人民政府门户网站", (
            '<div class="ls-home"><div class="ls-box"><h3>政务公开</h3><ul>'
            '<li><a href="/gkmlpt/index">政府信息公开目录</a></li>'
            f'<li><a href="/gkmlpt/index#{COL}">政府信息公开年报</a></li></ul></div>'
            '<div class="ls-box"><h3>潾水要闻</h3><ul><li>县政府常务会议研究部署近期重点工作</li></ul></div></div>')))
        self.route(HOST, f"/gkmlpt/api/all/{COL}", lambda r: self.api(r, COL))
        self.route(HOST, f"/gkmlpt/api/all/{RULES}", lambda r: self.api(r, RULES))

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
        path = f"/gkmlpt/content/3/{COL}/post_{pid}.html"
        index = f"007218{SID[-3:]}/{date[:4]}-{pid % 100000:05d}"
        detail = {"id": pid, "title": title, "publisher": unit, "identifier": index, "created_at": date,
                  "attachment": files or []}
        tree = [{"id": RULES, "name": "政府信息公开制度"}, {"id": COL, "name": "政府信息公开年报"}]
        rows = "".join(f"<p><label>{k}：</label><span>{esc(v)}</span></p>" for k, v in (
            ("索 引 号", index), ("发布机构", unit), ("成文日期", date), ("公开方式", "主动公开")))
        links = "".join(f'<a href="{esc(f["url"])}">{esc(f["name"])}</a>' for f in files or [])
        inner = (f'<div class="ls-info">{rows}</div><h2 class="ls-title">{esc(title)}</h2>'
                 f'<div class="ls-article">{content}</div>'
                 + (f'<div class="ls-files"><b>相关附件：</b>{links}</div>' if links else "")
                 + '<div class="ls-act"><a href="javascript:window.print()">打印</a>'
                 '<a href="javascript:window.close()">关闭</a></div>'
                 f'<script>window.gkml = {{DETAIL: {json.dumps(detail, ensure_ascii=False)}, '
                 f'TREE: {json.dumps(tree, ensure_ascii=False)}}};</script>')
        self.put(HOST, path, frame(f"{title}_潾水县人民政府", inner))
        self.rows.append({"id": pid, "title": title, "url": path, "publisher": unit, "date": stamp(date)})
        return f"http://{HOST}{path}"

    def filed(self, doc: ReportDoc) -> None:
        aid = self.next_id()
        date = doc.published_date or ""
        url = self.attach(HOST, f"/gkmlpt/attachments/{date[:4]}/{date[5:7]}/{aid}.pdf", doc, "pdf")
        page = self.detail(doc.title, date, doc.agency_name, f"<p>{esc(doc.title)}详见附件。</p>",
                           [{"name": f"{doc.title}.pdf", "url": url.removeprefix(f"http://{HOST}")}])
        self.report(SITE, page, doc, media_type=MEDIA["pdf"], report_url=url)


PORTALS = [GkmlptLinshui]
