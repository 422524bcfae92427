"""畈岭市住房和城乡建设局 (zjj.fanling.gov.test): a city bureau's TRS 海云 site whose 年报 column is a Hainan-style
``dezlist.shtml`` list paged by the 6-argument, one-based ``createPageHTML('page_div', 3, 1, 'dezlist', 'shtml', 11)``
(page *n* ≥ 2 is ``dezlist_n.shtml``; ``dezlist_1.shtml`` is not served), rows being ``<div class="dez-item">``
blocks with the title in ``<h4>`` and the date and source in a ``<p class="dez-info">``.

Start URL: the list ``/zfxxgk/zfxxgknb/dezlist.shtml``; pages ``dezlist.shtml``, ``dezlist_2.shtml``,
``dezlist_3.shtml``.  The pager function is defined in the page (before an empty ``<div id="page_div">``) and writes
"共11条 1/3页 首页 上页 下页 尾页".  Rows (four a page, newest first): ``<div class="dez-item"><h4><a href=
"./YYYYMM/tYYYYMMDD_<id>.shtml" target="_blank">title</a></h4><p class="dez-info"><span>YYYY-MM-DD</span><span>
来源：…</span></p></div>`` (long titles are cut with "…" in the link text; the full title is in the article).
Articles ``/zfxxgk/zfxxgknb/YYYYMM/tYYYYMMDD_<id>.shtml``: metas ArticleTitle, PubDate, ContentSource and TRS's
``contentid``, ``catalogs``, ``publishdate``, ``filetype``, ``pagetype``; ``<h2 class="xl-tit">``, a line ``发布时间：
… 来源：… 【打印】``, body ``div.trs_editor_view.TRS_UEDITOR`` inside ``div.xl-con``.  The 2021 report is a stub whose
PDF is ``./P0YYYYMMDD<12 digits>.pdf`` next to the article, linked inside the editor div.

Reports (7): 畈岭市住房和城乡建设局 2019–2024 (2021 a PDF, 2019 Word-pasted HTML) and 畈岭市建设工程质量安全监督站
2023 (titled "市质安站…"; the 来源 line and ContentSource meta give the full name).  Decoys (2): 畈岭市住房和城乡建设局
政府信息公开指南（2023年版）, 关于畈岭市住房和城乡建设局2022年度政府信息公开工作年度报告的公告.  Other rows (2):
an 物业服务 notice and a 城镇老旧小区改造 notice.  Chrome: 长者 / 无障碍 links, a 智能搜索 form, nav, a 扫码 blurb,
footer with 主办单位, 网站标识码, ICP, 公网安备 and a 纠错 span.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch32._site import MEDIA, Site, esc

HOST = "zjj.fanling.gov.test"
SITE = "fanling-zjj"
OWNER = "畈岭市住房和城乡建设局"
UNIT = "畈岭市建设工程质量安全监督站"
CODE = "9882040012"
COL = "/zfxxgk/zfxxgknb/"
PER = 4
CATALOG = 26117
NAV = (("/index.shtml", "首页"), ("/zwdt/index.shtml", "住建动态"), ("/zfxxgk/index.shtml", "政府信息公开"),
       ("/bsfw/index.shtml", "办事服务"))

PAGER = """<div id="page_div"></div>
<script type="text/javascript">
function createPageHTML(divId, pageCount, currentPage, prefix, ext, total) {
  if (pageCount <= 1) { return; }
  var link = function (n) { return n == 1 ? prefix + "." + ext : prefix + "_" + n + "." + ext; };
  var html = "<span class='total'>共" + total + "条 " + currentPage + "/" + pageCount + "页</span>";
  html += currentPage > 1 ? "<a href='" + link(1) + "'>首页</a><a href='" + link(currentPage - 1) + "'>上页</a>"
                          : "<span>首页</span><span>上页</span>";
  html += currentPage < pageCount ? "<a href='" + link(currentPage + 1) + "'>下页</a><a href='" + link(pageCount)
                                    + "'>尾页</a>" : "<span>下页</span><span>尾页</span>";
  document.getElementById(divId).innerHTML = html;
}
createPageHTML('page_div',%d, %d,'dezlist','shtml',%d);
</script>"""


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in NAV)
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title></head><body>'
            '<div class="hy-top"><a href="javascript:;" class="zz">长者</a>'
            '<a href="javascript:;" class="wza">无障碍</a>'
            '</div><div class="hy-header"><div class="hy-logo">畈岭市住房和城乡建设局</div>'
            '<form class="hy-search" action="/search/index.shtml"><input name="searchWord" placeholder="智能搜索">'
            f'</form></div><ul class="hy-nav">{nav}</ul>{inner}'
            '<div class="hy-qr">扫码关注“畈岭住建”微信公众号</div>'
            '<div class="hy-footer"><span id="_span_jiucuo"></span>'
            '<p>主办单位：畈岭市住房和城乡建设局　地址：畈岭市建设东路88号　电话：0000-8812345</p>'
            f'<p>网站标识码：{CODE}　未ICP备21001208号-1　未公网安备98820402000019号</p></div></body></html>')


class HaiyunFanling(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 272_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        for year, date in ((2019, "2020-01-16"), (2020, "2021-01-27"), (2022, "2023-01-18"), (2023, "2024-01-24"),
                           (2024, "2025-01-22")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2019)), doc)
        date = "2022-01-21"
        doc = self.doc(OWNER, 2021, date, f"{OWNER}2021年政府信息公开工作年度报告")
        compact = date.replace("-", "")
        pdf = f"P0{compact}{self.rng.randint(10**11, 10**12 - 1)}.pdf"
        file_url = self.attach(HOST, f"{COL}{compact[:6]}/{pdf}", doc, "pdf")
        url = self.article(doc.title, date, OWNER,
                           f"<p>根据《中华人民共和国政府信息公开条例》，现公布{esc(doc.title)}。</p>"
                           f'<p><a href="./{pdf}" target="_blank">{esc(doc.title)}.pdf</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=file_url)
        date = "2024-01-29"
        doc = self.doc(UNIT, 2023, date, "市质安站2023年政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, date, UNIT, self.body(doc)), doc)
        for title, year, date in ((f"{OWNER}政府信息公开指南（2023年版）", 2023, "2023-02-10"),
                                  (f"关于{OWNER}2022年度政府信息公开工作年度报告的公告", 2022, "2023-01-19")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.article("关于进一步规范住宅小区物业服务收费公示的通知", "2024-04-15", OWNER,
                     "<p>各物业服务企业：为规范住宅小区物业服务收费行为，现就公示有关事项通知如下。</p>")
        self.article("畈岭市2024年城镇老旧小区改造计划的公示", "2024-03-02", OWNER,
                     "<p>根据省有关工作部署，现将我市2024年城镇老旧小区改造计划公示如下。</p>")
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            self.put(HOST, COL + ("dezlist.shtml" if k == 1 else f"dezlist_{k}.shtml"), self.list_page(k, pages))
        for path, label in NAV:
            self.put(HOST, path, frame(f"{label}_{OWNER}", f'<div class="hy-main"><h3>{label}</h3>'
                                       f'<a href="{COL}dezlist.shtml">政府信息公开年报</a></div>'))

    def article(self, title: str, date: str, unit: str, content: str) -> str:
        aid = self.next_id(3, 40)
        compact = date.replace("-", "")
        self.rows.append((date, f"./{compact[:6]}/t{compact}_{aid}.shtml", title, unit))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 10:12">'
                 f'<meta name="ContentSource" content="{esc(unit)}"><meta name="contentid" content="{aid}">'
                 f'<meta name="catalogs" content="{CATALOG}"><meta name="publishdate" content="{date}">'
                 '<meta name="filetype" content="0"><meta name="pagetype" content="1">')
        inner = ('<div class="hy-main"><div class="hy-crumb">当前位置：<a href="/index.shtml">首页</a> &gt; '
                 f'<a href="/zfxxgk/index.shtml">政府信息公开</a> &gt; '
                 f'<a href="{COL}dezlist.shtml">政府信息公开年报</a>'
                 f'</div><h2 class="xl-tit">{esc(title)}</h2><div class="xl-info">发布时间：{date}　来源：{esc(unit)}'
                 '　<a href="javascript:window.print()">【打印】</a></div><div class="xl-con">'
                 f'<div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">{content}</div></div></div>')
        return self.put(HOST, f"{COL}{compact[:6]}/t{compact}_{aid}.shtml", frame(f"{title}_{OWNER}", inner, extra))

    def list_page(self, k: int, pages: int) -> str:
        def short(t: str) -> str:
            return t if len(t) <= 26 else t[:25] + "…"

        rows = "".join(f'<div class="dez-item"><h4><a href="{h}" target="_blank">{esc(short(t))}</a></h4>'
                       f'<p class="dez-info"><span>{d}</span><span>来源：{esc(u)}</span></p></div>'
                       for d, h, t, u in self.rows[(k - 1) * PER:k * PER])
        inner = ('<div class="hy-main"><div class="hy-crumb">当前位置：<a href="/index.shtml">首页</a> &gt; '
                 '<a href="/zfxxgk/index.shtml">政府信息公开</a> &gt; 政府信息公开年报</div>'
                 f'<div class="dez-list">{rows}</div>{PAGER % (pages, k, len(self.rows))}</div>')
        extra = '<meta name="ColumnName" content="政府信息公开年报"><meta name="ColumnType" content="列表">'
        return frame(f"政府信息公开年报_{OWNER}", inner, extra)


PORTALS = [HaiyunFanling]
