"""沭口县 (www.shukou.gov.test): a county site built on Django by a local integrator (no README
family), registered without ``cms``; its 年报 list grows by infinite scroll from a REST API.

The 年报 page ``/zwgk/nb/`` renders the first 5 entries as ``<div class="card"><a class="card-title">…
</a><small class="text-muted">发布于 2025-01-22</small></div>`` and a ``<div id="sentinel"
data-next="/api/v1/nb/?limit=5&offset=5" data-count="12">`` watched by an IntersectionObserver
(no pager, no button).  The API is Django REST framework's limit/offset pagination: ``{"count": 12,
"next": "http://www.shukou.gov.test/api/v1/nb/?limit=5&offset=10", "previous": …, "results":
[{"id", "title", "url", "pub_date", "department"}]}`` (``next`` null at the end).  Articles
``/zwgk/nb/<id>/`` put the body in ``<article class="nb-body">``; the 2022 county report is an OFD
and the 2024 one a PDF, each a ``<a class="btn btn-download">`` after the body.  Titles: "2023年沭口县
政府信息公开工作年度报告" (year first), the 水务局 "县水务局2024年…" (沭口县水务局), 沭阳街道 (沭口县沭阳街道
办事处).  Decoys: 部门决算, 法治政府建设年度报告, 统计公报.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    OFD,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.shukou.gov.test"
SITE = "shukou-gov"
OWNER = "沭口县人民政府"
LIMIT = 5
API = "/api/v1/nb/"


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh-hans"><head><meta charset="utf-8"><meta name="viewport" '
        'content="width=device-width, initial-scale=1"><meta name="SiteName" content="沭口县人民政府">'
        f'<title>{escape(title)} | 沭口县人民政府</title><link rel="stylesheet" href="/static/css/bootstrap.min.css">'
        '</head><body><nav class="navbar"><a class="navbar-brand" href="/">沭口县人民政府</a><a href="/zwgk/">政务公开'
        '</a><a href="/zwfw/">政务服务</a><a href="javascript:;" class="wza">无障碍</a></nav>'
        f'<div class="container">{inner}</div><footer class="footer"><p>沭口县人民政府办公室 主办　'
        '网站标识码：9847710009　未ICP备21004471号</p><p><a href="/sitemap/">网站地图</a></p></footer>'
        '<script src="/static/js/nb.js"></script></body></html>'
    )


class NocmsShukou(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.pk = 300
        self.rows: list[dict[str, object]] = []
        self.article(make_doc(rng, OWNER, 2020, "2021-01-28", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-25"))
        self.notice("沭口县2021年度部门决算公开", "2022-09-09")
        self.attached(make_doc(rng, OWNER, 2022, "2023-01-29"), OFD)
        self.article(make_doc(rng, OWNER, 2023, "2024-01-26", title="2023年沭口县政府信息公开工作年度报告"))
        self.article(make_doc(rng, "沭口县沭阳街道办事处", 2023, "2024-01-17",
                              title="沭阳街道2023年政府信息公开工作年度报告"), "沭阳街道办事处")
        self.notice("沭口县2023年法治政府建设年度报告", "2024-03-05")
        self.notice("沭口县2023年国民经济和社会发展统计公报", "2024-04-02")
        self.attached(make_doc(rng, OWNER, 2024, "2025-01-27"), PDF)
        self.article(make_doc(rng, "沭口县水务局", 2024, "2025-01-22",
                              title="县水务局2024年政府信息公开工作年度报告"), "沭口县水务局")
        self.article(make_doc(rng, "沭口县沭阳街道办事处", 2024, "2025-01-18"), "沭阳街道办事处")
        self.rows.sort(key=lambda r: str(r["pub_date"]), reverse=True)
        cards = "".join(self.card(r) for r in self.rows[:LIMIT])
        inner = (
            '<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
            f'<li class="active">政府信息公开年报</li></ol><h2>政府信息公开年报</h2><div id="nb-list">{cards}</div>'
            f'<div id="sentinel" data-next="{API}?limit={LIMIT}&amp;offset={LIMIT}" data-count="{len(self.rows)}">'
            '</div><noscript>请启用JavaScript以加载更多内容</noscript>'
        )
        self.put(HOST, "/zwgk/nb/index.html", frame("政府信息公开年报", inner))
        self.put(HOST, "/static/js/nb.js", NB_JS, "application/javascript")
        self.route(HOST, API, self.api)

    @staticmethod
    def card(row: dict[str, object]) -> str:
        return (f'<div class="card"><a class="card-title" href="{row["url"]}">{escape(str(row["title"]))}</a>'
                f'<small class="text-muted">发布于 {row["pub_date"]}</small></div>')

    def page_of(self, title: str, date: str, dept: str, content: str, after: str = "") -> str:
        self.pk += self.rng.randint(1, 25)
        path = f"/zwgk/nb/{self.pk}/"
        inner = (
            '<ol class="breadcrumb"><li><a href="/">首页</a></li>'
            '<li><a href="/zwgk/nb/">政府信息公开年报</a></li></ol>'
            f'<h1 class="nb-title">{escape(title)}</h1>'
            f'<p class="nb-meta">发布部门：{escape(dept)} · 发布日期：{date}</p>'
            f'<article class="nb-body">{content}</article>{after}'
            '<div class="share">分享到：<a>微信</a> <a>微博</a></div>'
        )
        self.put(HOST, path + "index.html", frame(title, inner))
        self.rows.append({"id": self.pk, "title": title, "url": path, "pub_date": date, "department": dept})
        return f"http://{HOST}{path}"

    def article(self, doc: ReportDoc, dept: str = "县政府办公室") -> None:
        content = body_html(doc, plain_para, plain_cell, '<table class="table table-bordered">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", dept, content), doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        date = doc.published_date or ""
        ext = "pdf" if media == PDF else "ofd"
        path = f"/media/nb/{date[:4]}/{self.rng.randint(10**7, 10**8 - 1)}.{ext}"
        if media == PDF:
            file_url = self.put_pdf(HOST, path, doc)
        else:
            file_url = self.put(HOST, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
        after = f'<p><a class="btn btn-download" href="{path}">下载报告全文（{ext.upper()}）</a></p>'
        url = self.page_of(doc.title, date, "县政府办公室", f"<p>{escape(doc.title)}，请下载全文阅读。</p>", after)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, "县政府办公室", content), title)

    def api(self, request: Request) -> Response:
        try:
            limit = min(max(int(request.param("limit") or LIMIT), 1), 50)
            offset = max(int(request.param("offset") or 0), 0)
        except ValueError:
            return Response(400, b'{"detail": "invalid"}', "application/json")
        total = len(self.rows)
        base = f"http://{HOST}{API}"
        body = {
            "count": total,
            "next": f"{base}?limit={limit}&offset={offset + limit}" if offset + limit < total else None,
            "previous": (f"{base}?limit={limit}" + (f"&offset={offset - limit}" if offset - limit > 0 else ""))
            if offset > 0 else None,
            "results": self.rows[offset : offset + limit],
        }
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json")


NB_JS = """(function () {
  var s = document.getElementById('sentinel'), box = document.getElementById('nb-list');
  var io = new IntersectionObserver(function (e) {
    if (!e[0].isIntersecting || !s.dataset.next) return;
    fetch(s.dataset.next).then(function (r) { return r.json(); }).then(function (d) {
      d.results.forEach(function (x) {
        box.insertAdjacentHTML('beforeend', '<div class="card"><a class="card-title" href="' + x.url + '">' +
          x.title + '</a><small class="text-muted">发布于 ' + x.pub_date + '</small></div>');
      });
      s.dataset.next = d.next || '';
    });
  });
  io.observe(s);
})();
"""

PORTALS = [NocmsShukou]
