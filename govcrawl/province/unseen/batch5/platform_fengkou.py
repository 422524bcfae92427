"""沣口县 (www.fengkou.gov.test): a county site on a home-grown Spring platform whose list is a
JSON POST API.

The registry entry has no ``cms``.  ``/site/xxgk/nb.html`` is a column page with an empty
``<tbody id="nbList">``; its script POSTs ``{"channelCode": "zfxxgknb", "pageNo": n, "pageSize": 4}``
as ``application/json`` to ``/api/cms/article/page`` (portals.md §4.4: lists rendered from script
data) and gets ``{"code": 200, "data": {"pageNo", "pageSize", "totalCount", "totalPage", "records":
[{"articleId", "title", "publishDate", "deptName", "linkUrl"}]}}``; the API reads only a JSON body (a
GET answers 405 with a JSON error, as a ``@RequestBody`` controller does).  Details
``/site/xxgk/detail.html?articleId=N`` are rendered on the server (``div.article-content``); an
unknown id answers a JSON 404.  The 2024 report is a stub whose PDF is a RuoYi-style upload
``/profile/upload/2025/01/24/<hex>.pdf`` linked in a ``div.file-list`` after the body; the
agriculture bureau's report is on the county list.  Decoys: 函, 工作要点.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.fengkou.gov.test"
SITE = "fengkou-gov"
OWNER = "沣口县人民政府"
CHANNEL = "zfxxgknb"
JSON_TYPE = "application/json;charset=UTF-8"


def frame(title: str, inner: str, script: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="zh"><head><meta charset="UTF-8"><meta name="SiteName" content="沣口县人民政府">'
        f'<title>{escape(title)} - 沣口县人民政府</title><script src="/site/js/jquery.min.js"></script></head><body>'
        '<header class="fk-header"><div class="logo">沣口县人民政府</div><nav><a href="/">首页</a>'
        '<a href="/site/xxgk/index.html">信息公开</a><a href="/site/bsfw/index.html">办事服务</a></nav></header>'
        f'<main class="fk-main">{inner}</main><footer class="fk-footer">沣口县人民政府办公室 主办　'
        f'网站标识码：9824520006　未ICP备2021000417号-1</footer>{script}</body></html>'
    )


LIST_SCRIPT = """<script>
var params = {channelCode: "zfxxgknb", pageNo: 1, pageSize: 4};
function loadList(n) {
  params.pageNo = n;
  $.ajax({url: "/api/cms/article/page", type: "POST", contentType: "application/json;charset=UTF-8",
          data: JSON.stringify(params), dataType: "json", success: function (res) {
    var d = res.data, h = "";
    $.each(d.records, function (i, r) {
      h += '<tr><td><a href="' + r.linkUrl + '" target="_blank">' + r.title + '</a></td><td>' + r.deptName +
           '</td><td>' + r.publishDate + '</td></tr>';
    });
    $("#nbList").html(h);
    $("#pager").html("共" + d.totalCount + "条 " + d.pageNo + "/" + d.totalPage + "页");
  }});
}
$(function () { loadList(1); });
</script>"""


class PlatformFengkou(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.article_id = 1_620_000
        self.details: dict[str, bytes] = {}
        self.records: list[dict[str, str]] = []
        self.article(make_doc(rng, OWNER, 2020, "2021-01-26", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-21"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-30", title="沣口县人民政府2022年度政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2023, "2024-01-25"))
        self.notice("沣口县2024年政务公开工作要点", "2024-04-02", 2024)
        self.notice("关于报送2024年度政府信息公开工作年度报告的函", "2024-12-18", 2024)
        self.article(make_doc(rng, "沣口县农业农村局", 2024, "2025-01-17"))
        self.stub(make_doc(rng, OWNER, 2024, "2025-01-24"))
        self.records.sort(key=lambda r: r["publishDate"], reverse=True)
        inner = ('<div class="fk-crumb">首页 &gt; 信息公开 &gt; 政府信息公开年报</div><h2>政府信息公开年报</h2>'
                 '<table class="fk-list"><thead><tr><th>标题</th><th>发布机构</th><th>发布日期</th></tr></thead>'
                 '<tbody id="nbList"></tbody></table><div id="pager"></div>')
        self.put(HOST, "/site/xxgk/nb.html", frame("政府信息公开年报", inner, LIST_SCRIPT))
        self.route(HOST, "/api/cms/article/page", self.api)
        self.route(HOST, "/site/xxgk/detail.html", self.detail)

    def page_of(self, title: str, date: str, content: str, dept: str, after: str = "") -> str:
        self.article_id += self.rng.randint(7, 600)
        key = str(self.article_id)
        inner = ('<div class="fk-crumb">首页 &gt; 信息公开 &gt; <a href="/site/xxgk/nb.html">政府信息公开年报</a>'
                 f'</div><article><h1 class="article-title">{escape(title)}</h1><div class="article-meta">'
                 f'<span>发布机构：{dept}</span><span>发布日期：{date}</span><span>阅读：<i id="views"></i>'
                 '</span></div>'
                 f'<div class="article-content">{content}</div>{after}</article>')
        self.details[key] = frame(title, inner).encode()
        link = f"/site/xxgk/detail.html?articleId={key}"
        self.records.append({"articleId": key, "title": title, "publishDate": date, "deptName": dept,
                             "linkUrl": link})
        return f"http://{HOST}{link}"

    def body(self, doc: ReportDoc) -> str:
        return body_html(doc, plain_para, plain_cell,
                         '<table border="1" style="border-collapse:collapse" width="100%">')

    def article(self, doc: ReportDoc) -> None:
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", self.body(doc), doc.agency_name), doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = f"/profile/upload/{date.replace('-', '/')}/{self.rng.getrandbits(96):024x}.pdf"
        file_url = self.put_pdf(HOST, path, doc)
        after = (f'<div class="file-list"><span>附件：</span><a href="{path}" target="_blank">'
                 f"{escape(doc.title)}.pdf</a></div>")
        url = self.page_of(doc.title, date, "<p>详见附件。</p>", OWNER, after)
        self.report(SITE, url, doc, media_type=PDF, report_url=file_url)

    def notice(self, title: str, date: str, year: int) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "沣口县人民政府办公室"), title)

    def detail(self, request: Request) -> Response:
        found = self.details.get(request.param("articleId"))
        if found is None:
            return Response(404, b'{"code":404,"msg":"\\u6587\\u7ae0\\u4e0d\\u5b58\\u5728"}', JSON_TYPE)
        return Response(200, found)

    def api(self, request: Request) -> Response:
        if request.method != "POST":
            return Response(405, json.dumps({"code": 405, "msg": f"Request method '{request.method}' not supported"})
                            .encode(), JSON_TYPE)
        try:
            query = json.loads(request.body or b"{}")
            page, size = max(1, int(query.get("pageNo", 1))), min(max(1, int(query.get("pageSize", 10))), 50)
        except (ValueError, TypeError, AttributeError):
            return Response(400, b'{"code":400,"msg":"bad request"}', JSON_TYPE)
        records = self.records if query.get("channelCode") == CHANNEL else []
        data = {"pageNo": page, "pageSize": size, "totalCount": len(records), "totalPage": -(-len(records) // size),
                "records": records[(page - 1) * size: page * size]}
        return Response(200, json.dumps({"code": 200, "msg": "success", "data": data}, ensure_ascii=False).encode(),
                        JSON_TYPE)


PORTALS = [PlatformFengkou]
