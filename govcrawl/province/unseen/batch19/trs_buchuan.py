"""埠川县 (www.buchuan.gov.test): TRS WCM classic whose 年报 column pages by the template's
``createPageHTML`` script (no server-written pager links), whose rows are ``<li>`` with the date
in brackets before the title, and whose county reports from 2021 on are Word files attached under
the editor.

``/xxgk/zfxxgkndbg/index.html`` (then ``index_1.html``, ``index_2.html``) holds ``<ul class="bc-list">``
rows ``<li><span>[2025-01-20]</span><a href="./202501/t20250120_140123.html" title="…">…</a></li>``,
six a page.  The pager is only ``<script>var countPage = 3; var recordCount = 15;
createPageHTML(countPage, 0, "index", "html");</script>`` — the links are written by the script.
Articles: ``<div class="bc-xl">`` with a 来源/发布时间 line, ``div.TRS_Editor`` in Word's markup (one
table split by a page break) and, for the county's 2021–2024 reports, a stub paragraph plus
``<div class="appendix">附件：<a href="./P020….docx" OLDSRC="/protect/P0….docx">…</a></div>``.
The 2019 county report is a scanned PDF (``./P020….pdf``, images only, flagged ``image_only``).
Titles name departments by their short names: "县发改局2023年…" (埠川县发展和改革局), "县教体局2024年度…"
(埠川县教育和体育局), "埠川县白沙乡2023年…".

Reports (12): 埠川县人民政府 2019 (scan PDF), 2020 (HTML), 2021–2024 (DOCX), 发改局 2023, 2024, 教体局
2024, 白沙乡 2023, 2024, 埠川县自然资源局 2022.  Decoys (3): 2024年度法治政府建设年度报告, 2023年政府网站
工作年度报表, 埠川县2024年国民经济和社会发展统计公报.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.batch19._files import DOCX, PDF, FilePortal
from govcrawl.synth.model import ReportDoc

HOST = "www.buchuan.gov.test"
SITE = "buchuan-gov"
OWNER = "埠川县人民政府"
ROOT = "/xxgk/zfxxgkndbg/"
PER = 6


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8"><meta name="SiteName" content="埠川县人民政府"><meta name="SiteDomain" '
        f'content="{HOST}"><meta name="SiteIDCode" content="9869010002">{head}<title>{escape(title)}</title>'
        '<script src="/images/jquery.min.js"></script><script src="/images/page.js"></script></head><body>'
        '<div class="bc-top"><a href="javascript:void(0)" onclick="SetHome(this)">设为首页</a><a href="javascript:'
        'void(0)" onclick="AddFavorite()">加入收藏</a><a href="/wza/">无障碍浏览</a></div><div class="bc-banner">'
        '<img src="/images/bc_banner.jpg" alt="埠川县人民政府"></div><div class="bc-menu"><ul><li><a href="/">首页</a>'
        '</li><li><a href="/xxgk/">信息公开</a></li><li><a href="/bsfw/">便民服务</a></li><li><a href="/gzcy/">公众参与'
        f'</a></li></ul></div>{inner}<div class="bc-footer">版权所有：埠川县人民政府　技术支持：埠川县信息中心<br>网站'
        '标识码：9869010002　未ICP备19004211号</div></body></html>'
    )


class TrsBuchuan(FilePortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.id = 140_100
        self.rows: list[tuple[str, str, str]] = []
        self.scan(self.doc(OWNER, 2019, "2020-01-17", "埠川县2019年政府信息公开工作年度报告"))
        self.article(self.doc(OWNER, 2020, "2021-01-25", "埠川县2020年政府信息公开工作年度报告"), "县政府办公室")
        for year, date in ((2021, "2022-01-24"), (2022, "2023-01-19"), (2023, "2024-01-23"), (2024, "2025-01-20")):
            self.attached(self.doc(OWNER, year, date, f"埠川县{year}年政府信息公开工作年度报告"))
        for agency, short, year, date in (("埠川县发展和改革局", "县发改局", 2023, "2024-01-12"),
                                          ("埠川县发展和改革局", "县发改局", 2024, "2025-01-13"),
                                          ("埠川县教育和体育局", "县教体局", 2024, "2025-01-16")):
            suffix = "年度" if short == "县教体局" else "年"
            self.article(self.doc(agency, year, date, f"{short}{year}{suffix}政府信息公开工作年度报告"), agency)
        for year, date in ((2023, "2024-01-10"), (2024, "2025-01-09")):
            self.article(self.doc("埠川县白沙乡人民政府", year, date, f"埠川县白沙乡{year}年政府信息公开工作年度报告"),
                         "白沙乡人民政府")
        self.article(self.doc("埠川县自然资源局", 2022, "2023-01-30", "埠川县自然资源局2022年政府信息公开工作年度报告"),
                     "埠川县自然资源局")
        for title, year, date in (("埠川县2024年度法治政府建设年度报告", 2024, "2025-03-21"),
                                  ("埠川县人民政府2023年政府网站工作年度报表", 2023, "2024-01-15"),
                                  ("埠川县2024年国民经济和社会发展统计公报", 2024, "2025-03-31")):
            url = self.page_of(title, date, "县政府办公室", self.notice_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        rows = sorted(self.rows, key=lambda r: r[2], reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for k, chunk in enumerate(pages):
            self.put(HOST, ROOT + ("index.html" if k == 0 else f"index_{k}.html"),
                     self.list_page(chunk, k, len(pages), len(rows)))

    def page_of(self, title: str, date: str, source: str, content: str, after: str = "") -> str:
        self.id += self.rng.randint(11, 90)
        stamp = date.replace("-", "")
        href = f"./{stamp[:6]}/t{stamp}_{self.id}.html"
        inner = (
            '<div class="bc-local">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/xxgk/">信息公开</a> &gt;&gt; <a '
            f'href="../">政府信息公开年度报告</a></div><div class="bc-xl"><h2>{escape(title)}</h2><div class="bc-ly">'
            f'来源：'
            f'{escape(source)}　发布时间：{date}　【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:'
            f'doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div><div class="TRS_Editor">{content}'
            f'</div>{after}</div>'
        )
        head = f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 16:02">'
        url = self.put(HOST, ROOT + href[2:], frame(title, inner, head))
        self.rows.append((href, title, date))
        return url

    def article(self, doc: ReportDoc, source: str) -> None:
        style = "word" if doc.year >= 2023 else "plain"
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, self.body(doc, style)), doc)

    def attached(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        name = f"P020{date.replace('-', '')}{self.rng.randrange(10**9):09d}.docx"
        after = (f'<div class="appendix">附件：<a href="./{name}" OLDSRC="/protect/{name}">{escape(doc.title)}.docx'
                 '</a></div>')
        url = self.page_of(doc.title, date, "县政府办公室",
                           "<p>现将《" + escape(doc.title) + "》予以公布，全文详见附件。</p>", after)
        folder = url.split(HOST, 1)[1].rsplit("/", 1)[0] + "/"
        self.report(SITE, url, doc, media_type=DOCX, report_url=self.put_file(HOST, folder + name, doc, DOCX))

    def scan(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        name = f"P020{date.replace('-', '')}{self.rng.randrange(10**9):09d}.pdf"
        after = f'<div class="appendix">附件：<a href="./{name}" OLDSRC="/protect/{name}">扫描件.pdf</a></div>'
        url = self.page_of(doc.title, date, "县政府办公室", "<p>（扫描件，详见附件）</p>", after)
        folder = url.split(HOST, 1)[1].rsplit("/", 1)[0] + "/"
        self.report(SITE, url, doc, media_type=PDF, report_url=self.put_scan(HOST, folder + name, doc),
                    flags=("image_only",))

    def list_page(self, chunk: list[tuple[str, str, str]], k: int, pages: int, total: int) -> str:
        items = "".join(f'<li><span>[{d}]</span><a href="{h}" title="{escape(t)}" target="_blank">{escape(t)}</a></li>'
                        for h, t, d in chunk)
        inner = (
            '<div class="bc-local">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/xxgk/">信息公开</a> &gt;&gt; 政府'
            f'信息公开年度报告</div><div class="bc-right"><ul class="bc-list">{items}</ul><div class="bc-page"><script '
            f'type="text/javascript">var countPage = {pages}; var recordCount = {total};createPageHTML(countPage, {k}, '
            '"index", "html");</script></div></div>'
        )
        return frame("政府信息公开年度报告_埠川县人民政府", inner)


PORTALS = [TrsBuchuan]
