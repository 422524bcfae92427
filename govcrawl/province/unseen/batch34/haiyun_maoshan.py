"""茆山县人民政府 (www.maoshan.gov.test): a TRS 海云 county laid out like Hunan's county sites — the 年报 column's
6-argument pager is called inside a jQuery ready handler (``$(function(){ createPageHTML('page_box', 3, 1, 'index',
'html', 11); });``) over ``.html`` pages, each row carries a 发布机构 line, and the 2024 report is a PDF linked in the
body with TRS's ``oldsrc=`` attribute.

Start URL: the column ``/xxgk/zfxxgknb/index.html``.  The list ``<div class="gl-box"><ul class="gl-list">`` holds
``<li><div class="gl-t"><a href="./YYYYMM/tYYYYMMDD_<id>.html" target="_blank" title="full title">title</a>
<em>YYYY-MM-DD</em></div><div class="gl-s">发布机构：<span>unit</span></div></li>``, four to a page, newest first.
The pager is ``<div class="page" id="page_box"></div>`` filled by the page's own 6-argument ``createPageHTML(div,
pages, cur, name, ext, total)`` (1-based): page 1 ``index.html``, page *n* ``index_n.html`` (``index_2.html``,
``index_3.html``; ``index_1.html`` is not served — 404).  Every page repeats the call with its own ``cur``.

Articles ``/xxgk/zfxxgknb/YYYYMM/tYYYYMMDD_<id>.html``: metas ArticleTitle, PubDate, ContentSource; a 信息公开
"索引号 / 发布机构 / 发文日期" table above ``<h2 class="art-t">``, body ``div.view.TRS_UEDITOR.trs_paper_default``.
Reports (8): 茆山县人民政府 2019, 2021 (Word-pasted), 2022, 2023, 2024 (a one-line body linking ``<a href="./P0<date>
<12 digits>.pdf" oldsrc="W0<…>.pdf">``, the file in the same month folder); 茆山县自然资源局 2023 and 茆山县农业农村局
2020 (titled "县自然资源局…" / "县农业农村局…"); 茆山县枫林乡人民政府 2024 (titled "枫林乡…"); the 发布机构 line,
table cell and ContentSource name each full unit.  Decoys (3): 茆山县2023年政府网站工作年度报表, 茆山县2022年度
政府信息公开工作年度报告解读, 关于做好2024年度政府信息公开工作年度报告编制发布工作的函.  Chrome: 无障碍 / 长者模式, a
湖南-style top bar, nav, 政务新媒体 blurb, footer with 主办单位, 网站标识码, ICP, 公网安备.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch34._site import MEDIA, Site, esc

HOST = "www.maoshan.gov.test"
SITE = "maoshan-gov"
OWNER = "茆山县人民政府"
ZR = "茆山县自然资源局"
NY = "茆山县农业农村局"
TOWN = "茆山县枫林乡人民政府"
CODE = "9884040008"
COL = "/xxgk/zfxxgknb/"
PER = 4
GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
       b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
PAGER_JS = (
    "function createPageHTML(div, pages, cur, name, ext, total) {"
    " var el = document.getElementById(div); if (!el || pages <= 1) return;"
    " var u = function (n) { return n == 1 ? name + '.' + ext : name + '_' + n + '.' + ext; };"
    " var h = '<span class=\"tt\">共' + total + '条记录 ' + cur + '/' + pages + '页</span>';"
    " if (cur > 1) h += '<a href=\"' + u(1) + '\">首页</a><a href=\"' + u(cur - 1) + '\">上一页</a>';"
    " for (var i = 1; i <= pages; i++) h += i == cur ? '<b>' + i + '</b>' : '<a href=\"' + u(i) + '\">' + i + '</a>';"
    " if (cur < pages) h += '<a href=\"' + u(cur + 1) + '\">下一页</a><a href=\"' + u(pages) + '\">尾页</a>';"
    " el.innerHTML = h; }")


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title>'
            '<script src="/js/jquery.min.js"></script></head><body>'
            '<div class="topbar"><span>欢迎访问茆山县人民政府门户网站</span><a href="javascript:;" id="wza">无障碍</a>'
            '<a href="javascript:;">长者模式</a></div>'
            '<div class="header"><img src="/images/logo.png" alt="茆山县人民政府">'
            '</div><div class="nav"><a href="/">首页</a><a href="/xxgk/">政务公开</a>'
            f'<a href="{COL}index.html">政府信息公开年报</a></div>{inner}'
            '<div class="xmt">政务新媒体：茆山发布（微信）　茆山发布（微博）</div><div class="footer">'
            '<p>主办单位：茆山县人民政府办公室　承办单位：茆山县融媒体中心</p>'
            f'<p>网站标识码：{CODE}　未ICP备21046802号　未公网安备98840402000025号</p></div></body></html>')


class HaiyunMaoshan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 292_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        for year, date in ((2019, "2020-01-21"), (2021, "2022-01-26"), (2022, "2023-01-17"), (2023, "2024-01-22")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2021)), doc)
        date = "2025-01-20"
        doc = self.doc(OWNER, 2024, date, f"{OWNER}2024年政府信息公开工作年度报告")
        ymd = date.replace("-", "")
        pdf = f"P0{ymd}{self.rng.randint(10 ** 11, 10 ** 12 - 1)}.pdf"
        old = f"W0{ymd}{self.rng.randint(10 ** 11, 10 ** 12 - 1)}.pdf"
        pdf_url = self.attach(HOST, f"{COL}{ymd[:6]}/{pdf}", doc, "pdf")
        url = self.article(doc.title, date, OWNER,
                           f'<p>附件：<a href="./{pdf}" oldsrc="{old}" target="_blank">{esc(doc.title)}.pdf</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=pdf_url)
        for agency, year, date, title in ((ZR, 2023, "2024-01-31", "县自然资源局2023年政府信息公开工作年度报告"),
                                          (NY, 2020, "2021-01-28", "县农业农村局2020年政府信息公开工作年度报告"),
                                          (TOWN, 2024, "2025-01-26", "枫林乡2024年政府信息公开工作年度报告")):
            doc = self.doc(agency, year, date, title)
            self.report(SITE, self.article(title, date, agency, self.body(doc)), doc)
        for title, year, date in (("茆山县2023年政府网站工作年度报表", 2023, "2024-01-12"),
                                  ("茆山县2022年度政府信息公开工作年度报告解读", 2022, "2023-01-18"),
                                  ("关于做好2024年度政府信息公开工作年度报告编制发布工作的函", 2024, "2024-12-20")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            self.put(HOST, f"{COL}index{'' if k == 1 else f'_{k}'}.html", self.column(k, pages))
        for image in ('/images/logo.png',):
            self.put(HOST, image, GIF, "image/gif")
        self.put(HOST, "/js/jquery.min.js", "/*! jQuery v3.6.0 */ window.jQuery=window.$=function(f){};",
                 "application/javascript")
        self.put(HOST, "/index.html", frame(OWNER, f'<div class="main"><a href="{COL}index.html">政府信息公开年报</a>'
                                                   '</div>'))
        self.put(HOST, "/xxgk/index.html", frame(f"政务公开_{OWNER}", f'<div class="main"><a href="{COL}index.html">'
                                                 '政府信息公开年报</a></div>'))

    def column(self, k: int, pages: int) -> str:
        items = "".join(f'<li><div class="gl-t"><a href=".{h[len(COL) - 1:]}" target="_blank" title="{esc(t)}">'
                        f'{esc(t)}</a><em>{d}</em></div><div class="gl-s">发布机构：<span>{esc(a)}</span></div></li>'
                        for d, h, t, a in self.rows[(k - 1) * PER:k * PER])
        inner = ('<div class="main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
                 f'<a href="/xxgk/">政务公开</a> &gt; 政府信息公开年报</div>'
                 f'<div class="gl-box"><ul class="gl-list">{items}</ul>'
                 f'<div class="page" id="page_box"></div></div></div><script>{PAGER_JS}</script>'
                 f"<script>$(function(){{ createPageHTML('page_box', {pages}, {k}, 'index', 'html', "
                 f"{len(self.rows)}); }});</script>")
        return frame(f"政府信息公开年报_{OWNER}", inner)

    def article(self, title: str, date: str, agency: str, content: str) -> str:
        aid = self.next_id(5, 60)
        ymd = date.replace("-", "")
        path = f"{COL}{ymd[:6]}/t{ymd}_{aid}.html"
        self.rows.append((date, path, title, agency))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 11:05">'
                 f'<meta name="ContentSource" content="{esc(agency)}">')
        inner = ('<div class="main"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="../index.html">'
                 '政府信息公开年报</a></div><table class="xxgk-info"><tr><td>索引号：</td>'
                 f'<td>MS-{ymd[:4]}-{aid % 10000:04d}</td><td>发布机构：</td><td>{esc(agency)}</td></tr>'
                 f'<tr><td>发文日期：</td><td>{date}</td><td>主题分类：</td><td>政府信息公开年报</td></tr></table>'
                 f'<h2 class="art-t">{esc(title)}</h2><div class="view TRS_UEDITOR trs_paper_default">{content}'
                 '</div></div>')
        return self.put(HOST, path, frame(f"{title}_{OWNER}", inner, extra))


PORTALS = [HaiyunMaoshan]
