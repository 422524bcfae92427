"""芗溪县人民政府 (www.xiangxi.gov.test): a 博达 VSB county whose 政府信息公开年报 column is a parent column with no
list of its own — its left navigation ``<div class="lmdh">`` links three child columns 本级年报 / 部门年报 / 乡镇年报,
each a static VSB list with its own reverse-numbered pages — and whose 2023 county report is a .docx uploaded to
VSB's ``/__local/`` store, shown in VSB's ``附件【…】已下载…次`` line.

Start URL: ``/xxgk/gknb.htm`` (left nav + a notice; no report rows).  Children: ``/xxgk/gknb/bjnb.htm`` (本级: six
entries, three a page: page 2 is ``/xxgk/gknb/bjnb/1.htm``, the last), ``/xxgk/gknb/bmnb.htm`` (部门: three entries,
one page) and ``/xxgk/gknb/xznb.htm`` (乡镇: two entries, one page).  Rows: ``<li id="line_u12_0"><a href="../../
info/1215/<id>.htm" target="_blank" title="full title"><i class="dot"></i>title</a><em>YYYY-MM-DD</em></li>``
(later pages ``../../../info/…``).  Pager: ``<div class="pb_sys_common pb_sys_normal pb_sys_style1">`` with
"共6条", 首页 / 上页 / numbers / 下页 / 尾页 spans (links only where they lead somewhere) and "1/2"; a one-page
child shows "共3条 … 1/1" with no links.  Articles ``/info/<tree>/<id>.htm`` (tree 1215 本级, 1216 部门, 1217 乡镇):
``form[name=_newscontent_fromname]``, ``<h1 class="arti_title">``, a line ``发布单位：… 发布时间：… 浏览次数：
<script>_showDynClicks("wbnews", 1762904118, id)</script>`` (``/system/resource/code/news/click/dynclicks.jsp``
answers a number), body ``div#vsb_content_100 > div.v_news_content``.

Reports (8): 芗溪县人民政府 2019, 2020, 2021, 2024 (HTML; 2020 Word-pasted) and 2023 (.docx: a short body and
``附件【<a href="/__local/B/4E/1A/<hex>_<hex>.docx?e=.docx">….docx</a>】已下载<span id="nattach…">37</span>次``),
芗溪县发展和改革局 2022 and 芗溪县人力资源和社会保障局 2024 (部门; titled "县发改局…" / "县人社局…", the 发布单位
line and ContentSource meta name the unit), 芗溪县芗城镇人民政府 2023 (乡镇).  Decoys (3): 本级:
芗溪县人民政府信息公开指南（2022年版）; 部门: 芗溪县发展和改革局2022年度部门决算; 乡镇: 芗城镇2023年统计年报.
Chrome: 无障碍 link, VSB search form, nav, 微信 QR blurb, footer with 主办单位, 网站标识码, ICP, 公网安备.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Response
from govcrawl.province.unseen.batch33._site import MEDIA, Site, esc

HOST = "www.xiangxi.gov.test"
SITE = "xiangxi-gov"
OWNER = "芗溪县人民政府"
FGJ = "芗溪县发展和改革局"
RSJ = "芗溪县人力资源和社会保障局"
TOWN = "芗溪县芗城镇人民政府"
CODE = "9883030001"
OWNER_ID = 1762904118
PER = 3
CHILDREN = (("bjnb", "本级年报", 1215), ("bmnb", "部门年报", 1216), ("xznb", "乡镇年报", 1217))


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title>'
            '<link rel="stylesheet" href="/system/resource/css/pagedown/sys.css"></head><body>'
            '<div class="xx-top"><a href="javascript:;" id="wza">无障碍浏览</a></div>'
            '<div class="xx-head"><span class="logo">芗溪县人民政府</span><form action="/ssjg.jsp" method="post" '
            'name="dataForm45"><input name="showkeycode" type="text"><input type="submit" value="搜索"></form></div>'
            '<div class="xx-nav"><a href="/index.htm">首页</a><a href="/xxgk.htm">信息公开</a>'
            '<a href="/xxgk/gknb.htm">政府信息公开年报</a></div>'
            f'{inner}<div class="xx-wx">芗溪发布 微信扫一扫</div><div class="xx-foot">'
            '<p>主办单位：芗溪县人民政府办公室　联系电话：0000-7123456</p>'
            f'<p>网站标识码：{CODE}　未ICP备21006677号　未公网安备98830302000045号</p></div></body></html>')


def lmdh(current: str) -> str:
    on = ' class="on"'
    items = "".join(f'<li{on if slug == current else ""}><a href="/xxgk/gknb/{slug}.htm">{name}</a></li>'
                    for slug, name, _ in CHILDREN)
    return f'<div class="lmdh"><h3>政府信息公开年报</h3><ul>{items}</ul></div>'


class VsbXiangxi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 281_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: dict[int, list[tuple[str, int, str]]] = {tree: [] for _, _, tree in CHILDREN}
        for year, date in ((2019, "2020-01-20"), (2020, "2021-01-25"), (2021, "2022-01-27"), (2024, "2025-01-20")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(1215, doc.title, date, "县政府办公室", OWNER,
                                           self.body(doc, word=year == 2020)), doc)
        date = "2024-01-26"
        doc = self.doc(OWNER, 2023, date, f"{OWNER}2023年政府信息公开工作年度报告")
        local = f"/__local/B/4E/1A/{self.rng.getrandbits(128):032X}_{self.rng.getrandbits(32):08X}.docx"
        file_url = self.attach(HOST, local, doc, "docx")
        url = self.article(1215, doc.title, date, "县政府办公室", OWNER,
                           f'<p class="vsbcontent_start">现将{esc(doc.title)}予以公开。</p>'
                           f'<p>附件【<a href="{local}?e=.docx" target="_blank">{esc(doc.title)}.docx</a>】已下载'
                           f'<span id="nattach{self.id}">37</span>次</p>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=f"{file_url}?e=.docx")
        for agency, short, year, date in ((FGJ, "县发改局", 2022, "2023-01-18"), (RSJ, "县人社局", 2024, "2025-01-24")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(1216, doc.title, date, agency, agency, self.body(doc)), doc)
        doc = self.doc(TOWN, 2023, "2024-01-31", f"{TOWN}2023年政府信息公开工作年度报告")
        self.report(SITE, self.article(1217, doc.title, "2024-01-31", TOWN, TOWN, self.body(doc)), doc)
        for tree, title, agency, year, date in ((1215, "芗溪县人民政府信息公开指南（2022年版）", OWNER, 2022,
                                                 "2022-06-10"),
                                                (1216, "芗溪县发展和改革局2022年度部门决算", FGJ, 2022, "2023-08-28"),
                                                (1217, "芗城镇2023年统计年报", TOWN, 2023, "2024-03-12")):
            body = self.decoy_body(title, agency, year)
            self.decoy(SITE, self.article(tree, title, date, agency, agency, body), title)
        for slug, name, tree in CHILDREN:
            rows = sorted(self.rows[tree], reverse=True)
            pages = -(-len(rows) // PER)
            for k in range(pages):
                path = f"/xxgk/gknb/{slug}.htm" if k == 0 else f"/xxgk/gknb/{slug}/{pages - k}.htm"
                self.put(HOST, path, self.list_page(slug, name, rows, k, pages))
        self.put(HOST, "/xxgk/gknb.htm", frame(f"政府信息公开年报-{OWNER}", (
            f'<div class="xx-main">{lmdh("")}<div class="xx-right"><div class="pos">当前位置：<a href="/index.htm">'
            '首页</a>&gt;<a href="/xxgk.htm">信息公开</a>&gt;政府信息公开年报</div>'
            '<p class="tip">请在左侧选择本级、部门或乡镇政府信息公开工作年度报告。</p></div></div>'),
            '<meta name="ColumnName" content="政府信息公开年报">'))
        self.put(HOST, "/index.htm", frame(OWNER, '<div class="xx-main"><a href="/xxgk/gknb.htm">政府信息公开年报</a>'
                                           '</div>'))
        self.put(HOST, "/xxgk.htm", frame(f"信息公开-{OWNER}", '<div class="xx-main"><a href="/xxgk/gknb.htm">'
                                          '政府信息公开年报</a></div>'))
        self.put(HOST, "/system/resource/css/pagedown/sys.css", ".pb_sys_common{margin:10px 0;text-align:center}",
                 "text/css")
        self.route(HOST, "/system/resource/code/news/click/dynclicks.jsp",
                   lambda r: Response(200, str(100 + sum(map(ord, r.param("clickid"))) % 800).encode(), "text/html"))

    def article(self, tree: int, title: str, date: str, source: str, meta_source: str, content: str) -> str:
        aid = self.next_id(7, 70)
        self.rows[tree].append((date, aid, title))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 08:45">'
                 f'<meta name="ContentSource" content="{esc(meta_source)}">')
        inner = ('<div class="xx-main"><form name="_newscontent_fromname"><div class="arti">'
                 f'<h1 class="arti_title">{esc(title)}</h1>'
                 f'<p class="arti_metas">发布单位：{esc(source)}　发布时间：{date}'
                 f'　浏览次数：<script>_showDynClicks("wbnews", {OWNER_ID}, {aid})</script></p>'
                 f'<div id="vsb_content_100"><div class="v_news_content">{content}</div></div></div></form></div>')
        return self.put(HOST, f"/info/{tree}/{aid}.htm", frame(f"{title}-{OWNER}", inner, extra))

    def list_page(self, slug: str, name: str, rows: list[tuple[str, int, str]], k: int, pages: int) -> str:
        up = "../../" if k == 0 else "../../../"
        tree = next(t for s, _, t in CHILDREN if s == slug)
        lis = "".join(f'<li id="line_u12_{i}"><a href="{up}info/{tree}/{aid}.htm" target="_blank" title="{esc(t)}">'
                      f'<i class="dot"></i>{esc(t)}</a><em>{d}</em></li>'
                      for i, (d, aid, t) in enumerate(rows[k * PER:(k + 1) * PER]))

        def href(j: int) -> str:  # page j (0-based) as seen from page k
            if j == 0:
                return f"../{slug}.htm" if k else f"{slug}.htm"
            return f"{pages - j}.htm" if k else f"{slug}/{pages - j}.htm"

        def fun(cls: str, label: str, j: int, live: bool) -> str:
            return (f'<span class="{cls} p_fun"><a href="{href(j)}">{label}</a></span>' if live
                    else f'<span class="{cls}_d p_fun_d">{label}</span>')

        nums = "".join(f'<span class="p_no_d">{j + 1}</span>' if j == k else
                       f'<span class="p_no"><a href="{href(j)}">{j + 1}</a></span>' for j in range(pages))
        pager = ('<div class="pb_sys_common pb_sys_normal pb_sys_style1">'
                 f'<span class="p_t">共{len(rows)}条</span><span class="p_pages">'
                 f'{fun("p_first", "首页", 0, k > 0)}{fun("p_prev", "上页", k - 1, k > 0)}{nums}'
                 f'{fun("p_next", "下页", k + 1, k < pages - 1)}{fun("p_last", "尾页", pages - 1, k < pages - 1)}'
                 f'</span><span class="p_t">{k + 1}/{pages}</span></div>')
        inner = (f'<div class="xx-main">{lmdh(slug)}<div class="xx-right"><div class="pos">当前位置：'
                 f'<a href="/index.htm">首页</a>&gt;<a href="/xxgk/gknb.htm">政府信息公开年报</a>&gt;{name}</div>'
                 f'<ul class="list-u12">{lis}</ul>{pager}</div></div>')
        return frame(f"{name}-{OWNER}", inner, f'<meta name="ColumnName" content="{name}">')



PORTALS = [VsbXiangxi]
