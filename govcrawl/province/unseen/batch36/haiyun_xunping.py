"""浔坪县人民政府 (www.xunping.gov.test): a TRS 海云 county whose 年报 column files are named ``list`` — ``list.shtml``,
``list_2.shtml``, ``list_3.shtml`` (1-based, no ``list_1``) — paged by a 6-argument ``createPageHTML("page_div", 3,
1, "list", "shtml", 11)`` call in double quotes whose function is defined in the page's own ``<head>``; the rows are
numbered ``<div class="xxgk-row">`` blocks, and articles are ``content_<id>.shtml`` in month folders.

Start URL: the home page ``/``; its 政府信息公开 nav links ``/xxgk/`` (a 信息公开 page of column links) which links
``/xxgk/zfxxgknb/list.shtml``.  Rows: ``<div class="xxgk-row"><span class="num">N</span><a
href="./YYYYMM/content_<id>.shtml" target="_blank">title</a><span class="fbjg">发布机构</span><span
class="date">YYYY-MM-DD</span></div>``, four a page, newest first, numbered across pages.

Articles ``/xxgk/zfxxgknb/YYYYMM/content_<id>.shtml``: metas ArticleTitle, PubDate, ContentSource and TRS extras
``contentid``, ``catalogs``, ``pagetype``; a 信息公开 table ``<table class="xxgk-info">`` (索引号, 发布机构, 发布日期,
文号), ``<h1 class="tit">``, body ``div.view.TRS_UEDITOR.trs_paper_default.trs_web`` holding a ``trs_editor_view``.
Reports (8, all HTML): 浔坪县人民政府 2019 (Word-pasted), 2021, 2023, 2024; 浔坪县人力资源和社会保障局 2022
("县人社局…"), 浔坪县退役军人事务局 2023 ("县退役军人事务局…"), 浔坪县芦溪街道办事处 2024 ("芦溪街道…"),
浔坪县水利局 2020 ("县水利局…") — 发布机构 and ContentSource name the full unit.
Decoys (3): 浔坪县人民政府2022年法治政府建设年度报告, 浔坪县2023年度县级决算,
关于报送2024年度政府信息公开工作年度报告的函.
Chrome: top bar (无障碍, 长者版, 登录), header with search form, nav, footer with 主办单位, 网站标识码, ICP,
公网安备.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch36._site import Site, esc

HOST = "www.xunping.gov.test"
SITE = "xunping-gov"
OWNER = "浔坪县人民政府"
RS = "浔坪县人力资源和社会保障局"
TY = "浔坪县退役军人事务局"
JD = "浔坪县芦溪街道办事处"
SL = "浔坪县水利局"
CODE = "9886040010"
COL = "/xxgk/zfxxgknb/"
PER = 4
PAGER = """<script type="text/javascript">
function createPageHTML(divName, nPageCount, nCurrIndex, sPageName, sPageExt, nRecordCount) {
  var el = document.getElementById(divName);
  if (!el || nPageCount <= 1) { return; }
  function u(n) { return n == 1 ? sPageName + "." + sPageExt : sPageName + "_" + n + "." + sPageExt; }
  var h = "<span>共" + nRecordCount + "条记录 第" + nCurrIndex + "/" + nPageCount + "页</span>";
  for (var i = 1; i <= nPageCount; i++) {
    h += i == nCurrIndex ? "<b>" + i + "</b>" : "<a href='" + u(i) + "'>" + i + "</a>";
  }
  el.innerHTML = h;
}
</script>"""


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title></head><body>'
            '<div class="topbar"><a href="javascript:;">无障碍</a> <a href="javascript:;">长者版</a> '
            '<a href="javascript:;">登录</a></div><div class="header"><span class="sitename">浔坪县人民政府</span>'
            '<form class="search" action="javascript:;"><input type="text" name="searchWord"><button>搜索</button>'
            '</form></div><div class="nav"><a href="/">首页</a> <a href="/xxgk/">政府信息公开</a></div>'
            f'{inner}<div class="footer"><p>主办单位：浔坪县人民政府办公室</p>'
            f'<p>网站标识码：{CODE}　未ICP备21004417号　未公网安备98860402000029号</p></div></body></html>')


class HaiyunXunping(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 312_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        for year, date in ((2019, "2020-01-23"), (2021, "2022-01-27"), (2023, "2024-01-22"), (2024, "2025-01-24")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2019)), doc)
        for agency, year, date, title in ((RS, 2022, "2023-01-20", "县人社局2022年政府信息公开工作年度报告"),
                                          (TY, 2023, "2024-01-18", "县退役军人事务局2023年政府信息公开工作年度报告"),
                                          (JD, 2024, "2025-01-14", "芦溪街道2024年政府信息公开工作年度报告"),
                                          (SL, 2020, "2021-01-25", "县水利局2020年政府信息公开工作年度报告")):
            doc = self.doc(agency, year, date, title)
            self.report(SITE, self.article(title, date, agency, self.body(doc)), doc)
        for title, year, date in (("浔坪县人民政府2022年法治政府建设年度报告", 2022, "2023-03-28"),
                                  ("浔坪县2023年度县级决算", 2023, "2024-08-20"),
                                  ("关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-18")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for n in range(1, pages + 1):
            self.put(HOST, f"{COL}list{'' if n == 1 else f'_{n}'}.shtml", self.column(n, pages))
        self.put(HOST, "/index.shtml", frame(OWNER, '<div class="main"><a href="/xxgk/">政府信息公开</a></div>'))
        self.put(HOST, "/xxgk/index.shtml", frame(f"政府信息公开_{OWNER}", '<div class="main"><ul class="gk-lm">'
                                                  '<li><a href="/xxgk/zfxxgkzn/index.shtml">政府信息公开指南</a></li>'
                                                  f'<li><a href="{COL}list.shtml">政府信息公开年报</a></li>'
                                                  '</ul></div>'))
        self.put(HOST, "/xxgk/zfxxgkzn/index.shtml", frame(f"政府信息公开指南_{OWNER}",
                                                           '<div class="main"><p>政府信息公开指南</p></div>'))

    def column(self, n: int, pages: int) -> str:
        start = (n - 1) * PER
        rows = "".join(f'<div class="xxgk-row"><span class="num">{start + i + 1}</span><a href=".{h[len(COL) - 1:]}"'
                       f' target="_blank">{esc(t)}</a><span class="fbjg">{esc(src)}</span><span class="date">{d}'
                       '</span></div>' for i, (d, h, t, src) in enumerate(self.rows[start:start + PER]))
        inner = ('<div class="main"><div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开'
                 '</a> &gt; 政府信息公开年报</div><div class="xxgk-head"><span>序号</span><span>标题</span>'
                 f'<span>发布机构</span><span>发布日期</span></div>{rows}<div class="page" id="page_div"></div>'
                 f'<script type="text/javascript">createPageHTML("page_div", {pages}, {n}, "list", "shtml", '
                 f'{len(self.rows)});</script></div>')
        return frame(f"政府信息公开年报_{OWNER}", inner, '<meta name="ColumnName" content="政府信息公开年报">' + PAGER)

    def article(self, title: str, date: str, source: str, content: str) -> str:
        aid = self.next_id(10, 90)
        ymd = date.replace("-", "")
        path = f"{COL}{ymd[:6]}/content_{aid}.shtml"
        self.rows.append((date, path, title, source))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 11:20">'
                 f'<meta name="ContentSource" content="{esc(source)}"><meta name="contentid" content="{aid}">'
                 '<meta name="catalogs" content="20671"><meta name="pagetype" content="1">')
        inner = (f'<div class="main"><div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="../list.shtml">'
                 '政府信息公开年报</a></div><table class="xxgk-info"><tr><th>索引号</th>'
                 f'<td>11{CODE[:6]}MB{aid}/{date[:4]}-{aid % 1000:05d}</td><th>发布机构</th><td>{esc(source)}</td>'
                 f'</tr><tr><th>发布日期</th><td>{date}</td><th>文号</th><td></td></tr></table>'
                 f'<h1 class="tit">{esc(title)}</h1><div class="view TRS_UEDITOR trs_paper_default trs_web">'
                 f'<div class="trs_editor_view">{content}</div></div></div>')
        return self.put(HOST, path, frame(f"{title}_{OWNER}", inner, extra))


PORTALS = [HaiyunXunping]
