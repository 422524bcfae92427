"""淝口市人力资源和社会保障局 (rsj.feikou.gov.test), registered with no ``cms``: a bureau site on 迅睿CMS
(XunRuiCMS, a PHP CMS on CodeIgniter; no README family) with pseudo-static URLs — the 年报 column
``/list-ndbg.html`` pages as ``/list-ndbg-2.html``, ``/list-ndbg-3.html``, articles are ``/show-<id>.html``
and uploads sit under ``/uploadfile/YYYYMM/<32 hex>.<ext>``.

Rows are ``<div class="news-item"><div class="date"><span>22</span>2025-01</div><div class="txt"><a
href="/show-<id>.html" title="…">…</a><p>…the article's first words</p></div></div>`` (the day apart from
the year-month), four a page, newest first.  The pager is XunRui's ``<ul class="pagination">``: ``<li><a>共
10 条</a></li>``, the current page ``<li class="active"><a>1</a></li>``, numbered links, 下一页 and
"最后一页" — no count of pages.  Articles: ``div.article-info`` ("来源：… 时间：… 浏览：<span id="dr_hits">")
then ``div.article-content``; the bureau's 2020 report is a DOCX and its 2022 report a PDF, linked in
``div.article-file`` ("附件下载") after the content.  The 社保中心 titles its report "市社保中心…" (its full name
in 来源).

Reports (8): 淝口市人力资源和社会保障局 2019–2024 (2020 DOCX, 2022 PDF), 淝口市社会保险事业管理中心 2024,
淝口市劳动人事争议仲裁院 2023.  Decoys (2): 淝口市人力资源和社会保障局2024年度法治政府建设年度报告,
淝口市2024年度人力资源和社会保障事业发展统计公报.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch24._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "rsj.feikou.gov.test"
SITE = "feikou-rsj"
OWNER = "淝口市人力资源和社会保障局"
PER = 4


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="keywords" content="淝口市人社局"><title>'
        f'{esc(title)}</title><link href="/static/default/pc/css/style.css" rel="stylesheet"></head><body><div '
        'class="header"><div class="logo"><img src="/static/default/pc/images/logo.png" '
        'alt="淝口市人力资源和社会保障局">'
        '</div><form action="/index.php?s=api&amp;c=search" class="search"><input name="keyword"></form></div><div '
        'class="menu"><a href="/">网站首页</a><a href="/list-zwgk.html">政务公开</a><a href="/list-ndbg.html">年度报告'
        f'</a><a href="/list-bszn.html">办事指南</a></div>{inner}<div class="footer">主办：淝口市人力资源和社会保障局'
        '　网站标识码：9874100010　Powered by XunRuiCMS</div></body></html>'
    )


class NocmsFeikou(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 199_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []  # (date, path, title, summary)
        for year, day in ((2019, 28), (2021, 21), (2023, 25), (2024, 23)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"淝口市人力资源和社会保障局{year}年政府信息公开"
                                                                         "工作年度报告"), "淝口市人力资源和社会保障局")
        for year, date, kind in ((2020, "2021-01-22", "docx"), (2022, "2023-01-20", "pdf")):
            doc = self.doc(OWNER, year, date, f"淝口市人力资源和社会保障局{year}年政府信息公开工作年度报告")
            path = f"/uploadfile/{date[:4]}{date[5:7]}/{self.rng.getrandbits(128):032x}.{kind}"
            files = (f'<div class="article-file"><h4>附件下载</h4><a href="{path}" target="_blank">{esc(doc.title)}.'
                     f'{kind}</a></div>')
            url = self.page(doc.title, date, "淝口市人力资源和社会保障局", "<p>报告全文请下载附件查看。</p>", files)
            self.report(SITE, url, doc, media_type=MEDIA[kind], report_url=self.attach(HOST, path, doc, kind))
        self.article(self.doc("淝口市社会保险事业管理中心", 2024, "2025-01-16",
                              "市社保中心2024年政府信息公开工作年度报告"),
                     "淝口市社会保险事业管理中心")
        self.article(self.doc("淝口市劳动人事争议仲裁院", 2023, "2024-01-19",
                              "淝口市劳动人事争议仲裁院2023年政府信息公开工作年度报告"), "淝口市劳动人事争议仲裁院")
        for title, year, date in (("淝口市人力资源和社会保障局2024年度法治政府建设年度报告", 2024, "2025-02-26"),
                                  ("淝口市2024年度人力资源和社会保障事业发展统计公报", 2024, "2025-05-14")):
            self.decoy(SITE, self.page(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for n in range(1, pages + 1):
            self.put(HOST, "/list-ndbg.html" if n == 1 else f"/list-ndbg-{n}.html", self.list_page(n, pages))

    def page(self, title: str, date: str, source: str, content: str, files: str = "") -> str:
        path = f"/show-{self.next_id() - 190_000}.html"
        inner = (f'<div class="main"><div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/list-ndbg.html">'
                 f'年度报告</a></div><div class="article"><h1>{esc(title)}</h1><div class="article-info">来源：'
                 f'{esc(source)}　时间：{date}　浏览：<span id="dr_hits">0</span></div><div class="article-content">'
                 f'{content}</div>{files}</div></div>')
        text = "根据《中华人民共和国政府信息公开条例》规定，现公布本报告。" if "年度报告" in title else "现予公开。"
        self.rows.append((date, path, title, text))
        return self.put(HOST, path, frame(f"{title}-淝口市人力资源和社会保障局", inner))

    def article(self, doc: ReportDoc, source: str) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", source, self.body(doc, word=doc.year < 2021)),
                    doc)

    def list_page(self, n: int, pages: int) -> str:
        def href(k: int) -> str:
            return "/list-ndbg.html" if k == 1 else f"/list-ndbg-{k}.html"

        rows = "".join(f'<div class="news-item"><div class="date"><span>{d[8:]}</span>{d[:7]}</div><div class="txt"><a '
                       f'href="{h}" title="{esc(t)}">{esc(t)}</a><p>{esc(s)}</p></div></div>'
                       for d, h, t, s in self.rows[(n - 1) * PER:n * PER])
        items = [f"<li><a>共 {len(self.rows)} 条</a></li>"]
        if n > 1:
            items.append(f'<li><a href="{href(n - 1)}">上一页</a></li>')
        items += [f'<li class="active"><a>{k}</a></li>' if k == n else f'<li><a href="{href(k)}">{k}</a></li>'
                  for k in range(1, pages + 1)]
        if n < pages:
            items += [f'<li><a href="{href(n + 1)}">下一页</a></li>', f'<li><a href="{href(pages)}">最后一页</a></li>']
        inner = (f'<div class="main"><div class="crumbs">当前位置：<a href="/">首页</a> &gt; 年度报告</div><div '
                 f'class="news-list">{rows}</div><ul class="pagination">{"".join(items)}</ul></div>')
        return frame("年度报告-淝口市人力资源和社会保障局", inner)


PORTALS = [NocmsFeikou]
