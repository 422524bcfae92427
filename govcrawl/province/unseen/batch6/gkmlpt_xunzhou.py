"""洵州市卫生健康局 (wjj.xunzhou.gov.test): a city bureau's gkmlpt whose site id is a hidden input
and whose API gives relative article URLs.

``/gkmlpt/index#2841`` is the SPA shell; the site id is only in ``<input type="hidden" id="sid"
value="757316">`` of the app root.  The list API ``/gkmlpt/api/all/2841?page=N&sid=…`` answers
``{"articles": [{"id", "title", "url", "publisher", "date", "attachment"}], "total", "limit": 20}``
(portals.md §1.6) with ``url`` *relative to the host* (``/gkmlpt/content/2/2841/post_N.html``) and
``date`` as "2025-01-20" — one page, as a column this small has.  Detail pages are rendered on the
server (a 索引号 / 发布机构 / 生成日期 table, then ``div.gz-content``) and carry the ``DETAIL: {...},
TREE:`` object.  The 2024 report is a PDF linked *in the body text* ("点击查看：…"), absent from
``DETAIL.attachment``; the CDC's report (洵州市疾病预防控制中心, a unit under the bureau, its
publisher) is a .docx listed in ``DETAIL.attachment`` and an 附件 block.  Title wording: the year in
brackets at the end ("…政府信息公开工作年度报告（2022年度）", inferred).  Decoys: 工作要点, 部门决算.
"""

from __future__ import annotations

import json
import random
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

HOST = "wjj.xunzhou.gov.test"
SITE = "xunzhou-wjj"
OWNER = "洵州市卫生健康局"
COLUMN = 2841
SID = 757316


def shell(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="洵州市卫生健康局">'
        f'<meta name="SiteIDCode" content="9827000031">{head}<title>{escape(title)}</title></head><body>'
        '<div class="gz-top"><a href="http://www.xunzhou.gov.test/">洵州市人民政府</a> | 洵州市卫生健康局</div>'
        f'{inner}<div class="gz-foot">洵州市卫生健康局 版权所有　网站标识码：9827000031</div></body></html>'
    )


class GkmlptXunzhou(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.post = 3_310_200
        self.articles: list[dict[str, object]] = []
        self.article(make_doc(rng, OWNER, 2021, "2022-01-24"))
        self.article(
            make_doc(rng, OWNER, 2022, "2023-01-19", title="洵州市卫生健康局政府信息公开工作年度报告（2022年度）")
        )
        self.notice("洵州市卫生健康局2023年度部门决算", "2024-08-21")
        self.article(
            make_doc(rng, OWNER, 2023, "2024-01-25", title="洵州市卫生健康局政府信息公开工作年度报告（2023年度）")
        )
        self.notice("洵州市卫生健康局2024年政务公开工作要点", "2024-04-02")
        self.article(
            make_doc(rng, "洵州市疾病预防控制中心", 2024, "2025-01-21"),
            publisher="洵州市疾病预防控制中心",
            attach="docx",
        )
        self.article(
            make_doc(rng, OWNER, 2024, "2025-01-24", title="洵州市卫生健康局政府信息公开工作年度报告（2024年度）"),
            attach="pdf",
        )
        self.articles.sort(key=lambda a: str(a["date"]), reverse=True)
        self.put(
            HOST,
            "/gkmlpt/index",
            shell(
                "洵州市卫生健康局政府信息公开",
                f'<div id="app"><input type="hidden" id="sid" value="{SID}"></div>',
                '<link rel="stylesheet" href="/gkmlpt/static/css/app.css"><script src="/gkmlpt/static/js/app.3e9a.js">'
                "</script>",
            ),
        )
        self.route(HOST, f"/gkmlpt/api/all/{COLUMN}", self.api)

    def detail(self, title: str, date: str, publisher: str, body: str, attachments: list[dict[str, str]]) -> str:
        self.post += self.rng.randint(30, 2500)
        path = f"/gkmlpt/content/2/{COLUMN}/post_{self.post}.html"
        detail = {
            "id": self.post,
            "title": title,
            "publisher": publisher,
            "created_at": f"{date} 16:40:00",
            "attachment": attachments,
        }
        files = "".join(f'<p><a href="{a["url"]}" target="_blank">{escape(a["name"])}</a></p>' for a in attachments)
        inner = (
            f'<div class="gz-detail"><table class="gz-meta"><tr><th>索引号：</th><td>11{SID}/{date[:4]}-'
            f"{self.rng.randint(100, 999)}</td><th>分类：</th><td>政府信息公开年报</td></tr><tr><th>发布机构：</th>"
            f'<td>{publisher}</td><th>生成日期：</th><td>{date}</td></tr><tr><th>名称：</th><td colspan="3">'
            f'{escape(title)}</td></tr></table><h1>{escape(title)}</h1><div class="gz-content">{body}</div>'
            + (f'<div class="gz-fj"><span>附件：</span>{files}</div>' if files else "")
            + "</div>"
            "<script>var pageData = {DETAIL: "
            + json.dumps(detail, ensure_ascii=False)
            + ', TREE: [{"id": 2841, "name": "政府信息公开年报", "parent": 2800}]};</script>'
        )
        self.put(HOST, path, shell(f"{title}-洵州市卫生健康局", inner))
        self.articles.append(
            {
                "id": self.post,
                "title": title,
                "url": path,
                "publisher": publisher,
                "date": date,
                "attachment": [a["url"] for a in attachments],
            }
        )
        return f"http://{HOST}{path}"

    def article(self, doc: ReportDoc, publisher: str = OWNER, attach: str = "") -> None:
        date = doc.published_date or ""
        if not attach:
            body = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="2">')
            self.report(SITE, self.detail(doc.title, date, publisher, body, []), doc)
            return
        stamp = f"{self.rng.getrandbits(64):016x}"
        if attach == "pdf":
            file_url = self.put_pdf(HOST, f"/attachment/0/{stamp[:2]}/{stamp}.pdf", doc)
            body = (
                f'<p>　　《{escape(doc.title)}》已编制完成，现予公开。</p><p>点击查看：<a href="{file_url}">'
                f"{escape(doc.title)}</a></p>"
            )
            url = self.detail(doc.title, date, publisher, body, [])
            self.report(SITE, url, doc, media_type=PDF, report_url=file_url)
        else:
            file_url = self.put(HOST, f"/attachment/0/{stamp[:2]}/{stamp}.docx", render_docx(doc), DOCX)
            url = self.detail(
                doc.title, date, publisher, "<p>详见附件。</p>", [{"name": f"{doc.title}.docx", "url": file_url}]
            )
            self.report(SITE, url, doc, media_type=DOCX, report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        body = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.detail(title, date, OWNER, body, []), title)

    def api(self, request: Request) -> Response:
        if request.param("sid") != str(SID):
            return Response(200, b'{"articles": [], "total": 0, "limit": 20}', "application/json")
        try:
            page = max(1, int(request.param("page", "1") or 1))
        except ValueError:
            page = 1
        rows = self.articles[(page - 1) * 20 : page * 20]
        body = {"articles": rows, "total": len(self.articles), "limit": 20}
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=utf-8")


PORTALS = [GkmlptXunzhou]
