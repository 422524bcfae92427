"""荇州市 (www.xingzhou.gov.test): a Hanweb city whose 年报 column is fed by the 信息公开 module's
``search.jsp`` (the 目录 list of Hanweb's xxgk module), not by jpage.

The column ``/col/col1229/index.html`` holds ``<div id="div1229">`` and a script that POSTs the
module's form (``infotypeId``, ``jdid``, ``area``, ``divid``, ``sortfield``, ``currpage`` …) to
``/module/xxgk/search.jsp`` and puts the answer in the div (portals.md §1.3: the list is not in
the page).  The module answers an HTML fragment: a 目录 table (索引号 | 名称 | 发布日期) and the
pager "共 8 条记录 第 1/3 页" whose links call ``searchPage(n)``; the module also reads the fields
from the query string.  Articles ``/art/YYYY/M/D/art_1229_N.html`` open with Hanweb's 信息公开
table (索引号, 发布机构, 生成日期) and put the body in ``div#zoom``; the 2024 city report is a stub
whose PDF is ``/attach/0/<32 hex>.pdf``; the statistics bureau titles its report "市统计局…" and the
medical-security bureau "市医疗保障局…" (agencies 荇州市统计局, 荇州市医疗保障局).  Decoys: 决算, 解读,
政府信息公开指南.
"""

from __future__ import annotations

import dataclasses
import random
from html import escape
from urllib.parse import parse_qs

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_para, word_cell
from govcrawl.synth.model import ReportDoc

HOST = "www.xingzhou.gov.test"
SITE = "xingzhou-gov"
CITY = "荇州市"
OWNER = "荇州市人民政府"
COLUMN = 1229
INFOTYPE = "A0801"
SEARCH = "/module/xxgk/search.jsp"
PER_PAGE = 3


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="荇州市人民政府">'
        f'<meta name="SiteIDCode" content="9822000009">{metas}<title>{escape(title)} 荇州市人民政府</title>'
        '<script src="/module/jslib/jquery/jquery.js"></script></head><body><div class="xz-top"><div class="wrap">'
        '<a href="javascript:;" id="btnWza">无障碍</a><a href="javascript:;" id="btnOld">长者版</a>'
        '<a href="http://www.gov.cn/">中国政府网</a></div></div><div class="xz-banner"><img src="/images/xz_logo.png">'
        '</div><div class="xz-nav"><a href="/">首页</a><a href="/col/col1100/index.html">政务公开</a>'
        '<a href="/col/col1200/index.html">政务服务</a><a href="/col/col1300/index.html">政民互动</a></div>'
        f'<div class="wrap">{inner}</div><div class="xz-foot">荇州市人民政府办公室主办 网站标识码：9822000009 '
        '未ICP备05002119号<br>未公网安备 98220002000015号</div></body></html>'
    )


