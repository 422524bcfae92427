"""磐阳县 (www.panyang.gov.test): TRS WCM classic whose 年报 column is a plain ``<ul>`` of titled links
under the 置标's script pager — ``createPageHTML(countPage, currentPage, "index", "shtml")`` with
the page count in a ``var countPage`` line and no number of records anywhere — whose 2023 report is a
PDF in a 相关附件 box after the editor, whose 2021 report is Word's "save as web page" markup.

``/xxgk/zfxxgknb/index.shtml`` (then ``index_1.shtml``: TRS's zero-based names) lists six rows a page
as ``<li><a href="./YYYYMM/tYYYYMMDD_<docid>.shtml" title="…">…</a><span>YYYY-MM-DD</span></li>``.
Articles have a ``<div class="TRS_Editor">`` and a 来源 line; the attachment box is
``<div class="py-fj"><h4>相关附件：</h4><a href="./P0….pdf" OLDSRC="…">…</a></div>``.  The county's
departments appear under their short names ("县教育局2024年…", "县卫健委2023年度…").  Chrome: 适老化 /
无障碍 toolbar, a 微信 / 微博 box, a 网站标识码.

Reports (8): 磐阳县人民政府 2019–2024 (2019–2020 old template; 2021 Word markup; 2023 PDF), 磐阳县教育局 2024,
磐阳县卫生健康委员会 2023.  Decoys (3): 磐阳县2024年度法治政府建设年度报告, 磐阳县2024年政务公开工作要点,
磐阳县2023年国民经济和社会发展统计公报.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch20._site import Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.panyang.gov.test"
SITE = "panyang-gov"
OWNER = "磐阳县人民政府"
ROOT = "/xxgk/zfxxgknb/"
PER = 6


def frame(title: str, inner: str, script: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="磐阳县人民政府">'
        f'<meta name="SiteIDCode" content="9870010002"><title>{esc(title)}</title>'
        '<script src="/script/page.js"></script></head><body><div class="py-top"><a href="javascript:;" '
        'id="slh">适老化</a> <a href="javascript:;" id="wza">无障碍</a></div><div class="py-head"><h1>磐阳县人民政府'
        '</h1></div><div class="py-nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/bsfw/">办事服务'
        f'</a><a href="/gzcy/">公众参与</a></div>{inner}<div class="py-share"><span>微信</span><span>微博</span>'
        '</div><div class="py-foot">磐阳县人民政府办公室主办　网站标识码：9870010002　未ICP备20231187号</div>'
        f'{script}</body></html>'
    )


class TrsPanyang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 150_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 17), (2020, 22), (2022, 27), (2024, 23)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"磐阳县{year}年政府信息公开工作年度报告"))
        self.article(self.doc(OWNER, 2021, "2022-01-25", "磐阳县2021年政府信息公开工作年度报告"), word=True)
        self.pdf(self.doc(OWNER, 2023, "2024-01-29", "磐阳县2023年政府信息公开工作年度报告"))
        self.article(self.doc("磐阳县教育局", 2024, "2025-01-16", "县教育局2024年政府信息公开工作年度报告"))
        self.article(self.doc("磐阳县卫生健康委员会", 2023, "2024-01-18", "县卫健委2023年度政府信息公开工作年度报告"))
        self.notice("磐阳县2024年度法治政府建设年度报告", 2024, "2025-03-20")
        self.notice("磐阳县2024年政务公开工作要点", 2024, "2024-04-11")
        self.notice("磐阳县2023年国民经济和社会发展统计公报", 2023, "2024-03-26")
        rows = sorted(self.rows, key=lambda r: r[2], reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for k, chunk in enumerate(pages):
            self.put(HOST, ROOT + ("index.shtm"
                                   "l" if k == 0 else f"index_{k}.shtml"), self.list_page(chunk, k, len(pages)))

    def page(self, title: str, date: str, content: str, after: str = "") -> tuple[str, str]:
        stamp = date.replace("-", "")
        folder = f"{ROOT}{stamp[:6]}/"
        name = f"t{stamp}_{self.next_id()}.shtml"
        inner = (f'<div class="py-pos">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a '
                 f'href="../">政府信息公开年报</a></div><div class="py-art"><h2>{esc(title)}</h2><div class="py-info">'
                 f'发布时间：{date}　来源：磐阳县人民政府办公室　<span id="hits"></span></div><div class="TRS_Editor">'
                 f'{content}</div>{after}</div>')
        url = self.put(HOST, folder + name, frame(title, inner))
        self.rows.append((f"./{stamp[:6]}/{name}", title, date))
        return url, folder

    def article(self, doc: ReportDoc, word: bool = False) -> None:
        url, _ = self.page(doc.title, doc.published_date or "", self.body(doc, word))
        self.report(SITE, url, doc)

    def pdf(self, doc: ReportDoc) -> None:
        name = f"P0{(doc.published_date or '').replace('-', '')}{self.rng.randrange(10**6):06d}.pdf"
        after = (f'<div class="py-fj"><h4>相关附件：</h4><a href="./{name}" OLDSRC="{name}">{esc(doc.title)}.pdf</a>'
                 '</div>')
        url, folder = self.page(doc.title, doc.published_date or "", "<p>详见附件。</p>", after)
        file = self.attach(HOST, folder + name, doc, "pdf")
        self.report(SITE, url, doc, media_type="application/pdf", report_url=file)

    def notice(self, title: str, year: int, date: str) -> None:
        url, _ = self.page(title, date, self.decoy_body(title, OWNER, year))
        self.decoy(SITE, url, title)

    def list_page(self, chunk: list[tuple[str, str, str]], k: int, pages: int) -> str:
        items = "".join(f'<li><a href="{h}" target="_blank" title="{esc(t)}">{esc(t)}</a><span>{d}</span></li>'
                        for h, t, d in chunk)
        script = ('<script type="text/javascript">\nvar currentPage = ' + str(k) + ';//所在页从0开始\nvar countPage = '
                  + str(pages) + '//共多少页\ncreatePageHTML(countPage, currentPage, "index", "shtml");\n</script>')
        inner = ('<div class="py-pos">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 政府信息'
                 '公开'
                 '年报</div><div class="py-left"><a href="../zfxxgkzn/">政府信息公开指南</a><a href="../zfxxgkzd/">'
                 '政府信息公开制度</a><a class="cur" href="./">政府信息公开年报</a></div><div class="py-right">'
                 f'<ul class="py-list">{items}</ul><div class="py-page" id="page_div">{script}</div></div>')
        return frame("政府信息公开年报_磐阳县人民政府", inner)


PORTALS = [TrsPanyang]
