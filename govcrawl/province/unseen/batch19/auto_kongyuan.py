"""崆源县 (www.kongyuan.gov.test), registered with ``cms: auto`` and only its home page: an 帝国CMS
(EmpireCMS) county site whose 年报 column is two clicks from home — 政务公开, then the column's box —
and pages under the ``epages`` pager with its "Total record" count.

Home ``/`` links ``/zwgk/`` in its nav (and nothing of the 年报 column); ``/zwgk/`` is a page of boxes,
the 年报 box a few titles and ``<a href="/zwgk/ndbg/" class="more">更多&gt;&gt;</a>``.  The column
``/zwgk/ndbg/`` (``index.html``, then ``index_2.html``, ``index_3.html``) lists
``<li><a href="/zwgk/ndbg/2025-01-20/3891.html" target="_blank">…</a><span>01-20</span></li>`` (month and day
only), five a page, and the pager ``<div class="epages"><a title="Total record">&nbsp;<b>11</b> </a>&nbsp;
&nbsp;<b>1</b>&nbsp;<a href="/zwgk/ndbg/index_2.html">2</a>…<a href="/zwgk/ndbg/index_2.html">下一页</a>&nbsp;
<a href="/zwgk/ndbg/index_3.html">尾页</a></div>``.  Articles ``/zwgk/ndbg/<date>/<id>.html`` with a 来源 /
发布时间 line; the 民政局's 2024 report is a PDF under ``/d/file/zwgk/ndbg/…/<hex>.pdf`` in the text.

Reports (8): 崆源县人民政府 2021–2024, 崆源县教育局 2024, 崆源县交通运输局 2023, 崆源县民政局 2024 (PDF),
崆源县梅林镇人民政府 2024 ("梅林镇…").  Decoys (3): 崆源县2024年度法治政府建设年度报告, 崆源县2024年国民经济和
社会发展统计公报, 《崆源县2024年政府信息公开工作年度报告》解读.
"""

from __future__ import annotations

import hashlib
import random
from html import escape

from govcrawl.province.unseen.batch19._files import PDF, FilePortal
from govcrawl.synth.model import ReportDoc

HOST = "www.kongyuan.gov.test"
SITE = "kongyuan-gov"
OWNER = "崆源县人民政府"
ROOT = "/zwgk/ndbg/"
PER = 5


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + escape(title) + '</title><meta name="keywords" '
        'content="崆源县,崆源县人民政府"><link href="/skin/ky/css/style.css" rel="stylesheet"><script src="/skin/ky/js/'
        'jquery.js"></script></head><body><div class="ky-top"><div class="wrap"><span>崆源县人民政府欢迎您</span><a '
        'href="/e/member/login/">登录</a><a href="javascript:;" class="jf">繁体</a></div></div><div class="ky-logo">'
        '<img src="/skin/ky/images/logo.png" alt="崆源县人民政府"></div><div class="ky-nav"><ul><li><a href="/">首页'
        '</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">'
        f'互动交流</a></li><li><a href="/zjky/">走进崆源</a></li></ul></div><div class="wrap">{inner}</div><div class='
        '"ky-foot">崆源县人民政府 版权所有　网站标识码：9869060010　未ICP备18017720号<br>Powered by EmpireCMS</div>'
        '</body></html>'
    )


