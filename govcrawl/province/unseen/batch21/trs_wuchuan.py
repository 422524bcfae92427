"""浯川县 (www.wuchuan.gov.test): TRS WCM classic whose 年报 column is a three-column ``<table>`` (序号 |
标题 | 发布日期) paged by a one-line ``createPageHTML(2, 0, "index", "html")`` call with literal
arguments (no ``countPage`` variable, no record count), whose articles open with the 信息公开 索引
table (索引号 | 发布机构 | 生成日期 | 主题分类) — the only place two department reports name their
unit — and whose 2020 county report is an OFD linked under the editor.

``/zwgk/zfxxgknb/index.html`` then ``index_1.html`` list eight rows a page as ``<tr><td>1</td><td><a
href="./YYYYMM/tYYYYMMDD_<docid>.html" title="…">…</a></td><td>YYYY-MM-DD</td></tr>``.  The 财政局's
and the 自然资源局's reports are titled "2024年政府信息公开工作年度报告" / "2023年度政府信息公开工作年度报告"
with the unit only in the 发布机构 cell.  Chrome: a 政府信息公开 left menu (指南, 制度, 法定主动公开内容,
年报), a 搜索 box, 网站地图, a 党政机关 logo.

Reports (9): 浯川县人民政府 2019–2024 (2019–2020 old template; 2020 an OFD), 浯川县财政局 2024, 浯川县自然资源局
2023, 浯川县石门镇人民政府 2024.  Decoys (3): 浯川县2024年度法治政府建设年度报告, 浯川县2024年政府网站工作年度
报表, 浯川县2023年政府信息公开工作年度报告解读.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch21._site import Site, esc
from govcrawl.province.unseen.kit import OFD
from govcrawl.synth.model import ReportDoc

HOST = "www.wuchuan.gov.test"
SITE = "wuchuan-gov"
OWNER = "浯川县人民政府"
ROOT = "/zwgk/zfxxgknb/"
PER = 8


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transi'
        f'tional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
        f'content="text/html; charset=utf-8" /><title>{esc(title)}</title><script type="text/javascript" '
        f'src="/images/public/createPageHTML.js"></script></head><body><div class="wc-top"><img src="/images/dzjg.png" '
        f'alt="党政机关"/><form action="http://search.wuchuan.gov.test/was5/web/search" method="get"><input '
        f'name="searchword"/><button>搜索</button></form></div><div class="wc-banner">浯川县人民政府</div><div '
        f'class="wc-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a '
        f'href="/hdjy/">互动交流</a></div>{inner}<div class="wc-foot"><a href="/wzdt/">网站地图</a>　主办：'
        f'浯川县人民政府办公室　网站标识码：9871010001</div></body></html>'
    )


class TrsWuchuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 160_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 21), (2021, 26), (2022, 24), (2023, 29), (2024, 22)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"浯川县{year}年政府信息公开工作年度报告"),
                         OWNER)
        self.ofd(self.doc(OWNER, 2020, "2021-01-27", "浯川县2020年政府信息公开工作年度报告"))
        self.article(self.doc("浯川县财政局", 2024, "2025-01-17", "2024年政府信息公开工作年度报告"), "浯川县财政局")
        self.article(self.doc("浯川县自然资源局", 2023, "2024-01-19", "2023年度政府信息公开工作年度报告"),
                     "浯川县自然资源局")
        self.article(self.doc("浯川县石门镇人民政府", 2024, "2025-01-15", "浯川县石门镇2024年政府信息公开工作年度报告"),
                     "浯川县石门镇人民政府")
        for title, year, date in (("浯川县2024年度法治政府建设年度报告", 2024, "2025-03-28"),
                                  ("浯川县2024年政府网站工作年度报表", 2024, "2025-01-13"),
                                  ("浯川县2023年政府信息公开工作年度报告解读", 2023, "2024-01-30")):
            url, _ = self.page(title, date, OWNER, self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        rows = sorted(self.rows, key=lambda r: r[2], reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for k, chunk in enumerate(pages):
            self.put(HOST, ROOT + ("index.html" if k == 0 else f"index_{k}.html"), self.list_page(chunk, k, len(pages)))

    def page(self, title: str, date: str, unit: str, content: str, after: str = "") -> tuple[str, str]:
        stamp = date.replace("-", "")
        folder = f"{ROOT}{stamp[:6]}/"
        docid = self.next_id()
        name = f"t{stamp}_{docid}.html"
        meta = (f'<table class="wc-syh"><tr><th>索引号：</th><td>11987101MB{docid:07d}/{date[:4]}-{docid % 997:05d}'
                f'</td><th>发布机构：</th><td>{esc(unit)}</td></tr><tr><th>生成日期：</th><td>{date}</td><th>主题分类：'
                f'</th><td>其他</td></tr><tr><th>名　　称：</th><td colspan="3">' + esc(title) + '</td></tr></table>')
        inner = (f'<div class="wc-pos">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a '
                 f'href="../">政府信息公开年报</a></div><div class="wc-art">{meta}<h1>{esc(title)}</h1><div '
                 f'class="TRS_Editor">{content}</div>{after}<div class="wc-tool"><a href="javascript:window.print()">'
                 f'打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div></div>')
        url = self.put(HOST, folder + name, frame(title, inner))
        self.rows.append((f"./{stamp[:6]}/{name}", title, date))
        return url, folder

    def article(self, doc: ReportDoc, unit: str) -> None:
        url, _ = self.page(doc.title, doc.published_date or "", unit, self.body(doc))
        self.report(SITE, url, doc)

    def ofd(self, doc: ReportDoc) -> None:
        name = f"P0{(doc.published_date or '').replace('-', '')}{self.rng.randrange(10**6):06d}.ofd"
        after = (f'<p class="wc-fj">附件：<a href="./{name}" OLDSRC="/protect/P0/{name}">{esc(doc.title)}.ofd</a></p>')
        url, folder = self.page(doc.title, doc.published_date or "", OWNER, "<p>（全文见附件）</p>", after)
        file = self.attach(HOST, folder + name, doc, "ofd")
        self.report(SITE, url, doc, media_type=OFD, report_url=file)

    def list_page(self, chunk: list[tuple[str, str, str]], k: int, pages: int) -> str:
        rows = "".join(f'<tr><td>{k * PER + i + 1}</td><td class="bt"><a href="{h}" target="_blank" title="{esc(t)}">'
                       f'{esc(t)}</a></td><td>{d}</td></tr>' for i, (h, t, d) in enumerate(chunk))
        menu = ('<div class="wc-left"><h3>政府信息公开</h3><a href="/zwgk/zfxxgkzn/">政府信息公开指南</a><a '
                'href="/zwgk/zfxxgkzd/">政府信息公开制度</a><a href="/zwgk/fdzdgknr/">法定主动公开内容</a><a class="on"'
                ' href="./">政府信息公开年报</a></div>')
        inner = (f'<div class="wc-pos">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
                 f'政府信息公开年报</div>{menu}<div class="wc-right"><table class="wc-tab" width="100%"><tr><th>序号'
                 f'</th><th>标题</th><th>发布日期</th></tr>{rows}</table><div class="wc-page"><script '
                 f'type="text/javascript">createPageHTML({pages}, {k}, "index", "html");</script></div></div>')
        return frame("政府信息公开年报-浯川县人民政府", inner)


PORTALS = [TrsWuchuan]
