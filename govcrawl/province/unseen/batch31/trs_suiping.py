"""睢坪县市场监督管理局 (scjgj.suiping.gov.test): a county bureau's TRS WCM classic site in the Guangxi platform style —
``.shtml`` columns, bare ``t<docid>.shtml`` articles (no month folder), the pager function kept in a shared script
file ``/common/js/page.js`` that the list page loads, and article bodies in ``div.trs_editor_view`` nested inside
``div.view.TRS_UEDITOR``.

``/xxgk/zfxxgknb/index.shtml`` (then ``index_1.shtml``, ``index_2.shtml``: zero-based) holds three rows a page,
newest first, as an ordered list ``<ol class="xxgk_list">`` of ``<li><em>2024-01-25</em><a href="./t<docid>.shtml"
target="_blank" title="full title">title</a></li>`` (the date comes first).  The page only calls
``createPageHTML(3, 0, "index", "shtml");`` inside ``<div class="pagination">``; the function (which writes
首页/上一页/下一页/尾页 links) is defined in ``/common/js/page.js``, served.  Articles
``/xxgk/zfxxgknb/t<docid>.shtml``: ``<h1 class="art_title">``, a line ``发布日期：… 来源：<span>…</span>``, the
``ContentSource`` meta and the body.  The 2022 report's body is a short note; its PDF ``./P0YYYYMMDD<12
digits>.pdf`` (same folder) is linked from a ``<div class="fj">`` sibling after the body.  The two 市场监管综合行政执法
大队 reports abbreviate it ("县市场监管执法大队…"); its full name is in the 来源 line and the ``ContentSource`` meta.

Reports (8): 睢坪县市场监督管理局 2019–2024 (2019–2020 old template; 2022 a PDF), 睢坪县市场监管综合行政执法大队 2021
and 2023.
Decoys (3): 睢坪县市场监督管理局2023年政府信息公开工作要点, 睢坪县市场监督管理局2022年度部门决算,
睢坪县市场监督管理局政府信息公开指南（2024年版）.
Other rows (1): a 食品安全抽检 notice.  Chrome: a top bar with 无障碍 / 关怀版, a search form, a nav, a footer with
主办单位, 网站标识码, ICP and 公安备案, and a 微信公众号 二维码 blurb.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch31._site import MEDIA, Site, esc

HOST = "scjgj.suiping.gov.test"
SITE = "suiping-scjgj"
OWNER = "睢坪县市场监督管理局"
UNIT = "睢坪县市场监管综合行政执法大队"
LIST = "/xxgk/zfxxgknb/"
PER = 3
CODE = "9881010013"
NAV = (("/", "首页"), ("/jgdt/", "监管动态"), ("/xxgk/", "信息公开"), ("/zwfw/", "政务服务"), ("/hdjl/", "互动交流"))
PAGE_JS = """function createPageHTML(nPageCount, nCurrIndex, sPageName, sPageExt) {
  if (nPageCount == null || nPageCount <= 1) { return; }
  function u(i) { return i == 0 ? sPageName + "." + sPageExt : sPageName + "_" + i + "." + sPageExt; }
  var s = "";
  s += nCurrIndex > 0 ? "<a href='" + u(0) + "'>首页</a> <a href='" + u(nCurrIndex - 1) + "'>上一页</a> "
                      : "<span>首页</span> <span>上一页</span> ";
  s += nCurrIndex < nPageCount - 1 ? "<a href='" + u(nCurrIndex + 1) + "'>下一页</a> <a href='" + u(nPageCount - 1)
       + "'>尾页</a>" : "<span>下一页</span> <span>尾页</span>";
  document.write(s);
}
"""


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in NAV)
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title>'
            '<script src="/common/js/page.js"></script></head><body>'
            '<div class="topbar"><div class="w1200"><span>欢迎访问睢坪县市场监督管理局网站</span>'
            '<a href="javascript:;" class="wza">无障碍</a><a href="javascript:;">关怀版</a></div></div>'
            '<div class="header w1200"><span class="logo">睢坪县市场监督管理局</span>'
            '<form action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词">'
            f'<button type="submit">搜索</button></form></div><ul class="mainnav w1200">{nav}</ul>{inner}'
            '<div class="footer"><p>主办单位：睢坪县市场监督管理局　承办：睢坪县市场监督管理局办公室</p>'
            f'<p>网站标识码：{CODE}　未ICP备20011783号-2　未公网安备98810102000318号</p>'
            '<p class="ewm">关注“睢坪市场监管”微信公众号：扫描二维码</p></div></body></html>')


class TrsSuiping(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 260_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 22), (2020, 26), (2021, 20), (2023, 24), (2024, 18)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年度政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2020)), doc)
        date = "2023-01-29"
        doc = self.doc(OWNER, 2022, date, f"{OWNER}2022年度政府信息公开工作年度报告")
        name = f"P0{date.replace('-', '')}{self.rng.randrange(10**12):012d}.pdf"
        url = self.article(doc.title, date, OWNER, f"<p>{esc(doc.title)}详见附件。</p>",
                           f'<div class="fj">附件：<a href="./{name}" target="_blank">{esc(doc.title)}.pdf</a></div>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=self.attach(HOST, LIST + name, doc, "pdf"))
        for year, date in ((2021, "2022-01-25"), (2023, "2024-01-19")):
            doc = self.doc(UNIT, year, date, f"县市场监管执法大队{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, UNIT, self.body(doc)), doc)
        for title, year, date in ((f"{OWNER}2023年政府信息公开工作要点", 2023, "2023-03-10"),
                                  (f"{OWNER}2022年度部门决算", 2022, "2023-08-28"),
                                  (f"{OWNER}政府信息公开指南（2024年版）", 2024, "2024-02-06")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.article("关于2024年第一季度食品安全监督抽检情况的通告", "2024-04-15", OWNER,
                     "<p>本次共抽检食品样品126批次，其中合格样品123批次，不合格样品3批次，已依法处置。</p>")
        self.put(HOST, "/common/js/page.js", PAGE_JS, "application/javascript; charset=utf-8")
        for path, label in NAV:
            self.put(HOST, path + "index.shtml", frame(f"{label}-{OWNER}", f'<div class="w1200"><h2>{label}</h2>'
                                                       f'<a href="{LIST}index.shtml">政府信息公开年报</a></div>'))
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            self.put(HOST, LIST + ("index.shtml" if k == 0 else f"index_{k}.shtml"), self.list_page(k, pages))

    def article(self, title: str, date: str, unit: str, content: str, after: str = "") -> str:
        docid = self.next_id()
        self.rows.append((date, f"./t{docid}.shtml", title))
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 09:30">'
                f'<meta name="ContentSource" content="{esc(unit)}">')
        inner = (f'<div class="w1200"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
                 '<a href="/xxgk/">信息公开</a>'
                 f' &gt; <a href="{LIST}index.shtml">政府信息公开年报</a></div><div class="article">'
                 f'<h1 class="art_title">{esc(title)}</h1><div class="art_info">发布日期：{date}　来源：'
                 f'<span>{esc(unit)}</span>　<a href="javascript:window.print()">打印</a></div>'
                 f'<div class="view TRS_UEDITOR trs_paper_default"><div class="trs_editor_view">{content}</div></div>'
                 f'{after}</div></div>')
        return self.put(HOST, f"{LIST}t{docid}.shtml", frame(f"{title}-{OWNER}", inner, meta))

    def list_page(self, k: int, pages: int) -> str:
        rows = "".join(f'<li><em>{d}</em><a href="{h}" target="_blank" title="{esc(t)}">{esc(t)}</a></li>'
                       for d, h, t in self.rows[k * PER:(k + 1) * PER])
        inner = ('<div class="w1200 clearfix"><div class="sidebar"><h3>信息公开</h3><ul>'
                 f'<li class="on"><a href="{LIST}index.shtml">政府信息公开年报</a></li>'
                 '<li><a href="/xxgk/index.shtml">法定主动公开内容</a></li></ul></div><div class="main">'
                 '<div class="crumb">当前位置：<a href="/">首页</a> &gt; 信息公开 &gt; 政府信息公开年报</div>'
                 f'<ol class="xxgk_list">{rows}</ol><div class="pagination"><script>'
                 f'createPageHTML({pages}, {k}, "index", "shtml");</script></div></div></div>')
        return frame(f"政府信息公开年报-{OWNER}", inner)


PORTALS = [TrsSuiping]
