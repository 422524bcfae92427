"""Issue 12, the class of held-out round 23's 部门年报 hub of unit cards — written on markup unlike the
batch portal's (other cities' hubs of the same kind):

1. a hub's row, card or box that shows a unit's newest report beside a link to the unit's own 年报
   list is a unit's list to follow, whatever the link says of it ("往年年报»", "【更多年报】",
   "进入年报栏目 →", "历年年报 >": ``hubunits.is_unit_list_link``) and whatever the markup (a table's
   row, a ``<li>`` with a name ``<span>``, a box under its ``<h5>``); a page's menu link "历年年报" (no
   unit beside it), a report ("2023年年报") and a 年报解读 are none;
2. such a link is also a box of reports' fuller list (``detect.reports_box_mores``), which a crawl
   that does not follow it states;
3. the hub family follows each as that unit's list; a box of reports' fuller list it does not follow,
   and a unit's list that answers with no report it can read, are stated as lists not read — never a
   silent miss.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector
from scrapy.http import Request as ScrapyRequest

from govcrawl.bases.hub import HubSpider
from govcrawl.crawl import detect
from govcrawl.crawl.entries import entry_title
from govcrawl.crawl.groups import group_owner
from govcrawl.crawl.hubunits import is_unit_list_link, is_unit_list_text, unit_lists
from govcrawl.crawl.registry import Site
from tests.crawl.hubparse import hub_requests, hub_spider

SITE = Site(id="yuchuan-bmnb", agency="榆川市人民政府", cms="hub", region="测试省榆川市",
            start_urls=("http://www.yuchuan.gov.test/zwgk/bmnb/index.html",), allowed_domains=("yuchuan.gov.test",))
HUB = SITE.start_urls[0]

# A table: unit | newest report | its other years.
_TABLE = """<html><head><title>市直部门政府信息公开年度报告 - 榆川市人民政府</title></head><body>
<table class="bm"><tr><th>单位</th><th>最新年报</th><th>历年</th></tr>
<tr><td>榆川市卫生健康委员会</td><td><a href="http://wjw.yuchuan.gov.test/gk/nb/202501/t20250118_1.html">2024年年报</a></td>
<td><a href="http://wjw.yuchuan.gov.test/gk/nb/">往年年报»</a></td></tr>
<tr><td>榆川市自然资源局</td><td><a href="http://zrj.yuchuan.gov.test/xxgk/ndbg/t20250120_2.html">2024年年报</a></td>
<td><a href="http://zrj.yuchuan.gov.test/xxgk/ndbg/list.html">往年年报»</a></td></tr></table></body></html>"""

# A list of units, each a name <span>, its newest report and "【更多年报】"; a menu link "历年年报" above.
_ITEMS = """<html><head><title>部门年报 - 榆川市人民政府</title></head><body>
<div class="nav"><a href="/zwgk/nb/lnnb/">历年年报</a><a href="/zwgk/nb/jd/">年报解读</a></div>
<ul class="dept">
<li><span class="name">榆川市统计局</span><a href="http://tjj.yuchuan.gov.test/nb/t1.html">最新年度报告</a>
<a class="go" href="http://tjj.yuchuan.gov.test/nb/index.html">【更多年报】</a></li>
<li><span class="name">榆川市民政局</span><a href="http://mzj.yuchuan.gov.test/nb/t2.html">最新年度报告</a>
<a class="go" href="http://mzj.yuchuan.gov.test/nb/index.html">【更多年报】</a></li>
</ul></body></html>"""

# Boxes under a unit's <h5>, each its newest report by full title and "进入年报栏目 →"; above them the
# city's own box of reports, whose "更多>>" leads to the city's own fuller list.
_BOXES = """<html><head><title>部门政府信息公开年报</title></head><body>
<div class="szf"><div class="hd">市政府年报</div><ul>
<li><a href="/zwgk/nb/szf/t20250121_9.html">榆川市2024年政府信息公开工作年度报告</a></li></ul>
<a class="more" href="/zwgk/nb/szf/index.html">更多&gt;&gt;</a></div>
<div class="grid"><div class="box"><h5>榆川市水利局</h5>
<a href="http://slj.yuchuan.gov.test/a/t3.html">榆川市水利局2024年政府信息公开工作年度报告</a>
<div class="ft"><a href="http://slj.yuchuan.gov.test/a/">进入年报栏目 →</a></div></div>
<div class="box"><h5>榆川市审计局</h5>
<a href="http://sjj.yuchuan.gov.test/a/t4.html">榆川市审计局2024年政府信息公开工作年度报告</a>
<div class="ft"><a href="http://sjj.yuchuan.gov.test/a/">进入年报栏目 →</a></div></div></div></body></html>"""

# A unit's own list whose rows the crawl cannot read as reports (bare dates for link texts).
_UNREADABLE = """<html><head><title>年报 - 榆川市水利局</title></head><body>
<div class="list"><a href="t3.html">2025-01-20</a><a href="t2.html">2024-01-19</a></div></body></html>"""


def _links(html: str) -> list[Selector]:
    return Selector(text=html).css("a[href]")


def _spider() -> HubSpider:
    return hub_spider(SITE)


def _parse(spider: HubSpider, url: str, html: str, **meta: Any) -> list[ScrapyRequest]:
    return hub_requests(spider, SITE, url, html, **meta)


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_a_card_s_other_years_link_is_its_unit_s_list_whatever_the_markup() -> None:
    for html, text, units in ((_TABLE, "往年年报»", {"榆川市卫生健康委员会", "榆川市自然资源局"}),
                              (_ITEMS, "【更多年报】", {"榆川市统计局", "榆川市民政局"}),
                              (_BOXES, "进入年报栏目 →", {"榆川市水利局", "榆川市审计局"})):
        for link in _links(html):
            if "".join(link.xpath(".//text()").getall()).strip() == text:
                assert is_unit_list_link(link, entry_title(link), group_owner(link)), text
        assert set(dict(unit_lists(Selector(text=html), False, HUB)).values()) == units


def test_1_the_words_of_a_unit_s_list() -> None:
    for text in ("历年年报 >", "往年年报", "更多年报>>", "查看历年报告", "【进入年报栏目】", "全部年度报告 →"):
        assert is_unit_list_text(text, text), text
    for text in ("2023年年报", "年报解读", "更多新闻", "2024年度报告", "历年政策文件"):
        assert not is_unit_list_text(text, text), text


def test_1_a_menu_s_years_link_and_a_report_are_no_unit_s_list() -> None:
    hrefs = dict(unit_lists(Selector(text=_ITEMS), False, HUB))
    assert "/zwgk/nb/lnnb/" not in hrefs and "/zwgk/nb/jd/" not in hrefs  # no unit beside them
    assert not any(href.endswith(("t1.html", "t2.html")) for href in hrefs)  # the reports


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_a_card_s_list_link_is_its_box_s_fuller_list() -> None:
    assert set(detect.reports_box_mores(Selector(text=_TABLE), HUB)) == {
        "http://wjw.yuchuan.gov.test/gk/nb/", "http://zrj.yuchuan.gov.test/xxgk/ndbg/list.html"}
    assert set(detect.reports_box_mores(Selector(text=_BOXES), HUB)) == {
        "http://www.yuchuan.gov.test/zwgk/nb/szf/index.html", "http://slj.yuchuan.gov.test/a/",
        "http://sjj.yuchuan.gov.test/a/"}
    assert detect.reports_box_mores(Selector(text=_ITEMS), HUB) == []  # the menu's 历年年报 heads no box


# -- 3 -----------------------------------------------------------------------------------------------
def test_3_the_hub_follows_each_card_s_list_as_its_unit_s() -> None:
    for html, units in ((_TABLE, {"http://wjw.yuchuan.gov.test/gk/nb/": "榆川市卫生健康委员会",
                                  "http://zrj.yuchuan.gov.test/xxgk/ndbg/list.html": "榆川市自然资源局"}),
                        (_ITEMS, {"http://tjj.yuchuan.gov.test/nb/index.html": "榆川市统计局",
                                  "http://mzj.yuchuan.gov.test/nb/index.html": "榆川市民政局"})):
        requests = _parse(_spider(), HUB, html, start_url=True)
        owners = {r.url: r.meta.get("list_owner") for r in requests if r.callback.__name__ == "parse_list"}
        assert owners == units


def test_3_a_box_s_fuller_list_the_hub_does_not_follow_is_stated() -> None:
    spider = _spider()
    requests = _parse(spider, HUB, _BOXES, start_url=True)
    followed = {r.url for r in requests if r.callback.__name__ == "parse_list"}
    assert followed == {"http://slj.yuchuan.gov.test/a/", "http://sjj.yuchuan.gov.test/a/"}
    unread = spider.coverage_of(SITE).lists_unread
    assert "http://www.yuchuan.gov.test/zwgk/nb/szf/index.html" in unread  # the city's own box: not a unit's
    assert not set(unread) & followed


def test_3_a_unit_s_list_with_no_report_read_is_stated() -> None:
    spider = _spider()
    url = "http://slj.yuchuan.gov.test/a/"
    assert _parse(spider, url, _UNREADABLE, list_owner="榆川市水利局", new_list=True) == []
    assert url in spider.coverage_of(SITE).lists_unread
