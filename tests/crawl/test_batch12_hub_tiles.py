"""Issue 12, the class of held-out round 12's 部门年报 hub — written on markup unlike the batch portal's
(another county's page of the same kind):

1. a hub of picture tiles: each unit is a link that *is* the unit — its name as the link's text, its
   ``title``, its picture's ``alt`` or the caption of the box that holds only it (``<figcaption>``,
   a ``<p>`` under the picture) — ``groups.tile_unit``; a site's menu words that end like a unit
   (网上办事大厅, 帮助中心) are no tile; the hub counts its tiles against the "共收录 N 个部门" it prints,
   and tiles make a page a hub whichever path reads it (``hubunits.unit_lists``);
2. the hub family follows a tile to the unit's page (or its own list on a sub-host), as that unit's,
   never to a file or a unit's home page, and only from the hub's own pages (hub → unit → reports:
   a unit's page showing the tiles again leads nowhere further);
3. on a unit's page, a link that says only its year ("2024", "2023年", "2022年度[OFD]") is that
   unit's report of that year — page or file — under the unit's full name (completed from the
   region), a year column ("2021年" → ``./2021/``) is more of the unit's list, and a decoy
   ("2024年度部门决算") stays a decoy.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector
from scrapy.http import Request as ScrapyRequest

from govcrawl.bases.hub import HubSpider
from govcrawl.crawl.classify import is_report_title
from govcrawl.crawl.groups import tile_unit
from govcrawl.crawl.hubunits import count_units, unit_lists
from govcrawl.crawl.registry import Site
from tests.crawl.hubparse import hub_requests, hub_spider

SITE = Site(id="puxi-bmnb", agency="蒲溪县人民政府", cms="hub", region="测试省蒲溪县",
            start_urls=("http://www.puxi.gov.test/gk/dwnb/index.html",), allowed_domains=("puxi.gov.test",))
HUB = SITE.start_urls[0]

_HUB = """<html><head><title>各单位政府信息公开年报 - 蒲溪县人民政府</title></head><body>
<div class="top"><a href="/wsbsdt/">网上办事大厅</a><a href="/help/">帮助中心</a><a href="/">首页</a></div>
<div class="wrap"><div class="tip">共收录 5 个部门</div>
<ul class="icons">
  <li><a href="czj/years.html" title="县财政局"><img src="/img/czj.png" alt="县财政局"></a></li>
  <li><a href="http://wjw.puxi.gov.test/zwgk/nb/"><img src="/img/wjw.png" alt="县卫生健康局"></a></li>
  <li><a href="jtj.shtml"><img src="/img/jtj.png"></a><p class="cap">县交通运输局</p></li>
</ul>
<div class="towns">
  <figure><a href="sqz/"><img src="/img/sqz.png"></a><figcaption>石桥镇</figcaption></figure>
  <figure><a href="http://hzz.puxi.gov.test/"><img src="/img/hzz.png" alt="河洲镇"></a></figure>
</div>
<div class="side"><h4>相关文件</h4>
  <a href="/tz/2024/t20241201_1.html">关于报送2024年度政府信息公开工作年度报告的通知</a></div>
</div></body></html>"""

_UNIT = """<html><head><title>县财政局 - 各单位政府信息公开年报</title></head><body>
<div class="icons"><a href="../czj/years.html" title="县财政局"><img alt="县财政局"></a>
<a href="../jtj.shtml" title="县交通运输局"><img alt="县交通运输局"></a></div>
<table class="nb-years"><tr>
  <td><a href="/gk/dwnb/files/czj-2024.pdf">2024</a></td>
  <td><a href="/gk/dwnb/czj/202401/t20240118_77.html">2023年</a></td>
  <td><a href="/gk/dwnb/files/czj-2022.ofd">2022年度[OFD]</a></td>
  <td><a href="/gk/dwnb/czj/2021/">2021年</a></td>
  <td><a href="/gk/dwnb/czj/202402/t20240220_80.html">2024年度部门决算</a></td>
