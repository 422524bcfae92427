"""Issue 12, the class of blind round 28's 部门年报 hub split into tab pages (市直部门 | 镇（街道）) — written on
markup unlike the batch portal's (other cities' hubs of the same kind):

1. a hub page shown as one tab of a tab strip — the strip marks the tab shown (``aria-selected``, a
   ``current`` class on a ``<span>``, or its link to the page itself) and names its other tabs as
   publishers' lists (乡镇, 街道, 部门) — leads to its other tabs (``columnnav.publisher_lists``), which
   the hub family follows as more of the hub, read as the hub page is (the tab's reports taken), one
   level (a tab's own strip is not followed again);
2. a site's main navigation (首页 | 政务公开 | 互动交流, one item marked), a unit's own list showing the
   hub's strip again, and a tab of another government's domain are no tabs of the hub;
3. a tab that does not answer is stated as a list not read — never a silent miss.
"""

from __future__ import annotations

from typing import Any

from scrapy.http import Request as ScrapyRequest
from twisted.python.failure import Failure

from govcrawl.bases.hub import HubSpider
from govcrawl.crawl.registry import Site
from tests.crawl.hubparse import hub_requests, hub_spider

SITE = Site(id="tongling-nb", agency="桐岭县人民政府", cms="hub", region="测试省桐岭县",
            start_urls=("http://www.tongling.gov.test/zwgk/nb/list.jsp",), allowed_domains=("tongling.gov.test",))
HUB = SITE.start_urls[0]

# The default tab (县直单位, no query of its own) marked by aria-selected, its other tab a query of the
# same page; the units' cards link their own lists on their sub-hosts.
_ARIA_HUB = """<html><head><title>政府信息公开年度报告 - 桐岭县人民政府</title></head><body>
<div class="menu"><ul><li class="on"><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/hdjl/">互动交流</a></li></ul></div>
<section class="nb"><h3>政府信息公开年度报告</h3>
<nav class="nb-tabs" role="tablist"><a role="tab" aria-selected="true" href="list.jsp?type=1">县直单位</a>
<a role="tab" aria-selected="false" href="list.jsp?type=2">乡镇</a>
<a role="tab" aria-selected="false" href="http://www.other.gov.test/nb/">街道</a></nav>
<div class="cards"><div class="card"><h4>桐岭县财政局</h4><a href="http://czj.tongling.gov.test/nb/">进入年报栏目</a></div>
<div class="card"><h4>桐岭县民政局</h4><a href="http://mzj.tongling.gov.test/nb/">进入年报栏目</a></div></div>
</section></body></html>"""

# The 乡镇 tab: the towns' reports themselves, under the same strip (now marking 乡镇).
_TOWNS_TAB = """<html><head><title>政府信息公开年度报告 - 桐岭县人民政府</title></head><body>
<section class="nb"><nav class="nb-tabs" role="tablist"><a role="tab" href="list.jsp?type=1">县直单位</a>
<a role="tab" aria-selected="true" href="list.jsp?type=2">乡镇</a></nav>
<table class="rows">
<tr><td><a href="/zwgk/nb/xz/t20250115_31.html">桐岭县石门镇2024年政府信息公开工作年度报告</a></td>
<td>2025-01-15</td></tr>
<tr><td><a href="/zwgk/nb/xz/t20250117_32.html">桐岭县枫溪乡2024年政府信息公开工作年度报告</a></td>
<td>2025-01-17</td></tr></table></section></body></html>"""

# Sub-navigation of <span>s, the shown one classed "current", the others directories of the hub.
_SPAN_HUB = """<html><head><title>部门年报</title></head><body><div class="subnav">
<span class="current"><a href="/zwgk/nb/bm/">部门</a></span><span><a href="/zwgk/nb/jd/">街道</a></span></div>
<ul class="units"><li><span>桐岭县教育局</span><a href="http://jyj.tongling.gov.test/nb/">查看该单位年报专栏</a></li>
<li><span>桐岭县卫健局</span><a href="http://wjj.tongling.gov.test/nb/">查看该单位年报专栏</a></li></ul></body></html>"""

