"""Batch 20: a list whose first page is in the HTML and whose later pages a script fetches as JSON,
the request's URL built in a statement of its own (``var link = base + '&pageIndex=' + n``) or by a
template literal (`` `${nav.dataset.api}?cat=${nav.dataset.cat}&curPage=${p}` ``), from data attributes
of the pager element (not of a button) — read as a browser would, from what the page and script say;
the answers' entries counted against the declared total, a shortfall stated."""

from __future__ import annotations

import json

from govcrawl.crawl.loadmore import page_data
from govcrawl.crawl.scriptlists import script_lists

PAGE = "http://www.lanxi.gov.test/zwgk/xxgkml/gzbg/index.html"


def _attrs(html: str) -> dict[str, str]:
    from parsel import Selector

    return page_data(Selector(html))


def test_a_url_a_template_literal_builds_from_the_pagers_data_attributes() -> None:
    """``fetch(`${nav.dataset.apiBase}?catCode=${nav.dataset.cat}&curPage=${p}&rows=${nav.dataset.rows}`)``
    through a ``const``: the endpoint, the category and the page size the pager element says, the
    page the function's argument."""
    html = ('<nav class="page-nav" data-api-base="/openapi/info/list" data-cat="gknb" data-rows="4" '
            'data-count="10"></nav>')
    script = ("const nav = document.querySelector('.page-nav');\n"
              "async function goPage(p) {\n"
              "  const api = `${nav.dataset.apiBase}?catCode=${nav.dataset.cat}&curPage=${p}"
              "&rows=${nav.dataset.rows}`;\n"
              "  const res = await fetch(api).then(r => r.json());\n  draw(res.result.list);\n}")
    (found,) = script_lists([script], PAGE, _attrs(html))
    assert (found.endpoint, found.method, found.page_key, found.size) == \
        ("http://www.lanxi.gov.test/openapi/info/list", "GET", "curPage", 4)
    assert found.url(3) == "http://www.lanxi.gov.test/openapi/info/list?catCode=gknb&curPage=3&rows=4"


def test_a_url_concatenated_across_statements_from_another_elements_data() -> None:
    """``var q = '/irs/api/articles?cat=' + $('#pg').data('cat'); var link = q + '&pageIndex=' +
    pageIndex + '&limit=' + $('#pg').data('limit'); $.ajax({url: link, dataType: 'json', …})``: two
    names deep, read whole."""
    html = '<div id="pg" class="pages" data-cat="nb-2024" data-limit="6" data-sum="14"></div>'
    script = ("function turn(pageIndex) {\n"
              "  var q = '/irs/api/articles?cat=' + $('#pg').data('cat');\n"
              "  var link = q + '&pageIndex=' + pageIndex\n    + '&limit=' + $('#pg').data('limit');\n"
              "  $.ajax({url: link, dataType: 'json', success: function (d) { fill(d.items); }});\n}")
    (found,) = script_lists([script], PAGE, _attrs(html))
    assert found.url(2) == "http://www.lanxi.gov.test/irs/api/articles?cat=nb-2024&pageIndex=2&limit=6"


def test_a_built_url_is_not_guessed() -> None:
    """A name set to two different URLs (which one the script uses is not said), a template slot that
    computes (``${p + 1}``), a data attribute the page does not give: no request — and no prefix of
    the expression taken for the whole."""
    scripts = [
        "var u = '/api/a?page=' + n; if (x) { u = '/api/b?page=' + n; }\nfunction f(n) { $.getJSON(u, draw); }",
        "function f(p) { fetch(`/api/list?page=${p + 1}`).then(r => r.json()); }",
        "function f(n) { var u = '/api/' + el.dataset.nope + '/docs?pageNo=' + n; $.getJSON(u, draw); }",
    ]
    for script in scripts:
        assert script_lists([script], PAGE, {"cat": "1"}) == []


