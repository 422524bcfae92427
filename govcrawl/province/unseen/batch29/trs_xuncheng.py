"""鄩城市财政局 (czj.xuncheng.gov.test): a city department's TRS WCM classic site on ``.htm`` files whose 年报 column is
a layout ``<table class="xc-tb">`` of rows dated ``2025/01/22`` (slashes), paged by the 4-argument zero-based pager
called with *single-quoted* arguments from inside a ``<td class="xc-fy">`` cell — ``createPageHTML(3, 0, 'index',
'htm');`` — whose in-page function writes a ``<select>`` jump box as well as 首页 / 上一页 / 下一页 / 尾页, whose
articles keep their body in ``div.trs_paper_default``, and whose 2022 report is a PDF in a ``div.fj`` 附件 list.

``/xxgk/fdzdgknr/ndbg/index.htm`` (then ``index_1.htm``, ``index_2.htm``; ``index_3.htm`` is 404) holds four rows a
page, newest first: ``<tr><td class="xc-d">◆</td><td class="xc-t"><a href="./YYYYMM/tYYYYMMDD_<docid>.htm"
target="_blank" title="full title">title</a></td><td class="xc-r">2025/01/22</td></tr>``.  No page link exists
before the script runs.  Articles ``/xxgk/fdzdgknr/ndbg/YYYYMM/tYYYYMMDD_<docid>.htm``: ``<h2 class="xc-h2">``, a
``<table class="xc-meta">`` (来源 | 发布时间 | 浏览次数), ``div.trs_paper_default`` (Word markup for 2020).  The 2022
report's body is one line; its file ``./P020230130<12 digits>.pdf`` (same month folder) is in ``<div class="fj">
<p>附件：</p><a href="./P0….pdf">…</a></div>``.  The 财政投资评审中心's report abbreviates it in the title
("市财评中心…"); its full name is in the 来源 cell and the ``ContentSource`` meta.

Reports (7): 鄩城市财政局 2019–2024 (2019–2020 old template; 2022 a PDF), 鄩城市财政投资评审中心 2023.
Decoys (3): 鄩城市财政局2023年法治政府建设年度报告, 鄩城市财政局2023年度部门决算, 鄩城市财政局2024年政务公开工作要点.
Chrome: 无障碍 link, 搜索 form, a footer with 主办单位, 网站标识码, ICP, 公安备案 and a 微信公众号 blurb.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch29._site import MEDIA, Site, esc

HOST = "czj.xuncheng.gov.test"
SITE = "xuncheng-czj"
OWNER = "鄩城市财政局"
LIST = "/xxgk/fdzdgknr/ndbg/"
PER = 4
CODE = "9879010031"
NAV = (("/", "首页"), ("/zwdt/", "财政动态"), ("/xxgk/", "信息公开"), ("/zcfg/", "政策法规"), ("/hdjl/", "互动交流"))
PAGER = """<script type="text/javascript">
function createPageHTML(nCount, nCur, sName, sExt) {
  if (nCount <= 1) return;
  function u(i) { return i == 0 ? sName + "." + sExt : sName + "_" + i + "." + sExt; }
  var h = (nCur > 0) ? "<a href='" + u(0) + "'>首页</a> <a href='" + u(nCur - 1) + "'>上一页</a> " : "首页 上一页 ";
  h += (nCur < nCount - 1) ? "<a href='" + u(nCur + 1) + "'>下一页</a> <a href='" + u(nCount - 1) + "'>尾页</a>"
                           : "下一页 尾页";
  h += " 转到<select onchange='location.href=this.value'>";
  for (var i = 0; i < nCount; i++) { h += "<option value='" + u(i) + "'" + (i == nCur ? " selected" : "") + ">第"
    + (i + 1) + "页</option>"; }
  document.write(h + "</select>");
}
</script>"""


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<td><a href="{p}">{n}</a></td>' for p, n in NAV)
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title></head><body>'
            '<div class="xc-top"><span>鄩城市财政局</span><a href="javascript:;" id="wza">无障碍</a>'
            '<form action="/search/" method="get"><input name="searchword"><input type="submit" value="检索"></form>'
            f'</div><table class="xc-nav"><tr>{nav}</tr></table>{inner}<div class="xc-foot"><p>主办单位：鄩城市财政局'
            f'　地址：鄩城市府前路8号</p><p>网站标识码：{CODE}　未ICP备20017731号　未公网安备98790102000317号</p>'
            '<p>关注“鄩城财政”微信公众号</p></div></body></html>')


class TrsXuncheng(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 240_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 28), (2020, 26), (2021, 25), (2023, 24), (2024, 22)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"鄩城市财政局{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2020))[0], doc)
        doc = self.doc(OWNER, 2022, "2023-01-30", "鄩城市财政局2022年政府信息公开工作年度报告")
        name = f"P020230130{self.rng.randrange(10**12):012d}.pdf"
        url, folder = self.article(doc.title, "2023-01-30", OWNER, f"<p>{esc(doc.title)}详见附件。</p>",
                                   f'<div class="fj"><p>附件：</p><a href="./{name}">{esc(doc.title)}.pdf</a></div>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=self.attach(HOST, folder + name, doc, "pdf"))
        unit = "鄩城市财政投资评审中心"
        doc = self.doc(unit, 2023, "2024-01-18", "市财评中心2023年度政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, "2024-01-18", unit, self.body(doc))[0], doc)
        for title, year, date in (("鄩城市财政局2023年法治政府建设年度报告", 2023, "2024-03-15"),
                                  ("鄩城市财政局2023年度部门决算", 2023, "2024-08-20"),
                                  ("鄩城市财政局2024年政务公开工作要点", 2024, "2024-04-11")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year))[0], title)
        for path, label in NAV:
            self.put(HOST, path, frame(f"{label}-鄩城市财政局", f'<div class="xc-w"><h3>{label}</h3><a href="{LIST}">'
                                                                 '政府信息公开年报</a></div>'))
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            self.put(HOST, LIST + ("index.htm" if k == 0 else f"index_{k}.htm"), self.list_page(k, pages))

    def article(self, title: str, date: str, unit: str, content: str, after: str = "") -> tuple[str, str]:
        docid = self.next_id()
        ym, ymd = date[:7].replace("-", ""), date.replace("-", "")
        self.rows.append((date, f"./{ym}/t{ymd}_{docid}.htm", title))
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 09:30">'
                f'<meta name="ContentSource" content="{esc(unit)}">')
        inner = (f'<div class="xc-w"><div class="xc-pos">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开'
                 f'</a> &gt; <a href="{LIST}">政府信息公开年报</a></div><h2 class="xc-h2">{esc(title)}</h2>'
                 f'<table class="xc-meta"><tr><td>来源：{esc(unit)}</td><td>发布时间：{date}</td><td>浏览次数：'
                 f'<span id="llcs"></span></td></tr></table><div class="trs_paper_default">{content}</div>{after}'
                 '</div>')
        folder = f"{LIST}{ym}/"
        return self.put(HOST, f"{folder}t{ymd}_{docid}.htm", frame(f"{title}_鄩城市财政局", inner, meta)), folder

    def list_page(self, k: int, pages: int) -> str:
        rows = "".join(f'<tr><td class="xc-d">◆</td><td class="xc-t"><a href="{h}" target="_blank" title="{esc(t)}">'
                       f'{esc(t)}</a></td><td class="xc-r">{d.replace("-", "/")}</td></tr>'
                       for d, h, t in self.rows[k * PER:(k + 1) * PER])
        inner = (f'<div class="xc-w">{PAGER}<div class="xc-pos">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">'
                 f'信息公开</a> &gt; 政府信息公开年报</div><table class="xc-tb" width="100%">{rows}</table>'
                 f"<table width=\"100%\"><tr><td class=\"xc-fy\" align=\"center\"><script>createPageHTML({pages}, "
                 f"{k}, 'index', 'htm');</script></td></tr></table></div>")
        return frame("政府信息公开年报_鄩城市财政局", inner)


PORTALS = [TrsXuncheng]
