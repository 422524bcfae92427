"""浛川县 (www.hanchuan.gov.test): TRS WCM classic on the bare-docid URL shape — articles are ``./t<docid>.shtml``
straight in the column directory (no ``YYYYMM/`` folder, no date in the name) — whose 年报 column is a ``<dl>``
list with Chinese-format dates, paged by a one-line ``createPageHTML(3,0,"index","shtml");`` call (no spaces)
whose function is *not* in the page but in the shared file ``/images/js/trspage.js``, and whose 2021 county
report is a PDF in TRS's ``div.appendix`` block (``OLDSRC`` attributes) after the editor.

``/zwgk/zfxxgknb/index.shtml`` (then TRS's zero-based ``index_1.shtml``, ``index_2.shtml``; ``index_3.shtml``
is 404) holds ``<div class="hc-nb">`` of ``<dl><dt><a href="./t<docid>.shtml" target="_blank" title="full
title">title</a></dt><dd>2025年01月22日</dd></dl>``, four a page, newest first; the page links exist only once
``trspage.js`` has run (the script writes 首页 / 上一页 / 下一页 / 尾页 and "第1/3页").  Articles
``/zwgk/zfxxgknb/t<docid>.shtml``: ``<h1 class="hc-h1">``, a visible ``<div class="hc-info">`` with spans
(信息来源：… 发布日期：… 访问量：), body ``div.TRS_Editor`` > ``div.Custom_UnionStyle`` (Word markup for 2019).
The 2021 county report's body is one line; its file ``./P020220121<12 digits>.pdf`` (same directory) is in
``<div class="appendix">相关附件：<a href="./P0….pdf" OLDSRC="/protect/P0….pdf" OLDID="…">…</a></div>``.
The 市场监督管理局's title abbreviates it ("县市场监管局…"); its full name is in the 信息来源 span and the
``ContentSource`` meta.

Reports (8): 浛川县人民政府 2019–2024 (2019–2020 old template; 2021 a PDF), 浛川县市场监督管理局 2023,
浛川县河坳镇人民政府 2024.  Decoys (3): 浛川县2023年法治政府建设年度报告, 浛川县2024年政府网站工作年度报表,
浛川县人民政府办公室关于报送2024年政府信息公开工作年度报告的函.  Chrome: 无障碍 / 关怀版 links, a 搜索 form, a
footer with 网站标识码, ICP and 公安备案, an app download blurb.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch28._site import MEDIA, Site, esc

HOST = "www.hanchuan.gov.test"
SITE = "hanchuan-gov"
OWNER = "浛川县人民政府"
OFFICE = "浛川县人民政府办公室"
LIST = "/zwgk/zfxxgknb/"
PER = 4
CODE = "9878010007"
NAV = (("/", "首页"), ("/zwdt/", "政务动态"), ("/zwgk/", "政务公开"), ("/bsfw/", "办事服务"), ("/gzcy/", "公众参与"))
PAGE_JS = """function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
  if (_nPageCount == null || _nPageCount <= 1) { return; }
  var _url = function (n) { return n == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + n + "." + _sPageExt; };
  var s = "第" + (_nCurrIndex + 1) + "/" + _nPageCount + "页&nbsp;";
  s += _nCurrIndex == 0 ? "首页&nbsp;上一页&nbsp;" : "<a href=\\"" + _url(0) + "\\">首页</a>&nbsp;<a href=\\""
    + _url(_nCurrIndex - 1) + "\\">上一页</a>&nbsp;";
  s += _nCurrIndex == _nPageCount - 1 ? "下一页&nbsp;尾页" : "<a href=\\"" + _url(_nCurrIndex + 1)
    + "\\">下一页</a>&nbsp;<a href=\\"" + _url(_nPageCount - 1) + "\\">尾页</a>";
  document.write(s);
}
"""


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in NAV)
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" '
        f'content="{CODE}">{extra}<title>{esc(title)}</title><script src="/images/js/trspage.js"></script></head>'
        '<body><div class="hc-head"><div class="hc-w"><a href="/" class="hc-logo">浛川县人民政府</a>'
        '<div class="hc-tool"><a href="javascript:;" class="w'
        'za">无障碍</a><a href="javascript:;" class="ghb">关怀版</a>'
        '<form action="/search/" method="get"><input type="text" name="q"><button type="submit">搜索</button></form>'
        f'</div></div></div><ul class="hc-nav">{nav}</ul>{inner}<div class="hc-foot"><div class="hc-w">'
        '<p class="app">下载“浛川通”APP，掌上办事更便捷</'
        'p><p>主办：浛川县人民政府办公室　技术支持：浛川县大数据中心</p>'
        f'<p>网站标识码：{CODE}　未ICP备17002211号-1　未公网安备98780103000051号</p></div></div></body></html>')


class TrsHanchuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 230_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 29), (2020, 27), (2022, 25), (2023, 23), (2024, 22)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"浛川县{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OFFICE, self.body(doc, word=year == 2019)), doc)
        doc = self.doc(OWNER, 2021, "2022-01-21", "浛川县2021年政府信息公开工作年度报告")
        name = f"P020220121{self.rng.randrange(10**12):012d}.pdf"
        appendix = (f'<div class="appendix">相关附件：<a href="./{name}" OLDSRC="/protect/{name}" OLDID='
                    f'"{self.rng.randrange(10**6)}">{esc(doc.title)}.pdf</a></div>')
        url = self.article(doc.title, "2022-01-21", OFFICE, f"<p>{esc(doc.title)}全文见附件。</p>", appendix)
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=self.attach(HOST, LIST + name, doc, "pdf"))
        for unit, year, date, title in (
                ("浛川县市场监督管理局", 2023, "2024-01-26", "县市场监管局2023年度政府信息公开工作年度报告"),
                ("浛川县河坳镇人民政府", 2024, "2025-01-20", "浛川县河坳镇人民政府2024年政府信息公开工作年度报告")):
            doc = self.doc(unit, year, date, title)
            self.report(SITE, self.article(title, date, unit, self.body(doc)), doc)
        for title, year, date in (("浛川县2023年法治政府建设年度报告", 2023, "2024-03-28"),
                                  ("浛川县2024年政府网站工作年度报表", 2024, "2025-01-15"),
                                  ("浛川县人民政府办公室关于报送2024年政府信息公开工作年度报告的函", 2024,
                                   "2024-12-20")):
            self.decoy(SITE, self.article(title, date, OFFICE, self.decoy_body(title, OWNER, year)), title)
        self.put(HOST, "/images/js/trspage.js", PAGE_JS, "application/javascript")
        for path, name in NAV:
            self.put(HOST, path, frame(f"{name}_浛川县人民政府", f'<div class="hc-w"><h2>{name}'
                                                                 f'</h2><p><a href="{LIST}">'
                                       '政府信息公开年报</a></p></div>'))
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            self.put(HOST, LIST + ("index.shtml" if k == 0 else f"index_{k}.shtml"), self.list_page(k, pages))

    def article(self, title: str, date: str, unit: str, content: str, after: str = "") -> str:
        docid = self.next_id()
        self.rows.append((date, f"./t{docid}.shtml", title))
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 10:12">'
                f'<meta name="ContentSource" content="{esc(unit)}"><meta name="ColumnName" content="政府信息公开年报">')
        inner = ('<div class="hc-w"><div class="hc-crumb">您现在的位置'
                 '：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">'
                 f'政务公开</a> &gt;&gt; <a href="{LIST}">政府信息公开年报</a></div><h1 class="hc-h1">{esc(title)}</h1>'
                 f'<div class="hc-info"><span>信息来源：{esc(unit)}</span><span>发布日期：{date}</span>'
                 '<span>访问量：<em id="fwl"></em></span></div><div class="hc-text"><div class="TRS_Editor">'
                 f'<div class="Custom_UnionStyle">{content}</div></div>{after}</div>'
                 '<div class="hc-print"><a href="javascript:window.p'
                 'rint()">打印</a> <a href="javascript:window.close()">'
                 '关闭</a></div></div>')
        return self.put(HOST, f"{LIST}t{docid}.shtml", frame(f"{title}-浛川县人民政府", inner, meta))

    def list_page(self, k: int, pages: int) -> str:
        def row(d: str, h: str, t: str) -> str:
            cn = f"{d[:4]}年{d[5:7]}月{d[8:10]}日"
            return f'<dl><dt><a href="{h}" target="_blank" title="{esc(t)}">{esc(t)}</a></dt><dd>{cn}</dd></dl>'
        rows = "".join(row(*r) for r in self.rows[k * PER:(k + 1) * PER])
        inner = (f'<div class="hc-w"><div class="hc-side"><h3>政务公开</h3><a href="/zwgk/">政府信息公开指南</a>'
                 f'<a class="cur" href="{LIST}">政府信息公开年报</a></div><div class="hc-main"><div class="hc-crumb">'
                 '您现在的位置：<a href="/">首页</a> &gt;&gt; <a href'
                 '="/zwgk/">政务公开</a> &gt;&gt; 政府信息公开年报</div>'
                 f'<div class="hc-nb">{rows}</div><div class="hc-pg"><script>createPageHTML({pages},{k},"index",'
                 '"shtml");</script></div></div></div>')
        return frame("政府信息公开年报-浛川县人民政府", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [TrsHanchuan]
