"""糯湾区 (www.nuowan.gov.test): a district gkmlpt whose shell carries its settings as one JSON object
assigned to ``window.GKMLPT_CONFIG`` (``sid``, ``apiBase``, ``pageSize``), whose registered start URL names
the 年报 column in its fragment (``/gkmlpt/index#3106``), whose list API
(``/gkmlpt/api/all/3106?page=N&sid=759218``) pages four rows at a time and dates rows as
``"2025-01-20"`` strings, and whose detail pages ``/gkmlpt/content/3/3106/post_<id>.html`` carry the
metadata twice — a visible 索引 table and the platform's ``DETAIL: {…}, TREE:`` object literal, whose
``attachment`` list also names the 2023 district report's PDF (linked visibly in a 附件 block).

The 教育局's report is titled only "2024年度政府信息公开工作年度报告": its unit is in the API row's
``publisher`` and the detail page's 发布机构.  A wrong ``sid`` answers ``{"code":1}``; another column
answers ``total`` 0.  Chrome: 广东政务服务网 strip, 粤省事 QR code, 适老化 toggle, footer 网站标识码.

Reports (8): 糯湾区人民政府 2019–2024 (2023 a PDF attachment), 糯湾区教育局 2024, 糯湾区沙溪街道办事处 2024.
Decoys (3): 糯湾区2024年法治政府建设年度报告, 糯湾区2024年政府网站工作年度报表, 糯湾区人民政府2024年度部门决算.
"""

from __future__ import annotations

import json
import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch23._site import Site, esc
from govcrawl.province.unseen.kit import PDF
from govcrawl.synth.model import ReportDoc

HOST = "www.nuowan.gov.test"
SITE = "nuowan-gkml"
OWNER = "糯湾区人民政府"
COL = 3106
SID = "759218"
PER = 4


def frame(title: str, inner: str, script: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
        f'width,initial-scale=1"><title>{esc(title)}</title><meta name="SiteName" content="糯湾区人民政府"><meta '
        f'name="SiteIDCode" content="9871230051"><link rel="stylesheet" href="/gkmlpt/static/css/app.3f9c.css">'
        f'{script}</head><body><div class="gd-strip">广东政务服务网 | <a href="javascript:;" class="slh">适老化</a>'
        f'</div>'
        f'<div class="gk-head"><a href="/"><img src="/gkmlpt/static/img/logo_nw.png" alt="糯湾区人民政府"></a><span>'
        f'政府信息公开</span></div>{inner}<div class="gk-foot"><img src="/gkmlpt/static/img/ysx.png" alt="粤省事">'
        f'<p>主办：糯湾区人民政府办公室　网站标识码：9871230051</p></div></body></html>'
    )


