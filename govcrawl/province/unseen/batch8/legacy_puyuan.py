"""璞源县 (www.puyuan.gov.test): a legacy JSP 信息公开目录 in GBK that declares its charset only in a
malformed meta, its list a 目录 table with a 发布机构 column.

The registry entry has no ``cms``.  ``/xxgkml/list.do?catId=15&pageNo=1`` is a 目录 table (索引号 |
信息名称 | 发布机构 | 生成日期) whose title links carry the full title only in a tooltip ``title="文章
标题：… 发布机构：… 更新时间：…"`` and show it cut to 16 characters (portals.md §7); the pager is
"总计7条记录 第1页/共3页" with 下一页/末页 links to ``list.do?catId=15&pageNo=N``.  Every page is GBK,
the header a bare ``text/html``, the charset only in ``<meta httpequiv="ContentType" content="text/html;
charset=gbk" />`` (no hyphens, portals.md §4.2).  Details ``/xxgkml/show.do?id=N`` (an unknown id:
200 "该信息不存在"), the body a Word "save as web page" paste in ``td#fontzoom``; the 2023 county
report is a PDF behind ``/xxgkml/download.do?fileId=N``.  The 水利局's report is titled only
"2023年度政府信息公开工作年度报告": the unit is named by the 发布机构 column and the page's 目录 header.
Decoys: 政务公开工作要点, 统计公报.
"""

from __future__ import annotations

import dataclasses
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    word_cell,
    word_para,
)
from govcrawl.synth.model import ReportDoc

HOST = "www.puyuan.gov.test"
SITE = "puyuan-gov"
OWNER = "璞源县人民政府"
PER_PAGE = 3
CATEGORY = "15"


def frame(title: str, inner: str) -> bytes:
    html = (
        '<html><head><meta httpequiv="ContentType" content="text/html; charset=gbk" />'
        f"<title>璞源县政府信息公开目录--{escape(title)}</title></head><body bgcolor=#ffffff>"
        '<table width=960 align=center cellpadding=0 cellspacing=0><tr><td><img src="/xxgkml/images/banner.gif" '
        'alt="璞源县政府信息公开目录"></td></tr><tr><td class=menu><a href="/">县政府首页</a> | '
        '<a href="/xxgkml/list.do?catId=1">公开指南</a> | <a href="/xxgkml/list.do?catId=15&pageNo=1">公开年报</a> | '
        '<a href="/xxgkml/apply.do">依申请公开</a></td></tr>'
        f"<tr><td>{inner}</td></tr><tr><td align=center class=foot>璞源县人民政府办公室主办　"
        "网站标识码：9841610002　未ICP备07001931号<br>建议使用IE8.0以上浏览器，1024*768分辨率</td></tr></table>"
        "</body></html>"
    )
    return html.encode("gbk", "xmlcharrefreplace")


