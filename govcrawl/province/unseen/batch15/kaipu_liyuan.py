"""浰源县 (www.liyuan.gov.test): a 开普云 集约化 county whose 年报 column shows one report year at a
time, chosen in a ``<select>`` (``?year=YYYY``) — and whose 2020 page fails with a 500 every time (a
deliberate shortfall).

``/zwgk/zfxxgknb/index.jsp`` says "本栏目共 12 条" and shows the newest year (2024); ``<select id="nbYear"
onchange="location.href='index.jsp?year='+this.value">`` offers 2024 … 2019 (``<option value="2023">
2023年度</option>``), each year's page listing that year's documents (report year, not publication date)
as ``<div class="kp-row"><a href="/zwgk/zfxxgknb/YYYYMM/<19-digit id>.html" title="…">…</a><span
class="org">发布机构</span><span class="time">2025-01-22</span></div>`` under "本年度 N 条"; a year out of range:
"暂无数据".  Articles: a 索引号 ``<table class="xxgk-table">`` (labels ``索 引 号``, ``发布机构``, ``发文日期``),
then ``div.pages_content#UCAP-CONTENT``, then ``div.info_ewm`` (扫一扫在手机打开当前页).  The 2023 county report
is a stub whose PDF and the 2024 one whose OFD are linked from a ``div.fujian`` block after the body
(``/module/download/fileserver.jsp?fileId=<n>`` answering the file with a Content-Disposition name).

**Shortfall (deliberate):** ``index.jsp?year=2020`` answers **500** (a Java stack trace page) every
time; the county's 2020 report, served at its own URL, is linked from no other page — 1 of the 12
declared entries (1 report of 9) cannot be harvested.

Reports (9): 浰源县人民政府 2019–2024 (2019–2020 old template; 2020 unreachable), 浰源县水务局 2024
("县水务局2024年…"), 浰源县浰江镇人民政府 2023 ("浰江镇2023年…"), 浰源县退役军人事务局 2022 (titled only
"2022年度政府信息公开工作年度报告", the unit in 发布机构 and ContentSource).  Decoys (3): a 公告 (2024),
政务公开工作要点 (2023), 政府网站工作年度报表 (2022).
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import OFD, PDF, UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd
from govcrawl.synth.pdf import render_pdf

HOST = "www.liyuan.gov.test"
SITE = "liyuan-gov"
OWNER = "浰源县人民政府"
ROOT = "/zwgk/zfxxgknb/"
YEARS = (2024, 2023, 2022, 2021, 2020, 2019)
BROKEN = 2020
TRACE = ("<html><head><title>Apache Tomcat/8.5.32 - Error report</title></head><body><h1>HTTP Status 500 - Internal "
         "Server Error</h1><p><b>Exception</b></p><pre>java.lang.NullPointerException\n\tat com.ucap.cms.web.NbListCon"
         "troller.list(NbListController.java:87)\n</pre></body></html>")


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="浰源县人民政府"><meta name="'
        f'SiteDomain" content="www.liyuan.gov.test"><meta name="SiteIDCode" content="9865040002">{head}<title>'
        f'{escape(title)}_浰源县人民政府</title></head><body><div class="ly-top"><a href="javascript:kqNav()">无障'
        '碍</a> '
        '<a href="javascript:;" onclick="headTool.switchOld()">适老模式</a></div><div class="ly-banner">浰源县人民政府'
        '</div><div class="ly-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a '
        f'href="/hdjl/">互动交流</a></div><div class="ly-con">{inner}</div><div class="ly-foot">浰源县人民政府办公'
        '室主办'
        '　网站标识码：9865040002　未ICP备16003321号<script id="_jiucuo_" sitecode="9865040002" src="http://pucha.kaipuyun'
        '.cn/exposure/jiucuo.js"></script></div></body></html>'
    )


class KaipuLiyuan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.files: dict[str, tuple[ReportDoc, str, float]] = {}
        self.entries: list[tuple[int, str, str, str, str]] = []  # year, path, title, date, org
        for year, date in ((2019, "2020-01-22"), (2020, "2021-01-28"), (2021, "2022-01-26"), (2022, "2023-01-30")):
            self.article(make_doc(rng, OWNER, year, date, version="v201"
                                                                  "9" if year < 2021 else "v202"
                                                                                          "1"), "浰源县人民政府办公室")
        self.file(make_doc(rng, OWNER, 2023, "2024-01-29"), "pdf")
        self.file(make_doc(rng, OWNER, 2024, "2025-01-24"), "ofd")
        self.article(make_doc(rng, "浰源县水务局", 2024, "2025-01-21", title="县水务局2024年政府信息公开工作年度报告"),
                     "浰源县水务局")
        self.article(make_doc(rng, "浰源县浰江镇人民政"
                                   "府", 2023, "2024-01-23", title="浰江镇2023年政府信息公开工作年度报告"),
                     "浰源县浰江镇人民政府")
        self.article(make_doc(rng, "浰源县退役军人事务"
                                   "局", 2022, "2023-01-18", title="2022年度政府信息公开工作年度报告"),
                     "浰源县退役军人事务局")
        self.notice("浰源县人民政府办公室关于2024年度政府信息公开工作年度报告发布的公告", 2024, "2025-01-25")
        self.notice("浰源县2023年政务公开工作要点", 2023, "2023-04-14")
        self.notice("浰源县人民政府门户网站2022年政府网站工作年度报表", 2022, "2023-01-16")
        self.entries.sort(key=lambda e: e[3], reverse=True)
        self.route(HOST, ROOT + "index.jsp", self.list_page)
        self.route(HOST, "/module/download/fileserver.jsp", self.download)

    def page_of(self, year: int, title: str, date: str, content: str, org: str, after: str = "") -> str:
        snow = self.rng.randint(1_750_000_000_000_000_000, 1_799_999_999_999_999_999)
        path = f"{ROOT}{date[:7].replace('-', '')}/{snow}.html"
        ident = f"{self.rng.randint(10**8, 10**9 - 1)}/{date[:4]}-{self.rng.randint(10, 999):05d}"
        meta = (f'<table class="xxgk-table"><tr><td class="t">索 引 号：</td><td>{ident}</td><td class="t">发布机构'
                '：</td>'
                f'<td>{escape(org)}</td></tr><tr><td class="t">发文日期：</td><td>{date}</td><td class="t">主题分类'
                '：</td>'
                f'<td>政府信息公开年报</td></tr><tr><td class="t">名　　称：</td><td colspan="3">{escape(title)}</t'
                'd></tr>'
                '</table>')
        inner = (f'<div class="ly-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="'
                 f'{ROOT}index.jsp">政府信息公开年报</a></div>{meta}<div class="ly-art"><h1>{escape(title)}</h1><di'
                 'v class='
                 f'"pages_content" id="UCAP-CONTENT">{content}</div>{after}<div class="info_ewm"><div class="ewm"><'
                 '/div>'
                 '<p>扫一扫在手机打开当前页</p></div></div>')
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
                f'<meta name="ContentSource" content="{escape(org)}">')
        url = self.put(HOST, path, frame(title, inner, head))
        self.entries.append((year, path, title, date, org))
        return url

    def article(self, doc: ReportDoc, org: str) -> None:
        content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0">')
        self.report(SITE, self.page_of(doc.year, doc.title, doc.published_date or "", content, org), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        fid = str(self.rng.randint(10**7, 10**8 - 1))
        self.files[fid] = (doc, ext, self.rng.random())
        link = f"/module/download/fileserver.jsp?fileId={fid}"
        after = f'<div class="fujian">附件：<a href="{link}" target="_blank">{escape(doc.title)}.{ext}</a></div>'
        url = self.page_of(doc.year, doc.title, doc.published_date or "", f"<p>{escape(doc.title)}详见附件。</p>",
                           "浰源县人民政府办公室", after)
        self.report(SITE, url, doc, media_type=PDF if ext == "pdf" else OFD, report_url=f"http://{HOST}{link}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(year, title, date, content, "浰源县人民政府办公室"), title)

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("fileId"))
        if found is None:
            return Response(404, b"file not found", "text/plain")
        doc, ext, seed = found
        body = render_pdf(doc, random.Random(seed)) if ext == "pdf" else render_ofd(doc, random.Random(seed))
        name = quote(f"{doc.title}.{ext}")
        return Response(200, body, PDF if ext == "pdf" else OFD,
                        {"Content-Disposition": f"attachment; filename*=UTF-8''{name}"})

    def list_page(self, request: Request) -> Response:
        raw = request.param("year", str(YEARS[0]))
        year = int(raw) if raw.isdigit() else YEARS[0]
        if year == BROKEN:
            return Response(500, TRACE.encode(), "text/html;charset=utf-8")
        rows = [e for e in self.entries if e[0] == year]
        items = "".join(f'<div class="kp-row"><a href="{p}" target="_blank" title="{escape(t)}">{escape(t)}</a><span '
                        f'class="org">{escape(o)}</span><span class="time">{d}</span></div>' for _, p, t, d, o in rows)
        options = "".join(f'<option value="{y}"{" selected" if y == year else ""}>{y}年度</option>' for y in YEARS)
        inner = (
            '<div class="ly-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公'
            '开年报'
            f'</div><div class="kp-head"><h2>政府信息公开年报</h2><span>本栏目共 {len(self.entries)} 条</span>　选'
            '择年度：'
            f'<select id="nbYear" onchange="location.href=\'index.jsp?year=\'+this.value">{options}</select></div>'
            f'<div class="kp-list">{items or "<p>暂无数据</p>"}</div><p class="kp-count">本年度 {len(rows)} 条</p>'
        )
        return Response(200, frame("政府信息公开年"
                                   "报", inner, '<meta name="ColumnName" content="政府信息公开年报">').encode())


PORTALS = [KaipuLiyuan]
