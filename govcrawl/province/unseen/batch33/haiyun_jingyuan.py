"""菁原市统计局 (tjj.jingyuan.gov.test): a city bureau's TRS 海云 site reached from its home page, whose 年报 channel
``/zwgk/c108215/index.html`` is paged by the 6-argument, one-based ``createPageHTML('pagination', 3, 1, 'index',
'html', 10)`` whose function lives in the shared ``/common/js/pagination.js`` together with a 跳转 box that calls
``pagination_go(...)`` (page *n* ≥ 2 is ``index_n.html``; ``index_1.html`` is not served), over channel-id article
URLs ending ``content.html`` (``/zwgk/c108215/c<docid>/content.html``).

Start URL: the home page ``/index.html``; its 政务公开 box links ``/zwgk/index.html`` (a 信息公开 menu), which links the
年报 channel.  Rows (four a page, newest first): ``<li><span class="tj-tag">[单位简称]</span><a href="./c<docid>/
content.html" target="_blank" title="full title">title</a><span class="tj-date">YYYY.MM.DD</span></li>`` in
``<ul class="tj-ul">`` (dates with dots).  The page loads ``<script src="/common/js/pagination.js">`` then, after an
empty ``<div id="pagination">``, calls the pager; the script writes "共10条 1/3页 首页 上一页 1 2 3 下一页 尾页 跳转到
[ ] 页 GO" where GO calls ``pagination_go('index', 'html', 3)`` (it builds ``index.html`` / ``index_<n>.html``).
Articles: metas ArticleTitle, PubDate, ContentSource plus 海云's ``contentid``, ``catalogs``, ``publishdate``;
``<div class="xl-tit">``, ``<div class="xl-info">发布时间：… 来源：… 【打印】</div>``, body
``div.trs_editor_view`` inside ``div.xl-con``.

Reports (7, all HTML): 菁原市统计局 2019–2024 (2019 and 2022 Word-pasted; title 2020 "菁原市统计局2020年度政府信息公开
工作报告"), 菁原市社会经济调查中心 2023 (row tag [调查中心], titled "市社会经济调查中心…"; 来源 and ContentSource give
the full name).  Decoys (2): 菁原市2023年国民经济和社会发展统计年报, 菁原市统计局2023年政府网站工作年度报表.  Other
rows (1): a 统计开放日 notice.  Chrome: 无障碍 / 关怀版 links, search form, nav, 扫码 blurb, footer with 主办单位,
网站标识码, ICP, 公网安备, jiucuo placeholder.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch33._site import Site, esc

HOST = "tjj.jingyuan.gov.test"
SITE = "jingyuan-tjj"
OWNER = "菁原市统计局"
CENTER = "菁原市社会经济调查中心"
CODE = "9883040009"
CHAN = 108215
COL = f"/zwgk/c{CHAN}/"
PER = 4

PAGER_JS = """function createPageHTML(divId, pageCount, pageIndex, pageName, pageExt, recordCount) {
  var el = document.getElementById(divId);
  if (!el || pageCount <= 1) { return; }
  function u(n) { return n == 1 ? pageName + "." + pageExt : pageName + "_" + n + "." + pageExt; }
  var h = "<span>共" + recordCount + "条 " + pageIndex + "/" + pageCount + "页</span>";
  h += pageIndex > 1 ? "<a href='" + u(1) + "'>首页</a><a href='" + u(pageIndex - 1) + "'>上一页</a>"
                     : "<span>首页</span><span>上一页</span>";
  for (var i = 1; i <= pageCount; i++) {
    h += i == pageIndex ? "<b>" + i + "</b>" : "<a href='" + u(i) + "'>" + i + "</a>";
  }
  h += pageIndex < pageCount ? "<a href='" + u(pageIndex + 1) + "'>下一页</a><a href='" + u(pageCount) + "'>尾页</a>"
                             : "<span>下一页</span><span>尾页</span>";
  h += "跳转到<input id='pgInput' size='2'>页<a href=\\"javascript:pagination_go('" + pageName + "','" + pageExt
       + "'," + pageCount + ")\\">GO</a>";
  el.innerHTML = h;
}
function pagination_go(pageName, pageExt, pageCount) {
  var n = parseInt(document.getElementById("pgInput").value, 10);
  if (isNaN(n) || n < 1 || n > pageCount) { alert("请输入正确页码"); return; }
  location.href = n == 1 ? pageName + "." + pageExt : pageName + "_" + n + "." + pageExt;
}
"""


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title></head><body>'
            '<div class="tj-top"><a href="javascript:;" class="wza">无障碍</a><a href="javascript:;">关怀版</a></div>'
            '<div class="tj-head"><div class="tj-logo">菁原市统计局</div><form action="/search/index.html">'
            '<input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>'
            '<div class="tj-nav"><a href="/index.html">首页</a><a href="/tjxx/index.html">统计信息</a>'
            '<a href="/zwgk/index.html">政务公开</a></div>'
            f'{inner}<div class="tj-ewm">扫码关注“菁原统计”</div><div class="tj-foot">'
            '<span id="_span_jiucuo"></span><p>主办单位：菁原市统计局　地址：菁原市人民路88号</p>'
            f'<p>网站标识码：{CODE}　未ICP备18009921号　未公网安备98830402000061号</p></div></body></html>')


class HaiyunJingyuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 282_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str, str]] = []
        for year, date in ((2019, "2020-01-22"), (2020, "2021-01-29"), (2021, "2022-01-21"), (2022, "2023-01-17"),
                           (2023, "2024-01-23"), (2024, "2025-01-26")):
            title = (f"{OWNER}2020年度政府信息公开工作报告" if year == 2020
                     else f"{OWNER}{year}年政府信息公开工作年度报告")
            doc = self.doc(OWNER, year, date, title)
            self.report(SITE, self.article(title, date, "本局", OWNER, OWNER,
                                           self.body(doc, word=year in (2019, 2022))), doc)
        doc = self.doc(CENTER, 2023, "2024-01-30", "市社会经济调查中心2023年政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, "2024-01-30", "调查中心", CENTER, CENTER, self.body(doc)), doc)
        for title, year, date in (("菁原市2023年国民经济和社会发展统计年报", 2023, "2024-03-28"),
                                  (f"{OWNER}2023年政府网站工作年度报表", 2023, "2024-01-15")):
            body = self.decoy_body(title, OWNER, year)
            self.decoy(SITE, self.article(title, date, "本局", OWNER, OWNER, body), title)
        self.article("关于举办2024年“统计开放日”活动的通知", "2024-09-12", "本局", OWNER, OWNER,
                     "<p>为加强统计法治宣传，定于9月20日举办“统计开放日”活动，欢迎社会各界参加。</p>")
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            self.put(HOST, COL + ("index.html" if k == 0 else f"index_{k + 1}.html"), self.list_page(k, pages))
        self.put(HOST, "/common/js/pagination.js", PAGER_JS, "application/javascript; charset=utf-8")
        self.put(HOST, "/index.html", frame(OWNER, '<div class="tj-main"><div class="box"><h3>政务公开</h3><ul>'
                                         '<li><a href="/zwgk/index.html">政府信息公开</a></li></ul></div>'
                                         '<div class="box"><h3>统计信息</h3><ul><li><a href="/tjxx/index.html">'
                                         '统计数据</a></li></ul></div></div>'))
        self.put(HOST, "/zwgk/index.html", frame(f"政务公开_{OWNER}", '<div class="tj-main"><ul class="gk-menu">'
                 '<li><a href="/zwgk/c108211/index.html">政府信息公开指南</a></li>'
                 f'<li><a href="{COL}index.html">政府信息公开年报</a></li></ul></div>'))
        for path, label in (("/zwgk/c108211/index.html", "政府信息公开指南"), ("/tjxx/index.html", "统计信息")):
            self.put(HOST, path, frame(f"{label}_{OWNER}",
                                       f'<div class="tj-main"><h3>{label}</h3><p>暂无信息</p></div>'))

    def article(self, title: str, date: str, tag: str, source: str, meta_source: str, content: str) -> str:
        docid = self.next_id(11, 90)
        self.rows.append((date, docid, title, tag))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 16:05:00">'
                 f'<meta name="ContentSource" content="{esc(meta_source)}"><meta name="contentid" content="{docid}">'
                 f'<meta name="catalogs" content="{CHAN}"><meta name="publishdate" content="{date}">')
        inner = (f'<div class="tj-main"><div class="pos">当前位置：<a href="/index.html">首页</a> &gt; '
                 f'<a href="/zwgk/index.html">政务公开</a> &gt; <a href="{COL}index.html">政府信息公开年报</a></div>'
                 f'<div class="xl-tit">{esc(title)}</div><div class="xl-info">发布时间：{date}　来源：{esc(source)}'
                 '　<a href="javascript:window.print()">【打印】</a></div>'
                 f'<div class="xl-con"><div class="trs_editor_view TRS_UEDITOR">{content}</div></div></div>')
        return self.put(HOST, f"{COL}c{docid}/content.html", frame(f"{title}_{OWNER}", inner, extra))

    def list_page(self, k: int, pages: int) -> str:
        lis = "".join(f'<li><span class="tj-tag">[{esc(tag)}]</span><a href="./c{docid}/content.html" target="_blank" '
                      f'title="{esc(t)}">{esc(t)}</a><span class="tj-date">{d.replace("-", ".")}</span></li>'
                      for d, docid, t, tag in self.rows[k * PER:(k + 1) * PER])
        inner = (f'<div class="tj-main"><div class="pos">当前位置：<a href="/index.html">首页</a> &gt; '
                 '<a href="/zwgk/index.html">政务公开</a> &gt; 政府信息公开年报</div>'
                 f'<ul class="tj-ul">{lis}</ul><div id="pagination" class="pagination"></div>'
                 f"<script>createPageHTML('pagination', {pages}, {k + 1}, 'index', 'html', {len(self.rows)});</script>"
                 '</div>')
        extra = ('<meta name="ColumnName" content="政府信息公开年报"><meta name="ColumnType" content="年报">'
                 '<script src="/common/js/pagination.js"></script>')
        return frame(f"政府信息公开年报_{OWNER}", inner, extra)


PORTALS = [HaiyunJingyuan]
