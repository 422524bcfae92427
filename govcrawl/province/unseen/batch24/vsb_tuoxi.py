"""沲溪县 (www.tuoxi.gov.test): 博达 VSB static list with a numbered pager (``pb_sys_style3``: every page
number a link, reverse-numbered files), whose file-only reports are shown in a **preview iframe** — the
VSB pdf.js viewer (``/system/resource/pdfjs/viewer.html?file=/__local/…pdf``) — with no download link,
and whose .docx report is a plain ``/__local/…docx`` link in the body.

``/xxgk/gknb.htm`` is page 1; with N = 3 pages, page 2 is ``/xxgk/gknb/2.htm`` and page 3 (the last)
``/xxgk/gknb/1.htm``.  Rows: ``<li id="line_u6_0"><span>[2025-01-22]</span><a href="../info/1187/<id>.htm"
title="full title">…</a></li>`` (date first, in brackets), four a page.  The pager: ``<span
class="p_t">共11条</span>``, ``<span class="p_no_d">1</span>`` then ``<span class="p_no"><a
href="gknb/2.htm">2</a></span>`` … and 下页/尾页, ``<span class="p_t">1/3</span>``.  Articles
``/info/1187/<id>.htm``: ``form[name=_newscontent_fromname]``, "发布时间：… 来源：… 点击数：<script>
_showDynClicks(…)</script>", ``div#vsb_content_4 .v_news_content``.  The county's 2022 report and
the 自然资源局's 2024 report are PDFs shown only through the viewer iframe (the file's path in its
``file=`` parameter); the 2023 report is a DOCX under ``/__local/…``.

Reports (8): 沲溪县人民政府 2019–2024 (2022 PDF preview, 2023 DOCX), 沲溪县自然资源局 2024 (PDF preview),
沲溪县桃坪乡人民政府 2023.  Decoys (3): 沲溪县2023年政府信息公开工作年度报告解读, 沲溪县2024年度法治政府建设
年度报告, 沲溪县人民政府2024年度决算公开.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch24._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.tuoxi.gov.test"
SITE = "tuoxi-gov"
OWNER = "沲溪县人民政府"
PER = 4


def frame(title: str, inner: str, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="沲溪县人民政府">{extra}'
        f'<title>{esc(title)}</title><link rel="stylesheet" href="/system/resource/css/pagedown/sys.css"><script '
        'src="/system/resource/js/dynclicks.js"></script></head><body><div class="tx-head"><img src="/images/'
        'tx_logo.png" alt="沲溪县人民政府"><a href="javascript:;" class="wza">无障碍</a></div><div class="tx-nav"><a '
        'href="/index.htm">首页</a><a href="/xxgk.htm">信息公开</a><a href="/zwfw.htm">政务服务</a></div>'
        f'{inner}<div class="tx-foot">版权所有：沲溪县人民政府　网站标识码：9874040004　未ICP备11003344号</div>'
        '</body></html>'
    )


class VsbTuoxi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 193_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 30), (2020, 19), (2021, 24), (2024, 20)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"沲溪县{year}年政府信息公开工作年度报告"),
                         "沲溪县人民政府办公室")
        self.preview(self.doc(OWNER, 2022, "2023-01-30", "沲溪县2022年政府信息公开工作年度报告"),
                     "沲溪县人民政府办公室")
        self.preview(self.doc("沲溪县自然资源局", 2024, "2025-01-16", "沲溪县自然资源局2024年政府信息公开工作年度报告"),
                     "沲溪县自然资源局")
        doc = self.doc(OWNER, 2023, "2024-01-22", "沲溪县2023年政府信息公开工作年度报告")
        path = f"/__local/{self.rng.getrandbits(40):010X}_{self.rng.getrandbits(24):06X}.docx"
        url = self.page(doc.title, "2024-01-22", "沲溪县人民政府办公室",
                        f'<p>附件：<a href="{path}">{esc(doc.title)}.docx</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=self.attach(HOST, path, doc, "docx"))
        self.article(self.doc("沲溪县桃坪乡人民政府", 2023, "2024-01-19", "桃坪乡2023年政府信息公开工作年度报告"),
                     "沲溪县桃坪乡人民政府")
        for title, year, date in (("沲溪县2023年政府信息公开工作年度报告解读", 2023, "2024-01-23"),
                                  ("沲溪县2024年度法治政府建设年度报告", 2024, "2025-03-05"),
                                  ("沲溪县人民政府2024年度决算公开", 2024, "2025-08-12")):
            self.decoy(SITE, self.page(title, date, "沲溪县人民政府办公室", self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            path = "/xxgk/gknb.htm" if k == 1 else f"/xxgk/gknb/{pages - k + 1}.htm"
            self.put(HOST, path, self.list_page(k, pages))

    def page(self, title: str, date: str, unit: str, content: str) -> str:
        aid = self.next_id()
        inner = (f'<div class="tx-main"><form name="_newscontent_fromname"><h1>{esc(title)}</h1><div class="tx-info">'
                 f'发布时间：{date}　来源：{esc(unit)}　点击数：<script>_showDynClicks("wbnews", 1790022133, {aid})'
                 f'</script></div><div id="vsb_content_4"><div class="v_news_content">{content}</div></div></form>'
                 '</div>')
        path = f"/info/1187/{aid}.htm"
        self.rows.append((date, path, title))
        extra = f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 10:12">'
        return self.put(HOST, path, frame(f"{title}-沲溪县人民政府", inner, extra))

    def article(self, doc: ReportDoc, unit: str) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", unit, self.body(doc, word=doc.year < 2021)),
                    doc)

    def preview(self, doc: ReportDoc, unit: str) -> None:
        path = f"/__local/{self.rng.getrandbits(40):010X}_{self.rng.getrandbits(24):06X}.pdf"
        content = (f'<p class="vsbcontent_start">{esc(doc.title)}</p><iframe src="/system/resource/pdfjs/viewer.html?'
                   f'file={path}" width="100%" height="900" frameborder="0"></iframe>')
        url = self.page(doc.title, doc.published_date or "", unit, content)
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=self.attach(HOST, path, doc, "pdf"))

    def list_page(self, k: int, pages: int) -> str:
        def href(n: int) -> str:
            target = "gknb.htm" if n == 1 else f"gknb/{pages - n + 1}.htm"
            return target if k == 1 else ("../gknb.htm" if n == 1 else f"{pages - n + 1}.htm")

        rows = "".join(f'<li id="line_u6_{i}"><span>[{d}]</span><a href="{"../" if k == 1 else "../../"}{h[1:]}" '
                       f'title="{esc(t)}">{esc(t)}</a></li>' for i, (d, h, t) in
                       enumerate(self.rows[(k - 1) * PER:k * PER]))
        nums = "".join(f'<span class="p_no_d">{n}</span>' if n == k else
                       f'<span class="p_no"><a href="{href(n)}">{n}</a></span>' for n in range(1, pages + 1))
        nxt = (f'<span class="p_next p_fun"><a href="{href(k + 1)}">下页</a></span><span class="p_last p_fun"><a '
               f'href="{href(pages)}">尾页</a></span>') if k < pages else \
            '<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>'
        pager = (f'<div class="pb_sys_common pb_sys_normal pb_sys_style3"><span class="p_t">共{len(self.rows)}条</span>'
                 f'<span class="p_pages">{nums}{nxt}</span><span class="p_t">{k}/{pages}</span></div>')
        inner = f'<div class="tx-main"><h2>政府信息公开年报</h2><ul class="tx-list">{rows}</ul>{pager}</div>'
        return frame("政府信息公开年报-沲溪县人民政府", inner)


PORTALS = [VsbTuoxi]
