"""磜坑县 (www.qikeng.gov.test): a legacy 风讯 FoosunCMS (ASP, v4 "静态生成" mode) 政务公开 site in GB2312 —
GBK bytes, a ``<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`` and a bare ``text/html``
header — whose 年报 column is published as static files ``/zwgk/ndbg/index.html``, ``index_2.html``, ``index_3.html``
under Foosun's bracketed pager ``<div class="fs_pagelist">分页：<b>[1]</b> <a href="index_2.html">[2]</a> <a …>[3]</a>
<a href="index_2.html">下一页</a> <a href="index_3.html">末页</a>　第1页/共3页　共11篇</div>`` (on the first page
there is no 首页 / 上一页 at all; on the last no 下一页 / 末页).

List rows: a ``<table class="fs_list">`` of ``<tr><td class="fs_t"><img src="/images/dot.gif"> <a
href="/html/zwgk/ndbg/2025/0120/20250120093512731.html" target="_blank">…</a></td><td class="fs_d">
(2025-01-20)</td></tr>``, four a page, newest first; articles are Foosun's time-stamped file names under
``/html/zwgk/ndbg/YYYY/MMDD/``, with ``div.fs_title``, a "信息来源：… 发布时间：… 点击数：<script src=…>"
line and the body in ``div#fs_content``.  The 2020 report is an image-only scan PDF (flagged) under
``/UploadFiles/2021-2/`` linked from its article; the 水利局 titles its report "县水利局…" with its full name in
信息来源; a town's report names the town in 信息来源.  Chrome: top bar 设为首页 / 加入收藏 / 无障碍, a nav
table, a 版权所有 footer with 网站标识码 and ICP.  Unknown paths: a plain 404.

Reports (8): 磜坑县人民政府 2019, 2020 (scan PDF), 2021, 2022, 2023, 2024; 磜坑县水利局 2024; 磜坑县畲岙镇人民政府
2022.  Decoys (3): 磜坑县人民政府办公室关于做好2024年度政府信息公开工作年度报告编制发布工作的函, 磜坑县2023年统计年报,
磜坑县2024年政府信息公开工作年度报告解读.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Response
from govcrawl.province.unseen.batch29._site import MEDIA, Site, esc

HOST = "www.qikeng.gov.test"
SITE = "qikeng-gov"
OWNER = "磜坑县人民政府"
ROOT = "/zwgk/ndbg/"
PER = 4
CTYPE = "text/html"


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-Type" '
        f'content="text/html; charset=gb2312"><title>{esc(title)}</title>'
        '<meta name="Keywords" content="磜坑县,政务公开">'
        '<link href="/css/fs_style.css" rel="stylesheet" type="text/css"></head><body><table width="980" '
        'align="center" class="fs_top"><tr><td>今天是：<script src="/js/date.js"></script></td><td align="right"><a '
        'href="#" onclick="this.style.behavior=\'url(#default#homepage)\';this.setHomePage(location.href);">'
        '设为首页</a> | <a href="javascript:window.external.AddFavorite(location.href,document.title)">加入收藏</a> | '
        '<a href="/wza/index.html">无障碍</a></td></tr></table><table width="980" align="center" class="fs_nav"><tr>'
        '<td><a href="/">首 页</a></td><td><a href="/zwgk/index.html">政务公开</a></td><td><a href="/zwgk/ndbg/'
        'index.html">信息公开年报</a></td><td><a href="/wza/index.html">无障碍</a></td></tr></table>'
        f'<table width="980" align="center"><tr><td valign="top">{inner}</td></tr></table><table width="980" '
        'align="center" class="fs_copy"><tr><td align="center">版权所有：磜坑县人民政府　主办：磜坑县人民政府办公室<br>'
        '网站标识码：9879080004　未ICP备09012044号　技术支持：磜坑县信息中心</td></tr></table></body></html>'
    )


class LegacyQikeng(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 246_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 23), (2021, 26), (2022, 24), (2023, 30), (2024, 20)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"磜坑县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, doc.published_date or "", "磜坑县人民政府办公室",
                                       self.body(doc, word=year in (2021, 2023))), doc)
        doc = self.doc(OWNER, 2020, "2021-02-05", "磜坑县人民政府2020年政府信息公开工作年度报告")
        path = f"/UploadFiles/2021-2/20210205{self.rng.randrange(10**9):09d}.pdf"
        url = self.art(doc.title, "2021-02-05", "磜坑县人民政府办公室",
                       f'<p>附件：<a href="{path}" target="_blank"><img src="/images/pdf.gif" border="0">'
                       f'{esc(doc.title)}.pdf</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["scan"], report_url=self.attach(HOST, path, doc, "scan"),
                    flags=("image_only",))
        for agency, short, year, date in (("磜坑县水利局", "县水利局", 2024, "2025-01-16"),
                                          ("磜坑县畲岙镇人民政府", "畲岙镇", 2022, "2023-01-18")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, agency, self.body(doc)), doc)
        for title, year, date in (("磜坑县人民政府办公室关于做好2024年度政府信息公开工作年度报告编制发布工作的函", 2024,
                                   "2024-12-18"),
                                  ("磜坑县2023年统计年报", 2023, "2024-04-09"),
                                  ("磜坑县2024年政府信息公开工作年度报告解读", 2024, "2025-01-21")):
            self.decoy(SITE, self.art(title, date, "磜坑县人民政府办公室", self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            self.put(HOST, ROOT + ("index.html" if k == 1 else f"index_{k}.html"), self.list_page(k, pages), CTYPE,
                     "gbk")
        home = frame("磜坑县人民政府", '<div class="fs_box"><div class="fs_boxt">政务公开</div>'
                     '<a href="/zwgk/index.html">政务公开</a>　'
                     '<a href="/zwgk/ndbg/index.html">政府信息公开年报</a></div>')
        self.put(HOST, "/index.html", home, CTYPE, "gbk")
        zwgk = frame("政务公开", '<div class="fs_box"><a href="/zwgk/ndbg/index.html">政府信息公开年报</a></div>')
        self.put(HOST, "/zwgk/index.html", zwgk, CTYPE, "gbk")
        self.put(HOST, "/wza/index.html", frame("无障碍", "<p>无障碍浏览</p>"), CTYPE, "gbk")
        hits = Response(200, b"document.write('1');", "application/x-javascript")
        self.route(HOST, "/Click.asp", lambda request: hits)
        self.put(HOST, "/css/fs_style.css", "body{font-size:12px}", "text/css")
        self.put(HOST, "/js/date.js", "document.write('');", "application/x-javascript")
        for img in ("/images/dot.gif", "/images/pdf.gif"):
            self.put(HOST, img, b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "image/gif")

    def art(self, title: str, date: str, source: str, content: str) -> str:
        stamp = f"{date.replace('-', '')}{self.rng.randint(80000, 175959):06d}{self.next_id() % 1000:03d}"
        path = f"/html/zwgk/ndbg/{date[:4]}/{date[5:7]}{date[8:10]}/{stamp}.html"
        self.rows.append((date, path, title))
        inner = (f'<div class="fs_where">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/index.html">'
                 f'政务公开</a> &gt;&gt; <a href="{ROOT}index.html">信息公开年报</a></div>'
                 f'<div class="fs_title">{esc(title)}</div><div class="fs_info">信息来源：{esc(source)}　'
                 f'发布时间：{date}　点击数：<script '
                 f'src="/Click.asp?id={stamp}"></script></div><div id="fs_content">{content}</div><div '
                 'class="fs_close"><a href="javascript:window.print()">【打印】</a> <a '
                 'href="javascript:window.close()">【关闭】</a></div>')
        return self.put(HOST, path, frame(f"{title}_磜坑县人民政府", inner), CTYPE, "gbk")

    def list_page(self, k: int, pages: int) -> str:
        def href(n: int) -> str:
            return "index.html" if n == 1 else f"index_{n}.html"

        trs = "".join(f'<tr><td class="fs_t"><img src="/images/dot.gif"> <a href="{p}" target="_blank">{esc(t)}</a>'
                      f'</td><td class="fs_d">({d})</td></tr>' for d, p, t in self.rows[(k - 1) * PER:k * PER])
        parts = ["分页："]
        if k > 1:
            parts += [f'<a href="{href(1)}">首页</a>', f'<a href="{href(k - 1)}">上一页</a>']
        parts += [f"<b>[{n}]</b>" if n == k else f'<a href="{href(n)}">[{n}]</a>' for n in range(1, pages + 1)]
        if k < pages:
            parts += [f'<a href="{href(k + 1)}">下一页</a>', f'<a href="{href(pages)}">末页</a>']
        pager = (f'<div class="fs_pagelist">{" ".join(parts)}　第{k}页/共{pages}页　共{len(self.rows)}篇</div>')
        inner = (f'<div class="fs_where">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/index.html">'
                 f'政务公开</a> &gt;&gt; 信息公开年报</div><table class="fs_list" width="100%">{trs}</table>{pager}')
        return frame("信息公开年报_磜坑县人民政府", inner)


PORTALS = [LegacyQikeng]
