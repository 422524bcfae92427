"""岌岭县 (www.jiling.gov.test): a 开普云 county on the gov.cn-style template — articles
``/zfxxgk/zfxxgknb/YYYYMM/content_<7 digits>.htm`` with ``h1#ti``, ``div.pages-date`` ("2025-01-22 10:00
来源：…") and the body in ``div#UCAP-CONTENT``, followed by gov.cn's ``div#div_div`` 扫一扫 block — whose
list pages are zero-based ``.htm`` (``index.htm``, ``index_1.htm``) under a server-written pager
"共2页 首页 上一页 1 2 下一页 尾页" with a "转到第 [ ] 页" box.

List rows: ``<li><a href="./202501/content_7102233.htm" target="_blank">…</a><span class="date">
2025-01-22</span></li>``, six a page, newest first.  The county's 2020 report is published only as
"…年度报告（图片版）", an image-only scanned PDF (flagged) linked from the body; the 2021 report is titled
"岌岭县人民政府2021年政府信息公开年报" (年报, not 年度报告); the 财政局 titles its report "县财政局…", its full
name in 来源.  Chrome: 开普云 纠错 widget, ``kqNav()`` 无障碍, 网站标识码.

Reports (8): 岌岭县人民政府 2019–2024 (2020 image-only scan PDF), 岌岭县财政局 2024, 岌岭县龙潭镇人民政府
2023.  Decoys (3): 岌岭县2024年政府信息公开工作年度报告解读, 岌岭县2025年政务公开工作要点, 岌岭县人民政府
门户网站2024年工作年度报表.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch24._site import Site, esc
from govcrawl.province.unseen.kit import PDF
from govcrawl.synth.model import ReportDoc

HOST = "www.jiling.gov.test"
SITE = "jiling-gov"
OWNER = "岌岭县人民政府"
ROOT = "/zfxxgk/zfxxgknb/"
PER = 6


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="岌岭县人民政府"><meta '
        f'name="SiteIDCode" content="9874060006"><title>{esc(title)}</title></head><body><div class="jl-top"><a '
        'href="javascript:kqNav()">无障碍</a> <a href="/">首页</a></div><div class="jl-head"><img src="/images/'
        'logo.png" alt="岌岭县人民政府"></div><div class="jl-nav"><a href="/">首页</a><a href="/zfxxgk/">政府信息公开'
        f'</a><a href="/zwfw/">政务服务</a></div>{inner}<div class="jl-foot">岌岭县人民政府办公室主办　网站标识码：'
        '9874060006<span id="_span_jiucuo"></span><script id="_jiucuo_" sitecode="9874060006" '
        'src="https://pucha.kaipuyun.cn/exposure/jiucuo.js"></script></div></body></html>'
    )


class KaipuJiling(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 195_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        titles = {2021: "岌岭县人民政府2021年政府信息公开年报"}
        for year, day in ((2019, 22), (2021, 28), (2022, 24), (2023, 26), (2024, 23)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}",
                           titles.get(year, f"岌岭县人民政府{year}年政府信息公开工作年度报告"))
            self.article(doc, "岌岭县人民政府办公室")
        doc = self.doc(OWNER, 2020, "2021-02-03", "岌岭县人民政府2020年政府信息公开工作年度报告（图片版）")
        path = f"{ROOT}202102/P020210203{self.rng.randrange(10**12):012d}.pdf"
        url = self.page(doc.title, "2021-02-03", "岌岭县人民政府办公室",
                        f'<p>图片版全文：<a href="{path}" target="_blank">点击查看</a></p>')
        self.report(SITE, url, doc, media_type=PDF, report_url=self.attach(HOST, path, doc, "scan"),
                    flags=("image_only",))
        self.article(self.doc("岌岭县财政局", 2024, "2025-01-14", "县财政局2024年政府信息公开工作年度报告"),
                     "岌岭县财政局")
        self.article(self.doc("岌岭县龙潭镇人民政府", 2023, "2024-01-15", "龙潭镇2023年政府信息公开工作年度报告"),
                     "岌岭县龙潭镇人民政府")
        for title, year, date in (("岌岭县2024年政府信息公开工作年度报告解读", 2024, "2025-01-24"),
                                  ("岌岭县2025年政务公开工作要点", 2025, "2025-04-02"),
                                  ("岌岭县人民政府门户网站2024年工作年度报表", 2024, "2025-01-13")):
            self.decoy(SITE, self.page(title, date, "岌岭县人民政府办公室", self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            self.put(HOST, ROOT + ("index.htm" if k == 0 else f"index_{k}.htm"), self.list_page(k, pages))

    def page(self, title: str, date: str, source: str, content: str) -> str:
        path = f"{ROOT}{date[:4]}{date[5:7]}/content_{7_100_000 + self.next_id() - 190_000}.htm"
        inner = (f'<div class="jl-art"><div class="BreadcrumbNav">首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>'
                 f'<h1 id="ti">{esc(title)}</h1><div class="pages-date">{date} 10:00 <span class="font">来源：'
                 f'{esc(source)}</span></div><div class="pages_content" id="UCAP-CONTENT">{content}</div><div '
                 'id="div_div"><div id="qr_container">扫一扫在手机打开当前页</div><canvas id="Canvas"></canvas></div>'
                 '<div class="jl-tools"><a href="javascript:window.print()">【打印】</a>'
                 '<a href="javascript:window.close()">'
                 '【关闭】</a></div></div>')
        self.rows.append((date, path, title))
        return self.put(HOST, path, frame(f"{title}_岌岭县人民政府", inner))

    def article(self, doc: ReportDoc, source: str) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", source, self.body(doc, word=doc.year < 2021)),
                    doc)

    def list_page(self, k: int, pages: int) -> str:
        def a(n: int, text: str) -> str:
            return f'<a href="{"index.htm" if n == 0 else f"index_{n}.htm"}">{text}</a>'

        rows = "".join(f'<li><a href="./{h[len(ROOT):]}" target="_blank">{esc(t)}</a><span class="date">{d}</span>'
                       '</li>' for d, h, t in self.rows[k * PER:(k + 1) * PER])
        nav = [f"共{pages}页", a(0, "首页"), a(k - 1, "上一页") if k > 0 else "上一页"]
        nav += [f"<b>{n + 1}</b>" if n == k else a(n, str(n + 1)) for n in range(pages)]
        nav += [a(k + 1, "下一页") if k < pages - 1 else "下一页", a(pages - 1, "尾页"),
                '转到第<input type="text" id="jumpPage" size="2">页<a href="javascript:goPage()">GO</a>']
        inner = (f'<div class="jl-list"><h2>政府信息公开年报</h2><ul>{rows}</ul><div class="jl-page">{" ".join(nav)}'
                 '</div></div>')
        return frame("政府信息公开年报_岌岭县人民政府", inner)


PORTALS = [KaipuJiling]
