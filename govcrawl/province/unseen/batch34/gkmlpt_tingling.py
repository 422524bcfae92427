"""汀岭县 (www.tingling.gov.test): a county gkmlpt whose site id travels **only in the shell's query string**: the home
page links the catalogue as ``/gkmlpt/index?sid=757601#2933`` and the shell's inline script reads it back with
``new URLSearchParams(location.search).get("sid")``; the shell itself (``/gkmlpt/index``, any query) carries no sid
in its markup, no meta, no config, no data-* attribute.

Registered ``http://www.tingling.gov.test/`` (the home page).  Home links ``/gkmlpt/index?sid=757601#2933``
(政府信息公开年报) and ``/gkmlpt/index?sid=757601`` (政府信息公开目录).  The shell's left menu is a ``<ol
class="tl-menu">`` of ``<a href="#2931">`` (公开指南) / ``<a href="#2933">`` (年报) hash links over an empty ``<div
id="tl-list">``.

List API ``/gkmlpt/api/all/2933?page=N&sid=757601`` (one-based, **4 rows a page**, newest first; 11 rows, 3 pages)
answers ``{"articles": [{"id", "title", "url", "publisher", "date"}], "total": 11}`` (no page size: the script's
``PER = 4`` says it); each ``url`` is **root-relative** (``/gkmlpt/content/<id // 10**6>/<id // 1000>/post_<id>
.html``); ``date`` is a "YYYY/MM/DD" string.  A missing or wrong ``sid`` answers ``{"articles": [], "total": 0}``;
column 2931 is always empty.

Detail pages: a metadata ``<ul class="gk-sx">`` of ``<li><label>发布机构：</label><span>…</span></li>`` pairs (索引号 /
分类 / 发布机构 / 成文日期 / 名称), ``<h2 class="gk-title">``, body ``<div class="gk-article">`` and
``DETAIL: {...}, TREE: [...]`` in a script.  The county's 2022 report is an **OFD**: a one-line body and
``<div class="gk-attach"><a href="/attachment/0/<k>/<k><n>/<id>.ofd">…ofd</a></div>``, also in
``DETAIL.attachment``.

Reports (8): 汀岭县人民政府 2019, 2020 (old template), 2021, 2022 (OFD), 2023, 2024; 汀岭县卫生健康局 2023 (titled
"县卫健局…", agency in 发布机构 / ``publisher``); 汀岭县交通运输局 2021 (titled "县交通运输局…年报", agency in 发布机构
/ ``publisher``).
Decoys (2): 汀岭县2023年度法治政府建设年度报告, 汀岭县人民政府信息公开指南（2022年修订）.
Other row (neither): 汀岭县2024年第三季度政务公开工作情况通报.
"""

from __future__ import annotations

import json
import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch34._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.tingling.gov.test"
SITE = "tingling-gov"
OWNER = "汀岭县人民政府"
SID = "757601"
COL = 2933
GUIDE = 2931
SIZE = 4


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="SiteName" content="汀岭县人民政府网"><meta name="SiteDomain" content="www.tingling.gov.test">'
        f'<meta name="SiteIDCode" content="9884050006"><title>{esc(title)}</title></head><body>'
        '<div class="tl-toolbar"><a href="javascript:;" onclick="aria.start()">无障碍</a><a href="javascript:;">'
        '关怀版</a><a href="javascript:;">English</a><span class="tl-wx">微信公众号 | 政务微博</span></div>'
        '<div class="tl-head"><h1 class="tl-logo">汀岭县人民政府</h1><form class="tl-so" action="javascript:;">'
        '<input type="text" name="q" placeholder="请输入关键词"><button type="button">搜索</button></form></div>'
        '<div class="tl-nav"><a href="/">首页</a><a href="/gkmlpt/index?sid=757601">政务公开</a>'
        '<a href="javascript:;">政务服务</a><a href="javascript:;">互动交流</a><a href="javascript:;">数据发布</a>'
        '</div>'
        f'<div class="tl-wrap">{inner}</div>'
        '<div class="tl-foot"><p>主办单位：汀岭县人民政府办公室　承办单位：汀岭县政务服务和数据管理局</p>'
        '<p>网站标识码：9884050006　<a href="https://beian.miit.gov.cn/">未ICP备13027716号</a>　'
        '未公网安备98840502000066号</p><p><img src="javascript:;" alt="">党政机关 | 纠错 | 网站地图</p></div>'
        '</body></html>'
    )


SHELL_SCRIPT = (
    '<script>\n(function () {\n'
    '  var sid = new URLSearchParams(location.search).get("sid"), PER = 4;\n'
    '  function load(col, page) {\n'
    '    $.getJSON("/gkmlpt/api/all/" + col, {page: page, sid: sid}, function (d) {\n'
    '      render(d.articles); pager(page, Math.ceil(d.total / PER), function (p) { load(col, p); });\n'
    '    });\n'
    '  }\n'
    '  $(window).on("hashchange", function () { load(location.hash.slice(1) || "2931", 1); }).trigger("hashchange");\n'
    '})();\n</script>'
)


