"""琅溪县 (www.langxi.gov.test → zwgk.langxi.gov.test): a 开普云 集约化 county whose 信息公开 area
is on another host, reached only from the home page's 政府信息公开 link.

The registry entry gives the home page and no family (a user who does not know the CMS).  The
home page is news and services; its nav links 政府信息公开 to ``http://zwgk.langxi.gov.test/``,
whose index links the 年报 column ``/zfxxgknb/``.  The column pages print no count: page 1 has
only 下一页, later pages 上一页/下一页, the last only 上一页 (``index.html``, ``index_1.html``, …).
Articles ``/zfxxgknb/<YYYYMM>/<snowflake>.html`` put the body in ``<UCAPCONTENT>`` inside
``div.wenz``, followed by ``div.info_ewm``.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

WWW = "www.langxi.gov.test"
ZWGK = "zwgk.langxi.gov.test"
SITE = "langxi-gov"
OWNER = "琅溪县人民政府"
PER_PAGE = 3


def shell(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="琅溪县人民政府">'
        f'<meta name="SiteDomain" content="{WWW}"><meta name="SiteIDCode" content="9807220004">{metas}'
        f'<title>{escape(title)}</title><script src="/ucap/js/jquery.min.js"></script></head><body>'
        '<div class="ucap-top"><span>欢迎访问琅溪县人民政府门户网站</span><a onclick="kqNav()">无障碍</a></div>'
        '<div class="ucap-nav"><a href="http://www.langxi.gov.test/">首页</a>'
        '<a href="http://www.langxi.gov.test/xwzx/">新闻中心</a>'
        '<a href="http://zwgk.langxi.gov.test/">政府信息公开</a><a href="http://www.langxi.gov.test/zwfw/">政务服务</a>'
        '</div>'
        f'<div class="ucap-main">{inner}</div>'
        '<div class="ucap-foot">主办：琅溪县人民政府办公室 网站标识码：9807220004 '
        '<script id="_jiucuo_" sitecode="9807220004" src="http://pucha.kaipuyun.test/exposure/jiucuo.js"></script>'
        '</div></body></html>'
    )


class KaipuLangxi(UnseenPortal):
    hosts = (WWW, ZWGK)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.snow = 1_753_311_688_616_128_514
        self.entries: list[tuple[str, str, str]] = []
        for year in (2022, 2023, 2024):
            self.article(make_doc(rng, OWNER, year, f"{year + 1}-01-{rng.randint(18, 31)}"))
        self.article(make_doc(rng, "琅溪县财政局", 2024, "2025-01-20",
                              title="琅溪县财政局2024年度政府信息公开工作报告"))
        for title, date in (("琅溪县2023年度政府信息公开工作年度报告（解读）", "2024-02-05"),
                            ("琅溪县人民政府网站2024年政府网站工作年度报表", "2025-01-12"),
                            ("关于报送2024年度政府信息公开工作年度报告的函", "2024-12-26")):
            self.notice(title, date)
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i: i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for i, chunk in enumerate(chunks):
            self.put(ZWGK, f"/zfxxgknb/{'index.html' if i == 0 else f'index_{i}.html'}",
                     self.column(chunk, i, len(chunks)))
        self.put(WWW, "/index.html", self.home())
        self.put(WWW, "/xwzx/index.html",
                 shell("新闻中心", '<ul><li><a href="/xwzx/202501/t1.html">县长主持召开常务会议</a></li></ul>'))
        self.put(ZWGK, "/index.html", self.xxgk_index())

    def home(self) -> str:
        inner = ('<div class="banner"><img src="/images/banner.jpg" alt="琅溪风光"></div>'
                 '<div class="news"><h3>琅溪要闻</h3><ul>'
                 '<li><a href="/xwzx/index.html">县长主持召开县政府常务会议</a></li>'
                 '<li><a href="/xwzx/index.html">我县召开2025年经济工作会议</a></li></ul></div>'
                 '<div class="entry"><a href="http://zwgk.langxi.gov.test/" class="xxgk-entry">'
                 '<img src="/images/zfxxgk.png" alt="政府信息公开"></a>'
                 '<a href="http://www.langxi.gov.test/zwfw/">办事服务</a></div>')
        return shell("琅溪县人民政府", inner, '<meta name="ColumnName" content="首页">')

    def xxgk_index(self) -> str:
        inner = ('<div class="xxgk-left"><h3>信息公开目录</h3><ul>'
                 '<li><a href="/zfxxgkzn/">政府信息公开指南</a></li><li><a href="/zfxxgkzd/">政府信息公开制度</a></li>'
                 '<li><a href="/fdzdgknr/">法定主动公开内容</a></li><li><a href="/zfxxgknb/">政府信息公开年报</a></li>'
                 '<li><a href="http://www.langxi.gov.test/ysqgk/">依申请公开</a></li></ul></div>')
        return shell("政府信息公开_琅溪县人民政府", inner, '<meta name="ColumnName" content="政府信息公开">')

    def next_path(self, date: str) -> str:
        self.snow += self.rng.randint(10**9, 10**12)
        return f"/zfxxgknb/{date[:7].replace('-', '')}/{self.snow}.html"

    def page_of(self, title: str, date: str, content: str) -> str:
        inner = (
            '<div class="position">当前位置：<a href="/">政府信息公开</a> &gt; '
            '<a href="/zfxxgknb/">政府信息公开年报</a></div>'
            f'<div class="xl-title"><h1>{escape(title)}</h1><p>发布日期：{date}　来源：琅溪县人民政府办公室</p></div>'
            f'<div class="wenz"><UCAPCONTENT>{content}</UCAPCONTENT></div>'
            '<div class="info_ewm"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>'
        )
        return shell(f"{title}_琅溪县人民政府", inner,
                     f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
                     '<meta name="ContentSource" content="琅溪县人民政府办公室">')

    def article(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path(date)
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
        url = self.put(ZWGK, path, self.page_of(doc.title, date, content))
        self.entries.append((path, doc.title, date))
        self.report(SITE, url, doc)

    def notice(self, title: str, date: str) -> None:
        path = self.next_path(date)
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "琅溪县", int(date[:4]) - 1, self.rng))
        url = self.put(ZWGK, path, self.page_of(title, date, content))
        self.entries.append((path, title, date))
        self.decoy(SITE, url, title)

    def column(self, chunk: list[tuple[str, str, str]], index: int, count: int) -> str:
        items = "".join(f'<li><a href="{p}" target="_blank">{escape(t)}</a><span class="date">{d}</span></li>'
                        for p, t, d in chunk)
        links = []
        if index > 0:
            links.append(f'<a href="{"index.html" if index == 1 else f"index_{index - 1}.html"}">上一页</a>')
        if index < count - 1:
            links.append(f'<a href="index_{index + 1}.html">下一页</a>')
        inner = (f'<div class="position">当前位置：<a href="/">政府信息公开</a> &gt; 政府信息公开年报</div>'
                 f'<ul class="xxgk-list">{items}</ul><div class="fy">{" ".join(links)}</div>')
        return shell("政府信息公开年报_琅溪县人民政府", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [KaipuLangxi]
