"""萍溪县人民政府 (www.pingxi.gov.test): a TRS 海云 county on chinatax-style channel paths — the 年报 channel's list is
``/pxx/c105216/nblist.html`` and every article is its own channel directory's ``content.html`` (``/pxx/c105216/
c<docid>/content.html``, portals.md §1.2) — whose 6-argument, one-based pager takes its arguments from an *object
literal* (``var pageOpts = {id: 'fy_box', total: 3, current: 1, name: 'nblist', ext: 'html', count: 10};`` then
``createPageHTML(pageOpts.id, pageOpts.total, pageOpts.current, pageOpts.name, pageOpts.ext, pageOpts.count);``), so
page 2 is ``nblist_2.html``, page 3 ``nblist_3.html`` (``nblist_1.html`` is not served), over a ``<ul class="hy-nb">``
of numbered rows dated ``YYYY.MM.DD``.

Start URL: the home page ``/``; its nav 信息公开 links ``/pxx/c105200/xxgk.html`` (the 政府信息公开 page of
channels) which links the 年报 channel ``/pxx/c105216/nblist.html``.  Rows: ``<li><span class="xh">01</span><a
href="/pxx/c105216/c<docid>/content.html" target="_blank" title="…">title</a><span class="rq">2025.01.22</span>
</li>``, four a page, newest first; the pager function is defined in the page and writes 首页/上一页/numbers/下一页/
尾页 into ``<div id="fy_box">``.

Articles: metas ArticleTitle, PubDate, ContentSource, ``ColumnName``; ``<div class="xl-tit"><h2>``, a line
``<span>发布机构：…</span><span>发布时间：…</span>``, body ``div.trs_editor_view.TRS_UEDITOR`` inside
``<div id="zoom">``.
Reports (7): 萍溪县人民政府 2020 (Word-pasted), 2022, 2023, 2024; 萍溪县卫生健康局 2021 ("县卫生健康局…"),
萍溪县应急管理局 2024 ("县应急管理局…"), 萍溪县龙口镇人民政府 2023 ("龙口镇…年度工作报告") — 发布机构 and
ContentSource name the full unit.  All HTML.
Decoys (3): 萍溪县人民政府2023年法治政府建设年度报告, 萍溪县2023年度政府决算,
关于2021年度政府信息公开工作年度报告编制发布的函.
Chrome: header (无障碍, 适老化, 登录), nav, footer with 主办单位, 网站标识码, ICP, 公网安备, 纠错, 扫码 blurb.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch37._site import Site, esc

HOST = "www.pingxi.gov.test"
SITE = "pingxi-gov"
OWNER = "萍溪县人民政府"
WJ = "萍溪县卫生健康局"
YJ = "萍溪县应急管理局"
TOWN = "萍溪县龙口镇人民政府"
CODE = "9887040015"
CHAN = "/pxx/c105216/"
GK = "/pxx/c105200/xxgk.html"
PER = 4
PAGER_JS = """<script type="text/javascript">
function createPageHTML(divId, pageCount, pageIndex, pageName, pageExt, recordCount) {
  var box = document.getElementById(divId);
  if (!box || pageCount <= 1) { return; }
  function url(n) { return n == 1 ? pageName + "." + pageExt : pageName + "_" + n + "." + pageExt; }
  var h = "<span class='total'>共" + recordCount + "条</span>";
  if (pageIndex > 1) { h += "<a href='" + url(1) + "'>首页</a><a href='" + url(pageIndex - 1) + "'>上一页</a>"; }
  for (var i = 1; i <= pageCount; i++) {
    h += i == pageIndex ? "<span class='cur'>" + i + "</span>" : "<a href='" + url(i) + "'>" + i + "</a>";
  }
  if (pageIndex < pageCount) { h += "<a href='" + url(pageIndex + 1) + "'>下一页</a><a href='" + url(pageCount) +
    "'>尾页</a>"; }
  box.innerHTML = h;
}
</script>"""


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title></head><body>'
            '<header class="px-head"><div class="px-tools"><a href="javascript:;" id="barrierfree">无障碍</a>'
            '<a href="javascript:;">适老化</a><a href="javascript:;">登录</a></div><div class="px-logo">萍溪县人民政府'
            f'</div><nav class="px-nav"><a href="/">首页</a><a href="{GK}">信息公开</a><a href="javascript:;">政务服务'
            f'</a><a href="javascript:;">互动交流</a></nav></header>{inner}<footer class="px-foot"><p>主办单位：'
            f'萍溪县人民政府办公室</p><p>网站标识码：{CODE}　未ICP备20008231号-2　未公网安备98870402000076号</p>'
            '<p><a href="javascript:;">我要纠错</a>　扫码访问手机版</p></footer></body></html>')


class HaiyunPingxi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 322_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2020, "2021-01-27"), (2022, "2023-01-19"), (2023, "2024-01-24"), (2024, "2025-01-22")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2020)), doc)
        for agency, year, date, title in ((WJ, 2021, "2022-01-20", "县卫生健康局2021年政府信息公开工作年度报告"),
                                          (YJ, 2024, "2025-01-17", "县应急管理局2024年政府信息公开工作年度报告"),
                                          (TOWN, 2023, "2024-01-29", "龙口镇2023年度政府信息公开工作报告")):
            doc = self.doc(agency, year, date, title)
            self.report(SITE, self.article(title, date, agency, self.body(doc)), doc)
        for title, year, date in (("萍溪县人民政府2023年法治政府建设年度报告", 2023, "2024-03-26"),
                                  ("萍溪县2023年度政府决算", 2023, "2024-09-05"),
                                  ("关于2021年度政府信息公开工作年度报告编制发布的函", 2021, "2021-12-20")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            self.put(HOST, f"{CHAN}nblist{'' if k == 1 else f'_{k}'}.html", self.column(k, pages))
        self.put(HOST, GK, frame(f"信息公开_{OWNER}", '<div class="px-main"><ul class="gk-chan">'
                                 '<li><a href="/pxx/c105203/gkzn.html">政府信息公开指南</a></li>'
                                 f'<li><a href="{CHAN}nblist.html">政府信息公开年报</a></li></ul></div>'))
        self.put(HOST, "/pxx/c105203/gkzn.html", frame(f"政府信息公开指南_{OWNER}",
                                                      '<div class="px-main"><p>政府信息公开指南</p></div>'))
        self.put(HOST, "/index.html", frame(OWNER, f'<div class="px-main"><a href="{GK}">政府信息公开</a></div>'))

    def column(self, k: int, pages: int) -> str:
        lis = "".join(f'<li><span class="xh">{(k - 1) * PER + i + 1:02d}</span><a href="{h}" target="_blank" '
                      f'title="{esc(t)}">{esc(t)}</a><span class="rq">{d.replace("-", ".")}</span></li>'
                      for i, (d, h, t) in enumerate(self.rows[(k - 1) * PER:k * PER]))
        call = (f"<script type=\"text/javascript\">var pageOpts = {{id: 'fy_box', total: {pages}, current: {k}, "
                f"name: 'nblist', ext: 'html', count: {len(self.rows)}}};\ncreatePageHTML(pageOpts.id, pageOpts.total, "
                "pageOpts.current, pageOpts.name, pageOpts.ext, pageOpts.count);</script>")
        inner = (f'<div class="px-main"><div class="px-pos">当前位置：<a href="/">首页</a> &gt; <a href="{GK}">信息公开'
                 f'</a> &gt; 政府信息公开年报</div><ul class="hy-nb">{lis}</ul><div id="fy_box" class="fy"></div>'
                 f'{call}</div>')
        meta = '<meta name="ColumnName" content="政府信息公开年报">'
        return frame(f"政府信息公开年报_{OWNER}", inner, meta + PAGER_JS)

    def article(self, title: str, date: str, source: str, content: str) -> str:
        path = f"{CHAN}c{self.next_id(30, 400)}/content.html"
        self.rows.append((date, path, title))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 16:05">'
                 f'<meta name="ContentSource" content="{esc(source)}">'
                 '<meta name="ColumnName" content="政府信息公开年报">')
        inner = (f'<div class="px-main"><div class="px-pos">当前位置：<a href="/">首页</a> &gt; <a href="{CHAN}'
                 f'nblist.html">政府信息公开年报</a></div><div class="xl-tit"><h2>{esc(title)}</h2><p><span>发布机构：'
                 f'{esc(source)}</span><span>发布时间：{date}</span></p></div><div id="zoom">'
                 f'<div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">{content}</div></div></div>')
        return self.put(HOST, path, frame(f"{title}_{OWNER}", inner, extra))


PORTALS = [HaiyunPingxi]
