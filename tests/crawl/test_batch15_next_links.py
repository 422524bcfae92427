"""Issue 12, held-out round 15: a list whose next page is named only by relation, a report file behind
a download endpoint's query, and an offset pager's link back to its first page.  Each class on markup
written unlike the batch's portal (another site of the kind):

1. A server-rendered SPA list (Vue + Element-UI) whose pager is buttons without links: the next page
   is named only by ``<link rel="next" href="…">`` in the head (or an ``<a rel="next">`` icon) — that
   is the pager's next link, followed page by page as one list (its hops counted; a chain past
   ``pagers.MAX_DECLARED_PAGES`` is cut and stated).
2. A RuoYi-style download endpoint: the file's name is a query parameter, not the last one
   (``/dev-api/common/download?fileName=….docx&delete=false``) — an attachment, on a stub page as in
   a list's entry.
3. ``?offset=0`` / ``?start=0`` linked from a later page of an offset-paged list is its first page.
"""

from __future__ import annotations

from scrapy.http import HtmlResponse, TextResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.auto import GenericSpider
from govcrawl.crawl import pagers
from govcrawl.crawl.classify import is_attachment_url
from govcrawl.crawl.coverage import coverage_lines
from govcrawl.crawl.registry import Site

_HOST = "http://www.lanshan.gov.test"
_LIST = _HOST + "/xxgk/nb"


def _page(rows: list[tuple[int, str]], head: str, total: int = 7) -> str:
    cards = "".join(f'<li class="art-row"><router-link-stub></router-link-stub><a href="/xxgk/nb/detail/{n}" '
                    f'class="art-title">{title}</a><em class="art-date">2025-01-{10 + n % 9:02d}</em></li>'
                    for n, title in rows)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告</title>{head}'
            '<link rel="stylesheet" href="/static/css/app.css"></head><body><div id="app" data-v-app="">'
            '<div class="crumbs"><a href="/">首页</a> &gt; <a href="/xxgk">信息公开</a> &gt; 年度报告</div>'
            f'<ul class="art-list">{cards}</ul><div class="el-pagination"><span class="el-pagination__total">'
            f'共 {total} 条</span><button class="btn-prev" disabled></button><ul class="el-pager"><li class="'
            'number active">1</li><li class="number">2</li></ul><button class="btn-next"></button></div></div>'
            '<script src="/static/js/chunk-vendors.js"></script></body></html>')


_PAGE_1 = _page([(41, "岚山区2024年政府信息公开工作年度报告"), (40, "岚山区教育局2024年政府信息公开工作年度报告"),
                 (38, "岚山区2024年国民经济和社会发展统计公报"), (36, "岚山区2023年政府信息公开工作年度报告")],
                '<link rel="next" href="/xxgk/nb?page=2">')
_PAGE_2 = _page([(30, "岚山区2022年政府信息公开工作年度报告"), (29, "岚山区2021年政府信息公开工作年度报告"),
                 (27, "岚山区2020年政府信息公开工作年度报告")], '<link rel="prev" href="/xxgk/nb">')


def _spider() -> tuple[GenericSpider, Site]:
    site = Site(id="lanshan-gov", agency="岚山区人民政府", cms="generic", region="测试省岚山区", start_urls=(_LIST,),
                allowed_domains=("lanshan.gov.test",))
    return GenericSpider.from_crawler(get_crawler(GenericSpider), name=site.id, sites=[site]), site


def _response(url: str, html: str, meta: dict[str, object]) -> HtmlResponse:
    return HtmlResponse(url, body=html.encode(), encoding="utf-8", request=ScrapyRequest(url, meta=meta))


def _list_pages(out: list[object]) -> list[ScrapyRequest]:
    return [r for r in out if isinstance(r, ScrapyRequest) and r.callback.__name__ == "parse_list"]


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_a_head_link_rel_next_is_the_pagers_next_link() -> None:
    pager = pagers.recognise(_PAGE_1, _LIST)
    assert pager.next_url == _LIST + "?page=2" and pager.urls == [_LIST + "?page=2"]
    assert "rel_next" in pager.kinds and pager.records == 7
    assert pagers.recognise(_PAGE_2, _LIST + "?page=2").urls == []  # rel="prev" is not the next page


def test_1_an_icon_link_rel_next_whatever_its_text() -> None:
    page = ('<div class="list"><a href="/a/1">2023年度报告</a></div><div class="paging"><a rel="prev" href="?p=1">'
            '<i class="icon-left"></i></a><a class="arrow" rel="nofollow next" href="?p=3"><i class="icon-right">'
            '</i></a></div>')
    pager = pagers.recognise(page, _LIST + "?p=2")
    assert pager.next_url == _LIST + "?p=3" and _LIST + "?p=3" in pager.urls


