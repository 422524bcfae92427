"""峁川县卫生健康局 (wjj.maochuan.gov.test): a county bureau's 博达 VSB site whose 年报 column is a ``<ul
class="list-text">`` of ``<li id="line_u8_N">`` rows, paged by VSB's reverse-numbered directory files through a
pager of numbered links only (no 上页/下页) plus a 跳转 box, and whose one file report goes through
``/system/_content/download.jsp``.

Home ``/index.htm`` links the column ``/xxgk/zfxxgknb.htm``.  With three pages the column is ``zfxxgknb.htm`` (page 1),
``zfxxgknb/2.htm`` (page 2) and ``zfxxgknb/1.htm`` (page 3).  Rows: ``<li id="line_u8_0"><a href="../info/1043/
<id>.htm" target="_blank" title="full title"><span class="tit">…</span><span class="time">2024年01月25日</span>
</a></li>`` (from pages in the sub-directory the href is ``../../info/1043/<id>.htm``), four a page, newest first.
Pager ``<div class="pb_sys_common pb_sys_style3">``: ``<span class="p_t">共11条</span>``, ``<span class="p_no_d">1
</span><span class="p_no"><a href="zfxxgknb/2.htm">2</a></span>…`` and a ``<span class="p_goto">`` text box whose
button calls ``_simple_list_gotopage_fun(3,'u8_goto',2)``.  Articles ``/info/1043/<id>.htm``: ``<form
name="_newscontent_fromname">``, ``<h2 class="art-tit">``, a line ``发布者：… 发布时间：… 点击数：<script>
_showDynClicks("wbnews", 1651230017, <id>)</script>`` (the counter JSP is served), body ``div#vsb_content_4 >
div.v_news_content``.  The 2021 report's body is a note and its PDF is a VSB attachment ``附件【<a href=
"/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1651230017&wbfileid=<n>">….pdf</a>】``
(other ``wbfileid`` values answer a small HTML error page).  Reports of the 县疾病预防控制中心 abbreviate the owner
("县疾控中心…"); the 发布者 line gives the full name (峁川县疾病预防控制中心).

Reports (8): 峁川县卫生健康局 2019–2024 (2021 a PDF), 峁川县疾病预防控制中心 2022 and 2024.
Decoys (2): 峁川县卫生健康局2022年度统计年报, 关于公开峁川县卫生健康局2023年度政府信息公开工作年度报告的公告.
Other rows (1): a 家庭医生签约 notice.  Chrome: 无障碍 / 长辈版 links, a search form, a nav, a footer with 主办单位,
网站标识码, ICP and 公安备案, and a "Copyright © 峁川县卫生健康局" line.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Response
from govcrawl.province.unseen.batch31._site import MEDIA, Site, esc

HOST = "wjj.maochuan.gov.test"
SITE = "maochuan-wjj"
OWNER = "峁川县卫生健康局"
UNIT = "峁川县疾病预防控制中心"
OWNER_ID = 1651230017
TREE = 1043
PER = 4
CODE = "9881030021"
NAV = (("/index.htm", "首页"), ("/xwzx.htm", "新闻中心"), ("/xxgk.htm", "信息公开"), ("/bsfw.htm", "办事服务"))
DOWNLOAD = "/system/_content/download.jsp"


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in NAV)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title>'
            '<link rel="stylesheet" href="/system/resource/css/pagedown/sys.css">'
            '<script src="/system/resource/js/dynclicks.js"></script></head><body>'
            '<div class="tbar"><a href="javascript:;">无障碍</a> | <a href="javascript:;">长辈版</a></div>'
            '<div class="head"><span class="logo">峁川县卫生健康局</span><form name="searchform" '
            'action="/search.jsp?wbtreeid=1001" method="post"><input name="showkeycode"><input type="submit" '
            f'value="搜索"></form></div><ul class="nav">{nav}</ul>{inner}'
            '<div class="foot">主办单位：峁川县卫生健康局　地址：峁川县康宁路8号<br>'
            f'网站标识码：{CODE}　未ICP备17003302号-1　未公网安备98810302000211号<br>'
            'Copyright © 峁川县卫生健康局 All Rights Reserved</div></body></html>')


class VsbMaochuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 261_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str]] = []
        self.files: dict[str, Response] = {}
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-26"), (2022, "2023-01-20"), (2023, "2024-01-24"),
                           (2024, "2025-01-22")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2019)), doc)
        date = "2022-01-27"
        doc = self.doc(OWNER, 2021, date, f"{OWNER}2021年政府信息公开工作年度报告")
        fileid = self.rng.randint(1_000_000, 9_999_999)
        query = f"?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={fileid}"
        url = self.article(doc.title, date, OWNER, f"<p>现将{esc(doc.title)}予以公开，全文见附件。</p>"
                           f'<p>附件【<a href="{DOWNLOAD}{query}">{esc(doc.title)}.pdf</a>】已下载'
                           f'<span id="nattach{fileid}">0</span>次</p>')
        handler = self.pdf_handler(doc)
        self.route(HOST, DOWNLOAD, lambda request: handler(request) if request.param("wbfileid") == str(fileid)
                   else Response(200, "<html><body>文件不存在或已删除</body></html>".encode()))
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=f"http://{HOST}{DOWNLOAD}{query}")
        for year, date in ((2022, "2023-01-16"), (2024, "2025-01-17")):
            doc = self.doc(UNIT, year, date, f"县疾控中心{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, UNIT, self.body(doc)), doc)
        for title, year, date in ((f"{OWNER}2022年度统计年报", 2022, "2023-04-11"),
                                  (f"关于公开{OWNER}2023年度政府信息公开工作年度报告的公告", 2023, "2024-01-25")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.article("关于推进2024年家庭医生签约服务工作的通知", "2024-03-06", OWNER,
                     "<p>各乡镇卫生院：为做好2024年家庭医生签约服务工作，现就有关事项通知如下。</p>")
        self.route(HOST, "/system/resource/code/news/click/dynclicks.jsp",
                   lambda request: Response(200, b"137", "text/plain"))
        self.put(HOST, "/system/resource/css/pagedown/sys.css", ".pb_sys_common{font-size:12px}", "text/css")
        self.put(HOST, "/system/resource/js/dynclicks.js", "function _showDynClicks(t,o,i){}",
                 "application/javascript")
        for path, label in NAV:
            self.put(HOST, path, frame(f"{label}-{OWNER}", f'<div class="box"><h3>{label}</h3>'
                                       '<a href="/xxgk/zfxxgknb.htm">政府信息公开年报</a></div>'))
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            path = "/xxgk/zfxxgknb.htm" if k == 1 else f"/xxgk/zfxxgknb/{pages - k + 1}.htm"
            self.put(HOST, path, self.list_page(k, pages))

    def article(self, title: str, date: str, unit: str, content: str) -> str:
        aid = self.next_id()
        self.rows.append((date, aid, title))
        y, m, d = date.split("-")
        inner = ('<div class="main"><div class="pos">当前位置：<a href="/index.htm">首页</a> &gt;&gt; '
                 '<a href="/xxgk.htm">'
                 '信息公开</a> &gt;&gt; <a href="/xxgk/zfxxgknb.htm">政府信息公开年报</a></div>'
                 f'<form name="_newscontent_fromname"><h2 class="art-tit">{esc(title)}</h2><div class="art-info">'
                 f'发布者：{esc(unit)}　发布时间：{y}年{m}月{d}日　点击数：'
                 f'<script>_showDynClicks("wbnews", {OWNER_ID}, {aid})</script></div>'
                 f'<div id="vsb_content_4"><div class="v_news_content">{content}</div></div>'
                 '</form></div>')
        return self.put(HOST, f"/info/{TREE}/{aid}.htm", frame(f"{title}-{OWNER}", inner))

    def list_page(self, k: int, pages: int) -> str:
        up = "../" if k == 1 else "../../"
        rows = "".join(f'<li id="line_u8_{i}"><a href="{up}info/{TREE}/{a}.htm" target="_blank" title="{esc(t)}">'
                       f'<span class="tit">{esc(t)}</span><span class="time">{d[:4]}年{d[5:7]}月{d[8:]}日</span>'
                       f"</a></li>" for i, (d, a, t) in enumerate(self.rows[(k - 1) * PER:k * PER]))
        base = "zfxxgknb/" if k == 1 else ""

        def href(n: int) -> str:
            if n == 1:
                return "zfxxgknb.htm" if k == 1 else "../zfxxgknb.htm"
            return f"{base}{pages - n + 1}.htm"

        nos = "".join(f'<span class="p_no_d">{n}</span>' if n == k else
                      f'<span class="p_no"><a href="{href(n)}">{n}</a></span>' for n in range(1, pages + 1))
        pager = (f'<div class="pb_sys_common pb_sys_style3"><span class="p_t">共{len(self.rows)}条</span>'
                 f'<span class="p_pages">{nos}</span><span class="p_goto"><input type="text" id="u8_goto" size="2">'
                 '<a href="javascript:;" onclick="_simple_list_gotopage_fun('
                 f'{pages},\'u8_goto\',2)">跳转</a></span></div>')
        inner = ('<div class="main"><div class="pos">当前位置：<a href="/index.htm">首页</a> &gt;&gt; '
                 '信息公开 &gt;&gt; 政府信息公开年报'
                 f'</div><ul class="list-text">{rows}</ul>{pager}</div>')
        return frame(f"政府信息公开年报-{OWNER}", inner)


PORTALS = [VsbMaochuan]
