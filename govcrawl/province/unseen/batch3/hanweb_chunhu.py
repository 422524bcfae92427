"""莼湖区 (www.chunhu.gov.test): a Hanweb JPaaS district whose list pages come from the
``front/page/build/unit`` API.

The column page ``/col/col1229805511/index.html`` renders its first 3 entries statically; the
pager under them is JPaaS's (``共8条 共3页`` and numbered ``<a href="javascript:;" data-page="2">``);
later pages come from ``GET /api-gateway/jpaas-publish-server/front/page/build/unit?webId=…&pageId=…
&parseType=bulidstatic&pageType=column&tagId=当前栏目list&tplSetId=…&paramJson={"pageNo":2,
"pageSize":3}`` answering ``{"data": {"html": "<ul>…</ul>…"}, "success": true}`` — the parameters
are in the page's ``pageParam`` script.  The column mixes new ``/col/col<id>/art/YYYY/art_<hex>.html``
and old ``/art/YYYY/M/D/art_<col>_<id>.html`` articles (portals.md §1.3), body ``div#zoom``.  Every
title abbreviates the district to 莼湖区 (agency 蘅州市莼湖区人民政府); the health bureau's report is
a .docx behind the JPaaS file gateway (``file-download?fileUrl=…&fileName=…``) linked after the body.
Table 三 of the 2024 report is cut at a page break.  Decoys: 法治政府建设年度报告, 政府网站工作年度报表, 图解.
"""

from __future__ import annotations

import dataclasses
import json
import random
from html import escape
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
    split_point,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.chunhu.gov.test"
SITE = "chunhu-gov"
CITY = "蘅州市"
COLUMN = 1229805511
WEB_ID = "8a2b31c0d4e57f6a"
PAGE_ID = "c5e1f7a9b3d24860"
TPL_SET = "2fd07b9c1e6a4d35"
TAG = "当前栏目list"
UNIT_API = "/api-gateway/jpaas-publish-server/front/page/build/unit"
GATEWAY = "/api-gateway/jpaas-web-server/front/document/file-download"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PER_PAGE = 3


