"""Issue 12, the class of held-out round 16's 部门年报 hub whose towns are reached only through a
clickable map — on markup unlike the batch portal's (another county's 乡镇年报 page, whose map's regions
name only their town in ``alt`` and lead to the town's page of years; a list page and a home page
with maps):

1. an image map's ``<area href>`` is a link wherever ``<a>`` links are read (``urls.LINK``): a list's
   entries (its ``title``, else its ``alt``, as the link's text), a hub's units — a region named by its
   unit is that unit's tile, counted against the "共 N 个乡镇" the hub prints — and the navigation
   toward the 年报 column;
2. the hub family follows a region to the town's page and reads its year links as the town's
   reports, and a region titled as a report straight to it;
3. bounded as links are: a map of thousands of regions is read only as far as a page's links are.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest

from govcrawl.bases.hub import HubSpider
from govcrawl.crawl import detect, entries, hubunits
from govcrawl.crawl.registry import Site
from tests.crawl.hubparse import hub_spider

HOST = "http://www.tanxi.gov.test"
HUB = f"{HOST}/xxgk/xznb/index.shtml"
SITE = Site(id="tanxi-xznb", agency="潭溪县人民政府", cms="hub", region="测试省潭溪县", start_urls=(HUB,),
            allowed_domains=("tanxi.gov.test",))

_HUB = """<html><head><title>乡镇政府信息公开年报_潭溪县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a></div>
<div class="content"><div class="count">共 3 个乡镇（街道）</div>
<div class="map-box"><img src="/res/tanxi-map.jpg" usemap="#TanxiMap" border="0">
<map name="TanxiMap">
  <area shape="rect" coords="10,10,120,90" href="lqz/index.shtml" alt="龙泉镇">
  <area shape="circle" coords="200,80,40" href="/xxgk/xznb/shz/index.shtml" alt="石湖乡" target="_blank">
  <area shape="poly" coords="250,20,330,30,320,120" href="/xxgk/xznb/cgjd/202401/t20240119_4410.shtml"
        alt="城关街道" title="城关街道办事处2023年度政府信息公开工作年度报告">
  <area shape="default" nohref alt="潭溪县">
</map></div></div></body></html>"""

_TOWN = """<html><head><title>龙泉镇_乡镇政府信息公开年报</title></head><body><h2>龙泉镇</h2>
<p class="years"><a href="/xxgk/xznb/lqz/202501/t20250115_4520.shtml">2024年度</a>
<a href="/xxgk/xznb/lqz/files/lqz2023.pdf">2023年度（PDF）</a></p></body></html>"""


def _spider() -> HubSpider:
    return hub_spider(SITE)


def _parse(spider: HubSpider, url: str, html: str, **meta: Any) -> list[ScrapyRequest]:
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={**meta, "site": SITE}))
    return [r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]


def test_a_maps_regions_are_list_entries_named_by_title_or_alt() -> None:
    found = dict(entries.list_entries(Selector(text=_HUB)))
    assert found["/xxgk/xznb/cgjd/202401/t20240119_4410.shtml"] == "城关街道办事处2023年度政府信息公开工作年度报告"
    assert found["lqz/index.shtml"] == "龙泉镇" and found["/xxgk/xznb/shz/index.shtml"] == "石湖乡"
    assert len(found) == 4  # 信息公开 and the three regions ("首页" reads as a pager's); a region without href is none


def test_a_hubs_map_regions_are_its_units() -> None:
    sel = Selector(text=_HUB)
    assert dict(hubunits.unit_lists(sel)) == {"lqz/index.shtml": "龙泉镇", "/xxgk/xznb/shz/index.shtml": "石湖乡"}
    assert hubunits.count_units(sel) == 3  # what "共 3 个乡镇（街道）" counts


def test_the_hub_follows_the_regions_to_the_towns_and_their_reports() -> None:
    spider = _spider()
    out = _parse(spider, HUB, _HUB, start_url=True)
    towns = {r.url: r.meta.get("list_owner") for r in out if r.callback == spider.parse_list}
    assert towns == {f"{HOST}/xxgk/xznb/lqz/index.shtml": "龙泉镇", f"{HOST}/xxgk/xznb/shz/index.shtml": "石湖乡"}
    reports = {r.url: r.cb_kwargs.get("title") for r in out if r.callback != spider.parse_list}
    assert reports == {f"{HOST}/xxgk/xznb/cgjd/202401/t20240119_4410.shtml":
                       "城关街道办事处2023年度政府信息公开工作年度报告"}
    assert not spider.coverage_of(SITE).falls_short  # 3 units shown of the 3 declared
    town = f"{HOST}/xxgk/xznb/lqz/index.shtml"
    titles = {r.url: r.cb_kwargs.get("title") for r in _parse(spider, town, _TOWN, new_list=True, list_owner="龙泉镇")}
    assert titles == {f"{HOST}/xxgk/xznb/lqz/202501/t20250115_4520.shtml": "龙泉镇 2024年度 年度报告",
                      f"{HOST}/xxgk/xznb/lqz/files/lqz2023.pdf": "龙泉镇 2023年度 年度报告"}


def test_a_home_pages_map_leads_toward_the_nianbao_column() -> None:
    home = ('<html><body><img src="/img/rukou.png" usemap="#rk"><map name="rk"><area shape="rect" coords="0,0,90,40" '
            'href="/xxgk/index.shtml" alt="政府信息公开"><area shape="rect" coords="100,0,190,40" href="/zwfw/" '
            'alt="政务服务"></map></body></html>')
    links = [(link.url, link.kind) for link in detect.navigation_links(Selector(text=home), f"{HOST}/")]
    assert links == [(f"{HOST}/xxgk/index.shtml", "gk_area")]


def test_a_map_is_read_as_far_as_a_pages_links_are() -> None:
    areas = "".join(f'<area shape="rect" coords="0,0,1,1" href="t{n}/index.shtml" alt="第{n}村">' for n in range(3000))
    page = f"<html><head><title>乡镇年报</title></head><body><map name=m>{areas}</map></body></html>"
    assert len(hubunits.unit_tiles(Selector(text=page))) <= hubunits.MAX_UNIT_LINKS
