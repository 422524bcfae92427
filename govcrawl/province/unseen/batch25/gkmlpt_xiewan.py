"""澥湾区 (www.xiewan.gov.test): a district gkmlpt whose shell carries no settings inline — the site id
is in a separate ``/gkmlpt/static/js/config.js`` the shell loads — whose list API answers a Laravel-style
paginator (``current_page``, ``last_page``, ``per_page``, ``total``, ``next_page_url``), whose detail URLs
have the real platform's shape ``content/<id // 10**6>/<id // 1000>/post_<id>.html``, and whose
department articles are aggregated from the department's own gkmlpt under a sub-path (``/jyj/gkmlpt/…``).

Registered ``/gkmlpt/index#4211``: the shell ``<div id="gkmlpt-root"></div>`` with ``<script
src="/gkmlpt/static/js/config.js">`` (``window.GKMLPT_CONF = {"sid": 761305, "api": "/gkmlpt/api/all/",
"defaultCat": 4201}`` — with no fragment the app opens 4201 机构职能, not the 年报).  The API
``/gkmlpt/api/all/4211?page=N&sid=761305`` answers ``{"current_page": N, "last_page": 3, "per_page": 4,
"total": 11, "next_page_url": "http://www.xiewan.gov.test/gkmlpt/api/all/4211?sid=761305&page=2",
"prev_page_url": null, "articles": [{"id", "title", "url", "publisher", "date": "2025/01/20"}]}`` (dates with
slashes; ``url`` absolute); without ``sid`` it answers for the host's own site, a wrong ``sid`` answers
``{"code": 404, "msg": "站点不存在"}``; a page past the end an empty ``articles`` with ``next_page_url``
null.  Detail pages: ``<ul class="gkml-meta">`` (索引号 / 分类 / 发布机构 / 成文日期 / 名称), ``h1.gkml-title``,
body in ``div#zoomcon.gkml-zoom``, files in ``div.gkml-fj`` (``/attachment/0/<n>/<n>/<hex>.ofd``).

The 教育局 publishes on its own sub-path gkmlpt (``/jyj/gkmlpt/index#5103``, config
``/jyj/gkmlpt/static/js/config.js`` sid 761322, its API ``/jyj/gkmlpt/api/all/5103``); its articles
``/jyj/gkmlpt/content/0/<n>/post_<id>.html`` are also rows of the district's 4211 list (the district
aggregates), titled "区教育局…" with 发布机构 澥湾区教育局 and the sub-site's chrome.

Reports (8): 澥湾区人民政府 2020–2024 (2021 an OFD attachment), 澥湾区教育局 2023, 2024, 澥湾区南滩街道办事处
2024.  Decoys (3): 澥湾区2024年度法治政府建设年度报告, 澥湾区2024年国民经济和社会发展统计公报,
区教育局2024年度部门决算.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch25._site import MEDIA, Site, esc

HOST = "www.xiewan.gov.test"
SITE = "xiewan-gkml"
OWNER = "澥湾区人民政府"
OFFICE = "澥湾区人民政府办公室"
JYJ = "澥湾区教育局"
PER = 4
# prefix -> (site name, sid, 年报 column)
SUBS = {"": (OWNER, 761305, 4211), "/jyj": (JYJ, 761322, 5103)}


def frame(site: str, prefix: str, title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="SiteName" content="{esc(site)}">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1"><title>{esc(title)}</title><link '
        f'rel="stylesheet" href="{prefix}/gkmlpt/static/css/app.css"></head><body><div class="gd-strip"><a '
        'href="http://www.gdzwfw.gov.test/">广东政务服务网</a><a href="javascript:;" class="aria">无障碍浏览</a>'
        '</div><div '
        f'class="gkml-head"><a href="{prefix}/gkmlpt/index">{esc(site)}</a> <span>政府信息公开</span></div>'
        f'{inner}<div class="gkml-foot"><p>主办：{esc(site)}　地址：澥湾区海滨大道88号</p><p>网站标识码：'
        '9875050017　未ICP备05012345号　未公网安备 98750502000217号</p><p class="qr">关注“澥湾发布”微信公众号</p></div>'
        '</body></html>'
    )


class GkmlptXiewan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 204_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: dict[str, list[dict[str, object]]] = {p: [] for p in SUBS}
        for year, day in ((2020, 20), (2022, 24), (2023, 19), (2024, 21)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"澥湾区{year}年政府信息公开工作年度报告")
            self.report(SITE, self.detail("", doc.title, doc.published_date or "", OFFICE,
                                          self.body(doc, word=year < 2021)), doc)
        doc = self.doc(OWNER, 2021, "2022-01-25", "澥湾区2021年政府信息公开工作年度报告")
        n = self.rng.randrange(10**5, 10**6)
        path = f"/attachment/0/{n // 1000}/{n}/{self.rng.getrandbits(64):016x}.ofd"
        fj = f'<a href="{path}">{esc(doc.title)}.ofd</a>'
        url = self.detail("", doc.title, "2022-01-25", OFFICE, f"<p>{esc(doc.title)}详见附件。</p>", fj)
        self.report(SITE, url, doc, media_type=MEDIA["ofd"], report_url=self.attach(HOST, path, doc, "ofd"))
        for year, date in ((2023, "2024-01-16"), (2024, "2025-01-15")):
            doc = self.doc(JYJ, year, date, f"区教育局{year}年政府信息公开工作年度报告")
            self.report(SITE, self.detail("/jyj", doc.title, date, JYJ, self.body(doc)), doc)
        doc = self.doc("澥湾区南滩街道办事处", 2024, "2025-01-23", "南滩街道2024年政府信息公开工作年度报告")
        self.report(SITE, self.detail("", doc.title, "2025-01-23", "澥湾区南滩街道办事处", self.body(doc)), doc)
        for prefix, title, agency, year, date in (
                ("", "澥湾区2024年度法治政府建设年度报告", OWNER, 2024, "2025-03-20"),
                ("", "澥湾区2024年国民经济和社会发展统计公报", OWNER, 2024, "2025-03-27"),
                ("/jyj", "区教育局2024年度部门决算", JYJ, 2024, "2025-08-20")):
            body = self.decoy_body(title, agency, year)
            self.decoy(SITE, self.detail(prefix, title, date, agency if prefix else OFFICE, body), title)
        for prefix, (site, sid, col) in SUBS.items():
            self.rows[prefix].sort(key=lambda r: (str(r["date"]), int(str(r["id"]))), reverse=True)
            shell = (f'<div id="gkmlpt-root"></div><noscript>本目录需要启用JavaScript</noscript><script '
                     f'src="{prefix}/gkmlpt/static/js/config.js"></script><script src="{prefix}/gkmlpt/static/js/'
                     'app.8d41e7.js"></script>')
            self.put(HOST, f"{prefix}/gkmlpt/index", frame(site, prefix, f"{site}政府信息公开目录", shell))
            conf = {"sid": sid, "name": site, "api": f"{prefix}/gkmlpt/api/all/", "defaultCat": col - 10}
            self.put(HOST, f"{prefix}/gkmlpt/static/js/config.js",
                     f"window.GKMLPT_CONF = {json.dumps(conf, ensure_ascii=False)};\n",
                     "application/javascript; charset=utf-8")
            self.route(HOST, f"{prefix}/gkmlpt/api/all/{col}", self.api(prefix))
        # the district's 年报 column aggregates its departments' 年报 rows
        self.rows[""] = sorted(self.rows[""] + self.rows["/jyj"],
                               key=lambda r: (str(r["date"]), int(str(r["id"]))), reverse=True)

    def detail(self, prefix: str, title: str, date: str, publisher: str, content: str, files: str = "") -> str:
        pid = self.next_id()
        site, sid, col = SUBS[prefix]
        path = f"{prefix}/gkmlpt/content/{pid // 10**6}/{pid // 1000}/post_{pid}.html"
        url = f"http://{HOST}{path}"
        self.rows[prefix].append({"id": pid, "title": title, "url": url, "publisher": publisher,
                                  "date": date.replace("-", "/")})
        meta = (f'<ul class="gkml-meta"><li><label>索引号：</label><span>{sid}/{date[:4]}-{pid % 1000:05d}</span></li>'
                f'<li><label>分类：</label><span>政府信息公开年报</span></li><li><label>发布机构：</label><span>'
                f'{esc(publisher)}</span></li><li><label>成文日期：</label><span>{date}</span></li><li><label>名称：'
                f'</label><span>{esc(title)}</span></li></ul>')
        fj = f'<div class="gkml-fj"><span>附件：</span>{files}</div>' if files else ""
        inner = (f'<div class="gkml-detail"><div class="crumb"><a href="{prefix}/gkmlpt/index#{col}">政府信息公开目录'
                 f'</a> &gt; 政府信息公开年报</div>{meta}<h1 class="gkml-title">{esc(title)}</h1>'
                 f'<div class="gkml-zoom" id="zoomcon">{content}</div>{fj}</div>')
        return self.put(HOST, path, frame(site, prefix, f"{title}_{site}", inner))

    def api(self, prefix: str) -> Callable[[Request], Response]:
        _, sid, col = SUBS[prefix]

        def serve(request: Request) -> Response:
            asked = request.param("sid")
            if asked and asked != str(sid):
                return Response(200, json.dumps({"code": 404, "msg": "站点不存在"}, ensure_ascii=False).encode(),
                                "application/json; charset=utf-8")
            try:
                n = max(1, int(request.param("page", "1") or 1))
            except ValueError:
                n = 1
            rows = self.rows[prefix]
            last = -(-len(rows) // PER)
            base = f"http://{HOST}{prefix}/gkmlpt/api/all/{col}?sid={sid}&page="
            data = {"current_page": n, "last_page": last, "per_page": PER, "total": len(rows),
                    "next_page_url": base + str(n + 1) if n < last else None,
                    "prev_page_url": base + str(n - 1) if 1 < n <= last + 1 else None,
                    "articles": rows[(n - 1) * PER:n * PER]}
            return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json; charset=utf-8")

        return serve


PORTALS = [GkmlptXiewan]
