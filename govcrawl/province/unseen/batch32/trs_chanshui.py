"""瀍水县财政局 (czj.chanshui.gov.test): a county bureau's TRS WCM classic site reached from its home page, whose
年报 column is a ``<dl class="news_dl">`` list paged by a 4-argument, zero-based ``createPageHTML`` defined and
called inside an old ``<script language="JavaScript"><!-- … //--></script>`` block, over ``.htm`` articles.

Start URL: the home page ``/`` (``/index.htm``).  It links 政务公开 ``/zwgk/index.htm``, whose box links the 年报
column ``/zwgk/zfxxgk/zfxxgknb/index.htm``.  The column has three pages, ``index.htm``, ``index_1.htm``,
``index_2.htm``; its static HTML has no pager links: the pager is ``createPageHTML(3, 0, "index", "htm")`` (second
argument the zero-based current page) which writes "共3页 首页 上一页 1 2 3 下一页 尾页".  Rows (four a page,
newest first): ``<dd><a href="./YYYYMM/tYYYYMMDD_<id>.htm" target="_blank" title="full title">title</a>
<em>YYYY-MM-DD</em></dd>``.  Articles ``/zwgk/zfxxgk/zfxxgknb/YYYYMM/tYYYYMMDD_<id>.htm``: metas ArticleTitle,
PubDate, ContentSource; ``<div class="art_title"><h1>``, a line ``发布日期：… 信息来源：县财政局 浏览次数：…
【字体：大 中 小】``, body ``div.TRS_Editor`` (with an inline ``<style>`` first child), then a *sibling* block
``<div class="fj">附件：<a href="./P0YYYYMMDD<12 digits>.pdf">…</a></div>`` outside the editor div.

Reports (8): 瀍水县财政局 2019–2024 (2020 Word-pasted HTML; 2023 a stub body + PDF in ``div.fj``), and 瀍水县
国库集中支付中心 2022 and 2024 (titled "县国库集中支付中心…"; the 信息来源 line and ContentSource meta give the
full name).  Decoys (3): 瀍水县财政局2022年度部门决算, 瀍水县财政局2023年政务公开工作要点, 瀍水县财政局2021年
政府信息公开工作年度报告解读.  Other rows (1): a 惠民惠农补贴 notice.  Chrome: 无障碍 / 关怀版 links, a TRS search
form, nav, 扫一扫 blurb, footer with 主办单位, 网站标识码, ICP, 公网安备, conac/jiucuo placeholders.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch32._site import MEDIA, Site, esc

HOST = "czj.chanshui.gov.test"
SITE = "chanshui-czj"
OWNER = "瀍水县财政局"
UNIT = "瀍水县国库集中支付中心"
CODE = "9882010007"
COL = "/zwgk/zfxxgk/zfxxgknb/"
PER = 4
NAV = (("/index.htm", "首页"), ("/zwdt/index.htm", "财政动态"), ("/zwgk/index.htm", "政务公开"),
       ("/hdjl/index.htm", "互动交流"))

PAGER = """<script language="JavaScript"><!--
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount<=1){ return; }
  var u = function(i){ return i == 0 ? _sPageName+"."+_sPageExt : _sPageName+"_"+i+"."+_sPageExt; };
  document.write("共"+_nPageCount+"页&nbsp;");
  if(_nCurrIndex == 0){ document.write("首页&nbsp;上一页&nbsp;"); }
  else { document.write("<a href=\\""+u(0)+"\\">首页</a>&nbsp;<a href=\\""+u(_nCurrIndex-1)+"\\">上一页</a>&nbsp;"); }
  for(var i=0;i<_nPageCount;i++){
    if(i == _nCurrIndex){ document.write("<b>"+(i+1)+"</b>&nbsp;"); }
    else { document.write("<a href=\\""+u(i)+"\\">"+(i+1)+"</a>&nbsp;"); }
  }
  if(_nCurrIndex == _nPageCount-1){ document.write("下一页&nbsp;尾页"); }
  else { document.write("<a href=\\""+u(_nCurrIndex+1)+"\\">下一页</a>&nbsp;");
         document.write("<a href=\\""+u(_nPageCount-1)+"\\">尾页</a>"); }
}
createPageHTML(%d, %d, "index", "htm");
//--></script>"""


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<a href="{p}">{n}</a>' for p, n in NAV)
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title></head><body>'
            '<div class="top_bar"><a href="javascript:void(0)" id="wza">无障碍</a>'
            '　<a href="javascript:void(0)">关怀版</a>'
            '</div><div class="header"><div class="logo">瀍水县财政局</div>'
            '<form name="trssearchform" action="/was5/web/search" method="get"><input name="searchword">'
            '<input type="submit" value="搜索"></form></div>'
            f'<div class="nav">{nav}</div>{inner}'
            '<div class="ewm">扫一扫在手机打开当前页</div>'
            '<div class="footer"><span id="_span_jiucuo"></span><span id="_ideConac"></span>'
            '<p>主办单位：瀍水县财政局　承办：瀍水县财政局办公室　地址：瀍水县文昌路26号</p>'
            f'<p>网站标识码：{CODE}　未ICP备19004417号　未公网安备98820102000047号</p></div></body></html>')


