"""秭川县 (www.zichuan.gov.test): TRS WCM classic whose 年报 column is a 信息公开目录 table of
several columns, with the agency only in a column of its own.

The column ``/zwgk/zfxxgk/zfxxgknb/index.htm`` (``.htm``, portals.md §1.1) lists its entries as rows
of a ``<table class="xxgk-mltable">`` with a ``<thead>`` (序号 | 名称 | 发布机构 | 成文日期 | 发布日期);
the titles say only "2023年度政府信息公开工作年度报告" and the agency is the 发布机构 cell (inferred: the
信息公开目录 layout of county TRS sites).  Pages ``index.htm``, ``index_1.htm``, ``index_2.htm``
(0-based); besides the usual ``createPageHTML(3, 0, "index", "htm")`` the template writes a
"转到第 [select] 页" drop-down whose ``<option value="index_1.htm">`` list every page, and
"共3页" text.  Articles ``./YYYYMM/tYYYYMMDD_N.htm``, bodies in ``div.trs_paper_default`` (a Word
paste), the agency in an ``<h2 class="fbjg">`` above the title.  The 2023 county report is a PDF
whose link a script writes from a variable (``var fjUrl = "./202401/P0….pdf"``, portals.md §7),
the 2024 one a .docx in a ``table.fjtable`` after the editor div.  Decoys: 法治政府建设年度报告,
政府网站工作年度报表.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    DOCX,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.zichuan.gov.test"
SITE = "zichuan-gov"
OWNER = "秭川县人民政府"
ROOT = "/zwgk/zfxxgk/zfxxgknb/"
PER_PAGE = 3


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/'
        'xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        '<meta name="SiteName" content="秭川县人民政府" /><meta name="SiteDomain" content="www.zichuan.gov.test" />'
        f'<meta name="SiteIDCode" content="9831010001" />{metas}<title>{escape(title)}</title>'
        '<link href="/images/zc_style.css" rel="stylesheet" type="text/css" />'
        '<script type="text/javascript" src="/images/page.js"></script></head><body>'
        '<div class="zc-head"><div class="zc-logo"><img src="/images/zc_logo.png" alt="秭川县人民政府" /></div>'
        '<div class="zc-search"><form name="searchform" action="/was5/web/search" method="get">'
        '<input name="searchword" type="text" /><input type="submit" value="搜索" /></form></div></div>'
        '<div class="zc-nav"><a href="/">首页</a><a href="/zwdt/">政务动态</a><a href="/zwgk/">政务公开</a>'
        '<a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjzc/">走进秭川</a></div>'
        f'<div class="zc-main">{inner}</div>'
        '<div class="zc-foot"><p>主办单位：秭川县人民政府办公室　技术支持：秭川县融媒体中心</p>'
        '<p>网站标识码：9831010001　<a href="https://beian.miit.gov.cn/">未ICP备09031101号-1</a>　'
        '<img src="/images/ga.png" />未公网安备 98310102000101号</p></div></body></html>'
    )


class TrsZichuan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 5_120_400
        self.rows: list[tuple[str, str, str, str]] = []  # (href, title, agency, date)
        self.article(
            make_doc(rng, OWNER, 2019, "2020-01-20", version="v2019", title="2019年度政府信息公开工作年度报告")
        )
        self.article(
            make_doc(rng, OWNER, 2020, "2021-01-26", version="v2019", title="2020年度政府信息公开工作年度报告")
        )
        self.article(make_doc(rng, OWNER, 2021, "2022-01-25", title="2021年度政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-30", title="2022年政府信息公开工作年报"))
        self.notice("2023年法治政府建设年度报告", 2023, "2024-03-18")
        self.scripted(make_doc(rng, OWNER, 2023, "2024-01-29", title="2023年度政府信息公开工作年度报告"))
        self.article(make_doc(rng, "秭川县财政局", 2024, "2025-01-16", title="2024年度政府信息公开工作年度报告"))
        self.notice("2024年政府网站工作年度报表", 2024, "2025-01-14")
        self.docx(make_doc(rng, OWNER, 2024, "2025-01-27", title="2024年度政府信息公开工作年度报告"))
        self.rows.sort(key=lambda r: r[3], reverse=True)
        pages = [self.rows[i : i + PER_PAGE] for i in range(0, len(self.rows), PER_PAGE)]
        for index, chunk in enumerate(pages):
            name = "index.htm" if index == 0 else f"index_{index}.htm"
            self.put(HOST, ROOT + name, self.list_page(chunk, index, len(pages)))
        self.put(HOST, "/images/page.js", PAGER_JS, "application/javascript")

    def next_path(self, date: str) -> tuple[str, str]:
        self.docid += self.rng.randint(200, 4000)
        href = f"./{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.docid}.htm"
        return href, ROOT + href[2:]

    def page_of(self, title: str, agency: str, date: str, content: str, after: str = "") -> str:
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}" /><meta name="PubDate" content="{date} 10:12" />'
            f'<meta name="ContentSource" content="{escape(agency)}" />'
        )
        inner = (
            '<div class="zc-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
            f'<a href="/zwgk/zfxxgk/">政府信息公开</a> &gt; <a href="{ROOT}">政府信息公开年报</a></div>'
            f'<div class="zc-article"><h2 class="fbjg">{escape(agency)}</h2><h1>{escape(title)}</h1>'
            f'<div class="zc-info">发布日期：{date}　　字号：[ <a href="javascript:doZoom(18)">大</a> '
            '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a> ]</div>'
            f'<div class="trs_paper_default">{content}</div>{after}'
            '<div class="zc-tools"><a href="javascript:window.print()">打印</a> '
            '<a href="javascript:window.close()">关闭</a></div></div>'
        )
        return frame(f"{title}_秭川县人民政府", inner, metas)

    def publish(self, title: str, agency: str, date: str, content: str, after: str = "") -> tuple[str, str]:
        href, path = self.next_path(date)
        self.rows.append((href, title, agency, date))
        return self.put(HOST, path, self.page_of(title, agency, date, content, after)), path

    def body(self, doc: ReportDoc) -> str:
        return body_html(
            doc,
            word_para,
            word_cell,
            '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="600">',
        )

    def article(self, doc: ReportDoc) -> None:
        url, _ = self.publish(doc.title, doc.agency_name, doc.published_date or "", self.body(doc))
        self.report(SITE, url, doc)

    def file_name(self, date: str, ext: str) -> str:
        return f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.{ext}"

    def scripted(self, doc: ReportDoc) -> None:
        """The link to the PDF exists only once the page script has run (a template variable)."""
        date = doc.published_date or ""
        href, path = self.next_path(date)
        month = path.rsplit("/", 1)[0]
        name = self.file_name(date, "pdf")
        file_url = self.put_pdf(HOST, f"{month}/{name}", doc)
        content = (
            f"<p>　　现将{escape(doc.title)}予以公开，全文请下载附件查看。</p>"
            f'<script type="text/javascript">var fjUrl = "./{name}";var fjName = "{escape(doc.title)}.pdf";\n'
            'if (fjUrl != "") { document.write(\'<p>附件：<a href="\' + fjUrl + \'" target="_blank">\' + fjName'
            " + '</a></p>'); }</script>"
        )
        self.rows.append((href, doc.title, doc.agency_name, date))
        url = self.put(HOST, path, self.page_of(doc.title, doc.agency_name, date, content))
        self.report(SITE, url, doc, media_type=PDF, report_url=file_url)

    def docx(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        href, path = self.next_path(date)
        name = self.file_name(date, "docx")
        file_url = self.put(HOST, f"{path.rsplit('/', 1)[0]}/{name}", render_docx(doc), DOCX)
        after = (
            '<table class="fjtable" width="100%"><tr><td width="60" valign="top">附件：</td><td>'
            f'<a href="./{name}" oldsrc="W0{name[2:]}">{escape(doc.title)}.docx</a></td></tr></table>'
        )
        self.rows.append((href, doc.title, doc.agency_name, date))
        content = "<p>　　详见附件。</p>"
        url = self.put(HOST, path, self.page_of(doc.title, doc.agency_name, date, content, after))
        self.report(SITE, url, doc, media_type=DOCX, report_url=file_url)

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        url, _ = self.publish(title, OWNER, date, content)
        self.decoy(SITE, url, title)

    def list_page(self, chunk: list[tuple[str, str, str, str]], index: int, count: int) -> str:
        rows = "".join(
            f'<tr><td class="xh">{index * PER_PAGE + n + 1}</td><td class="mc"><a href="{h}" target="_blank" '
            f'title="{escape(t)}">{escape(t)}</a></td><td class="fbjg">{escape(a)}</td>'
            f"<td>{d[:8]}{int(d[8:]) - 2:02d}</td><td>{d}</td></tr>"
            for n, (h, t, a, d) in enumerate(chunk)
        )
        options = "".join(
            f'<option value="{"index.htm" if i == 0 else f"index_{i}.htm"}"{" selected" if i == index else ""}>'
            f"{i + 1}</option>"
            for i in range(count)
        )
        inner = (
            '<div class="zc-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
            '<a href="/zwgk/zfxxgk/">政府信息公开</a> &gt; 政府信息公开年报</div>'
            '<div class="zc-left"><h3>政府信息公开</h3><a href="/zwgk/zfxxgk/zfxxgkzn/">政府信息公开指南</a>'
            '<a href="/zwgk/zfxxgk/zfxxgkzd/">政府信息公开制度</a><a href="/zwgk/zfxxgk/fdzdgknr/">法定主动公开内容</a>'
            '<a class="on" href="./">政府信息公开年报</a></div><div class="zc-right">'
            '<table class="xxgk-mltable" width="100%" cellspacing="0"><thead><tr><th width="50">序号</th>'
            '<th>名称</th><th width="150">发布机构</th><th width="90">成文日期</th><th width="90">发布日期</th></tr>'
            f'</thead><tbody>{rows}</tbody></table><div class="zc-page">'
            f'<script language="JavaScript">createPageHTML({count}, {index}, "index", "htm");</script>'
            f'<span>共{count}页</span> 转到第 <select onchange="window.location.href=this.value">{options}</select> 页'
            "</div></div>"
        )
        return frame("政府信息公开年报_秭川县人民政府", inner, '<meta name="ColumnName" content="政府信息公开年报" />')


PAGER_JS = """function createPageHTML(nPageCount, nCurrIndex, sPageName, sPageExt) {
  if (nPageCount == null || nPageCount <= 1) { return; }
  var nCurr = nCurrIndex + 1, s = "";
  var url = function (i) { return i == 0 ? sPageName + "." + sPageExt : sPageName + "_" + i + "." + sPageExt; };
  s += nCurrIndex == 0 ? "<span>首页</span><span>上一页</span>"
                       : "<a href=\\"" + url(0) + "\\">首页</a><a href=\\"" + url(nCurrIndex - 1) + "\\">上一页</a>";
  s += "<span>第" + nCurr + "页</span>";
  s += nCurr == nPageCount ? "<span>下一页</span><span>尾页</span>"
                           : "<a href=\\"" + url(nCurrIndex + 1) + "\\">下一页</a>"
                             + "<a href=\\"" + url(nPageCount - 1) + "\\">尾页</a>";
  document.write(s);
}
"""

PORTALS = [TrsZichuan]
