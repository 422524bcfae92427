"""钧川县 (www.junchuan.gov.test): TRS WCM classic on an old GB2312 template, ``.htm`` files, the
pager's count in TRS's own ``_nPageCount`` variables.

The 年报 column ``/xxgk/gknb/index.htm`` is an old nested-table list (portals.md §1.1: ``<TD
height=25>`` rows, the date in a right-aligned ``<TD width="80">`` as "[2025-01-22]"), zero-based
pages ``index_1.htm`` …, declared by the stock variables ``var _nPageCount = 3; var _nCurrIndex = 0;
var _sPageName = "index"; var _sPageExt = "htm";`` and a ``createPageHTML(_nPageCount, _nCurrIndex,
_sPageName, _sPageExt)`` call (no literal in the call).  Every page is GB2312 (meta) with a bare
``text/html`` header.  Articles ``./YYYYMM/tYYYYMMDD_<docid>.htm``, the body in
``div.Custom_UnionStyle`` inside a layout table; the 2023 report is a stub whose PDF (``P0….pdf``)
is in a 相关附件 box *below* the page's 上一篇/下一篇 row.  The county column also carries its 审计局's
report titled only "2024年度政府信息公开工作年度报告": the unit is named by ``ContentSource``, the
"信息来源：县审计局" line and the body.  2019 and 2020 are in the old template.  Decoys: 法治政府建设
年度报告, 关于报送…年度报告的函, 统计公报.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    upper_cell,
    word_para,
)
from govcrawl.synth.model import ReportDoc

HOST = "www.junchuan.gov.test"
SITE = "junchuan-gov"
OWNER = "钧川县人民政府"
ROOT = "/xxgk/gknb/"
PER_PAGE = 4
CONTENT_TYPE = "text/html"


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=gb2312">'
        '<meta name="SiteName" content="钧川县人民政府"><meta name="SiteIDCode" content="9841110001">'
        f"{metas}<TITLE>{escape(title)}--钧川县人民政府</TITLE>"
        '<script language="JavaScript" src="/js/page.js"></script>'
        '<LINK href="/images/jc.css" type="text/css" rel="stylesheet"></HEAD><BODY leftMargin=0 topMargin=0>'
        '<TABLE width=1000 align=center border=0 cellPadding=0 cellSpacing=0><TR><TD><IMG src="/images/jc_top.jpg">'
        '</TD></TR><TR><TD class="nav"><A href="/">首页</A> | <A href="/xxgk/">信息公开</A> | '
        '<A href="/bsfw/">办事服务</A> | <A href="/hdjl/">互动交流</A></TD></TR></TABLE>'
        f"<TABLE width=1000 align=center border=0 cellPadding=0 cellSpacing=0><TR><TD>{inner}</TD></TR></TABLE>"
        '<TABLE width=1000 align=center class="foot"><TR><TD align=center>主办：钧川县人民政府办公室　'
        "承办：钧川县信息中心<BR>网站标识码：9841110001　未ICP备09011842号　联系电话：0984-6212345</TD></TR>"
        "</TABLE></BODY></HTML>"
    )


class TrsJunchuan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 3_318_800
        self.entries: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2019, "2020-01-31", version="v2019"))
        self.article(
            make_doc(rng, OWNER, 2020, "2021-01-29", version="v2019", title="钧川县2020年政府信息公开工作年度报告")
        )
        self.article(make_doc(rng, OWNER, 2021, "2022-01-27"))
        self.notice("钧川县2021年法治政府建设年度报告", "2022-03-02", "县司法局")
        self.article(make_doc(rng, OWNER, 2022, "2023-01-30"))
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-31"))
        self.notice("关于报送2024年度政府信息公开工作年度报告的函", "2024-12-20", "县政府办")
        self.notice("钧川县2024年国民经济和社会发展统计公报", "2025-03-26", "县统计局")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-24"))
        self.article(
            make_doc(rng, "钧川县审计局", 2024, "2025-01-17", title="2024年度政府信息公开工作年度报告"), "县审计局"
        )
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for index, chunk in enumerate(chunks):
            name = "index.htm" if index == 0 else f"index_{index}.htm"
            self.put(HOST, ROOT + name, self.list_page(chunk, index, len(chunks)), CONTENT_TYPE, "gb2312")
        self.put(HOST, "/js/page.js", PAGE_JS, "application/x-javascript")

    def page_of(self, title: str, date: str, source: str, content: str, after: str = "") -> str:
        self.docid += self.rng.randint(30, 900)
        href = f"./{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.docid}.htm"
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 16:20">'
            f'<meta name="ContentSource" content="{escape(source)}">'
        )
        inner = (
            f'<TABLE width="100%"><TR><TD class="weizhi">您现在的位置：<A href="/">首页</A> &gt;&gt; <A href="/xxgk/">'
            f'信息公开</A> &gt;&gt; <A href="{ROOT}index.htm">政府信息公开年报</A></TD></TR>'
            f'<TR><TD align=center class="bt"><B>{escape(title)}</B></TD></TR>'
            f"<TR><TD align=center>信息来源：{escape(source)}　发布时间：{date}　"
            '【字体：<A href="javascript:doZoom(16)">大</A> <A href="javascript:doZoom(14)">中</A> '
            '<A href="javascript:doZoom(12)">小</A>】</TD></TR>'
            f'<TR><TD class="zw"><div class="Custom_UnionStyle">{content}</div></TD></TR>'
            '<TR><TD><script language="javascript">ContentUporNext();</script>　【<A href="javascript:window.print()">'
            '打印本页</A>】　【<A href="javascript:window.close()">关闭窗口</A>】</TD></TR>'
            f"<TR><TD>{after}</TD></TR></TABLE>"
        )
        path = ROOT + href[2:]
        url = self.put(HOST, path, frame(title, inner, metas), CONTENT_TYPE, "gb2312")
        self.entries.append((href, title, date))
        return url

    @staticmethod
    def content(doc: ReportDoc) -> str:
        return body_html(doc, word_para, upper_cell, '<TABLE border=1 cellSpacing=0 cellPadding=0 width="100%">')

    def article(self, doc: ReportDoc, source: str = "县政府办") -> None:
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, self.content(doc)), doc)

    def attached(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        ym = date[:7].replace("-", "")
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.pdf"
        file_url = self.put_pdf(HOST, f"{ROOT}{ym}/{name}", doc)
        after = (
            '<TABLE class="xgfj" width="100%"><TR><TD class="xgfj_t">相关附件：</TD></TR>'
            f'<TR><TD>·<A href="./{name}" target="_blank">{escape(doc.title)}.pdf</A></TD></TR></TABLE>'
        )
        content = f"<P>　　{escape(doc.title)}全文请见相关附件。</P>"
        url = self.page_of(doc.title, date, "县政府办", content, after)
        self.report(SITE, url, doc, media_type=PDF, report_url=file_url)

    def notice(self, title: str, date: str, source: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, source, content), title)

    def list_page(self, chunk: list[tuple[str, str, str]], index: int, count: int) -> str:
        rows = "".join(
            '<TR><TD height=25 width=15><IMG src="/images/dot.gif"></TD>'
            f'<TD><A href="{h}" target="_blank" title="{escape(t)}">{escape(t)}</A></TD>'
            f'<TD width="80" align="right">[{d}]</TD></TR>'
            for h, t, d in chunk
        )
        inner = (
            '<TABLE width="100%"><TR><TD class="weizhi">您现在的位置：<A href="/">首页</A> &gt;&gt; '
            '<A href="/xxgk/">信息公开</A> &gt;&gt; 政府信息公开年报</TD></TR></TABLE>'
            f'<TABLE width="100%" border=0 cellSpacing=0 cellPadding=0>{rows}</TABLE>'
            '<TABLE width="100%"><TR><TD align=center><script language="JavaScript"><!--\n'
            f'var _nPageCount = {count};\nvar _nCurrIndex = {index};\nvar _sPageName = "index";\n'
            'var _sPageExt = "htm";\ncreatePageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt);\n'
            "//--></script></TD></TR></TABLE>"
        )
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PAGE_JS = """function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
  if (_nPageCount == null || _nPageCount <= 1) return;
  var n = _nCurrIndex;
  function u(i) { return i == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt; }
  document.write("共" + _nPageCount + "页&nbsp;");
  if (n > 0) document.write("<a href='" + u(0) + "'>首页</a>&nbsp;<a href='" + u(n - 1) + "'>上一页</a>&nbsp;");
  else document.write("首页&nbsp;上一页&nbsp;");
  if (n < _nPageCount - 1)
    document.write("<a href='" + u(n + 1) + "'>下一页</a>&nbsp;<a href='" + u(_nPageCount - 1) + "'>尾页</a>");
  else document.write("下一页&nbsp;尾页");
}
"""

PORTALS = [TrsJunchuan]
