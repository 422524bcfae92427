"""郪口县 (www.qikou.gov.test → zwgk.qikou.gov.test): a hand-built portal (no CMS family) whose 政务公开
is on another host reached only from the home page, and whose 年报 list grows by a "加载更多" button.

The registry gives only the home page ``http://www.qikou.gov.test/``; its nav's 政务公开 goes to
``http://zwgk.qikou.gov.test/``, whose left menu links 政府信息公开年报 ``/nb/index.html``.  That page
prints the first 6 entries as ``<div class="nb-item"><a>…</a><time>…</time></div>`` and a
``<button id="loadMore" data-api="/nb/list.json" data-page="1" data-size="6" data-total="10">加载更多
</button>``; the button's script fetches ``/nb/list.json?page=2&size=6`` → ``{"total": 10, "page": 2,
"size": 6, "hasMore": false, "list": [{"title", "link", "date", "dept"}]}`` (page 1 is the same six).
No pager.  Articles ``/nb/YYYY/MMDD/<id>.html`` with the body in ``<article class="nb-content">``
and a "发布部门" line; the 2023 county report is a PDF behind an "附件下载" button.  Units: the
交通运输局 ("县交通运输局…") and 岜山乡.  Decoys: 统计公报, 政府网站工作年度报表, a 勘误说明.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.model import ReportDoc

WWW = "www.qikou.gov.test"
ZWGK = "zwgk.qikou.gov.test"
SITE = "qikou-gov"
OWNER = "郪口县人民政府"
SIZE = 6


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="zh"><head><meta charset="utf'
        '-8"><meta name="viewport" content="width=device-width">'
        f'{metas}<title>{escape(title)} | 郪口县政务公开</title><link rel="stylesheet" href="/assets/site.css"></head>'
        '<body><header><a href="http://www.qikou.gov.test/">郪口县人民政府</a> · 政务公开</header><aside class="menu">'
        '<a href="/gkzn.html">政府信息公开指南</a><a href="/zcwj/index.html">政策文件</a>'
        '<a href="/nb/index.html">政府信息公开年报</a></aside>'
        f"<main>{inner}</main><footer>郪口县人民政府办公室主办　网站标识码：9842710006　未ICP备22001984号　"
        "联系电话：0984-7712001</footer></body></html>"
    )


class NocmsQikou(UnseenPortal):
    hosts = (WWW, ZWGK)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.next_id = 880
        self.items: list[dict[str, str]] = []
        self.article(make_doc(rng, OWNER, 2020, "2021-01-25"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-28"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-31"))
        self.notice("郪口县2022年国民经济和社会发展统计公报", "2023-04-10", "郪口县统计局")
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-29"))
        self.notice("关于《郪口县2023年政府信息公开工作年度报告》的勘误说明", "2024-02-06", "郪口县人民政府办公室")
        self.article(
            make_doc(rng, "郪口县岜山乡人民政府", 2023, "2024-01-16", title="岜山乡2023年政府信息公开工作年度报告")
        )
        self.article(make_doc(rng, OWNER, 2024, "2025-01-24"))
        self.article(
            make_doc(rng, "郪口县交通运输局", 2024, "2025-01-21", title="县交通运输局2024年政府信息公开工作年度报告")
        )
        self.notice("郪口县人民政府网站2024年政府网站工作年度报表", "2025-01-13", "郪口县人民政府办公室")
        self.items.sort(key=lambda i: i["date"], reverse=True)
        first = "".join(
            f'<div class="nb-item"><a href="{i["link"]}" target="_b'
            f'lank">{escape(i["title"])}</a><time>{i["date"]}</time>'
            "</div>"
            for i in self.items[:SIZE]
        )
        inner = (
            f'<nav class="crumb">首页 / 政府信息公开年报</nav><section id="nbList">{first}</section>'
            f'<button id="loadMore" data-api="/nb/list.json" data-page="1" data-size="{SIZE}" '
            f'data-total="{len(self.items)}">加载更多</button><script src="/assets/more.js"></script>'
        )
        self.put(
            ZWGK,
            "/nb/index.html",
            frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">'),
        )
        self.route(ZWGK, "/nb/list.json", self.api)
        self.put(ZWGK, "/assets/more.js", MORE_JS, "application/javascript")
        self.put(
            ZWGK,
            "/index.html",
            frame(
                "政务公开",
                '<section class="cards"><a href="/nb/index.html">政府信息公开年报</a>'
                '<a href="/gkzn.html">政府信息公开指南</a></section>',
            ),
        )
        self.put(WWW, "/index.html", HOME)

    def page_of(self, title: str, date: str, dept: str, content: str) -> str:
        self.next_id += self.rng.randint(7, 90)
        link = f"/nb/{date[:4]}/{date[5:7]}{date[8:]}/{self.next_id}.html"
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
            f'<meta name="ContentSource" content="{escape(dept)}">'
        )
        inner = (
            '<nav class="crumb"><a href="/">首页</a> / <a href="/nb/index.html">政府信息公开年报</a></nav>'
            f'<h1>{escape(title)}</h1><p class="meta">发布部门：{escape(dept)}　发布日期：{date}</p>'
            f'<article class="nb-content">{content}</article>'
        )
        url = self.put(ZWGK, link, frame(title, inner, metas))
        self.items.append({"title": title, "link": link, "date": date, "dept": dept})
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table class="tb" border="1">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", doc.agency_name, content), doc)

    def attached(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = f"/uploads/{date[:4]}/{date[5:7]}/{self.rng.getrandbits(64):016x}.pdf"
        file_url = self.put_pdf(ZWGK, path, doc)
        content = (
            f'<p>{escape(doc.title)}全文见附件。</p><p><a class="btn-download" href="{path}" download>附件下载</a></p>'
        )
        url = self.page_of(doc.title, date, doc.agency_name, content)
        self.report(SITE, url, doc, media_type=PDF, report_url=file_url)

    def notice(self, title: str, date: str, dept: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, dept, content), title)

    def api(self, request: Request) -> Response:
        size = int(request.param("size", str(SIZE))) if request.param("size", "x").isdigit() else SIZE
        size = min(max(size, 1), 50)
        page = int(request.param("page", "1")) if request.param("page", "x").isdigit() else 1
        part = self.items[(page - 1) * size : page * size] if page >= 1 else []
        body = {
            "total": len(self.items),
            "page": page,
            "size": size,
            "hasMore": page * size < len(self.items),
            "list": part,
        }
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=utf-8")


HOME = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="郪口县人民政府">'
    '<meta name="SiteIDCode" content="9842710006"><title>郪口县人民政府</title></head><body>'
    '<nav class="main-nav"><a href="/">首页</a><a href="/news/">郪口要闻</a>'
    '<a href="http://zwgk.qikou.gov.test/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></nav>'
    '<section class="banner">山水郪口 宜居之城</section><'
    "footer>郪口县人民政府办公室主办　网站标识码：9842710006</footer>"
    "</body></html>"
)

MORE_JS = """document.getElementById('loadMore').addEventListener('click', function () {
  var b = this, page = +b.dataset.page + 1;
  fetch(b.dataset.api + '?page=' + page + '&size=' + b.dataset.size).then(function (r) { return r.json(); })
    .then(function (d) {
      d.list.forEach(function (i) {
        var el = document.createElement('div'); el.className = 'nb-item';
        el.innerHTML = '<a href="' + i.link + '" target="_blank">' + i.title + '</a><time>' + i.date + '</time>';
        document.getElementById('nbList').appendChild(el);
      });
      b.dataset.page = page; if (!d.hasMore) b.style.display = 'none';
    });
});
"""

PORTALS = [NocmsQikou]
