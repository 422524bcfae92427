"""锦坪县 (www.jinping.gov.test): a 开普云 county on gov.cn-style templates whose 部门 年报 column is
filled from the platform's search API.

Two registry entries.  ``/xxgk/zfxxgknb/xzf/index.htm`` (县政府年报, family ``kaipu``) is a static
list of gov.cn-style ``./YYYYMM/content_<7 digits>.htm`` articles, zero-based ``index_1.htm`` pages
under "共5条记录 每页3条 共2页".  ``/xxgk/zfxxgknb/bm/index.htm`` (部门及乡镇年报, ``cms: auto``) is a
shell whose list is fetched by script from ``/common/search/<32 hex>?_isAgg=true&_pageSize=5&page=N``
(the 开普云 search controller): ``{"ok": true, "data": {"total": 7, "page": 1, "rows": 5, "results":
[{"title", "url", "publishedTimeStr", "domainMetaList": [{"resultList": [{"key": "fbjg", "name":
"发布机构", "value": …}]}]}]}}``.  Article bodies are a literal ``<UCAPCONTENT>`` element inside
``div.wenz`` followed by ``div.info_ewm`` (portals.md §1.5), with a 发文机关/成文日期 table above the
title.  Attachments are ``div.fujian``-less "相关附件" links under ``/xxgk/zfxxgknb/<col>/<YYYYMM>/
<uuid>/files/<hex>.<ext>``: the county's 2024 report an OFD, the 农业农村局's 2023 report a .docx,
石门镇's 2024 report a PDF.  The 自然资源局 titles its report "2024年政府信息公开年度报告" (the unit
is its 发布机构); the 市场监督管理局 "锦坪县市场监管局2024年…".  Decoys: 公告, 部门决算, 法治政府建设
年度报告.
"""

from __future__ import annotations

import dataclasses
import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    OFD,
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
from govcrawl.synth.ofd import render_ofd

HOST = "www.jinping.gov.test"
XZF_SITE = "jinping-gov"
BM_SITE = "jinping-bmnb"
OWNER = "锦坪县人民政府"
ROOT = "/xxgk/zfxxgknb/"
XZF_PER_PAGE = 3
BM_PER_PAGE = 5
SEARCH = "/common/search/8a8f80e67c2d4e1b017c3f0a9d5e2201"


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="锦坪县人民政府">'
        '<meta name="SiteDomain" content="www.jinping.gov.test"><meta name="SiteIDCode" content="9841520008">'
        f"{metas}<title>{escape(title)}_锦坪县人民政府</title></head><body>"
        '<div class="header"><div class="logo">锦坪县人民政府</div><div class="tool"><a onclick="kqNav()">无障碍</a>'
        ' <a class="oldman">长者模式</a></div></div>'
        f'<div class="container">{inner}</div><div class="footer"><p>主办：锦坪县人民政府办公室　'
        '网站标识码：9841520008　未ICP备15008892号-1</p><script id="_jiucuo_" sitecode="9841520008" '
        'src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div></body></html>'
    )


