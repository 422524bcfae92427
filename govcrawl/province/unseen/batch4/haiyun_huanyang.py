"""澴阳市 (www.huanyang.gov.test): a TRS 海云 city whose column list is the 海云 search API's JSON,
and its 区县年报 page of drop-down boxes.

The 年报 column ``/xxgk/zfxxgknb/index.shtml`` ships an empty ``<div id="listBox">``; a script asks
the 海云 检索 endpoint ``/common/search/<channelId>?_isAgg=false&_isJson=true&_pageSize=3&page=N``
(the channel id is a script variable) and gets ``{"ok": true, "data": {"total", "page", "rows",
"results": [{"title", "url", "publishedTimeStr", "source"}]}}`` — the only statement of the count is
the JSON ``total`` (portals.md §4.4: lists rendered from script data).  Articles
``/xxgk/zfxxgknb/<YYYYMM>/<32 hex>.shtml`` carry a ``div.xl-content`` body; the 2024 city report is
a stub whose ``.ofd`` is linked in a ``附件下载`` list after the body; the 2022 report's title has no
year (the year is in its text only); the finance bureau's report is titled "市财政局…" (agency
澴阳市财政局, named in ContentSource).  Decoys: 解读, 统计年报, 决算.

The 区县年报 page ``/xxgk/qxnb/index.shtml`` (a separate registry entry, ``cms: auto``) has no list at
all: one ``<select>`` per year whose options are the districts, each ``value`` the district's report
on its own sub-host (``hd.``, ``xs.``), opened by ``onchange``.  One option is the PDF itself; one
option of the 2024 box links a district's 法治政府建设年度报告 and one its 年报解读.  District pages
title their reports "河东区2024年…" (the agency is 澴阳市河东区人民政府).
"""

from __future__ import annotations

import dataclasses
import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_para, word_cell
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.huanyang.gov.test"
SITE = "huanyang-gov"
HUB = "huanyang-qxnb"
CITY = "澴阳市"
OWNER = "澴阳市人民政府"
ROOT = "/xxgk/zfxxgknb/"
CHANNEL = "4c1e0a9b7f2d4e63"
SEARCH = f"/common/search/{CHANNEL}"
PAGE_SIZE = 3
OFD = "application/ofd"
DISTRICTS = {"hd.huanyang.gov.test": "河东区", "xs.huanyang.gov.test": "西山区"}


def chrome(title: str, inner: str, metas: str = "", site: str = "澴阳市人民政府") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        f'<meta name="SiteName" content="{site}"><meta name="SiteIDCode" content="9822000002">{metas}'
        f'<title>{escape(title)} - {site}</title></head><body class="hy-page">'
        '<div class="hy-toolbar"><a href="javascript:;" id="cniil_wza">无障碍</a><a href="javascript:;" '
        'onclick="headTool.switchOld()">关怀模式</a><a href="/english/">EN</a><span id="weather"></span></div>'
        f'<header class="hy-head"><img src="/images/hy_logo.png" alt="{site}"><nav><a href="/">首页</a>'
        '<a href="/xxgk/">信息公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></nav></header>'
        f'<main>{inner}</main><footer class="hy-foot"><p>主办单位：{site}办公室</p><p>网站标识码：9822000002 '
        '<a href="https://beian.miit.gov.cn/">未ICP备10204711号</a></p><p>本站已支持IPv6访问 适老化无障碍服务</p>'
        '<script id="_jiucuo_" sitecode="9822000002" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>'
        "</footer></body></html>"
    )


