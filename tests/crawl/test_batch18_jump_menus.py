"""Issue 12, the class of held-out round 18's 部门年报 hub whose units are reachable only through a
``<select>`` jump menu — on markup unlike the batch portal's (another county's 部门年报 page whose menu
goes by a "转到" button beside it, with absolute options on the county's other host, a footer's 友情链接
menu and a page-jump select on the same page):

1. a jump menu's options that lead to pages on the page's own government domain are links (option
   text = link text): a hub's units, counted against the "共 N 个单位" it prints, stated by any path
   that reads hubs (``unit_lists``) and followed by the hub family as the units' pages;
2. not a page-jump select (options labelled by page numbers), not a 友情链接 menu of other sites or
   of home pages;
3. a unit's page that names the unit short in its heading (县教体局) and in full only in its column's
   meta (``ColumnName``): its reports are the full name's;
4. bounded: a menu of thousands of options is read only to ``jumpmenus.MAX_OPTIONS``.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest

from govcrawl.bases.hub import HubSpider
from govcrawl.crawl import hubunits, jumpmenus
from govcrawl.crawl.registry import Site
from tests.crawl.hubparse import hub_spider

HOST = "http://www.yingchuan.gov.test"
HUB = f"{HOST}/zfxxgk/bmnb/index.shtml"
SITE = Site(id="yingchuan-bmnb", agency="滢川县人民政府", cms="hub", region="测试省滢川县", start_urls=(HUB,),
            allowed_domains=("yingchuan.gov.test",))

_HUB = """<html><head><meta name="SiteName" content="滢川县人民政府"><title>部门信息公开年报</title></head><body>
<div class="crumb"><a href="/">首页</a> » <a href="/zfxxgk/">政府信息公开</a> » 部门年报</div>
<div class="main"><h3>部门政府信息公开年报</h3><span class="sum">共 3 个单位</span>
<form name="jf"><label>选择单位：</label><select name="unit" id="unitJump">
  <option value="">请选择</option>
  <option value="http://xxgk.yingchuan.gov.test/jtj/nb/">县教体局</option>
  <option value="/zfxxgk/bmnb/wjj/list.shtml">县卫健局</option>
  <option value="../bmnb/lhz/list.shtml">莲湖镇</option>
</select><input type="button" class="go" value="转到"
  onclick="var v=document.getElementById('unitJump').value;if(v){window.open(v)}"></form>
<div class="pg"><select onchange="location.href=this.value"><option value="index.shtml">1</option>
  <option value="index_1.shtml">2</option></select></div></div>
<div class="foot"><select onchange="window.open(this.options[this.selectedIndex].value)">
  <option>友情链接</option><option value="http://www.gov.cn/">中国政府网</option>
  <option value="http://jtj.othercity.gov.test/xxgk/list.html">外市交通局</option>
  <option value="http://fgw.yingchuan.gov.test/">县发改局</option></select></div></body></html>"""

_UNIT = """<html><head><meta name="SiteName" content="滢川县人民政府">
<meta name="ColumnName" content="滢川县教育和体育局"><title>县教体局</title></head><body>
<div class="box"><h3 class="unit-name">县教体局</h3><table class="nb">
<tr><td><a href="/jtj/nb/202501/P020250116.pdf">2024年度政府信息公开工作年度报告</a></td><td>2025-01-16</td></tr>
<tr><td><a href="/jtj/nb/202401/t20240119_88.shtml">2023年度政府信息公开工作年度报告</a></td><td>2024-01-19</td></tr>
</table></div></body></html>"""


def _spider() -> HubSpider:
    return hub_spider(SITE)


def _parse(spider: HubSpider, url: str, html: str, **meta: Any) -> list[ScrapyRequest]:
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={**meta, "site": SITE}))
    return [r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]


UNITS = {"http://xxgk.yingchuan.gov.test/jtj/nb/": "县教体局", f"{HOST}/zfxxgk/bmnb/wjj/list.shtml": "县卫健局",
         f"{HOST}/zfxxgk/bmnb/lhz/list.shtml": "莲湖镇"}


def test_a_jump_menus_options_on_the_portals_domain_are_links() -> None:
    links = dict(jumpmenus.jump_links(Selector(text=_HUB), HUB))
    # Not the page-jump select's pages, not the 友情链接 menu's other sites nor a department's home page.
    assert links == UNITS


def test_a_hubs_jump_menu_gives_its_units() -> None:
    sel = Selector(text=_HUB)
    assert dict(hubunits.unit_lists(sel, page_url=HUB)) == UNITS
    assert hubunits.count_units(sel, HUB) == 3  # what "共 3 个单位" counts


def test_the_hub_follows_the_menu_to_the_units_pages() -> None:
    spider = _spider()
    out = _parse(spider, HUB, _HUB, start_url=True)
    units = {r.url: r.meta.get("list_owner") for r in out if r.callback == spider.parse_list}
    assert {u: o for u, o in units.items() if u in UNITS} == UNITS
    counted = spider.coverage_of(SITE).lists[HUB]
    assert (counted.entries, counted.declared_records) == (3, 3)  # 3 units shown of the 3 declared


def test_a_units_page_names_it_in_full_in_its_columns_meta() -> None:
    spider = _spider()
    unit = "http://xxgk.yingchuan.gov.test/jtj/nb/"
    titles = {r.url: r.cb_kwargs.get("title") for r in _parse(spider, unit, _UNIT, new_list=True,
                                                                list_owner="县教体局")}
    assert titles, titles
    for url, title in titles.items():
        assert title.startswith("滢川县教育和体育局"), (url, title)


def test_a_menu_is_read_only_so_far() -> None:
    options = "".join(f'<option value="/bm/u{n}/">第{n}村</option>' for n in range(3000))
    page = f'<html><body><select onchange="location.href=this.value">{options}</select></body></html>'
    assert len(jumpmenus.jump_links(Selector(text=page), HUB)) <= jumpmenus.MAX_OPTIONS


# A 区县年报 box (another city's): the year and the report in the box's label, each option a district's
# report itself — entries of the page's list (``entries.option_entries``), not units' pages.
_REPORT_BOXES = """<html><head><title>区县年报</title></head><body><h2>区县政府信息公开工作年度报告</h2>
<div class="box"><span>2024年度区县政府信息公开工作年度报告</span><select onchange="window.open(this.value)">
  <option value="">—请选择—</option>
  <option value="http://dq.yingchuan.gov.test/zwgk/nb/202501/t20250120_1.html">东城区</option>
  <option value="http://xq.yingchuan.gov.test/zwgk/nb/202501/t20250122_2.pdf">西湖区</option>
  <option value="http://nq.yingchuan.gov.test/zwgk/nb/202501/t20250125_3.html">南山区</option>
</select></div></body></html>"""


def test_a_menu_of_reports_is_no_menu_of_units() -> None:
    sel = Selector(text=_REPORT_BOXES)
    page = f"{HOST}/zfxxgk/qxnb/index.shtml"
    assert len(jumpmenus.jump_links(sel, page)) == 3  # a jump menu, on the portal's domain
    assert hubunits.jump_units(sel, page) == {}  # but its options are reports, read as the list's entries
