"""Lists a page's scripts fill from a JSON API — the classes of issue 12's batch 9 (govcrawl.crawl.scriptlists):

* a list API named in a config object literal (``const pageConf = {url: …, catalogId: …}``) that a
  script *file* of the page calls (``$.get(pageConf.url, {catalogId: pageConf.catalogId, curPage: p})``):
  the page's own script files are read (not libraries, bounded), the config's members resolved;
* a list that grows by a "加载更多"/"查看更多" control declaring its records (``data-count``) and the
  JSON it fetches (``data-url`` read by the script as ``$(this).data('url')``, or ``el.dataset.src``):
  its later pages read as the same list, and its declared total counted — a miss is stated;
* a query parameter inside a URL string (``'?pn=' + pn``) is not an assignment of that name.
"""

from __future__ import annotations

import json

from scrapy.http import HtmlResponse, TextResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.base import PortalSpider
from govcrawl.bases.vsb import VsbSpider
from govcrawl.crawl.registry import Site
from govcrawl.crawl.scriptlists import script_lists

SITE = Site(id="beiyuan-gov", agency="北塬县人民政府", cms="vsb", region="测试省北塬县",
            start_urls=("https://gk.beiyuan.gov.test/gknb/list.htm",), allowed_domains=("beiyuan.gov.test",))
PAGE = "https://gk.beiyuan.gov.test/gknb/list.htm"
REPORT = "北塬县2023年政府信息公开工作年度报告"


def _spider() -> PortalSpider:
    return VsbSpider.from_crawler(get_crawler(VsbSpider), name=SITE.id, sites=[SITE])


def _html(url: str, html: str, request: ScrapyRequest | None = None) -> HtmlResponse:
    request = request or ScrapyRequest(url, meta={"site": SITE, "start_url": True})
    return HtmlResponse(url, body=html.encode(), encoding="utf-8", request=request)


def _text(request: ScrapyRequest, body: str) -> TextResponse:
    return TextResponse(request.url, body=body.encode(), encoding="utf-8", request=request)


def _requests(out: object) -> list[ScrapyRequest]:
    return [r for r in out if isinstance(r, ScrapyRequest)]  # type: ignore[attr-defined]


SHELL = ('<html><head><script src="/res/js/jquery-3.6.0.min.js"></script></head><body><div class="pos">年度报告'
         '</div><div id="docs"></div><script>const pageConf = {url: "/interface/doc/list", catalogId: "8812", '
         'rows: 4};</script><script src="/res/js/gknb-list.js?v=3"></script>'
         '<script src="https://tongji.example.test/t.js"></script></body></html>')
LIST_FILE = """(function () {
  function show(p) {
    $.get(pageConf.url, {catalogId: pageConf.catalogId, curPage: p, rows: pageConf.rows}, function (res) {
      render(res.rows); });
  }
  show(1);
})();"""


def test_a_config_object_s_api_called_from_the_page_s_script_file_is_read_and_paged() -> None:
    spider = _spider()
    coverage = spider.coverage_of(SITE)
    (script,) = _requests(spider.parse_list(_html(PAGE, SHELL)))  # the site's file, not jQuery, not a counter's
    assert script.url == "https://gk.beiyuan.gov.test/res/js/gknb-list.js?v=3"
    (first,) = _requests(script.callback(_text(script, LIST_FILE)))
    assert first.url == "https://gk.beiyuan.gov.test/interface/doc/list?catalogId=8812&curPage=1&rows=4"
    answer = {"rows": [{"docTitle": REPORT, "docUrl": "/gknb/2024/0125/c31a.htm"},
                       {"docTitle": "北塬县2023年国民经济和社会发展统计公报", "docUrl": "/gknb/2024/0320/c31b.htm"}],
              "recordCount": 10}
    out = _requests(first.callback(_text(first, json.dumps(answer, ensure_ascii=False))))
    assert [r.url for r in out if "c31a" in r.url] == ["https://gk.beiyuan.gov.test/gknb/2024/0125/c31a.htm"]
    assert sorted(r.url for r in out if "curPage" in r.url) == [
        f"https://gk.beiyuan.gov.test/interface/doc/list?catalogId=8812&curPage={n}&rows=4" for n in (2, 3)]
    assert coverage.lists[first.url].declared_records == 10
    # Another list page of the portal loading the same file: read from the file already fetched.
    other = "https://gk.beiyuan.gov.test/gknb/bm/list.htm"
    (again,) = _requests(spider.parse_list(_html(other, SHELL.replace("8812", "8813"))))
    assert again.url == "https://gk.beiyuan.gov.test/interface/doc/list?catalogId=8813&curPage=1&rows=4"


def _more_page(script: str) -> str:
    rows = "".join(f'<p class="row"><a href="/gknb/{n}.htm">北塬县{2024 - n}年政府信息公开工作年度报告</a>'
                   f"<em>{2025 - n}-01-20</em></p>" for n in range(4))
    return (f'<html><body><div class="rows">{rows}</div><a class="btn-more" href="javascript:void(0)" '
            f'data-url="/gknb/more.json" data-limit="4" data-count="9" data-current="1">查看更多 ↓</a>'
            f"<script>{script}</script></body></html>")


MORE_SCRIPT = """var cur = 1;
$('.btn-more').on('click', function () {
  $.getJSON($(this).data('url'), {pageIndex: ++cur, limit: $(this).data('limit')}, function (d) { add(d.items); });
});"""


def test_a_load_more_list_is_paged_to_its_declared_count_as_one_list() -> None:
    spider = _spider()
    coverage = spider.coverage_of(SITE)
    out = _requests(spider.parse_list(_html(PAGE, _more_page(MORE_SCRIPT))))
    later = [r for r in out if "more.json" in r.url]
    assert [r.url for r in later] == [f"https://gk.beiyuan.gov.test/gknb/more.json?pageIndex={n}&limit=4"
                                      for n in (2, 3)]
    assert coverage.lists[PAGE].declared_records == 9 and coverage.lists[PAGE].entries == 4
    items = [{"name": f"北塬县{2020 - n}年政府信息公开工作年度报告", "href": f"/gknb/{n + 4}.htm"} for n in range(4)]
    _requests(later[0].callback(_text(later[0], json.dumps({"items": items}, ensure_ascii=False))))
    _requests(later[1].callback(_text(later[1], json.dumps({"items": items[:1]}, ensure_ascii=False))))
    assert coverage.lists[PAGE].entries == 9 and coverage.lists[PAGE].shortfall() is None


def test_a_load_more_list_whose_request_is_not_read_states_its_shortfall() -> None:
    spider = _spider()
    coverage = spider.coverage_of(SITE)
    # The click handler reads a field the page fills at run time: nothing is guessed, the count stands.
    unreadable = "$('.btn-more').click(function () { $.getJSON(api(), {pageIndex: ++cur}, add); });"
    _requests(spider.parse_list(_html(PAGE, _more_page(unreadable))))
    assert coverage.lists[PAGE].shortfall() == "4 of 9 declared entries"
    assert coverage.falls_short


def test_a_query_parameter_in_a_url_string_is_not_a_variable_of_that_name() -> None:
    (found,) = script_lists(["function more(pn) { fetch('/gknb/rows.json?pn=' + pn + '&ps=8').then(draw); }"], PAGE)
    assert found.page_key == "pn"
    assert found.url(3) == "https://gk.beiyuan.gov.test/gknb/rows.json?pn=3&ps=8"
