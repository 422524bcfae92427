"""Lists that grow by infinite scroll from an API that names its own next page — the classes of issue
12's batch 11 (govcrawl.crawl.loadmore.load_more, govcrawl.crawl.nextlinks):

* a scroll sentinel or loader (its class or id says so) naming the next batch's URL and the list's
  total in data attributes (``data-url``/``data-next`` + ``data-total``/``data-count``), watched by a
  script that makes no request the crawler can read (``fetch(el.dataset.url)``): the total is the
  list's, so a miss is stated, and the named URL is requested as that list's next page;
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
from govcrawl.crawl.loadmore import load_more
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


def test_a_scroll_loader_s_named_url_is_requested_and_its_answers_next_links_followed() -> None:
    spider, out = _start()
    coverage = spider.coverage_of(SITE)
    assert coverage.lists[PAGE].declared_records == 8 and coverage.lists[PAGE].entries == 3
    (second,) = [r for r in out if r.url.startswith(API)]
    assert second.url == API + "2"
    # A Laravel API resource: rows under ``data``, the next page under ``links``, the total under ``meta``.
    third_url = API + "3"
    answer = {"data": [_row(n) for n in range(3, 6)], "links": {"first": API + "1", "prev": API + "1",
                                                               "next": third_url, "last": API + "3"},
              "meta": {"current_page": 2, "per_page": 3, "total": 8}}
    later = _requests(second.callback(_answer(second, answer)))
    assert sorted(r.url for r in later if "/xxgk/gknb/" in r.url) == [_row(n)["link"] for n in range(3, 6)]
    (third,) = [r for r in later if r.url.startswith(API)]
    assert third.url == third_url
    last = {"data": [_row(n) for n in range(6, 8)], "links": {"next": None}, "meta": {"total": 8}}
    assert not [r for r in _requests(third.callback(_answer(third, last))) if r.url.startswith(API)]
    assert coverage.lists[PAGE].entries == 8 and coverage.lists[PAGE].shortfall() is None


def test_a_scroll_list_whose_next_page_does_not_answer_states_its_shortfall() -> None:
    spider, out = _start()
    coverage = spider.coverage_of(SITE)
    (second,) = [r for r in out if r.url.startswith(API)]
    # The named page answers, names page 3, and page 3 never answers (no callback is run for it).
    list(second.callback(_answer(second, {"data": [_row(n) for n in range(3, 6)], "links": {"next": API + "3"}})))
    assert coverage.lists[PAGE].shortfall() == "6 of 8 declared entries"
    assert coverage.falls_short


def test_a_loader_is_known_by_its_class_or_id_and_names_a_url_not_a_page_number() -> None:
    from parsel import Selector

    found = load_more(Selector('<div id="scroll-sentinel" data-next="/api/nb/?limit=4&amp;offset=4" data-count="9">'
                               "</div>"), "http://www.x.gov.test/nb/")
    assert found is not None and (found.total, found.url) == (9, "http://www.x.gov.test/api/nb/?limit=4&offset=4")
    # A pager's "next" that is a page number is not a URL to request; a ticker's scroll box is no loader.
    numbered = load_more(Selector('<div class="loader" data-next="2" data-total="30"></div>'), "http://x.test/")
    assert numbered is not None and numbered.url is None
    assert load_more(Selector('<div class="scroll-box" data-total="5"><marquee>通知</marquee></div>')) is None


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


def test_a_sentinel_whose_own_script_file_makes_no_readable_request_has_its_named_url_requested() -> None:
    spider = _spider()
    page = _page().replace('<div class="infinite-loader text-center" data-url=', '<p id="sentinel" data-next=')
    page = page.replace("</div><script", '</p><script src="/js/gknb.js"></script><script', 1)
    request = ScrapyRequest(PAGE, meta={"site": SITE, "start_url": True})
    out = _requests(spider.parse_list(HtmlResponse(PAGE, body=page.encode(), encoding="utf-8", request=request)))
    (script,) = [r for r in out if r.url.endswith("/js/gknb.js")]
    assert not [r for r in out if r.url.startswith(API)]  # the page's own script is read first
    text = "new IntersectionObserver(function () { fetch(s.dataset.next).then(r => r.json()).then(add); })"
    later = _requests(script.callback(TextResponse(script.url, body=text.encode(), encoding="utf-8", request=script)))
    assert [r.url for r in later] == [API + "2"]
    assert spider.coverage_of(SITE).lists[PAGE].declared_records == 8


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