class AutoKongyuan(FilePortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.id = 3800
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2021, "2022-01-27"), (2022, "2023-01-29"), (2023, "2024-01-31"), (2024, "2025-01-27")):
            self.article(self.doc(OWNER, year, date, f"崆源县{year}年政府信息公开工作年度报告"), "县政府办公室")
        self.article(self.doc("崆源县教育局", 2024, "2025-01-14", "崆源县教育局2024年政府信息公开工作年度报告"),
                     "崆源县教育局")
        self.article(self.doc("崆源县交通运输局", 2023, "2024-01-22", "崆源县交通运输局2023年政府信息公开工作年度报告"),
                     "崆源县交通运输局")
        self.article(self.doc("崆源县梅林镇人民政府", 2024, "2025-01-06", "梅林镇2024年政府信息公开工作年度报告"),
                     "梅林镇人民政府")
        self.attached(self.doc("崆源县民政局", 2024, "2025-01-16", "崆源县民政局2024年度政府信息公开工作年度报告"))
        for title, year, date in (("崆源县2024年度法治政府建设年度报告", 2024, "2025-03-24"),
                                  ("崆源县2024年国民经济和社会发展统计公报", 2024, "2025-04-02"),
                                  ("《崆源县2024年政府信息公开工作年度报告》解读", 2024, "2025-01-27")):
            url = self.page_of(title, date, "县政府办公室", self.notice_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        rows = sorted(self.rows, key=lambda r: (r[2], r[0]), reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for k, chunk in enumerate(pages):
            self.put(HOST, ROOT + ("index.html" if k == 0 else f"index_{k + 1}.html"),
                     self.list_page(chunk, k, len(pages), len(rows)))
        self.put(HOST, "/", frame("崆源县人民政府", '<div class="ky-banner"><img src="/d/file/banner/2025.jpg"></div>'
                                  '<div class="ky-news"><h3>崆源要闻</h3><ul><li><a href="/zwdt/2025-01-20/3790.html">'
                                  '县政府召开第38次常务会议</a></li></ul></div>'))
        box = "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for h, t, _ in rows[:4])
        self.put(HOST, "/zwgk/", frame("政务公开_崆源县人民政府", (
            '<div class="ky-box"><h3>政策文件</h3><a href="/zwgk/zcwj/" class="more">更多&gt;&gt;</a><ul><li><a href="/'
            'zwgk/zcwj/2025-01-10/3801.html">崆源县人民政府关于印发…的通知</a></li></ul></div><div class="ky-box"><h3>'
            f'政府信息公开年报</h3><a href="{ROOT}" class="more">更多&gt;&gt;</a><ul>{box}</ul></div><div class="ky-bo'
            f'x">'
            '<h3>财政信息</h3><a href="/zwgk/czxx/" class="more">更多&gt;&gt;</a></div>')))

    def page_of(self, title: str, date: str, source: str, content: str) -> str:
        self.id += self.rng.randint(4, 50)
        path = f"{ROOT}{date}/{self.id}.html"
        inner = (
            '<div class="ky-pos">您现在的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;'
            '&gt;'
            f'&nbsp;<a href="{ROOT}">政府信息公开年报</a></div><div class="ky-show"><h1>{escape(title)}</h1><div class'
            f'="'
            f'info">来源：{escape(source)}&nbsp;&nbsp;发布时间：{date} 15:{self.rng.randint(10, 59)}&nbsp;&nbsp;点击：'
            f'<script '
            f'src="/e/public/ViewClick/?classid=12&id={self.id}&addclick=1"></script></div><div class="ky-text"'
            f'>{content}'
            '</div></div>'
        )
        url = self.put(HOST, path, frame(f"{title}_崆源县人民政府", inner))
        self.rows.append((path, title, date))
        return url

    def article(self, doc: ReportDoc, source: str) -> None:
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, self.body(doc)), doc)

    def attached(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = f"/d/file/zwgk/ndbg/{date.replace('-', '')}/{hashlib.md5(doc.title.encode()).hexdigest()}.pdf"
        url = self.page_of(doc.title, date, "崆源县民政局",
                           f'<p>《{escape(doc.title)}》全文请下载：<a href="{path}" target="_blank">{escape(doc.title)}'
                           '.pdf</a></p>')
        self.report(SITE, url, doc, media_type=PDF, report_url=self.put_file(HOST, path, doc, PDF))

    def list_page(self, chunk: list[tuple[str, str, str]], k: int, pages: int, total: int) -> str:
        items = "".join(f'<li><a href="{h}" target="_blank">{escape(t)}</a><span>{d[5:]}</span></li>'
                        for h, t, d in chunk)

        def name(j: int) -> str:
            return ROOT + ("index.html" if j == 0 else f"index_{j + 1}.html")

        nums = "&nbsp;".join(f"<b>{j + 1}</b>" if j == k else f'<a href="{name(j)}">{j + 1}</a>' for j in range(pages))
        prev = f'<a href="{name(0)}">首页</a>&nbsp;<a href="{name(k - 1)}">上一页</a>&nbsp;' if k else ""
        nxt = (f'&nbsp;<a href="{name(k + 1)}">下一页</a>&nbsp;<a href="{name(pages - 1)}">尾页</a>'
               if k < pages - 1 else "")
        inner = (
            '<div class="ky-pos">您现在的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;'
            '&gt;'
            f'&nbsp;政府信息公开年报</div><div class="ky-list"><ul>{items}</ul><div class="epages"><a title="Total '
            f'record">&nbsp;<b>{total}</b> </a>&nbsp;&nbsp;{prev}{nums}{nxt}</div></div>'
        )
        return frame("政府信息公开年报_崆源县人民政府", inner)


PORTALS = [AutoKongyuan]
