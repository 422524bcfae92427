"""The class of held-out round 25's 部门年报 hub with a directory of its departments — written on markup
unlike the batch portal's (another city's hub of the same kind):

1. a hub's directory of units named short, as the city calls them ("交通运输局", "卫生健康委员会",
   "城关街道"), without place or level — grouped by 拼音 in a ``<ul>`` per letter under an ``<h4>``, or
   a ``<table>`` of names — is the units' links to their own 年报 columns, whether on this host (a
   column's path ``/bmnb/jtj/index.html``) or on another host of the same government domain
   (``http://wjw.<city>.gov.test/xxgk/nb/``) (``hubunits.directory_units``, through ``unit_lists``);
   the site's menu (帮助中心, 网上办事大厅), a 友情链接 line (国务院 on another domain, a department's
   home page) and a list row's publisher are none;
2. the hub family follows each as that unit's list, and reads that list's "2024年度报告" as the unit's;
3. a unit's column of the directory that is not followed is stated as a list not read — whatever
   path reads the page (the hub's ``account_hub_lists``, any other family's ``account_unit_lists``) —
   never a silent miss.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest

from govcrawl.bases.hub import HubSpider
from govcrawl.crawl.hubunits import directory_units, unit_lists
from govcrawl.crawl.registry import Site
from tests.crawl.hubparse import hub_spider

SITE = Site(id="qiaoxi-bmnb", agency="峤溪市人民政府", cms="hub", region="测试省峤溪市",
            start_urls=("http://www.qiaoxi.gov.test/zwgk/bmnb/",), allowed_domains=("qiaoxi.gov.test",))
HUB = SITE.start_urls[0]

# Departments grouped by 拼音: an <h4> letter over a <ul> each (column paths on the hub's own host),
# then a table of towns' and commissions' names (their own sub-hosts); around them a menu, a 友情链接 line
# and a 最新发布 list whose rows name their publisher.
_HUB = """<html><head><title>部门政府信息公开年度报告 - 峤溪市人民政府</title></head><body>
<div class="menu"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bzzx/index.html">帮助中心</a>
<a href="/wsbs/">网上办事大厅</a></div>
<div class="py-dir"><h3>部门导航（按拼音）</h3>
<h4>C</h4><ul><li><a href="/bmnb/czj/index.html">财政局</a></li></ul>
<h4>J</h4><ul><li><a href="/bmnb/jtj/index.html">交通运输局</a></li><li><a href="/bmnb/jyj/">教育局</a></li></ul>
<h4>S</h4><ul><li><a href="/bmnb/slj/index.html">水利局</a></li></ul></div>
<table class="units"><caption>委办及街道</caption>
<tr><td><a href="http://wjw.qiaoxi.gov.test/xxgk/nb/">卫生健康委员会</a></td>
<td><a href="http://fgw.qiaoxi.gov.test/col/col88/index.html">发展和改革委员会</a></td></tr>
<tr><td><a href="http://cgjd.qiaoxi.gov.test/gk/ndbg/list.html">城关街道</a></td><td></td></tr></table>
<div class="new"><h3>最新发布</h3><ul>
<li>发布机构：<a href="/bmnb/czj/index.html">财政局</a>
<a href="/bmnb/czj/t20250120_7.html">财政局2024年度政府信息公开工作年度报告</a></li>
</ul></div>
<div class="yqlj">友情链接：<a href="http://www.gov.cn/">国务院</a><a href="http://www.sheng.gov.test/">省人民政府</a>
<a href="http://gaj.qiaoxi.gov.test/">公安局</a><a href="http://jyt.sheng.gov.test/zfxxgk/ndbg/">省教育厅</a></div>
</body></html>"""

UNITS = {
    "/bmnb/czj/index.html": "财政局", "/bmnb/jtj/index.html": "交通运输局", "/bmnb/jyj/": "教育局",
    "/bmnb/slj/index.html": "水利局", "http://wjw.qiaoxi.gov.test/xxgk/nb/": "卫生健康委员会",
    "http://fgw.qiaoxi.gov.test/col/col88/index.html": "发展和改革委员会",
    "http://cgjd.qiaoxi.gov.test/gk/ndbg/list.html": "城关街道"}
UNIT_URLS = {"http://www.qiaoxi.gov.test" + h if h.startswith("/") else h: u for h, u in UNITS.items()}

# A unit's own column: its reports titled by year only.
_UNIT_LIST = """<html><head><title>年度报告 - 峤溪市交通运输局</title>
<meta name="SiteName" content="峤溪市交通运输局"></head><body><ul class="list">
<li><a href="t20250122_3.html">2024年度政府信息公开工作年度报告</a><span>2025-01-22</span></li>
<li><a href="t20240119_2.html">2023年度政府信息公开工作年度报告</a><span>2024-01-19</span></li></ul></body></html>"""


def _spider() -> HubSpider:
    return hub_spider(SITE)


def _response(url: str, html: str, **meta: Any) -> HtmlResponse:
    return HtmlResponse(url, body=html.encode(), encoding="utf-8",
                        request=ScrapyRequest(url, meta={"site": SITE, **meta}))


def _parse(spider: HubSpider, url: str, html: str, **meta: Any) -> list[ScrapyRequest]:
    return [r for r in spider.parse_list(_response(url, html, **meta)) if isinstance(r, ScrapyRequest)]


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_a_directory_of_units_named_short_links_their_columns() -> None:
    assert directory_units(Selector(text=_HUB), HUB) == UNITS
    assert dict(unit_lists(Selector(text=_HUB), False, HUB)) == UNITS


def test_1_the_menu_a_friendly_links_line_and_a_row_s_publisher_are_no_units() -> None:
    found = dict(unit_lists(Selector(text=_HUB), False, HUB))
    for href in ("/bzzx/index.html", "/wsbs/", "http://www.gov.cn/", "http://gaj.qiaoxi.gov.test/",
                 "http://jyt.sheng.gov.test/zfxxgk/ndbg/", "/bmnb/czj/t20250120_7.html"):
        assert href not in found, href
    # A menu of such names alone, on a page that says nothing of 年报, is no directory.
    menu = ('<html><head><title>政务服务</title></head><body><ul><li><a href="/bzzx/">帮助中心</a></li>'
            '<li><a href="/wsbs/">网上办事大厅</a></li><li><a href="/zwzx/">政务服务中心</a></li></ul></body></html>')
    assert unit_lists(Selector(text=menu), False, HUB) == []


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_the_hub_follows_each_unit_s_column_as_its_list() -> None:
    requests = _parse(_spider(), HUB, _HUB, start_url=True)
    owners = {r.url: r.meta.get("list_owner") for r in requests if r.callback.__name__ == "parse_list"}
    assert owners == UNIT_URLS


def test_2_the_unit_s_list_is_read_as_the_unit_s() -> None:
    url = "http://www.qiaoxi.gov.test/bmnb/jtj/index.html"
    requests = _parse(_spider(), url, _UNIT_LIST, list_owner="交通运输局", new_list=True)
    titles = {r.url.rsplit("/", 1)[1]: r.cb_kwargs.get("title", "") for r in requests}
    assert set(titles) == {"t20250122_3.html", "t20240119_2.html"}
    assert all("交通运输局" in title for title in titles.values()), titles


# -- 3 -----------------------------------------------------------------------------------------------
def test_3_a_unit_s_column_not_followed_is_stated() -> None:
    spider = _spider()
    spider.account_hub_lists(_response(HUB, _HUB, start_url=True), SITE)  # as if following failed
    assert set(UNIT_URLS) <= set(spider.coverage_of(SITE).lists_unread)


def test_3_a_path_that_does_not_follow_them_states_them() -> None:
    spider = _spider()
    spider.account_unit_lists(_response(HUB, _HUB, start_url=True))  # any family's parse_list
    assert set(UNIT_URLS) <= set(spider.coverage_of(SITE).lists_unread)