class TrsChanshui(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 270_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-17"), (2020, "2021-01-22"), (2021, "2022-01-25"), (2022, "2023-01-19"),
                           (2024, "2025-01-21")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, "县财政局", OWNER, self.body(doc, word=year == 2020)), doc)
        date = "2024-01-26"
        doc = self.doc(OWNER, 2023, date, f"{OWNER}2023年政府信息公开工作年度报告")
        month = date[:7].replace("-", "")
        pdf = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.pdf"
        file_url = self.attach(HOST, f"{COL}{month}/{pdf}", doc, "pdf")
        url = self.article(doc.title, date, "县财政局", OWNER,
                           f"<p>现将{esc(doc.title)}予以公布，详见附件。</p>",
                           fj=f'<div class="fj">附件：<a href="./{pdf}" target="_blank">{esc(doc.title)}.pdf</a></div>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=file_url)
        for year, date in ((2022, "2023-01-28"), (2024, "2025-01-24")):
            doc = self.doc(UNIT, year, date, f"县国库集中支付中心{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, UNIT, UNIT, self.body(doc)), doc)
        for title, year, date in ((f"{OWNER}2022年度部门决算", 2022, "2023-08-30"),
                                  (f"{OWNER}2023年政务公开工作要点", 2023, "2023-03-14"),
                                  (f"{OWNER}2021年政府信息公开工作年度报告解读", 2021, "2022-01-25")):
            self.decoy(SITE, self.article(title, date, "县财政局", OWNER, self.decoy_body(title, OWNER, year)), title)
        self.article("关于2024年惠民惠农财政补贴资金“一卡通”发放情况的公示", "2024-06-12", "县财政局", OWNER,
                     "<p>根据有关规定，现将2024年惠民惠农财政补贴资金发放情况公示如下。</p>")
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            name = "index.htm" if k == 0 else f"index_{k}.htm"
            self.put(HOST, COL + name, self.list_page(k, pages))
        links = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in NAV)
        self.put(HOST, "/index.htm", frame(OWNER, '<div class="main"><div class="box"><h3>政务公开</h3><ul>'
                                           '<li><a href="/zwgk/index.htm">政府信息公开</a></li>'
                                           f'<li><a href="{COL}index.htm">政府信息公开年报</a></li></ul></div>'
                                           f'<div class="box"><h3>快速导航</h3><ul>{links}</ul></div></div>'))
        self.put(HOST, "/zwgk/index.htm", frame(f"政务公开-{OWNER}", '<div class="main"><div class="gk_box">'
                 '<a href="/zwgk/zfxxgk/zfxxgkzn/index.htm">政府信息公开指南</a>'
                 '<a href="/zwgk/zfxxgk/zfxxgkzd/index.htm">政府信息公开制度</a>'
                 '<a href="/zwgk/zfxxgk/fdzdgknr/index.htm">法定主动公开内容</a>'
                 f'<a href="{COL}index.htm">政府信息公开年报</a></div></div>'))
        for path, label in (("/zwgk/zfxxgk/zfxxgkzn/index.htm", "政府信息公开指南"),
                            ("/zwgk/zfxxgk/zfxxgkzd/index.htm", "政府信息公开制度"),
                            ("/zwgk/zfxxgk/fdzdgknr/index.htm", "法定主动公开内容"),
                            ("/zwdt/index.htm", "财政动态"), ("/hdjl/index.htm", "互动交流")):
            self.put(HOST, path, frame(f"{label}-{OWNER}", f'<div class="main"><h3>{label}</h3><p>暂无信息</p></div>'))

    def article(self, title: str, date: str, source: str, meta_source: str, content: str, fj: str = "") -> str:
        aid = self.next_id(3, 40)
        compact = date.replace("-", "")
        path = f"{COL}{compact[:6]}/t{compact}_{aid}.htm"
        self.rows.append((date, f"./{compact[:6]}/t{compact}_{aid}.htm", title))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 09:30">'
                 f'<meta name="ContentSource" content="{esc(meta_source)}">')
        inner = ('<div class="main"><div class="position">当前位置：<a href="/index.htm">首页</a> &gt; '
                 f'<a href="/zwgk/index.htm">政务公开</a> &gt; <a href="{COL}index.htm">政府信息公开年报</a></div>'
                 f'<div class="art_title"><h1>{esc(title)}</h1></div>'
                 f'<div class="art_info">发布日期：{date}　信息来源：{esc(source)}　浏览次数：<span id="hits"></span>'
                 '　【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】'
                 '</div><div class="TRS_Editor"><style type="text/css">.TRS_Editor P{line-height:2;font-size:12pt;}'
                 f'</style>{content}</div>{fj}'
                 '<div class="art_tool"><a href="javascript:window.print()">打印本页</a> '
                 '<a href="javascript:window.close()">关闭窗口</a></div></div>')
        return self.put(HOST, path, frame(f"{title}_{OWNER}", inner, extra))

    def list_page(self, k: int, pages: int) -> str:
        rows = "".join(f'<dd><a href="{href}" target="_blank" title="{esc(t)}">{esc(t)}</a><em>{d}</em></dd>'
                       for d, href, t in self.rows[k * PER:(k + 1) * PER])
        inner = ('<div class="main"><div class="position">当前位置：<a href="/index.htm">首页</a> &gt; '
                 '<a href="/zwgk/index.htm">政务公开</a> &gt; 政府信息公开年报</div>'
                 f'<div class="list_box"><dl class="news_dl"><dt>政府信息公开年报</dt>{rows}</dl>'
                 f'<div class="page_nav">{PAGER % (pages, k)}</div></div></div>')
        extra = '<meta name="ColumnName" content="政府信息公开年报"><meta name="ColumnType" content="年报">'
        return frame(f"政府信息公开年报_{OWNER}", inner, extra)


PORTALS = [TrsChanshui]
