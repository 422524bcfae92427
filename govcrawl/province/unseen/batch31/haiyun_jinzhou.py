"""溍州市人民政府 (www.jinzhou.gov.test): a city's TRS 海云 site with channel-id URLs in the CSRC style — the 年报
column is ``/jinzhou/c104417/zfxxgknb.shtml`` (then ``zfxxgknb_2.shtml``, ``zfxxgknb_3.shtml``), articles are
``/jinzhou/c104417/c<docid>/content.shtml`` — and whose list is a ``<table class="xxgk-tb">`` of 索引号 / 标题 /
发布机构 / 日期 rows, paged by the 6-argument pager with a 1-based page and the record count.

Home ``/`` links the column.  Each list page holds three rows, newest first: ``<tr><td>索引号</td><td><a
href="/jinzhou/c104417/c<docid>/content.shtml" title=…>…</a></td><td>发布机构</td><td>2024-01-25</td></tr>``, then
``<div id="page_div"></div><script>createPageHTML('page_div', 3, 1, 'zfxxgknb', 'shtml', 9);</script>`` with
the function in the page (page n ≥ 2 is ``zfxxgknb_n.shtml``; ``zfxxgknb_1.shtml`` does not exist).  Articles: an
信息公开 meta table (索引号, 发布机构, 生成日期, 文号), ``<h1>`` title, body ``div.TRS_Editor`` (2019–2020 Word markup),
metas ``ContentSource`` and ``PubDate``.  The 2022 city report is an OFD linked from ``<div class="xxgk_fj">相关附件：
<a href="./P0…ofd">…</a></div>`` (file in the article's folder).  Department reports abbreviate the owner in the
title (市统计局…, 市医保局…); the 发布机构 cell and the ``ContentSource`` meta give the full names.

Reports (7): 溍州市人民政府 2020–2024 (2022 an OFD), 溍州市统计局 2023, 溍州市医疗保障局 2021.
Decoys (2): 关于报送2024年度政府信息公开工作年度报告的函, 溍州市2023年国民经济和社会发展统计年报.
Chrome: 无障碍 / 关怀模式, a search form, a nav, a footer with 主办单位, 网站标识码, ICP, 公安备案 and 网站地图.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch31._site import MEDIA, Site, esc

HOST = "www.jinzhou.gov.test"
SITE = "jinzhou-gov"
OWNER = "溍州市人民政府"
COLUMN = "/jinzhou/c104417/"
PER = 3
CODE = "9881040001"
NAV = (("/", "首页"), ("/jinzhou/c104401/list.shtml", "要闻动态"), (f"{COLUMN}zfxxgknb.shtml", "政府信息公开"),
       ("/jinzhou/c104430/list.shtml", "政务服务"))
PAGER = """<script>
function createPageHTML(divId, pageCount, currPage, pageName, pageExt, recordCount) {
  var el = document.getElementById(divId); if (!el || pageCount <= 1) { return; }
  var u = function (n) { return pageName + (n == 1 ? "" : "_" + n) + "." + pageExt; };
  var h = "<span>共" + recordCount + "条记录 第" + currPage + "/" + pageCount + "页</span>";
  if (currPage > 1) { h += "<a href='" + u(1) + "'>首页</a><a href='" + u(currPage - 1) + "'>上一页</a>"; }
  if (currPage < pageCount) {
    h += "<a href='" + u(currPage + 1) + "'>下一页</a><a href='" + u(pageCount) + "'>末页</a>";
  }
  el.innerHTML = h;
}
</script>"""


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in NAV)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title></head><body>'
            '<div class="hy-top"><a href="javascript:;">无障碍</a><a href="javascript:;">关怀模式</a></div>'
            '<div class="hy-header"><span class="logo">溍州市人民政府</span><form action="/search/"'
            ' method="get"><input name="searchWord"><button>搜索</button></form></div>'
            f'<ul class="hy-nav">{nav}</ul>{inner}<div class="hy-footer"><a href="/jinzhou/c104499/list.shtml">网站地图'
            '</a><p>主办单位：溍州市人民政府办公室　承办单位：溍州市大数据中心</p>'
            f'<p>网站标识码：{CODE}　未ICP备16002219号　未公网安备98810402000031号</p></div></body></html>')


class HaiyunJinzhou(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 262_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str, str]] = []
        for year, date in ((2020, "2021-01-28"), (2021, "2022-01-26"), (2023, "2024-01-22"), (2024, "2025-01-20")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2020))[0], doc)
        date = "2023-01-19"
        doc = self.doc(OWNER, 2022, date, f"{OWNER}2022年政府信息公开工作年度报告")
        name = f"P0{date.replace('-', '')}{self.rng.randrange(10**12):012d}.ofd"
        url, folder = self.article(doc.title, date, OWNER, f"<p>{esc(doc.title)}（OFD版式文件）见附件。</p>",
                                   f'<div class="xxgk_fj">相关附件：<a href="./{name}">{esc(doc.title)}.ofd</a></div>')
        self.report(SITE, url, doc, media_type=MEDIA["ofd"], report_url=self.attach(HOST, folder + name, doc, "ofd"))
        for agency, short, year, date in (("溍州市统计局", "市统计局", 2023, "2024-01-17"),
                                          ("溍州市医疗保障局", "市医保局", 2021, "2022-01-14")):
            doc = self.doc(agency, year, date, f"{short}{year}年度政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, agency, self.body(doc))[0], doc)
        for title, year, date in (("关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-20"),
                                  ("溍州市2023年国民经济和社会发展统计年报", 2023, "2024-03-29")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year))[0], title)
        self.put(HOST, "/index.shtml", frame(OWNER, f'<div class="hy-main"><h3>政府信息公开</h3><a href="{COLUMN}'
                                             'zfxxgknb.shtml">政府信息公开年报</a></div>'))
        for path, label in (NAV[1], NAV[3], ("/jinzhou/c104499/list.shtml", "网站地图")):
            self.put(HOST, path, frame(f"{label}_{OWNER}", f'<div class="hy-main"><h3>{label}</h3><a href="{COLUMN}'
                                       'zfxxgknb.shtml">政府信息公开年报</a></div>'))
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            self.put(HOST, COLUMN + ("zfxxgknb.shtml" if k == 1 else f"zfxxgknb_{k}.shtml"), self.list_page(k, pages))

    def article(self, title: str, date: str, unit: str, content: str, after: str = "") -> tuple[str, str]:
        docid = self.next_id()
        index = f"11{CODE[:6]}0{self.rng.randint(10**7, 10**8 - 1)}/{date[:4]}-{docid % 10000:05d}"
        folder = f"{COLUMN}c{docid}/"
        self.rows.append((date, f"{folder}content.shtml", title, unit, index))
        meta = f'<meta name="ContentSource" content="{esc(unit)}"><meta name="PubDate" content="{date} 11:05">'
        inner = (f'<div class="hy-main"><div class="pos">您的位置：<a href="/">首页</a> &gt; '
                 f'<a href="{COLUMN}zfxxgknb.shtml">'
                 '政府信息公开年报</a></div><table class="xxgk-meta"><tr><th>索引号</th><td>'
                 f'{index}</td><th>发布机构</th><td>{esc(unit)}</td></tr><tr><th>生成日期</th><td>{date}</td><th>文号'
                 f'</th><td></td></tr></table><h1>{esc(title)}</h1>'
                 f'<div class="TRS_Editor">{content}</div>{after}</div>')
        return self.put(HOST, folder + "content.shtml", frame(f"{title}_{OWNER}", inner, meta)), folder

    def list_page(self, k: int, pages: int) -> str:
        rows = "".join(f'<tr><td class="syh">{i}</td><td class="bt"><a href="{h}" target="_blank" title="{esc(t)}">'
                       f'{esc(t)}</a></td><td class="jg">{esc(u)}</td><td class="rq">{d}</td></tr>'
                       for d, h, t, u, i in self.rows[(k - 1) * PER:k * PER])
        inner = (f'{PAGER}<div class="hy-main"><div class="pos">您的位置：<a href="/">首页</a> &gt; 政府信息公开 &gt; '
                 '政府信息公开年报</div><table class="xxgk-tb"><thead><tr><th>索引号</th><th>标题</th><th>发布机构</th>'
                 f'<th>发布日期</th></tr></thead><tbody>{rows}</tbody></table><div id="page_div"></div><script>'
                 f"createPageHTML('page_div', {pages}, {k}, 'zfxxgknb', 'shtml', {len(self.rows)});</script></div>")
        return frame(f"政府信息公开年报_{OWNER}", inner)


PORTALS = [HaiyunJinzhou]
