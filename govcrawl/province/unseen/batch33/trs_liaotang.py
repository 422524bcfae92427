"""蓼塘县人民政府 (www.liaotang.gov.test): a county's TRS WCM classic site whose 政府信息公开年报 column is only a
row of *bare year* sub-columns (``zfxxgknb/2024/`` … ``zfxxgknb/2019/``, portals.md §0.3 ``zfxxgknb/{Y}/``), each a
``.shtml`` list of ``<table class="nb_tab">`` rows; the busiest year is paged by the 4-argument, zero-based
``createPageHTML(2, 0, "index", "shtml")`` written inside a ``<td class="fy">`` cell, and the one PDF report is
linked from its article with TRS's ``OLDSRC`` attribute beside the published ``href``.

Start URL: the 年报 column ``/zwgk/zfxxgk/zfxxgknb/index.shtml``: no report rows, only ``<div class="nb_year">``
with ``<a href="./2024/index.shtml">2024年度</a>`` … ``<a href="./2019/index.shtml">2019年度</a>`` (the year is the
report year, not the publishing year).  Each year list ``/zwgk/zfxxgk/zfxxgknb/<Y>/index.shtml`` holds rows
``<tr><td class="xh">1</td><td class="bt"><a href="./YYYYMM/tYYYYMMDD_<id>.shtml" target="_blank" title="full
title">title</a></td><td class="rq">YYYY-MM-DD</td></tr>`` (three a page).  Year 2023 has four entries, so it has
``index.shtml`` and ``index_1.shtml``; its pager cell calls ``createPageHTML(2, 0, "index", "shtml")`` (defined in
the page, writes "共2页 首页 上一页 1 2 下一页 尾页"); the other years call ``createPageHTML(1, 0, …)`` which writes
nothing.  Articles ``/zwgk/zfxxgk/zfxxgknb/<Y>/YYYYMM/tYYYYMMDD_<id>.shtml``: metas ArticleTitle, PubDate,
ContentSource; ``<h2 class="wz_tit">``, ``<div class="wz_info">`` (发布时间 / 来源 / 浏览次数), body
``<div class="TRS_Editor"><div class="Custom_UnionStyle">…</div></div>``.

Reports (8): 蓼塘县人民政府 2019–2024 (2019 Word-pasted; 2022 a stub body whose ``<a href="./P0….pdf"
OLDSRC="/protect/P0….pdf">`` links the PDF in the article's month folder), 蓼塘县教育局 2023 and 蓼塘县卫生健康局 2023
(in the 2023 year list, titled "县教育局…" / "县卫健局…"; the 来源 line and ContentSource name the full unit).
Decoys (3): 2023 list: 蓼塘县2023年法治政府建设年度报告; 2021 list: 蓼塘县2021年政府信息公开工作年度报告解读;
2020 list: 关于报送2020年度政府信息公开工作年度报告的函.  Chrome: 无障碍 / 长者模式 links, TRS search form, nav,
扫一扫 blurb, footer with 主办单位, 网站标识码, ICP, 公网安备, conac placeholder.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch33._site import MEDIA, Site, esc

HOST = "www.liaotang.gov.test"
SITE = "liaotang-gov"
OWNER = "蓼塘县人民政府"
EDU = "蓼塘县教育局"
WJ = "蓼塘县卫生健康局"
CODE = "9883010001"
COL = "/zwgk/zfxxgk/zfxxgknb/"
PER = 3
NAV = (("/index.shtml", "首页"), ("/zwgk/index.shtml", "政务公开"), ("/zwfw/index.shtml", "政务服务"),
       ("/hdjl/index.shtml", "互动交流"), ("/zjlt/index.shtml", "走进蓼塘"))

PAGER = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount<=1){ return; }
  function u(i){ return i == 0 ? _sPageName+"."+_sPageExt : _sPageName+"_"+i+"."+_sPageExt; }
  var s = "共"+_nPageCount+"页&nbsp;";
  s += _nCurrIndex == 0 ? "首页&nbsp;上一页&nbsp;" : "<a href=\\""+u(0)+"\\">首页</a>&nbsp;<a href=\\""
       +u(_nCurrIndex-1)+"\\">上一页</a>&nbsp;";
  for(var i=0;i<_nPageCount;i++){
    s += i == _nCurrIndex ? "<span class=\\"cur\\">"+(i+1)+"</span>&nbsp;"
                          : "<a href=\\""+u(i)+"\\">"+(i+1)+"</a>&nbsp;";
  }
  s += _nCurrIndex == _nPageCount-1 ? "下一页&nbsp;尾页"
       : "<a href=\\""+u(_nCurrIndex+1)+"\\">下一页</a>&nbsp;<a href=\\""+u(_nPageCount-1)+"\\">尾页</a>";
  document.write(s);
}
createPageHTML(%d, %d, "index", "shtml");
</script>"""


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in NAV)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title></head><body>'
            '<div class="lt_top"><span>欢迎访问蓼塘县人民政府门户网站</span>'
            '<a href="javascript:;" id="toolbarbtn">无障碍</a>'
            ' | <a href="javascript:;" onclick="olderflag()">长者模式</a></div>'
            '<div class="lt_head"><div class="lt_logo">蓼塘县人民政府</div>'
            '<form name="trssearchform" action="/was5/web/search" method="get"><input type="text" name="searchword">'
            '<input type="hidden" name="channelid" value="229871"><button type="submit">搜索</button></form></div>'
            f'<ul class="lt_nav">{nav}</ul>{inner}'
            '<div class="lt_ewm"><p>蓼塘发布</p><p>扫一扫关注政务微信</p></div>'
            '<div class="lt_foot"><span id="_ideConac"></span>'
            '<p>主办单位：蓼塘县人民政府办公室　地址：蓼塘县府前街1号　电话：0000-6612345</p>'
            f'<p>网站标识码：{CODE}　未ICP备20003318号-1　未公网安备98830102000012号</p></div></body></html>')