</tr></table></body></html>"""


def _links(html: str) -> dict[str, Selector]:
    return {link.attrib["href"]: link for link in Selector(text=html).css("a[href]")}


def _spider() -> HubSpider:
    return hub_spider(SITE)


def _parse(spider: HubSpider, url: str, html: str, **meta: Any) -> list[ScrapyRequest]:
    return hub_requests(spider, SITE, url, html, **meta)


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_a_tile_is_its_unit_by_title_alt_or_caption() -> None:
    links = _links(_HUB)
    assert tile_unit(links["czj/years.html"]) == "县财政局"  # title (and alt)
    assert tile_unit(links["http://wjw.puxi.gov.test/zwgk/nb/"]) == "县卫生健康局"  # the picture's alt
    assert tile_unit(links["jtj.shtml"]) == "县交通运输局"  # the caption under the picture
    assert tile_unit(links["sqz/"]) == "石桥镇"  # a <figure>'s <figcaption>


def test_1_menu_words_and_entries_are_no_tiles() -> None:
    links = _links(_HUB)
    assert tile_unit(links["/wsbsdt/"]) is None  # 网上办事大厅 ends like a unit, names none
    assert tile_unit(links["/help/"]) is None
    assert tile_unit(links["/tz/2024/t20241201_1.html"]) is None  # an entry, not a unit


def test_1_the_hub_counts_its_tiles() -> None:
    # 河洲镇's tile links its site's home page, which the hub does not read: of the 5 units it
    # declares, the hub harvests 4 — a shortfall the coverage states, not a silent gap.
    assert count_units(Selector(text=_HUB)) == 4
    assert count_units(Selector(text=_HUB.replace("http://hzz.puxi.gov.test/", "hzz/nb.html"))) == 5


def test_1_one_unit_s_link_is_no_grid_of_tiles() -> None:
    # A breadcrumb's step, or a lone link named after a unit, on a 年报 page: no hub of tiles.
    crumb = ('<html><head><title>年报</title></head><body><div class="dqwz">当前位置：<a href="/">首页</a> &gt; '
             '<a href="/col/col11/index.html">县财政局</a> &gt; <a href="/col/col12/index.html">县教育局</a></div>'
             '<p>当前位置：<a href="/bm/">部门</a> &gt; <a href="/bm/slj/">县水利局</a></p>'
             '<ul><li><a href="/bm/lyj/">县林业局</a></li></ul></body></html>')
    assert unit_lists(Selector(text=crumb)) == []
    assert count_units(Selector(text=crumb)) == 0


def test_1_tiles_make_a_page_a_hub_for_every_path() -> None:
    # ``cms: auto`` reads it with the hub family; any other family states the tiles' pages it left.
    assert dict(unit_lists(Selector(text=_HUB))) == {
        "czj/years.html": "县财政局", "http://wjw.puxi.gov.test/zwgk/nb/": "县卫生健康局",
        "jtj.shtml": "县交通运输局", "sqz/": "石桥镇"}
    unit_page = _UNIT.replace("各单位政府信息公开年报", "县财政局")  # tiles on a page that is no 年报 page
    assert unit_lists(Selector(text=unit_page)) == []


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_the_hub_follows_each_tile_as_its_unit_s() -> None:
    requests = _parse(_spider(), HUB, _HUB, start_url=True)
    owners = {r.url: r.meta.get("list_owner") for r in requests if r.callback.__name__ == "parse_list"}
    assert owners == {
        "http://www.puxi.gov.test/gk/dwnb/czj/years.html": "县财政局",
        "http://wjw.puxi.gov.test/zwgk/nb/": "县卫生健康局",
        "http://www.puxi.gov.test/gk/dwnb/jtj.shtml": "县交通运输局",
        "http://www.puxi.gov.test/gk/dwnb/sqz/": "石桥镇",
    }  # not 河洲镇's home page, not the menu's 网上办事大厅
    # A tile's page that does not answer is a unit's list not read (coverage), not a silent gap.
    assert all(r.errback is not None and r.errback.__name__ == "dead_list"
               for r in requests if r.callback.__name__ == "parse_list")
    assert not any("t20241201_1" in r.url for r in requests)  # the 通知 is no report


def test_2_a_unit_s_page_leads_to_no_other_unit() -> None:
    requests = _parse(_spider(), "http://www.puxi.gov.test/gk/dwnb/czj/years.html", _UNIT,
                      list_owner="县财政局", new_list=True)
    assert not any(r.url.endswith(("years.html", "jtj.shtml")) for r in requests)


# -- 3 -----------------------------------------------------------------------------------------------
def test_3_a_unit_s_year_links_are_its_reports() -> None:
    spider = _spider()
    requests = _parse(spider, "http://www.puxi.gov.test/gk/dwnb/czj/years.html", _UNIT,
                      list_owner="县财政局", new_list=True)
    reports = {r.url.rsplit("/", 1)[1]: r for r in requests if r.cb_kwargs.get("title")}
    assert set(reports) == {"czj-2024.pdf", "t20240118_77.html", "czj-2022.ofd"}  # not the 部门决算
    titles = {name: r.cb_kwargs["title"] for name, r in reports.items()}
    assert titles == {"czj-2024.pdf": "县财政局 2024 年度报告", "t20240118_77.html": "县财政局 2023年 年度报告",
                      "czj-2022.ofd": "县财政局 2022年度 年度报告"}
    assert all(is_report_title(t) for t in titles.values())
    assert reports["czj-2024.pdf"].callback.__name__ == "parse_attachment"  # the file is the report
    assert reports["czj-2022.ofd"].callback.__name__ == "parse_attachment"
    # Listed under the unit's full name, from the region — never the hub's agency.
    listed = spider.coverage_of(SITE).years_listed
    assert listed == {"蒲溪县财政局": {2022, 2023, 2024}}
    # The year column is more of the unit's list, not a report.
    column = [r for r in requests if r.url.endswith("/czj/2021/")]
    assert len(column) == 1 and column[0].callback.__name__ == "parse_list"
    assert column[0].meta["list_owner"] == "县财政局"
