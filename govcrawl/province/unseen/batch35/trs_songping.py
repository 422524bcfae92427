"""淞坪县人民政府 (www.songping.gov.test): a TRS WCM classic county whose 年报 column sits under 信息公开目录 and whose
pager call was HTML-escaped by a broken template: the cell shows the *text* ``<script>createPageHTML(3, 0, "index",
"shtml");</script>`` (written ``&lt;script&gt;createPageHTML(3, 0, &quot;index&quot;, …``) instead of running it, so
no pager links exist; the later pages follow TRS's documented zero-based names (``index_1.shtml``, ``index_2.shtml``,
portals.md §1.1 quirks, §7).

Start URL: the home page ``/``; its nav links ``/xxgkml/`` (信息公开目录, a page of column links) and its 信息公开 box
links the column ``/xxgkml/gzbg/ndbg/index.shtml`` directly.  The list is ``<div class="xxgk_list">`` of ``<p>`` rows:
``<p><b>·</b><a href="./YYYYMM/tYYYYMMDD_<id>.shtml" title="full title">title</a><i>YYYY/MM/DD</i></p>``, four
rows a page,
newest first; under it a ``<table class="pagetab"><tr><td>`` holding the escaped pager text.  ``index_1.shtml`` and
``index_2.shtml`` hold rows 5–8 and 9–11.

Articles ``/xxgkml/gzbg/ndbg/YYYYMM/tYYYYMMDD_<id>.shtml``: metas ArticleTitle, PubDate, ContentSource, the TRS extras
``contentid`` and ``catalogs``; ``<h1 class="art_tit">``, a line ``信息来源：… 发布日期：…
【打印本页】【关闭窗口】``, body
``div.Custom_UnionStyle`` inside ``div.art_con``.
Reports (8): 淞坪县人民政府 2019 (Word-pasted), 2021, 2023, 2024 (a one-line body; the report is the DOCX
``./YYYYMM/P0<date><12 digits>.docx`` linked in a ``<div class="xgfj">相关附件：</div>`` after the body, the link
carrying TRS's ``OLDSRC="/protect/P0….docx"`` attribute), 淞坪县审计局 2022 and 淞坪县市场监督管理局 2020 (titled
"县审计局…" / "县市场监管局…"; 信息来源 and ContentSource name the full unit), 淞坪县白沙镇人民政府 2023 (titled
"白沙镇…"), 淞坪县人民政府办公室 2022 ("县政府办…年度政府信息公开工作报告").
Decoys (3): 淞坪县2022年政府网站工作年度报表, 淞坪县人民政府2023年政府信息公开工作年度报告解读, 淞坪县2021年度县级决算.
Chrome: top bar (无障碍浏览, 长者模式, 手机版), banner, nav, footer with 主办单位, 网站标识码, ICP, 公网安备,
conac span.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch35._site import MEDIA, Site, esc

HOST = "www.songping.gov.test"
SITE = "songping-gov"
OWNER = "淞坪县人民政府"
BAN = "淞坪县人民政府办公室"
SJ = "淞坪县审计局"
SC = "淞坪县市场监督管理局"
TOWN = "淞坪县白沙镇人民政府"
CODE = "9885010004"
COL = "/xxgkml/gzbg/ndbg/"
PER = 4


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title></head><body>'
            '<div class="top"><span>欢迎访问淞坪县人民政府网站</span> '
            '<a href="javascript:;" onclick="kqNav()">无障碍浏览</a>'
            ' <a href="javascript:;" class="oldman">长者模式</a> <a href="javascript:;">手机版</a></div>'
            '<div class="head"><h2>淞坪县人民政府</h2></div><div class="menu"><a href="/">首页</a> '
            '<a href="/xxgkml/">信息公开目录</a> <a href="/zmhd/">政民互动</a> <a href="/bmfw/">便民服务</a></div>'
            f'{inner}<div class="bottom"><p>主办单位：淞坪县人民政府办公室　承办单位：淞坪县大数据中心</p>'
            f'<p>网站标识码：{CODE}　<a href="http://beian.miit.gov.cn/">未ICP备19055123号'
            f'</a>　未公网安备98850102000031号'
            '</p><span id="_ideConac"></span></div></body></html>')


class TrsSongping(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 300_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-21"), (2021, "2022-01-26"), (2023, "2024-01-30")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, "县政府办", OWNER, self.body(doc, word=year == 2019)), doc)
        date = "2025-01-24"
        doc = self.doc(OWNER, 2024, date, f"{OWNER}2024年政府信息公开工作年度报告")
        ymd = date.replace("-", "")
        name = f"P0{ymd}{self.rng.randint(10 ** 11, 10 ** 12 - 1)}.docx"
        file_url = self.attach(HOST, f"{COL}{ymd[:6]}/{name}", doc, "docx")
        url = self.article(doc.title, date, "县政府办", OWNER, f"<p>{esc(doc.title)}见附件。</p>",
                           after=f'<div class="xgfj">相关附件：<a href="./{name}" OLDSRC="/protect/{name}" '
                                 f'target="_blank">{esc(doc.title)}.docx</a></div>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=file_url)
        for agency, year, date, title in (
                (SJ, 2022, "2023-01-19", "县审计局2022年政府信息公开工作年度报告"),
                (SC, 2020, "2021-02-03", "县市场监管局2020年政府信息公开工作年度报告"),
                (TOWN, 2023, "2024-01-25", "白沙镇2023年政府信息公开工作年度报告"),
                (BAN, 2022, "2023-01-31", "县政府办2022年度政府信息公开工作报告")):
            doc = self.doc(agency, year, date, title)
            self.report(SITE, self.article(title, date, agency, agency, self.body(doc)), doc)
        for title, year, date in (("淞坪县2022年政府网站工作年度报表", 2022, "2023-01-16"),
                                  ("淞坪县人民政府2023年政府信息公开工作年度报告解读", 2023, "2024-02-01"),
                                  ("淞坪县2021年度县级决算", 2021, "2022-08-30")):
            self.decoy(SITE, self.article(title, date, "县政府办", OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            self.put(HOST, f"{COL}index{'' if k == 0 else f'_{k}'}.shtml", self.column(k, pages))
        self.put(HOST, "/index.shtml", frame(OWNER, '<div class="main"><div class="box"><h3>信息公开</h3>'
                                                    f'<a href="{COL}index.shtml">政府信息公开年报</a> '
                                                    '<a href="/xxgkml/">信息公开目录</a></div></div>'))
        self.put(HOST, "/xxgkml/index.shtml", frame(f"信息公开目录_{OWNER}", '<div class="main"><ul class="ml">'
                                                    '<li><a href="/xxgkml/gkzn/">政府信息公开指南</a></li>'
                                                    f'<li><a href="{COL}index.shtml">政府信息公开年报</a>'
                                                    f'</li></ul></div>'))
        for sub, name in (("/xxgkml/gkzn/", "政府信息公开指南"), ("/zmhd/", "政民互动"), ("/bmfw/", "便民服务")):
            self.put(HOST, f"{sub}index.shtml", frame(f"{name}_{OWNER}", f'<div class="main"><p>{name}</p></div>'))

    def column(self, k: int, pages: int) -> str:
        rows = "".join(f'<p><b>·</b><a href=".{h[len(COL) - 1:]}" target="_blank" title="{esc(t)}">{esc(t)}</a>'
                       f'<i>{d.replace("-", "/")}</i></p>' for d, h, t in self.rows[k * PER:(k + 1) * PER])
        call = f'&lt;script&gt;createPageHTML({pages}, {k}, &quot;index&quot;, &quot;shtml&quot;);&lt;/script&gt;'
        inner = ('<div class="main"><div class="pos">当前位置：<a href="/">首页</a> &gt; '
                 '<a href="/xxgkml/">信息公开目录</a>'
                 f' &gt; 政府信息公开年报</div><div class="xxgk_list">{rows}</div><table class="pagetab" width="100%">'
                 f'<tr><td align="center">{call}</td></tr></table></div>')
        return frame(f"政府信息公开年报_{OWNER}", inner, '<meta name="ColumnName" content="政府信息公开年报">')

    def article(self, title: str, date: str, source: str, meta_source: str, content: str, after: str = "") -> str:
        aid = self.next_id(5, 70)
        ymd = date.replace("-", "")
        path = f"{COL}{ymd[:6]}/t{ymd}_{aid}.shtml"
        self.rows.append((date, path, title))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 10:12">'
                 f'<meta name="ContentSource" content="{esc(meta_source)}"><meta name="contentid" content="{aid}">'
                 '<meta name="catalogs" content="4417">')
        inner = (f'<div class="main"><div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="../index.shtml">'
                 f'政府信息公开年报</a></div><div class="art"><h1 class="art_tit">{esc(title)}</h1>'
                 f'<div class="art_info">信息来源：{esc(source)}　发布日期：{date}　'
                 f'<a href="javascript:window.print()">'
                 '【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div><div class="art_con">'
                 f'<div class="Custom_UnionStyle">{content}</div></div>{after}</div></div>')
        return self.put(HOST, path, frame(f"{title}_{OWNER}", inner, extra))


PORTALS = [TrsSongping]
