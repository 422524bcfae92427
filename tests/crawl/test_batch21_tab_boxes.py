"""Issue 12, the class of held-out round 21's tab box — written on markup unlike the batch portal's (a
TRS-like county's 年报 page):

1. a tab box whose panes are all in the page (the others hidden until their tab is clicked), each pane
   its newest rows, every row with its date beside the link ("2025/01/23"), and a pane's own "更多" to its
   full list: the pane has no heading of its own, and its rows' dates are not one (nor a pager's "1/2") — the
   box's heading is found above the panes, and the "更多" is a box list (``detect.box_lists``),
   followed as a list of the portal;
2. never silent: a "更多" of a box that shows reports and is not followed (a box list's own box: one
   level only) is a list not read in the coverage summary; a news box's "更多" is none.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.trs import TrsClassicSpider
from govcrawl.crawl import detect
from govcrawl.crawl.registry import Site

SITE = Site(id="lanxi-gov", agency="岚溪县人民政府", cms="trs_classic", region="测试省岚溪县",
            start_urls=("http://www.lanxi.gov.test/zwgk/gknb/index.shtml",), allowed_domains=("lanxi.gov.test",))
HOME = SITE.start_urls[0]


def _row(href: str, title: str, date: str) -> str:
    return f'<p class="item"><a href="{href}" target="_blank">{title}</a><em>{date.replace("-", "/")}</em></p>'


_TABS = ("<html><head><title>政府信息公开工作年度报告 - 岚溪县人民政府</title></head><body>"
         '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>'
         '<div class="nb-box"><h3 class="nb-h">年度报告</h3>'
         '<div class="tab-title"><span class="cur" onmouseover="tabs(0)">本级</span>'
         '<span onmouseover="tabs(1)">部门</span></div>'
         '<div class="tab-item">'
         + _row("./bj/202501/t20250118_5501.shtml", "岚溪县人民政府2024年政府信息公开工作年度报告", "2025-01-18")
         + _row("./bj/202401/t20240122_4410.shtml", "岚溪县人民政府2023年政府信息公开工作年度报告", "2024-01-22")
         + '</div><div class="tab-item" style="display:none">'
         + _row("./bm/202501/t20250123_5530.shtml", "岚溪县教育体育局2024年政府信息公开工作年度报告", "2025-01-23")
         + _row("./bm/202501/t20250120_5517.shtml", "岚溪县自然资源局2024年政府信息公开工作年度报告", "2025-01-20")
         + '<a class="gd" href="./bm/index.shtml">更多</a></div></div></body></html>')

# The 部门 list itself, whose side box of reports ("最新年报") has a "更多" of its own: a box list's boxes
# are not followed (one level), so that one must be stated.
_BM_LIST = ("<html><head><title>部门年报 - 岚溪县人民政府</title></head><body><ul class='list'>"
            + "".join("<li>" + _row(f"./202501/t2025012{k}_55{k}.shtml", f"岚溪县{u}2024年政府信息公开工作年度报告",
                                    f"2025-01-2{k}") + "</li>"
                      for k, u in enumerate(("教育体育局", "自然资源局", "审计局")))
            + "</ul><div class='side'><div class='side-t'>"
            + _row("/zwgk/xz/202501/t20250110_5400.shtml", "岚溪县城关镇2024年政府信息公开工作年度报告", "2025-01-10")
            + "<a href='/zwgk/xz/index.shtml'>更多&gt;&gt;</a></div></div>"
            "<div class='news'><h4>工作动态</h4><p><a href='/zwgk/dt/1.shtml'>县政府召开常务会议</a></p>"
            "<a href='/zwgk/dt/index.shtml'>更多</a></div></body></html>")


def _spider() -> Any:
    return TrsClassicSpider.from_crawler(get_crawler(TrsClassicSpider), name=SITE.id, sites=[SITE])


def _parse(spider: Any, url: str, html: str, **meta: Any) -> list[ScrapyRequest]:
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": SITE, **meta}))
    return [r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_a_hidden_pane_s_more_is_a_box_list() -> None:
    assert [u for u, _h in detect.box_lists(Selector(text=_TABS), HOME)] == [
        "http://www.lanxi.gov.test/zwgk/gknb/bm/index.shtml"]


def test_1_the_pane_s_full_list_is_followed() -> None:
    requests = _parse(_spider(), HOME, _TABS, start_url=True)
    assert "http://www.lanxi.gov.test/zwgk/gknb/bm/index.shtml" in {r.url for r in requests if r.meta.get("box_of")}


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_a_box_of_reports_whose_more_is_not_followed_is_stated() -> None:
    spider = _spider()
    box = "http://www.lanxi.gov.test/zwgk/gknb/bm/index.shtml"
    requests = _parse(spider, box, _BM_LIST, new_list=True, box_of=HOME)
    assert "http://www.lanxi.gov.test/zwgk/xz/index.shtml" not in {r.url for r in requests}
    coverage = spider.coverage_of(SITE)
    assert "http://www.lanxi.gov.test/zwgk/xz/index.shtml" in coverage.lists_unread
    assert "http://www.lanxi.gov.test/zwgk/dt/index.shtml" not in coverage.lists_unread  # a news box
    assert coverage.falls_short


def test_a_row_of_column_boxes_states_only_the_box_that_shows_reports() -> None:
    """A 政务公开 page of column boxes, each with its "更多", only one box showing reports (the others
    "暂无更新"): the empty boxes' "more" links are not boxes of reports — their nearest ancestor with
    other links is the row of boxes, which holds several "more" links — so nothing is said of them."""
    boxes = "".join(
        f'<section class="col-box"><header><b>{name}</b><a class="more" href="/col/{n}/">更多&gt;&gt;</a></header>'
        f'<ol>{rows}</ol></section>'
        for n, name, rows in (
            (31, "政府信息公开指南", "<li>暂无更新</li>"),
            (32, "政府信息公开制度", "<li>暂无更新</li>"),
            (33, "政府信息公开年报",
             '<li><a href="/art/2025/1/20/art_33_9.html">栎川县2024年政府信息公开工作年度报告</a></li>'
             '<li><a href="/art/2024/1/22/art_33_8.html">栎川县2023年政府信息公开工作年度报告</a></li>'),
        ))
    page = f'<html><body><div class="crumb"><a href="/">首页</a></div><div class="boxes">{boxes}</div></body></html>'
    mores = detect.reports_box_mores(Selector(text=page), "http://www.lichuan.gov.test/zwgk/index.html")
    assert mores == ["http://www.lichuan.gov.test/col/33/"]
