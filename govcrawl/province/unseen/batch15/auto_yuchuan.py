"""潏川县 (www.yuchuan.gov.test): a county site on a JFinal-built CMS (no family), registered with
``cms: auto`` and only its home page; its 年报 list pages by a record *offset* (``?start=0``, ``4``,
``8``) — and its third page fails with a 500 every time (a deliberate shortfall).

The home page's nav links 政务公开 to ``/column/zwgk``, a column index of boxes (each a ``<div
class="col-box"><h3><a href="/column/<code>">…</a></h3>`` with its newest titles); the 政府信息公开年报 box
links ``/column/ndbg``.  That list is ``<dl class="art-list">`` of ``<dd><a href="/article/<24-hex id>"
target="_blank">title</a><i>2025-01-22</i></dd>``, four a page, newest first; the pager says "共 11 条"
and links 首页 / 上一页 / 1 2 3 / 下一页 / 末页 to ``/column/ndbg?start=4``, ``?start=8`` (the offset of the
page's first record); past the end: "暂无文章".  Articles ``/article/<id>`` put the body in
``div.art-body`` under "发布时间：… 来源：… 阅读量：" (the count from ``/article/hits?id=``).  The 2022 county
report is a stub whose PDF and the 2023 one whose .docx are under ``/upload/file/YYYYMMDD/<uuid>.<ext>``.

**Shortfall (deliberate):** ``/column/ndbg?start=8`` answers **500** ("系统繁忙，请稍后再试") every
time; its three entries — the county's 2019 and 2020 reports and the 2020 政府网站工作年度报表 — are linked
from no other page: the list declares 11 entries, 8 can be reached (2 of 8 reports lost).

Reports (8): 潏川县人民政府 2019–2024 (2019–2020 old template; both unreachable), 潏川县审计局 2024
("县审计局2024年…"), 潏川县潏河镇人民政府 2023 ("潏河镇2023年…").  Decoys (3): 政府网站工作年度报表 (2020),
法治政府建设年度报告, a 解读 of the 2024 report.
"""

from __future__ import annotations

import random
import uuid
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

HOST = "www.yuchuan.gov.test"
SITE = "yuchuan-gov"
OWNER = "潏川县人民政府"
PER = 4
BROKEN = 8


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-'
        f'scale=1"><meta name="SiteName" content="潏川县人民政府">{head}<title>{escape(title)} | 潏川县人民政府</title>'
        '<link rel="stylesheet" href="/static/css/site.css"></head><body><div class="yc-head"><div class="yc-logo">'
        '潏川县'
        '人民政府</div><div class="yc-weather" id="weather"></div></div><ul class="yc-nav"><li><a href="/">首页</a>'
        '</li>'
        '<li><a href="/column/yczx">潏川资讯</a></li><li><a href="/column/zwgk">政务公开</a></li><li><a href="/column/'
        f'zwfw">政务服务</a></li><li><a href="/column/hdjl">互动交流</a></li></ul><div class="yc-body">{inner}</div>'
        '<div class="yc-foot">潏川县人民政府办公室主办　网站标识码：9865060005　未ICP备20004118号　技术支持：未见'
        '省某某信息技术有限公司</div></body></html>'
    )