class HanwebChunhu(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.old_id = 10_551_000
        self.entries: list[tuple[str, str, str]] = []
        self.files: dict[str, bytes] = {}
        self.article(make_doc(rng, "莼湖区人民政府", 2021, "2022-01-26", title="莼湖区2021年政府信息公开工作年度报告"),
                     old=True)
        for year in (2022, 2023, 2024):
            self.article(make_doc(rng, "莼湖区人民政府", year, f"{year + 1}-01-{rng.randint(15, 29)}",
                                  title=f"莼湖区{year}年政府信息公开工作年度报告"), split=year == 2024)
        self.docx(make_doc(rng, "莼湖区卫生健康局", 2024, "2025-01-21"))
        for title, date in (("莼湖区2024年法治政府建设年度报告", "2025-03-27"),
                            ("莼湖区人民政府门户网站2024年度政府网站工作年度报表", "2025-01-10"),
                            ("图解：莼湖区2024年政府信息公开工作年度报告", "2025-01-30")):
            self.notice(title, date)
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, f"/col/col{COLUMN}/index.html", self.column)
        self.route(HOST, UNIT_API, self.unit)
        self.route(HOST, GATEWAY, self.gateway)

    def next_path(self, date: str, old: bool) -> str:
        if old:
            self.old_id += self.rng.randint(50, 900)
            y, m, d = (int(x) for x in date.split("-"))
            return f"/art/{y}/{m}/{d}/art_{COLUMN}_{self.old_id}.html"
        token = "".join(self.rng.choice("0123456789abcdef") for _ in range(32))
        return f"/col/col{COLUMN}/art/{date[:4]}/art_{token}.html"

    def page_of(self, title: str, date: str, source: str, content: str, after: str = "") -> str:
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 10:02">'
            f'<meta name="ContentSource" content="{escape(source)}"><meta name="ColumnName" content="政府信息公开年报">'
            f"<title>{escape(title)}</title></head><body>"
            '<div class="header"><img src="/images/logo.png" alt="蘅州市莼湖区人民政府"><div class="tools">'
            '<a href="javascript:;" class="wza">无障碍</a><a href="javascript:;" class="old">关怀版</a></div></div>'
            f'<div class="container"><div class="position">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>'
            f'<div class="article"><h1 class="article-title">{escape(title)}</h1>'
            f'<div class="article-info"><span>发布日期：{date}</span><span>信息来源：{escape(source)}</span>'
            '<span>字体：[ <a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a> ]'
            f'</span></div><div class="article-content" id="zoom">{content}</div>{after}'
            '<div class="article-ewm"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div></div></div>'
            '<div class="footer">主办单位：蘅州市莼湖区人民政府办公室 网站标识码：9817020004 '
            '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=98170202000211">未公网安备 '
            "98170202000211号</a></div></body></html>"
        )

    def article(self, doc: ReportDoc, old: bool = False, split: bool = False) -> None:
        date = doc.published_date or ""
        path = self.next_path(date, old)
        cuts = {"t3": split_point(doc, "t3", self.rng)} if split else None
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="0" '
                            'width="100%">', split=cuts, page_break='<p style="page-break-after:always"></p>')
        url = self.put(HOST, path, self.page_of(doc.title, date, "莼湖区人民政府办公室", content))
        self.entries.append((path, doc.title, date))
        self.report(SITE, url, dataclasses.replace(doc, agency_name=CITY + doc.agency_name))

    def docx(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path(date, False)
        stored = f"/jpaas-jpress-web-server/upload/{date[:7].replace('-', '')}/" \
                 f"{''.join(self.rng.choice('0123456789abcdef') for _ in range(32))}.docx"
        self.files[stored] = render_docx(doc)
        link = f"{GATEWAY}?fileUrl={quote(stored, safe='')}&fileName={quote(doc.title + '.docx')}"
        after = (f'<div class="article-attachment"><span>附件：</span><a href="{link}" target="_blank">'
                 f"{escape(doc.title)}.docx</a></div>")
        content = f"<p>现将{escape(doc.title)}予以公开，详见附件。</p>"
        url = self.put(HOST, path, self.page_of(doc.title, date, "蘅州市莼湖区卫生健康局", content, after))
        self.entries.append((path, doc.title, date))
        self.report(SITE, url, dataclasses.replace(doc, agency_name=CITY + doc.agency_name), media_type=DOCX,
                    report_url=f"http://{HOST}{link}")

    def notice(self, title: str, date: str) -> None:
        path = self.next_path(date, False)
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "莼湖区", int(date[:4]) - 1, self.rng))
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, "莼湖区人民政府办公室", content)), title)
        self.entries.append((path, title, date))

    def fragment(self, page: int) -> str:
        pages = -(-len(self.entries) // PER_PAGE)
        items = "".join(f'<li><a href="{p}" target="_blank" title="{escape(t)}">{escape(t)}</a><span class="date">'
                        f"{d}</span></li>" for p, t, d in self.entries[(page - 1) * PER_PAGE: page * PER_PAGE])
        active = ' class="active"'
        numbers = "".join(f'<a href="javascript:;" data-page="{n}"{active if n == page else ""}>{n}</a>'
                          for n in range(1, pages + 1))
        return (f'<ul class="list">{items}</ul><div class="pagination"><span>共{len(self.entries)}条</span>'
                f"<span>共{pages}页</span>{numbers}</div>")

    def column(self, request: Request) -> Response:
        param = {"webId": WEB_ID, "pageId": PAGE_ID, "parseType": "bulidstatic", "pageType": "column",
                 "tagId": TAG, "tplSetId": TPL_SET, "editType": "null"}
        html = (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ColumnName" content="政府信息公开年报">'
            '<title>政府信息公开年报-蘅州市莼湖区人民政府</title></head><body>'
            '<div class="header"><img src="/images/logo.png" alt="蘅州市莼湖区人民政府"></div>'
            '<div class="container"><div class="position">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>'
            f'<div class="list-box" id="list-{PAGE_ID}">{self.fragment(1)}</div></div>'
            f"<script>var pageParam = {json.dumps(param, ensure_ascii=False)};\n"
            "$('.pagination').on('click', 'a', function(){ var n = $(this).data('page');\n"
            f"  $.get('{UNIT_API}', $.extend({{}}, pageParam, {{paramJson: JSON.stringify({{pageNo: n, "
            f"pageSize: {PER_PAGE}}})}}), function(res){{ $('#list-{PAGE_ID}').html(res.data.html); }});\n}});</script>"
            '<div class="footer">网站标识码：9817020004</div></body></html>'
        )
        return Response(200, html.encode(), "text/html; charset=utf-8")

    def unit(self, request: Request) -> Response:
        if request.param("webId") != WEB_ID or request.param("pageId") != PAGE_ID or request.param("tagId") != TAG:
            return Response(200, b'{"data":null,"success":false,"message":"\\u53c2\\u6570\\u9519\\u8bef"}',
                            "application/json;charset=UTF-8")
        try:
            param = json.loads(request.param("paramJson") or "{}")
            page = max(int(param.get("pageNo") or 1), 1)
            size = int(param.get("pageSize") or PER_PAGE)
        except (ValueError, TypeError, AttributeError):
            return Response(400, b'{"success":false}', "application/json;charset=UTF-8")
        if size != PER_PAGE:  # the unit's template fixes its page size
            page, size = 1, PER_PAGE
        data = {"data": {"html": self.fragment(page)}, "success": True, "code": 200}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json;charset=UTF-8")

    def gateway(self, request: Request) -> Response:
        data = self.files.get(request.param("fileUrl"))
        if data is None:
            return Response(200, b'{"success":false,"message":"file not found"}', "application/json;charset=UTF-8")
        return Response(200, data, DOCX, {"Content-Disposition": "attachment"})


PORTALS = [HanwebChunhu]
