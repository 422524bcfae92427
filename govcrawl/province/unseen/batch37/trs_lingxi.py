"""菱溪县人民政府 (www.lingxi.gov.test): a TRS WCM classic county on the Shanxi-style path — its 年报 column is the
sub-column ``/zwgk/zfxxgk/xxgknb/xinxinianbao/`` (信息年报) under a 年报 parent page ``/zwgk/zfxxgk/xxgknb/`` — whose
rows are ``<p>`` lines in a ``<div class="gl-list">`` with the date *first* in an ``<i>``, whose article links all
carry the mobile switch query ``?isMobile=false`` (``./YYYYMM/tYYYYMMDD_<id>.shtml?isMobile=false``, portals.md
§1.1, 绥阳县), and whose in-page ``createPageHTML`` writes *bracketed page numbers* ("[1] [2] [3]") plus 下一页.

Start URL: the home page ``/``; its nav 政务公开 links ``/zwgk/`` (a page of 公开 columns) which links the 年报 parent
``/zwgk/zfxxgk/xxgknb/``, which links 信息年报 ``xinxinianbao/index.shtml`` (and an empty 年报解读 sub-column
``ndbgjd/index.shtml``).  The column: ``<div class="gl-list"><p><i>YYYY-MM-DD</i><a href="./YYYYMM/tYYYYMMDD_<id>.shtml
?isMobile=false" target="_blank" title="…">title</a></p>…</div>`` four a page, newest first, then ``<div
id="pagediv" class="pagediv"><script>createPageHTML(3,0,"index","shtml");</script></div>`` (the function defined in a
``<script>`` in ``<head>``; zero-based: ``index.shtml``, ``index_1.shtml``, ``index_2.shtml``).

Articles ``/zwgk/zfxxgk/xxgknb/xinxinianbao/YYYYMM/tYYYYMMDD_<id>.shtml`` (served with or without the query): metas
ArticleTitle, PubDate, ContentSource, ``Url``; ``<h1 class="xl-bt">``, a line ``信息来源：… 发布日期：… 【打印】
【关闭】``, body ``div.TRS_Editor > div.Custom_UnionStyle``.
Reports (8): 菱溪县人民政府 2019 (Word-pasted), 2021, 2023 (a one-line body; the report is the PDF
``./YYYYMM/P0<date><12 digits>.pdf`` linked *inside* the editor div as "相关附件：…pdf"), 2024;
菱溪县教育局 2022 ("县教育局…"), 菱溪县农业农村局 2020 ("县农业农村局…"), 菱溪县白沙镇人民政府 2024 ("白沙镇…"),
菱溪县医疗保障局 2023 ("县医保局…年度报告") — 信息来源 and ContentSource name the full unit.
Decoys (3): 菱溪县2023年度政府信息公开工作年度报告解读, 关于报送2022年度政府信息公开工作年度报告的函,
菱溪县2024年政务公开工作要点.
Chrome: top bar (无障碍, 长辈版, English), logo, nav, footer with 主办单位, 网站标识码, ICP, 公网安备, 纠错 widget,
微信 QR blurb.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch37._site import MEDIA, Site, esc

HOST = "www.lingxi.gov.test"
SITE = "lingxi-gov"
OWNER = "菱溪县人民政府"
JY = "菱溪县教育局"
NY = "菱溪县农业农村局"
TOWN = "菱溪县白沙镇人民政府"
YB = "菱溪县医疗保障局"
CODE = "9887010004"
PARENT = "/zwgk/zfxxgk/xxgknb/"
COL = PARENT + "xinxinianbao/"
PER = 4
PAGER_JS = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
  if (_nPageCount == null || _nPageCount <= 1) { return; }
  var s = "";
  for (var i = 0; i < _nPageCount; i++) {
    var f = i == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt;
    s += i == _nCurrIndex ? "<b>[" + (i + 1) + "]</b> " : "<a href=\\"" + f + "\\">[" + (i + 1) + "]</a> ";
  }
  if (_nCurrIndex < _nPageCount - 1) {
    s += "<a href=\\"" + _sPageName + "_" + (_nCurrIndex + 1) + "." + _sPageExt + "\\">下一页</a>";
  }
  document.write(s);
}
</script>"""


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/'
            'xhtml1-transitional.dtd"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title></head><body>'
            '<div class="lx-top"><span>欢迎访问菱溪县人民政府门户网站</span>'
            '<a href="javascript:;" class="wza">无障碍</a>'
            '<a href="javascript:;">长辈版</a><a href="javascript:;">English</a></div><div class="lx-logo">'
            '<span>菱溪县人民政府</span></div><div class="lx-nav"><a href="/">首页</a>'
            '<a href="/zwgk/">政务公开</a><a href="/zwgk/">政府信息公开</a><a href="javascript:;">政务服务</a>'
            f'<a href="javascript:;">互动交流</a></div>{inner}<div class="lx-foot"><p>主办单位：菱溪县人民政府办公室'
            f'　承办：菱溪县政务信息中心</p><p>网站标识码：{CODE}　<a href="https://beian.miit.gov.cn/" '
            'target="_blank">未ICP备19004417号</a>　未公网安备98870102000061号</p><p><span id="_span_jiucuo">'
            '</span>　微信扫一扫关注“菱溪发布”</p></div></body></html>')