class GkmlptTingling(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 293_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[dict[str, object]] = []
        for year, date in ((2019, "2020-01-17"), (2020, "2021-01-22"), (2021, "2022-01-25"), (2022, "2023-01-19"),
                           (2023, "2024-01-24"), (2024, "2025-01-21")):
            doc = self.doc(OWNER, year, date, f"汀岭县人民政府{year}年政府信息公开工作年度报告")
            if year == 2022:
                self.filed(doc)
            else:
                self.report(SITE, self.detail(doc.title, date, OWNER, self.body(doc, word=year == 2021)), doc)
        unit = "汀岭县卫生健康局"
        doc = self.doc(unit, 2023, "2024-01-29", "县卫健局2023年度政府信息公开工作报告")
        self.report(SITE, self.detail(doc.title, "2024-01-29", unit, self.body(doc)), doc)
        unit = "汀岭县交通运输局"
        doc = self.doc(unit, 2021, "2022-01-27", "县交通运输局2021年政府信息公开年报")
        self.report(SITE, self.detail(doc.title, "2022-01-27", unit, self.body(doc, word=True)), doc)
        for title, year, date in (("汀岭县2023年度法治政府建设年度报告", 2023, "2024-03-12"),
                                  ("汀岭县人民政府信息公开指南（2022年修订）", 2022, "2022-06-30")):
            self.decoy(SITE, self.detail(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.detail("汀岭县2024年第三季度政务公开工作情况通报", "2024-10-15", OWNER,
                    "<p>各乡镇人民政府，县直各单位：</p><p>现将2024年第三季度全县政务公开工作情况通报如下。</p>")
        self.rows.sort(key=lambda r: (str(r["date"]), int(str(r["id"]))), reverse=True)
        self.put(HOST, "/gkmlpt/index", frame("汀岭县政府信息公开目录", (
            f'<div class="tl-gk"><ol class="tl-menu"><li><a href="#{GUIDE}">政府信息公开指南</a></li>'
            f'<li><a href="#{COL}">政府信息公开年报</a></li></ol><div id="tl-list"></div><div id="tl-pager"></div>'
            '</div><script src="/gkmlpt/static/js/jquery.min.js"></script>' + SHELL_SCRIPT)))
        self.put(HOST, "/gkmlpt/static/js/jquery.min.js", "/*! jQuery v3.6.0 (stub) */", "application/javascript")
        self.put(HOST, "/", frame("汀岭县人民政府网", (
            '<div class="tl-home"><div class="tl-box"><h3>政务公开</h3><ul>'
            f'<li><a href="/gkmlpt/index?sid={SID}">政府信息公开目录</a></li>'
            f'<li><a href="/gkmlpt/index?sid={SID}#{COL}">政府信息公开年报</a></li></ul></div>'
            '<div class="tl-box"><h3>汀岭要闻</h3><p>县政府召开第45次常务会议</p></div></div>')))
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
        path = f"/gkmlpt/content/{pid // 1_000_000}/{pid // 1000}/post_{pid}.html"
        index = f"00773{SID[-3:]}4/{date[:4]}-{pid % 100000:05d}"
        detail = {"id": pid, "title": title, "publisher": unit, "identifier": index, "date": date,
                  "attachment": files or []}
        tree = [{"id": GUIDE, "name": "政府信息公开指南"}, {"id": COL, "name": "政府信息公开年报"}]
        links = "".join(f'<a href="{esc(f["url"])}">{esc(f["name"])}</a>' for f in files or [])
        pairs = (("索引号", index), ("分类", "政府信息公开年报"), ("发布机构", unit), ("成文日期", date),
                 ("名称", title))
        meta = "".join(f"<li><label>{k}：</label><span>{esc(v)}</span></li>" for k, v in pairs)
        inner = (f'<div class="gk-detail"><ul class="gk-sx">{meta}</ul><h2 class="gk-title">{esc(title)}</h2>'
                 f'<div class="gk-article">{content}</div>'
                 + (f'<div class="gk-attach">附件：{links}</div>' if links else "")
                 + f'</div><script>var _page = {{DETAIL: {json.dumps(detail, ensure_ascii=False)}, '
                 f'TREE: {json.dumps(tree, ensure_ascii=False)}}};</script>')
        self.put(HOST, path, frame(f"{title}_汀岭县人民政府", inner))
        self.rows.append({"id": pid, "title": title, "url": path, "publisher": unit,
                          "date": date.replace("-", "/")})
        return f"http://{HOST}{path}"

    def filed(self, doc: ReportDoc) -> None:
        aid = self.next_id()
        path = self.attach(HOST, f"/attachment/0/{aid // 1000}/{aid // 1000}{aid % 1000:03d}/{aid}.ofd", doc, "ofd")
        line = f"<p>{esc(doc.title)}（OFD版）详见附件。</p>"
        page = self.detail(doc.title, doc.published_date or "", doc.agency_name, line,
                           [{"name": f"{doc.title}.ofd", "url": path.removeprefix(f"http://{HOST}")}])
        self.report(SITE, page, doc, media_type=MEDIA["ofd"], report_url=path)


PORTALS = [GkmlptTingling]
