"""峧口县 (www.jiaokou.gov.test): a 博达 VSB county whose 年报 column sits at the site root (``/gknb.htm``, so page 1
links articles as ``info/1126/<id>.htm`` with no ``../`` while later pages use ``../info/…``), whose rows are one
anchor wrapping a title span and a Chinese date span, and whose pager is VSB's *windowed* number pager
(``pb_sys_style2``): first page, last page and the current page's neighbours as links, the gaps as ``<span
class="p_dot">...</span>`` — so page 3 is not linked from page 1 (only through 下页 / the neighbours of 2 and 4).

``/gknb.htm`` is page 1; with N = 4 pages, page 2 is ``/gknb/3.htm``, page 3 ``/gknb/2.htm`` and page 4 (the last)
``/gknb/1.htm``.  Rows, three a page, newest first: ``<li class="jk-row" id="line_u7_0"><a href="info/1126/<id>.htm"
target="_blank" title="full title"><span class="jk-bt">title</span><span class="jk-sj">2025年01月22日</span></a></li>``
in ``<ul class="jk-list">``.  Pager: ``<div class="pb_sys_common pb_sys_normal pb_sys_style2"><span class="p_t">
共11条</span><span class="p_pages"><span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页
</span><span class="p_no_d">1</span><span class="p_no"><a href="gknb/3.htm">2</a></span><span class="p_dot">...
</span><span class="p_no"><a href="gknb/1.htm">4</a></span><span class="p_next p_fun"><a href="gknb/3.htm">下页
</a></span><span class="p_last p_fun"><a href="gknb/1.htm">尾页</a></span></span></div>``.
Articles ``/info/1126/<id>.htm``: ``form[name=_newscontent_fromname]``, ``<h1 class="jk-h1">``, a line
``<div class="jk-ly">来源：… 时间：… 点击：<script>_showDynClicks("wbnews", 1753300112, <id>)</script></div>``
(the counter served by ``/system/resource/code/news/click/dynclicks.jsp``), body ``div#vsb_content_2`` >
``div.v_news_content`` whose first paragraph has ``class="vsbcontent_start"`` (Word markup for 2021).  The
教育体育局's and 住房和城乡建设局's titles abbreviate them ("县教体局…", "县住建局…"); the full names are in 来源.

Reports (8, all HTML): 峧口县人民政府 2019–2024 (2019–2020 old template), 峧口县教育体育局 2023, 峧口县住房和城乡
建设局 2022.  Decoys (3): 峧口县2024年政务公开工作要点, 峧口县2023年国民经济和社会发展统计年报,
关于峧口县2023年政府信息公开工作年度报告编制发布情况的公告.  Chrome: 无障碍 / 繁體 links, 搜索 form, a 网站地图
footer with 网站标识码, ICP and 公安备案, a 政务微博 blurb.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Response
from govcrawl.province.unseen.batch28._site import Site, esc

HOST = "www.jiaokou.gov.test"
SITE = "jiaokou-gov"
OWNER = "峧口县人民政府"
OFFICE = "峧口县人民政府办公室"
TREE = 1126
OWNER_ID = 1753300112
PER = 3
CODE = "9878030021"
NAV = (("/index.htm", "网站首页"), ("/xwzx.htm", "新闻中心"), ("/zwgk.htm", "政务公开"), ("/zwfw.htm", "政务服务"),
       ("/hdjl.htm", "互动交流"))


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in NAV)
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" '
        f'content="{CODE}">{extra}<title>{esc(title)}</title><link rel="stylesheet" href="/system/resource/css/'
        'pagedown/sys.css"><script src="/system/resource/js/counter.js"></script></head><body>'
        '<div class="jk-top"><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span>'
        '<a href="javascript:;">无障碍浏览</a> <a href="javascript:;">繁體</a></div><div class="jk-banner">'
        '<img src="/images/jk_logo.png" alt="峧口县人民政府"><form name="a_search" action="/ssjg.jsp?wbtreeid=1001" '
        'method="post"><input name="showkeycode" type="text"><input type="submit" value="搜索"></form></div>'
        f'<ul class="jk-nav">{nav}</ul>{inner}<div cla'
        'ss="jk-foot"><p>峧口县人民政府 主办　峧口县人民政府办公室 承办</p>'
        f'<p>网站标识码：{CODE}　未ICP备16008873号　未公网安备98780302000096号</p><p>“峧口发布”政务微博、微信同步更新'
        '　<a href="/wzdt.htm">网站地图</a></p></div></body></html>')


class VsbJiaokou(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 231_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str]] = []
        for year, day in ((2019, 24), (2020, 30), (2021, 28), (2022, 26), (2023, 25), (2024, 23)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"峧口县{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OFFICE, self.body(doc, word=year == 2021)), doc)
        for unit, year, date, title in (
                ("峧口县教育体育局", 2023, "2024-01-19", "县教体局2023年政府信息公开工作年度报告"),
                ("峧口县住房和城乡建设局", 2022, "2023-01-17", "县住建局2022年度政府信息公开工作年度报告")):
            doc = self.doc(unit, year, date, title)
            self.report(SITE, self.article(title, date, unit, self.body(doc)), doc)
        for title, year, date in (("峧口县2024年政务公开工作要点", 2024, "2024-04-09"),
                                  ("峧口县2023年国民经济和社会发展统计年报", 2023, "2024-05-06"),
                                  ("关于峧口县2023年政府信息公开工作年度报告编制发布情况的公告", 2023, "2024-01-26")):
            self.decoy(SITE, self.article(title, date, OFFICE, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, "/system/resource/code/news/click/dynclicks.jsp",
                   lambda request: Response(200, str(self.rng.randint(80, 2000)).encode(), "text/plain"))
        for path, name in (*NAV, ("/wzdt.htm", "网站地图")):
            self.put(HOST, path, frame(f"{name}-峧口县人民政府", f'<div class="jk-w"><h2>{name}'
                                                                 '</h2><a href="/gknb.htm">'
                                       '政府信息公开年报</a></div>'))
        self.put(HOST, "/", frame("峧口县人民政府", '<div class="jk-w"><a href="/gknb.htm">政府信息公开年报</a></div>'))
        self.put(HOST, "/system/resource/css/pagedown/sys.css", ".pb_sys_common{font-size:12px}", "text/css")
        self.put(HOST, "/system/resource/js/counter.js", "function _showDynClicks(){}", "application/javascript")
        self.put(HOST, "/images/jk_logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            self.put(HOST, self.page_path(k, pages), self.list_page(k, pages))

    @staticmethod
    def page_path(k: int, pages: int) -> str:
        return "/gknb.htm" if k == 1 else f"/gknb/{pages - k + 1}.htm"

    def article(self, title: str, date: str, unit: str, content: str) -> str:
        docid = self.next_id()
        self.rows.append((date, docid, title))
        content = content.replace("<p", '<p class="vsbcontent_start"', 1) if content.startswith("<p>") else content
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date}">'
                f'<meta name="ContentSource" content="{esc(unit)}">')
        inner = ('<div class="jk-w"><div class="jk-pos">当前位置：<a href'
                 '="/index.htm">首页</a> &gt;&gt; <a href="/zwgk.htm">'
                 f'政务公开</a> &gt;&gt; <a href="/gknb.htm">政府信息公开年报</a> &gt;&gt; 正文</div>'
                 f'<form name="_newscontent_fromname"><h1 class="jk-h1">{esc(title)}</h1><div class="jk-ly">来源：'
                 f'{esc(unit)}　时间：{date}　点击：<script>_showDynClick'
                 f's("wbnews", {OWNER_ID}, {docid})</script></div>'
                 f'<div id="vsb_content_2"><div class="v_news_content">{content}</div></div></form>'
                 '<div class="jk-close"><a href="javascript:window.pr'
                 'int()">【打印】</a><a href="javascript:window.close()">'
                 '【关闭】</a></div></div>')
        return self.put(HOST, f"/info/{TREE}/{docid}.htm", frame(f"{title}-峧口县人民政府", inner, meta))

    def list_page(self, k: int, pages: int) -> str:
        pre = "" if k == 1 else "../"
        here = "/gknb.htm" if k == 1 else "/gknb/x.htm"

        def rel(n: int) -> str:
            target = self.page_path(n, pages)
            return target[1:] if here == "/gknb.htm" else ("../gknb.htm" if n == 1 else target[len("/gknb/"):])

        rows = "".join(
            f'<li class="jk-row" id="line_u7_{i}"><a href="{pre}info/{TREE}/{docid}.htm" target="_blank" title='
            f'"{esc(t)}"><span class="jk-bt">{esc(t)}</span><span class="jk-sj">{d[:4]}年{d[5:7]}月{d[8:10]}日</span>'
            '</a></li>' for i, (d, docid, t) in enumerate(self.rows[(k - 1) * PER:k * PER]))
        parts = [f'<span class="p_t">共{len(self.rows)}条</span><span class="p_pages">']
        if k == 1:
            parts.append('<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>')
        else:
            parts.append(f'<span class="p_first p_fun"><a href="{rel(1)}">首页</a></span><span class="p_prev p_fun">'
                         f'<a href="{rel(k - 1)}">上页</a></span>')
        gap = False
        for n in range(1, pages + 1):
            if n == k:
                parts.append(f'<span class="p_no_d">{n}</span>')
                gap = False
            elif n in (1, pages) or abs(n - k) == 1:
                parts.append(f'<span class="p_no"><a href="{rel(n)}">{n}</a></span>')
                gap = False
            elif not gap:
                parts.append('<span class="p_dot">...</span>')
                gap = True
        if k == pages:
            parts.append('<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>')
        else:
            parts.append(f'<span class="p_next p_fun"><a href="{rel(k + 1)}">下页</a></span><span class="p_last '
                         f'p_fun"><a href="{rel(pages)}">尾页</a></span>')
        parts.append("</span>")
        inner = (f'<div class="jk-w"><div class="jk-pos">当前位置：<a href="{pre}index.htm">首页</a> &gt;&gt; '
                 f'<a href="{pre}zwgk.htm">政务公开</a> &gt;&gt; 政府信息公开年报</div><ul class="jk-list">{rows}</ul>'
                 f'<div class="pb_sys_common pb_sys_normal pb_sys_style2">{"".join(parts)}</div></div>')
        return frame("政府信息公开年报-峧口县人民政府", inner)


PORTALS = [VsbJiaokou]
