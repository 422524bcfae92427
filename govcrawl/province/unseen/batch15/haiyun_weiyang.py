"""湋阳市 (www.weiyang.gov.test): TRS 海云 city whose 年报 list keeps a pinned (置顶) entry at the top
of every page, paged by the 6-argument pager over ``index.shtml`` / ``index_N.shtml``.

The 年报 channel ``/zwgk/fdzdgknr/ndbg/index.shtml`` is a ``<ul class="wy-list">`` of ``<li>``s: ``<a
href="./YYYYMM/t<date>_<docid>.shtml" title="…">`` then ``<span>2025-01-22</span>``.  The city's 2024
report is pinned: it comes first on *every* page as ``<li class="zd"><em>置顶</em><a …>`` and is not
repeated among the dated rows.  Four dated rows a page, newest first; the pager is ``createPageHTML(
'page_div', 3, 1, 'index', 'shtml', 11)`` (1-based: ``index_2.shtml``, ``index_3.shtml``;
``index_1.shtml`` is 404), the record count counting the pinned entry once.  Articles carry TRS 海云's
extra metas (``catalogs``, ``contentid``, ``publishdate``) and the body in ``div.trs_editor_view
.TRS_UEDITOR.trs_paper_default`` inside ``div.wy-zw``; the 2022 city report is a stub with a
``P0….pdf`` linked in a ``div.wy-fj`` block after the body.

Reports (8): 湋阳市人民政府 2019–2024 (2019–2020 old template; 2024 pinned), 湋阳市民政局 2023
("市民政局2023年…"), 湋阳市商务局 2024 (titled "湋阳市商务局2024年度政府信息公开工作报告").  Decoys (3):
图解 of the 2023 report, 解读 of the 2024 report, 政务公开工作要点.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.weiyang.gov.test"
SITE = "weiyang-gov"
OWNER = "湋阳市人民政府"
ROOT = "/zwgk/fdzdgknr/ndbg/"
PER = 4


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="SiteName" content="湋阳市人民政府">'
        f'<meta name="SiteIDCode" content="9865200011">{head}<title>{escape(title)} - 湋阳市人民政府</title><script '
        'src="/js/jquery.min.js"></script><script src="/js/pageHtml.js"></script></head><body><header class="wy-hd"'
        '><div '
        'class="wy-logo">湋阳市人民政府</div><form class="wy-search" action="/search/"><input name="q"><button>搜索'
        '</button></form></header><nav class="wy-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zw'
        'fw/">'
        f'政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjwy/">走进湋阳</a></nav><main class="wy-main">{inner}'
        '</main>'
        '<footer class="wy-ft">湋阳市人民政府办公室主办　网站标识码：9865200011　未ICP备12004417号<br><script id="_'
        'jiucuo_"'
        ' sitecode="9865200011" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></footer></body></html>'
    )


class HaiyunWeiyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 21_877_000
        self.entries: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-20"), (2020, "2021-01-25"), (2021, "2022-01-27"), (2023, "2024-01-26")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.file(make_doc(rng, OWNER, 2022, "2023-01-30"))
        self.article(make_doc(rng, "湋阳市民政局", 2023, "2024-01-22", title="市民政局2023年政府信息公开工作年度报告"))
        self.article(make_doc(rng, "湋阳市商务"
                                   "局", 2024, "2025-01-20", title="湋阳市商务局2024年度政府信息公开工作报告"))
        self.notice("图解：湋阳市人民政府2023年政府信息公开工作年度报告", 2023, "2024-01-29")
        self.notice("一图读懂湋阳市2024年政府信息公开工作年度报告（解读）", 2024, "2025-01-26")
        self.notice("湋阳市2024年政务公开工作要点", 2024, "2024-04-11")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-24"))
        pinned = self.entries.pop()
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER] for i in range(0, len(self.entries), PER)]
        for n, chunk in enumerate(chunks, 1):
            self.put(HOST, ROOT + ("index.shtml" if n == 1 else f"index_{n}.shtml"),
                     self.list_page(pinned, chunk, n, len(chunks)))

    def page_of(self, title: str, date: str, content: str, source: str = "湋阳市人民政府办公"
                                                                         "室", after: str = "") -> str:
        self.docid += self.rng.randint(20, 900)
        month = date[:7].replace("-", "")
        path = f"{ROOT}{month}/t{date.replace('-', '')}_{self.docid}.shtml"
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 09:30">'
                f'<meta name="ContentSource" content="{escape(source)}"><meta name="catalogs" content="18207">'
                f'<meta name="contentid" content="{self.docid}"><meta name="publishdate" content="{date}">')
        inner = (
            f'<div class="wy-crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="{ROOT}ind'
            'ex.shtml"'
            f'>年度报告</a></div><article class="wy-art"><h1>{escape(title)}</h1><p class="wy-meta"><span>来源：'
            f'{escape(source)}</span><span>发布时间：{date} 09:30</span><span>字号：<a>大</a><a>中</a><a>小</a></sp'
            'an></p>'
            f'<div class="wy-zw"><div class="trs_editor_view TRS_UEDITOR trs_paper_default">{content}</div></div>'
            f'{after}'
            '<div class="wy-share">分享到：<a class="wx"></a><a class="wb"></a></div></article>'
        )
        url = self.put(HOST, path, frame(title, inner, head))
        self.entries.append(("./" + path[len(ROOT):], title, date))
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="4" align="'
                                                         'center">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, doc.agency_name), doc)

    def file(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        month = date[:7].replace("-", "")
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.pdf"
        after = f'<div class="wy-fj">相关附件：<a href="./{name}">{escape(doc.title)}.pdf</a></div>'
        url = self.page_of(doc.title, date, f"<p>{escape(doc.title)}（见附件）。</p>", after=after)
        self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, f"{ROOT}{month}/{name}", doc))

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content), title)

    def list_page(self, pinned: tuple[str, str, str], chunk: list[tuple[str, str, str]], n: int, pages: int) -> str:
        h, t, d = pinned
        rows = (f'<li class="zd"><em>置顶</em><a href="{h}" target="_blank" title="{escape(t)}">{escape(t)}</a>'
                f'<span>{d}</span></li>')
        rows += "".join(f'<li><a href="{h}" target="_blank" title="{escape(t)}">{escape(t)}</a><span>{d}</span></li>'
                        for h, t, d in chunk)
        total = len(self.entries) + 1
        inner = (
            '<div class="wy-crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 年度报告</div><div '
            'class='
            f'"wy-box"><h2>政府信息公开年度报告</h2><ul class="wy-list">{rows}</ul><div id="page_div"></div><script>'
            f"createPageHTML('page_div', {pages}, {n}, 'index', 'shtml', {total});</script></div>"
        )
        return frame("年度报告", inner, '<meta name="ColumnName" content="年度报告">')


PORTALS = [HaiyunWeiyang]