class HaiyunHuanyang(UnseenPortal):
    hosts = (HOST, *DISTRICTS)
    site_ids = (SITE, HUB)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.rows: list[dict[str, str]] = []
        for year in (2021, 2022, 2023):
            title = f"{OWNER}政府信息公开工作年度报告" if year == 2022 else None
            self.article(make_doc(rng, OWNER, year, f"{year + 1}-01-{rng.randint(18, 30)}", title=title))
        self.ofd_stub(make_doc(rng, OWNER, 2024, "2025-01-23"))
        bureau = make_doc(rng, "澴阳市财政局", 2024, "2025-01-21", title="市财政局2024年政府信息公开工作年度报告")
        self.article(bureau, source="澴阳市财政局")
        for title, date in (("澴阳市2024年政府信息公开工作年度报告解读", "2025-01-24"),
                            ("澴阳市2023年统计年报", "2024-04-12"),
                            ("澴阳市2023年度市本级决算公开", "2024-08-30")):
            self.notice(title, date)
        self.rows.sort(key=lambda r: r["publishedTimeStr"], reverse=True)
        self.route(HOST, SEARCH, self.search)
        self.put(HOST, ROOT + "index.shtml", self.column())
        self.hub()

    def path(self, date: str) -> str:
        token = "".join(self.rng.choice("0123456789abcdef") for _ in range(32))
        return f"{ROOT}{date[:7].replace('-', '')}/{token}.shtml"

    def page_of(self, title: str, date: str, source: str, content: str, after: str = "") -> str:
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 16:20:05">'
                 f'<meta name="ContentSource" content="{escape(source)}">'
                 f'<meta name="ColumnName" content="政府信息公开年报">'
                 '<meta name="contentid" content="' + str(self.rng.randint(10**6, 10**7)) + '">')
        inner = (
            '<div class="crumb">当前位置：<a href="/">首页</a> / <a href="/xxgk/">信息公开</a> / '
            f'<a href="{ROOT}index.shtml">政府信息公开年报</a></div><article class="xl">'
            f'<h1 class="xl-title">{escape(title)}</h1><div class="xl-meta"><span>来源：{escape(source)}</span>'
            f'<span>发布时间：{date} 16:20</span><span>阅读量：<b id="readNum">--</b></span></div>'
            f'<div class="xl-content">{content}</div>{after}<div class="xl-share">分享到：<a class="wx"></a>'
            '<a class="wb"></a><script>$("#share-1").share({sites: ["wechat","weibo","qq"]});</script></div>'
            '<div class="xl-ewm"><canvas id="qrcanvas"></canvas><p>扫一扫在手机打开当前页</p></div></article>'
        )
        return chrome(title, inner, metas)

    def add_row(self, url: str, title: str, date: str, source: str) -> None:
        self.rows.append({"title": title, "url": url, "publishedTimeStr": f"{date} 16:20:05", "source": source})

    def article(self, doc: ReportDoc, source: str = "澴阳市人民政府办公室") -> None:
        date = doc.published_date or ""
        content = body_html(doc, plain_para, word_cell, '<table class="MsoTableGrid" border="1" cellspacing="0" '
                            'style="border-collapse:collapse;border:none">')
        url = self.put(HOST, self.path(date), self.page_of(doc.title, date, source, content))
        self.add_row(url, doc.title, date, source)
        self.report(SITE, url, doc)

    def ofd_stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.path(date)
        file = path.rsplit("/", 1)[0] + f"/P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.ofd"
        file_url = self.put(HOST, file, render_ofd(doc, random.Random(self.rng.random())), OFD)
        after = (f'<div class="xl-fj"><h4>附件下载</h4><ul><li><a href="{file}" download>{escape(doc.title)}.ofd</a>'
                 "</li></ul></div>")
        content = f"<p>{escape(doc.title)}（OFD版式文件）见附件。</p>"
        url = self.put(HOST, path, self.page_of(doc.title, date, "澴阳市人民政府办公室", content, after))
        self.add_row(url, doc.title, date, "澴阳市人民政府办公室")
        self.report(SITE, url, doc, media_type=OFD, report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, CITY, int(date[:4]) - 1, self.rng))
        url = self.put(HOST, self.path(date), self.page_of(title, date, "澴阳市人民政府办公室", content))
        self.add_row(url, title, date, "澴阳市人民政府办公室")
        self.decoy(SITE, url, title)

    def column(self) -> str:
        script = (
            f'<script>var channelId = "{CHANNEL}";\nfunction loadList(page) {{\n'
            "  $.getJSON('/common/search/' + channelId, {_isAgg: false, _isJson: true, _pageSize: "
            f"{PAGE_SIZE}, page: page}}, function (res) {{\n"
            "    var html = '';\n    $.each(res.data.results, function (i, r) { html += '<li><a href=\"' + r.url + "
            "'\" target=\"_blank\">' + r.title + '</a><span>' + r.publishedTimeStr.substr(0, 10) + '</span>"
            "</li>'; });\n"
            "    $('#listBox').html('<ul>' + html + '</ul>');\n"
            f"    $('#pager').pagination(res.data.total, {{items_per_page: {PAGE_SIZE}, current_page: page - 1, "
            "callback: function (p) { loadList(p + 1); }});\n  });\n}\nloadList(1);</script>"
        )
        inner = ('<div class="crumb">当前位置：<a href="/">首页</a> / <a href="/xxgk/">信息公开</a> / 政府信息公开年报'
                 '</div>'
                 '<aside class="xxgk-nav"><a href="/xxgk/zfxxgkzn/">政府信息公开指南</a><a href="/xxgk/fdzdgknr/">'
                 f'法定主动公开内容</a><a class="cur" href="{ROOT}index.shtml">政府信息公开年报</a>'
                 '<a href="/xxgk/qxnb/index.shtml">区县年报</a></aside><section class="list">'
                 f'<h2>政府信息公开年报</h2><div id="listBox"></div><div id="pager"></div></section>{script}')
        return chrome("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')

    def search(self, request: Request) -> Response:
        try:
            page = max(int(request.param("page", "1")), 1)
            size = min(max(int(request.param("_pageSize", str(PAGE_SIZE))), 1), 50)
        except ValueError:
            return Response(400, b'{"ok":false,"msg":"bad request"}', "application/json;charset=UTF-8")
        rows = self.rows[(page - 1) * size: page * size]
        data = {"ok": True, "data": {"total": len(self.rows), "page": page, "rows": size, "results": rows}}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json;charset=UTF-8")

    # -- the 区县年报 page and the districts' own pages ------------------------------------------
    def district_page(self, host: str, title: str, date: str, content: str) -> str:
        name = DISTRICTS[host]
        inner = (f'<div class="crumb">首页 &gt; 政务公开 &gt; 年度报告</div><div class="detail"><h2>{escape(title)}'
                 '</h2>'
                 f'<p class="info">发布日期：{date} 信息来源：{name}人民政府办公室</p>'
                 f'<div class="detail-txt">{content}</div>'
                 "</div>")
        metas = f'<meta name="ArticleTitle" content="{escape(title)}">'
        return chrome(title, inner, metas, site=f"{CITY}{name}人民政府")

    def district_report(self, host: str, year: int, pdf: bool = False) -> str:
        name = DISTRICTS[host]
        date = f"{year + 1}-01-{self.rng.randint(20, 31)}"
        doc = make_doc(self.rng, f"{name}人民政府", year, date, title=f"{name}{year}年政府信息公开工作年度报告")
        truth = dataclasses.replace(doc, agency_name=CITY + doc.agency_name)
        stem = f"/zwgk/ndbg/{date[:7].replace('-', '')}/"
        if pdf:
            url = self.put_pdf(host, f"{stem}{self.rng.randint(10**9, 10**10)}.pdf", doc)
            self.report(HUB, url, truth, media_type="application/pdf")
            return url
        content = body_html(doc, plain_para, word_cell, '<table border="1" width="100%" cellspacing="0">')
        url = self.put(host, f"{stem}{self.rng.randint(10**5, 10**6)}.html", self.district_page(host, doc.title,
                                                                                                   date, content))
        self.report(HUB, url, truth)
        return url

    def district_notice(self, host: str, title: str, date: str) -> str:
        content = "".join(plain_para(p, False) for p in decoy_text(title, DISTRICTS[host], int(date[:4]) - 1, self.rng))
        url = self.put(host, f"/zwgk/ndbg/{date[:7].replace('-', '')}/{self.rng.randint(10**5, 10**6)}.html",
                       self.district_page(host, title, date, content))
        self.decoy(HUB, url, title)
        return url

    def hub(self) -> None:
        hd, xs = DISTRICTS
        boxes = {
            2024: [("河东区", self.district_report(hd, 2024)), ("西山区", self.district_report(xs, 2024, pdf=True)),
                   ("河东区（解读）",
                    self.district_notice(hd, "河东区2024年政府信息公开工作年度报告解读", "2025-02-03")),
                   ("西山区法治政府建设", self.district_notice(xs, "西山区2024年法治政府建设年度报告", "2025-03-25"))],
            2023: [("河东区", self.district_report(hd, 2023)), ("西山区", self.district_report(xs, 2023))],
        }
        selects = "".join(
            f'<div class="qx-box"><label>{year}年度区县政府信息公开工作年度报告</label>'
            '<select onchange="if(this.value){window.open(this.value);}"><option value="">—请选择区县—</option>'
            + "".join(f'<option value="{escape(url)}">{escape(name)}</option>' for name, url in options)
            + "</select></div>" for year, options in boxes.items())
        inner = ('<div class="crumb">当前位置：<a href="/">首页</a> / <a href="/xxgk/">信息公开</a> / 区县年报</div>'
                 f'<section class="qx"><h2>区县政府信息公开工作年度报告</h2>{selects}<p class="tip">请在下拉框中选择'
                 "区县，将在新窗口打开该区县发布的年度报告。</p></section>")
        metas = '<meta name="ColumnName" content="区县年报">'
        self.put(HOST, "/xxgk/qxnb/index.shtml", chrome("区县年报", inner, metas))


PORTALS = [HaiyunHuanyang]