def test_1_the_generic_path_follows_the_chain_as_one_list_and_harvests_it_all() -> None:
    spider, site = _spider()
    first = _response(_LIST, _PAGE_1, {"site": site, "start_url": True})
    (second_request,) = _list_pages(list(spider.parse_list(first)))
    assert second_request.url == _LIST + "?page=2"
    assert second_request.meta["list_url"] == _LIST and second_request.meta["next_hop"] == 1
    second = _response(second_request.url, _PAGE_2, dict(second_request.meta))
    out = list(spider.parse_list(second))
    assert _list_pages(out) == []  # no next page named: the chain ends
    assert {r.url for r in out if isinstance(r, ScrapyRequest)} >= {_HOST + "/xxgk/nb/detail/30",
                                                                     _HOST + "/xxgk/nb/detail/27"}
    assert not any("SHORT" in line for line in coverage_lines({site.id: spider.coverage_of(site)}))


def test_1_a_chain_longer_than_the_cap_is_cut_and_stated() -> None:
    spider, site = _spider()
    page = _page([(9, "岚山区2019年政府信息公开工作年度报告")], '<link rel="next" href="/xxgk/nb?page=10001">',
                 total=40_000)
    meta = {"site": site, "list_url": _LIST, "paged_by": "generic", "next_hop": pagers.MAX_DECLARED_PAGES}
    assert _list_pages(list(spider.parse_list(_response(_LIST + "?page=10000", page, meta)))) == []
    lines = coverage_lines({site.id: spider.coverage_of(site)})
    assert any("next page" in line and "?page=10001" in line for line in lines)


# -- 2 -----------------------------------------------------------------------------------------------
_DOWNLOAD = _HOST + "/dev-api/common/download?fileName=2022%E5%B9%B4%E6%8A%A5_1674.docx&delete=false"


def test_2_a_file_named_by_a_query_parameter_not_the_last_is_an_attachment() -> None:
    assert is_attachment_url(_DOWNLOAD)
    assert is_attachment_url("/upload/2024/nb.pdf#page=2")
    assert not is_attachment_url(_HOST + "/dev-api/common/download?fileName=nb_docx&delete=false")
    assert not is_attachment_url(_LIST + "?page=2&type=pdf")


def test_2_a_stub_pages_download_link_without_a_file_name_in_its_text_is_followed() -> None:
    spider, site = _spider()
    stub = ('<html><body><div class="article"><h1>岚山区2022年政府信息公开工作年度报告</h1>'
            '<div class="article-content">'
            f'<p>详见附件。</p><p>附件：<a href="{_DOWNLOAD}">点击下载</a></p></div></div></body></html>')
    response = _response(_HOST + "/xxgk/nb/detail/33", stub, {"site": site})
    out = list(spider.parse_report_page(response, "岚山区2022年政府信息公开工作年度报告"))
    assert [r.url for r in out if isinstance(r, ScrapyRequest)] == [_DOWNLOAD]


def test_2_a_list_entry_to_the_endpoint_is_read_as_the_file() -> None:
    spider, site = _spider()
    page = f'<ul class="art-list"><li><a href="{_DOWNLOAD}">岚山区2022年政府信息公开工作年度报告</a></li></ul>'
    request = spider.follow_report(_response(_LIST, page, {"site": site}), _DOWNLOAD,
                                   "岚山区2022年政府信息公开工作年度报告")
    assert request is not None and request.callback == spider.parse_attachment


# -- 3 -----------------------------------------------------------------------------------------------
def test_3_an_offset_of_0_is_the_first_page_itself() -> None:
    first = _HOST + "/channel/list.do?cid=12"
    assert pagers.first_page_alias(first + "&offset=0", first)
    assert pagers.first_page_alias(_HOST + "/channel/list.do?start=0&cid=12", first)
    assert not pagers.first_page_alias(first + "&offset=10", first)
    assert not pagers.first_page_alias(first + "&type=0", first)  # not an offset
    assert not pagers.first_page_alias(first + "&page=0", first)  # a page number 0 is not said here


def test_3_a_later_page_does_not_request_its_link_back_to_offset_0() -> None:
    spider, site = _spider()
    first = _HOST + "/channel/list.do?cid=12"
    page = ('<ul class="list"><li><a href="/art/7">岚山区2021年政府信息公开工作年度报告</a></li></ul><div class="page">'
            '<a href="list.do?cid=12&offset=0">首页</a><a href="list.do?cid=12&offset=0">1</a><span>2</span>'
            '<a href="list.do?cid=12&offset=20">3</a><a href="list.do?cid=12&offset=20">下一页</a></div>')
    meta = {"site": site, "list_url": first, "paged_by": "generic"}
    later = _response(first + "&offset=10", page, meta)
    assert isinstance(later, TextResponse)
    assert [r.url for r in _list_pages(list(spider.parse_list(later)))] == [first + "&offset=20"]
