"""汲源县人民政府 (www.jiyuan.gov.test): a TRS 海云 county whose 年报 column is a 公开目录 table in the Hunan style —
columns 索引号 / 名称 / 发布机构 / 生成日期 — paged by the 6-argument ``createPageHTML('paging', 3, N, 'index', 'html',
9)`` into ``<div id="paging">`` (1-based: page 1 ``index.html``, page n ``index_n.html``; ``index_1.html`` is not
served, portals.md §1.2).

Start URL: ``/zfxxgk/fdzdgknr/zfxxgknb/index.html``.  ``<table class="gkml_tab">`` with a ``<thead>`` row and one
``<tr>`` per item: ``<td class="syh">YYYY-NNNNN</td><td class="mc"><a href="./YYYYMM/tYYYYMMDD_<id>.html"
title="full title">title</a></td><td>发布机构 (full unit name)</td><td>YYYY-MM-DD</td>`` (four rows a page, newest
first).  The pager script is inline right after ``<div id="paging"></div>``; the pager function itself lives in
``/common/js/createPageHTML.js`` (served).

Articles ``/zfxxgk/fdzdgknr/zfxxgknb/YYYYMM/tYYYYMMDD_<id>.html``: metas ArticleTitle, PubDate, ContentSource,
``contentid``; a metadata ``<table class="xxgk_info">`` with space-padded labels (``索 引 号`` / ``发 布 机 构`` /
``生 成 日 期`` / ``名　　称``), then ``<div class="trs_editor_view TRS_UEDITOR">`` body.
Reports (7, all HTML): 汲源县人民政府 2019, 2021 (Word-pasted), 2023, 2024; 汲源县公安局 2022 ("县公安局…"),
汲源县自然资源局 2023 ("县自然资源局…"), 汲源县新塘镇人民政府 2021 ("新塘镇…") — the 发布机构 cells and the article's
发布机构 name the full unit.  Decoys (2): 汲源县2022年度部门决算, 汲源县人民政府2022年政府信息公开工作年度报告解读.
Chrome: top bar (无障碍, 长者版, 登录), search form ``trssearchform``, nav, 扫一扫 blurb, footer with 主办单位,
网站标识码,
ICP, 公网安备, conac.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch35._site import Site, esc

HOST = "www.jiyuan.gov.test"
SITE = "jiyuan-gov"
OWNER = "汲源县人民政府"
GA = "汲源县公安局"
ZR = "汲源县自然资源局"
TOWN = "汲源县新塘镇人民政府"
CODE = "9885040021"
COL = "/zfxxgk/fdzdgknr/zfxxgknb/"
PER = 4
PAGER_JS = """function createPageHTML(div, pages, cur, name, ext, total) {
  var el = document.getElementById(div); if (!el || pages <= 1) return;
  function u(n) { return n == 1 ? name + '.' + ext : name + '_' + n + '.' + ext; }
  var h = '<span>共' + total + '条</span>';
  for (var i = 1; i <= pages; i++) h += i == cur ? '<b>' + i + '</b>' : '<a href="' + u(i) + '">' + i + '</a>';
  el.innerHTML = h;
}
"""


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title>'
            '<script src="/common/js/createPageHTML.js"></script></head><body>'
            '<div class="top"><a href="javascript:;">无障碍</a> <a href="javascript:;">长者版</a> '
            '<a href="javascript:;">登录</a><form name="trssearchform" action="/search/" method="get">'
            '<input name="searchword"><input type="submit" value="搜索"></form></div>'
            '<div class="logo">汲源县人民政府</div><div class="nav"><a href="/">首页</a> '
            '<a href="/zfxxgk/">政府信息公开</a> '
            f'<a href="{COL}index.html">政府信息公开年报</a></div>{inner}'
            '<div class="ewm">扫一扫在手机打开当前页</div><div class="foot"><p>主办单位：汲源县人民政府办公室</p>'
            f'<p>网站标识码：{CODE}　未ICP备16033441号　未公网安备98850402000019号</p><span id="_ideConac"></span>'
            '</div></body></html>')


class HaiyunJiyuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 302_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str, str]] = []
        for year, date in ((2019, "2020-01-22"), (2021, "2022-01-28"), (2023, "2024-01-23"), (2024, "2025-01-21")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2021)), doc)
        for agency, year, date, title in ((GA, 2022, "2023-01-30", "县公安局2022年政府信息公开工作年度报告"),
                                          (ZR, 2023, "2024-01-29", "县自然资源局2023年政府信息公开工作年度报告"),
                                          (TOWN, 2021, "2022-01-19", "新塘镇2021年政府信息公开工作年度报告")):
            doc = self.doc(agency, year, date, title)
            self.report(SITE, self.article(title, date, agency, self.body(doc)), doc)
        for title, year, date in (("汲源县2022年度部门决算", 2022, "2023-09-05"),
                                  ("汲源县人民政府2022年政府信息公开工作年度报告解读", 2022, "2023-02-08")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for n in range(1, pages + 1):
            self.put(HOST, f"{COL}index{'' if n == 1 else f'_{n}'}.html", self.column(n, pages))
        self.put(HOST, "/common/js/createPageHTML.js", PAGER_JS, "application/javascript; charset=utf-8")
        self.put(HOST, "/zfxxgk/index.html", frame(f"政府信息公开_{OWNER}", '<div class="main"><ul>'
                                                   f'<li><a href="{COL}index.html">政府信息公开年报</a></li>'
                                                   f'</ul></div>'))
        self.put(HOST, "/index.html", frame(OWNER, f'<div class="main"><a href="{COL}index.html">政府信息公开年报</a>'
                                                   '</div>'))

    def column(self, n: int, pages: int) -> str:
        rows = "".join(f'<tr><td class="syh">{s}</td><td class="mc"><a href=".{h[len(COL) - 1:]}" target="_blank" '
                       f'title="{esc(t)}">{esc(t)}</a></td><td>{esc(a)}</td><td>{d}</td></tr>'
                       for d, h, t, a, s in self.rows[(n - 1) * PER:n * PER])
        inner = ('<div class="main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
                 '<a href="/zfxxgk/">政府信息公开'
                 '</a> &gt; 政府信息公开年报</div><table class="gkml_tab" width="100%"><thead><tr><th>索引号</th>'
                 f'<th>名称</th><th>发布机构</th><th>生成日期</th></tr></thead><tbody>{rows}</tbody></table>'
                 '<div id="paging" class="paging"></div><script type="text/javascript">'
                 f"createPageHTML('paging', {pages}, {n}, 'index', 'html', {len(self.rows)});</script></div>")
        return frame(f"政府信息公开年报_{OWNER}", inner, '<meta name="ColumnName" content="政府信息公开年报">')

    def article(self, title: str, date: str, agency: str, content: str) -> str:
        aid = self.next_id(30, 400)
        ymd = date.replace("-", "")
        path = f"{COL}{ymd[:6]}/t{ymd}_{aid}.html"
        prefix = self.rng.choice(('MB1A2', '00318', '43X01'))
        syh = f"{prefix}{self.rng.randint(100, 999)}/{date[:4]}-{aid % 100000:05d}"
        self.rows.append((date, path, title, agency, syh))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 08:45:00">'
                 f'<meta name="ContentSource" content="{esc(agency)}"><meta name="contentid" content="{aid}">')
        inner = (f'<div class="main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="../index.html">'
                 '政府信息公开年报</a></div><table class="xxgk_info" width="100%"><tr><td>索 引 号：</td>'
                 f'<td>{syh}</td><td>发 布 机 构：</td><td>{esc(agency)}</td></tr><tr><td>名　　称：</td>'
                 f'<td colspan="3">{esc(title)}</td></tr><tr><td>生 成 日 期：</td><td>{date}</td>'
                 f'<td>主 题 分 类：</td>'
                 f'<td>政府信息公开年报</td></tr></table><h1 class="tit">{esc(title)}</h1>'
                 f'<div class="trs_editor_view TRS_UEDITOR">{content}</div></div>')
        return self.put(HOST, path, frame(f"{title}_{OWNER}", inner, extra))


PORTALS = [HaiyunJiyuan]
