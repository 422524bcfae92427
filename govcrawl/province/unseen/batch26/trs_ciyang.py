"""泚阳县 (www.ciyang.gov.test): TRS WCM classic whose 年报 column is a 栏目首页 of *year sub-columns* — one
box per 年度 showing its two newest rows and a 更多 link — each sub-column a list of its own, paged by the
置标's pager block with TRS's own variable names (``var _nPageCount = 2;`` ``var _nCurrIndex = 0;`` ``var
_sPageName = "index";`` ``var _sPageExt = "shtml";`` then ``createPageHTML(_nPageCount, _nCurrIndex,
_sPageName, _sPageExt);`` inside an ``if (_nPageCount > 1)``), on a Guizhou-platform article template
(``div.Article_zw``; the source written by ``var wzly='…'`` in ``div.Article_ly``).

``/zfxxgk/zfxxgknb/index.shtml`` holds five ``<div class="cy-nbbox">`` boxes: 2024年度, 2023年度, 2022年度,
2021年度 and 2020年度及以前, each ``<div class="cy-hd"><h3>…</h3><a class="more" href="./2024nd/">更多&gt;&gt;</a>
</div><ul><li><a href="./2024nd/202501/t20250121_<docid>.shtml" title="…">…</a><i>01-21</i></li>…</ul>``
(dates without the year).  The sub-columns ``./2024nd/``, ``./2023nd/``, ``./2022nd/``, ``./2021nd/``,
``./lsnb/`` (directory links; ``index.shtml`` is served there) list three rows a page as ``<ul
class="cy-list"><li><a href="./YYYYMM/tYYYYMMDD_<docid>.shtml" target="_blank" title="…">…</a><span
class="date">YYYY-MM-DD</span></li></ul>``; ``2024nd`` has four rows, so a second page ``index_1.shtml``
(zero-based; ``index_2.shtml`` is 404) that only the script's links reach — the 市场监管局's report is
there and nowhere else.  The pager function itself is in ``/js/createPageHTML.js`` (served).

Articles ``/zfxxgk/zfxxgknb/<sub>/YYYYMM/tYYYYMMDD_<docid>.shtml``: title ``h1.Article_bt``, a line
``<div class="Article_ly">来源：<span class="SourceName"><script>var wzly='泚阳县市场监督管理局'; …
document.write(wzly);</script></span> 发布时间：…</div>`` (the visible source exists only once the script has
run; the ``ContentSource`` meta carries it too), body ``<div class="Article_zw"><div class="trs_editor_view
TRS_UEDITOR trs_paper_default">`` (Word markup for 2019–2020 and the 双河镇's report).  The 市场监管局's
title abbreviates it ("县市场监管局2024年…"): its full name is in ``wzly`` and ``ContentSource``.  The
county's 2021 report is a one-line stub; its .docx (``./P0YYYYMMDD<12 digits>.docx``) is linked in
``<div class="Article_fj">相关附件：<a …><img src="/images/icon_word.gif">…</a></div>`` after the body.

Reports (9): 泚阳县人民政府 2019–2024 (2019–2020 old template, on ``lsnb``; 2021 a DOCX), 泚阳县市场监督管理局
2024 (only on ``2024nd/index_1.shtml``), 泚阳县双河镇人民政府 2023, 泚阳县教育局 2022.  Decoys (3):
泚阳县2024年度法治政府建设年度报告, 关于报送2024年度政府信息公开工作年度报告的函, 泚阳县2023年政府信息公开工作年度报告
解读.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch26._site import MEDIA, Site, esc

HOST = "www.ciyang.gov.test"
SITE = "ciyang-gov"
OWNER = "泚阳县人民政府"
OFFICE = "泚阳县人民政府办公室"
ROOT = "/zfxxgk/zfxxgknb/"
PER = 3
CODE = "9876010007"
SUBS = (("2024nd", "2024年度"), ("2023nd", "2023年度"), ("2022nd", "2022年度"), ("2021nd", "2021年度"),
        ("lsnb", "2020年度及以前"))
CHROME = (("/", "首页"), ("/zfxxgk/", "政府信息公开"), ("/bsfw/", "办事服务"), ("/gzhd/", "公众互动"),
          ("/zjcy/", "走进泚阳"), ("/zfxxgk/zfxxgkzn/", "政府信息公开指南"), ("/zfxxgk/zfxxgkzd/", "政府信息公开制度"),
          ("/zfxxgk/fdzdgknr/", "法定主动公开内容"), ("/zfxxgk/ysqgk/", "依申请公开"), ("/wzdt/", "网站地图"))
PAGER_JS = """function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
  if (_nPageCount == null || _nPageCount <= 1) { return; }
  var nCurrIndex = _nCurrIndex || 0;
  function u(i) { return i == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt; }
  var h = "<span>共" + _nPageCount + "页</span>";
  if (nCurrIndex == 0) { h += "<span>首页</span><span>上一页</span>"; }
  else { h += "<a href=\\"" + u(0) + "\\">首页</a><a href=\\"" + u(nCurrIndex - 1) + "\\">上一页</a>"; }
  for (var i = 0; i < _nPageCount; i++) {
    h += i == nCurrIndex ? "<b>" + (i + 1) + "</b>" : "<a href=\\"" + u(i) + "\\">" + (i + 1) + "</a>";
  }
  if (nCurrIndex == _nPageCount - 1) { h += "<span>下一页</span><span>尾页</span>"; }
  else { h += "<a href=\\"" + u(nCurrIndex + 1) + "\\">下一页</a><a href=\\"" + u(_nPageCount - 1) + "\\">尾页</a>"; }
  document.write(h);
}
"""


def frame(title: str, inner: str, extra: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
        f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title>'
        '<script src="/js/createPageHTML.js"></script></head><body>'
        '<div class="cy-top"><div class="w1200"><span id="cy-date"></span><span class="cy-weather"></span>'
        '<a href="javascript:;" id="toolbarSwitch">无障碍</a><a href="javascript:;" class="cy-old">关怀版</a>'
        '<a href="/wzdt/">网站地图</a></div></div><div class="cy-head"><div class="w1200"><img src="/images/logo.png" '
        'alt="泚阳县人民政府"><div class="cy-search"><form action="/search/" name="searchform"><input type="text" '
        'name="searchword" placeholder="请输入关键字"><input type="submit" value=""></form></div></div></div>'
        '<div class="cy-nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/zfxxgk/">政府信息公开</a>'
        '</li><li><a href="/bsfw/">办事服务</a></li><li><a href="/gzhd/">公众互动</a></li><li><a href="/zjcy/">'
        f'走进泚阳</a></li></ul></div>{inner}'
        '<div class="cy-foot"><div class="w1200"><div class="cy-dzjg"><img src="/images/dzjg.png" alt="党政机关"></div>'
        '<p>主办：泚阳县人民政府办公室　承办：泚阳县政务服务和大数据管理局　联系电话：0987-6012345</p>'
        f'<p>网站标识码：{CODE}　<a href="https://beian.miit.gov.cn" target="_blank">未ICP备17006012号</a>　'
        '<img src="/images/ga.png">未公网安备 98760102000231号</p><p><a href="/wzdt/">网站地图</a> | '
        '<a href="/zfxxgk/ysqgk/">依申请公开</a> | <span id="_span_jiucuo"></span>建议使用1366×768分辨率</p></div>'
        '</div></body></html>'
    )


def side(on: str) -> str:
    lis = "".join(f'<li{" class=on" if sub == on else ""}><a href="{ROOT}{sub}/">{name}</a></li>'
                  for sub, name in SUBS)
    return (f'<div class="cy-side"><h2><a href="{ROOT}index.shtml">政府信息公开年报</a></h2><ul>{lis}</ul>'
            '<div class="cy-side-links"><a href="/zfxxgk/zfxxgkzn/">公开指南</a><a href="/zfxxgk/zfxxgkzd/">公开制度'
            '</a><a href="/zfxxgk/fdzdgknr/">法定主动公开内容</a></div></div>')


class TrsCiyang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 210_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: dict[str, list[tuple[str, str, str]]] = {sub: [] for sub, _ in SUBS}
        for year, day in ((2019, 30), (2020, 26), (2022, 24), (2023, 29), (2024, 21)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"泚阳县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OFFICE, self.body(doc, word=year < 2021)), doc)
        doc = self.doc(OWNER, 2021, "2022-01-26", "泚阳县人民政府2021年政府信息公开工作年度报告")
        file = f"P0{20220126}{self.rng.randrange(10**12):012d}.docx"
        after = (f'<div class="Article_fj">相关附件：<a href="./{file}" target="_blank"><img src="/images/icon_word.'
                 f'gif" '
                 f'alt="">{esc(doc.title)}.docx</a></div>')
        url = self.article(doc.title, "2022-01-26", OFFICE, f"<p>{esc(doc.title)}详见附件。</p>", after)
        self.report(SITE, url, doc, media_type=MEDIA["docx"],
                    report_url=self.attach(HOST, f"{ROOT}2021nd/202201/{file}", doc, "docx"))
        for unit, year, date, title, word in (
                ("泚阳县市场监督管理局", 2024, "2025-01-09", "县市场监管局2024年政府信息公开工作年度报告", False),
                ("泚阳县双河镇人民政府", 2023, "2024-01-18", "泚阳县双河镇人民政府2023年政府信息公开工作年度报"
                                                             "告", True),
                ("泚阳县教育局", 2022, "2023-01-16", "泚阳县教育局2022年度政府信息公开工作年度报告", False)):
            doc = self.doc(unit, year, date, title)
            self.report(SITE, self.article(title, date, unit, self.body(doc, word=word)), doc)
        for title, year, date, unit in (("泚阳县2024年度法治政府建设年度报告", 2024, "2025-02-10", "泚阳县司法局"),
                                        ("关于报送2024年度政府信息公开工作年度报告的函", 2024, "2025-01-13", OFFICE),
                                        ("泚阳县2023年政府信息公开工作年度报告解读", 2023, "2024-01-31", OFFICE)):
            self.decoy(SITE, self.article(title, date, unit, self.decoy_body(title, OWNER, year)), title)
        for path, name in CHROME:
            self.put(HOST, path, frame(f"{name}_泚阳县人民政府", f'<div class="w1200 cy-main"><h2>{name}</h2>'
                                       f'<p>本栏目信息正在整理中。</p><p><a href="{ROOT}index.shtml">政府信息公开年'
                                       f'报</a></p>'
                                       '</div>'))
        self.put(HOST, "/js/createPageHTML.js", PAGER_JS, "application/javascript")
        boxes = []
        for sub, name in SUBS:
            rows = sorted(self.rows[sub], reverse=True)
            pages = max(1, -(-len(rows) // PER))
            for k in range(pages):
                self.put(HOST, f"{ROOT}{sub}/" + ("index.shtml" if k == 0 else f"index_{k}.shtml"),
                         self.list_page(sub, name, rows[k * PER:(k + 1) * PER], k, pages, len(rows)))
            lis = "".join(f'<li><a href="./{sub}/{h}" target="_blank" title="{esc(t)}">{esc(t)}</a><i>{d[5:]}</i></li>'
                          for d, h, t in rows[:2])
            boxes.append(f'<div class="cy-nbbox"><div class="cy-hd"><h3>{name}</h3><a class="more" href="./{sub}/">'
                         f'更多&gt;&gt;</a></div><ul>{lis}</ul></div>')
        meta = '<meta name="ColumnName" content="政府信息公开年报"><meta name="ColumnType" content="政府信息公开年报">'
        self.put(HOST, f"{ROOT}index.shtml", frame(
            "政府信息公开年报_泚阳县人民政府", f'<div class="w1200 cy-main">{side("")}<div class="cy-con"><div class='
            '"cy-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; 政府信息公开年报'
            f'</div>{"".join(boxes)}</div></div>', meta))

    @staticmethod
    def sub_of(date: str) -> str:
        year = int(date[:4]) - (1 if date[5:7] in ("01", "02", "03") else 0)
        return f"{year}nd" if year >= 2021 else "lsnb"

    def article(self, title: str, date: str, unit: str, content: str, after: str = "") -> str:
        sub = self.sub_of(date)
        name = dict(SUBS)[sub]
        stamp = date.replace("-", "")
        rel = f"{stamp[:6]}/t{stamp}_{self.next_id()}.shtml"
        self.rows[sub].append((date, rel, title))
        wzly = unit if unit != OFFICE else ""
        inner = (f'<div class="w1200 cy-main"><div class="cy-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zfxx'
                 f'gk/">'
                 f'政府信息公开</a> &gt; <a href="{ROOT}index.shtml">政府信息公开年报</a> &gt; <a href="{ROOT}{sub}/">'
                 f'{name}</a></div><div class="Article"><h1 class="Article_bt">{esc(title)}</h1><div class="Article_'
                 f'ly">'
                 f"来源：<span class=\"SourceName\"><script>var wzly='{esc(wzly)}'; if (wzly == '') {{ document.write("
                 f"'{OFFICE}'); }} else {{ document.write(wzly);"
                 f" }}</script></span>　发布时间：{date} 10:{self.rng.randint(10, 59)}"
                 '　浏览次数：<span id="Article_num"></span>　【字号：<a href="javascript:;" onclick="fontZoom(18)">'
                 '大</a> '
                 '<a href="javascript:;" onclick="fontZoom(16)">中</a> <a href="javascript:;" onclick="fontZoom(14)">小'
                 '</a>】</div><div class="Article_zw"><div class="trs_editor_view TRS_UEDITOR trs_paper_default">'
                 f'{content}</div></div>{after}<div class="Article_tool"><a href="javascript:window.print();">打印本页'
                 '</a><a href="javascript:window.close();">关闭窗口</a><span class="ewm">扫一扫在手机打开当前页</span>'
                 '</div></div></div>')
        meta = (f'<meta name="ColumnName" content="{name}"><meta name="ArticleTitle" content="{esc(title)}">'
                f'<meta name="PubDate" content="{date}"><meta name="ContentSource" content="{esc(unit)}">')
        return self.put(HOST, f"{ROOT}{sub}/{rel}", frame(f"{title}_泚阳县人民政府", inner, meta))

    def list_page(self, sub: str, name: str, rows: list[tuple[str, str, str]], k: int, pages: int,
                  total: int) -> str:
        lis = "".join(f'<li><a href="./{h}" target="_blank" title="{esc(t)}">{esc(t)}</a><span class="date">{d}</span>'
                      '</li>' for d, h, t in rows)
        pager = ('<div class="cy-page"><script language="javascript">\n'
                 f'var _nPageCount = {pages};\nvar _nCurrIndex = {k};\nvar _sPageName = "index";\nvar _sPageExt = '
                 '"shtml";\nif (_nPageCount > 1) {\n  createPageHTML(_nPageCount, _nCurrIndex, _sPageName, '
                 '_sPageExt);\n}\n</script></div>')
        meta = f'<meta name="ColumnName" content="{name}"><meta name="ColumnType" content="政府信息公开年报">'
        return frame(f"{name}_政府信息公开年报_泚阳县人民政府", (
            f'<div class="w1200 cy-main">{side(sub)}<div class="cy-con"><div class="cy-pos">当前位置：<a href="/">首页'
            f'</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; <a href="{ROOT}index.shtml">政府信息公开年报</a> &gt; '
            f'{name}</div><h3 class="cy-title">{name}</h3><ul class="cy-list">{lis}</ul>{pager}</div></div>'), meta)


PORTALS = [TrsCiyang]
