"""湑阳县 (www.xuyang.gov.test): TRS WCM classic whose 年报 column's pager block gives *no page count at all* —
only the record count and the page size (``var nRecCount = 12;`` ``var nPageSize = 5;``) from which the script
computes ``var nPageCount = Math.ceil(nRecCount / nPageSize);`` before ``createPageHTML(nPageCount, 0, "index",
"html");`` — whose rows are summary cards (title, a one-line 摘要, date), and whose 2022 county report is a
.docx listed in a ``<ul class="xy-fjlist">`` after the editor.

``/xxgk/zfxxgknb/index.html`` (then TRS's zero-based ``index_1.html``, ``index_2.html``; ``index_3.html`` is
404) holds ``<div class="xy-cards">`` of ``<div class="xy-card"><h4><a href="./YYYYMM/tYYYYMMDD_<docid>.html"
target="_blank">title</a></h4><p class="xy-zy">摘要…</p><span class="xy-time">发布时间：YYYY-MM-DD</span></div>``,
five a page, newest first; a visible "共12条" line; the page links exist only once the script has run.
Articles ``/xxgk/zfxxgknb/YYYYMM/tYYYYMMDD_<docid>.html``: title ``div.xy-title h2``, a visible line
``<div class="xy-meta">发布时间：… | 来源：… | 浏览次数：<span id="ReadCount"></span> | 【字体：大 中 小】</div>``
(the 来源 is the publishing unit's full name; ``ContentSource`` meta too), body ``<div class="TRS_Editor">``
starting with an inline ``<style>.TRS_Editor P{…}</style>`` (Word markup for 2020).  The 农业农村局's title
abbreviates it ("县农业农村局2024年…"); its full name is in the 来源 line.  The 2022 county report's body is
one line; its file ``./202301/P020230118<12 digits>.docx`` is in ``<ul class="xy-fjlist"><li><a …>``.

Reports (9): 湑阳县人民政府 2019–2024 (2019–2020 old template; 2022 a DOCX), 湑阳县农业农村局 2024, 湑阳县城关镇
人民政府 2023, 湑阳县卫生健康局 2021.  Decoys (3): 湑阳县2024年政务公开工作要点, 湑阳县政府信息公开指南（2024年版）,
湑阳县2023年国民经济和社会发展统计年报.  Chrome: 无障碍 / 长者模式 links, a 搜索 form, a 信息公开 left menu, a footer
with 网站标识码, ICP and 公安备案, a 微信公众号 QR blurb.
"""

from __future__ import annotations

import random
import re

from govcrawl.province.unseen.batch27._site import MEDIA, Site, esc

HOST = "www.xuyang.gov.test"
SITE = "xuyang-gov"
OWNER = "湑阳县人民政府"
OFFICE = "湑阳县人民政府办公室"
LIST = "/xxgk/zfxxgknb/"
PER = 5
CODE = "9877010003"
CHROME = (("/", "首页"), ("/xwzx/", "新闻中心"), ("/xxgk/", "信息公开"), ("/zwfw/", "政务服务"), ("/hdjl/", "互动交流"),
          ("/xxgk/zfxxgkzn/", "政府信息公开指南"), ("/xxgk/zfxxgkzd/", "政府信息公开制度"),
          ("/xxgk/fdzdgknr/", "法定主动公开内容"), ("/wzdt/", "网站地图"))
