"""Issue 12, the class of held-out round 18's 年报 column that is itself the county's list, its
departments' and towns' reports in columns only its column navigation reaches — written on markup
unlike the batch portal's (a TRS-like county with a ``<ul class="left-nav">`` whose current item is
``<li class="on">``, and a generic one whose sub-column tabs name only the publishers):

1. ``columnnav.publisher_lists``: within a navigation block that marks the page shown, the links whose
   name says they are 年报 lists of other publishers (部门年报, 乡镇（街道）年报), or name only the
   publishers (部门, 乡镇) under a navigation or page that speaks of 年报; ordinary navigation
   (政务公开, 政策文件) and another domain are none;
2. whichever family reads the page follows them as lists of the portal — even when the page shows
   reports itself — each a list's first page (its own pager), one level, at most ``MAX_NAV_LISTS``;
3. never silent: one not read (over the cap, refused by the page budget, not answering) is stated.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from govcrawl.bases.base import PortalSpider
from govcrawl.bases.trs import TrsClassicSpider
from govcrawl.crawl import columnnav
from govcrawl.crawl.registry import Site

SITE = Site(id="mianzhu-gov", agency="沔竹县人民政府", cms="trs_classic", region="测试省沔竹县",
            start_urls=("http://www.mianzhu.gov.test/zwgk/c104511/index.shtml",), allowed_domains=("mianzhu.gov.test",))
HOME = SITE.start_urls[0]
DEPT = "http://www.mianzhu.gov.test/zwgk/c104512/index.shtml"
TOWN = "http://www.mianzhu.gov.test/zwgk/c104513/index.shtml"


def _trs(extra: str = "") -> str:
    """The county's own 年报 list (two reports, a TRS pager) beside a left column navigation."""
    return f"""<html><head><title>县政府年报 - 沔竹县人民政府</title></head><body>
<div class="top-menu"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwgk/zcwj/">政策文件</a></div>
<div class="wrap"><div class="sidebar"><div class="side-title">政府信息公开年度报告</div>
<ul class="left-nav"><li class="on"><a href="../c104511/index.shtml">县政府年报</a></li>
<li><a href="../c104512/index.shtml">部门年报</a></li><li><a href="../c104513/index.shtml">乡镇（街道）年报</a></li>
<li><a href="../zcwj/index.shtml">政策文件</a></li><li><a href="http://www.other.gov.test/bmnb/">部门年报</a></li>{extra}</ul>
</div><div class="main"><ul class="list">
<li><a href="./202501/t20250120_771.shtml">沔竹县人民政府2024年政府信息公开工作年度报告</a><span>2025-01-20</span></li>
<li><a href="./202401/t20240122_650.shtml">沔竹县人民政府2023年政府信息公开工作年度报告</a><span>2024-01-22</span></li>
</ul><script>createPageHTML(2, 0, "index", "shtml");</script></div></div></body></html>"""


# Generic markup: tabs naming only the publishers, the current one a link to the page itself; the
# heading above them speaks of 年报.  A home page's menu naming 部门 is no such navigation.
_TABS = """<html><head><title>沔竹县</title></head><body><div class="tabs"><h4>年报公开</h4>
<a href="/nb/bj.html">本级</a><a href="/nb/bm.html">部门</a><a href="/nb/xz.html">乡镇</a></div>
<table><tr><td><a href="/art/2025/1/2/art_3_9.html">沔竹县人民政府2024年政府信息公开工作年度报告</a></td></tr></table>
</body></html>"""
_MENU = """<html><head><title>沔竹县人民政府</title></head><body><div class="nav"><a href="/">首页</a>
<a href="/bm/">部门</a><a href="/xz/">乡镇</a><a href="/zwgk/">政务公开</a></div></body></html>"""


def _spider(budget: int | None = None) -> Any:
    settings = {"GOVCRAWL_PAGE_BUDGET": budget} if budget else {}
    return TrsClassicSpider.from_crawler(get_crawler(TrsClassicSpider, settings_dict=settings),
                                         name=SITE.id, sites=[SITE])


def _parse(spider: Any, url: str, html: str, **meta: Any) -> list[ScrapyRequest]:
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": SITE, **meta}))
    return [r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]


def _nav(requests: list[ScrapyRequest]) -> list[str]:
    return [r.url for r in requests if r.meta.get("nav_list_of")]


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_a_left_nav_leads_to_other_publishers_lists() -> None:
    assert columnnav.publisher_lists(Selector(text=_trs()), HOME) == [(DEPT, "部门年报"), (TOWN, "乡镇（街道）年报")]


def test_1_bare_publisher_tabs_count_under_a_年报_heading_and_a_menu_does_not() -> None:
    here = "http://www.mianzhu.gov.test/nb/bj.html"
    assert [u for u, _n in columnnav.publisher_lists(Selector(text=_TABS), here)] == [
        "http://www.mianzhu.gov.test/nb/bm.html", "http://www.mianzhu.gov.test/nb/xz.html"]
    assert columnnav.publisher_lists(Selector(text=_MENU), "http://www.mianzhu.gov.test/zwgk/nb/") == []


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_a_page_showing_reports_follows_its_navigation_s_publisher_lists() -> None:
    requests = _parse(_spider(), HOME, _trs(), start_url=True)
    assert _nav(requests) == [DEPT, TOWN]
    followed = [r for r in requests if r.meta.get("nav_list_of")]
    assert all(r.meta["new_list"] and r.callback.__name__ == "parse_list" for r in followed)
    assert not any("zcwj" in r.url or "other.gov" in r.url for r in requests)  # 政策文件, another domain


def test_2_one_level_a_followed_list_s_navigation_is_not_followed_again() -> None:
    spider = _spider()
    dept = next(r for r in _parse(spider, HOME, _trs(), start_url=True) if r.url == DEPT)
    page = _trs('<li><a href="../c104519/index.shtml">园区部门年报</a></li>')
    assert _nav(_parse(spider, DEPT, page, **{k: v for k, v in dept.meta.items() if k != "site"})) == []


# -- 3 -----------------------------------------------------------------------------------------------
def test_3_lists_over_the_cap_are_stated() -> None:
    extra = "".join(f'<li><a href="../c2{k:04d}/index.shtml">第{k}片区乡镇年报</a></li>' for k in range(9))
    spider = _spider()
    assert len(_nav(_parse(spider, HOME, _trs(extra), start_url=True))) == columnnav.MAX_NAV_LISTS
    coverage = spider.coverage_of(SITE)
    assert any("column navigation" in why for why in coverage.lists_unread.values()) and coverage.falls_short


def test_3_lists_the_budget_refuses_or_that_do_not_answer_are_stated() -> None:
    spider = _spider(budget=1)
    requests = _parse(spider, HOME, _trs(), start_url=True)
    coverage = spider.coverage_of(SITE)
    assert any("page budget" in coverage.lists_unread.get(u, "") for u in (DEPT, TOWN) if u not in _nav(requests))
    spider = _spider()
    dept = next(r for r in _parse(spider, HOME, _trs(), start_url=True) if r.url == DEPT)
    failure = Failure(OSError("404 Not Found"))
    failure.request = dept  # type: ignore[attr-defined]
    assert dept.errback.__func__ is PortalSpider.unanswered_list  # type: ignore[union-attr]
    dept.errback(failure)
    assert "did not answer" in spider.coverage_of(SITE).lists_unread[DEPT]
