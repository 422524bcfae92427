"""坪岑县 (www.pingcen.gov.test): a 开普云 集约化 county in the Shaanxi style — the 年报 column's list pages
are *numbered from one* (``/zfxxgk/zfxxgknb/1.html``, ``2.html``, ``3.html``; there is no ``index.html``)
under a server-written pager "首页 上一页 1 2 3 下一页 尾页 当前第1/3页" — whose articles sit beside the list
as 19-digit snowflake ids (``/zfxxgk/zfxxgknb/<id>.html``), open with a gov.cn-style 发文 table (索引号 |
主题分类 | 发文机关 | 成文日期 | 标题 | 发文字号 | 发布日期), and keep the body in a literal ``<UCAPCONTENT>``
element inside ``div.wenz`` followed by ``div.info_ewm``; the 2020 county report is a scanned PDF.

Rows are ``<li><span class="date">[01-20]</span><a …>…</a><span class="year">2025</span></li>`` — the
month-day before the title in brackets, the year after it — four to a page.  The 住建局 and the 马坊镇
publish in the county's column; the 住建局's title is "坪岑县住建局…", its full name in 发文机关.  Chrome:
开普云 纠错 widget (``pucha.kaipuyun.cn/exposure/jiucuo.js``), a 无障碍 toolbar opened by ``kqNav()``, a
陕西政务服务网 strip, footer 网站标识码.

Reports (8): 坪岑县人民政府 2019–2024 (2020 an image-only scan), 坪岑县住房和城乡建设局 2024, 坪岑县马坊镇人民政府
2023.  Decoys (3): 坪岑县2024年政府信息公开工作年度报告解读, 坪岑县2024年度法治政府建设年度报告,
坪岑县2025年政务公开工作要点.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch23._site import Site, esc
from govcrawl.province.unseen.kit import PDF
from govcrawl.synth.model import ReportDoc

HOST = "www.pingcen.gov.test"
SITE = "pingcen-gov"
OWNER = "坪岑县人民政府"
ROOT = "/zfxxgk/zfxxgknb/"
PER = 4


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="坪岑县人民政府"><meta '
        f'name="SiteIDCode" content="9871230061"><title>{esc(title)}</title><link rel="stylesheet" '
        f'href="/res/pc/css/main.css"><script src="/res/pc/js/jquery.min.js"></script></head><body><div '
        f'class="sx-strip">陕西政务服务网 | <a href="javascript:kqNav()">无障碍</a> | <a href="/yhzx/">登录</a></div>'
        f'<div class="pc-head"><img src="/res/pc/img/logo.png" alt="坪岑县人民政府"><div class="pc-so"><input '
        f'id="kw" placeholder="搜索"><a href="javascript:doSearch()">搜索</a></div></div><div class="pc-nav"><a '
        f'href="/">首页</a><a href="/zwyw/">政务要闻</a><a href="/zfxxgk/">政府信息公开</a><a href="/zwfw/">政务服务'
        f'</a><a href="/hdjl/">互动交流</a></div>{inner}<div class="pc-foot">主办单位：坪岑县人民政府办公室　网站标识码'
        f'：9871230061<br><span id="_span_jiucuo"></span><script id="_jiucuo_" sitecode="9871230061" '
        f'src="https://pucha.kaipuyun.cn/exposure/jiucuo.js"></script></div></body></html>'
    )


class KaipuPingcen(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 185_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []  # (date, href, title)
        for year, day in ((2019, 20), (2021, 26), (2022, 21), (2023, 19), (2024, 23)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"坪岑县{year}年政府信息公开工作年度报告"),
                         "坪岑县人民政府办公室")
        self.scan(self.doc(OWNER, 2020, "2021-01-28", "坪岑县2020年政府信息公开工作年度报告"))
        self.article(self.doc("坪岑县住房和城乡建设局", 2024, "2025-01-15",
                              "坪岑县住建局2024年政府信息公开工作年度报告"),
                     "坪岑县住房和城乡建设局")
        self.article(self.doc("坪岑县马坊镇人民政府", 2023, "2024-01-18", "马坊镇2023年政府信息公开工作年度报告"),
                     "坪岑县马坊镇人民政府")
        for title, year, date in (("坪岑县2024年政府信息公开工作年度报告解读", 2024, "2025-01-27"),
                                  ("坪岑县2024年度法治政府建设年度报告", 2024, "2025-03-24"),
                                  ("坪岑县2025年政务公开工作要点", 2025, "2025-04-08")):
            self.decoy(SITE, self.page(title, date, "坪岑县人民政府办公室", self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for n in range(1, pages + 1):
            self.put(HOST, f"{ROOT}{n}.html", self.list_page(n, pages))

    def page(self, title: str, date: str, unit: str, content: str) -> str:
        snow = 1_749_000_000_000_000_000 + self.next_id() * 1_000_003 + self.rng.randrange(10**6)
        num = f"{unit[:2]}办发〔{date[:4]}〕{snow % 40 + 1}号" if "办公室" in unit else "无"
        meta = (f'<table class="gk-fw"><tr><td class="t">索引号：</td><td>11987123MB{snow % 10**7:07d}/'
                f'{date[:4]}-{snow % 9973:05d}</td><td class="t">主题分类：</td><td>政务公开</td></tr><tr><td '
                f'class="t">发文机关：</td><td>{esc(unit)}</td><td class="t">成文日期：</td><td>{date}</td></tr>'
                f'<tr><td '
                f'class="t">标　　题：</td><td colspan="3">{esc(title)}</td></tr><tr><td class="t">发文字号：</td><td>'
                f'{esc(num)}</td><td class="t">发布日期：</td><td>{date}</td></tr></table>')
        inner = (f'<div class="pc-pos">您当前所在位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> '
                 f'&gt; <a href="{ROOT}1.html">政府信息公开年报</a></div><div class="pc-art">{meta}<h1>{esc(title)}'
                 f'</h1><div class="wenz"><UCAPCONTENT>{content}</UCAPCONTENT></div><div class="info_ewm">扫一扫在手机'
                 f'打开当前页<img src="/res/pc/img/ewm.png" alt=""></div></div>')
        path = f"{ROOT}{snow}.html"
        self.rows.append((date, path, title))
        return self.put(HOST, path, frame(f"{title}-坪岑县人民政府", inner))

    def article(self, doc: ReportDoc, unit: str) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", unit, self.body(doc, word=doc.year < 2021)),
                    doc)

    def scan(self, doc: ReportDoc) -> None:
        stamp = (doc.published_date or "").replace("-", "")
        path = f"/uploadfiles/{stamp[:6]}/{stamp}{self.rng.randrange(10**6):06d}.pdf"
        content = (f'<p style="text-indent:2em">附件：<a href="{path}" target="_blank">{esc(doc.title)}.pdf</a></p>')
        url = self.page(doc.title, doc.published_date or "", "坪岑县人民政府办公室", content)
        file = self.attach(HOST, path, doc, "scan")
        self.report(SITE, url, doc, media_type=PDF, report_url=file, flags=("image_only",))

    def list_page(self, n: int, pages: int) -> str:
        chunk = self.rows[(n - 1) * PER:n * PER]
        rows = "".join(f'<li><span class="date">[{d[5:]}]</span><a href="{h}" target="_blank" title="{esc(t)}">'
                       f'{esc(t)}</a><span class="year">{d[:4]}</span></li>' for d, h, t in chunk)

        def a(k: int, text: str) -> str:
            return f'<a href="{ROOT}{k}.html">{text}</a>'

        nav = [a(1, "首页"), a(n - 1, "上一页") if n > 1 else "<span>上一页</span>"]
        nav += [f'<span class="cur">{k}</span>' if k == n else a(k, str(k)) for k in range(1, pages + 1)]
        nav += [a(n + 1, "下一页") if n < pages else "<span>下一页</span>", a(pages, "尾页"),
                f"<span>当前第{n}/{pages}页</span>"]
        inner = (f'<div class="pc-pos">您当前所在位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> '
                 f'&gt; 政府信息公开年报</div><div class="pc-side"><h3>政府信息公开</h3><a href="/zfxxgk/zfxxgkzn/">'
                 f'公开指南</a><a href="/zfxxgk/fdzdgknr/">法定主动公开内容</a>'
                 f'<a class="on" href="{ROOT}1.html">公开年报'
                 f'</a></div><div class="pc-list"><ul>{rows}</ul><div class="pc-page">{" ".join(nav)}</div></div>')
        return frame("政府信息公开年报-坪岑县人民政府", inner)


PORTALS = [KaipuPingcen]
