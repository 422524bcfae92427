"""淠川市 (www.pichuan.gov.test): a TRS 海云 city whose 年报 column is paged by a 6-argument, *one-based*
``createPageHTML("pagenav", 3, 1, "index", "shtml", 11)`` call with double-quoted arguments — but whose
files are named the zero-based way: the page's own pager function writes page *n* as ``index_{n-1}``, so
page 2 is ``index_1.shtml`` and page 3 ``index_2.shtml`` (``index_3.shtml`` does not exist) — whose rows
are ``<dl>`` pairs naming each row's 来源, whose articles are channel/document pages
``/pcs/c104218/c<docid>/content.shtml``, and whose 2023 city report is a PDF shown in a pdf.js ``<iframe>``.

``/zwgk/zfxxgk/zfxxgknb/index.shtml`` (then ``index_1.shtml``, ``index_2.shtml``) holds ``<div
class="pc-nblist">`` of ``<dl><dt><a href="/pcs/c104218/c<docid>/content.shtml" target="_blank" title="full
title">title</a></dt><dd><span>来源：淠川市生态环境局</span><span>2025-01-20</span></dd></dl>``, four a page,
newest first; then ``<div id="pagenav"></div>`` and the script (function and call); the static HTML has
no page links.  Articles carry 海云's extra metas (``catalogs``, ``contentid``, ``publishdate``,
``ContentSource``), a ``<ul class="pc-info">`` (信息来源 | 发布日期 | 阅读次数) and the body in
``div.trs_editor_view.TRS_UEDITOR``.  The 生态环境局's title abbreviates it ("市生态环境局2024年…"); its
full name is in the 信息来源 item, the list row and ``ContentSource``.  The city's 2023 report is a stub
whose file ``/pcs/c104218/c<docid>/W0YYYYMMDD<12 digits>.pdf`` is embedded as ``<iframe
src="/pdfjs/web/viewer.html?file=<url-encoded path>">`` (the viewer page is served, empty of content)
and linked plainly in a ``附件下载：`` line under it.

Reports (8): 淠川市人民政府 2020–2024 (2020 old template; 2023 a PDF), 淠川市生态环境局 2024, 淠川市医疗保障局
2022, 淠川市潢河区人民政府 2023.  Decoys (3): 图解：淠川市2024年政府信息公开工作年度报告, 淠川市2024年政府网站工作
年度报表, 淠川市2023年度市本级决算.
"""

from __future__ import annotations

import random
from urllib.parse import quote

from govcrawl.province.unseen.batch26._site import MEDIA, Site, esc

HOST = "www.pichuan.gov.test"
SITE = "pichuan-gov"
OWNER = "淠川市人民政府"
OFFICE = "淠川市人民政府办公室"
LIST = "/zwgk/zfxxgk/zfxxgknb/"
CHANNEL = "/pcs/c104218/"
PER = 4
CODE = "9876000012"
CHROME = (("/", "首页"), ("/zwgk/", "政务公开"), ("/zwfw/", "政务服务"), ("/hdjl/", "互动交流"), ("/zjpc/", "走进淠川"),
          ("/zwgk/zfxxgk/", "政府信息公开"), ("/zwgk/zfxxgk/zfxxgkzn/", "政府信息公开指南"),
          ("/zwgk/zfxxgk/zfxxgkzd/", "政府信息公开制度"), ("/zwgk/zfxxgk/fdzdgknr/", "法定主动公开内容"),
          ("/wzdt/", "网站地图"), ("/yhdl/", "用户登录"),
          ("/search/", "搜索"))
