"""嵯山县 (www.cuoshan.gov.test): TRS WCM classic whose 年报 column is a ``GroupBlankLine`` layout table of
tooltip-titled rows, whose pager prints "共 3 页" beside a literal 4-argument ``createPageHTML`` call, and
whose one file-only report is linked by a script variable (``var fjUrl``) written with ``document.write``.

``/zwgk/xxgknb/index.shtml`` (then zero-based ``index_1.shtml``, ``index_2.shtml``) holds ``<table
class="GroupBlankLine">`` rows ``<tr><td class="dot">·</td><td><a href="./YYYYMM/tYYYYMMDD_<docid>.shtml"
target="_blank" title="full title">title cut at 15 characters…</a></td><td width="80" align="right">
2025-01-22</td></tr>``, three a page, newest first; under it ``<div class="pagebar">共 3 页 <script
language="JavaScript">createPageHTML(3, 0, "index", "shtml");</script></div>`` — the page links exist
only after the script runs; ``index_3.shtml`` is 404.  Articles: "信息来源：… 发布日期：…" over
``div.TRS_Editor`` (Word markup for the 2019–2020 reports); the county's 2022 report is a stub whose
PDF (``./P020….pdf``) is linked only by ``<script>var fjUrl = "./P0….pdf"; document.write('<a href="' +
fjUrl + '">…</a>');</script>`` after the editor div.  The county titles its reports "…年度政府信息公开工作
报告" (not 年度报告); the 统计局's title says "县统计局…", its full name in 信息来源.

Reports (7): 嵯山县人民政府 2019–2023 (2022 PDF only), 嵯山县统计局 2023, 嵯山县沙坪镇人民政府 2024.
Decoys (2): 嵯山县2023年度政府信息公开工作报告解读, 嵯山县人民政府办公室关于报送2024年度政府信息公开工作年度报告的函.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch24._site import Site, esc
from govcrawl.province.unseen.kit import PDF

HOST = "www.cuoshan.gov.test"
SITE = "cuoshan-gov"
OWNER = "嵯山县人民政府"
ROOT = "/zwgk/xxgknb/"
PER = 3


def frame(title: str, inner: str, extra: str = "") -> str:
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="SiteName" '
        f'content="嵯山县人民政府"><meta name="SiteIDCode" content="9874010001">{extra}<title>{esc(title)}</title>'
        '<script src="/js/createPageHTML.js"></script></head><body><div class="cs-top"><a href="http://www.gov.cn/">'
        '中国政府网</a> | <a href="javascript:s2tt()">繁体中文</a> | <a id="toolbarSwitch" class="wza">无障碍阅读</a>'
        '</div><div class="cs-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a>'
        f'<a href="/hdjl/">互动交流</a></div>{inner}<div class="cs-foot">主办：嵯山县人民政府办公室　网站标识码：'
        '9874010001　<a href="http://beian.miit.gov.cn/">未ICP备05008812号</a><span id="_ideConac"></span>'
        '</div></body></html>'
    )


class TrsCuoshan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 190_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 30), (2020, 21), (2021, 25), (2023, 24)):
            title = f"嵯山县人民政府{year}年度政府信息公开工作报告"
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", title)
            self.report(SITE, self.article(title, doc.published_date or "", "嵯山县人民政府办公室",
                                           self.body(doc, word=year < 2021)), doc)
        doc = self.doc(OWNER, 2022, "2023-01-19", "嵯山县人民政府2022年度政府信息公开工作报告")
        stamp = "20230119"
        file = f"P0{stamp}{self.rng.randrange(10**12):012d}.pdf"
        month = f"{ROOT}202301/"
        script = (f'<p>全文详见附件。</p></div><div class="cs-fj">附件：<script>var fjUrl = "./{file}";document.write('
                  f"'<a href=\"' + fjUrl + '\" target=\"_blank\">{esc(doc.title)}.pdf</a>');</script></div><div>")
        url = self.article(doc.title, "2023-01-19", "嵯山县人民政府办公室", script, stamp=stamp)
        self.report(SITE, url, doc, media_type=PDF, report_url=self.attach(HOST, month + file, doc, "pdf"))
        doc = self.doc("嵯山县统计局", 2023, "2024-01-16", "县统计局2023年政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, "2024-01-16", "嵯山县统计局", self.body(doc)), doc)
        doc = self.doc("嵯山县沙坪镇人民政府", 2024, "2025-01-22", "嵯山县沙坪镇2024年政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, "2025-01-22", "嵯山县沙坪镇人民政府", self.body(doc)), doc)
        for title, year, date in (("嵯山县2023年度政府信息公开工作报告解读", 2023, "2024-01-26"),
                                  ("嵯山县人民政府办公室关于报送2024年度政府信息公开工作年度报告的函", 2024,
                                   "2024-12-20")):
            self.decoy(SITE, self.article(title, date, "嵯山县人民政府办公室", self.decoy_body(title, OWNER, year)),
                       title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            self.put(HOST, ROOT + ("index.shtml" if k == 0 else f"index_{k}.shtml"), self.list_page(k, pages))

    def article(self, title: str, date: str, source: str, content: str, stamp: str | None = None) -> str:
        stamp = stamp or date.replace("-", "")
        path = f"{ROOT}{stamp[:6]}/t{stamp}_{self.next_id()}.shtml"
        inner = (f'<div class="cs-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a '
                 f'href="{ROOT}index.shtml">政府信息公开年报</a></div><div class="cs-art"><h2>{esc(title)}</h2><div '
                 f'class="cs-info">信息来源：{esc(source)}　发布日期：{date}　【字体：大 中 小】</div><div '
                 f'class="TRS_Editor"><style>.TRS_Editor P{{line-height:2}}</style>{content}</div><div '
                 'class="cs-tool"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">'
                 '关闭窗口</a></div></div>')
        self.rows.append((date, path, title))
        meta = f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date}">'
        return self.put(HOST, path, frame(f"{title}_嵯山县人民政府", inner, meta))

    def list_page(self, k: int, pages: int) -> str:
        rows = "".join(
            f'<tr><td class="dot">·</td><td><a href="./{h[len(ROOT):]}" target="_blank" title="{esc(t)}">'
            f'{esc(t[:15] + "…" if len(t) > 15 else t)}</a></td><td width="80" align="right">{d}</td></tr>'
            for d, h, t in self.rows[k * PER:(k + 1) * PER])
        inner = (f'<div class="cs-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息'
                 f'公开年报</div><table class="GroupBlankLine" width="100%">{rows}</table><div class="pagebar">共 '
                 f'{pages} 页 <script language="JavaScript">createPageHTML({pages}, {k}, "index", "shtml");</script>'
                 '</div>')
        return frame("政府信息公开年报_嵯山县人民政府", inner)


PORTALS = [TrsCuoshan]
