"""Batch 25, held-out: a 年报 list paged only by a "加载更多" link chain — each page links just its next
page file (the page's script appends that file's rows in place; the file is an ordinary page of the
list too), the last says it has no more.  Markup written unlike the batch's portal: an ``<a
id="loadMore">查看更多</a>``, a bare "更多" in a ``<div class="load-more">``, ``.html`` page files named
``list_N`` / ``index_N``; near misses that are no page of the list (a box's "更多>>" to another column,
the site navigation's "更多", a "查看更多" to an article).

* ``pagers.more_link`` (``pagers.recognise`` runs it): such a link to the list's own next page file —
  same directory, the page's name with a page number — is the pager's next link;
* the crawl follows the chain page by page, whichever way the list's first page was paged (the shared
  pager's generic path, or a family that schedules the pages its first page names), each page counted
  as the list's, so its declared "共 N 条" is compared with every page's entries.
"""

from __future__ import annotations

from typing import Any

import pytest
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.kaipu import KaipuSpider
from govcrawl.bases.trs import TrsClassicSpider
from govcrawl.crawl.pagers import recognise
from govcrawl.crawl.registry import Site

HOST = "http://www.hexi.gov.test"
COLUMN = HOST + "/zwgk/ndbg/"
TOTAL = 11
PER = 4


def _rows(page: int) -> str:
    rows = []
    for n in range(page * PER, min((page + 1) * PER, TOTAL)):
        year = 2024 - n
        rows.append(f'<tr><td><a href="./{year + 1}01/t{year + 1}0118_{700 + n}.html">河西区{year}年政府信息公开工作'
                    f'年度报告</a></td><td>{year + 1}-01-18</td></tr>')
    return "".join(rows)


def _page(page: int, more: str) -> str:
    """Page ``page`` (0-based) of the list: a table of rows, the count under it, and its "more" control
    (``more``: its markup, ``{href}`` the next page file's name) — on the last page, none."""
    control = more if (page + 1) * PER < TOTAL else '<div class="load-more"><span>没有更多了</span></div>'
    return ('<html><head><meta charset="utf-8"><title>年度报告_河西区人民政府</title></head><body>'
            '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/index_1.html">'
            '更多</a></div><div class="side"><div class="box-hd"><h3>部门年报</h3><a href="../bmnb/index_1.html">'
            f'更多&gt;&gt;</a></div></div><table class="nb-table" id="nbTable">{_rows(page)}</table><div '
            f'class="nb-total">共 {TOTAL} 条</div>{control}</body></html>')


BUTTON = '<p class="tc"><a id="loadMore" href="{href}" class="btn">查看更多</a></p>'
BARE = '<div class="load-more"><a href="{href}">更多</a></div>'


def test_a_load_more_link_to_the_list_s_next_page_file_is_its_next_link() -> None:
    first = _page(0, BUTTON.format(href="list_2.html"))
    pager = recognise(first, COLUMN + "list.html")
    assert pager.next_url == COLUMN + "list_2.html" and "more" in pager.kinds
    assert pager.urls == [COLUMN + "list_2.html"]  # not the box's, not the navigation's 更多
    assert pager.records == TOTAL
    # A later page names the one after it; a bare 更多 in a block marked as a control counts too.
    second = _page(1, BARE.format(href="list_3.html"))
    assert recognise(second, COLUMN + "list_2.html").next_url == COLUMN + "list_3.html"
    # From a directory's own address, its numbered page file.
    assert recognise(_page(0, BARE.format(href="index_1.html")), COLUMN).next_url == COLUMN + "index_1.html"
    # The last page: no link, no next page.
    last = recognise(_page(2, BUTTON), COLUMN + "list_3.html")
    assert last.next_url is None and last.urls == []


@pytest.mark.parametrize("control", [
    '<div class="box"><a href="../bmnb/list_2.html">查看更多</a></div>',        # another column's list
    '<div class="load-more"><a href="./202501/t20250118_700.html">查看更多</a></div>',  # an article
    '<div class="links"><a href="list_2.html">更多</a></div>',                  # bare 更多, unmarked
    '<div class="load-more"><a href="other_2.html">加载更多</a></div>',          # another file's name
    '<div class="load-more"><a href="list_7.html">加载更多</a></div>',           # not the next page
    '<div class="load-more"><a href="http://www.other.gov.test/zwgk/ndbg/list_2.html">加载更多</a></div>',
])
def test_a_more_link_that_is_no_page_of_the_list_is_no_next_link(control: str) -> None:
    pager = recognise(_page(0, control), COLUMN + "list.html")
    assert pager.next_url is None and pager.urls == [] and pager.records == TOTAL


