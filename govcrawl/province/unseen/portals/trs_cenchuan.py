"""岑川县 (www.cenchuan.gov.test): TRS WCM classic publishing with the *stock* pager template.

Unlike a literal ``createPageHTML(3, 0, …)``, the stock template declares the count in variables
(``var countPage = 3//共多少页``) and calls the shared pager with them (portals.md §7); the pager
function itself is in an external ``/js/page.js``.  The list is an old nested-table layout
(``<TD height=25>`` rows, the date in a right-hand ``<TD width="70">``), ``.htm`` pages and
articles (``./YYYYMM/tYYYYMMDD_N.htm``), GBK with the charset in the header.  Report bodies are Word
pastes in ``div.TRS_Editor > div.Custom_UnionStyle``; one report's table 三 is cut into two tables at
a page break; the 2024 report is a stub whose PDF is linked from a sibling ``div.fj`` block after
the editor div, not inside it.  Title variants: …年报, …年度政府信息公开工作报告.  Decoys: a 函, a
法治政府建设年度报告, a 政府网站工作年度报表, a 解读.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    WORD_BREAK,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    split_point,
    word_cell,
    word_para,
)
from govcrawl.synth.model import ReportDoc

HOST = "www.cenchuan.gov.test"
SITE = "cenchuan-gov"
OWNER = "岑川县人民政府"
COLUMN = "/xxgk/zfxxgknb/"
GBK = "text/html; charset=GB2312"
PER_PAGE = 4
TABLE = ('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="604" '
         'style="width:453.0pt;border-collapse:collapse;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">')

# TRS's shared pager (the stock one writes 首页/上一页/下一页/尾页 with index_N links, N zero-based).
PAGE_JS = """function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount <= 1){ return; }
  var nCurrIndex = _nCurrIndex || 0;
  function name(i){ return i == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt; }
  document.write("共" + _nPageCount + "页&nbsp;");
  if(nCurrIndex == 0){ document.write("首页&nbsp;上一页&nbsp;"); }
  else { document.write("<a href=\\"" + name(0) + "\\">首页</a>&nbsp;");
         document.write("<a href=\\"" + name(nCurrIndex - 1) + "\\">上一页</a>&nbsp;"); }
  if(nCurrIndex == _nPageCount - 1){ document.write("下一页&nbsp;尾页"); }
  else { document.write("<a href=\\"" + name(nCurrIndex + 1) + "\\">下一页</a>&nbsp;");
         document.write("<a href=\\"" + name(_nPageCount - 1) + "\\">尾页</a>"); }
}
"""


def page(title: str, inner: str, metas: str = "") -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f'<meta name="SiteName" content="岑川县人民政府门户网站"><meta name="SiteDomain" content="{HOST}">'
        f'<meta name="SiteIDCode" content="9803210001">{metas}<title>{escape(title)}</title>'
        '<link href="/css/style.css" rel="stylesheet"></head><body topmargin=0 leftmargin=0>'
        '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="topnav">'
        '<a href="/">首页</a> | <a href="/xxgk/">政府信息公开</a> | <a href="/hdjl/">互动交流</a> | '
        '<a href="javascript:void(0)" onclick="kqNav()">无障碍浏览</a></td></tr>'
        f'<tr><td>{inner}</td></tr>'
        '<tr><td class="bottom">主办：岑川县人民政府办公室 &nbsp;网站标识码：9803210001 &nbsp;'
        '<a href="http://beian.miit.gov.test/">未ICP备05004418号-1</a><br>'
        '<span id="_ideConac"></span><script type="text/javascript">document.write(unescape('
        '"%3Cspan id=\'_ideConac\' %3E%3C/span%3E"));</script></td></tr></table></body></html>'
    )


class TrsCenchuan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.entries: list[tuple[str, str, str]] = []  # (href relative to the column, title, date)
        self.docid = 5_510_000

        self.article(make_doc(rng, OWNER, 2021, "2022-01-27", version="v2021"))
        doc = make_doc(rng, OWNER, 2022, "2023-01-30")
        self.article(doc, split={"t3": split_point(doc, "t3", rng)})
        self.article(make_doc(rng, OWNER, 2023, "2024-01-31", title="岑川县2023年政府信息公开年报"))
        self.article(make_doc(rng, "岑川县卫生健康局", 2023, "2024-01-19",
                              title="岑川县卫生健康局2023年度政府信息公开工作报告"))
        self.stub(make_doc(rng, OWNER, 2024, "2025-01-24"))
        for title, date in (("关于报送2024年度政府信息公开工作年度报告的函", "2024-12-20"),
                            ("岑川县2023年法治政府建设年度报告", "2024-03-28"),
                            ("岑川县人民政府2023年政府网站工作年度报表", "2024-01-15"),
                            ("岑川县2023年政府信息公开工作年度报告解读", "2024-02-02")):
            self.decoy_page(title, date)

        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i: i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for index, chunk in enumerate(chunks):
            name = "index.htm" if index == 0 else f"index_{index}.htm"
            self.put(HOST, COLUMN + name, self.list_page(chunk, index, len(chunks)), GBK, "gbk")
        self.put(HOST, "/js/page.js", PAGE_JS, "application/javascript")

    def next_path(self, date: str) -> tuple[str, str]:
        self.docid += self.rng.randint(11, 900)
        href = f"./{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.docid}.htm"
        return href, COLUMN + href[2:]

    def shell(self, title: str, date: str, content: str, after: str = "") -> str:
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 16:20">'
                 '<meta name="ContentSource" content="县政府办公室">')
        inner = (
            '<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; '
            f'<a href="{COLUMN}index.htm">政府信息公开年报</a></div>'
            f'<div class="zw_title">{escape(title)}</div>'
            f'<div class="zw_info">发布日期：{date} &nbsp; 信息来源：县政府办公室 &nbsp; 点击数：'
            '<script src="/counter/count.jsp"></script> &nbsp; 【<a href="javascript:doZoom(16)">大</a> '
            '<a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>'
            '<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{line-height:2;font-size:12pt;}</style>'
            f'<div class="Custom_UnionStyle">{content}</div></div>{after}'
            '<div class="zw_tools"><a href="javascript:window.print()">【打印本页】</a> '
            '<a href="javascript:window.close()">【关闭窗口】</a></div>'
            '<script language="javascript">ContentUporNext("上一篇","下一篇");</script>'
        )
        return page(f"{title}-岑川县人民政府", inner, metas)

    def article(self, doc: ReportDoc, split: dict[str, int] | None = None) -> None:
        href, path = self.next_path(doc.published_date or "")
        content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0">'
                            if split is None else '<table border="1" cellspacing="0" cellpadding="0">',
                            split=split, page_break=WORD_BREAK)
        url = self.put(HOST, path, self.shell(doc.title, doc.published_date or "", content), GBK, "gbk")
        self.entries.append((href, doc.title, doc.published_date or ""))
        self.report(SITE, url, doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        href, path = self.next_path(date)
        pdf = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.pdf"
        folder = path.rsplit("/", 1)[0]
        pdf_url = self.put_pdf(HOST, f"{folder}/{pdf}", doc)
        content = f'<p class="MsoNormal" style="text-indent:2em">{escape(doc.title)}全文见附件。</p>'
        after = (f'<div class="fj"><p class="fj_title">附件：</p><ul><li><a href="./{pdf}" target="_blank">'
                 f"{escape(doc.title)}.pdf</a></li></ul></div>")
        url = self.put(HOST, path, self.shell(doc.title, date, content, after), GBK, "gbk")
        self.entries.append((href, doc.title, date))
        self.report(SITE, url, doc, media_type="application/pdf", report_url=pdf_url)

    def decoy_page(self, title: str, date: str) -> None:
        href, path = self.next_path(date)
        content = "".join(f'<p class="MsoNormal" style="text-indent:2em">{escape(p)}</p>'
                          for p in decoy_text(title, "岑川县", int(date[:4]) - 1, self.rng))
        url = self.put(HOST, path, self.shell(title, date, content), GBK, "gbk")
        self.entries.append((href, title, date))
        self.decoy(SITE, url, title)

    def list_page(self, chunk: list[tuple[str, str, str]], index: int, count: int) -> str:
        rows = "".join(
            '<TR><TD height=25 class="lb"><IMG src="/images/dot.gif" width=5 height=5>&nbsp;'
            f'<A href="{href}" target=_blank>{escape(title)}</A></TD>'
            f'<TD width="70" align="right" class="date">{date}</TD></TR>'
            f'<TR><TD colspan=2 background="/images/line.gif" height=1></TD></TR>'
            for href, title, date in chunk
        )
        pager = (
            '<script language="JavaScript" src="/js/page.js"></script>'
            '<script language="JavaScript"><!--\n'
            f"var currentPage = {index};//所在页从0开始\n"
            "var prevPage = currentPage-1//上一页\n"
            "var nextPage = currentPage+1//下一页\n"
            f"var countPage = {count}//共多少页\n"
            'createPageHTML(countPage, currentPage, "index", "htm");\n'
            "//--></script>"
        )
        inner = (
            '<div class="location">您现在的位置：<a href="/">首页</a> &gt; 政府信息公开 &gt; 政府信息公开年报</div>'
            '<table width="100%" border="0" cellspacing="0" cellpadding="0" class="GroupBlankLine">'
            f'{rows}</table><table width="100%"><tr><td align="center" class="page">{pager}</td></tr></table>'
        )
        return page("政府信息公开年报-岑川县人民政府", inner,
                    '<meta name="ColumnName" content="政府信息公开年报"><meta name="ColumnType" content="年报">')


PORTALS = [TrsCenchuan]