class GkmlptNuowan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 184_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[dict[str, object]] = []
        for year, day in ((2019, 17), (2020, 22), (2021, 20), (2022, 25), (2024, 24)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"糯湾区{year}年政府信息公开工作年度报告"),
                         "糯湾区人民政府办公室")
        self.pdf(self.doc(OWNER, 2023, "2024-01-23", "糯湾区2023年政府信息公开工作年度报告"))
        self.article(self.doc("糯湾区教育局", 2024, "2025-01-16", "2024年度政府信息公开工作年度报告"), "糯湾区教育局")
        self.article(self.doc("糯湾区沙溪街道办事处", 2024, "2025-01-14", "沙溪街道2024年政府信息公开工作年度报告"),
                     "糯湾区沙溪街道办事处")
        for title, year, date in (("糯湾区2024年法治政府建设年度报告", 2024, "2025-03-26"),
                                  ("糯湾区2024年政府网站工作年度报表", 2024, "2025-01-10"),
                                  ("糯湾区人民政府2024年度部门决算", 2024, "2025-08-15")):
            url = self.page(title, date, "糯湾区人民政府办公室", self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.rows.sort(key=lambda r: str(r["date"]), reverse=True)
        self.put(HOST, "/gkmlpt/index", self.shell())
        self.route(HOST, f"/gkmlpt/api/all/{COL}", self.api)
        for other in (3100, 3104):
            self.route(HOST, f"/gkmlpt/api/all/{other}", self.empty)

    def page(self, title: str, date: str, unit: str, content: str, files: tuple[tuple[str, str], ...] = ()) -> str:
        pid = self.next_id()
        path = f"/gkmlpt/content/3/{COL}/post_{pid}.html"
        detail = {"id": pid, "title": title, "publisher": unit, "date": f"{date} 09:00:00", "identifier":
                  f"11987123MB{pid:07d}/{date[:4]}-{pid % 977:05d}", "attachment": [{"name": n, "url": u}
                                                                                    for n, u in files]}
        script = (f"<script>window.formatData = {{DETAIL: {json.dumps(detail, ensure_ascii=False)}, TREE: "
                  f'[{{"id": {COL}, "name": "政府信息公开年报"}}]}};</script>')
        block = ("".join(f'<li><a href="{u}" target="_blank">{esc(n)}</a></li>' for n, u in files))
        inner = (f'<div class="gk-pos">当前位置：<a href="/gkmlpt/index">政府信息公开</a> &gt; 政府信息公开年报</div>'
                 f'<div class="gk-detail"><table class="gk-meta"><tr><th>索引号</th><td>{detail["identifier"]}</td>'
                 f'<th>分类</th><td>政府信息公开年报</td></tr><tr><th>发布机构</th><td>{esc(unit)}</td><th>成文日期</th>'
                 f'<td>{date}</td></tr><tr><th>名称</th><td colspan="3">{esc(title)}</td></tr></table><h1 '
                 f'class="gk-title">{esc(title)}</h1><div class="article-content">{content}</div>'
                 + (f'<div class="gk-fj"><h4>附件：</h4><ul>{block}</ul></div>' if files else "") + "</div>")
        url = self.put(HOST, path, frame(f"{title} - 糯湾区人民政府", inner, script))
        self.rows.append({"id": pid, "title": title, "url": url, "publisher": unit, "date": date})
        return url

    def article(self, doc: ReportDoc, unit: str) -> None:
        url = self.page(doc.title, doc.published_date or "", unit, self.body(doc, word=doc.year == 2019))
        self.report(SITE, url, doc)

    def pdf(self, doc: ReportDoc) -> None:
        path = f"/attachment/0/{self.rng.randint(500, 599)}/{self.rng.randint(500_000, 599_999)}.pdf"
        url = self.page(doc.title, doc.published_date or "", "糯湾区人民政府办公室", "<p>报告全文详见附件。</p>",
                        ((f"{doc.title}.pdf", f"http://{HOST}{path}"),))
        self.report(SITE, url, doc, media_type=PDF, report_url=self.attach(HOST, path, doc, "pdf"))

    def shell(self) -> str:
        config = json.dumps({"sid": SID, "apiBase": "/gkmlpt/api/", "pageSize": PER, "defaultColumn": 3100})
        script = (f"<script>window.GKMLPT_CONFIG = {config};</script><script src=\"/gkmlpt/static/js/app.8d21.js\">"
                  "</script><script>(function(){var c=window.GKMLPT_CONFIG,col=location.hash.replace('#','')||"
                  "c.defaultColumn;window.loadList=function(p){return fetch(c.apiBase+'all/'+col+'?page='+p+'&sid='"
                  "+c.sid).then(function(r){return r.json()})};})();</script>")
        inner = ('<div id="app"><div class="gk-tree"><ul><li data-id="3100">政策文件</li><li data-id="3104">规划计划'
                 '</li><li data-id="3106">政府信息公开年报</li></ul></div><div class="gk-list"><noscript>请开启浏览器'
                 'JavaScript功能</noscript></div></div>')
        return frame("糯湾区政府信息公开", inner, script)

    def empty(self, request: Request) -> Response:
        if request.param("sid") != SID:
            return Response(200, b'{"code":1,"msg":"site not found"}', "application/json")
        return Response(200, f'{{"articles":[],"total":0,"page":1,"page_size":{PER},"code":0}}'.encode(),
                        "application/json")

    def api(self, request: Request) -> Response:
        if request.param("sid") != SID:
            return Response(200, b'{"code":1,"msg":"site not found"}', "application/json")
        try:
            n = max(1, int(request.param("page", "1")))
        except ValueError:
            n = 1
        chunk = self.rows[(n - 1) * PER:n * PER]
        data = {"articles": chunk, "total": len(self.rows), "page": n, "page_size": PER, "code": 0}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json")


PORTALS = [GkmlptNuowan]