def test_a_box_s_more_to_a_numbered_column_beside_the_page_is_no_next_link() -> None:
    """A site whose columns are numbered files in one directory (``/node/3.jspx``, ``/node/4.jspx``): a
    box's "更多" or "查看更多" to the next column's number is that column, not this page's next page."""
    boxes = ('<html><body><div class="gk-box"><div class="hd"><span>政府信息公开年报</span><a class="more" '
             'href="/node/4.jspx">更多</a></div><ul><li><a href="/info/4/101.jspx">2024年年报</a></li></ul></div>'
             '<div class="gk-box"><div class="hd"><span>政府信息公开指南</span><a href="/node/4.jspx">查看更多'
             '</a></div></div></body></html>')
    pager = recognise(boxes, HOST + "/node/3.jspx")
    assert pager.next_url is None and "more" not in pager.kinds
    # The same link marked as a loader, or saying it loads, is the list's next page file.
    for control in ('<div class="load-more"><a href="/node/4.jspx">更多</a></div>', '<a href="4.jspx">加载更多</a>'):
        page = f"<html><body>{control}</body></html>"
        assert recognise(page, HOST + "/node/3.jspx").next_url == HOST + "/node/4.jspx", control


def _crawl(spider_class: Any, cms: str, start: str, more: str, names: list[str]) -> Any:
    """Crawl the list from ``start`` answering each of its page files (``names``, in order) as the
    fixture's; the spider's coverage and the page files it asked for."""
    site = Site(id="hexi-gov", agency="河西区人民政府", cms=cms, region="测试省河西区", start_urls=(start,),
                allowed_domains=("hexi.gov.test",))
    spider = spider_class.from_crawler(get_crawler(spider_class), name=site.id, sites=[site])
    request = ScrapyRequest(start, meta={"site": site, "start_url": True})
    asked: list[str] = []
    page = 0
    while request is not None:
        href = names[page + 1] if page + 1 < len(names) else ""
        body = _page(page, more.format(href=href))
        response = HtmlResponse(request.url, body=body.encode(), encoding="utf-8", request=request)
        callback = request.callback or spider.parse_list
        out = [r for r in callback(response) if isinstance(r, ScrapyRequest)]
        pages = [r for r in out if r.url.startswith(COLUMN) and "/t20" not in r.url]
        assert sum(1 for r in out if "/t20" in r.url) == len(_rows(page).split("<tr>")) - 1  # its rows followed
        assert len(pages) <= 1
        request = pages[0] if pages else None
        if request is not None:
            asked.append(request.url)
        page += 1
    return spider.coverage_of(site), asked


@pytest.mark.parametrize(("spider_class", "cms", "start", "more", "names"), [
    # No family pager: the shared pager's generic path.
    (TrsClassicSpider, "trs_classic", COLUMN + "list.html", BUTTON, ["list.html", "list_2.html", "list_3.html"]),
    # A family that schedules the pages its first page names (the first names only the second).
    (KaipuSpider, "kaipu", COLUMN + "index.html", BARE, ["index.html", "index_1.html", "index_2.html"]),
])
def test_the_chain_is_followed_page_by_page_and_counted_as_one_list(spider_class: Any, cms: str, start: str,
                                                                     more: str, names: list[str]) -> None:
    coverage, asked = _crawl(spider_class, cms, start, more, names)
    assert asked == [COLUMN + name for name in names[1:]]
    assert coverage.lists[start].declared_records == TOTAL
    assert coverage.lists[start].entries == TOTAL
    assert not coverage.falls_short


# Batch 27: a loader control whose href is a script (``href="javascript:void(0)"``) or a ``<button>``
# keeps the page it fetches next in an attribute.
SCRIPTED = '<div class="more-wrap"><button type="button" class="btn" data-url="{href}">点击加载更多</button></div>'


def test_a_loader_control_names_its_next_page_in_an_attribute() -> None:
    assert recognise(_page(0, SCRIPTED.format(href="list_2.html")), COLUMN + "list.html").next_url == \
        COLUMN + "list_2.html"
    link = '<a class="js-more" href="javascript:void(0)" data-next="{href}">加载更多</a>'
    assert recognise(_page(1, link.format(href="list_3.html")), COLUMN + "list_2.html").next_url == \
        COLUMN + "list_3.html"
    # An attribute naming another column or an article is no page of the list.
    for href in ("../bmnb/list_2.html", "./202501/t20250118_700.html"):
        assert recognise(_page(0, SCRIPTED.format(href=href)), COLUMN + "list.html").next_url is None, href


def test_a_chain_of_scripted_loaders_is_followed_page_by_page() -> None:
    names = ["list.html", "list_2.html", "list_3.html"]
    coverage, asked = _crawl(TrsClassicSpider, "trs_classic", COLUMN + "list.html", SCRIPTED, names)
    assert asked == [COLUMN + name for name in names[1:]]
    assert coverage.lists[COLUMN + "list.html"].entries == TOTAL and not coverage.falls_short
