"""Batch 18: a list a script POSTs as a JSON body that nests objects and arrays (a search API's
filter, ``customFilter: {properties: [{…}]}``, ``sorts: [{…}]``) — read whole from what the script
says, nothing guessed; the pages the answer declares requested, bounded by them."""

from __future__ import annotations

import json

from govcrawl.crawl.scriptlists import script_lists

PAGE = "http://www.beilu.gov.test/xxgk/gknb/index.html"


def test_a_nested_json_body_of_an_ajax_post_is_posted_page_by_page_up_to_the_declared_pages() -> None:
    """``$.ajax({method: 'POST', url: searchApi, data: JSON.stringify({siteId, query: {columnIds:
    [colId], docTypes: ['html', 'pdf']}, current: p, size: 6, order: [{field, asc: false}]})})``:
    page 1 POSTed as that JSON (numbers, booleans, objects and arrays as written); the answer's
    ``pages`` 3 brings pages 2 and 3, no more."""
    from scrapy.http import HtmlResponse, TextResponse
    from scrapy.http import Request as ScrapyRequest
    from scrapy.utils.test import get_crawler

    from govcrawl.bases.auto import GenericSpider
    from govcrawl.crawl.registry import Site

    site = Site(id="beilu-gov", agency="北麓县人民政府", cms="generic", region="测试省北麓县",
                start_urls=(PAGE,), allowed_domains=("beilu.gov.test",))
    script = ('var searchApi = "/search/api/doc/page", siteId = 12, colId = "8801";\n'
              'function show(p) {\n'
              '  $.ajax({ method: "POST", url: searchApi, contentType: "application/json; charset=utf-8",\n'
              '    data: JSON.stringify({ siteId: siteId, query: { columnIds: [colId], docTypes: ["html", "pdf"],\n'
              '      withChild: true }, current: p, size: 6, order: [{ field: "pubDate", asc: false }] }),\n'
              '    success: function (r) { draw(r.data.records); } });\n'
              '}\nshow(1);')
    page = HtmlResponse(PAGE, body=f'<html><body><div id="docs"></div><script>{script}</script></body></html>'
                        .encode(), encoding="utf-8", request=ScrapyRequest(PAGE, meta={"site": site,
                                                                                      "start_url": True}))
    spider = GenericSpider.from_crawler(get_crawler(GenericSpider), name=site.id, sites=[site])
    (first,) = [r for r in spider.parse_list(page) if isinstance(r, ScrapyRequest)]
    assert (first.method, first.url) == ("POST", "http://www.beilu.gov.test/search/api/doc/page")
    assert (first.headers.get(b"Content-Type") or b"").startswith(b"application/json")
    assert json.loads(first.body) == {"siteId": 12, "query": {"columnIds": ["8801"], "docTypes": ["html", "pdf"],
                                                             "withChild": True},
                                      "current": 1, "size": 6, "order": [{"field": "pubDate", "asc": False}]}
    answer = {"code": 0, "data": {"total": 15, "pages": 3, "records": [
        {"id": 31, "title": "北麓县2024年政府信息公开工作年度报告", "link": "/xxgk/gknb/202501/t20250120_31.html"},
        {"id": 30, "title": "北麓县2025年政务公开工作要点", "link": "/xxgk/gknb/202503/t20250302_30.html"}]}}
    assert first.callback is not None
    out = [r for r in first.callback(TextResponse(first.url, body=json.dumps(answer, ensure_ascii=False).encode(),
                                                  encoding="utf-8", request=first))
           if isinstance(r, ScrapyRequest)]
    assert [r.url for r in out if r.method == "GET"] == ["http://www.beilu.gov.test/xxgk/gknb/202501/t20250120_31.html"]
    posted = [json.loads(r.body) for r in out if r.method == "POST"]
    assert [p["current"] for p in posted] == [2, 3]
    assert all(p["query"] == {"columnIds": ["8801"], "docTypes": ["html", "pdf"], "withChild": True} for p in posted)


def test_axios_and_fetch_posts_of_a_nested_json_body() -> None:
    """The same request made by ``axios.post(url, {…})`` and by ``fetch(url, {method: 'POST', body:
    JSON.stringify({…})})``, its names read from a config object the script sets."""
    cfg = 'var nbConf = {api: "/api/open/list", chnl: 406, rows: 10};\n'
    body = ('{ filter: { and: [{ key: "chnlId", eq: nbConf.chnl }] }, pageIndex: n, pageSize: nbConf.rows,'
            ' fields: ["title", "url"] }')
    expected = {"filter": {"and": [{"key": "chnlId", "eq": 406}]}, "pageIndex": 2, "pageSize": 10,
                "fields": ["title", "url"]}
    for call in (f'function go(n) {{ axios.post(nbConf.api, {body}).then(function (r) {{ draw(r.data); }}); }}',
                 f'async function go(n) {{ const r = await fetch(nbConf.api, {{ method: "POST", headers: '
                 f'{{ "Content-Type": "application/json" }}, body: JSON.stringify({body}) }});'
                 ' draw(await r.json()); }'):
        (found,) = script_lists([cfg + call], PAGE)
        assert (found.endpoint, found.method, found.json, found.size) == \
            ("http://www.beilu.gov.test/api/open/list", "POST", True, 10)
        assert json.loads(found.json_body(2)) == expected


def test_a_nested_value_the_script_cannot_know_leaves_the_call_out() -> None:
    """A nested value read at run time (a form field, an unset name) is not guessed: no request."""
    for value in ('$("#kw").val()', "keyword"):
        script = ('function q(pageNo) { $.ajax({ url: "/irs/front/search", type: "POST", contentType: '
                  f'"application/json", data: JSON.stringify({{ filter: {{ props: [{{ name: "title", like: {value} }}]'
                  ' }, pageNo: pageNo, pageSize: 5 }) }); }')
        assert script_lists([script], PAGE) == []
