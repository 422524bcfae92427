"""洄源县人民政府 (www.huiyuan.gov.test): a 博达 VSB county site reached from its home page, whose 年报 column is
VSB's *dynamic* list ``/lm_list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1127`` (not the static reverse-numbered
files), paged by the stock ``pb_sys_common`` pager whose links are ``lm_list.jsp?totalpage=3&PAGENUM=N&urltype=
tree.TreeTempUrl&wbtreeid=1127``; rows are a ``<table class="winstyle1127">`` of ``<tr id="lineu9_N">`` rows.

Start URL: the home page ``/index.htm``; its 政务公开 box links ``/zwgk.htm`` (信息公开 index), which links the column.
``PAGENUM`` 1–3 answer the three pages (a missing or other ``PAGENUM`` answers page 1; ``totalpage`` is ignored).
Rows (four a page, newest first): ``<tr id="lineu9_0"><td class="listtitle"><a href="info/1127/<id>.htm"
class="c1127" title="full title">…</a></td><td class="timestyle1127">YYYY/MM/DD</td></tr>``.  Pager ``<div
class="pb_sys_common pb_sys_normal pb_sys_style1">``: ``<span class="p_t">共11条</span>``, 首页/上页 (``p_first``,
``p_prev``), numbered ``p_no`` links, 下页/尾页 (``p_next``, ``p_last``), and ``<span class="p_t">1/3</span>``.
Articles ``/info/1127/<id>.htm``: ``<form name="_newscontent_fromname">``, ``<h1 class="arti_title">``, a line
``来源：… 发布时间：… 浏览：<script>_showDynClicks("wbnews", 1829310442, <id>)</script>`` (the counter JSP is
served), body ``div#vsb_content_100 > div.v_news_content``.  The 2022 county report is a note whose DOCX is a VSB
attachment ``/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1829310442&wbfileid=<n>`` (other
``wbfileid`` values answer a small HTML error page).

Reports (8): 洄源县人民政府 2019, 2021–2024 (2022 a DOCX), 洄源县沙桥镇人民政府 2023 (titled "沙桥镇…"), 洄源县
石门乡人民政府 2022 and 2024 (titled "石门乡…"); the 来源 line and ContentSource meta give the full names.
Decoys (2): 洄源县人民政府2023年法治政府建设年度报告, 洄源县2022年国民经济和社会发展统计年报.  Other rows (1):
a 秋粮收购 notice.  Chrome: 无障碍 / 繁體 links, a VSB search form, nav, footer with 主办单位, 网站标识码, ICP,
公网安备, "技术支持：博达软件".
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch32._site import MEDIA, Site, esc

HOST = "www.huiyuan.gov.test"
SITE = "huiyuan-gov"
OWNER = "洄源县人民政府"
OWNER_ID = 1829310442
TREE = 1127
PER = 4
CODE = "9882030001"
LIST = "/lm_list.jsp"
LIST_Q = f"urltype=tree.TreeTempUrl&wbtreeid={TREE}"
DOWNLOAD = "/system/_content/download.jsp"
NAV = (("/index.htm", "首页"), ("/xwzx.htm", "新闻中心"), ("/zwgk.htm", "政务公开"), ("/zmhd.htm", "政民互动"))


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<a href="{p}">{n}</a>' for p, n in NAV)
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title>'
            '<link type="text/css" href="/system/resource/css/pagedown/sys.css" rel="stylesheet">'
            '<script src="/system/resource/js/counter.js"></script></head><body>'
            '<div class="top"><a href="javascript:;">无障碍</a> | <a href="javascript:;">繁體</a></div>'
            '<div class="hd"><div class="logo">洄源县人民政府</div><form action="/ssjg.jsp?wbtreeid=1001" '
            'method="post" name="a260745a"><input name="showkeycode"><input type="submit" value="搜索"></form></div>'
            f'<div class="menu">{nav}</div>{inner}'
            '<div class="ft"><p>主办单位：洄源县人民政府办公室　地址：洄源县滨河大道1号</p>'
            f'<p>网站标识码：{CODE}　未ICP备18006609号-2　未公网安备98820302000066号</p>'
            '<p>技术支持：博达软件</p></div></body></html>')


class VsbHuiyuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 271_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str]] = []
        for year, date in ((2019, "2020-01-20"), (2021, "2022-01-24"), (2023, "2024-01-22"), (2024, "2025-01-23")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2021)), doc)
        date = "2023-01-30"
        doc = self.doc(OWNER, 2022, date, f"{OWNER}2022年政府信息公开工作年度报告")
        fileid = self.rng.randint(1_000_000, 9_999_999)
        query = f"?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={fileid}"
        self.attach(HOST, "/_files/nb2022.docx", doc, "docx")
        stored = self.pages.pop((HOST, "/_files/nb2022.docx"))
        url = self.article(doc.title, date, OWNER, f"<p>{esc(doc.title)}已编制完成，现予公开，全文请下载附件。</p>"
                           f'<p>附件【<a href="{DOWNLOAD}{query}">{esc(doc.title)}.docx</a>】已下载'
                           f'<span id="nattach{fileid}">0</span>次</p>')
        self.route(HOST, DOWNLOAD, lambda request: stored if request.param("wbfileid") == str(fileid)
                   else Response(200, "<html><body>附件不存在或已被删除！</body></html>".encode()))
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=f"http://{HOST}{DOWNLOAD}{query}")
        for agency, short, year, date in (("洄源县沙桥镇人民政府", "沙桥镇", 2023, "2024-01-26"),
                                          ("洄源县石门乡人民政府", "石门乡", 2022, "2023-01-31"),
                                          ("洄源县石门乡人民政府", "石门乡", 2024, "2025-01-26")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, agency, self.body(doc)), doc)
        for title, year, date in ((f"{OWNER}2023年法治政府建设年度报告", 2023, "2024-03-18"),
                                  ("洄源县2022年国民经济和社会发展统计年报", 2022, "2023-04-07")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.article("关于做好2024年秋粮收购工作的通知", "2024-09-20", OWNER,
                     "<p>各乡镇人民政府，县直有关单位：为做好2024年秋粮收购工作，现将有关事项通知如下。</p>")
        self.rows.sort(reverse=True)
        self.route(HOST, LIST, self.list_page)
        self.route(HOST, "/system/resource/code/news/click/dynclicks.jsp",
                   lambda request: Response(200, b"218", "text/plain"))
        self.put(HOST, "/system/resource/css/pagedown/sys.css", ".pb_sys_common{font-size:12px}", "text/css")
        self.put(HOST, "/system/resource/js/counter.js", "function _showDynClicks(t,o,i){}", "application/javascript")
        self.put(HOST, "/index.htm", frame(OWNER, '<div class="main"><div class="zwgk"><h3><a href="/zwgk.htm">'
                                           '政务公开</a></h3><ul><li><a href="/zwgk.htm">政府信息公开</a></li>'
                                           '<li><a href="/xwzx.htm">新闻中心</a></li></ul></div></div>'))
        self.put(HOST, "/zwgk.htm", frame(f"政务公开-{OWNER}", '<div class="main"><div class="gklm">'
                 '<a href="/zwgk/zfxxgkzn.htm">政府信息公开指南</a>'
                 '<a href="/zwgk/fdzdgknr.htm">法定主动公开内容</a>'
                 f'<a href="{LIST}?{LIST_Q}">政府信息公开年报</a></div></div>'))
        for path, label in (("/xwzx.htm", "新闻中心"), ("/zmhd.htm", "政民互动"),
                            ("/zwgk/zfxxgkzn.htm", "政府信息公开指南"), ("/zwgk/fdzdgknr.htm", "法定主动公开内容")):
            self.put(HOST, path, frame(f"{label}-{OWNER}", f'<div class="main"><h3>{label}</h3><p>暂无内容</p></div>'))

    def article(self, title: str, date: str, unit: str, content: str) -> str:
        aid = self.next_id(3, 40)
        self.rows.append((date, aid, title))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date}">'
                 f'<meta name="ContentSource" content="{esc(unit)}">')
        inner = ('<div class="main"><div class="dqwz">当前位置：<a href="/index.htm">首页</a> &gt; '
                 f'<a href="/zwgk.htm">政务公开</a> &gt; <a href="{LIST}?{LIST_Q}">政府信息公开年报</a></div>'
                 f'<form name="_newscontent_fromname"><h1 class="arti_title">{esc(title)}</h1>'
                 f'<div class="arti_metas">来源：{esc(unit)}　发布时间：{date}　浏览：'
                 f'<script>_showDynClicks("wbnews", {OWNER_ID}, {aid})</script></div>'
                 f'<div id="vsb_content_100"><div class="v_news_content">{content}</div></div></form></div>')
        return self.put(HOST, f"/info/{TREE}/{aid}.htm", frame(f"{title}-{OWNER}", inner, extra))

    def list_page(self, request: Request) -> Response:
        pages = -(-len(self.rows) // PER)
        try:
            k = int(request.param("PAGENUM", "1"))
        except ValueError:
            k = 1
        if not 1 <= k <= pages:
            k = 1
        rows = "".join(f'<tr id="lineu9_{i}"><td class="listtitle"><a href="info/{TREE}/{a}.htm" class="c{TREE}" '
                       f'title="{esc(t)}">{esc(t)}</a></td><td class="timestyle{TREE}">{d.replace("-", "/")}</td></tr>'
                       for i, (d, a, t) in enumerate(self.rows[(k - 1) * PER:k * PER]))

        def href(n: int) -> str:
            return f"lm_list.jsp?totalpage={pages}&amp;PAGENUM={n}&amp;{LIST_Q.replace('&', '&amp;')}"

        def fun(cls: str, label: str, n: int, live: bool) -> str:
            if live:
                return f'<span class="p_{cls} p_fun"><a href="{href(n)}">{label}</a></span>'
            return f'<span class="p_{cls}_d p_fun_d">{label}</span>'

        nos = "".join(f'<span class="p_no_d">{n}</span>' if n == k else
                      f'<span class="p_no"><a href="{href(n)}">{n}</a></span>' for n in range(1, pages + 1))
        pager = ('<div class="pb_sys_common pb_sys_normal pb_sys_style1">'
                 f'<span class="p_t">共{len(self.rows)}条</span><span class="p_pages">'
                 f'{fun("first", "首页", 1, k > 1)}{fun("prev", "上页", k - 1, k > 1)}{nos}'
                 f'{fun("next", "下页", k + 1, k < pages)}{fun("last", "尾页", pages, k < pages)}</span>'
                 f'<span class="p_t">{k}/{pages}</span></div>')
        inner = ('<div class="main"><div class="dqwz">当前位置：<a href="/index.htm">首页</a> &gt; '
                 '<a href="/zwgk.htm">政务公开</a> &gt; 政府信息公开年报</div>'
                 f'<table class="winstyle{TREE}" width="100%" cellspacing="0" cellpadding="0">{rows}</table>'
                 f'{pager}</div>')
        body = frame(f"政府信息公开年报-{OWNER}", inner, '<meta name="ColumnName" content="政府信息公开年报">')
        return Response(200, body.encode())


PORTALS = [VsbHuiyuan]
