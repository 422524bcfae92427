"""沔溪县 (www.mianxi.gov.test): TRS WCM classic on a 交口-style ``xxgknb`` template, oldest first.

The 年报 column ``/zwgk/xxgk/gknb/index.shtml`` lists its entries in publication order, the
*oldest first*, and pages through ``index_1.shtml`` … (0-based, portals.md §1.1).  The pager prints
no count and no page links: 上一页/下一页 are written by a script, and the only place the page count
is declared is a page-jump ``<select>`` whose options are the page numbers ("第1页" … "第4页"), turned
into file names by ``turnPage(n)`` (``n == 1 ? "index.shtml" : "index_" + (n - 1) + ".shtml"``).
Rows are ``<div class="list-row">`` blocks with the date in a ``<em>``.

The column also holds the county's 政府信息公开指南 of two years.  The 2023 report was published
twice (the same report under a second URL a month later, after the column was rebuilt).  Articles
``./YYYYMM/tYYYYMMDD_N.shtml`` put the body in ``div.TRS_PreAppend`` under ``div.zw-con``; the
2024 report is a stub whose ``P0….pdf`` sits next to it.  The 2019 report uses the 2019 template;
the 2020 title is year-first and names the county without 人民政府.  Decoys: two 指南, a
法治政府建设年度报告, a 政府网站工作年度报表.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell
from govcrawl.synth.model import ReportDoc

HOST = "www.mianxi.gov.test"
SITE = "mianxi-gov"
OWNER = "沔溪县人民政府"
ROOT = "/zwgk/xxgk/gknb/"
PER_PAGE = 3


def para(text: str, heading: bool) -> str:
    if heading:
        return f'<p style="text-indent:2em;line-height:2;font-family:黑体">{escape(text)}</p>'
    return f'<p style="text-indent:2em;line-height:2"><font face="仿宋_GB2312">{escape(text)}</font></p>'


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="SiteName" content="沔溪县人民政府">'
        f'<meta name="SiteDomain" content="www.mianxi.gov.test"><meta name="SiteIDCode" content="9821130001">{metas}'
        f'<title>{escape(title)}-沔溪县人民政府网</title><link href="/images/mx_style.css" rel="stylesheet"></head>'
        '<body>'
        '<div class="wza-bar"><a href="javascript:;" onclick="aria.start()">无障碍浏览</a> | '
        '<a href="javascript:;" onclick="aria.oldFixedStart()">适老化模式</a> | <a href="/mobile/">移动版</a>'
        '<span class="today"><script>document.write(new Date().toLocaleDateString());</script></span></div>'
        '<div class="top"><img src="/images/mx_banner.jpg" alt="沔溪县人民政府网"><form name="searchform" '
        'action="/was5/web/search" method="get"><input name="searchword" value="请输入关键字"><input type="submit" '
        'value="搜索"></form></div><div class="menu"><a href="/">网站首页</a><a href="/zwgk/">政务公开</a>'
        '<a href="/bsfw/">办事服务</a><a href="/gzhd/">公众参与</a><a href="/zjmx/">走进沔溪</a></div>'
        f'<div class="mainbox">{inner}</div>'
        '<div class="foot"><p>沔溪县人民政府办公室 主办　沔溪县融媒体中心 承办　联系电话：0000-5218000</p>'
        '<p>网站标识码：9821130001　<a href="http://beian.miit.gov.cn/">未ICP备05011873号-1</a>　'
        '<img src="/images/ga.png">未公网安备 98211302000113号</p>'
        '<p>您是本站第<span id="counter"><script src="/counter/count.jsp?siteid=3"></script></span>位访客</p>'
        '<span id="_ideConac"></span><script src="http://dcs.conac.cn/js/98/211/0000/41045066/CA982110000410450660001.js">'
        '</script></div></body></html>'
    )


class TrsMianxi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 1_846_200
        self.entries: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2019, "2020-01-31", version="v2019"))
        self.notice("沔溪县人民政府政府信息公开指南（2020年修订）", "2020-06-12")
        self.article(make_doc(rng, OWNER, 2020, "2021-01-28", title="2020年度沔溪县政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-25"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-30"))
        self.notice("沔溪县2022年法治政府建设年度报告", "2023-03-20")
        self.notice("沔溪县人民政府政府信息公开指南（2023年版）", "2023-07-04")
        first = self.article(make_doc(rng, OWNER, 2023, "2024-01-29"), record=False)
        self.republish(first, "2024-02-26")
        self.notice("沔溪县人民政府门户网站2024年政府网站工作年度报表", "2025-01-14")
        self.stub(make_doc(rng, OWNER, 2024, "2025-01-27"))
        self.entries.sort(key=lambda e: e[2])  # the column's order: oldest first
        chunks = [self.entries[i: i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for index, chunk in enumerate(chunks):
            name = "index.shtml" if index == 0 else f"index_{index}.shtml"
            self.put(HOST, ROOT + name, self.list_page(chunk, index, len(chunks)))

    def next_path(self, date: str) -> tuple[str, str]:
        self.docid += self.rng.randint(300, 7000)
        href = f"./{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.docid}.shtml"
        return href, ROOT + href[2:]

    def page_of(self, title: str, date: str, content: str) -> str:
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
                 '<meta name="ContentSource" content="沔溪县政府办"><meta name="ColumnName" content="政府信息公开年报">'
                 '<meta name="ColumnType" content="政府信息公开年报">')
        inner = (
            '<div class="dqwz">您当前所在位置：<a href="/">首页</a> » <a href="/zwgk/">政务公开</a> » '
            f'<a href="{ROOT}">政府信息公开年报</a></div><div class="zw">'
            f'<h2 class="zw-tit">{escape(title)}</h2><div class="zw-info">日期：{date}　来源：沔溪县政府办　'
            '点击数：<span id="hits"></span>　【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">'
            '中</a> <a href="javascript:doZoom(12)">小</a>】</div>'
            f'<div class="zw-con"><div class="TRS_PreAppend">{content}</div></div>'
            '<div class="zw-ewm"><img src="/images/ewm_mx.png" alt="">手机扫码阅读本文</div>'
            '<div class="zw-tool">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:'
            'window.opener=null;window.close()">关闭窗口</a>】</div></div>'
        )
        return frame(title, inner, metas)

    def article(self, doc: ReportDoc, record: bool = True) -> tuple[str, ReportDoc]:
        date = doc.published_date or ""
        href, path = self.next_path(date)
        content = body_html(doc, para, plain_cell, '<table border="1" cellspacing="0" cellpadding="2" align="center" '
                            'style="border-collapse:collapse" width="600">')
        url = self.put(HOST, path, self.page_of(doc.title, date, content))
        self.entries.append((href, doc.title, date))
        if record:
            self.report(SITE, url, doc)
        return url, doc

    def republish(self, first: tuple[str, ReportDoc], date: str) -> None:
        """The same report (same title and content) put out again under a new document id."""
        url, doc = first
        href, path = self.next_path(date)
        page = self.pages[(HOST, url.split(HOST, 1)[1])]
        self.pages[(HOST, path)] = page
        self.entries.append((href, doc.title, date))
        self.report(SITE, url, doc, also_at=(f"http://{HOST}{path}",))

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        href, path = self.next_path(date)
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.pdf"
        file_url = self.put_pdf(HOST, path.rsplit("/", 1)[0] + "/" + name, doc)
        content = (f"<p>　　现将《{escape(doc.title)}》予以公布，请点击附件查阅。</p>"
                   f'<p>　　附件：<a href="./{name}">{escape(doc.title)}.pdf</a></p>')
        url = self.put(HOST, path, self.page_of(doc.title, date, content))
        self.entries.append((href, doc.title, date))
        self.report(SITE, url, doc, media_type="application/pdf", report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        href, path = self.next_path(date)
        year = int(date[:4]) - (0 if "指南" in title else 1)
        content = "".join(para(p, False) for p in decoy_text(title, "沔溪县人民政府", year, self.rng))
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, content)), title)
        self.entries.append((href, title, date))

    def list_page(self, chunk: list[tuple[str, str, str]], index: int, count: int) -> str:
        rows = "".join(f'<div class="list-row"><a href="{h}" target="_blank" title="{escape(t)}">{escape(t)}</a>'
                       f"<em>{d}</em></div>" for h, t, d in chunk)
        options = "".join(f'<option value="{n}"{" selected" if n == index + 1 else ""}>第{n}页</option>'
                          for n in range(1, count + 1))
        pager = (
            f'<div class="fy">跳转到 <select id="jump" onchange="turnPage(this.value)">{options}</select> '
            '<script>function turnPage(n){n=parseInt(n,10);location.href = n == 1 ? "index.shtml" : '
            f'"index_" + (n - 1) + ".shtml";}}\nvar cur = {index + 1}, '
            'pages = document.getElementById("jump").options.length;\n'
            'if (cur > 1) document.write(\'<a href="javascript:turnPage(\' + (cur - 1) + \')">上一页</a> \');\n'
            'if (cur < pages) document.write(\'<a href="javascript:turnPage(\' + (cur + 1) + \')">下一页</a>\');'
            '</script></div>'
        )
        inner = ('<div class="dqwz">您当前所在位置：<a href="/">首页</a> » <a href="/zwgk/">政务公开</a> » '
                 '政府信息公开年报</div><div class="lm-left"><h3>政府信息公开</h3><ul><li><a href="/zwgk/xxgk/gkzn/">'
                 '政府信息公开指南</a></li><li><a href="/zwgk/xxgk/gkzd/">政府信息公开制度</a></li>'
                 f'<li class="on"><a href="{ROOT}">政府信息公开年报</a></li></ul></div>'
                 f'<div class="lm-right"><div class="lm-tit">政府信息公开年报</div>{rows}{pager}</div>')
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [TrsMianxi]
