"""Issue 12, the class of held-out round 16's VSB 年报 column split into year sub-columns — on markup
unlike the batch portal's (another county's VSB column whose tabs are buttons, a generic column that
shows its newest year with tabs to the others):

1. year tabs made of buttons, their address in ``onclick`` or ``data-url`` (not only ``<a href>``),
   leading into the column's own folder (VSB ``ndbg.htm`` → ``ndbg/2024.htm``), are read as year
   columns from a column page that lists nothing itself; each year list is paged by its own pager
   (VSB's reverse-numbered ``ndbg/2024/2.htm``), and its own tabs are not followed again;
2. a column that shows its newest year's reports with a strip of tabs to the others (the year shown
   marked ``class="active"``/``cur``, or not linked) reads the other years as lists of their own,
   each paged by its own pager — but a page's other year links (an archive sidebar, a menu with a
   "2023年" item, a strip that marks no year as shown) are not tabs;
3. bounded: at most ``MAX_YEAR_COLUMNS`` from one strip, the rest stated as lists not read.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.auto import GenericSpider
from govcrawl.bases.vsb import VsbSpider
from govcrawl.crawl import detect
from govcrawl.crawl.registry import Site

VSB_HOST = "http://www.mianshui.gov.test"
VSB_TOP = f"{VSB_HOST}/xxgk/ndbg.htm"
VSB = Site(id="mianshui-gov", agency="渑水县人民政府", cms="vsb", region="测试省渑水县", start_urls=(VSB_TOP,),
           allowed_domains=("mianshui.gov.test",))
GEN_HOST = "http://www.qishan.gov.test"
GEN_TOP = f"{GEN_HOST}/zfxxgk/ndbg/list.jsp"
GEN = Site(id="qishan-gov", agency="淇山县人民政府", cms="generic", region="测试省淇山县", start_urls=(GEN_TOP,),
           allowed_domains=("qishan.gov.test",))

_VSB_COLUMN = """<html><head><meta name="ColumnName" content="年度报告"><title>年度报告-渑水县人民政府</title>
<script src="/system/resource/js/counter.js"></script></head><body>
<div class="top"><a href="../index.htm">首页</a><a href="../xxgk.htm">信息公开</a>
<a href="../hdjl.htm">互动交流</a></div>
<div class="nd-box"><h3>请选择年份</h3>
<button type="button" class="nd-btn" onclick="window.location.href='ndbg/2024.htm'">2024年</button>
<button type="button" class="nd-btn" onclick="window.location.href='ndbg/2023.htm'">2023 年</button>
<button type="button" class="nd-btn" data-url="ndbg/2022qian.htm">2022年及以前</button></div>
<div class="foot">渑水县人民政府办公室主办</div></body></html>"""


def _vsb_year(year: int) -> str:
    rows = "".join(f'<tr><td><a href="../../info/1204/{n}.htm" title="渑水县{who}{year}年政府信息公开工作年度报告">'
                   f'渑水县{who}{year}年政府信息…</a></td><td>{year + 1}-01-2{n % 10}</td></tr>'
                   for n, who in ((5501, "人民政府"), (5502, "财政局")))
    tabs = ('<div class="nd-box"><button class="nd-btn on">2024年</button><button class="nd-btn" '
            'onclick="window.location.href=\'../ndbg/2023.htm\'">2023 年</button></div>')
    pager = ('<div class="pb_sys_common pb_sys_normal pb_sys_style2"><span class="p_t">共7条</span>'
             '<span class="p_pages">'
             f'<span class="p_no_d">1</span><span class="p_no"><a href="{year}/2.htm">2</a></span><span class="p_no">'
             f'<a href="{year}/1.htm">3</a></span><span class="p_next p_fun"><a href="{year}/2.htm">下页</a></span>'
             f'</span><span class="p_t">1/3</span></div>')
    return f"<html><head><title>{year}年-年度报告</title></head><body>{tabs}<table>{rows}</table>{pager}</body></html>"


# The column shows 2024's reports; its tabs — the year shown marked "active" — lead to the others as the
# same page asked for another year; an archive sidebar and a menu also name years.
_GEN_COLUMN = """<html><head><title>政府信息公开年度报告_淇山县人民政府</title></head><body>
<ul class="menu"><li><a href="/index.jsp">首页</a></li><li><a href="/zfxxgk/zn/list.jsp">指南</a></li>
<li><a href="/zfxxgk/ndbg/list.jsp?year=2023">2023年</a></li></ul>
<div class="main"><ul class="year-nav">
<li class="active"><a href="list.jsp?year=2024">2024年度</a></li><li>|</li>
<li><a href="list.jsp?year=2023">2023年度</a></li><li>|</li>
<li><a href="javascript:void(0)" onclick="location.href='list.jsp?year=2022'">2022年度</a></li><li>|</li>
<li data-href="list.jsp?year=2021">2021年度及以前</li></ul>
<ul class="list">
<li><a href="/zfxxgk/ndbg/202501/t20250120_71.html">淇山县人民政府2024年政府信息公开工作年度报告</a>
<span>2025-01-20</span></li>
<li><a href="/zfxxgk/ndbg/202501/t20250117_70.html">淇山县交通运输局2024年政府信息公开工作年度报告</a>
<span>2025-01-17</span></li>
</ul></div>
<div class="side"><h4>往年归档</h4><ul><li><a href="/zfxxgk/ndbg/gd2023.jsp">2023年</a></li>
<li><a href="/zfxxgk/ndbg/gd2022.jsp">2022年</a></li></ul></div></body></html>"""


def _spider(cls: Any, site: Site) -> Any:
    return cls.from_crawler(get_crawler(cls), name=site.id, sites=[site])


def _parse(spider: Any, site: Site, url: str, html: str, **meta: Any) -> list[ScrapyRequest]:
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={**meta, "site": site}))
    return [r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]


def _meta(request: ScrapyRequest) -> dict[str, Any]:
    return {k: v for k, v in request.meta.items() if k != "site"}


def test_button_tabs_into_the_columns_own_folder_are_year_columns() -> None:
    found = detect.year_columns(Selector(text=_VSB_COLUMN), VSB_TOP)
    assert found == [f"{VSB_HOST}/xxgk/ndbg/2024.htm", f"{VSB_HOST}/xxgk/ndbg/2023.htm",
                     f"{VSB_HOST}/xxgk/ndbg/2022qian.htm"]


def test_a_vsb_column_of_button_tabs_reads_each_year_and_pages_it() -> None:
    spider = _spider(VsbSpider, VSB)
    years = [r for r in _parse(spider, VSB, VSB_TOP, _VSB_COLUMN, start_url=True) if r.meta.get("year_column_of")]
    assert [r.url for r in years] == detect.year_columns(Selector(text=_VSB_COLUMN), VSB_TOP)
    first = years[0]
    out = _parse(spider, VSB, first.url, _vsb_year(2024), **_meta(first))
    # Its own pager's reverse-numbered pages, as this year's list; its tabs not followed again.
    pages = [r for r in out if r.callback == spider.parse_list]
    assert [r.url for r in pages] == [f"{VSB_HOST}/xxgk/ndbg/2024/2.htm", f"{VSB_HOST}/xxgk/ndbg/2024/1.htm"]
    assert all(r.meta.get("list_url") == first.url for r in pages)
    reports = [r.url for r in out if r.callback != spider.parse_list]
    assert reports == [f"{VSB_HOST}/info/1204/5501.htm", f"{VSB_HOST}/info/1204/5502.htm"]


def test_a_column_showing_its_newest_year_reads_the_other_tabs() -> None:
    assert detect.year_columns(Selector(text=_GEN_COLUMN), GEN_TOP, shows_reports=True) == [
        f"{GEN_TOP}?year=2023", f"{GEN_TOP}?year=2022", f"{GEN_TOP}?year=2021"]
    spider = _spider(GenericSpider, GEN)
    out = _parse(spider, GEN, GEN_TOP, _GEN_COLUMN, start_url=True)
    years = [r for r in out if r.meta.get("year_column_of") == GEN_TOP]
    assert [r.url for r in years] == [f"{GEN_TOP}?year=2023", f"{GEN_TOP}?year=2022", f"{GEN_TOP}?year=2021"]
    # The sidebar's archive and the menu's "2023年" are no tabs.
    assert not [r for r in out if "gd20" in r.url]
    # A year's list is paged by its own pager ("下一页"), as that year's list.
    year_page = ('<html><head><title>2023年度</title></head><body><ul class="list"><li><a href="/zfxxgk/ndbg/202401/'
                 't20240122_60.html">淇山县人民政府2023年政府信息公开工作年度报告</a><span>2024-01-22</span></li></ul>'
                 '<div class="page"><a href="list.jsp?year=2023&amp;page=2">下一页</a></div></body></html>')
    later = _parse(spider, GEN, years[0].url, year_page, **_meta(years[0]))
    nexts = [r for r in later if r.callback == spider.parse_list]
    assert [r.url for r in nexts] == [f"{GEN_TOP}?year=2023&page=2"]
    assert nexts[0].meta.get("list_url") == years[0].url and not nexts[0].meta.get("year_column_of")


def test_year_links_that_are_no_strip_of_tabs_are_not_followed() -> None:
    # A strip that marks no year as shown (an archive), a menu that names a year among other items.
    archive = ('<html><body><ul class="list"><li><a href="a/1.html">淇山县人民政府2024年政府信息公开工作年度报告</a>'
               '<span>2025-01-20</span></li></ul><div class="arc"><a href="list.jsp?year=2023">2023年</a>'
               '<a href="list.jsp?year=2022">2022年</a></div><div class="nav"><a class="on" href="list.jsp?year=2024">'
               '2024年</a><a href="list.jsp?year=2023">2023年</a><a href="/hdjl/">互动交流</a></div></body></html>')
    assert detect.year_columns(Selector(text=archive), GEN_TOP, shows_reports=True) == []
    # A strip whose other tabs leave the column (another section of the portal, another domain).
    away = ('<html><body><div class="tabs"><span class="cur">2024年</span><a href="/xwzx/2023/">2023年</a>'
            '<a href="http://www.other.gov.test/zfxxgk/ndbg/list.jsp?year=2022">2022年</a></div></body></html>')
    assert detect.year_columns(Selector(text=away), GEN_TOP, shows_reports=True) == []


def test_year_tabs_from_a_strip_are_bounded_and_the_rest_stated() -> None:
    tabs = "".join(f'<li><a href="list.jsp?year={y}">{y}年</a></li>' for y in range(1994, 2024))
    html = (f'<html><body><ul class="yr"><li class="cur"><span>2024年</span></li>{tabs}</ul><ul class="list"><li>'
            '<a href="a/1.html">淇山县人民政府2024年政府信息公开工作年度报告</a><span>2025-01-20</span></li></ul>'
            '</body></html>')
    spider = _spider(GenericSpider, GEN)
    years = [r for r in _parse(spider, GEN, GEN_TOP, html, start_url=True) if r.meta.get("year_column_of")]
    assert len(years) == detect.MAX_YEAR_COLUMNS
    unread = spider.coverage_of(GEN).lists_unread
    assert len(unread) == 30 - detect.MAX_YEAR_COLUMNS and all("year column" in why for why in unread.values())
