"""浈阳县 (www.zhenyang.gov.test): a 开普云 (CMSPRO) county portal whose 政府信息公开年报 column is paged by
**directory-style page paths**: page 1 ``/zwgk/zfxxgknb/``, page N ``/zwgk/zfxxgknb/pN/`` (trailing slash, ``p2/``,
``p3/``), linked by a pager ``<div class="kp-pages">`` of 首页 / 上一页 / 下一页 / 尾页 plus "当前第 1/3 页 共 11 条".

Registered ``http://www.zhenyang.gov.test/zwgk/zfxxgknb/``.  Home ``/`` links ``/zwgk/`` (政务公开), which links the
column.  The list is a ``<div class="kp-list">`` of ``<div class="kp-item">`` blocks: a ``<p class="kp-t">``
holding the link, a ``<p class="kp-d">`` with the date and a ``<p class="kp-s">`` source line; 4 a page, newest
first, 11 items, 3 pages.

Articles ``/zwgk/zfxxgknb/<yyyymm>/<32 hex>.htm`` (CMSPRO GUID-like document ids): ``h1#ti``, a ``div.pages-date``
with 发布时间 and 来源, metas ``ArticleTitle`` / ``PubDate`` / ``ContentSource``, body ``<UCAPCONTENT>`` inside
``div.wenz`` followed by ``div.info_ewm`` (扫一扫在手机打开当前页).  The county's 2020 report is a PDF: a one-line
body with a link ``/u/cms/zhenyang/<yyyymm>/<hex>.pdf`` inside ``<UCAPCONTENT>``.  Footer carries the 开普云 纠错
widget script (``pucha.kaipuyun.cn/exposure/jiucuo.js``, not served — external) and a ``kqNav()`` 无障碍 link.

Reports (8): 浈阳县人民政府 2019, 2020 (PDF), 2021, 2022, 2023, 2024; 浈阳县教育局 2022 (titled "县教育局…", agency
in 来源 / ``ContentSource``); 浈阳县市场监督管理局 2024 (titled "县市场监管局…", agency in 来源).
Decoys (3): 关于报送2023年度政府信息公开工作年度报告的函, 浈阳县2023年度法治政府建设年度报告,
《浈阳县人民政府2023年政府信息公开工作年度报告》解读.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch32._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.zhenyang.gov.test"
SITE = "zhenyang-gov"
OWNER = "浈阳县人民政府"
COL = "/zwgk/zfxxgknb/"
SIZE = 4


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="SiteName" content="浈阳县人民政府"><meta name="SiteDomain" content="www.zhenyang.gov.test">'
        f'<meta name="SiteIDCode" content="9882060012">{metas}<title>{esc(title)}</title></head><body>'
        '<div class="zy-bar"><span>欢迎访问浈阳县人民政府网站</span><a href="javascript:kqNav();">无障碍浏览</a>'
        '<a href="javascript:;">适老化</a></div><div class="zy-banner"><span class="zy-logo">浈阳县人民政府</span>'
        '</div><div class="zy-nav"><ul><li><a href="/">网站首页</a></li><li><a href="/zwgk/">'
        '政务公开</a></li><li><a href="javascript:;">政务服务</a></li><li><a href="javascript:;">公众参与</a></li>'
        f'<li><a href="javascript:;">魅力浈阳</a></li></ul></div><div class="zy-main">{inner}</div>'
        '<div class="zy-footer"><p>主办单位：浈阳县人民政府办公室　技术支持：开普云</p><p>网站标识码：9882060012　'
        '<a href="https://beian.miit.gov.cn/" target="_blank">未ICP备2021007733号</a>　未公网安备98820602000118号</p>'
        '<script src="https://pucha.kaipuyun.cn/exposure/jiucuo.js"></script></div></body></html>'
    )


def page_path(n: int) -> str:
    return COL if n == 1 else f"{COL}p{n}/"


class KaipuZhenyang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 273_800

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.items: list[tuple[str, str, str, str]] = []  # date, title, url, source
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-27"), (2021, "2022-01-18"), (2022, "2023-01-20"),
                           (2023, "2024-01-23"), (2024, "2025-01-16")):
            doc = self.doc(OWNER, year, date, f"浈阳县人民政府{year}年政府信息公开工作年度报告")
            if year == 2020:
                self.filed(doc)
            else:
                self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2021)), doc)
        for unit, year, date, title in (
                ("浈阳县教育局", 2022, "2023-01-30", "县教育局2022年政府信息公开工作年度报告"),
                ("浈阳县市场监督管理局", 2024, "2025-01-22", "县市场监管局2024年度政府信息公开工作报告")):
            doc = self.doc(unit, year, date, title)
            self.report(SITE, self.article(title, date, unit, self.body(doc, word=unit.endswith("教育局"))), doc)
        for title, year, date in (("关于报送2023年度政府信息公开工作年度报告的函", 2023, "2023-12-20"),
                                  ("浈阳县2023年度法治政府建设年度报告", 2023, "2024-03-26"),
                                  ("《浈阳县人民政府2023年政府信息公开工作年度报告》解读", 2023, "2024-01-24")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.items.sort(reverse=True)
        pages = (len(self.items) + SIZE - 1) // SIZE
        for n in range(1, pages + 1):
            self.put(HOST, page_path(n), self.listing(n, pages))
        self.put(HOST, "/", frame("浈阳县人民政府", (
            '<div class="zy-home"><div class="zy-col"><h3>政务公开</h3><a href="/zwgk/">更多&gt;&gt;</a></div>'
            '<div class="zy-col"><h3>浈阳要闻</h3><ul><li>县委常委会召开扩大会议</li></ul></div></div>')))
        self.put(HOST, "/zwgk/", frame("政务公开_浈阳县人民政府", (
            '<div class="zy-gk"><h2>政府信息公开</h2><ul class="zy-gk-menu"><li><a href="javascript:;">政府信息公开指南'
            '</a></li><li><a href="javascript:;">政府信息公开制度</a></li>'
            f'<li><a href="{COL}">政府信息公开年报</a></li><li><a href="javascript:;">法定主动公开内容</a></li></ul>'
            '</div>')))

    def listing(self, n: int, pages: int) -> str:
        rows = "".join(
            f'<div class="kp-item"><p class="kp-t"><a href="{url}" target="_blank" title="{esc(title)}">{esc(title)}'
            f'</a></p><p class="kp-d">{date}</p><p class="kp-s">来源：{esc(source)}</p></div>'
            for date, title, url, source in self.items[(n - 1) * SIZE:n * SIZE])

        def link(target: int, text: str) -> str:
            if target < 1 or target > pages or target == n:
                return f'<span class="disabled">{text}</span>'
            return f'<a href="{page_path(target)}">{text}</a>'

        pager = (f'<div class="kp-pages">{link(1, "首页")}{link(n - 1, "上一页")}{link(n + 1, "下一页")}'
                 f'{link(pages, "尾页")}<span class="kp-info">当前第 {n}/{pages} 页 共 {len(self.items)} 条</span>'
                 '</div>')
        return frame("政府信息公开年报_浈阳县人民政府", (
            '<div class="zy-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
            f'政府信息公开年报</div><div class="zy-right"><h2 class="zy-coltit">政府信息公开年报</h2>'
            f'<div class="kp-list">{rows}</div>'
            f'{pager}</div>'))

    def article(self, title: str, date: str, source: str, content: str) -> str:
        self.next_id()
        guid = f"{self.rng.getrandbits(128):032x}"
        path = f"{COL}{date[:4]}{date[5:7]}/{guid}.htm"
        metas = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 09:30">'
                 f'<meta name="ContentSource" content="{esc(source)}">'
                 '<meta name="ColumnName" content="政府信息公开年报">')
        inner = (f'<div class="article"><h1 id="ti">{esc(title)}</h1><div class="pages-date">发布时间：{date} 09:30'
                 f'<span class="font">来源：{esc(source)}</span><span class="font">字号：<a href="javascript:;">大</a>'
                 '<a href="javascript:;">中</a><a href="javascript:;">小</a></span></div>'
                 f'<div class="wenz"><UCAPCONTENT>{content}</UCAPCONTENT></div>'
                 '<div class="info_ewm"><span class="ewm-code"></span>扫一扫在手机打开当前页</div>'
                 '<div class="zy-print"><a href="javascript:window.print();">打印本页</a>'
                 '<a href="javascript:window.close();">关闭窗口</a></div></div>')
        self.put(HOST, path, frame(f"{title}_浈阳县人民政府", inner, metas))
        self.items.append((date, title, path, source))
        return f"http://{HOST}{path}"

    def filed(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        hexname = f"{self.rng.getrandbits(64):016x}"
        path = self.attach(HOST, f"/u/cms/zhenyang/{date[:4]}{date[5:7]}/{hexname}.pdf", doc, "pdf")
        rel = path.removeprefix(f"http://{HOST}")
        page = self.article(doc.title, date, OWNER, f'<p>附件：<a href="{rel}">{esc(doc.title)}.pdf</a></p>')
        self.report(SITE, page, doc, media_type=MEDIA["pdf"], report_url=path)


PORTALS = [KaipuZhenyang]
