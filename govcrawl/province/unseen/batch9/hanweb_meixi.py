"""渼溪县 (www.meixi.gov.test): Hanweb JCMS whose jpage settings are plain ``var``s and whose
datastore carries a ``<nextgroup>``; later groups come from a POST ``dataproxy.jsp`` record window.

``/col/col1229907315/index.html`` embeds the first group — 3 pages of 3 records — in ``<script
type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&
webid=4102&path=/&columnid=1229907315&unitid=7340021&webname=…&permissiontype=0"></a>]]></nextgroup>
<recordset>…`` (portals.md §7), with no ``.jpage({...})`` literal: the settings are ``var totalRecord
= 13; var perPage = 3; var proxyUrl = '/module/web/jpage/dataproxy.jsp'; var columnid = …; var unitid
= …; var webid = …;`` read by ``/module/web/jpage/jpage-plain.js``.  The dataproxy answers a POST
``?startrecord=10&endrecord=18&perpage=3`` with form ``col=1&appid=1&webid=…&path=/&columnid=…&
sourceContentType=1&unitid=…&webname=…&permissiontype=0`` (or a GET with ``page=N`` and the same
ids), an XML ``<datastore><nextgroup/><recordset>`` with ``<totalrecord>``/``<totalpage>``; wrong ids:
an empty datastore; the old ``/module/jpage/dataproxy.jsp`` is 404.  Records are ``<div class="lb">``
rows with the date in ``<span class="sj">``.  Articles: classic ``/art/Y/M/D/art_1229907315_<id>.html``
until 2023, JPaaS ``/col/col1229907315/art/Y/art_<hex>.html`` after.  Attachments through
``/module/download/downfile.jsp?classid=0&filename=<hex>.<ext>&showname=…`` inside ``#zoom``: the
2023 county report (.docx) and the 住建局's 2024 report (.ofd).  Units in the county column: 县市场监管局
(short), 沄口镇, 县住建局 (short).  Decoys: 解读, 工作要点, 统计公报, 政府网站工作年度报表.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    OFD,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.meixi.gov.test"
SITE = "meixi-gov"
OWNER = "渼溪县人民政府"
COLUMN = "1229907315"
UNIT = "7340021"
WEBID = "4102"
PER_PAGE = 3
GROUP = 3  # pages per group the widget loads at once
PROXY = "/module/web/jpage/dataproxy.jsp"
DOWN = "/module/download/downfile.jsp"


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{metas}<title>渼溪县人民政府 {escape(title)}</title>'
        '<script src="/module/jslib/jquery/jquery.js"></script><script src="/module/web/jpage/jpage-plain.js">'
        '</script></head><body><div class="mx-head"><img src="/images/mx_banner.png" alt="渼溪县人民政府">'
        '<div class="mx-nav"><a href="/">首页</a><a href="/col/col1229907300/index.html">政府信息公开</a>'
        '<a href="/col/col1229907288/index.html">网上办事</a></div></div>'
        f'<div class="mx-body">{inner}</div><div class="mx-foot">渼溪县人民政府办公室 主办　'
        "网站标识码：9842310015　未ICP备17000412号　<span>本站已支持IPV6访问</span></div></body></html>"
    )


class HanwebMeixi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.art = 41_730
        self.files: dict[str, tuple[bytes, str]] = {}
        self.records: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2020, "2021-01-26", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-24"))
        self.notice("渼溪县2021年国民经济和社会发展统计公报", "2022-03-30")
        self.article(make_doc(rng, OWNER, 2022, "2023-01-28"))
        self.notice("渼溪县2022年政府信息公开工作年度报告解读", "2023-01-29")
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-30"), DOCX)
        self.article(
            make_doc(rng, "渼溪县沄口镇人民政府", 2023, "2024-01-18", title="沄口镇2023年政府信息公开工作年度报告")
        )
        self.notice("渼溪县2024年政务公开工作要点", "2024-03-21")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-27"))
        self.article(
            make_doc(
                rng, "渼溪县市场监督管理局", 2024, "2025-01-22", title="县市场监管局2024年度政府信息公开工作年度报告"
            )
        )
        self.attached(
            make_doc(rng, "渼溪县住房和城乡建设局", 2024, "2025-01-20", title="县住建局2024年政府信息公开工作年度报告"),
            OFD,
        )
        self.article(
            make_doc(rng, "渼溪县沄口镇人民政府", 2024, "2025-01-17", title="沄口镇2024年政府信息公开工作年度报告")
        )
        self.notice("渼溪县人民政府门户网站2024年政府网站工作年度报表", "2025-01-14")
        self.records.sort(key=lambda r: r[2], reverse=True)
        self.put(HOST, f"/col/col{COLUMN}/index.html", self.column_page())
        self.route(HOST, PROXY, self.proxy)
        self.route(HOST, DOWN, self.download)

    def path(self, date: str) -> str:
        y, m, d = (int(x) for x in date.split("-"))
        if date < "2024-06-01":
            self.art += self.rng.randint(30, 900)
            return f"/art/{y}/{m}/{d}/art_{COLUMN}_{self.art}.html"
        return f"/col/col{COLUMN}/art/{y}/art_{self.rng.getrandbits(128):032x}.html"

    def page_of(self, title: str, date: str, content: str) -> str:
        path = self.path(date)
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="pubDate" content="{date} 09:12">'
            '<meta name="ContentSource" content="渼溪县人民政府办公'
            '室"><meta name="ColumnName" content="政府信息公开年报">'
        )
        inner = (
            f'<div class="mx-pos">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/col/col{COLUMN}/index.html">'
            f'政府信息公开年报</a></div><table class="mx-art" width="100%"><tr><td class="mx-title">{escape(title)}'
            f'</td></tr><tr><td class="mx-info">发布日期：{date}　浏览次数：<span id="zz_count"></span>　'
            '字号：[ <a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> '
            '<a href="javascript:doZoom(12)">小</a> ]</td></tr><tr><td><div id="zoom">'
            f"<!--<$[信息内容]>begin-->{content}<!--<$[信息内容]>end--></div></td></tr></table>"
        )
        self.records.append((path, title, date))
        return self.put(HOST, path, frame(title, inner, metas))

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, word_para, word_cell, '<table border="1" cellspacing="0" cellpadding="0" width="600">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content), doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        ext = "docx" if media == DOCX else "ofd"
        name = f"{self.rng.getrandbits(128):032x}.{ext}"
        data = render_docx(doc) if media == DOCX else render_ofd(doc, random.Random(self.rng.random()))
        self.files[name] = (data, media)
        query = f"classid=0&filename={name}&showname={quote(doc.title + '.' + ext)}"
        content = (
            f"<p>{escape(doc.title)}已编制完成，现予公开。</p>"
            f'<p>附件：<a href="{DOWN}?{escape(query)}">{escape(doc.title)}.{ext}</a></p>'
        )
        url = self.page_of(doc.title, doc.published_date or "", content)
        self.report(SITE, url, doc, media_type=media, report_url=f"http://{HOST}{DOWN}?{query}")

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("filename"))
        if found is None:
            return Response(
                200, "<script>alert('文件不存在');history.back();</script>".encode(), "text/html; charset=utf-8"
            )
        return Response(200, found[0], found[1], {"Content-Disposition": "attachment"})

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content), title)

    @staticmethod
    def record(path: str, title: str, date: str) -> str:
        return (
            f'<record><![CDATA[<div class="lb"><a href="{path}" target="_blank" title="{escape(title)}">'
            f'{escape(title)}</a><span class="sj">{date}</span></div>]]></record>'
        )

    def nextgroup(self) -> str:
        link = (
            f"{PROXY}?page=1&webid={WEBID}&path=/&columnid={COLUMN}&unitid={UNIT}&webname={quote('渼溪县人民政府')}"
            "&permissiontype=0"
        )
        return f'<nextgroup><![CDATA[<a href="{link}"></a>]]></nextgroup>'

    def column_page(self) -> str:
        first = "".join(self.record(*r) for r in self.records[: PER_PAGE * GROUP])
        inner = (
            '<div class="mx-pos">当前位置：<a href="/">首页</a> &gt;&gt; 政府信息公开年报</div>'
            f'<div class="mx-list" id="{UNIT}"><script type="text/xml"><datastore>{self.nextgroup()}'
            f"<recordset>{first}</recordset></datastore></script></div>"
            f"<script>var totalRecord = {len(self.records)};\nvar perPage = {PER_PAGE};\n"
            f"var proxyUrl = '{PROXY}';\nvar columnid = '{COLUMN}';\nvar unitid = '{UNIT}';\n"
            f"var webid = '{WEBID}';\nvar webname = '渼溪县人民政府';\njpagePlain('{UNIT}');</script>"
        )
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')

    def proxy(self, request: Request) -> Response:
        total = len(self.records)
        ok = request.param("columnid") == COLUMN and request.param("unitid") == UNIT
        per = int(request.param("perpage", str(PER_PAGE))) if request.param("perpage", "x").isdigit() else PER_PAGE
        start, end = request.param("startrecord"), request.param("endrecord")
        if start.isdigit() and end.isdigit():
            part = self.records[int(start) - 1 : int(end)]
        else:
            page = int(request.param("page", "1")) if request.param("page", "1").isdigit() else 1
            part = self.records[(page - 1) * per : page * per] if page >= 1 else []
        if not ok:
            part, total = [], 0
        body = (
            f'<?xml version="1.0" encoding="UTF-8"?><datastore><nextgroup><![CDATA[]]></nextgroup>'
            f"<totalrecord>{total}</totalrecord><totalpage>{-(-total // per)}</totalpage>"
            f"<recordset>{''.join(self.record(*r) for r in part)}</recordset></datastore>"
        )
        return Response(200, body.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebMeixi]
