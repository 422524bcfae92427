"""沱山县 (www.tuoshan.gov.test): a Sichuan-style 开普云 集约化 county whose 年报 column holds no list of
its own — only a strip of year sub-columns (``2024n/`` … ``2020n/``) and a 部门及乡镇 sub-column
(``bmxz/``) — whose articles have extensionless URLs with 19-digit snowflake ids
(``content_1749…``), bodies in ``div#UCAP-CONTENT``, and whose 2022 county report is an OFD.

``/xxgk/zfxxgknb/index.html`` shows "请选择年度" and ``<div class="nb-tabs">`` links ``./2024n/index.html``
… ``./2020n/index.html`` and ``./bmxz/index.html``.  Each sub-column is a single static page: ``<ul
class="nb-list">`` rows (the title, then the date in ``<em>``) and "共N条".  Articles
``/xxgk/zfxxgknb/<sub>/content_<snowflake>`` (no extension, ``text/html``) put the body in
``<div id="UCAP-CONTENT"><div class="trs_editor_view">`` then ``div.info_ewm`` (扫一扫在手机打开当前页);
the OFD is linked in a ``<div class="fujian">`` after the body.  Year sub-columns also carry the
year's 报表 and 法治政府 reports; 部门及乡镇 holds the 财政局, 审计局 and 沱江镇 ("沱江镇2023年…").

Reports (8): 沱山县人民政府 2020–2024 (2022 OFD), 沱山县财政局 2024, 沱山县审计局 2023, 沱山县沱江镇人民政府 2023.
Decoys (3): 沱山县2024年政府网站工作年度报表 (2024n), 沱山县2023年度法治政府建设年度报告 (2023n), 沱山县2024年度部门
决算公开 (bmxz).
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch20._site import Site, esc
from govcrawl.province.unseen.kit import OFD
from govcrawl.synth.model import ReportDoc

HOST = "www.tuoshan.gov.test"
SITE = "tuoshan-gov"
OWNER = "沱山县人民政府"
ROOT = "/xxgk/zfxxgknb/"
SUBS = ("2024n", "2023n", "2022n", "2021n", "2020n", "bmxz")


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="renderer" content="webkit"><meta name="SiteName" '
        f'content="沱山县人民政府"><meta name="SiteIDCode" content="9870060001"><title>{esc(title)}</title><link '
        'rel="stylesheet" href="/static/kp/css/common.css"></head><body><div class="kp-top"><span>沱山县人民政府</span>'
        '<a href="javascript:;" onclick="kqNav()">无障碍</a></div><div class="kp-nav"><a href="/">首页</a><a href="/x'
        'xgk/">'
        f'信息公开</a><a href="/zwfw/">政务服务</a></div>{inner}<div class="kp-foot">沱山县人民政府办公室主办　网站标'
        '识码：'
        '9870060001<script id="_jiucuo_" sitecode="9870060001" src="http://pucha.kaipuyun.cn/exposure/jiucuo.js">'
        '</script></div></body></html>'
    )


class KaipuTuoshan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 153_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.snow = 1_749_213_395_128_147_968
        self.rows: dict[str, list[tuple[str, str, str]]] = {s: [] for s in SUBS}
        for year, day in ((2020, 19), (2021, 27), (2023, 22), (2024, 24)):
            self.article(f"{year}n", self.doc(OWNER, year, f"{year + 1}-01-{day}",
                                              f"沱山县{year}年政府信息公开工作年度报告"))
        self.ofd(self.doc(OWNER, 2022, "2023-01-29", "沱山县2022年政府信息公开工作年度报告"))
        self.article("bmxz", self.doc("沱山县财政局", 2024, "2025-01-20", "沱山县财政局2024年政府信息公开工作年度报告"))
        self.article("bmxz", self.doc("沱山县审计局", 2023, "2024-01-16", "沱山县审计局2023年政府信息公开工作年度报告"))
        self.article("bmxz", self.doc("沱山县沱江镇人民政府", 2023, "2024-01-10", "沱江镇2023年政府信息公开工作年度报"
                                                                        "告"))
        for sub, title, year, date in (("2024n", "沱山县2024年政府网站工作年度报表", 2024, "2025-01-12"),
                                       ("2023n", "沱山县2023年度法治政府建设年度报告", 2023, "2024-03-22"),
                                       ("bmxz", "沱山县2024年度部门决算公开", 2024, "2025-08-28")):
            self.decoy(SITE, self.page(sub, title, date, self.decoy_body(title, OWNER, year)), title)
        for sub in SUBS:
            self.put(HOST, f"{ROOT}{sub}/index.html", self.sub_column(sub))
        tabs = "".join(f'<a href="./{s}/index.html">{s[:4] + "年度" if s[0] == "2" else "部门及乡镇"}</a'
                       '>' for s in SUBS)
        self.put(HOST, ROOT + "index.html", frame("政府信息公开年报-沱山县人民政府", (
            f'<div class="kp-pos">您当前的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 政府信息'
            '公开年报'
            f'</div><div class="nb-tabs">{tabs}</div><div class="nb-tip">请选择年度</div>')))

    def page(self, sub: str, title: str, date: str, content: str, after: str = "") -> str:
        self.snow += self.rng.randint(10**12, 10**14)
        self.next_id()
        path = f"{ROOT}{sub}/content_{self.snow}"
        inner = (f'<div class="kp-pos">您当前的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a '
                 'href="'
                 f'{ROOT}index.html">政府信息公开年报</a></div><div class="wenz"><h1>{esc(title)}</h1><div class="kp-'
                 'info">'
                 f'<span>发布时间：{date} 16:20</span><span>来源：沱山县政务公开办</span></div><div id="UCAP-CONTENT"'
                 '><div '
                 f'class="trs_editor_view">{content}</div></div>{after}<div class="info_ewm">扫一扫在手机打开当前页</'
                 'div></div>')
        url = self.put(HOST, path, frame(title, inner))
        self.rows[sub].append((f"./content_{self.snow}", title, date))
        return url

    def article(self, sub: str, doc: ReportDoc) -> None:
        self.report(SITE, self.page(sub, doc.title, doc.published_date or "", self.body(doc)), doc)

    def ofd(self, doc: ReportDoc) -> None:
        path = f"{ROOT}2022n/P020230129{self.rng.randrange(10**9):09d}.ofd"
        after = f'<div class="fujian">附件：<a href="{path}" target="_blank">{esc(doc.title)}.ofd</a></div>'
        url = self.page("2022n", doc.title, doc.published_date or "", "<p>（全文见附件）</p>", after)
        self.report(SITE, url, doc, media_type=OFD, report_url=self.attach(HOST, path, doc, "ofd"))

    def sub_column(self, sub: str) -> str:
        rows = sorted(self.rows[sub], key=lambda r: r[2], reverse=True)
        items = "".join(f'<li><a href="{h}" target="_blank">{esc(t)}</a><em>{d}</em></li>' for h, t, d in rows)
        name = sub[:4] + "年度" if sub[0] == "2" else "部门及乡镇"
        inner = (f'<div class="kp-pos">您当前的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a '
                 'href="'
                 f'{ROOT}index.html">政府信息公开年报</a> &gt; {name}</div><ul class="nb-list">{items}</ul><div class'
                 '="page">'
                 f'共{len(rows)}条</div>')
        return frame(f"{name}-政府信息公开年报-沱山县人民政府", inner)


PORTALS = [KaipuTuoshan]