class KaipuJinping(UnseenPortal):
    hosts = (HOST,)
    site_ids = (XZF_SITE, BM_SITE)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.content_id = 7_020_000
        self.lists: dict[str, list[tuple[str, str, str, str]]] = {"xzf": [], "bm": []}
        self.article("xzf", make_doc(rng, OWNER, 2020, "2021-01-28", version="v2019"))
        self.article("xzf", make_doc(rng, OWNER, 2022, "2023-01-30"))
        self.article("xzf", make_doc(rng, OWNER, 2023, "2024-01-26"))
        self.notice("xzf", "锦坪县人民政府关于2024年政府信息公开工作年度报告发布的公告", "2025-01-28", OWNER)
        self.attached("xzf", make_doc(rng, OWNER, 2024, "2025-01-28"), "ofd")
        self.article("bm", self.unit("锦坪县农业农村局", 2024, "2025-01-23"))
        self.attached("bm", self.unit("锦坪县农业农村局", 2023, "2024-01-24"), "docx")
        self.notice("bm", "锦坪县农业农村局2024年度部门决算", "2025-08-15", "锦坪县农业农村局")
        self.article("bm", self.unit("锦坪县自然资源局", 2024, "2025-01-17", "2024年政府信息公开年度报告"))
        self.notice("bm", "锦坪县自然资源局2024年法治政府建设年度报告", "2025-02-26", "锦坪县自然资源局")
        self.article(
            "bm",
            self.unit("锦坪县市场监督管理局", 2024, "2025-01-20", "锦坪县市场监管局2024年政府信息公开工作年度报告"),
        )
        self.attached(
            "bm",
            self.unit("锦坪县石门镇人民政府", 2024, "2025-01-25", "石门镇人民政府2024年政府信息公开工作年度报告"),
            "pdf",
        )
        for entries in self.lists.values():
            entries.sort(key=lambda e: e[2], reverse=True)
        self.static_list()
        self.put(HOST, ROOT + "bm/index.htm", self.bm_shell())
        self.route(HOST, SEARCH, self.search)

    def unit(self, agency: str, year: int, date: str, title: str | None = None) -> ReportDoc:
        return dataclasses.replace(make_doc(self.rng, agency, year, date, title=title), agency_name=agency)

    def site(self, col: str) -> str:
        return XZF_SITE if col == "xzf" else BM_SITE

    def page_of(self, col: str, title: str, date: str, source: str, content: str, after: str = "") -> str:
        self.content_id += self.rng.randint(20, 800)
        path = f"{ROOT}{col}/{date[:7].replace('-', '')}/content_{self.content_id}.htm"
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 17:02">'
            f'<meta name="ContentSource" content="{escape(source)}">'
        )
        inner = (
            f'<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; '
            f'<a href="{ROOT}{col}/index.htm">政府信息公开年报</a></div><table class="xxgk-table">'
            f"<tr><td>发文机关：</td><td>{escape(source)}</td><td>成文日期：</td><td>{date}</td></tr>"
            f'<tr><td>标　　题：</td><td colspan="3">{escape(title)}</td></tr></table>'
            f'<div class="article"><h1 id="ti">{escape(title)}</h1><div class="pages-date">{date} 17:02　'
            f'来源：{escape(source)}</div><div class="wenz"><UCAPCONTENT>{content}</UCAPCONTENT></div>{after}'
            '<div class="info_ewm"><div id="qrcode"></div>扫一扫在手机打开当前页</div></div>'
        )
        url = self.put(HOST, path, frame(title, inner, metas))
        self.lists[col].append((path, title, date, source))
        return url

    def article(self, col: str, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" align="center">')
        url = self.page_of(col, doc.title, doc.published_date or "", doc.agency_name, content)
        self.report(self.site(col), url, doc)

    def attached(self, col: str, doc: ReportDoc, kind: str) -> None:
        date = doc.published_date or ""
        path = (
            f"{ROOT}{col}/{date[:7].replace('-', '')}/{self.rng.getrandbits(64):016x}/files/"
            f"{self.rng.getrandbits(128):032x}.{kind}"
        )
        if kind == "pdf":
            file_url, media = self.put_pdf(HOST, path, doc), PDF
        elif kind == "ofd":
            file_url, media = self.put(HOST, path, render_ofd(doc, random.Random(self.rng.random())), OFD), OFD
        else:
            file_url, media = self.put(HOST, path, render_docx(doc), DOCX), DOCX
        after = f'<div class="xgfj">相关附件：<a href="{path}" target="_blank">{escape(doc.title)}.{kind}</a></div>'
        url = self.page_of(col, doc.title, date, doc.agency_name, "<p>　　见附件。</p>", after)
        self.report(self.site(col), url, doc, media_type=media, report_url=file_url)

    def notice(self, col: str, title: str, date: str, source: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, source, year, self.rng))
        self.decoy(self.site(col), self.page_of(col, title, date, source, content), title)

    def static_list(self) -> None:
        entries = self.lists["xzf"]
        pages = -(-len(entries) // XZF_PER_PAGE)
        for index in range(pages):
            part = entries[index * XZF_PER_PAGE : (index + 1) * XZF_PER_PAGE]
            rows = "".join(
                f'<li><a href="./{h.split("/xzf/", 1)[1]}" target="_blank">{escape(t)}</a>'
                f'<span class="date">{d}</span></li>'
                for h, t, d, _ in part
            )
            links = " ".join(
                f'<a href="{"index.htm" if p == 0 else f"index_{p}.htm"}">{p + 1}</a>'
                for p in range(pages)
                if p != index
            )
            inner = (
                '<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; '
                f'县政府年报</div><ul class="list">{rows}</ul><div class="page">共{len(entries)}条记录 '
                f"每页{XZF_PER_PAGE}条 共{pages}页 {links}"
                "</div>"
            )
            name = "index.htm" if index == 0 else f"index_{index}.htm"
            self.put(
                HOST, f"{ROOT}xzf/{name}", frame("县政府年报", inner, '<meta name="ColumnName" content="县政府年报">')
            )

    def bm_shell(self) -> str:
        inner = (
            '<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; '
            "部门及乡镇年报</div>"
            '<ul class="list" id="list"></ul><div class="page" id="page"></div>'
            f'<script>var searchUrl = "{SEARCH}?_isAgg=true&_pageSize={BM_PER_PAGE}&page=";\n'
            "function load(page) { $.getJSON(searchUrl + page, function (res) { var h = '';\n"
            "  $.each(res.data.results, function (i, r) {\n"
            "    h += '<li><a href=\"' + r.url + '\">' + r.title + '</a><span>'"
            " + r.publishedTimeStr.substr(0, 10) + '</span></li>'; });\n"
            "  $('#list').html(h); renderPage('#page', res.data.total, res.data.rows, page); }); }\nload(1);</script>"
        )
        return frame("部门及乡镇年报", inner, '<meta name="ColumnName" content="部门及乡镇年报">')

    def search(self, request: Request) -> Response:
        size = int(request.param("_pageSize", "10")) if request.param("_pageSize", "10").isdigit() else 10
        size = min(max(size, 1), 50)
        page = int(request.param("page", "1")) if request.param("page", "1").isdigit() else 1
        entries = self.lists["bm"]
        part = entries[(page - 1) * size : page * size] if page >= 1 else []
        results = [
            {
                "title": t,
                "url": f"http://{HOST}{h}",
                "publishedTimeStr": f"{d} 17:02:00",
                "domainMetaList": [{"resultList": [{"key": "fbjg", "name": "发布机构", "value": s}]}],
            }
            for h, t, d, s in part
        ]
        body = {"ok": True, "data": {"total": len(entries), "page": page, "rows": size, "results": results}}
        return Response(200, json.dumps(body, ensure_ascii=False).encode(), "application/json;charset=UTF-8")


PORTALS = [KaipuJinping]
