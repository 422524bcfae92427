"""稔州市 (www.renzhou.gov.test): a city's gkmlpt whose 年报 column is shared by the city and its
departments, with the agency only in ``publisher``.

``/gkmlpt/index#1150`` is the SPA shell; the site id is in ``window.GKML_CONFIG = {sid: '763021',
…}``.  The list API ``/gkmlpt/api/all/1150?page=1&sid=763021`` answers ``{"articles": [...],
"total": N}`` with rows ``{"id", "title", "url", "publisher", "date" (epoch seconds),
"attachment"}``; ``url`` is absolute and of the ``/content/post_<id>.html`` form without the
``gkmlpt`` segment (portals.md §1.6, gzw.sz).  The titles name no agency ("2023年度政府信息公开工作
年度报告"): the agency is the row's ``publisher`` and the detail page's 发布机构 cell.  Detail
pages are server-rendered (a ``table.xxgk-info`` 索引号 block, ``div.article-content``) and carry
``DETAIL: {...}, TREE:``; a PDF report is only in the 附件 list *and* ``DETAIL.attachment``, a .docx
report's link sits in the body text.  Decoys: 政府网站工作年度报表, 法治政府建设情况报告.
"""

from __future__ import annotations

import json
import random
from datetime import datetime
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.renzhou.gov.test"
SITE = "renzhou-gov"
OWNER = "稔州市人民政府"
OFFICE = "稔州市人民政府办公室"
COLUMN = 1150
SID = 763021


def shell(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="SiteName" content="稔州市人民政府门户网站">'
        f'<meta name="SiteIDCode" content="9832000001">{head}<title>{escape(title)}</title></head><body>'
        '<div class="rz-header"><a href="/">稔州市人民政府门户网站</a><span>政府信息公开</span></div>'
        f'{inner}<div class="rz-footer">稔州市人民政府办公室主办　网站标识码：9832000001　'
        "未ICP备12032000号</div></body></html>"
    )


class GkmlptRenzhou(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.post = 4_402_100
        self.articles: list[dict[str, object]] = []
        self.article(make_doc(rng, OWNER, 2021, "2022-01-30", title="2021年度政府信息公开工作年度报告"), OFFICE)
        self.article(make_doc(rng, OWNER, 2022, "2023-01-31", title="2022年度政府信息公开工作年度报告"), OFFICE)
        self.notice("2023年度法治政府建设情况报告", 2023, "2024-03-29")
        self.article(
            make_doc(rng, "稔州市交通运输局", 2023, "2024-01-22", title="2023年度信息公开年报"), "稔州市交通运输局"
        )
        self.article(
            make_doc(rng, OWNER, 2023, "2024-01-31", title="2023年度政府信息公开工作年度报告"), OFFICE, attach="pdf"
        )
        self.notice("2024年政府网站工作年度报表", 2024, "2025-01-16")
        self.article(
            make_doc(rng, "稔州市医疗保障局", 2024, "2025-01-21", title="2024年度政府信息公开工作年度报告"),
            "稔州市医疗保障局",
            attach="docx",
        )
        self.article(make_doc(rng, OWNER, 2024, "2025-01-27", title="2024年度政府信息公开工作年度报告"), OFFICE)
        self.articles.sort(key=lambda a: int(str(a["date"])), reverse=True)
        config = f"window.GKML_CONFIG = {{sid: '{SID}', apiRoot: '/gkmlpt/api', theme: 'blue'}};"
        self.put(
            HOST,
            "/gkmlpt/index",
            shell(
                "稔州市人民政府信息公开目录",
                '<div id="gkml-app"></div>',
                f'<script>{config}</script><script src="/gkmlpt/static/js/main.8c1f.js"></script>',
            ),
        )
        self.route(HOST, f"/gkmlpt/api/all/{COLUMN}", self.api)

    def detail(self, title: str, date: str, publisher: str, body: str, files: list[dict[str, str]]) -> str:
        self.post += self.rng.randint(50, 3000)
        path = f"/content/post_{self.post}.html"
        listed = "".join(f'<li><a href="{f["url"]}">{escape(f["name"])}</a></li>' for f in files)
        info = {
            "id": self.post,
            "title": title,
            "publisher": publisher,
            "created_at": f"{date} 10:00:00",
            "attachment": files,
        }
        inner = (
            '<div class="rz-crumb">首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div><div class="rz-detail">'
            f'<table class="xxgk-info"><tr><td class="lab">索引号：</td><td>007{SID}/{date[:4]}-{self.post % 1000:05d}'
            f'</td><td class="lab">分类：</td><td>政府信息公开年报</td></tr><tr><td class="lab">发布机构：</td>'
            f'<td>{escape(publisher)}</td><td class="lab">发布日期：</td><td>{date}</td></tr>'
            f'<tr><td class="lab">名称：</td><td colspan="3">{escape(title)}</td></tr></table>'
            f'<h2 class="title">{escape(title)}</h2><div class="article-content">{body}</div>'
            + (f'<div class="article-fj"><h4>附件：</h4><ul>{listed}</ul></div>' if listed else "")
            + "</div><script>window._CONFIG = {DETAIL: "
            + json.dumps(info, ensure_ascii=False)
            + ', TREE: [{"id": 1150, "name": "政府信息公开年报", "parent": 1100}]};</script>'
        )
        self.put(HOST, path, shell(f"{title}_稔州市人民政府门户网站", inner))
        stamp = int(datetime.fromisoformat(f"{date}T10:00:00+08:00").timestamp())
        self.articles.append(
            {
                "id": self.post,
                "title": title,
                "url": f"http://{HOST}{path}",
                "publisher": publisher,
                "date": stamp,
                "attachment": [f["url"] for f in files],
            }
        )
        return f"http://{HOST}{path}"

    def article(self, doc: ReportDoc, publisher: str, attach: str = "") -> None:
        date = doc.published_date or ""
        if not attach:
            body = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
            self.report(SITE, self.detail(doc.title, date, publisher, body, []), doc)
            return
        name = f"{self.rng.getrandbits(64):016x}.{attach}"
        path = f"/attachment/{date[:4]}/{date[5:7]}/{name}"
        if attach == "pdf":
            file_url = self.put_pdf(HOST, path, doc)
            url = self.detail(
                doc.title, date, publisher, "<p>　　全文见附件。</p>", [{"name": f"{doc.title}.pdf", "url": file_url}]
            )
            self.report(SITE, url, doc, media_type=PDF, report_url=file_url)
            return
        file_url = self.put(HOST, path, render_docx(doc), DOCX)
        body = (
            f'<p>　　现公开{escape(publisher)}{escape(doc.title)}，<a href="{path}">{escape(doc.title)}.docx</a>。</p>'
        )
        self.report(SITE, self.detail(doc.title, date, publisher, body, []), doc, media_type=DOCX, report_url=file_url)

    def notice(self, title: str, year: int, date: str) -> None:
        body = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.detail(title, date, OFFICE, body, []), title)

    def api(self, request: Request) -> Response:
        if request.param("sid") != str(SID):
            return Response(200, b'{"articles": [], "total": 0}', "application/json")
        page = request.param("page", "1")
        rows = self.articles if page in ("", "1") else []
        body = json.dumps({"articles": rows, "total": len(self.articles)}, ensure_ascii=False)
        return Response(200, body.encode(), "application/json; charset=utf-8")


PORTALS = [GkmlptRenzhou]
