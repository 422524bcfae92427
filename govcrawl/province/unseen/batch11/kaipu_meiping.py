"""湄坪县 (www.meiping.gov.test → zwgk.meiping.gov.test): a 开普云 集约化 county whose 年报 list pages
by ``?page=N`` under a next-link-and-jump-box pager, one report shown through an ``<embed>``.

The home host's 政务公开 nav links ``http://zwgk.meiping.gov.test/`` (portals.md §7), whose left
menu links the 年报 column ``/zfxxgknb/index.html`` (the registry's start page).  Entries are ``<li>``s of
``ul.gk-ul``: the link (full title), ``<span class="kp-org">`` (发布机构) and ``<span class="kp-date">``.
The platform's list controller pages by query (``index.html?page=2``); its pager prints "共 11 条",
only a 下一页/上一页 link, a GET jump form (``<form method="get"><input name="page">``) and "第 1 / 3 页".
Articles are snowflake ids ``/zfxxgknb/<19 digits>.html`` (portals.md §1.7) with a 索引号 table
(``索 引 号``, ``发 布 机 构``), the body in ``div#UCAP-CONTENT``, then ``div.info_ewm``; the 2021 report's
table 三 is cut at a page break into two tables.  The 2024 county report is a stub that shows its PDF
in ``<embed src="/upload/….pdf" type="application/pdf">`` (no link); the 2022 report is a .docx in a
``div.xgfj`` 相关附件 block.  Units: "县发改局2023年…" (湄坪县发展和改革局), 龙泉镇 (湄坪县龙泉镇人民政府)
titled "龙泉镇人民政府2024年度政府信息公开工作报告" (工作报告 wording), the 县财政局.  Decoys: 决算,
政府信息公开工作要点, 公告.
"""

from __future__ import annotations

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
    split_point,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

WWW = "www.meiping.gov.test"
ZWGK = "zwgk.meiping.gov.test"
SITE = "meiping-gov"
OWNER = "湄坪县人民政府"
PER_PAGE = 4


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="湄坪县人民政府">'
        f'<meta name="SiteDomain" content="{ZWGK}"><meta name="SiteIDCode" content="9847410006">{metas}'
        f'<title>{escape(title)}-湄坪县人民政府</title></head><body>'
        '<div class="mp-top"><a href="javascript:void(0)" onclick="kqNav()">无障碍</a>'
        '<a href="javascript:void(0)">适老版</a><a href="http://www.meiping.gov.test/">返回首页</a></div>'
        f'<div class="mp-banner">湄坪县人民政府 政务公开</div><div class="mp-body">{inner}</div>'
        '<div class="mp-foot"><p>主办：湄坪县人民政府办公室　网站标识码：9847410006</p>'
        '<p>未ICP备16002213号　<a href="http://www.meiping.gov.test/wzdt/">网站地图</a></p>'
        "<script id=\"_jiucuo_\" sitecode='9847410006' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script>"
        "</div></body></html>"
    )


