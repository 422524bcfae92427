"""漕岭县人民政府 (www.caoling.gov.test): a TRS WCM classic county whose 年报 column is paged by a
``createPageHTML`` call spread over several lines with a ``//`` comment after each argument (the count on its own
line, ``3,      // 总页数``; the function itself in ``/js/createPageHTML.js``), written inside
``<div class="fenye">`` after a ``<ul class="list-ul">`` whose link texts are cut to 18 characters
("…") with the full title only in ``title=``; the column's files are ``.htm`` (zero-based: ``index.htm``,
``index_1.htm``, ``index_2.htm``, portals.md §1.1).

Start URL: the home page ``/``; its 政务公开 nav links ``/zwgk/`` (a page of 公开 columns) which links the column
``/zwgk/zfxxgk/gznb/index.htm``; the home page's 信息公开 box links the column too.  Rows:
``<li><a href="./YYYYMM/tYYYYMMDD_<id>.htm" title="full title" target="_blank">cut title…</a>
<span class="time">[YYYY-MM-DD]</span></li>``, four a page, newest first.

Articles ``/zwgk/zfxxgk/gznb/YYYYMM/tYYYYMMDD_<id>.htm``: metas ArticleTitle, PubDate, ContentSource and the TRS
extras ``contentid``, ``publishdate``; ``<div class="detail-tit">``, a line ``发布时间：… 来源：… 浏览次数：
<span id="count"></span> 【字体：大 中 小】``, body ``div.TRS_Editor`` (with its inline ``<style>``) inside
``div.detail-con``.
Reports (8): 漕岭县人民政府 2019 (Word-pasted), 2021, 2022, 2024 (a one-line body; the report is the PDF
``./YYYYMM/P0<date><12 digits>.pdf`` in a ``<div class="fj"><p>附件：</p><ul>`` *after* the TRS_Editor div),
漕岭县卫生健康局 2023 ("县卫健局…"), 漕岭县住房和城乡建设局 2020 ("县住建局…"), 漕岭县石门乡人民政府 2022 ("石门乡…"),
漕岭县财政局 2024 ("县财政局…年报") — 来源 and ContentSource name the full unit.
Decoys (3): 漕岭县人民政府2023年法治政府建设年度报告, 漕岭县2022年度财政决算, 漕岭县政府信息公开指南（2024年修订）.
Chrome: top bar (无障碍, 关怀版, 移动版), logo, nav, footer with 主办单位, 网站标识码, ICP, 公网安备, 扫码 blurb.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch36._site import MEDIA, Site, esc

HOST = "www.caoling.gov.test"
SITE = "caoling-gov"
OWNER = "漕岭县人民政府"
WJ = "漕岭县卫生健康局"
ZJ = "漕岭县住房和城乡建设局"
TOWN = "漕岭县石门乡人民政府"
CZ = "漕岭县财政局"
CODE = "9886010003"
COL = "/zwgk/zfxxgk/gznb/"
PER = 4
PAGER_JS = """function createPageHTML(nPageCount, nCurrIndex, sPageName, sPageExt) {
  if (nPageCount <= 1) { return; }
  var h = "共" + nPageCount + "页 ";
  var u = function (i) { return i === 0 ? sPageName + "." + sPageExt : sPageName + "_" + i + "." + sPageExt; };
  h += nCurrIndex > 0 ? "<a href='" + u(0) + "'>首页</a> <a href='" + u(nCurrIndex - 1) + "'>上一页</a> "
    : "首页 上一页 ";
  h += nCurrIndex < nPageCount - 1 ? "<a href='" + u(nCurrIndex + 1) + "'>下一页</a> <a href='" + u(nPageCount - 1) +
    "'>尾页</a>" : "下一页 尾页";
  document.write(h);
}
"""


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title></head><body>'
            '<div class="topbar"><a href="javascript:;" id="wza">无障碍</a> | <a href="javascript:;">关怀版</a> | '
            '<a href="javascript:;">移动版</a></div><div class="logo"><h1>漕岭县人民政府</h1></div>'
            '<div class="navbar"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwgk/">政府信息公开</a>'
            f'</div>{inner}<div class="footer"><p>主办单位：漕岭县人民政府办公室　技术支持：漕岭县融媒体中心</p>'
            f'<p>网站标识码：{CODE}　<a href="https://beian.miit.gov.cn/">未ICP备20031177号</a>　'
            '未公网安备98860102000045号</p><p>扫描二维码关注“漕岭发布”</p></div></body></html>')


class TrsCaoling(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 310_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-20"), (2021, "2022-01-25"), (2022, "2023-01-30")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, "县政府办", OWNER, self.body(doc, word=year == 2019)), doc)
        date = "2025-01-22"
        doc = self.doc(OWNER, 2024, date, f"{OWNER}2024年政府信息公开工作年度报告")
        ymd = date.replace("-", "")
        name = f"P0{ymd}{self.rng.randint(10 ** 11, 10 ** 12 - 1)}.pdf"
        file_url = self.attach(HOST, f"{COL}{ymd[:6]}/{name}", doc, "pdf")
        url = self.article(doc.title, date, "县政府办", OWNER, f"<p>{esc(doc.title)}全文见附件。</p>",
                           after=f'<div class="fj"><p>附件：</p><ul><li><a href="./{name}" target="_blank">'
                                 f'{esc(doc.title)}.pdf</a></li></ul></div>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=file_url)
        for agency, year, date, title in (
                (WJ, 2023, "2024-01-24", "县卫健局2023年政府信息公开工作年度报告"),
                (ZJ, 2020, "2021-01-29", "县住建局2020年政府信息公开工作年度报告"),
                (TOWN, 2022, "2023-01-18", "石门乡2022年政府信息公开工作年度报告"),
                (CZ, 2024, "2025-01-17", "县财政局2024年政府信息公开工作年报")):
            doc = self.doc(agency, year, date, title)
            self.report(SITE, self.article(title, date, agency, agency, self.body(doc)), doc)
        for title, year, date in (("漕岭县人民政府2023年法治政府建设年度报告", 2023, "2024-03-20"),
                                  ("漕岭县2022年度财政决算", 2022, "2023-08-25"),
                                  ("漕岭县政府信息公开指南（2024年修订）", 2024, "2024-06-11")):
            self.decoy(SITE, self.article(title, date, "县政府办", OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            self.put(HOST, f"{COL}index{'' if k == 0 else f'_{k}'}.htm", self.column(k, pages))
        self.put(HOST, "/index.htm", frame(OWNER, '<div class="main"><div class="xxgk-box"><h3>信息公开</h3>'
                                                  f'<a href="{COL}index.htm">政府信息公开年报</a> '
                                                  '<a href="/zwgk/">政务公开</a></div></div>'))
        self.put(HOST, "/zwgk/index.htm", frame(f"政务公开_{OWNER}", '<div class="main"><ul class="gk-cols">'
                                                '<li><a href="/zwgk/zfxxgk/gkzn/">政府信息公开指南</a></li>'
                                                f'<li><a href="{COL}index.htm">政府信息公开年报</a></li></ul></div>'))
        self.put(HOST, "/zwgk/zfxxgk/gkzn/index.htm", frame(f"政府信息公开指南_{OWNER}",
                                                           '<div class="main"><p>政府信息公开指南</p></div>'))
        self.put(HOST, "/js/createPageHTML.js", PAGER_JS, "application/javascript")

    def column(self, k: int, pages: int) -> str:
        def cut(t: str) -> str:
            return t if len(t) <= 18 else t[:18] + "…"
        rows = "".join(f'<li><a href=".{h[len(COL) - 1:]}" title="{esc(t)}" target="_blank">{esc(cut(t))}</a>'
                       f'<span class="time">[{d}]</span></li>' for d, h, t in self.rows[k * PER:(k + 1) * PER])
        call = (f'<script type="text/javascript">\ncreatePageHTML(\n    {pages},      // 总页数\n'
                f'    {k},      // 当前页(从0开始)\n    "index",  // 文件名\n    "htm"     // 后缀\n);\n</script>')
        inner = ('<div class="main"><div class="crumb">您现在的位置：<a href="/">首页</a> &gt; '
                 '<a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div><div class="list-box">'
                 f'<ul class="list-ul">{rows}</ul><div class="fenye">{call}</div></div></div>')
        return frame(f"政府信息公开年报_{OWNER}", inner, '<meta name="ColumnName" content="政府信息公开年报">'
                                                          '<script src="/js/createPageHTML.js"></script>')

    def article(self, title: str, date: str, source: str, meta_source: str, content: str, after: str = "") -> str:
        aid = self.next_id(5, 70)
        ymd = date.replace("-", "")
        path = f"{COL}{ymd[:6]}/t{ymd}_{aid}.htm"
        self.rows.append((date, path, title))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 09:30">'
                 f'<meta name="ContentSource" content="{esc(meta_source)}"><meta name="contentid" content="{aid}">'
                 f'<meta name="publishdate" content="{date}">')
        inner = (f'<div class="main"><div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="../index.htm">'
                 f'政府信息公开年报</a></div><div class="detail"><div class="detail-tit">{esc(title)}</div>'
                 f'<div class="detail-info">发布时间：{date}　来源：{esc(source)}　浏览次数：<span id="count"></span>'
                 '　【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】'
                 '</div><div class="detail-con"><div class="TRS_Editor"><style>.TRS_Editor P{line-height:2;'
                 f'font-size:12pt;}}</style>{content}</div>{after}</div></div></div>')
        return self.put(HOST, path, frame(f"{title}_{OWNER}", inner, extra))


PORTALS = [TrsCaoling]
