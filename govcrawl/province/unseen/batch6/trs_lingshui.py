"""泠水县 (www.lingshui.gov.test): TRS WCM classic on an old 袁州区-style table template whose
list also links articles of the county's 信息公开 host.

The 年报 column ``/zwgk/zfxxgknb/index.html`` lays its entries out as ``<tr>`` rows of a
``GroupBlankLine`` table (a bullet image, the link, the date in a ``<td width="80">``) and pages
through ``index_1.html``, ``index_2.html`` (0-based, portals.md §1.1).  The pager call sits in a
table cell as ``createPageHTML(3,0,'index','html')`` — single quotes, no spaces — and the function
is in the shared ``/js/trs_page.js``, not in the page.  County articles are ``./YYYYMM/tYYYYMMDD_N.html``
on the county host with a Word paste in ``div.TRS_Editor``; two departments' reports were published
through the 信息公开 platform and the list links them absolutely on ``xxgk.lingshui.gov.test``
(``/xxgkml/<dept>/YYYYMM/tYYYYMMDD_N.html``).  The 2024 county report's body is only the PDF shown
by an ``<embed type="application/pdf">`` (inferred: an embedded viewer instead of a download link);
the water bureau's report is a .docx linked in the body text ("点击下载").  Prev/next are written by
TRS's ``ContentUporNext`` with Webdings arrows.  Titles: the office's name (泠水县人民政府办公室…,
the agency is the county government), year-first "2023年度泠水县…", "…年度报告" without 工作.
Decoys: 法治政府建设年度报告, a 函.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    DOCX,
    PDF,
    WORD_BREAK,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    split_point,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.lingshui.gov.test"
XXGK = "xxgk.lingshui.gov.test"
SITE = "lingshui-gov"
OWNER = "泠水县人民政府"
ROOT = "/zwgk/zfxxgknb/"
PER_PAGE = 3


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="SiteName" content="泠水县人民政府"><meta name="SiteDomain" content="www.lingshui.gov.test">'
        f'<meta name="SiteIDCode" content="9825110002">{metas}<title>{escape(title)}</title>'
        '<script language="JavaScript" src="/js/trs_page.js"></script></head>'
        '<body leftmargin="0" topmargin="0"><table width="1000" border="0" align="center" cellpadding="0" '
        'cellspacing="0"><tr><td class="top"><img src="/images/banner.jpg" width="1000" height="140"></td></tr>'
        '<tr><td class="nav"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | '
        '<a href="http://xxgk.lingshui.gov.test/">政府信息公开平台</a> | <a href="/bsfw/">办事服务</a> | '
        '<a href="/hdjl/">互动交流</a></td></tr>'
        f"<tr><td>{inner}</td></tr>"
        '<tr><td class="bottom" align="center">主办：泠水县人民政府办公室　承办：泠水县大数据中心<br>'
        '网站标识码：9825110002　<a href="http://beian.miit.gov.cn/">未ICP备05011321号</a>　'
        '<span id="_ideConac"></span><script type="text/javascript">document.write(unescape("%3Cspan '
        "id='_ideConac' %3E%3C/span%3E\"));</script></td></tr></table></body></html>"
    )


class TrsLingshui(UnseenPortal):
    hosts = (HOST, XXGK)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 3_381_020
        self.entries: list[tuple[str, str, str]] = []  # (href, title, date)
        self.article(make_doc(rng, OWNER, 2019, "2020-01-21", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-28", title="泠水县2021年政府信息公开年度报告"), split="t3")
        self.article(
            make_doc(rng, OWNER, 2022, "2023-01-17", title="泠水县人民政府办公室2022年政府信息公开工作年度报告")
        )
        self.notice("泠水县2023年法治政府建设年度报告", "2024-02-26")
        self.article(make_doc(rng, OWNER, 2023, "2024-01-29", title="2023年度泠水县政府信息公开工作年度报告"))
        self.article(make_doc(rng, "泠水县审计局", 2023, "2024-01-24"), dept="sjj")
        self.notice("泠水县人民政府办公室关于编报2024年度政府信息公开工作年度报告的函", "2024-12-06")
        self.embedded(make_doc(rng, OWNER, 2024, "2025-01-23"))
        self.docx(make_doc(rng, "泠水县水利局", 2024, "2025-01-20"))
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for index, chunk in enumerate(chunks):
            name = "index.html" if index == 0 else f"index_{index}.html"
            self.put(HOST, ROOT + name, self.list_page(chunk, index, len(chunks)))
        self.put(HOST, "/js/trs_page.js", PAGER_JS, "application/javascript")

    def next_path(self, date: str, dept: str = "") -> tuple[str, str, str]:
        """(host, path, list href) of a new article published on ``date``."""
        self.docid += self.rng.randint(300, 7000)
        name = f"{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.docid}.html"
        if dept:
            path = f"/xxgkml/{dept}/{name}"
            return XXGK, path, f"http://{XXGK}{path}"
        return HOST, ROOT + name, "./" + name

    def page_of(self, title: str, date: str, source: str, content: str) -> str:
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 15:20">'
            f'<meta name="ContentSource" content="{escape(source)}">'
        )
        inner = (
            '<table width="100%" class="position"><tr><td>您当前的位置：<a href="/">首页</a> &gt;&gt; '
            f'<a href="/zwgk/">政务公开</a> &gt;&gt; <a href="{ROOT}">政府信息公开年报</a></td></tr></table>'
            f'<table width="96%" align="center"><tr><td align="center" class="title"><b>{escape(title)}</b></td></tr>'
            f'<tr><td align="center" class="info">发布日期：{date}　　信息来源：{escape(source)}　　'
            '【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> '
            '<a href="javascript:doZoom(12)">小</a>】</td></tr>'
            f'<tr><td class="content"><div class="TRS_Editor">{content}</div></td></tr>'
            '<tr><td><script language="JavaScript">ContentUporNext();</script>'
            '<font face="Webdings">3</font> 上一篇 <font face="Webdings">4</font> 下一篇</td></tr>'
            '<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】'
            '【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>'
        )
        return frame(f"{title}-泠水县人民政府", inner, metas)

    def publish(self, title: str, date: str, source: str, content: str, dept: str = "") -> str:
        host, path, href = self.next_path(date, dept)
        self.entries.append((href, title, date))
        return self.put(host, path, self.page_of(title, date, source, content))

    def article(self, doc: ReportDoc, split: str | None = None, dept: str = "") -> None:
        cut = {split: split_point(doc, split, self.rng)} if split else None
        content = body_html(
            doc,
            word_para,
            word_cell,
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" align="center">',
            split=cut,
            page_break=WORD_BREAK,
        )
        url = self.publish(doc.title, doc.published_date or "", doc.agency_name, content, dept)
        self.report(SITE, url, doc)

    def embedded(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        host, path, href = self.next_path(date)
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.pdf"
        file_url = self.put_pdf(HOST, path.rsplit("/", 1)[0] + "/" + name, doc)
        content = (
            f'<embed src="./{name}" type="application/pdf" width="100%" height="900">'
            "<p>如无法正常浏览，请安装PDF阅读器。</p>"
        )
        self.entries.append((href, doc.title, date))
        url = self.put(host, path, self.page_of(doc.title, date, "县政府办", content))
        self.report(SITE, url, doc, media_type=PDF, report_url=file_url)

    def docx(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        host, path, href = self.next_path(date, "slj")
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.docx"
        file_url = self.put(host, path.rsplit("/", 1)[0] + "/" + name, render_docx(doc), DOCX)
        content = f'<p>　　现将《{escape(doc.title)}》予以公布，<a href="./{name}">点击下载</a>。</p>'
        self.entries.append((href, doc.title, date))
        url = self.put(host, path, self.page_of(doc.title, date, doc.agency_name, content))
        self.report(SITE, url, doc, media_type=DOCX, report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.publish(title, date, "县政府办", content), title)

    def list_page(self, chunk: list[tuple[str, str, str]], index: int, count: int) -> str:
        rows = "".join(
            '<tr><td class="GroupBlankLine" height="26" width="20"><img src="/images/dot.gif"></td>'
            f'<td class="GroupBlankLine"><a href="{h}" target="_blank" title="{escape(t)}">{escape(t)}</a></td>'
            f'<td class="GroupBlankLine" width="80" align="right">{d}</td></tr>'
            for h, t, d in chunk
        )
        inner = (
            '<table width="100%" class="position"><tr><td>您当前的位置：<a href="/">首页</a> &gt;&gt; '
            '<a href="/zwgk/">政务公开</a> &gt;&gt; 政府信息公开年报</td></tr></table>'
            '<table width="100%"><tr><td width="220" valign="top" class="left"><a href="/zwgk/zfxxgkzn/">'
            '政府信息公开指南</a><br><a href="/zwgk/zfxxgkzd/">政府信息公开制度</a><br>'
            '<a href="/zwgk/fdzdgknr/">法定主动公开内容</a><br><a href="index.html">政府信息公开年报</a></td>'
            f'<td valign="top"><table width="100%" cellspacing="0" cellpadding="0">{rows}</table>'
            '<table width="100%"><tr><td align="center" class="page"><script language="JavaScript">'
            f"createPageHTML({count},{index},'index','html');</script></td></tr></table></td></tr></table>"
        )
        return frame("政府信息公开年报-泠水县人民政府", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PAGER_JS = """// TRS WCM pager (shared by every column of the site)
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
  if (_nPageCount == null || _nPageCount <= 1) return;
  function name(i) { return i == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt; }
  var h = "";
  if (_nCurrIndex > 0) h += "<a href='" + name(0) + "'>首页</a> <a href='" + name(_nCurrIndex - 1) + "'>上一页</a> ";
  if (_nCurrIndex < _nPageCount - 1)
    h += "<a href='" + name(_nCurrIndex + 1) + "'>下一页</a> <a href='" + name(_nPageCount - 1) + "'>尾页</a>";
  document.write(h);
}
"""

PORTALS = [TrsLingshui]