PAGER = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
  if (_nPageCount <= 1) { return; }
  function u(i) { return i == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt; }
  var s = "";
  if (_nCurrIndex > 0) { s += "<a href='" + u(0) + "'>首页</a> <a href='" + u(_nCurrIndex - 1) + "'>上一页</a> "; }
  for (var i = 0; i < _nPageCount; i++) {
    s += i == _nCurrIndex ? "<font color='red'>" + (i + 1) + "</font> " : "<a href='" + u(i) + "'>" + (i + 1) + "</a> ";
  }
  if (_nCurrIndex < _nPageCount - 1) { s += "<a href='" + u(_nCurrIndex + 1) + "'>下一页</a> <a href='"
    + u(_nPageCount - 1) + "'>尾页</a>"; }
  document.write(s);
}
"""


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<a href="{p}">{n}</a>' for p, n in CHROME[:5])
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
        'transitional.dtd"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" '
        f'content="{CODE}">{extra}<title>{esc(title)}</title></head><body><div class="xy-top"><div class="wrap">'
        '欢迎访问湑阳县人民政府门户网站<span class="r"><a href="javascript:;" id="wza">无障碍</a> | '
        '<a href="javascript:;" id="zzms">长者模式</a> | <a href="/wzdt/">网站地图</a></span></div></div>'
        '<div class="xy-banner"><div class="wrap"><img src="/images/xy_logo.png" alt="湑阳县人民政府">'
        '<form class="xy-so" action="/was5/web/search" method="get">'
        '<input name="searchword" value=""><input type="submit" value="搜索"></form></div></div>'
        f'<div class="xy-nav"><div class="wrap">{nav}</div></div>{inner}<div class="xy-foot"><div class="wrap">'
        '<div class="xy-qr"><img src="/images/xy_wx.jpg" alt="">扫一扫关注“湑阳发布”微信公众号</div>'
        '<p>主办单位：湑阳县人民政府办公室　承办单位：湑阳县融媒体中心</p>'
        f'<p>网站标识码：{CODE}　未ICP备13004471号-2　未公网安备98770102000118号</p>'
        '<p><a href="/wzdt/">网站地图</a> | <a href="/xxgk/zfxxgkzn/">联系我们</a></p></div></div></body></html>')


class TrsXuyang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 220_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        for year, day in ((2019, 30), (2020, 28), (2021, 26), (2023, 24), (2024, 21)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"湑阳县{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OFFICE, self.body(doc, word=year == 2020)), doc)
        doc = self.doc(OWNER, 2022, "2023-01-18", "湑阳县2022年政府信息公开工作年度报告")
        docid = self.next_id()
        name = f"P020230118{self.rng.randrange(10**12):012d}.docx"
        content = (f"<p>{esc(doc.title)}详见附件。</p>", f'<ul class="xy-fjlist"><li>附件：<a href="./{name}" target='
                   f'"_blank">{esc(doc.title)}.docx</a></li></ul>')
        url = self.article(doc.title, "2023-01-18", OFFICE, content[0], docid, after=content[1])
        self.report(SITE, url, doc, media_type=MEDIA["docx"],
                    report_url=self.attach(HOST, f"{LIST}202301/{name}", doc, "docx"))
        for unit, year, date, title in (
                ("湑阳县农业农村局", 2024, "2025-01-17", "县农业农村局2024年政府信息公开工作年度报告"),
                ("湑阳县城关镇人民政府", 2023, "2024-01-19", "湑阳县城关镇人民政府2023年度政府信息公开工作年度报告"),
                ("湑阳县卫生健康局", 2021, "2022-01-20", "湑阳县卫生健康局2021年政府信息公开工作年度报告")):
            doc = self.doc(unit, year, date, title)
            self.report(SITE, self.article(title, date, unit, self.body(doc)), doc)
        for title, year, date in (("湑阳县2024年政务公开工作要点", 2024, "2024-04-12"),
                                  ("湑阳县政府信息公开指南（2024年版）", 2024, "2024-03-05"),
                                  ("湑阳县2023年国民经济和社会发展统计年报", 2023, "2024-04-28")):
            self.decoy(SITE, self.article(title, date, OFFICE, self.decoy_body(title, OWNER, year)), title)
        for path, name in CHROME:
            self.put(HOST, path, frame(f"{name}_湑阳县人民政府", f'<div class="wrap xy-main"><h3>{name}</h3><p><a '
                                       f'href="{LIST}">政府信息公开年报</a></p></div>'))
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            self.put(HOST, LIST + ("index.html" if k == 0 else f"index_{k}.html"), self.list_page(k))

    def article(self, title: str, date: str, unit: str, content: str, docid: int = 0, after: str = "") -> str:
        docid = docid or self.next_id()
        ym, ymd = date[:7].replace("-", ""), date.replace("-", "")
        path = f"{LIST}{ym}/t{ymd}_{docid}.html"
        self.rows.append((date, f"./{ym}/t{ymd}_{docid}.html", title, content))
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 09:30">'
                f'<meta name="ContentSource" content="{esc(unit)}"><meta name="ColumnName" content="政府信息公开年报">')
        inner = (f'<div class="wrap xy-main"><div class="xy-pos">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">'
                 f'信息公开</a> &gt; <a href="{LIST}">政府信息公开年报</a></div><div class="xy-title"><h2>{esc(title)}'
                 f'</h2></div><div class="xy-meta">发布时间：{date} | 来源：{esc(unit)} | 浏览次数：'
                 '<span id="ReadCount"></span> | 【字体：<a href="javascript:;">大</a> '
                 '<a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div><div class="xy-con">'
                 '<div class="TRS_Editor"><style>.TRS_Editor P{margin-top:0;margin-bottom:0;line-height:2;'
                 f'font-family:仿宋;font-size:16pt;}}</style>{content}</div>{after}</div>'
                 '<div class="xy-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.'
                 'close()">【关闭窗口】</a></div></div>')
        return self.put(HOST, path, frame(f"{title}_湑阳县人民政府", inner, meta))

    def list_page(self, k: int) -> str:
        def card(d: str, h: str, t: str, c: str) -> str:
            snippet = re.sub(r"<[^>]+>|&nbsp;", "", c)[:36]
            return (f'<div class="xy-card"><h4><a href="{h}" target="_blank">{esc(t)}</a></h4><p class="xy-zy">'
                    f'{esc(snippet)}…</p><span class="xy-time">发布时间：{d}</span></div>')
        cards = "".join(card(*r) for r in self.rows[k * PER:(k + 1) * PER])
        left = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in CHROME[5:8])
        inner = (f'<div class="wrap xy-main"><div class="xy-left"><h3>信息公开</h3><ul>{left}<li class="on"><a href='
                 f'"{LIST}">政府信息公开年报</a></li></ul></div><div class="xy-right"><div class="xy-pos">当前位置：'
                 '<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 政府信息公开年报</div>'
                 f'<div class="xy-cards">{cards}</div><div class="xy-page">共{len(self.rows)}条 {PAGER}'
                 f'var nRecCount = {len(self.rows)};\nvar nPageSize = {PER};\nvar nPageCount = Math.ceil(nRecCount / '
                 f'nPageSize);\ncreatePageHTML(nPageCount, {k}, "index", "html");\n</script></div></div></div>')
        return frame("政府信息公开年报_湑阳县人民政府", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [TrsXuyang]