class AutoYuchuan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.entries: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-22"), (2020, "2021-01-27"), (2021, "2022-01-26"), (2024, "2025-01-23")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.file(make_doc(rng, OWNER, 2022, "2023-01-31"), "pdf")
        self.file(make_doc(rng, OWNER, 2023, "2024-01-30"), "docx")
        self.article(make_doc(rng, "潏川县审计局", 2024, "2025-01-20", title="县审计局2024年政府信息公开工作年度报告"))
        self.article(make_doc(rng, "潏川县潏河镇人民政"
                                   "府", 2023, "2024-01-24", title="潏河镇2023年政府信息公开工作年度报告"))
        self.notice("潏川县人民政府门户网站2020年政府网站工作年度报表", 2020, "2021-01-12")
        self.notice("潏川县2023年法治政府建设年度报告", 2023, "2024-03-08")
        self.notice("《潏川县2024年政府信息公开工作年度报告》解读", 2024, "2025-01-24")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, "/column/ndbg", self.list_page)
        boxes = "".join(
            f'<div class="col-box"><h3><a href="/column/{code}">{name}</a></h3><ul>{items}</ul></div>'
            for code, name, items in (
                ("zfxxgkzn", "政府信息公开指南", "<li>潏川县政府信息公开指南</li>"),
                ("fdzdgknr", "法定主动公开内容", "<li>机构职能</li><li>政策文件</li>"),
                ("ndbg", "政府信息公开年报", "".join(f"<li>{escape(t)}</li>" for _, t, _ in self.entries[:3])),
            ))
        self.put(HOST, "/column/zwgk", frame("政务公开", f'<div class="yc-pos">首页 &gt; 政务公开</div>{boxes}'))
        self.put(HOST, "/index.html", frame("首页", (
            '<div class="yc-banner"><img src="/static/img/banner1.jpg" alt=""></div><div class="yc-news"><h3>潏川要'
            '闻</h3>'
            '<ul><li><a href="/column/yczx">县政府召开常务会议</a></li></ul></div><div class="yc-entry"><a href="/c'
            'olumn/'
            'zwgk">政务公开</a><a href="/column/zwfw">网上办事</a><a href="/column/hdjl">县长信箱</a></div>')))

    def page_of(self, title: str, date: str, content: str, source: str = "县政府办公室") -> str:
        aid = f"{self.rng.getrandbits(96):024x}"
        inner = ('<div class="yc-pos">首页 &gt; <a href="/column/zwgk">政务公开</a> &gt; <a href="/column/ndbg">政'
                 '府信息'
                 f'公开年报</a></div><div class="art"><h1>{escape(title)}</h1><div class="art-info">发布时间：'
                 f'{date}　来源：'
                 f'{escape(source)}　阅读量：<span id="hits"></span></div><div class="art-body">{content}</div></di'
                 'v><script>'
                 f'$.get("/article/hits?id={aid}",function(n){{$("#hits").text(n);}});</script>')
        url = self.put(HOST, "/article/"
                             f"{aid}", frame(title, inner, f'<meta name="ArticleTitle" content="{escape(title)}">'))
        self.entries.append((f"/article/{aid}", title, date))
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table class="table" border="1" cellspacing="0">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, doc.agency_name), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        date = (doc.published_date or "").replace("-", "")
        path = f"/upload/file/{date}/{uuid.UUID(int=self.rng.getrandbits(128))}.{ext}"
        content = (f'<p>{escape(doc.title)}全文见附件：</p><p><a href="{path}" download>'
                   f'{escape(doc.title)}.{ext}</a></p>')
        url = self.page_of(doc.title, doc.published_date or "", content)
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, path, doc))
        else:
            self.report(SITE, url, doc, media_type=DOCX, report_url=self.put(HOST, path, render_docx(doc), DOCX))

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content), title)

    def list_page(self, request: Request) -> Response:
        raw = request.param("start", "0")
        start = int(raw) if raw.isdigit() else 0
        if start == BROKEN:
            return Response(500, frame("出错了", '<div class="err"><h2>系统繁忙，请稍后再试</h2></div>').encode())
        total = len(self.entries)
        chunk = self.entries[start : start + PER]
        rows = "".join(f'<dd><a href="{p}" target="_blank">{escape(t)}</a><i>{d}</i></dd>' for p, t, d in chunk)
        last = (total - 1) // PER * PER

        def link(s: int, text: str) -> str:
            return f'<a href="/column/ndbg?start={s}">{text}</a>'

        nums = "".join(f'<span class="cur">{s // PER + 1}</span>' if s == start else link(s, str(s // PER + 1))
                       for s in range(0, total, PER))
        pager = (f'<div class="pager">共 {total} 条 {link(0, "首页")} '
                 + (link(start - PER, "上一页") if start > 0 else "<span>上一页</span>") + f" {nums} "
                 + (link(start + PER, "下一页") if start + PER < total else "<span>下一页</span"
                                                                         ">") + f' {link(last, "末页")}'
                 "</div>")
        inner = ('<div class="yc-pos">首页 &gt; <a href="/column/zwgk">政务公开</a> &gt; 政府信息公开年报</div><dl'
                 ' class='
                 f'"art-list"><dt>政府信息公开年报</dt>{rows or "<dd>暂无文章</dd>"}</dl>{pager}')
        return Response(200, frame("政府信息公开年报", inner).encode())


PORTALS = [AutoYuchuan]