class HanwebXingzhou(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.art_id = 345_600
        self.rows: list[tuple[str, str, str, str]] = []  # path, title, date, 索引号
        for year in (2022, 2023):
            self.article(make_doc(rng, OWNER, year, f"{year + 1}-01-{rng.randint(16, 30)}"), "荇州市人民政府办公室")
        self.stub(make_doc(rng, OWNER, 2024, "2025-01-26"))
        for short, full, date in (("市统计局", "荇州市统计局", "2025-01-19"),
                                  ("市医疗保障局", "荇州市医疗保障局", "2025-01-21")):
            doc = make_doc(rng, short, 2024, date, title=f"{short}2024年度政府信息公开工作年度报告")
            self.article(doc, full, agency=full)
        for title, date in (("荇州市2023年度市级决算", "2024-08-28"),
                            ("《荇州市人民政府2024年政府信息公开工作年度报告》解读", "2025-01-27"),
                            ("荇州市人民政府政府信息公开指南（2024年修订）", "2024-02-20")):
            self.notice(title, date)
        self.rows.sort(key=lambda r: r[2], reverse=True)
        self.route(HOST, f"/col/col{COLUMN}/index.html", self.column)
        self.route(HOST, SEARCH, self.search)

    def next_path(self, date: str) -> str:
        self.art_id += self.rng.randint(100, 3000)
        y, m, d = (int(x) for x in date.split("-"))
        return f"/art/{y}/{m}/{d}/art_{COLUMN}_{self.art_id}.html"

    def page_of(self, title: str, date: str, publisher: str, index_no: str, content: str) -> str:
        table = (
            '<table class="xxgk_info"><tr><td>索引号：</td><td>' + index_no + '</td><td>信息分类：</td>'
            '<td>政府信息公开年报</td></tr><tr><td>发布机构：</td><td>' + escape(publisher) + f'</td><td>生成日期：'
            '</td>'
            f'<td>{date}</td></tr><tr><td>文件名称：</td><td colspan="3">{escape(title)}</td></tr></table>'
        )
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="pubDate" content="{date}">'
                 f'<meta name="ContentSource" content="{escape(publisher)}">')
        inner = (f'<div class="xz-pos">您的位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>{table}'
                 f'<div class="xz-art"><h1>{escape(title)}</h1><div id="zoom">{content}</div>'
                 '<div class="xz-ewm"><div id="qrcode"></div>扫一扫在手机上查看当前页面</div></div>')
        return frame(title, inner, metas)

    def index_no(self, date: str) -> str:
        return f"98220000/{date[:4]}-{self.rng.randint(100, 999):05d}"

    def article(self, doc: ReportDoc, publisher: str, agency: str | None = None) -> None:
        date = doc.published_date or ""
        path, number = self.next_path(date), self.index_no(date)
        content = body_html(doc, plain_para, word_cell, '<table border="1" cellspacing="0" cellpadding="0" '
                            'align="center" style="border-collapse:collapse">')
        url = self.put(HOST, path, self.page_of(doc.title, date, publisher, number, content))
        self.rows.append((path, doc.title, date, number))
        self.report(SITE, url, dataclasses.replace(doc, agency_name=agency) if agency else doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path, number = self.next_path(date), self.index_no(date)
        file = "/attach/0/" + "".join(self.rng.choice("0123456789abcdef") for _ in range(32)) + ".pdf"
        file_url = self.put_pdf(HOST, file, doc)
        content = (f"<p>{escape(doc.title)}</p><p>附件：<a href=\"{file}\" target=\"_blank\">{escape(doc.title)}.pdf"
                   "</a></p>")
        url = self.put(HOST, path, self.page_of(doc.title, date, "荇州市人民政府办公室", number, content))
        self.rows.append((path, doc.title, date, number))
        self.report(SITE, url, doc, media_type="application/pdf", report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        path, number = self.next_path(date), self.index_no(date)
        year = int(date[:4]) - (0 if "指南" in title else 1)
        content = "".join(plain_para(p, False) for p in decoy_text(title, CITY, year, self.rng))
        html = self.page_of(title, date, "荇州市人民政府办公室", number, content)
        self.decoy(SITE, self.put(HOST, path, html), title)
        self.rows.append((path, title, date, number))

    def column(self, request: Request) -> Response:
        script = (
            "<script>\nfunction searchPage(page) {\n  $.post('" + SEARCH + "', {infotypeId: '" + INFOTYPE + "', "
            f"jdid: '58', area: '', divid: 'div{COLUMN}', vc_title: '', vc_number: '', sortfield: 'compaltedate:1', "
            "currpage: page, vc_filenumber: '', vc_all: '', texttype: '', fbtime: '', standardXxgk: 1}, "
            f"function (html) {{ $('#div{COLUMN}').html(html); }});\n}}\nsearchPage(1);\n</script>"
        )
        inner = ('<div class="xz-pos">您的位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div><div class="xz-left">'
                 '<h3>政府信息公开</h3><ul><li><a href="/col/col1227/index.html">政府信息公开指南</a></li>'
                 f'<li class="on"><a href="/col/col{COLUMN}/index.html">政府信息公开年报</a></li></ul></div>'
                 f'<div class="xz-right"><div class="tit">政府信息公开年报</div><div id="div{COLUMN}"></div>'
                 f'</div>{script}')
        html = frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')
        return Response(200, html.encode(), "text/html; charset=utf-8")

    def search(self, request: Request) -> Response:
        form = dict(request.query)
        if request.body:
            form.update(parse_qs(request.body.decode("utf-8", "replace")))
        if form.get("infotypeId", [""])[0] != INFOTYPE:
            return Response(200, "<div class='nodata'>暂无信息</div>".encode(), "text/html; charset=utf-8")
        try:
            page = max(int(form.get("currpage", ["1"])[0]), 1)
        except ValueError:
            page = 1
        pages = -(-len(self.rows) // PER_PAGE)
        rows = "".join(f'<tr><td class="syh">{n}</td><td class="bt"><a href="{p}" target="_blank" title="{escape(t)}">'
                       f'{escape(t)}</a></td><td class="rq">{d}</td></tr>'
                       for p, t, d, n in self.rows[(page - 1) * PER_PAGE: page * PER_PAGE])
        links = []
        if page > 1:
            links += ['<a href="javascript:searchPage(1)">首页'
                      '</a>', f'<a href="javascript:searchPage({page - 1})">上页</a>']
        if page < pages:
            links += [f'<a href="javascript:searchPage({page + 1})">下页'
                      f'</a>', f'<a href="javascript:searchPage({pages})">尾页</a>']
        html = ('<table class="xxgk_list" width="100%"><tr class="head"><th>索引号</th><th>名称</th><th>发布日期</th>'
                '</tr>'
                f'{rows}</table>'
                f'<div class="xxgk_page">共 {len(self.rows)} 条记录 第 {page}/{pages} 页 {" ".join(links)}</div>')
        return Response(200, html.encode(), "text/html; charset=utf-8")


PORTALS = [HanwebXingzhou]
