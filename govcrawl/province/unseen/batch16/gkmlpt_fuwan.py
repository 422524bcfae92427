"""洑湾区 (www.fuwan.gov.test): a district gkmlpt whose site id and API base are only in an external
config script, whose API pages five rows at a time, and whose file-only reports are an OFD and a
.docx listed in the detail page's 附件 block.

``/gkmlpt/index`` is the SPA shell (no list, no site id inline): it loads ``<script
src="/gkmlpt/static/js/config.js?v=20250108">`` — ``window.GKML_CONFIG = {"sid": "763306", "apiBase":
"/gkmlpt/api", "contentBase": "/gkmlpt/content"};`` — then the bundle; the registry enters at
``#2286``.  ``/gkmlpt/api/all/2286?page=N&sid=763306`` answers ``{"total": 11, "page": N, "size": 5,
"articles": [...]}`` (``page=3`` one row, ``page=4`` none); a wrong ``sid`` gives ``{"code": 404,
"msg": "站点不存在"}`` with status 404; another column's API path is a 404 page.  Rows: ``id``, ``title``, ``url``
(absolute, ``http://www.fuwan.gov.test/gkmlpt/content/5/2286/post_<id>.html``), ``publisher`` (units the
short way: "区卫健局"), ``date`` ("2025-01-22"), ``attachment_count``.  Detail pages: a ``table.gk-head``
of 索引号 / 发布机构 / 成文日期 / 公开方式, the body in ``div.gk-content``, a ``div.gk-fj`` 附件 list, and
``DETAIL: {...}, TREE: [...]`` in the page script.  The district's 2023 report is an OFD and the
人社局's 2022 report a .docx, each a detail page whose ``div.gk-content`` is one line, the file linked
from ``div.gk-fj`` (``/attachment/0/561/561<n>/<id>.ofd``).

Reports (8): 洑湾区人民政府 2020 (old template) – 2024, 洑湾区卫生健康局 2024 ("区卫健局2024年…"),
洑湾区沙洑街道办事处 2023 (titled only "2023年政府信息公开工作年度报告"; the unit in ``publisher``, the
发布机构 row and ``ContentSource``), 洑湾区人力资源和社会保障局 2022 ("洑湾区人社局2022年度…", .docx).
Decoys (3): 卫健局 2023年度部门整体支出绩效自评报告, 2024年法治政府建设年度报告, 2025年政务公开工作要点.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    OFD,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.fuwan.gov.test"
SITE = "fuwan-gkml"
OWNER = "洑湾区人民政府"
SID = "763306"
COL = 2286
PER = 5


def frame(title: str, inner: str, head: str = "", script: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="洑湾区人民政府"><meta name='
        '"SiteDomain" content="www.fuwan.gov.test"><meta name="SiteIDCode" content="9866210004">'
        f'{head}<title>{escape(title)}</title><link rel="stylesheet" href="/gkmlpt/static/css/app.css"></head><body>'
        '<div class="gk-top"><a href="http://www.fuwan.gov.test/">洑湾区人民政府门户网站</a> <a href="javascript:;" '
        'id="cniil_wza">无障碍浏览</a></div><div class="gk-banner">洑湾区政府信息公开目录</div>'
        f'{inner}<div class="gk-foot">主办：洑湾区人民政府办公室　网站标识码：9866210004　未ICP备16120873号</div>'
        f'{script}</body></html>'
    )


class GkmlptFuwan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 64_000
        self.post = 3_318_400
        self.rows: list[dict[str, object]] = []
        office = "洑湾区人民政府办公室"
        for year, date in ((2020, "2021-01-27"), (2021, "2022-01-26"), (2022, "2023-01-28"), (2024, "2025-01-23")):
            self.article(self.doc(OWNER, year, date), office, "区政府办")
        self.file(self.doc(OWNER, 2023, "2024-01-30"), "ofd", office, "区政府办")
        self.article(self.doc("洑湾区卫生健康局", 2024, "2025-01-20", "区卫健局2024年政府信息公开工作年度报告"),
                     "洑湾区卫生健康局", "区卫健局")
        self.article(self.doc("洑湾区沙洑街道办事处", 2023, "2024-01-24", "2023年政府信息公开工作年度报告"),
                     "洑湾区沙洑街道办事处", "洑湾区沙洑街道办事处")
        self.file(self.doc("洑湾区人力资源和社会保障局", 2022, "2023-01-19",
                           "洑湾区人社局2022年度政府信息公开工作年度报告"),
                  "docx", "洑湾区人力资源和社会保障局", "区人社局")
        self.notice("洑湾区卫生健康局2023年度部门整体支出绩效自评报告", 2023, "2024-05-16", "区卫健局")
        self.notice("洑湾区2024年法治政府建设年度报告", 2024, "2025-03-25", "区司法局")
        self.notice("洑湾区2025年政务公开工作要点", 2025, "2025-04-08", "区政府办")
        self.rows.sort(key=lambda r: str(r["date"]), reverse=True)
        self.put(HOST, "/gkmlpt/index", self.shell())
        self.put(HOST, "/gkmlpt/static/js/config.js",
                 f'window.GKML_CONFIG = {{"sid": "{SID}", "apiBase": "/gkmlpt/api", "contentBase": "/gkmlpt/content", '
                 '"siteName": "洑湾区人民政府"};\n', "application/javascript")
        self.route(HOST, f"/gkmlpt/api/all/{COL}", self.api)

    def doc(self, agency: str, year: int, date: str, title: str | None = None) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    def page_of(self, title: str, date: str, content: str, unit: str, publisher: str,
                files: tuple[tuple[str, str], ...] = ()) -> str:
        self.post += self.rng.randint(100, 9000)
        path = f"/gkmlpt/content/5/{COL}/post_{self.post}.html"
        index = f"11440{SID}/{date[:4]}-{self.rng.randint(10000, 99999):05d}"
        fj = "".join(f'<li><a href="{h}" target="_blank">{escape(n)}</a></li>' for h, n in files)
        detail = {"id": self.post, "title": title, "publisher": unit, "date": date, "identifier": index,
                  "attachment": [{"name": n, "url": h} for h, n in files]}
        detail_json = json.dumps(detail, ensure_ascii=False)
        script = (f"<script>var app = new Vue({{el: '#gkApp', data: {{DETAIL: {detail_json}, "
                  f"TREE: [{{\"id\": {COL}, \"name\": \"政府信息公开年报\"}}]}}}});</script>")
        inner = (
            f'<div id="gkApp" class="gk-detail"><table class="gk-head"><tr><th>索引号：</th><td>{index}</td><th>分类：'
            f'</th><td>政府信息公开年报</td></tr><tr><th>发布机构：</th><td>{escape(unit)}</td><th>成文日期：</th><td>'
            f'{date}</td></tr><tr><th>名称：</th><td colspan="3">{escape(title)}</td></tr><tr><th>公开方式：</th><td'
            f'>主动'
            f'公开</td><th>发布日期：</th><td>{date}</td></tr></table><h1 class="gk-title">{escape(title)}</h1><div '
            f'class="gk-content">{content}</div><div class="gk-fj">{"<h4>附件：</h4><ul>" + fj + "</ul>" if fj else ""}'
            '</div></div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}"><meta '
                f'name="ContentSource" content="{escape(unit)}">')
        url = self.put(HOST, path, frame(f"{title}-洑湾区人民政府", inner, head, script))
        self.rows.append({"id": self.post, "title": title, "url": url, "publisher": publisher, "date": date,
                          "attachment_count": len(files)})
        return url

    def article(self, doc: ReportDoc, unit: str, publisher: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="4">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, unit, publisher), doc)

    def file(self, doc: ReportDoc, ext: str, unit: str, publisher: str) -> None:
        date = doc.published_date or ""
        path = f"/attachment/0/561/561{self.rng.randint(100, 999)}/{self.rng.randint(1_000_000, 9_999_999)}.{ext}"
        if ext == "ofd":
            file_url = self.put(HOST, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
        else:
            file_url = self.put(HOST, path, render_docx(doc), DOCX)
        url = self.page_of(doc.title, date, plain_para(f"{doc.title}详见附件。", False), unit, publisher,
                           ((path, f"{doc.title}.{ext}"),))
        self.report(SITE, url, doc, media_type=OFD if ext == "ofd" else DOCX, report_url=file_url)

    def notice(self, title: str, year: int, date: str, publisher: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "洑湾区人民政府办公室", publisher), title)

    def api(self, request: Request) -> Response:
        if request.param("sid") != SID:
            return Response(404, json.dumps({"code": 404, "msg": "站点不存在"}, ensure_ascii=False).encode(),
                            "application/json")
        try:
            page = max(int(request.param("page", "1") or 1), 1)
        except ValueError:
            page = 1
        chosen = self.rows[(page - 1) * PER:page * PER]
        data = {"total": len(self.rows), "page": page, "size": PER, "articles": chosen}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json")

    def shell(self) -> str:
        inner = ('<div id="app"><div class="gk-loading">正在加载，请稍候…</div><noscript>请开启浏览器的JavaScript功能'
                 '后访问本目录。</noscript></div>')
        script = ('<script src="/gkmlpt/static/js/config.js?v=20250108"></script><script src="/gkmlpt/static/js/'
                  'manifest.js"></script><script src="/gkmlpt/static/js/vendor.js"></script><script src="/gkmlpt/'
                  'static/js/app.js"></script>')
        return frame("洑湾区政府信息公开目录", inner, "", script)


PORTALS = [GkmlptFuwan]
