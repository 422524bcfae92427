"""芦坪县人民政府 (www.luping.gov.test): a 博达 VSB county on a *responsive* template — its 年报 column
``/zwgk/zfxxgk/xxgknb.htm`` is a ``<ul class="news_list list2">`` of ``<li class="news nN clearfix">`` rows (``<div
class="news_title">`` link, ``<div class="news_meta">`` date, a click count filled by ``_showDynClickBatch``) paged in
VSB's reverse-numbered files (page 2 ``xxgknb/2.htm``, page 3 — the last — ``xxgknb/1.htm``, portals.md §1.4) under the
``pb_sys_common pb_sys_normal pb_sys_style1`` pager, and whose PDF report is a VSB ``/__local/`` upload whose link
carries the ``?e=.pdf`` suffix.

Start URL: the home page ``/``; its nav 政务公开 links ``/zwgk.htm`` (a page of 公开 columns) which links the column;
the home page's 信息公开 box links it too.  Rows link articles as ``../../info/1083/<id>.htm`` (page 1) and
``../../../info/1083/<id>.htm`` (pages in ``xxgknb/``); the list script calls ``_showDynClickBatch(['dynclicks_u6_…'],
[…],"wbnews", 1731234567)`` and ``/system/resource/code/news/click/dynclicksbatch.jsp`` answers a JSON array.
Pager: ``<span class="p_t">共11条</span>`` … ``<span class="p_no_d">1</span><span class="p_no"><a href="xxgknb/2.htm">2
</a></span>`` … ``<span class="p_next p_fun"><a href="xxgknb/2.htm">下页</a></span><span class="p_last p_fun"><a
href="xxgknb/1.htm">尾页</a></span>`` … ``<span class="p_t">1/3</span>``, four rows a page, newest first.

Articles ``/info/1083/<id>.htm``: metas ArticleTitle, PubDate, ContentSource; ``<form name="_newscontent_fromname">``,
``<h1 class="arti_title">``, ``<p class="arti_metas"><span>发布时间：…</span><span>来源：…</span><span>浏览：<script>
_showDynClicks("wbnews", 1731234567, id)</script></span></p>``, body ``div#vsb_content_2 > div.v_news_content``.
Reports (8): 芦坪县人民政府 2019, 2021 (Word-pasted), 2023, 2024 (a one-line body; the report is the PDF
``/__local/<A>/<BC>/<DE>/<32 hex>_<8 hex>.pdf?e=.pdf`` linked in the body); 芦坪县水利局 2022 ("县水利局…"),
芦坪县生态环境分局 2024 ("县生态环境分局…"), 芦坪县东岗乡人民政府 2023 ("东岗乡…"), 芦坪县统计局 2020
("县统计局…年度报告") — 来源 and ContentSource name the full unit.
Decoys (3): 芦坪县2022年政府网站工作年度报表, 芦坪县2023年国民经济和社会发展统计年报,
关于芦坪县2024年政府信息公开工作年度报告的公告.
Chrome: header (无障碍, 长者模式, 微信/微博 icons), nav, footer with 主办单位, 网站标识码, ICP, 公网安备,
"技术支持：博达软件".
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch37._site import MEDIA, Site, esc

HOST = "www.luping.gov.test"
SITE = "luping-gov"
OWNER = "芦坪县人民政府"
SL = "芦坪县水利局"
HB = "芦坪县生态环境分局"
TOWN = "芦坪县东岗乡人民政府"
TJ = "芦坪县统计局"
CODE = "9887030009"
TREE = "1083"
OWNER_ID = "1731234567"
COL = "/zwgk/zfxxgk/xxgknb"
PER = 4


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1"><meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title>'
            '<link rel="stylesheet" href="/system/resource/css/pagedown/sys.css"></head><body>'
            '<div class="header"><div class="head-links"><a href="javascript:;" class="wza">无障碍</a>'
            '<a href="javascript:;">长者模式</a><span class="wx">微信</span><span class="wb">微博</span></div>'
            '<div class="logo"><span>芦坪县人民政府</span></div></div><div class="nav">'
            '<a href="/index.htm">首页</a><a href="/zwgk.htm">政务公开</a><a href="javascript:;">政务服务</a></div>'
            f'{inner}<div class="footer"><p>主办单位：芦坪县人民政府办公室　技术支持：博达软件</p>'
            f'<p>网站标识码：{CODE}　未ICP备18020566号-1　未公网安备98870302000028号</p></div></body></html>')


class VsbLuping(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 321_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str]] = []
        for year, date in ((2019, "2020-01-17"), (2021, "2022-01-24"), (2023, "2024-01-22")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2021)), doc)
        date = "2025-01-20"
        doc = self.doc(OWNER, 2024, date, f"{OWNER}2024年政府信息公开工作年度报告")
        local = (f"/__local/{self.rng.choice('ABCDEF')}/{self.rng.getrandbits(8):02X}/{self.rng.getrandbits(8):02X}/"
                 f"{self.rng.getrandbits(128):032X}_{self.rng.getrandbits(32):08X}.pdf")
        self.attach(HOST, local, doc, "pdf")
        link = f"{local}?e=.pdf"
        url = self.article(doc.title, date, OWNER, f'<p class="vsbcontent_start">{esc(doc.title)}：</p><p><a href="'
                                                   f'{link}">{esc(doc.title)}.pdf</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=f"http://{HOST}{link}")
        for agency, year, date, title in ((SL, 2022, "2023-01-18", "县水利局2022年政府信息公开工作年度报告"),
                                          (HB, 2024, "2025-01-14", "县生态环境分局2024年政府信息公开工作年度报告"),
                                          (TOWN, 2023, "2024-01-26", "东岗乡2023年政府信息公开工作年度报告"),
                                          (TJ, 2020, "2021-01-22", "县统计局2020年政府信息公开年度报告")):
            doc = self.doc(agency, year, date, title)
            self.report(SITE, self.article(title, date, agency, self.body(doc)), doc)
        for title, year, date in (("芦坪县2022年政府网站工作年度报表", 2022, "2023-01-12"),
                                  ("芦坪县2023年国民经济和社会发展统计年报", 2023, "2024-03-22"),
                                  ("关于芦坪县2024年政府信息公开工作年度报告的公告", 2024, "2025-01-27")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            path = f"{COL}.htm" if k == 1 else f"{COL}/{pages - k + 1}.htm"
            self.put(HOST, path, self.column(k, pages))
        self.put(HOST, "/system/resource/code/news/click/dynclicksbatch.jsp", "[]", "application/json")
        self.put(HOST, "/system/resource/code/news/click/dynclicks.jsp", "128", "text/plain")
        self.put(HOST, "/system/resource/css/pagedown/sys.css", ".pb_sys_common{text-align:center}", "text/css")
        self.put(HOST, "/system/resource/js/dynclicks.js", "function _showDynClickBatch(a,b,c,d){}\n"
                 "function _showDynClicks(a,b,c){}\n", "application/javascript")
        self.put(HOST, "/zwgk.htm", frame(f"政务公开-{OWNER}", '<div class="main"><ul class="gk-list">'
                                          '<li><a href="zwgk/zfxxgk/gkzn.htm">政府信息公开指南</a></li>'
                                          '<li><a href="zwgk/zfxxgk/xxgknb.htm">政府信息公开年报</a></li></ul></div>'))
        self.put(HOST, "/zwgk/zfxxgk/gkzn.htm", frame(f"政府信息公开指南-{OWNER}",
                                                     '<div class="main"><p>政府信息公开指南</p></div>'))
        home = frame(OWNER, '<div class="main"><div class="xxgk"><h3>信息公开</h3><a href="zwgk/zfxxgk/xxgknb.htm">'
                            '政府信息公开年报</a> <a href="zwgk.htm">政务公开</a></div></div>')
        self.put(HOST, "/index.htm", home)

    def column(self, k: int, pages: int) -> str:
        up = "../../" if k == 1 else "../../../"
        mine = self.rows[(k - 1) * PER:k * PER]
        lis = "".join(f'<li class="news n{i + 1} clearfix"><div class="news_title"><a href="{up}info/{TREE}/{a}.htm" '
                      f'target="_blank" title="{esc(t)}">{esc(t)}</a></div><div class="news_meta">{d}</div>'
                      f'<span id="dynclicks_u6_{a}" class="news_clicks"></span></li>'
                      for i, (d, a, t) in enumerate(mine))
        ids = ",".join(str(a) for _, a, _ in mine)
        spans = ",".join(f"'dynclicks_u6_{a}'" for _, a, _ in mine)
        base = "xxgknb/" if k == 1 else ""

        def f(n: int) -> str:
            return "../xxgknb.htm" if n == 1 and k != 1 else ("xxgknb.htm" if n == 1 else f"{base}{pages - n + 1}.htm")

        parts = ['<span class="p_first p_fun"><a href="' + f(1) + '">首页</a></span><span class="p_prev p_fun">'
                 f'<a href="{f(k - 1)}">上页</a></span>' if k > 1 else
                 '<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>']
        for n in range(1, pages + 1):
            parts.append(f'<span class="p_no_d">{n}</span>' if n == k else
                         f'<span class="p_no"><a href="{f(n)}">{n}</a></span>')
        parts.append(f'<span class="p_next p_fun"><a href="{f(k + 1)}">下页</a></span><span class="p_last p_fun">'
                     f'<a href="{f(pages)}">尾页</a></span>' if k < pages else
                     '<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>')
        pager = (f'<div class="pb_sys_common pb_sys_normal pb_sys_style1"><span class="p_t">共{len(self.rows)}条</span>'
                 f'<span class="p_pages">{"".join(parts)}</span><span class="p_t">{k}/{pages}</span></div>')
        inner = ('<div class="main"><div class="list-head"><h2>政府信息公开年报</h2><div class="pos">当前位置：'
                 f'<a href="{up}index.htm">首页</a>&gt;政府信息公开年报</div></div>'
                 f'<ul class="news_list list2">{lis}</ul><div class="pages">{pager}</div>'
                 f'<script type="text/javascript">_showDynClickBatch([{spans}],[{ids}],"wbnews", {OWNER_ID})</script>'
                 '</div>')
        return frame(f"政府信息公开年报-{OWNER}", inner, '<meta name="ColumnName" content="政府信息公开年报">'
                                                          '<script src="/system/resource/js/dynclicks.js"></script>')

    def article(self, title: str, date: str, source: str, content: str) -> str:
        aid = self.next_id(4, 60)
        self.rows.append((date, aid, title))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 15:40">'
                 f'<meta name="ContentSource" content="{esc(source)}">')
        inner = ('<div class="main"><div class="pos">当前位置：<a href="../../index.htm">首页</a>&gt;<a href="'
                 '../../zwgk/zfxxgk/xxgknb.htm">政府信息公开年报</a>&gt;正文</div><form name="_newscontent_fromname">'
                 f'<h1 class="arti_title">{esc(title)}</h1><p class="arti_metas"><span>发布时间：{date}</span>'
                 f'<span>来源：{esc(source)}</span><span>浏览：<script>_showDynClicks("wbnews", {OWNER_ID}, {aid})'
                 '</script></span></p><div id="vsb_content_2"><div class="v_news_content">'
                 f'{content}</div></div></form></div>')
        return self.put(HOST, f"/info/{TREE}/{aid}.htm", frame(f"{title}-{OWNER}", inner, extra))


PORTALS = [VsbLuping]
