"""鄚州市自然资源和规划局 (zrzy.maozhou.gov.test): a city bureau's 博达 VSB site whose 年报 column is a
*named* list file two levels down, ``/xxgk/zfxxgknb/list.htm``, paged in reverse-numbered files under the
same-named directory (``list/2.htm`` is page 2, ``list/1.htm`` the last of three), whose rows are a four-column
``winstyle1208`` table (序号 | 标题 | 发布机构 | 成文日期) and whose pager is VSB's full ``pb_sys_style1`` block
with every page number linked.

Page 1 links articles as ``../../info/1208/<id>.htm``, later pages as ``../../../info/1208/<id>.htm``.  Rows:
``<tr id="line_u5_0"><td>1</td><td><a href="…" target="_blank" title="full title">title</a></td><td>unit</td>
<td>2025-01-22</td></tr>``, four a page, newest first.  The pager: ``<div class="pb_sys_common pb_sys_normal
pb_sys_style1"><span class="p_t">共10条</span><span class="p_pages">`` 首页 / 上页 / numbers / 下页 / 尾页 ``</span>
<span class="p_t">1/3</span></div>``.  Articles ``/info/1208/<id>.htm``: ``form[name=_newscontent_fromname]``,
``div#vsb_content_100`` > ``div.v_news_content``, a 发布机构 / 发布时间 / 点击 line with ``_showDynClicks``.

Reports (7): 鄚州市自然资源和规划局 2019–2024 (2019–2020 old template; 2023 Word markup), 鄚州市不动产登记中心 2023
(title "市不动产登记中心…", unit in the 发布机构 cell and line).
Decoys (3): 鄚州市自然资源和规划局2023年法治政府建设年度报告,
鄚州市自然资源和规划局关于报送2024年政府信息公开工作年度报告的函, 鄚州市自然资源和规划局2024年政府网站工作年度报表.
Chrome: 无障碍 / 繁体 links, footer with 主办单位, 网站标识码, ICP.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Response
from govcrawl.province.unseen.batch29._site import Site, esc

HOST = "zrzy.maozhou.gov.test"
SITE = "maozhou-zrzy"
OWNER = "鄚州市自然资源和规划局"
TREE = 1208
OWNER_ID = 1398204417
PER = 4
CODE = "9879030012"
NAV = (("/index.htm", "首页"), ("/xwzx.htm", "新闻中心"), ("/xxgk.htm", "信息公开"), ("/bsfw.htm", "办事服务"))


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in NAV)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="'
            f'{OWNER}"><meta name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" content="{CODE}">{extra}'
            f'<title>{esc(title)}</title><link rel="stylesheet" href="/system/resource/css/pagedown/sys.css">'
            '<script src="/system/resource/js/counter.js"></script></head><body><div class="mz-top">'
            '<a href="/index.htm">鄚州市自然资源和规划局</a><span>'
            '<a href="javascript:;">无障碍</a> <a href="javascript:;">繁体</a></span></div>'
            f'<ul class="mz-nav">{nav}</ul>{inner}<div class="mz-foot"><p>主办单位：鄚州市自然资源和规划局</p>'
            f'<p>网站标识码：{CODE}　未ICP备18020417号-1</p></div></body></html>')


class VsbMaozhou(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 241_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str, str]] = []
        for year, day in ((2019, 22), (2020, 21), (2021, 27), (2022, 26), (2023, 24), (2024, 20)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"鄚州市自然资源和规划局{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2023)), doc)
        unit = "鄚州市不动产登记中心"
        doc = self.doc(unit, 2023, "2024-01-16", "市不动产登记中心2023年政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, "2024-01-16", unit, self.body(doc)), doc)
        for title, year, date in (("鄚州市自然资源和规划局2023年法治政府建设年度报告", 2023, "2024-03-22"),
                                  ("鄚州市自然资源和规划局关于报送2024年政府信息公开工作年度报告的函", 2024,
                                   "2024-12-16"),
                                  ("鄚州市自然资源和规划局2024年政府网站工作年度报表", 2024, "2025-01-13")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, "/system/resource/code/news/click/dynclicks.jsp",
                   lambda request: Response(200, str(self.rng.randint(50, 900)).encode(), "text/plain"))
        for path, name in NAV:
            self.put(HOST, path, frame(f"{name}-{OWNER}", '<div class="mz-w"><a href="/xxgk/zfxxgknb/list.htm">'
                                                          '政府信息公开年报</a></div>'))
        self.put(HOST, "/", frame(OWNER, '<div class="mz-w"><a href="/xxgk/zfxxgknb/list.htm">'
                                         '政府信息公开年报</a></div>'))
        self.put(HOST, "/system/resource/css/pagedown/sys.css", ".pb_sys_common{font-size:12px}", "text/css")
        self.put(HOST, "/system/resource/js/counter.js", "function _showDynClicks(){}", "application/javascript")
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            self.put(HOST, self.page_path(k, pages), self.list_page(k, pages))

    @staticmethod
    def page_path(k: int, pages: int) -> str:
        return "/xxgk/zfxxgknb/list.htm" if k == 1 else f"/xxgk/zfxxgknb/list/{pages - k + 1}.htm"

    def article(self, title: str, date: str, unit: str, content: str) -> str:
        docid = self.next_id()
        self.rows.append((date, docid, title, unit))
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date}">'
                f'<meta name="ContentSource" content="{esc(unit)}">')
        inner = ('<div class="mz-w"><div class="mz-pos">当前位置：<a href="/index.htm">首页</a> &gt;&gt; '
                 '<a href="/xxgk.htm">信息公开</a> &gt;&gt; '
                 '<a href="/xxgk/zfxxgknb/list.htm">政府信息公开年报</a> &gt;&gt; 正文</div>'
                 f'<form name="_newscontent_fromname"><h2 class="mz-h2">{esc(title)}</h2><div class="mz-ly">发布机构：'
                 f'{esc(unit)}　发布时间：{date}　点击：<script>_showDynClicks("wbnews", {OWNER_ID}, {docid})</script>'
                 f'</div><div id="vsb_content_100"><div class="v_news_content">{content}</div></div></form></div>')
        return self.put(HOST, f"/info/{TREE}/{docid}.htm", frame(f"{title}-{OWNER}", inner, meta))

    def list_page(self, k: int, pages: int) -> str:
        pre = "../../" if k == 1 else "../../../"

        def rel(n: int) -> str:
            target = self.page_path(n, pages)
            if k == 1:
                return target[len("/xxgk/zfxxgknb/"):]
            return "../list.htm" if n == 1 else target[len("/xxgk/zfxxgknb/list/"):]

        rows = "".join(
            f'<tr id="line_u5_{i}"><td>{(k - 1) * PER + i + 1}</td><td><a href="{pre}info/{TREE}/{docid}.htm" '
            f'target="_blank" title="{esc(t)}">{esc(t)}</a></td><td>{esc(u)}</td><td>{d}</td></tr>'
            for i, (d, docid, t, u) in enumerate(self.rows[(k - 1) * PER:k * PER]))
        parts = [f'<span class="p_t">共{len(self.rows)}条</span><span class="p_pages">']
        if k == 1:
            parts.append('<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>')
        else:
            parts.append(f'<span class="p_first p_fun"><a href="{rel(1)}">首页</a></span><span class="p_prev p_fun">'
                         f'<a href="{rel(k - 1)}">上页</a></span>')
        for n in range(1, pages + 1):
            parts.append(f'<span class="p_no_d">{n}</span>' if n == k else
                         f'<span class="p_no"><a href="{rel(n)}">{n}</a></span>')
        if k == pages:
            parts.append('<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>')
        else:
            parts.append(f'<span class="p_next p_fun"><a href="{rel(k + 1)}">下页</a></span><span class="p_last p_fun">'
                         f'<a href="{rel(pages)}">尾页</a></span>')
        parts.append(f'</span><span class="p_t">{k}/{pages}</span>')
        inner = ('<div class="mz-w"><h3>政府信息公开年报</h3><table class="winstyle1208" width="100%"><tr class="th">'
                 f'<td>序号</td><td>标题</td><td>发布机构</td><td>成文日期</td></tr>{rows}</table>'
                 f'<div class="pb_sys_common pb_sys_normal pb_sys_style1">{"".join(parts)}</div></div>')
        return frame(f"政府信息公开年报-{OWNER}", inner)


PORTALS = [VsbMaozhou]