PAGER = """<script type="text/javascript">
function createPageHTML(divId, pageCount, currentPage, prefix, ext, recordCount) {
  var el = document.getElementById(divId);
  if (!el || pageCount < 1) { return; }
  function pageUrl(n) { return n == 1 ? prefix + "." + ext : prefix + "_" + (n - 1) + "." + ext; }
  var h = "<span class=\\"total\\">共" + recordCount + "条 第" + currentPage + "/" + pageCount + "页</span>";
  var first = "<a href=\\"" + pageUrl(1) + "\\">首页</a>";
  var prev = "<a href=\\"" + pageUrl(currentPage - 1) + "\\">上一页</a>";
  var next = "<a href=\\"" + pageUrl(currentPage + 1) + "\\">下一页</a>";
  var last = "<a href=\\"" + pageUrl(pageCount) + "\\">尾页</a>";
  h += currentPage > 1 ? first + prev : "<span class=\\"dis\\">首页</span><span class=\\"dis\\">上一页</span>";
  for (var i = 1; i <= pageCount; i++) {
    h += i == currentPage ? "<span class=\\"cur\\">" + i + "</span>" : "<a href=\\"" + pageUrl(i) + "\\">" + i + "</a>";
  }
  h += currentPage < pageCount ? next + last : "<span class=\\"dis\\">下一页</span><span class=\\"dis\\">尾页</span>";
  el.innerHTML = h;
}
"""


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in CHROME[:5])
    return (
        '<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">'
        f'<meta name="SiteName" content="淠川市人民政府"><meta name="SiteDomain" content="{HOST}">'
        f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title></head><body>'
        '<div class="pc-topbar"><div class="container"><span>淠川市人民政府门户网站</span><div class="r">'
        '<a href="/yhdl/">登录</a><a href="javascript:;" onclick="ariaStart()">无障碍</a><a href="javascript:;" '
        'class="pc-care">关怀模式</a><a href="/wzdt/">网站地图</a></div></div></div><header class="pc-header"><div '
        'class="container"><div class="logo"><img src="/images/pc_logo.png" alt="淠川市人民政府"></div><div '
        'class="pc-so"><input id="searchKey" placeholder="搜索"><a href="/search/">搜索</a></div></div></header>'
        f'<nav class="pc-nav"><ul class="container">{nav}</ul></nav>{inner}'
        '<footer class="pc-footer"><div class="container"><div class="pc-flinks"><select onchange="if(this.value)'
        'window.open(this.value)"><option value="">国务院部门网站</option></select><select><option>市直部门网站'
        '</option></select></div><p>淠川市人民政府办公室主办　淠川市大数据中心承办</p><p>网站标识码：'
        f'{CODE}　未ICP备05002218号-1　未公网安备98760002000345号</p><p><a href="/wzdt/">网站地图</a> | <a href="/zwgk/'
        'zfxxgk/zfxxgkzn/">信息公开指南</a> | 本网站由TRS海云提供技术支持</p></div></footer></body></html>'
    )


class HaiyunPichuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 211_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        for year, day in ((2020, 27), (2021, 25), (2022, 23), (2024, 22)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"淠川市人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OFFICE, self.body(doc, word=year == 2020)), doc)
        doc = self.doc(OWNER, 2023, "2024-01-26", "淠川市人民政府2023年政府信息公开工作年度报告")
        docid = self.next_id()
        pdf = f"{CHANNEL}c{docid}/W0{20240126}{self.rng.randrange(10**12):012d}.pdf"
        content = (f"<p>{esc(doc.title)}全文如下：</p><iframe src=\"/pdfjs/web/viewer.html?file"
                   f"={quote(pdf, safe='')}\" "
                   'width="100%" height="900" frameborder="0"></iframe>'
                   f'<p class="pc-down">附件下载：<a href="{pdf}" target="_blank">{esc(doc.title)}.pdf</a></p>')
        url = self.article(doc.title, "2024-01-26", OFFICE, content, docid)
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=self.attach(HOST, pdf, doc, "pdf"))
        for unit, year, date, title in (
                ("淠川市生态环境局", 2024, "2025-01-20", "市生态环境局2024年政府信息公开工作年度报告"),
                ("淠川市医疗保障局", 2022, "2023-01-19", "淠川市医疗保障局2022年度政府信息公开工作年度报告"),
                ("淠川市潢河区人民政府", 2023, "2024-01-22", "淠川市潢河区人民政府2023年政府信息公开工作年度报告")):
            doc = self.doc(unit, year, date, title)
            self.report(SITE, self.article(title, date, unit, self.body(doc)), doc)
        for title, year, date in (("图解：淠川市2024年政府信息公开工作年度报告", 2024, "2025-01-23"),
                                  ("淠川市2024年政府网站工作年度报表", 2024, "2025-01-15"),
                                  ("淠川市2023年度市本级决算", 2023, "2024-08-29")):
            self.decoy(SITE, self.article(title, date, OFFICE, self.decoy_body(title, OWNER, year)), title)
        for path, name in CHROME:
            self.put(HOST, path, frame(f"{name}_淠川市人民政府", f'<div class="container pc-main"><h2>{name}</h2>'
                                       f'<p><a href="{LIST}index.shtml">政府信息公开年报</a></p></div>'))
        self.put(HOST, "/pdfjs/web/viewer.html", '<!DOCTYPE html><html dir="ltr"><head><meta charset="utf-8"><title>'
                 'PDF.js viewer</title><script src="pdf.js"></script><script src="viewer.js"></script></head><body '
                 'tabindex="1"><div id="outerContainer"><div id="viewerContainer"><div id="viewer" class="pdfViewer">'
                 '</div></div></div></body></html>')
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            self.put(HOST, LIST + ("index.shtml" if k == 1 else f"index_{k - 1}.shtml"), self.list_page(k, pages))

    def article(self, title: str, date: str, unit: str, content: str, docid: int = 0) -> str:
        docid = docid or self.next_id()
        path = f"{CHANNEL}c{docid}/content.shtml"
        self.rows.append((date, path, title, unit))
        meta = (f'<meta name="ColumnName" content="政府信息公开年报"><meta name="ArticleTitle" content="{esc(title)}">'
                f'<meta name="PubDate" content="{date} 16:00"><meta name="ContentSource" content="{esc(unit)}">'
                f'<meta name="catalogs" content="104218"><meta name="contentid" content="{docid}">'
                f'<meta name="publishdate" content="{date}"><meta name="pagetype" content="1">')
        inner = (f'<div class="container pc-main"><div class="pc-crumb">您的位置：<a href="/">首页</a> &gt; <a href='
                 f'"/zwgk/">'
                 f'政务公开</a> &gt; <a href="{LIST}index.shtml">政府信息公开年报</a></div><div class="pc-article">'
                 f'<h1>{esc(title)}</h1><ul class="pc-info"><li>信息来源：{esc(unit)}</li><li>发布日期：{date}</li><li>'
                 '阅读次数：<em id="readCount"></em></li><li class="pc-font">字号：<a href="javascript:;">大</a><a '
                 'href="javascript:;">中</a><a href="javascript:;">小</a></li></ul><div class="trs_editor_view '
                 f'TRS_UEDITOR trs_paper_default trs_web">{content}</div><div class="pc-share">分享到：<a href="java'
                 f'scri'
                 'pt:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a></div><div class="pc-print"><a '
                 'href="javascript:window.print()">打印</a><a href="javascript:window.close()">关闭</a></div></div><'
                 '/div>')
        return self.put(HOST, path, frame(f"{title}_淠川市人民政府", inner, meta))

    def list_page(self, k: int, pages: int) -> str:
        rows = "".join(f'<dl><dt><a href="{h}" target="_blank" title="{esc(t)}">{esc(t)}</a></dt><dd><span>来源：'
                       f'{esc(u)}</span><span>{d}</span></dd></dl>' for d, h, t, u in self.rows[(k - 1) * PER:k * PER])
        meta = '<meta name="ColumnName" content="政府信息公开年报"><meta name="ColumnType" content="政府信息公开年报">'
        left = ('<div class="pc-left"><h2>政府信息公开</h2><a href="/zwgk/zfxxgk/zfxxgkzn/">政府信息公开指南</a><a h'
                'ref="/zwgk/'
                'zfxxgk/zfxxgkzd/">政府信息公开制度</a><a href="/zwgk/zfxxgk/fdzdgknr/">法定主动公开内容</a><a class'
                '="on" '
                f'href="{LIST}index.shtml">政府信息公开年报</a></div>')
        inner = (f'<div class="container pc-main">{left}<div class="pc-right"><div class="pc-crumb">您的位置：<a hre'
                 f'f="/">'
                 '首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div><div class="pc-nblist">'
                 f'{rows}</div><div id="pagenav" class="pc-pagenav"></div>{PAGER}createPageHTML("pagenav", {pages}, '
                 f'{k}, "index", "shtml", {len(self.rows)});\n</script></div></div>')
        return frame("政府信息公开年报_淠川市人民政府", inner, meta)


PORTALS = [HaiyunPichuan]
