"""Batch 19: a legacy list paged by a row offset, not a page number.

Java list pages built on a pager taglib (``pager.offset=10``), Hibernate-era actions
(``firstResult=20``) and many ASP/PHP lists (``start=10``) link their later pages by the row the
page starts at: page 2 is offset = page size, page 3 twice it.  Their pager prints its links in
brackets (``[下一页]``, ``【尾页】``).  Before, the shared link reader did not see a bracketed
下一页 / 尾页, so the legacy family found no page parameter, guessed ``pageNo=N`` onto the list's URL
— a parameter the page names nowhere — and the server answered page 1 again: the list fell short.
Now bracketed pager links are pager links, an offset parameter steps by the page size the first
page links (one vocabulary of offset names: ``pagers.is_offset_name``, shared with the script-list
reader), and a list that names no page parameter is never given a guessed one.

The markup here is a JSP list of another kind than the batch's Struts fixture: lower-case ``<ul>``
rows, ``start=`` offsets, ``【…】`` links, a page size of 8."""

from __future__ import annotations

from typing import Any

from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.legacy import GkmlActionSpider
from govcrawl.crawl import pagers
from govcrawl.crawl.registry import Site
from govcrawl.crawl.scriptlists import script_lists

HOST = "http://xxgk.lanxi.gov.test"
FIRST = f"{HOST}/gk/infoList.jsp?channelId=2207"
SITE = Site(id="lanxi-xxgk", agency="岚溪县人民政府", cms="gkml_action", region="测试省岚溪县", start_urls=(FIRST,),
            allowed_domains=("lanxi.gov.test",))
PER, TOTAL = 8, 19


def _page(start: int, pager: bool = True) -> str:
    rows = "".join(f'<li><a href="infoView.jsp?id={7100 + i}">岚溪县{2024 - i}年政府信息公开工作年度报告</a>'
                   f'<span>{2025 - i}-1-2{i % 9}</span></li>' for i in range(start, min(start + PER, TOTAL)))

    def link(off: int, text: str) -> str:
        return f'<a href="infoList.jsp?channelId=2207&start={off}">【{text}】</a>'

    last = (TOTAL - 1) // PER * PER
    nav = (f'{link(0, "首页")} {link(start - PER, "上一页")}' if start else "【首页】 【上一页】") + " " + (
        f'{link(start + PER, "下一页")} {link(last, "尾页")}' if start + PER < TOTAL else "【下一页】 【尾页】")
    counts = f'<div class="fy">共{TOTAL}条 每页{PER}条 第{start // PER + 1}/{-(-TOTAL // PER)}页 {nav}</div>'
    return ('<html><head><meta charset="gb2312"><title>年度报告</title></head><body><div class="infolist"><ul>'
            f'{rows}</ul>{counts if pager else f"<p>共{TOTAL}条</p>"}</div></body></html>')


def _response(url: str, html: str) -> HtmlResponse:
    return HtmlResponse(url, body=html.encode("gbk"), headers={"Content-Type": "text/html"},
                        request=ScrapyRequest(url, meta={"site": SITE, "start_url": True}))


def _spider() -> Any:
    return GkmlActionSpider.from_crawler(get_crawler(GkmlActionSpider), name=SITE.id, sites=[SITE])


def _lists(html: str, url: str = FIRST) -> list[str]:
    return [r.url for r in _spider().parse_list(_response(url, html))
            if getattr(r, "callback", None) is not None and r.callback.__name__ == "parse_list"]


def test_bracketed_pager_links_are_pager_links_and_their_offset_is_the_page_parameter() -> None:
    response = _response(FIRST, _page(0))
    pager = pagers.recognise(response.text, FIRST, "gb18030")
    assert pager.next_url == f"{FIRST}&start=8" and f"{FIRST}&start=16" in pager.urls
    assert pager.pages == 3 and pager.records == TOTAL
    assert pagers.link_page_parameter(response.selector, FIRST, "gb18030") == "start"


def test_the_legacy_family_steps_an_offset_by_the_page_size_its_first_page_links() -> None:
    assert _lists(_page(0)) == [f"{FIRST}&start=8", f"{FIRST}&start=16"]
    later = _response(f"{FIRST}&start=8", _page(8))
    assert list(_spider().next_pages(later)) == []  # later pages were scheduled by the first


def test_offset_names_are_one_vocabulary() -> None:
    for name in ("pager.offset", "start", "startRow", "start_row", "firstResult", "beginIndex", "limitstart",
                 "iDisplayStart", "page.start"):
        assert pagers.is_offset_name(name), name
    for name in ("page", "pageNo", "pager.page", "startDate", "offsetTop", "id"):
        assert not pagers.is_offset_name(name), name
    # A script's JSON request that names a batch offset is a page of a longer list, not the whole one.
    assert script_lists(["$.getJSON('/gk/api/list.json?channelId=2207&startRow=8', render);"], FIRST) == []
    assert script_lists(["$.getJSON('/gk/api/list.json?channelId=2207', render);"], FIRST)
    assert pagers.first_page_alias(f"{FIRST}&pager.offset=0", FIRST)


def test_a_list_that_names_no_page_parameter_is_not_given_a_guessed_one() -> None:
    assert _lists(_page(0, pager=False)) == []