def test_later_pages_of_a_list_shown_in_the_html_come_from_the_json_api_and_are_counted() -> None:
    """The page shows its first 4 rows and a pager element declaring 10 (``data-count``): pages 2 and
    3 requested from the API the script builds; their entries (another JSON shape: ``result.list``
    of ``name``/``link``) followed and counted — 4 + 4 + 1 answered of 10 declared is stated short."""
    from scrapy.http import HtmlResponse, TextResponse
    from scrapy.http import Request as ScrapyRequest
    from scrapy.utils.test import get_crawler

    from govcrawl.bases.auto import GenericSpider
    from govcrawl.crawl.registry import Site

    site = Site(id="lanxi-gov", agency="兰溪县人民政府", cms="generic", region="测试省兰溪县",
                start_urls=(PAGE,), allowed_domains=("www.lanxi.gov.test",))
    rows = "".join(f'<li><a href="/zwgk/xxgkml/gzbg/2025{m:02d}/t2025{m:02d}01_{m}.html">兰溪县{2024 - m}年政府信息公开'
                   f'工作年度报告</a><span>2025-{m:02d}-01</span></li>' for m in range(1, 5))
    script = ("const nav = document.querySelector('.page-nav');\n"
              "function goPage(p) {\n"
              "  const api = `${nav.dataset.apiBase}?catCode=${nav.dataset.cat}&curPage=${p}"
              "&rows=${nav.dataset.rows}`;\n"
              "  fetch(api).then(r => r.json()).then(res => draw(res.result.list));\n}")
    body = (f'<html><body><ul class="info-list">{rows}</ul><nav class="page-nav" data-api-base="/openapi/info/list" '
            f'data-cat="gknb" data-rows="4" data-count="10"></nav><script>{script}</script></body></html>')
    page = HtmlResponse(PAGE, body=body.encode(), encoding="utf-8",
                        request=ScrapyRequest(PAGE, meta={"site": site, "start_url": True}))
    spider = GenericSpider.from_crawler(get_crawler(GenericSpider), name=site.id, sites=[site])
    out = [r for r in spider.parse_list(page) if isinstance(r, ScrapyRequest)]
    api = sorted(r.url for r in out if "/openapi/" in r.url)
    assert api == [f"http://www.lanxi.gov.test/openapi/info/list?catCode=gknb&curPage={n}&rows=4" for n in (2, 3)]
    answers = {2: [("兰溪县交通运输局2023年政府信息公开工作年度报告", "/zwgk/xxgkml/gzbg/202401/t20240110_61.html"),
                   ("兰溪县2019年政府信息公开工作年度报告", "/zwgk/xxgkml/gzbg/202001/t20200110_62.html"),
                   ("兰溪县2018年政府信息公开工作年度报告", "/zwgk/xxgkml/gzbg/201901/t20190110_63.html"),
                   ("兰溪县2017年政府信息公开工作年度报告", "/zwgk/xxgkml/gzbg/201801/t20180110_64.html")],
               3: [("兰溪县2016年政府信息公开工作年度报告", "/zwgk/xxgkml/gzbg/201701/t20170110_65.html")]}
    followed = []
    for request in (r for r in out if "/openapi/" in r.url):
        n = int(request.url.split("curPage=")[1].split("&")[0])
        answer = {"status": "ok", "result": {"count": 10, "list": [{"name": t, "link": h} for t, h in answers[n]]}}
        assert request.callback is not None
        followed += [r.url for r in request.callback(TextResponse(
            request.url, body=json.dumps(answer, ensure_ascii=False).encode(), encoding="utf-8", request=request))
            if isinstance(r, ScrapyRequest)]
    assert "http://www.lanxi.gov.test/zwgk/xxgkml/gzbg/201701/t20170110_65.html" in followed
    coverage = spider.coverage(page)
    assert [(url, why) for url, why in coverage.short_lists()] == [(PAGE, "9 of 10 declared entries")]