# A site's main navigation only: one item marked, none a publishers' list.
_MAIN_NAV = """<html><head><title>部门年报</title></head><body>
<ul class="nav"><li class="active"><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwgk/zcwj/">政策文件</a></li></ul>
<table><tr><td>桐岭县统计局</td><td><a href="http://tjj.tongling.gov.test/nb/">进入年报栏目</a></td></tr>
<tr><td>桐岭县审计局</td><td><a href="http://sjj.tongling.gov.test/nb/">进入年报栏目</a></td></tr></table></body></html>"""


def _spider() -> HubSpider:
    return hub_spider(SITE)


def _parse(spider: HubSpider, url: str, html: str, **meta: Any) -> list[ScrapyRequest]:
    return hub_requests(spider, SITE, url, html, **meta)


def _lists(requests: list[ScrapyRequest]) -> dict[str, ScrapyRequest]:
    return {r.url: r for r in requests if r.callback.__name__ == "parse_list"}


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_the_hub_follows_its_other_tab_marked_by_aria() -> None:
    lists = _lists(_parse(_spider(), HUB, _ARIA_HUB, start_url=True))
    tab = lists.get("http://www.tongling.gov.test/zwgk/nb/list.jsp?type=2")
    assert tab is not None and tab.meta.get("list_owner") is None  # more of the hub, not a unit's list
    assert "http://www.tongling.gov.test/zwgk/nb/list.jsp?type=1" in lists  # the shown tab by its own name
    # The units' lists are still the units'.
    assert lists["http://czj.tongling.gov.test/nb/"].meta["list_owner"] == "桐岭县财政局"


def test_1_a_tab_is_read_as_the_hub_page_and_leads_no_further() -> None:
    spider = _spider()
    tab = _lists(_parse(spider, HUB, _ARIA_HUB, start_url=True))["http://www.tongling.gov.test/zwgk/nb/list.jsp?type=2"]
    requests = _parse(spider, tab.url, _TOWNS_TAB, **{k: v for k, v in tab.meta.items() if k != "site"})
    reports = {r.url for r in requests if r.callback.__name__ != "parse_list"}
    assert reports == {"http://www.tongling.gov.test/zwgk/nb/xz/t20250115_31.html",
                       "http://www.tongling.gov.test/zwgk/nb/xz/t20250117_32.html"}
    assert not _lists(requests)  # its strip's 县直单位 is not followed again from a tab


def test_1_a_span_strip_marked_current_leads_to_the_other_directory() -> None:
    lists = _lists(_parse(_spider(), "http://www.tongling.gov.test/zwgk/nb/bm/", _SPAN_HUB, start_url=True))
    assert "http://www.tongling.gov.test/zwgk/nb/jd/" in lists
    assert lists["http://www.tongling.gov.test/zwgk/nb/jd/"].meta.get("list_owner") is None


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_a_site_s_navigation_another_domain_and_a_unit_s_list_are_no_hub_tabs() -> None:
    lists = _lists(_parse(_spider(), HUB, _MAIN_NAV, start_url=True))
    assert set(lists) == {"http://tjj.tongling.gov.test/nb/", "http://sjj.tongling.gov.test/nb/"}
    lists = _lists(_parse(_spider(), HUB, _ARIA_HUB, start_url=True))
    assert "http://www.other.gov.test/nb/" not in lists  # another government's 街道
    assert not {"http://www.tongling.gov.test/", "http://www.tongling.gov.test/zwgk/",
                "http://www.tongling.gov.test/hdjl/"} & set(lists)  # the site's menu
    # A unit's own list that shows the hub's strip again: read as the unit's, its tabs not followed.
    requests = _parse(_spider(), "http://www.tongling.gov.test/zwgk/nb/list.jsp?type=1", _TOWNS_TAB,
                      list_owner="桐岭县财政局", new_list=True)
    assert "http://www.tongling.gov.test/zwgk/nb/list.jsp?type=2" not in _lists(requests)


# -- 3 -----------------------------------------------------------------------------------------------
def test_3_a_tab_that_does_not_answer_is_stated() -> None:
    spider = _spider()
    tab = _lists(_parse(spider, HUB, _ARIA_HUB, start_url=True))["http://www.tongling.gov.test/zwgk/nb/list.jsp?type=2"]
    failure = Failure(ConnectionRefusedError("refused"))
    failure.request = tab  # type: ignore[attr-defined]
    tab.errback(failure)
    unread = spider.coverage_of(SITE).lists_unread
    assert tab.url in unread and "乡镇" in unread[tab.url]
