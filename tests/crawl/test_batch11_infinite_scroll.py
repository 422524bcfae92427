"""Lists that grow from an API that names its own next page — a class of issue 12's batch 11
(govcrawl.crawl.nextlinks):

* JSON answers that page by a link the server names (``links.next`` of a JSON:API / Laravel resource,
  DRF's ``next``, ``next_page_url``, ``paging.next``, HAL's ``_links.next.href``): their rows read, their
  declared total counted, their ``next`` followed until it is null — never a page number guessed.
"""

from __future__ import annotations

import json

from scrapy.http import HtmlResponse, TextResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.auto import AutoSpider
from govcrawl.crawl.nextlinks import json_next
from govcrawl.crawl.registry import Site

SITE = Site(id="linhe-gov", agency="临河市人民政府", cms="auto", region="测试省临河市",
            start_urls=("https://www.linhe.gov.test/xxgk/gknb",), allowed_domains=("linhe.gov.test",))
PAGE = "https://www.linhe.gov.test/xxgk/gknb"
API = "https://www.linhe.gov.test/api/articles?column=gknb&page="


def _spider() -> AutoSpider:
    return AutoSpider.from_crawler(get_crawler(AutoSpider), name=SITE.id, sites=[SITE])


def _requests(out: object) -> list[ScrapyRequest]:
    return [r for r in out if isinstance(r, ScrapyRequest)]  # type: ignore[attr-defined]


def _row(n: int) -> dict[str, object]:
    return {"id": 900 + n, "name": f"临河市{2024 - n}年政府信息公开工作年度报告",
            "link": f"https://www.linhe.gov.test/xxgk/gknb/{900 + n}.html", "created_at": f"{2025 - n}-01-30"}


def _page() -> str:
    """A Laravel/Vue-built list page: three rows in ``<li>``s, a loader naming page 2's URL and the
    total, the scrolling done by a script on a CDN (nothing of the site's own to read)."""
    rows = "".join(f'<li class="article-item"><span class="d">{r["created_at"]}</span><a href="{r["link"]}" '
                   f'target="_blank">{r["name"]}</a></li>' for r in map(_row, range(3)))
    return ('<html><head><meta charset="utf-8"><title>政府信息公开年报-临河市人民政府</title></head><body>'
            f'<h3 class="col-title">政府信息公开年报</h3><ul class="article-list">{rows}</ul>'
            f'<div class="infinite-loader text-center" data-url="{API}2" data-total="8" data-per-page="3">'
            '<i class="spinner"></i></div>'
            '<script src="https://cdn.example.test/npm/infinite-scroll@4/dist/infinite-scroll.pkgd.min.js"></script>'
            "<script>new InfiniteScroll('.article-list', {path: function () { return "
            "document.querySelector('.infinite-loader').dataset.url; }, responseBody: 'json'});</script>"
            "</body></html>")


def _answer(request: ScrapyRequest, payload: dict[str, object]) -> TextResponse:
    return TextResponse(request.url, body=json.dumps(payload, ensure_ascii=False).encode(), encoding="utf-8",
                        request=request)


def _start() -> tuple[AutoSpider, list[ScrapyRequest]]:
    spider = _spider()
    request = ScrapyRequest(PAGE, meta={"site": SITE, "start_url": True})
    html = HtmlResponse(PAGE, body=_page().encode(), encoding="utf-8", request=request)
    return spider, _requests(spider.parse_list(html))


def test_the_next_page_a_json_answer_names_in_each_common_shape() -> None:
    base = "https://api.x.gov.test/v1/nb/?limit=5"
    shapes = {
        "drf": ({"count": 12, "next": "https://api.x.gov.test/v1/nb/?limit=5&offset=5", "previous": None,
                 "results": []}, "https://api.x.gov.test/v1/nb/?limit=5&offset=5"),
        "laravel": ({"data": [], "next_page_url": "/v1/nb?page=2"}, "https://api.x.gov.test/v1/nb?page=2"),
        "graph": ({"data": [], "paging": {"cursors": {"after": "QVFI"}, "next": "https://api.x.gov.test/v1/nb?after=QVFI"}},
                  "https://api.x.gov.test/v1/nb?after=QVFI"),
        "hal": ({"_embedded": {"items": []}, "_links": {"next": {"href": "?page=2"}}},
                "https://api.x.gov.test/v1/nb/?page=2"),
    }
    for name, (payload, expected) in shapes.items():
        assert json_next(json.dumps(payload), base) == expected, name
    # Not a next page: a number, a flag, the end of the list, an article's neighbour inside the rows.
    assert json_next('{"next": 2, "hasNext": true, "results": []}', base) is None
    assert json_next('{"count": 1, "next": null, "results": []}', base) is None
    assert json_next('{"results": [{"title": "年报", "next": "/v1/nb/8/"}]}', base) is None
    assert json_next("<html></html>", base) is None


def test_a_script_s_list_whose_answers_declare_no_count_but_name_their_next_page_is_followed() -> None:
    spider = _spider()
    page = ('<html><body><h3>政府信息公开年报</h3><ul id="list"></ul><script>var p = 1;'
            "function load() { $.getJSON('/v1/nb/list', {channel: 'gknb', page: p}, render); } load();"
            "</script></body></html>")
    request = ScrapyRequest(PAGE, meta={"site": SITE, "start_url": True})
    out = _requests(spider.parse_list(HtmlResponse(PAGE, body=page.encode(), encoding="utf-8", request=request)))
    (first,) = [r for r in out if "/v1/nb/list" in r.url]
    assert first.url == "https://www.linhe.gov.test/v1/nb/list?channel=gknb&page=1"
    answer = {"data": [_row(n) for n in range(3)], "next_page_url": "/v1/nb/list?channel=gknb&page=2"}
    (second,) = [r for r in _requests(first.callback(_answer(first, answer))) if "/v1/nb/list" in r.url]
    assert second.url == "https://www.linhe.gov.test/v1/nb/list?channel=gknb&page=2"
    end = {"data": [_row(3)], "next_page_url": None}
    assert not [r for r in _requests(second.callback(_answer(second, end))) if "/v1/nb/list" in r.url]
    assert spider.coverage_of(SITE).lists[first.url].entries == 4