class LegacyPuyuan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.next_id = 2_310
        self.details: dict[str, bytes] = {}
        self.file_ids: set[str] = set()
        self.entries: list[tuple[str, str, str, str]] = []  # (id, title, publisher, date)
        self.article(make_doc(rng, OWNER, 2020, "2021-01-29", version="v2019"))
        self.notice("璞源县2021年国民经济和社会发展统计公报", "2022-04-02", "县统计局")
        self.article(make_doc(rng, OWNER, 2022, "2023-01-31"))
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-30"))
        doc = make_doc(rng, "璞源县水利局", 2023, "2024-01-19", title="2023年度政府信息公开工作年度报告")
        self.article(dataclasses.replace(doc, agency_name="璞源县水利局"), "璞源县水利局")
        self.notice("璞源县2024年政务公开工作要点", "2024-05-08", "县政府办公室")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-26"))
        self.entries.sort(key=lambda e: e[3], reverse=True)
        self.route(HOST, "/xxgkml/list.do", self.list_page)
        self.route(HOST, "/xxgkml/show.do", self.detail)
        self.route(HOST, "/xxgkml/download.do", self.download)

    def page_of(self, title: str, date: str, publisher: str, content: str, files: str = "") -> str:
        self.next_id += self.rng.randint(3, 80)
        key = str(self.next_id)
        index = f"PY{date[:4]}-{CATEGORY}-{self.rng.randint(1000, 9999)}"
        inner = (
            '<table width="100%" class=ml border=1 cellspacing=0 bordercolor=#cccccc>'
            f"<tr><td width=90>索 引 号：</td><td>{index}</td><td width=90>发布机构：</td>"
            f"<td>{escape(publisher)}</td></tr>"
            f"<tr><td>生成日期：</td><td>{date}</td><td>公开方式：</td><td>主动公开</td></tr>"
            f"<tr><td>信息名称：</td><td colspan=3>{escape(title)}</td></tr></table>"
            f'<table width="100%"><tr><td align=center class=bt>{escape(title)}</td></tr>'
            f'<tr><td id="fontzoom">{content}</td></tr><tr><td>{files}</td></tr>'
            '<tr><td align=right>【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">'
            "关闭</a>】</td></tr></table>"
        )
        self.details[key] = frame(title, inner)
        self.entries.append((key, title, publisher, date))
        return f"http://{HOST}/xxgkml/show.do?id={key}"

    def article(self, doc: ReportDoc, publisher: str = "县政府办公室") -> None:
        content = body_html(
            doc, word_para, word_cell, "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>"
        )
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", publisher, content), doc)

    def attached(self, doc: ReportDoc) -> None:
        file_id = str(self.rng.randint(10**5, 10**6))
        self.file_ids.add(file_id)
        self.pdf_serve = self.pdf_handler(doc)
        files = f'附件：<a href="download.do?fileId={file_id}">{escape(doc.title)}.pdf</a>'
        url = self.page_of(
            doc.title, doc.published_date or "", "县政府办公室", "<p class=MsoNormal>　　本报告全文见附件。</p>", files
        )
        self.report(SITE, url, doc, media_type=PDF, report_url=f"http://{HOST}/xxgkml/download.do?fileId={file_id}")

    def download(self, request: Request) -> Response:
        if request.param("fileId") not in self.file_ids:
            return Response(200, frame("提示", "<p>文件不存在！</p>"), "text/html")
        return self.pdf_serve(request)

    def notice(self, title: str, date: str, publisher: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, publisher, content), title)

    def detail(self, request: Request) -> Response:
        found = self.details.get(request.param("id"))
        return Response(200, found or frame("提示", "<p>该信息不存在或已删除！</p>"), "text/html")

    def list_page(self, request: Request) -> Response:
        if request.param("catId") != CATEGORY:
            return Response(200, frame("提示", "<p>该栏目暂无信息</p>"), "text/html")
        pages = -(-len(self.entries) // PER_PAGE)
        number = request.param("pageNo", "1")
        page = min(max(int(number), 1), pages) if number.isdigit() else 1
        rows = "".join(
            f'<tr><td>PY{d[:4]}-{CATEGORY}-{i}</td><td><a href="show.do?id={i}" target=_blank '
            f'title="文章标题：{escape(t)}&#10;发布机构：{escape(p)}&#10;更新时间：{d}">'
            f"{escape(t if len(t) <= 16 else t[:16] + '...')}</a></td><td>{escape(p)}</td><td>{d}</td></tr>"
            for i, t, p, d in self.entries[(page - 1) * PER_PAGE : page * PER_PAGE]
        )

        def go(n: int, text: str) -> str:
            return (
                text if n == page or n < 1 or n > pages else f'<a href="list.do?catId={CATEGORY}&pageNo={n}">{text}</a>'
            )

        inner = (
            '<table width="100%"><tr><td class=weizhi>您的位置：政府信息公开目录 &gt;&gt; 政府信息公开年报</td>'
            "</tr></table>"
            '<table width="100%" border=1 cellspacing=0 bordercolor=#cccccc class=mllist><tr bgcolor=#eeeeee>'
            f"<th>索引号</th><th>信息名称</th><th>发布机构</th><th>生成日期</th></tr>{rows}</table>"
            f'<table width="100%"><tr><td align=center>总计{len(self.entries)}条记录 第{page}页/共{pages}页 '
            f"{go(1, '首页')} {go(page - 1, '上一页')} {go(page + 1, '下一页')} {go(pages, '末页')}</td></tr></table>"
        )
        return Response(200, frame("政府信息公开年报", inner), "text/html")


PORTALS = [LegacyPuyuan]