class TrsLingxi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 320_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-21"), (2021, "2022-01-27"), (2024, "2025-01-23")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2019)), doc)
        date = "2024-01-26"
        doc = self.doc(OWNER, 2023, date, f"{OWNER}2023年政府信息公开工作年度报告")
        ymd = date.replace("-", "")
        name = f"P0{ymd}{self.rng.randint(10 ** 11, 10 ** 12 - 1)}.pdf"
        file_url = self.attach(HOST, f"{COL}{ymd[:6]}/{name}", doc, "pdf")
        url = self.article(doc.title, date, OWNER, f"<p>现将{esc(doc.title)}予以公开。</p><p>相关附件：<a href=\"./"
                                                   f'{name}">{esc(doc.title)}.pdf</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=file_url)
        for agency, year, date, title in ((JY, 2022, "2023-01-17", "县教育局2022年政府信息公开工作年度报告"),
                                          (NY, 2020, "2021-01-25", "县农业农村局2020年政府信息公开工作年度报告"),
                                          (TOWN, 2024, "2025-01-15", "白沙镇2024年政府信息公开工作年度报告"),
                                          (YB, 2023, "2024-01-19", "县医保局2023年政府信息公开年度报告")):
            doc = self.doc(agency, year, date, title)
            self.report(SITE, self.article(title, date, agency, self.body(doc)), doc)
        for title, year, date in (("菱溪县2023年度政府信息公开工作年度报告解读", 2023, "2024-01-29"),
                                  ("关于报送2022年度政府信息公开工作年度报告的函", 2022, "2022-12-14"),
                                  ("菱溪县2024年政务公开工作要点", 2024, "2024-04-08")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            self.put(HOST, f"{COL}index{'' if k == 0 else f'_{k}'}.shtml", self.column(k, pages))
        self.put(HOST, f"{PARENT}ndbgjd/index.shtml", frame(f"年报解读_{OWNER}", '<div class="lx-main"><div '
                                                            'class="gl-list"><p>暂无信息</p></div></div>'))
        self.put(HOST, f"{PARENT}index.shtml", frame(f"政府信息公开年报_{OWNER}", '<div class="lx-main"><div class="'
                                                     'sub-lm"><h3>政府信息公开年报</h3><ul><li><a href="'
                                                     'xinxinianbao/index.shtml">信息年报</a></li><li><a href="ndbgjd/'
                                                     'index.shtml">年报解读</a></li></ul></div></div>'))
        self.put(HOST, "/zwgk/index.shtml", frame(f"政务公开_{OWNER}", '<div class="lx-main"><ul class="gk-lm">'
                                                  '<li><a href="/zwgk/zfxxgk/gkzn/index.shtml">政府信息公开指南</a>'
                                                  f'</li><li><a href="{PARENT}index.shtml">政府信息公开年报</a></li>'
                                                  '</ul></div>'))
        self.put(HOST, "/zwgk/zfxxgk/gkzn/index.shtml", frame(f"政府信息公开指南_{OWNER}",
                                                             '<div class="lx-main"><p>政府信息公开指南</p></div>'))
        self.put(HOST, "/index.shtml", frame(OWNER, '<div class="lx-main"><div class="xxgk"><h3>政府信息公开</h3>'
                                                    '<a href="/zwgk/">政务公开</a></div></div>'))

    def column(self, k: int, pages: int) -> str:
        rows = "".join(f'<p><i>{d}</i><a href=".{h[len(COL) - 1:]}?isMobile=false" target="_blank" '
                       f'title="{esc(t)}">{esc(t)}</a></p>' for d, h, t in self.rows[k * PER:(k + 1) * PER])
        inner = ('<div class="lx-main"><div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开'
                 '</a> &gt; <a href="../index.shtml">政府信息公开年报</a> &gt; 信息年报</div>'
                 f'<div class="gl-list">{rows}'
                 '</div><div id="pagediv" class="pagediv"><script type="text/javascript">'
                 f'createPageHTML({pages},{k},"index","shtml");</script></div></div>')
        return frame(f"信息年报_{OWNER}", inner, '<meta name="ColumnName" content="信息年报">' + PAGER_JS)

    def article(self, title: str, date: str, source: str, content: str) -> str:
        aid = self.next_id(5, 70)
        ymd = date.replace("-", "")
        path = f"{COL}{ymd[:6]}/t{ymd}_{aid}.shtml"
        self.rows.append((date, path, title))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 10:12">'
                 f'<meta name="ContentSource" content="{esc(source)}"><meta name="Url" content="http://{HOST}{path}">')
        inner = ('<div class="lx-main"><div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="../index.shtml">'
                 f'信息年报</a></div><h1 class="xl-bt">{esc(title)}</h1><div class="xl-xx">信息来源：{esc(source)}　'
                 f'发布日期：{date}　【<a href="javascript:window.print()">打印</a>】'
                 '【<a href="javascript:window.close()">关闭</a>】</div>'
                 '<div class="xl-nr"><div class="TRS_Editor"><div class="Custom_UnionStyle">'
                 f'{content}</div></div></div></div>')
        return self.put(HOST, path, frame(f"{title}_{OWNER}", inner, extra))


PORTALS = [TrsLingxi]
