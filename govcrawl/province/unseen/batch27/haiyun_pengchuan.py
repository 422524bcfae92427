"""淜川市人力资源和社会保障局 (rsj.pengchuan.gov.test): a city bureau's TRS 海云 site whose 年报 column has *no
page numbers at all* — a 加载更多 button whose ``data-next`` attribute names the next statically published page
(``<a class="rs-more" id="loadMore" href="javascript:;" data-next="index_2.html" data-total="11" data-pages=
"3">加载更多</a>``, 海云's 1-based names: page 2 ``index_2.html``, page 3 ``index_3.html``; ``index_1.html``
does not exist) — whose rows wrap title and date in one anchor, and whose 2023 report is a PDF embedded with
an ``<object>`` whose fallback is the download link.

``/zfxxgk/ndbg/index.html`` holds ``<ul class="rs-nblist">`` rows ``<li><a href="./YYYYMM/tYYYYMMDD_<docid>.html"
target="_blank" title="full title"><span class="t">title</span><span class="d">2025年01月22日</span></a></li>``
(Chinese dates), four a page, newest first; each page's button points at the next page (the last page's
button is ``<span class="rs-nomore">没有更多了</span>``); the button's script fetches ``data-next`` and appends
its ``ul``.  Articles ``/zfxxgk/ndbg/YYYYMM/tYYYYMMDD_<docid>.html``: 海云 metas (``ArticleTitle``, ``PubDate``,
``ContentSource``, ``catalogs``, ``contentid``), ``<h1 class="rs-tit">``, ``<div class="rs-source"><span>文章
来源：…</span><span>发布时间：…</span><span>【<a>打印</a>】</span></div>`` then ``div.trs_editor_view.TRS_UEDITOR``.
The bureau's 2023 report body is one line plus ``<object data="./W020240125<12 digits>.pdf" type=
"application/pdf"><a href="./W0….pdf">点击下载：…pdf</a></object>``.  Its two units publish in the column under
their own names.  Chrome: the city's 集约化 top bar (a link to www.pengchuan.gov.test, served), an 人社 banner,
a 智能问答 button, 无障碍 / 关怀版 links, footer with 网站标识码 and 备案号.

Reports (8): 淜川市人力资源和社会保障局 2019–2024 (2019–2020 old template; 2023 a PDF), 淜川市就业服务中心 2024,
淜川市社会保险事业管理中心 2022.  Decoys (3): 淜川市人力资源和社会保障局2024年法治政府建设年度报告, 关于报送2024年度
政府信息公开工作年度报告的函, 淜川市人力资源和社会保障局2023年度部门决算.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch27._site import MEDIA, Site, esc

HOST = "rsj.pengchuan.gov.test"
CITY = "www.pengchuan.gov.test"
SITE = "pengchuan-rsj"
OWNER = "淜川市人力资源和社会保障局"
LIST = "/zfxxgk/ndbg/"
PER = 4
CODE = "9877020021"
CHROME = (("/", "首页"), ("/rsxw/", "人社新闻"), ("/zfxxgk/", "政府信息公开"), ("/bsfw/", "办事服务"),
          ("/hdjl/", "互动交流"), ("/zfxxgk/gkzn/", "公开指南"), ("/zfxxgk/fdzdgknr/", "法定主动公开内容"),
          ("/wzdt/", "网站地图"))
MORE_JS = """<script>
document.getElementById("loadMore") && document.getElementById("loadMore").addEventListener("click", function () {
  var btn = this, next = btn.getAttribute("data-next");
  fetch(next).then(function (r) { return r.text(); }).then(function (html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    document.querySelector(".rs-nblist").insertAdjacentHTML("beforeend", doc.querySelector(".rs-nblist").innerHTML);
    var more = doc.getElementById("loadMore");
    if (more) { btn.setAttribute("data-next", more.getAttribute("data-next")); } else { btn.outerHTML = "没有更多了"; }
  });
});
</script>"""


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in CHROME[:5])
    return (
        '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><meta name="renderer" content="webkit">'
        f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" '
        f'content="{CODE}">{extra}<title>{esc(title)}</title></head><body><div class="jyh-bar"><div class="w">'
        f'<a href="http://{CITY}/">淜川市人民政府</a><span>|</span><em>市直部门网站</em><div class="fr"><a href="'
        'javascript:;" class="wza">无障碍</a><a href="javascript:;" class="ghb">关怀版</a></div></div></div>'
        '<div class="rs-banner"><div class="w"><img src="/images/rs_logo.png" alt="淜川市人力资源和社会保障局"></div>'
        f'</div><ul class="rs-nav w">{nav}</ul>{inner}<a class="rs-znwd" href="javascript:;">智能问答</a>'
        '<div class="rs-foot"><div class="w"><p>主办：淜川市人力资源和社会保障局　技术支持：淜川市大数据中心</p>'
        f'<p>网站标识码：{CODE}　未ICP备10022781号-3　未公网安备98770202000531号</p></div></div></body></html>')


class HaiyunPengchuan(Site):
    hosts = (HOST, CITY)
    site_ids = (SITE,)
    first_id = 221_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 29), (2020, 27), (2021, 24), (2022, 20), (2024, 23)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"淜川市人力资源和社会保障局{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2019)), doc)
        doc = self.doc(OWNER, 2023, "2024-01-25", "淜川市人力资源和社会保障局2023年政府信息公开工作年度报告")
        docid = self.next_id()
        name = f"W020240125{self.rng.randrange(10**12):012d}.pdf"
        content = (f"<p>{esc(doc.title)}全文见下。</p><object data=\"./{name}\" type=\"application/pdf\" "
                   f'width="100%" height="860"><a href="./{name}" target="_blank">点击下载：'
                   f'{esc(doc.title)}.pdf</a></object>')
        url = self.article(doc.title, "2024-01-25", OWNER, content, docid)
        self.report(SITE, url, doc, media_type=MEDIA["pdf"],
                    report_url=self.attach(HOST, f"{LIST}202401/{name}", doc, "pdf"))
        for unit, year, date in (("淜川市就业服务中心", 2024, "2025-01-16"),
                                 ("淜川市社会保险事业管理中心", 2022, "2023-01-17")):
            doc = self.doc(unit, year, date, f"{unit}{year}年度政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, unit, self.body(doc)), doc)
        for title, year, date in (("淜川市人力资源和社会保障局2024年法治政府建设年度报告", 2024, "2025-02-10"),
                                  ("关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-27"),
                                  ("淜川市人力资源和社会保障局2023年度部门决算", 2023, "2024-09-03")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        for path, name in CHROME:
            self.put(HOST, path, frame(f"{name}-{OWNER}", f'<div class="w rs-main"><h3>{name}</h3><a href="{LIST}'
                                       'index.html">政府信息公开年报</a></div>'))
        self.put(CITY, "/", '<!DOCTYPE html><html><head><meta charset="utf-8"><title>淜川市人民政府</title></head>'
                 f'<body><h1>淜川市人民政府</h1><p><a href="http://{HOST}/">淜川市人力资源和社会保障局</a></p></body></html>')
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            self.put(HOST, LIST + ("index.html" if k == 1 else f"index_{k}.html"), self.list_page(k, pages))

    def article(self, title: str, date: str, unit: str, content: str, docid: int = 0) -> str:
        docid = docid or self.next_id()
        ym, ymd = date[:7].replace("-", ""), date.replace("-", "")
        self.rows.append((date, f"./{ym}/t{ymd}_{docid}.html", title))
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 10:12">'
                f'<meta name="ContentSource" content="{esc(unit)}"><meta name="ColumnName" content="年度报告">'
                f'<meta name="catalogs" content="60417"><meta name="contentid" content="{docid}">')
        inner = (f'<div class="w rs-main"><div class="rs-crumb"><a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息'
                 f'公开</a> &gt; <a href="{LIST}index.html">年度报告</a></div><h1 class="rs-tit">{esc(title)}</h1>'
                 f'<div class="rs-source"><span>文章来源：{esc(unit)}</span><span>发布时间：{date}</span><span>【<a '
                 'href="javascript:window.print()">打印</a>】</span></div><div class="trs_editor_view TRS_UEDITOR '
                 f'trs_paper_default">{content}</div></div>')
        return self.put(HOST, f"{LIST}{ym}/t{ymd}_{docid}.html", frame(f"{title}-{OWNER}", inner, meta))

    def list_page(self, k: int, pages: int) -> str:
        def day(d: str) -> str:
            return f"{d[:4]}年{d[5:7]}月{d[8:]}日"
        rows = "".join(f'<li><a href="{h}" target="_blank" title="{esc(t)}"><span class="t">{esc(t)}</span><span '
                       f'class="d">{day(d)}</span></a></li>' for d, h, t in self.rows[(k - 1) * PER:k * PER])
        more = (f'<a class="rs-more" id="loadMore" href="javascript:;" data-next="index_{k + 1}.html" data-total='
                f'"{len(self.rows)}" data-pages="{pages}">加载更多</a>' if k < pages else
                '<span class="rs-nomore">没有更多了</span>')
        inner = (f'<div class="w rs-main"><div class="rs-crumb"><a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息'
                 f'公开</a> &gt; 年度报告</div><ul class="rs-nblist">{rows}</ul><div class="rs-loadbox">{more}</div>'
                 f'{MORE_JS}</div>')
        return frame(f"年度报告-{OWNER}", inner, '<meta name="ColumnName" content="年度报告">')


PORTALS = [HaiyunPengchuan]