class TrsLiaotang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 280_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: dict[int, list[tuple[str, str, str]]] = {y: [] for y in range(2019, 2025)}
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-27"), (2021, "2022-01-24"), (2023, "2024-01-29"),
                           (2024, "2025-01-22")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(year, doc.title, date, "县政府办公室", OWNER,
                                           self.body(doc, word=year == 2019)), doc)
        date = "2023-01-30"
        doc = self.doc(OWNER, 2022, date, f"{OWNER}2022年政府信息公开工作年度报告")
        pdf = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.pdf"
        file_url = self.attach(HOST, f"{COL}2022/202301/{pdf}", doc, "pdf")
        url = self.article(2022, doc.title, date, "县政府办公室", OWNER,
                           f"<p>{esc(doc.title)}全文见附件。</p><p>附件：<a href=\"./{pdf}\" OLDSRC=\"/protect/{pdf}\" "
                           f"target=\"_blank\">{esc(doc.title)}.pdf</a></p>")
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=file_url)
        for agency, short, date in ((EDU, "县教育局", "2024-01-25"), (WJ, "县卫健局", "2024-02-02")):
            doc = self.doc(agency, 2023, date, f"{short}2023年政府信息公开工作年度报告")
            self.report(SITE, self.article(2023, doc.title, date, agency, agency, self.body(doc)), doc)
        for title, year, date in (("蓼塘县2023年法治政府建设年度报告", 2023, "2024-03-20"),
                                  ("蓼塘县2021年政府信息公开工作年度报告解读", 2021, "2022-01-24"),
                                  ("关于报送2020年度政府信息公开工作年度报告的函", 2020, "2020-12-28")):
            body = self.decoy_body(title, OWNER, year)
            self.decoy(SITE, self.article(year, title, date, "县政府办公室", OWNER, body), title)
        years = "".join(f'<a href="./{y}/index.shtml">{y}年度</a>' for y in range(2024, 2018, -1))
        self.put(HOST, COL + "index.shtml", frame(f"政府信息公开年报_{OWNER}", (
            '<div class="lt_main"><div class="lt_pos">您的位置：<a href="/index.shtml">首页</a> &gt; '
            '<a href="/zwgk/index.shtml">政务公开</a> &gt; 政府信息公开年报</div>'
            f'<div class="nb_box"><h3>政府信息公开年报</h3><div class="nb_year">{years}</div>'
            '<p class="nb_tip">请选择年度查看政府信息公开工作年度报告。</p></div></div>'),
            '<meta name="ColumnName" content="政府信息公开年报"><meta name="ColumnType" content="年报">'))
        for y, rows in self.rows.items():
            rows.sort(reverse=True)
            pages = max(1, -(-len(rows) // PER))
            for k in range(pages):
                self.put(HOST, f"{COL}{y}/" + ("index.shtml" if k == 0 else f"index_{k}.shtml"),
                         self.list_page(y, rows, k, pages))
        links = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in NAV)
        self.put(HOST, "/index.shtml", frame(OWNER, '<div class="lt_main"><div class="box"><h3>政府信息公开</h3><ul>'
                                             '<li><a href="/zwgk/index.shtml">政务公开</a></li>'
                                             f'<li><a href="{COL}index.shtml">政府信息公开年报</a></li></ul></div>'
                                             f'<div class="box"><h3>导航</h3><ul>{links}</ul></div></div>'))
        self.put(HOST, "/zwgk/index.shtml", frame(f"政务公开_{OWNER}", '<div class="lt_main"><ul class="gk_menu">'
                 '<li><a href="/zwgk/zfxxgk/zfxxgkzn/index.shtml">政府信息公开指南</a></li>'
                 f'<li><a href="{COL}index.shtml">政府信息公开年报</a></li></ul></div>'))
        for path, label in (("/zwgk/zfxxgk/zfxxgkzn/index.shtml", "政府信息公开指南"),
                            ("/zwfw/index.shtml", "政务服务"), ("/hdjl/index.shtml", "互动交流"),
                            ("/zjlt/index.shtml", "走进蓼塘")):
            self.put(HOST, path, frame(f"{label}_{OWNER}",
                                       f'<div class="lt_main"><h3>{label}</h3><p>暂无信息</p></div>'))

    def article(self, year: int, title: str, date: str, source: str, meta_source: str, content: str) -> str:
        aid = self.next_id(3, 40)
        compact = date.replace("-", "")
        rel = f"{compact[:6]}/t{compact}_{aid}.shtml"
        self.rows[year].append((date, f"./{rel}", title))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 10:12">'
                 f'<meta name="ContentSource" content="{esc(meta_source)}">')
        inner = ('<div class="lt_main"><div class="lt_pos">您的位置：<a href="/index.shtml">首页</a> &gt; '
                 f'<a href="{COL}index.shtml">政府信息公开年报</a> &gt; '
                 f'<a href="{COL}{year}/index.shtml">{year}年度</a></div>'
                 f'<h2 class="wz_tit">{esc(title)}</h2>'
                 f'<div class="wz_info">发布时间：{date}　来源：{esc(source)}　浏览次数：<span id="num"></span></div>'
                 f'<div class="TRS_Editor"><div class="Custom_UnionStyle">{content}</div></div>'
                 '<div class="wz_tool"><a href="javascript:window.print()">【打印】</a>'
                 '<a href="javascript:window.close()">【关闭】</a></div></div>')
        return self.put(HOST, f"{COL}{year}/{rel}", frame(f"{title}_{OWNER}", inner, extra))

    def list_page(self, y: int, rows: list[tuple[str, str, str]], k: int, pages: int) -> str:
        body = "".join(f'<tr><td class="xh">{k * PER + i + 1}</td><td class="bt"><a href="{href}" target="_blank" '
                       f'title="{esc(t)}">{esc(t)}</a></td><td class="rq">{d}</td></tr>'
                       for i, (d, href, t) in enumerate(rows[k * PER:(k + 1) * PER]))
        inner = ('<div class="lt_main"><div class="lt_pos">您的位置：<a href="/index.shtml">首页</a> &gt; '
                 f'<a href="{COL}index.shtml">政府信息公开年报</a> &gt; {y}年度</div>'
                 f'<table class="nb_tab" width="100%"><tbody>{body}</tbody></table>'
                 f'<table width="100%"><tr><td class="fy" align="center">{PAGER % (pages, k)}</td></tr></table></div>')
        return frame(f"{y}年度_政府信息公开年报_{OWNER}", inner,
                     f'<meta name="ColumnName" content="{y}年度"><meta name="ColumnType" content="年报">')


PORTALS = [TrsLiaotang]
