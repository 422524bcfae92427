"""Issue 12, held-out round 16: a list whose first page is in the HTML and whose "加载更多" control
fetches the next batches as static numbered JSON files the CMS publishes beside the page — the
script naming the files around a counter it sets from each answer (``cur = ret.data.currentPage``),
not one it steps.  Markup written unlike the batch's portal (another site of the kind: the file
prefix and the first page in the control's data attributes, an ``$.ajax`` call, the page number
nested in the answer's ``data``):

* the files are the script's: its URL expression with the counter at its start for the first
  click, then at the number each answer gives (``morepages``; the names read from the script or
  the control's data attributes) — requested while the list has not harvested what it declares;
  an answer that gives no such number stops the chain, stated;
* a URL expression that is not read whole (``'nbdata_' + (page + 1) + '.json'`` read as far as
  ``'nbdata_'``) is no request (``scriptlists``): before, a bogus ``…/nbdata_`` was asked for.
"""

from __future__ import annotations

import json

from parsel import Selector
from scrapy.http import HtmlResponse, TextResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.trs import TrsHaiyunSpider
from govcrawl.crawl import morepages, scriptlists
from govcrawl.crawl.registry import Site

COLUMN = "https://www.lishui.gov.test/col/col1229/"
DATA = "https://www.lishui.gov.test/col/col1229/data/"
SITE = Site(id="lishui-gov", agency="漓水县人民政府", cms="trs_haiyun", region="测试省漓水县",
            start_urls=(COLUMN + "index.html",), allowed_domains=("lishui.gov.test",))
UNITS = ("漓水县人民政府", "漓水县审计局", "漓水县林业局", "漓水县漓江镇人民政府")
SIZE, TOTAL = 4, 10


def _entry(n: int) -> tuple[str, str]:
    unit = UNITS[n % len(UNITS)]
    year = 2024 - n // len(UNITS)
    return f"/art/{year + 1}/1/2{n}/art_1229_{5100 + n}.html", f"{unit}{year}年政府信息公开工作年度报告"


SCRIPT = """var $more = $('#nb-more'), cur = parseInt($more.data('page'), 10), api = $more.data('src');
$more.on('click', function () {
  $.ajax({
    url: api + (cur + 1) + '.json',
    dataType: 'json',
    success: function (ret) {
      cur = ret.data.currentPage;
      $.each(ret.data.list, function (i, o) {
        $('#nb-ul').append('<li><a href="' + o.link + '">' + o.name + '</a></li>');
      });
      if (cur >= ret.data.totalPage) { $more.remove(); }
    }
  });
});"""


def _page(script: str = SCRIPT) -> str:
    rows = "".join(f'<li><a href="{href}" target="_blank">{title}</a><b>2025-01-2{n}</b></li>'
                   for n, (href, title) in ((n, _entry(n)) for n in range(SIZE)))
    return ('<html><head><meta charset="utf-8"><title>政府信息公开年度报告 漓水县人民政府</title>'
            '<script src="/js/jquery-1.12.4.min.js"></script></head><body><div class="crumb">首页 &gt; 政府信息公开'
            f' &gt; 年度报告</div><ul id="nb-ul">{rows}</ul><div class="more-wrap"><span class="nb-more" id="nb-more"'
            f' data-src="./data/nb_" data-page="1" data-count="{TOTAL}">查看更多</span></div>'
            f'<script>{script}</script></body></html>')


def _answer(page: int, with_number: bool = True) -> str:
    first = (page - 1) * SIZE
    items = [{"name": title, "link": href, "time": "2025-01-20"}
             for href, title in (_entry(n) for n in range(first, min(first + SIZE, TOTAL)))]
    data: dict[str, object] = {"totalPage": 3, "totalCount": TOTAL, "list": items}
    if with_number:
        data["currentPage"] = page
    return json.dumps({"code": 0, "data": data}, ensure_ascii=False)


def _start(page: str) -> tuple[TrsHaiyunSpider, list[ScrapyRequest]]:
    spider = TrsHaiyunSpider.from_crawler(get_crawler(TrsHaiyunSpider), name=SITE.id, sites=[SITE])
    url = SITE.start_urls[0]
    response = HtmlResponse(url, body=page.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": SITE, "start_url": True}))
    return spider, [r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]


def _reply(request: ScrapyRequest, body: str) -> list[ScrapyRequest]:
    response = TextResponse(request.url, body=body.encode(), encoding="utf-8", request=request)
    return [r for r in request.callback(response) if isinstance(r, ScrapyRequest)]


def _files(requests: list[ScrapyRequest]) -> list[str]:
    return [r.url for r in requests if r.url.startswith(DATA)]


def test_the_counter_the_answer_sets_names_the_next_file() -> None:
    rule = morepages.counter_fetch(Selector(_page()), SITE.start_urls[0])
    assert rule is not None and rule.answer == ("data", "currentPage")
    assert rule.url(1) == DATA + "nb_2.json"
    assert rule.url(2, _answer(2)) == DATA + "nb_3.json"  # the number the last answer gives
    assert rule.url(2, _answer(2, with_number=False)) is None  # no number given: no file guessed


def test_the_json_files_are_read_until_the_declared_count_is_harvested() -> None:
    spider, out = _start(_page())
    key = SITE.start_urls[0]
    assert _files(out) == [DATA + "nb_2.json"]
    later = _reply(next(r for r in out if r.url == DATA + "nb_2.json"), _answer(2))
    assert sum(1 for r in later if "/art/" in r.url) == SIZE  # its entries' reports followed
    assert _files(later) == [DATA + "nb_3.json"]
    last = _reply(next(r for r in later if r.url == DATA + "nb_3.json"), _answer(3))
    assert _files(last) == []  # 10 of 10: no nb_4 asked for
    coverage = spider.coverage_of(SITE)
    assert coverage.lists[key].entries == TOTAL and not coverage.falls_short


def test_an_answer_without_the_counter_s_number_is_stated() -> None:
    spider, out = _start(_page())
    later = _reply(next(r for r in out if r.url == DATA + "nb_2.json"), _answer(2, with_number=False))
    assert _files(later) == []
    coverage = spider.coverage_of(SITE)
    assert "data.currentPage" in coverage.lists_unread[SITE.start_urls[0]] and coverage.falls_short


def test_a_url_expression_not_read_whole_is_no_request() -> None:
    script = "var p = 1; $('#m').click(function () { $.getJSON('nbdata_' + (p + 1) + '.json', function (r) {}); });"
    assert scriptlists.script_lists([script], COLUMN + "index.html") == []
    ajax = "$.ajax({url: api + (cur + 1) + '.json', dataType: 'json'});"
    assert scriptlists.script_lists([f"var api = '/d/nb_'; {ajax}"], COLUMN + "index.html") == []
    # Read whole, a document's URL still is one.
    whole = "$.getJSON('/col/col1229/data/units.json', function (r) {});"
    assert [s.url(1) for s in scriptlists.script_lists([whole], COLUMN + "index.html")] == [
        "https://www.lishui.gov.test/col/col1229/data/units.json"]


def test_a_stepped_counter_is_still_the_script_s_step() -> None:
    stepped = SCRIPT.replace("cur = ret.data.currentPage;", "").replace("url: api + (cur + 1)", "url: api + (++cur)")
    rule = morepages.counter_fetch(Selector(_page(stepped)), SITE.start_urls[0])
    assert rule is not None and rule.answer == ()
    assert [rule.url(n) for n in (1, 2)] == [DATA + "nb_2.json", DATA + "nb_3.json"]
