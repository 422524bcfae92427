"""瀼溪县 (www.rangxi.gov.test): TRS WCM classic on an old template — the 年报 column is a nested-table
list (``<TD height=25>·<A href="./YYYYMM/tYYYYMMDD_<docid>.htm">`` with the date in a right-aligned
``<TD width="80">``), ``.htm`` files throughout, paged by ``createPageHTML(2, 0, "index", "htm")``
wrapped in an HTML comment inside ``<script language="JavaScript">`` (no record count, no links in
the static HTML) — whose articles carry the visible TRS metadata line (发布时间 / 来源 / 浏览次数 /
【字体：大 中 小】) over ``div.Custom_UnionStyle``, and whose 2021 county report is a PDF linked inside the
body ("附件：<a href="./P0….pdf">").

``/xxgk/zfxxgknb/index.htm`` then ``index_1.htm`` (zero-based), seven rows a page.  The 来源 of the
department and town reports is the unit's full name; their titles name it too.  Chrome: a 政府信息公开
left column (公开指南, 公开制度, 公开目录, 公开年报), a TRS search form, 网站地图, 无障碍 link.

Reports (8): 瀼溪县人民政府 2019–2024 (2019–2020 old template; 2021 a PDF), 瀼溪县教育局 2024,
瀼溪县水口镇人民政府 2023.  Decoys (3): 瀼溪县2023年政府信息公开工作年度报告解读, 瀼溪县2024年政府网站工作年度
报表, 瀼溪县政府信息公开指南（2024年版）.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch23._site import Site, esc
from govcrawl.province.unseen.kit import PDF
from govcrawl.synth.model import ReportDoc

HOST = "www.rangxi.gov.test"
SITE = "rangxi-gov"
OWNER = "瀼溪县人民政府"
ROOT = "/xxgk/zfxxgknb/"
PER = 7


def frame(title: str, inner: str) -> str:
    return (
        f'<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=utf-8"><TITLE>{esc(title)}</TITLE>'
        f'<META name="SiteName" content="瀼溪县人民政府"><META name="SiteDomain" content="www.rangxi.gov.test">'
        f'<META name="SiteIDCode" content="9871230011"><LINK href="/images/rx_style.css" rel="stylesheet" '
        f'type="text/css"></HEAD><BODY topmargin="0"><TABLE width="1000" align="center" cellpadding="0" '
        f'cellspacing="0"><TR><TD class="rx-head"><IMG src="/images/rx_banner.jpg" alt="瀼溪县人民政府"></TD></TR>'
        f'<TR><TD class="rx-menu"><A href="/">首页</A> | <A href="/xxgk/">政府信息公开</A> | <A href="/zwdt/">'
        f'政务动态</A> | <A href="/bsfw/">办事服务</A> | <A href="/gzhd/">公众互动</A> <FORM name="searchform" '
        f'action="http://www.rangxi.gov.test/was5/web/search" method="get" style="display:inline"><INPUT '
        f'name="searchword" size="14"><INPUT type="submit" value="搜索"></FORM></TD></TR><TR><TD>{inner}</TD></TR>'
        f'<TR><TD class="rx-foot"><A href="/wzdt/">网站地图</A> | <A href="/wza/">无障碍</A><BR>主办单位：瀼溪县人民'
        f'政府办公室　网站标识码：9871230011</TD></TR></TABLE></BODY></HTML>'
    )


class TrsRangxi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 180_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 18), (2020, 22), (2022, 20), (2023, 26), (2024, 21)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"瀼溪县{year}年政府信息公开工作年度报告")
            self.article(doc, "瀼溪县人民政府办公室", word=year < 2021)
        self.pdf(self.doc(OWNER, 2021, "2022-01-24", "瀼溪县2021年政府信息公开工作年度报告"))
        self.article(self.doc("瀼溪县教育局", 2024, "2025-01-16", "瀼溪县教育局2024年政府信息公开工作年度报告"),
                     "瀼溪县教育局")
        self.article(self.doc("瀼溪县水口镇人民政府", 2023, "2024-01-19",
                              "瀼溪县水口镇人民政府2023年度政府信息公开工作年度报告"), "瀼溪县水口镇人民政府")
        for title, year, date in (("瀼溪县2023年政府信息公开工作年度报告解读", 2023, "2024-01-29"),
                                  ("瀼溪县2024年政府网站工作年度报表", 2024, "2025-01-12"),
                                  ("瀼溪县政府信息公开指南（2024年版）", 2024, "2024-03-06")):
            url, _ = self.page(title, date, "瀼溪县人民政府办公室", self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        rows = sorted(self.rows, key=lambda r: r[2], reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for k, chunk in enumerate(pages):
            self.put(HOST, ROOT + ("index.htm" if k == 0 else f"index_{k}.htm"), self.list_page(chunk, k, len(pages)))

    def page(self, title: str, date: str, source: str, content: str) -> tuple[str, str]:
        stamp = date.replace("-", "")
        folder = f"{ROOT}{stamp[:6]}/"
        name = f"t{stamp}_{self.next_id()}.htm"
        inner = (f'<TABLE width="100%" class="rx-pos"><TR><TD>当前位置：<A href="/">首页</A> &gt;&gt; <A '
                 f'href="/xxgk/">政府信息公开</A> &gt;&gt; <A href="../">政府信息公开年报</A></TD></TR></TABLE>'
                 f'<TABLE width="90%" align="center"><TR><TD align="center" class="rx-title">{esc(title)}</TD></TR>'
                 f'<TR><TD align="center" class="rx-info">发布时间：{date}　来源：{esc(source)}　浏览次数：<SPAN '
                 f'id="clicks"></SPAN>　【字体：<A href="javascript:doZoom(16)">大</A> <A href="javascript:doZoom(14)">'
                 f'中</A> <A href="javascript:doZoom(12)">小</A>】</TD></TR><TR><TD><DIV class="Custom_UnionStyle">'
                 f'{content}</DIV></TD></TR><TR><TD align="right"><A href="javascript:window.print()">【打印】</A> '
                 f'<A href="javascript:window.close()">【关闭】</A></TD></TR></TABLE>')
        url = self.put(HOST, folder + name, frame(f"{title}_瀼溪县人民政府", inner))
        self.rows.append((f"./{stamp[:6]}/{name}", title, date))
        return url, folder

    def article(self, doc: ReportDoc, source: str, word: bool = False) -> None:
        url, _ = self.page(doc.title, doc.published_date or "", source, self.body(doc, word=word))
        self.report(SITE, url, doc)

    def pdf(self, doc: ReportDoc) -> None:
        stamp = (doc.published_date or "").replace("-", "")
        name = f"P0{stamp}{self.rng.randrange(10**12):012d}.pdf"
        content = (f'<P>　　现将《{esc(doc.title)}》予以公开，全文见附件。</P><P>附件：<A href="./{name}" '
                   f'OLDSRC="/protect/P0/{name}">{esc(doc.title)}.pdf</A></P>')
        url, folder = self.page(doc.title, doc.published_date or "", "瀼溪县人民政府办公室", content)
        file = self.attach(HOST, folder + name, doc, "pdf")
        self.report(SITE, url, doc, media_type=PDF, report_url=file)

    def list_page(self, chunk: list[tuple[str, str, str]], k: int, pages: int) -> str:
        rows = "".join(f'<TR><TD height=25 class="rx-li">·<A href="{h}" target="_blank" title="{esc(t)}">{esc(t)}</A>'
                       f'</TD><TD width="80" align="right" class="rx-date">{d}</TD></TR>' for h, t, d in chunk)
        left = ('<TD width="200" valign="top" class="rx-left"><DIV class="rx-lt">政府信息公开</DIV><A '
                'href="/xxgk/zfxxgkzn/">政府信息公开指南</A><BR><A href="/xxgk/zfxxgkzd/">政府信息公开制度</A><BR><A '
                'href="/xxgk/zfxxgkml/">政府信息公开目录</A><BR><A href="./" class="cur">政府信息公开年报</A></TD>')
        inner = (f'<TABLE width="100%"><TR>{left}<TD valign="top"><TABLE width="100%" class="rx-colname"><TR><TD>'
                 f'政府信息公开年报</TD></TR></TABLE><TABLE width="100%" cellpadding="0" cellspacing="0">{rows}</TABLE>'
                 f'<TABLE width="100%"><TR><TD align="center" class="rx-page"><script language="JavaScript"><!--\n'
                 f'createPageHTML({pages}, {k}, "index", "htm");\n//--></script></TD></TR></TABLE></TD></TR></TABLE>')
        return frame("政府信息公开年报_瀼溪县人民政府", inner).replace(
            "</HEAD>", '<script language="JavaScript" src="/js/createPageHTML.js"></script></HEAD>')


PORTALS = [TrsRangxi]
