"""蠡湖市市场监督管理局 (scjgj.lihu.gov.test), registered without ``cms``: a bureau site on 动易
SiteFactory (ASP.NET, ``.aspx`` URLs), whose 年报 category holds the bureau's and its 分局's reports,
one of them a scanned PDF.

``/Category_45/Index.aspx`` (then ``Index_2.aspx``, ``Index_3.aspx``) lists ``<ul class="list_con">
<li><span class="date">2025年01月20日</span><a href="/Item/3891.aspx" title="…">…</a></li>``, four a page,
under ``<div class="pagecss">共 11 条记录 页次：1/3 每页：4 条 <a href="/Category_45/Index_2.aspx">下一页
</a> <a href="/Category_45/Index_3.aspx">尾页</a> <select onchange="location.href=this.value">…</select>
</div>``.  Articles ``/Item/<id>.aspx`` with a 作者 / 来源 / 更新时间 line and ``div#fontzoom``; the 2020 report
is a scan — the article only embeds ``/UploadFiles/Article/2021/1/<stamp>.pdf`` (images only, flagged
``image_only``) in an ``<a>``; the 湖滨分局's 2024 report an OFD download.  The 分局 reports are titled
"湖滨分局2024年…" (蠡湖市市场监督管理局湖滨分局).

Reports (8): 蠡湖市市场监督管理局 2020 (scan PDF), 2021–2024, 蠡湖市市场监督管理局湖滨分局 2023, 2024 (OFD),
蠡湖市市场监督管理局城西分局 2024.  Decoys (3): 蠡湖市市场监督管理局2024年度法治政府建设年度报告, 蠡湖市市场监督
管理局2023年度部门决算, 蠡湖市2024年第四季度食品安全监督抽检信息公告.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.batch19._files import OFD, PDF, FilePortal
from govcrawl.synth.model import ReportDoc

HOST = "scjgj.lihu.gov.test"
SITE = "lihu-scjgj"
OWNER = "蠡湖市市场监督管理局"
CAT = "/Category_45/"
PER = 4


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html xmlns="http://www.w3.org/1999/xhtml">'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{escape(title)}</title>'
        '<link href="/Skin/lhscj/default.css" rel="stylesheet" type="text/css" /><script src="/js/jquery.pack.js" '
        'type="text/javascript"></script></head><body><form name="aspnetForm" method="post" id="aspnetForm"><div>'
        '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE2MTY2ODcyMjlkZA==" /></div><div '
        'class="top"><img src="/Skin/lhscj/images/banner.jpg" alt="蠡湖市市场监督管理局" /></div><div class="menu"><a '
        'href="/">首页</a><a href="/Category_40/Index.aspx">机构概况</a><a href="/Category_41/Index.aspx">政务公开</a>'
        f'<a href="/Category_44/Index.aspx">办事指南</a><a href="{CAT}Index.aspx">年度报告</a></div><div class="main">'
        f'{inner}</div><div class="bottom">蠡湖市市场监督管理局 版权所有 地址：蠡湖市湖滨大道88号<br />未ICP备10020719'
        f'号'
        '</div></form></body></html>'
    )


class NocmsLihu(FilePortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.id = 3700
        self.rows: list[tuple[str, str, str]] = []
        self.scan(self.doc(OWNER, 2020, "2021-01-29", "蠡湖市市场监督管理局2020年政府信息公开工作年度报告"))
        for year, date in ((2021, "2022-01-25"), (2022, "2023-01-31"), (2023, "2024-01-30"), (2024, "2025-01-24")):
            self.article(self.doc(OWNER, year, date, f"蠡湖市市场监督管理局{year}年政府信息公开工作年度报告"), "办公室")
        self.article(self.doc("蠡湖市市场监督管理局湖滨分局", 2023, "2024-01-19", "湖滨分局2023年政府信息公开工作年度"
                                                                    "报告"),
                     "湖滨分局")
        self.ofd(self.doc("蠡湖市市场监督管理局湖滨分局", 2024, "2025-01-17", "湖滨分局2024年政府信息公开工作年度报告"))
        self.article(self.doc("蠡湖市市场监督管理局城西分局", 2024, "2025-01-16",
                              "城西分局2024年度政府信息公开工作年度报告"), "城西分局")
        for title, year, date in (("蠡湖市市场监督管理局2024年度法治政府建设年度报告", 2024, "2025-03-19"),
                                  ("蠡湖市市场监督管理局2023年度部门决算", 2023, "2024-08-30"),
                                  ("蠡湖市2024年第四季度食品安全监督抽检信息公告", 2024, "2025-01-09")):
            url = self.page_of(title, date, "办公室", self.notice_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        rows = sorted(self.rows, key=lambda r: r[2], reverse=True)
        pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
        for k, chunk in enumerate(pages):
            self.put(HOST, CAT + ("Index.aspx" if k == 0 else f"Index_{k + 1}.aspx"),
                     self.list_page(chunk, k, len(pages), len(rows)))

    def page_of(self, title: str, date: str, source: str, content: str) -> str:
        self.id += self.rng.randint(6, 90)
        path = f"/Item/{self.id}.aspx"
        inner = (
            f'<div class="location">您现在的位置： <a href="/">蠡湖市市场监督管理局</a> &gt;&gt; <a href="{CAT}Index.a'
            f'spx">'
            f'年度报告</a> &gt;&gt; 正文</div><div class="article"><h2 class="title">{escape(title)}</h2><div class="'
            f'property">作者：佚名　来源：{escape(source)}　更新时间：{date.replace("-", "/")} 10'
            f':{self.rng.randint(10, 59)}'
            f':00　点击数：<span id="hits">{self.rng.randint(80, 900)}</span></div><div id="fontzoom">{content}</div>'
            '</div>'
        )
        url = self.put(HOST, path, frame(f"{title} - 蠡湖市市场监督管理局", inner))
        self.rows.append((path, title, date))
        return url

    def article(self, doc: ReportDoc, source: str) -> None:
        body = self.body(doc, "word" if doc.year >= 2023 else "upper")
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, body), doc)

    def scan(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        stamp = f"{date.replace('-', '')}14{self.rng.randrange(10**5)}"
        path = f"/UploadFiles/Article/{date[:4]}/{int(date[5:7])}/{stamp}.pdf"
        url = self.page_of(doc.title, date, "办公室", f'<p align="center"><a href="{path}" target="_blank"><img src="/'
                           'Skin/lhscj/images/pdf.gif" border="0" />点击查看原件</a></p>')
        self.report(SITE, url, doc, media_type=PDF, report_url=self.put_scan(HOST, path, doc), flags=("image_only",))

    def ofd(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = f"/UploadFiles/Soft/{date[:4]}/{int(date[5:7])}/{date.replace('-', '')}09{self.rng.randrange(10**5)}.ofd"
        url = self.page_of(doc.title, date, "湖滨分局", f'<p>附件：<a href="{path}">{escape(doc.title)}（OFD版）</a></'
                                                    f'p>')
        self.report(SITE, url, doc, media_type=OFD, report_url=self.put_file(HOST, path, doc, OFD))

    def list_page(self, chunk: list[tuple[str, str, str]], k: int, pages: int, total: int) -> str:
        items = "".join(f'<li><span class="date">{d[:4]}年{d[5:7]}月{d[8:10]}日</span><a href="{h}" title="'
                        f'{escape(t)}" target="_blank">{escape(t)}</a></li>' for h, t, d in chunk)

        def name(j: int) -> str:
            return CAT + ("Index.aspx" if j == 0 else f"Index_{j + 1}.aspx")

        prev = f'<a href="{name(0)}">首页</a> <a href="{name(k - 1)}">上一页</a> ' if k else "首页 上一页 "
        nxt = (f'<a href="{name(k + 1)}">下一页</a> <a href="{name(pages - 1)}">尾页</a>' if k < pages - 1
               else "下一页 尾页")
        options = "".join(f'<option value="{name(j)}"{" selected" if j == k else ""}>第{j + 1}页</option>'
                          for j in range(pages))
        inner = (
            f'<div class="location">您现在的位置： <a href="/">蠡湖市市场监督管理局</a> &gt;&gt; 年度报告</div><div cl'
            f'ass='
            f'"listbox"><ul class="list_con">{items}</ul><div class="pagecss">共 {total} 条记录 页次：{k + 1}/{pages} '
            f'每页：{PER} 条 {prev}{nxt} <select onchange="location.href=this.value">{options}</select></div></div>'
        )
        return frame("年度报告 - 蠡湖市市场监督管理局", inner)


PORTALS = [NocmsLihu]
