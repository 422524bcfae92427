"""瀔水县 (www.gushui.gov.test): a TRS 海云 county whose 年报 channel is ``/gss/c103512/list.shtml`` paged by the
6-argument, one-based ``createPageHTML('pagination', 3, 1, 'list', 'shtml', 11);`` whose function is *not* in the
page but in the shared ``/common/js/createPage.js`` (page 2 ``list_2.shtml``, page 3 ``list_3.shtml``;
``list_1.shtml`` does not exist), whose rows are ``<table class="gs-tab">`` rows with the date in ``YYYY年MM月DD日``
form, whose articles are ``/gss/c103512/YYYYMM/d<docid>.shtml``, and whose 2022 report is a .docx in a
``<ul class="gs-fj">`` 附件 list after ``div.trs_editor_view``.

Rows: ``<tr><td class="gs-t"><a href="/gss/c103512/YYYYMM/d<docid>.shtml" target="_blank" title="full title">title
</a></td><td class="gs-d">2025年01月22日</td></tr>``, four a page, newest first.  Articles: ``<h1 class="gs-h1">``,
a ``div.gs-meta`` of spans (信息来源 | 发布日期 | 浏览量), ``div.trs_editor_view`` (Word markup for 2024).  The 2022
county report's body is one line; its file ``/gss/c103512/202301/W020230119<12 digits>.docx`` is in ``<ul
class="gs-fj"><li>附件：<a href="…docx">…</a></li></ul>``.  The 卫生健康局 and 梣溪镇 titles abbreviate their unit.

Reports (8): 瀔水县人民政府 2019–2024 (2019–2020 old template; 2022 a .docx), 瀔水县卫生健康局 2023 (title
"县卫健局…"), 瀔水县梣溪镇人民政府 2024 (title "梣溪镇…").  Decoys (3): 瀔水县2024年政府网站工作年度报表,
瀔水县2023年国民经济和社会发展统计年报, 瀔水县2023年政府信息公开工作年度报告解读.  Chrome: 无障碍 / 长者版 links,
搜索 box, footer with 主办单位, 网站标识码, ICP, 公安备案.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch29._site import MEDIA, Site, esc

HOST = "www.gushui.gov.test"
SITE = "gushui-gov"
OWNER = "瀔水县人民政府"
OFFICE = "瀔水县人民政府办公室"
CHAN = "/gss/c103512/"
PER = 4
CODE = "9879040009"
NAV = (("/", "首页"), ("/gss/c103500/index.shtml", "政务公开"), ("/gss/c103600/index.shtml", "政务服务"))
PAGE_JS = """function createPageHTML(divId, pageCount, pageIndex, pageName, pageExt, recordCount) {
  var box = document.getElementById(divId);
  if (!box || pageCount <= 1) return;
  function href(n) { return n == 1 ? pageName + "." + pageExt : pageName + "_" + n + "." + pageExt; }
  var h = "<span>共" + recordCount + "条 第" + pageIndex + "/" + pageCount + "页</span>";
  if (pageIndex > 1) h += "<a href='" + href(1) + "'>首页</a><a href='" + href(pageIndex - 1) + "'>上一页</a>";
  for (var i = 1; i <= pageCount; i++) h += i == pageIndex ? "<b>" + i + "</b>" : "<a href='" + href(i) + "'>" + i
    + "</a>";
  if (pageIndex < pageCount) h += "<a href='" + href(pageIndex + 1) + "'>下一页</a><a href='" + href(pageCount)
    + "'>尾页</a>";
  box.innerHTML = h;
}
"""


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<a href="{p}">{n}</a>' for p, n in NAV)
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" '
            f'content="{CODE}">{extra}<title>{esc(title)}</title><script src="/common/js/createPage.js"></script>'
            '</head><body><div class="gs-top"><a href="/">瀔水县人民政府</a><a href="javascript:;">无障碍</a>'
            '<a href="javascript:;">长者版</a><form action="/search/" method="get"><input name="keyword"><button>搜索'
            f'</button></form></div><div class="gs-nav">{nav}</div>{inner}<div class="gs-foot">'
            f'<p>主办单位：{OFFICE}</p>'
            f'<p>网站标识码：{CODE}　未ICP备21003358号-1　未公网安备98790402000115号</p></div></body></html>')


class HaiyunGushui(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 242_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 26), (2020, 29), (2021, 24), (2023, 22), (2024, 21)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"瀔水县{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OFFICE, self.body(doc, word=year == 2024)), doc)
        doc = self.doc(OWNER, 2022, "2023-01-19", "瀔水县2022年政府信息公开工作年度报告")
        path = f"{CHAN}202301/W020230119{self.rng.randrange(10**12):012d}.docx"
        url = self.article(doc.title, "2023-01-19", OFFICE, f"<p>{esc(doc.title)}见附件。</p>",
                           f'<ul class="gs-fj"><li>附件：<a href="{path}">{esc(doc.title)}.docx</a></li></ul>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=self.attach(HOST, path, doc, "docx"))
        for unit, year, date, title in (
                ("瀔水县卫生健康局", 2023, "2024-01-25", "县卫健局2023年政府信息公开工作年度报告"),
                ("瀔水县梣溪镇人民政府", 2024, "2025-01-16", "梣溪镇2024年政府信息公开工作年度报告")):
            doc = self.doc(unit, year, date, title)
            self.report(SITE, self.article(title, date, unit, self.body(doc)), doc)
        for title, year, date in (("瀔水县2024年政府网站工作年度报表", 2024, "2025-01-14"),
                                  ("瀔水县2023年国民经济和社会发展统计年报", 2023, "2024-04-28"),
                                  ("瀔水县2023年政府信息公开工作年度报告解读", 2023, "2024-01-23")):
            self.decoy(SITE, self.article(title, date, OFFICE, self.decoy_body(title, OWNER, year)), title)
        self.put(HOST, "/common/js/createPage.js", PAGE_JS, "application/javascript")
        for p, name in NAV:
            self.put(HOST, p, frame(f"{name}_{OWNER}", f'<div class="gs-w"><a href="{CHAN}list.shtml">'
                                                       '政府信息公开年报</a></div>'))
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            self.put(HOST, CHAN + ("list.shtml" if k == 1 else f"list_{k}.shtml"), self.list_page(k, pages))

    def article(self, title: str, date: str, unit: str, content: str, after: str = "") -> str:
        docid = self.next_id()
        path = f"{CHAN}{date[:7].replace('-', '')}/d{docid}.shtml"
        self.rows.append((date, path, title))
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 16:20">'
                f'<meta name="ContentSource" content="{esc(unit)}">')
        inner = (f'<div class="gs-w"><div class="gs-pos">当前位置：<a href="/">首页</a> &gt; '
                 f'<a href="{CHAN}list.shtml">'
                 f'政府信息公开年报</a></div><h1 class="gs-h1">{esc(title)}</h1><div class="gs-meta"><span>信息来源：'
                 f'{esc(unit)}</span><span>发布日期：{date}</span><span>浏览量：<i id="pv"></i></span></div>'
                 f'<div class="trs_editor_view">{content}</div>{after}</div>')
        return self.put(HOST, path, frame(f"{title}_{OWNER}", inner, meta))

    def list_page(self, k: int, pages: int) -> str:
        rows = "".join(f'<tr><td class="gs-t"><a href="{h}" target="_blank" title="{esc(t)}">{esc(t)}</a></td>'
                       f'<td class="gs-d">{d[:4]}年{d[5:7]}月{d[8:10]}日</td></tr>'
                       for d, h, t in self.rows[(k - 1) * PER:k * PER])
        inner = (f'<div class="gs-w"><h2>政府信息公开年报</h2><table class="gs-tab">{rows}</table><div id="pagination">'
                 f"</div><script>createPageHTML('pagination', {pages}, {k}, 'list', 'shtml', {len(self.rows)});"
                 '</script></div>')
        return frame(f"政府信息公开年报_{OWNER}", inner)


PORTALS = [HaiyunGushui]