class KaipuMeiping(UnseenPortal):
    hosts = (WWW, ZWGK)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.snow = 1_752_004_113_226_000_000
        self.entries: list[tuple[str, str, str, str]] = []  # path, title, org, date
        self.article(make_doc(rng, OWNER, 2019, "2020-01-23", version="v2019"))
        self.article(make_doc(rng, OWNER, 2020, "2021-01-25", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-28"), split=True)
        self.attached(make_doc(rng, OWNER, 2022, "2023-01-31"), DOCX)
        self.notice("湄坪县2022年度财政决算公开", "2023-08-30", "湄坪县财政局")
        self.article(make_doc(rng, "湄坪县发展和改革局", 2023, "2024-01-22",
                              title="县发改局2023年政府信息公开工作年度报告"), org="湄坪县发展和改革局")
        self.article(make_doc(rng, "湄坪县财政局", 2023, "2024-01-19"), org="湄坪县财政局")
        self.notice("湄坪县2024年政府信息公开工作要点", "2024-04-08", "湄坪县人民政府办公室")
        self.attached(make_doc(rng, OWNER, 2024, "2025-01-26"), PDF)
        self.article(make_doc(rng, "湄坪县龙泉镇人民政府", 2024, "2025-01-17",
                              title="龙泉镇人民政府2024年度政府信息公开工作报告"), org="湄坪县龙泉镇人民政府")
        self.notice("湄坪县人民政府2024年政府信息公开工作年度报告发布公告", "2025-01-26", "湄坪县人民政府办公室")
        self.entries.sort(key=lambda e: e[3], reverse=True)
        self.route(ZWGK, "/zfxxgknb/index.html", self.column)
        self.put(ZWGK, "/", frame("政务公开", '<div class="mp-menu"><a href="/zfxxgkzn/">政府信息公开指南</a>'
                                  '<a href="/zfxxgkzd/">政府信息公开制度</a><a href="/fdzdgknr/">法定主动公开内容</a>'
                                  '<a href="/zfxxgknb/index.html">政府信息公开年报</a></div>'))
        self.put(WWW, "/", (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="湄坪县人民政府">'
            '<title>湄坪县人民政府</title></head><body><div class="nav"><a href="/">首页</a>'
            '<a href="http://zwgk.meiping.gov.test/">政务公开</a><a href="/zwfw/">政务服务</a></div>'
            '<div class="news">湄坪要闻</div><div class="float-zwfw"><a href="/zwfw/">办事<br>入口</a></div>'
            "</body></html>"))

    def page_of(self, title: str, date: str, org: str, content: str, after: str = "") -> str:
        self.snow += self.rng.randint(10**9, 10**11)
        path = f"/zfxxgknb/{self.snow}.html"
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 09:00">'
                 f'<meta name="ContentSource" content="{escape(org)}">')
        inner = (
            '<div class="mp-pos">当前位置：<a href="/">政务公开</a> &gt; '
            '<a href="/zfxxgknb/index.html">政府信息公开年报'
            '</a></div><table class="mp-suoyin"><tr><td>索&nbsp;引&nbsp;号：</td>'
            f"<td>{self.snow % 10**8}</td><td>发&nbsp;布&nbsp;机&nbsp;构：</td><td>{escape(org)}</td></tr>"
            f"<tr><td>发&nbsp;布&nbsp;日&nbsp;期：</td><td>{date}</td><td>主&nbsp;题&nbsp;分&nbsp;类：</td>"
            f'<td>政府信息公开年报</td></tr></table><h1 class="mp-tit">{escape(title)}</h1>'
            f'<div id="UCAP-CONTENT">{content}</div>{after}'
            '<div class="info_ewm"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>'
        )
        self.put(ZWGK, path, frame(title, inner, metas))
        self.entries.append((path, title, org, date))
        return f"http://{ZWGK}{path}"

    def article(self, doc: ReportDoc, split: bool = False, org: str = "湄坪县人民政府办公室") -> None:
        cut = {"t3": split_point(doc, "t3", self.rng)} if split else None
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellpadding="2" width="100%">',
                            split=cut, page_break='<p style="page-break-before:always"></p>')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", org, content), doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        date = doc.published_date or ""
        ext = "pdf" if media == PDF else "docx"
        path = f"/upload/{date[:4]}/{date[5:7]}/{self.rng.randint(10**15, 10**16 - 1):x}.{ext}"
        if media == PDF:
            file_url = self.put_pdf(ZWGK, path, doc)
            content = (f"<p>{escape(doc.title)}</p>"
                       f'<embed src="{path}" type="application/pdf" width="100%" height="900">')
            after = ""
        else:
            file_url = self.put(ZWGK, path, render_docx(doc), DOCX)
            content = f"<p>{escape(doc.title)}全文见相关附件。</p>"
            after = (f'<div class="xgfj"><h4>相关附件</h4><p><a href="{path}">{escape(doc.title)}.{ext}</a></p>'
                     "</div>")
        url = self.page_of(doc.title, date, "湄坪县人民政府办公室", content, after)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str, org: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, org, content), title)

    def column(self, request: Request) -> Response:
        pages = -(-len(self.entries) // PER_PAGE)
        try:
            page = int(request.param("page") or 1)
        except ValueError:
            page = 1
        if not 1 <= page <= pages:
            page = 1
        chunk = self.entries[(page - 1) * PER_PAGE : page * PER_PAGE]
        items = "".join(
            f'<li><a href="{p}" target="_blank" title="{escape(t)}">{escape(t)}</a>'
            f'<span class="kp-org">{escape(o)}</span><span class="kp-date">{d}</span></li>'
            for p, t, o, d in chunk
        )
        links = ""
        if page > 1:
            links += f'<a href="?page={page - 1}">&lt; 上一页</a> '
        if page < pages:
            links += f'<a href="?page={page + 1}">下一页 &gt;</a> '
        inner = (
            '<div class="mp-pos">当前位置：<a href="/">政务公开</a> &gt; 政府信息公开年报</div>'
            f'<ul class="gk-ul">{items}</ul><div class="kp-pager">共 {len(self.entries)} 条　{links}'
            '<form method="get" action="index.html" style="display:inline">到第<input name="page" size="2">页'
            f"<button>确定</button></form>　第 {page} / {pages} 页</div>"
        )
        body = frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')
        return Response(200, body.encode(), "text/html; charset=utf-8")


PORTALS = [KaipuMeiping]
