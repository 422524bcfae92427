"""澴湾区 (www.huanwan.gov.test): a district gkmlpt whose site id is carried only by the shell's 目录检索
form (a hidden ``<input name="sid">``), whose list API pages three rows at a time with ISO-8601 dates and
a ``pages`` count, and whose detail pages live *outside* the gkmlpt tree at ``/content/post_<id>.html``
(the Guangdong short content URL), with their metadata in a ``div.introduce`` grid.

Registered ``/gkmlpt/index#2960``: the SPA shell ``<div id="gkml-app"></div>`` with a search form ``<form
id="gkml-search" action="/gkmlpt/search"><input type="hidden" name="sid" value="763402"><input name="keywords">
…</form>`` and an inline script that reads the sid from that input and the column from ``location.hash``
and asks ``/gkmlpt/api/all/<column>?page=<n>&sid=<sid>`` (with no fragment it opens 2951 机构信息).  The API
answers ``{"code": 0, "total": 11, "page": N, "pages": 4, "size": 3, "articles": [{"id", "title", "url",
"publisher", "identifier", "date": "2025-01-20T09:30:00+08:00", "attachment": [...]}]}`` — ``url`` absolute,
``http://www.huanwan.gov.test/content/post_<id>.html``; a page past the end answers an empty ``articles``;
without ``sid`` it answers ``{"code": 400, "msg": "缺少参数sid"}``, a wrong sid ``{"code": 404, "msg":
"站点不存在"}``; another column answers ``total`` 0.

Detail pages: ``<div class="introduce">`` of ``<div class="it"><span class="lab">索引号：</span><span
class="val">…</span></div>`` cells (索引号 / 分类 / 发布机构 / 成文日期 / 文号 / 发布日期), ``h1.content-title``,
the body in ``<div class="content-zoom" id="zoomcon">``.  The district's 2023 report is an OFD: a one-line body
and ``<div class="attachment-box"><p>附件下载：</p><ul><li><a href="/attachment/0/<n>/<n>/<hex>.ofd"
download>…ofd</a></li></ul></div>`` (the API row's ``attachment`` names the same file).  The 卫生健康局's
report is titled only "2024年度政府信息公开工作年度报告": its unit is in ``publisher`` and 发布机构.  Chrome:
广东政务服务网 / 粤省事 strip, 长者模式 toggle, 无障碍, footer 主办 / 网站标识码 / ICP / 公网安备.

Reports (8): 澴湾区人民政府 2019–2024 (2019, 2020 old template; 2019, 2022 Word-saved bodies; 2023 OFD),
澴湾区卫生健康局 2024, 澴湾区龙溪街道办事处 2023.  Decoys (3): 澴湾区2024年政府网站工作年度报表,
澴湾区人民政府办公室关于报送2024年度政府信息公开工作年度报告的函, 澴湾区2024年度区级决算.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch26._site import MEDIA, Site, esc

HOST = "www.huanwan.gov.test"
SITE = "huanwan-gkml"
OWNER = "澴湾区人民政府"
OFFICE = "澴湾区人民政府办公室"
SID = 763402
COL = 2960
PER = 3
JSON = "application/json; charset=utf-8"


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="SiteName" content="{OWNER}">'
        '<meta name="SiteDomain" content="www.huanwan.gov.test"><meta name="SiteIDCode" content="9876050008">'
        f'<meta name="renderer" content="webkit"><title>{esc(title)}</title><link rel="stylesheet" '
        'href="/gkmlpt/static/css/gkml.min.css"></head><body><div class="hw-strip"><a href="http://www.gdzwfw.gov.test/">'
        '广东政务服务网</a><a href="javascript:;">粤省事</a><span class="hw-tools"><a href="javascript:;" '
        'class="elder">长者模式</a><a href="javascript:;" class="wza">无障碍</a></span></div><div class="hw-head"><a '
        'href="/"><img src="/images/hw_logo.png" alt="澴湾区人民政府"></a><h2>政府信息公开</h2></div>'
        f'{inner}<div class="hw-foot"><p>主办：澴湾区人民政府办公室　联系电话：0000-82345678</p>'
        '<p>网站标识码：9876050008　未ICP备09031234号-1　未公网安备 98760502000321号</p></div></body></html>'
    )


SHELL_SCRIPT = """<script>
(function () {
  var sid = document.querySelector('#gkml-search input[name=sid]').value;
  var col = location.hash ? location.hash.slice(1) : '2951';
  function load(p) {
    fetch('/gkmlpt/api/all/' + col + '?page=' + p + '&sid=' + sid).then(function (r) { return r.json(); })
      .then(function (d) { window.gkmlRender(d, p, load); });
  }
  load(1);
})();
</script>"""


class GkmlptHuanwan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 214_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[dict[str, object]] = []
        for year, day in ((2019, 27), (2020, 21), (2021, 25), (2022, 19), (2024, 22)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"澴湾区{year}年政府信息公开工作年度报告")
            self.report(SITE, self.detail(doc.title, doc.published_date or "", OFFICE,
                                          self.body(doc, word=year in (2019, 2022))), doc)
        doc = self.doc(OWNER, 2023, "2024-01-23", "澴湾区2023年政府信息公开工作年度报告")
        n = self.rng.randrange(10**5, 10**6)
        path = f"/attachment/0/{n // 1000}/{n}/{self.rng.getrandbits(64):016x}.ofd"
        name = f"{doc.title}.ofd"
        url = self.detail(doc.title, "2024-01-23", OFFICE, f"<p>{esc(doc.title)}已编制完成，现予公开，详见附件。</p>",
                          [(name, path)])
        self.report(SITE, url, doc, media_type=MEDIA["ofd"], report_url=self.attach(HOST, path, doc, "ofd"))
        doc = self.doc("澴湾区卫生健康局", 2024, "2025-01-17", "2024年度政府信息公开工作年度报告")
        self.report(SITE, self.detail(doc.title, "2025-01-17", "澴湾区卫生健康局", self.body(doc)), doc)
        doc = self.doc("澴湾区龙溪街道办事处", 2023, "2024-01-19", "龙溪街道2023年政府信息公开工作年度报告")
        self.report(SITE, self.detail(doc.title, "2024-01-19", "澴湾区龙溪街道办事处", self.body(doc)), doc)
        for title, year, date in (("澴湾区2024年政府网站工作年度报表", 2024, "2025-01-24"),
                                  ("澴湾区人民政府办公室关于报送2024年度政府信息公开工作年度报告的函", 2024,
                                   "2024-12-10"),
                                  ("澴湾区2024年度区级决算", 2024, "2025-07-30")):
            self.decoy(SITE, self.detail(title, date, OFFICE, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(key=lambda r: (str(r["date"]), int(str(r["id"]))), reverse=True)
        shell = ('<div class="hw-crumb">当前位置：<a href="/">首页</a> &gt; 政府信息公开目录</div>'
                 f'<form id="gkml-search" action="/gkmlpt/search" method="get"><input type="hidden" name="sid" '
                 f'value="{SID}"><input type="text" name="keywords" placeholder="请输入关键字"><button type="submit">'
                 '检索</button></form><div '
                 'id="gkml-app"><p class="loading">正在加载…</p></div><noscript>请启用JavaScript浏览政府信息公开目录'
                 f'</noscript><script src="/gkmlpt/static/js/gkml.app.3f09c2.js"></script>{SHELL_SCRIPT}')
        self.put(HOST, "/gkmlpt/index", frame("澴湾区人民政府政府信息公开目录", shell))
        self.put(HOST, "/gkmlpt/static/js/gkml.app.3f09c2.js",
                 "window.gkmlRender=function(d,p,load){var a=document.getElementById('gkml-app');a.innerHTML="
                 "(d.articles||[]).map(function(r){return '<li><a href=\"'+r.url+'\">'+r.title+'</a><span>'+"
                 "r.date.slice(0,10)+'</span></li>';}).join('');};\n", "application/javascript; charset=utf-8")
        self.route(HOST, "/gkmlpt/api/all/2951", self.api(False))
        self.route(HOST, f"/gkmlpt/api/all/{COL}", self.api(True))
        self.put(HOST, "/", frame("澴湾区人民政府", '<div class="hw-home"><a href="/gkmlpt/index#2960">政府信息公开年报'
                                               '</a> <a href="/gkmlpt/index">政府信息公开目录</a></div>'))

    def detail(self, title: str, date: str, publisher: str, content: str,
               files: list[tuple[str, str]] | None = None) -> str:
        pid = self.next_id()
        path = f"/content/post_{pid}.html"
        url = f"http://{HOST}{path}"
        ident = f"11440000MB2C{pid % 10000:04d}X/{date[:4]}-{pid % 1000:05d}"
        self.rows.append({"id": pid, "title": title, "url": url, "publisher": publisher, "identifier": ident,
                          "date": f"{date}T09:{pid % 60:02d}:00+08:00",
                          "attachment": [{"name": n, "url": f"http://{HOST}{p}"} for n, p in files or []]})
        cells = (("索引号", ident), ("分类", "政府信息公开年报"), ("发布机构", publisher), ("成文日期", date),
                 ("文号", "无"), ("发布日期", date))
        intro = "".join(f'<div class="it"><span class="lab">{k}：</span><span class="val">{esc(v)}</span></div>'
                        for k, v in cells)
        box = ""
        if files:
            box = ('<div class="attachment-box"><p>附件下载：</p><ul>'
                   + "".join(f'<li><a href="{p}" download>{esc(n)}</a></li>' for n, p in files) + "</ul></div>")
        inner = (f'<div class="hw-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/gkmlpt/index#{COL}">政府信息公开'
                 f'目录</a> &gt; 政府信息公开年报</div><div class="hw-detail"><div class="introduce">{intro}</div><h1 '
                 f'class="content-title">{esc(title)}</h1><div class="content-zoom" id="zoomcon">{content}</div>'
                 f'{box}<div class="hw-share">【<a href="javascript:window.print()">打印</a>】【<a '
                 'href="javascript:window.close()">关闭</a>】</div></div>')
        return self.put(HOST, path, frame(f"{title}-澴湾区人民政府", inner))

    def api(self, ours: bool) -> Callable[[Request], Response]:
        def answer(data: dict[str, object]) -> Response:
            return Response(200, json.dumps(data, ensure_ascii=False).encode(), JSON)

        def serve(request: Request) -> Response:
            asked = request.param("sid")
            if not asked:
                return answer({"code": 400, "msg": "缺少参数sid"})
            if asked != str(SID):
                return answer({"code": 404, "msg": "站点不存在"})
            try:
                n = max(1, int(request.param("page", "1") or 1))
            except ValueError:
                n = 1
            rows = self.rows if ours else []
            pages = -(-len(rows) // PER)
            return answer({"code": 0, "total": len(rows), "page": n, "pages": pages, "size": PER,
                           "articles": rows[(n - 1) * PER:n * PER]})

        return serve


PORTALS = [GkmlptHuanwan]
