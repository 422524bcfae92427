"""漻城市 (www.liaocheng.gov.test): TRS 海云 city on channel-id URLs — the 年报 channel is
``/lcs/c102233/nb_list.shtml`` (then 1-based ``nb_list_2.shtml``, ``nb_list_3.shtml``; ``nb_list_1.shtml``
is 404) under the 6-argument ``createPageHTML('pageBar', 3, 1, 'nb_list', 'shtml', 11)`` — and every
article is its own channel directory's ``content.shtml`` (``/lcs/c10<n>/content.shtml``).

Rows are ``<div class="lc-row"><a href="/lcs/c10<n>/content.shtml" target="_blank" title="full title">
…</a><i>2025.01.22</i></div>`` (dots in dates), four a page, newest first; the link text is the title
cut at 14 characters plus "…" and the ``title=`` tooltip carries the whole title.  Articles carry TRS
海云's extra metas (``catalogs``, ``contentid``, ``publishdate``, ``ContentSource``), an info table
(发布机构 / 发布日期 / 浏览量) and the body in ``div.trs_editor_view.TRS_UEDITOR``.  The 市审计局's 2023
report is titled only "2023年度政府信息公开工作年度报告": its unit is in the 发布机构 cell and
``ContentSource``, nowhere else.  The city's 2021 report is a stub whose .docx sits in a ``相关附件`` box
*beside* the article (``div.lc-side``), not in the body; the 2024 report is an OFD listed the same way.

Reports (8): 漻城市人民政府 2019–2024 (2021 DOCX, 2024 OFD), 漻城市审计局 2023, 漻城市医疗保障局 2024.
Decoys (3): 漻城市2024年度法治政府建设年度报告, 图解：漻城市2024年政府信息公开工作年度报告,
漻城市人民政府网站2024年工作年度报表.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch24._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.liaocheng.gov.test"
SITE = "liaocheng-gov"
OWNER = "漻城市人民政府"
LIST = "/lcs/c102233/"
PER = 4


def frame(title: str, inner: str, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="SiteName" content="漻城市人民'
        f'政府"><meta name="SiteDomain" content="www.liaocheng.gov.test"><meta name="SiteIDCode" '
        f'content="9874020002">{extra}<title>{esc(title)}</title><script src="/lcs/js/page.js"></script></head><body>'
        '<div class="lc-bar"><a href="javascript:;" onclick="headTool.switchOld()" id="toolbarOldman">进入适老模式'
        '</a> <a href="/m/">手机版</a> <a href="/english/">English</a></div><div class="lc-head"><img '
        'src="/lcs/img/logo.png" alt="漻城市人民政府门户网站"></div><ul class="lc-nav"><li><a href="/">首页</a></li>'
        '<li>'
        '<a href="/lcs/c100001/zwgk.shtml">政务公开</a></li><li><a href="/lcs/c100002/zwfw.shtml">政务服务</a></li>'
        f'</ul>{inner}<div class="lc-foot">漻城市人民政府办公室主办　网站标识码：9874020002　未公网安备 '
        '98740202000123号<script id="_jiucuo_" sitecode="9874020002" src="https://zfwzgl.www.gov.cn/exposure/'
        'jiucuo.js"></script></div></body></html>'
    )


class HaiyunLiaocheng(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 191_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 31), (2020, 22), (2022, 20), (2023, 23)):
            title = f"漻城市人民政府{year}年政府信息公开工作年度报告"
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", title),
                         "漻城市人民政府办公室")
        for year, date, kind in ((2021, "2022-01-27", "docx"), (2024, "2025-01-21", "ofd")):
            self.filed(self.doc(OWNER, year, date, f"漻城市人民政府{year}年政府信息公开工作年度报告"), kind)
        self.article(self.doc("漻城市审计局", 2023, "2024-01-18", "2023年度政府信息公开工作年度报告"), "漻城市审计局")
        self.article(self.doc("漻城市医疗保障局", 2024, "2025-01-17", "漻城市医疗保障局2024年政府信息公开工作年度报告"),
                     "漻城市医疗保障局")
        for title, year, date in (("漻城市2024年度法治政府建设年度报告", 2024, "2025-03-11"),
                                  ("图解：漻城市2024年政府信息公开工作年度报告", 2024, "2025-01-23"),
                                  ("漻城市人民政府网站2024年工作年度报表", 2024, "2025-01-14")):
            url, _ = self.page(title, date, "漻城市人民政府办公室", self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for n in range(1, pages + 1):
            self.put(HOST, LIST + ("nb_list.shtml" if n == 1 else f"nb_list_{n}.shtml"), self.list_page(n, pages))

    def page(self, title: str, date: str, unit: str, content: str, side: str = "") -> tuple[str, str]:
        channel = f"/lcs/c10{self.next_id() % 100_000:05d}/"
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 09:30">'
                 f'<meta name="ContentSource" content="{esc(unit)}"><meta name="catalogs" content="102233"><meta '
                 f'name="contentid" content="{self.id}"><meta name="publishdate" content="{date}">')
        inner = (f'<div class="lc-main"><div class="lc-art"><h1>{esc(title)}</h1><table class="lc-info"><tr><td>'
                 f'发布机构：{esc(unit)}</td><td>发布日期：{date}</td><td>浏览量：<span id="readCount"></span></td>'
                 '</tr>'
                 f'</table><div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">{content}</div></div>'
                 f'<div class="lc-side">{side}<h3>相关链接</h3><a href="{LIST}nb_list.shtml">政府信息公开年报</a></div>'
                 '</div>')
        self.rows.append((date, channel + "content.shtml", title))
        return self.put(HOST, channel + "content.shtml", frame(f"{title}_漻城市人民政府", inner, extra)), channel

    def article(self, doc: ReportDoc, unit: str) -> None:
        url, _ = self.page(doc.title, doc.published_date or "", unit, self.body(doc, word=doc.year < 2021))
        self.report(SITE, url, doc)

    def filed(self, doc: ReportDoc, kind: str) -> None:
        stamp = (doc.published_date or "").replace("-", "")
        path = f"/lcs/uploadfiles/{stamp[:6]}/{self.rng.getrandbits(64):016x}.{kind}"
        side = (f'<h3>相关附件</h3><ul class="lc-fj"><li><a href="{path}" target="_blank">{esc(doc.title)}.{kind}</a>'
                '</li></ul>')
        url, _ = self.page(doc.title, doc.published_date or "", "漻城市人民政府办公室",
                           "<p>报告全文见相关附件。</p>", side)
        self.report(SITE, url, doc, media_type=MEDIA[kind], report_url=self.attach(HOST, path, doc, kind))

    def list_page(self, n: int, pages: int) -> str:
        rows = "".join(f'<div class="lc-row"><a href="{h}" target="_blank" title="{esc(t)}">'
                       f'{esc(t[:14] + "…" if len(t) > 14 else t)}</a><i>{d.replace("-", ".")}</i></div>'
                       for d, h, t in self.rows[(n - 1) * PER:n * PER])
        inner = (f'<div class="lc-main"><div class="lc-crumb">首页 &gt; 政务公开 &gt; 政府信息公开年报</div><div '
                 f'class="lc-list">{rows}</div><div id="pageBar"></div><script>createPageHTML(\'pageBar\', {pages}, '
                 f"{n}, 'nb_list', 'shtml', {len(self.rows)});</script></div>")
        extra = '<meta name="ColumnName" content="政府信息公开年报"><meta name="ColumnType" content="政府信息公开年报">'
        return frame("政府信息公开年报_漻城市人民政府", inner, extra)


PORTALS = [HaiyunLiaocheng]
