"""槐峪县 (www.huaiyu.gov.test): a 开普云 county on gov.cn-style templates — articles at
``/zwgk/xxgknb/content/YYYYMM/content_<7 digits>.htm`` with the formal-document meta table (索引号 | 主题分类 |
发文机关 | 成文日期 | 标题 | 发文字号 | 发布日期) over ``div#UCAP-CONTENT`` — whose 年报 list pages by a
server-written numbered pager that states only the page count ("共3页") and ``index_1.htm``, ``index_2.htm``
links plus 下一页, no record count.

``/zwgk/xxgknb/index.htm``: ``<ul class="list"><li><a href="./content/…htm" target="_blank">…</a><span
class="date">YYYY-MM-DD</span></li>``, four a page.  The 交通运输局's 2024 report is an OFD linked in the
``div.fujian`` block under the content (``/zwgk/xxgknb/content/YYYYMM/P…ofd``).  Chrome: the 开普云 纠错
widget (``pucha.kaipuyun.cn/exposure/jiucuo.js``), 无障碍 ``kqNav()``, 扫一扫在手机打开当前页 (``div.info_ewm``),
a 政务公开 left column.

Reports (8): 槐峪县人民政府 2019, 2021–2024 (2019 old template), 槐峪县交通运输局 2024 (OFD),
槐峪县人力资源和社会保障局 2023, 槐峪县白沙镇人民政府 2024.  Decoys (2): 槐峪县2024年政府网站工作年度报表,
槐峪县政府信息公开指南（2024年版）.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch22._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.huaiyu.gov.test"
SITE = "huaiyu-gov"
OWNER = "槐峪县人民政府"
ROOT = "/zwgk/xxgknb/"
PER = 4


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="槐峪县人民政府"><meta '
        f'name="SiteIDCode" content="9872060001"><title>{esc(title)}</title><script src="/js/jquery.js"></script>'
        f'</head><body><div class="head"><div class="logo">槐峪县人民政府</div><a href="javascript:kqNav()">无障碍</a>'
        f'<form action="/search/"><input name="q"><button>搜索</button></form></div><div class="nav"><a href="/">首页'
        f'</a>'
        f'<a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>{inner}<div '
        f'class="foot">主办单位：槐峪县人民政府办公室　网站标识码：9872060001'
        f'<script id="_jiucuo_" sitecode="9872060001" '
        f'src="https://pucha.kaipuyun.cn/exposure/jiucuo.js"></script></div></body></html>'
    )


class KaipuHuaiyu(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 175_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 23), (2021, 21), (2022, 27), (2023, 25), (2024, 24)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"槐峪县{year}年政府信息公开工作年度报告"))
        self.ofd(self.doc("槐峪县交通运输局", 2024, "2025-01-15", "槐峪县交通运输局2024年政府信息公开工作年度报告"))
        self.article(self.doc("槐峪县人力资源和社会保障局", 2023, "2024-01-19",
                              "县人力资源和社会保障局2023年政府信息公开工作年度报告"))
        self.article(self.doc("槐峪县白沙镇人民政府", 2024, "2025-01-20", "白沙镇2024年度政府信息公开工作年度报告"))
        for title, year, date in (("槐峪县2024年政府网站工作年度报表", 2024, "2025-01-12"),
                                  ("槐峪县政府信息公开指南（2024年版）", 2024, "2024-03-08")):
            url, _ = self.page(title, date, "槐峪县人民政府办公室", self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        rows = sorted(self.rows, key=lambda r: r[2], reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for k, chunk in enumerate(pages):
            self.put(HOST, ROOT + ("index.htm" if k == 0 else f"index_{k}.htm"), self.list_page(chunk, k, len(pages)))

    def page(self, title: str, date: str, unit: str, content: str, after: str = "") -> tuple[str, str]:
        folder = f"{ROOT}content/{date[:4]}{date[5:7]}/"
        cid = self.next_id()
        name = f"content_{cid + 3_000_000}.htm"
        meta = (f'<table class="bd1" width="100%"><tr><td width="90"><b>索 引 号：</b></td><td>11987206MB{cid:06d}/'
                f'{date[:4]}-{cid % 991:05d}</td><td width="90"><b>主题分类：</b></td><td>综合政务\\其他</td></tr>'
                f'<tr><td>'
                f'<b>发文机关：</b></td><td>{esc(unit)}</td><td><b>成文日期：</b></td><td>{date}</td></tr><tr><td><b>'
                f'标　　题：</b></td><td colspan="3">{esc(title)}</td></tr><tr><td><b>发文字号：</b></td><td></td>'
                f'<td><b>'
                f'发布日期：</b></td><td>{date}</td></tr></table>')
        inner = (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a '
                 f'href="{ROOT}index.htm">政府信息公开年报</a></div><div class="wenz">{meta}<h1 id="ti">{esc(title)}'
                 f'</h1>'
                 f'<div id="UCAP-CONTENT">{content}</div>{after}<div class="info_ewm">扫一扫在手机打开当前页</div>'
                 f'</div>')
        url = self.put(HOST, folder + name, frame(f"{title}_槐峪县人民政府", inner))
        self.rows.append((f"./content/{date[:4]}{date[5:7]}/{name}", title, date))
        return url, folder

    def article(self, doc: ReportDoc) -> None:
        url, _ = self.page(doc.title, doc.published_date or "", doc.agency_name, self.body(doc, word=True))
        self.report(SITE, url, doc)

    def ofd(self, doc: ReportDoc) -> None:
        name = f"P{self.rng.randrange(10**15):015d}.ofd"
        after = f'<div class="fujian">附件：<a href="./{name}" target="_blank">{esc(doc.title)}.ofd</a></div>'
        url, folder = self.page(doc.title, doc.published_date or "", doc.agency_name, "<p>报告全文见附件。</p>", after)
        file = self.attach(HOST, folder + name, doc, "ofd")
        self.report(SITE, url, doc, media_type=MEDIA["ofd"], report_url=file)

    def list_page(self, chunk: list[tuple[str, str, str]], k: int, pages: int) -> str:
        items = "".join(f'<li><a href="{h}" target="_blank">{esc(t)}</a><span class="date">{d}</span></li>'
                        for h, t, d in chunk)

        def name(j: int) -> str:
            return "index.htm" if j == 0 else f"index_{j}.htm"

        nos = "".join(f'<span class="cur">{j + 1}</span>' if j == k else f'<a href="{name(j)}">{j + 1}</a>'
                      for j in range(pages))
        prev = f'<a href="{name(k - 1)}">上一页</a>' if k > 0 else ""
        nxt = f'<a href="{name(k + 1)}">下一页</a>' if k < pages - 1 else ""
        inner = (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开'
                 f'</a> &gt; 政府信息公开年报'
                 f'</div><div class="lside"><h3>政务公开</h3><a href="/zwgk/xxgkzn/">政府信息公开指南</a><a '
                 f'href="{ROOT}index.htm">政府信息公开年报</a><a href="/zwgk/fdzdgknr/">法定主动公开内容</a></div><div '
                 f'class="rside"><ul class="list">{items}</ul><div class="pages">共{pages}页 {prev}{nos}{nxt}</div>'
                 f'</div>')
        return frame("政府信息公开年报_槐峪县人民政府", inner)


PORTALS = [KaipuHuaiyu]
