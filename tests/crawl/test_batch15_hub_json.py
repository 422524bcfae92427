"""Issue 12, the class of held-out round 15's 部门年报 hub — written on markup unlike the batch portal's
(another city's page of the same kind): a hub page whose HTML holds no link, its units fetched by a
script as one JSON document (``fetch('/xxgk/dwnb/units.json').then(r => r.json())``, an ``$.ajax``
with ``dataType: 'json'``) — no page parameter, no feed:

1. ``scriptlists.script_lists`` names such a call as one request with no page (a JSON signal: the
   call's, its ``dataType``, a ``.json()`` read, or a ``.json`` URL) — nothing guessed: a call whose
   URL does not resolve, or that says nothing of JSON, is left out;
2. ``scriptanswers.json_units`` reads an answer of units with nested links (in groups, under any keys):
   each link its unit's ("2024" → "市审计局 2024 年度报告"), a unit listed with no link yet counted,
   a notice beside the units no entry;
3. the hub family asks for it from a shell page, follows the reports, and a unit's link to its own
   list ("年报栏目") as that unit's list — as a hub does for HTML rows.
"""

from __future__ import annotations

import json
from typing import Any

from scrapy.http import HtmlResponse, TextResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.hub import HubSpider
from govcrawl.crawl.registry import Site
from govcrawl.crawl.scriptanswers import json_list, json_units
from govcrawl.crawl.scriptlists import script_lists
from tests.crawl.hubparse import hub_spider

SITE = Site(id="qinglan-bmnb", agency="青岚市人民政府", cms="hub", region="测试省青岚市",
            start_urls=("http://www.qinglan.gov.test/xxgk/dwnb/",), allowed_domains=("qinglan.gov.test",))
HUB = SITE.start_urls[0]

_SHELL = """<html><head><meta charset="utf-8"><title>单位信息公开年报 - 青岚市人民政府</title></head><body>
<div class="crumb">首页 &gt; 信息公开 &gt; 单位年报</div><h2>市直单位政府信息公开年度报告</h2>
<ul id="units" class="unit-grid"><li class="loading">数据加载中</li></ul>
<script>
var box = document.getElementById('units');
fetch('/xxgk/dwnb/units.json').then(function (r) { return r.json(); }).then(function (d) {
  box.innerHTML = d.data.list.map(function (u) { return '<li>' + u.dept + '</li>'; }).join('');
});
</script></body></html>"""

_ANSWER = {
    "code": 0,
    "data": {
        "total": 4,
        "list": [
            {"dept": "市审计局", "nb": [{"nd": "2024", "url": "/xxgk/dwnb/sjj/2025-01/t20250118_7.html"},
                                      {"nd": "2023", "url": "/xxgk/dwnb/sjj/2024-01/t20240119_3.html"}]},
            {"dept": "市卫生健康委", "nb": [{"nd": "2024年", "url": "/uploads/wjw/nb2024.pdf"},
                                         {"nd": "2024年部门决算", "url": "/xxgk/dwnb/wjw/js2024.html"}]},
            {"dept": "市水利局", "nb": [{"nd": "年报栏目", "url": "http://slj.qinglan.gov.test/gk/nb/"}]},
            {"dept": "河口街道", "nb": []},
        ],
    },
    "tip": {"title": "关于报送2024年度政府信息公开工作年度报告的通知", "url": "/xxgk/tzgg/t20241210_2.html"},
}


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_a_script_s_unpaged_json_document_is_one_request() -> None:
    found = script_lists(["fetch('/xxgk/dwnb/units.json').then(function (r) { return r.json(); })"], HUB)
    assert [(f.url(1), f.page_key) for f in found] == [("http://www.qinglan.gov.test/xxgk/dwnb/units.json", "")]
    ajax = ("var api = '/api/dwnb/units';\n"
            "$.ajax({url: api, dataType: 'json', success: function (d) { draw(d); }});")
    assert [f.url(1) for f in script_lists([ajax], HUB)] == ["http://www.qinglan.gov.test/api/dwnb/units"]
    assert [f.url(1) for f in script_lists(["$.getJSON('/nb/data.do?v=3', draw);"], HUB)] == [
        "http://www.qinglan.gov.test/nb/data.do?v=3"]


def test_1_nothing_guessed() -> None:
    # No sign of JSON (an HTML fragment, a counter), or a URL whose variable the script does not set.
    assert script_lists(["$.get('/visit/count.do', function (n) { $('#n').text(n); });"], HUB) == []
    assert script_lists(["fetch(apiBase + '/units').then(function (r) { return r.json(); })"], HUB) == []
    # A URL naming one batch of a longer list (a scroll sentinel's next) is that list's page, not a document.
    assert script_lists(["fetch('/api/nb/?limit=5&offset=5').then(function (r) { return r.json(); })"], HUB) == []


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_an_answer_of_units_gives_each_link_as_its_unit_s() -> None:
    answer = json_units(json.dumps(_ANSWER, ensure_ascii=False), nianbao=True)
    assert answer is not None
    titles = dict(answer.entries)
    assert titles["/xxgk/dwnb/sjj/2025-01/t20250118_7.html"] == "市审计局 2024 年度报告"
    assert titles["/xxgk/dwnb/sjj/2024-01/t20240119_3.html"] == "市审计局 2023 年度报告"
    assert titles["/uploads/wjw/nb2024.pdf"] == "市卫生健康委 2024 年度报告"
    assert titles["http://slj.qinglan.gov.test/gk/nb/"] == "年报栏目"
    assert answer.units["http://slj.qinglan.gov.test/gk/nb/"] == "市水利局"
    assert "/xxgk/tzgg/t20241210_2.html" not in titles  # the notice is no unit's link
    assert answer.named == 4  # 河口街道, listed with no link yet, is one of the units


def test_2_an_ordinary_list_answer_is_read_as_before() -> None:
    plain = {"total": 1, "rows": [{"title": "青岚市审计局2024年政府信息公开工作年度报告", "link": "/a/1.html"}]}
    answer = json_list(json.dumps(plain, ensure_ascii=False))
    assert answer is not None and answer.entries == [("/a/1.html", "青岚市审计局2024年政府信息公开工作年度报告")]
    assert json_units(json.dumps(plain, ensure_ascii=False)) is None
    # Entries that name their publisher are entries, not units: no title rewritten, none left out.
    sourced = {"total": 2, "list": [
        {"title": "2023年度政府信息公开工作报告", "url": "/nb/c_1", "source": "青岚市统计局"},
        {"title": "青岚市审计局2024年政府信息公开工作年度报告", "url": "/nb/c_2", "source": "青岚市审计局"}]}
    assert json_units(json.dumps(sourced, ensure_ascii=False), nianbao=True) is None


# -- 3 -----------------------------------------------------------------------------------------------
def _spider() -> HubSpider:
    return hub_spider(SITE)


def _requests(results: Any) -> list[ScrapyRequest]:
    return [r for r in results if isinstance(r, ScrapyRequest)]


def test_3_the_hub_reads_its_units_from_the_json_its_script_fetches() -> None:
    spider = _spider()
    page = HtmlResponse(HUB, body=_SHELL.encode(), encoding="utf-8",
                        request=ScrapyRequest(HUB, meta={"site": SITE, "start_url": True}))
    asked = _requests(spider.parse_list(page))
    assert [r.url for r in asked] == ["http://www.qinglan.gov.test/xxgk/dwnb/units.json"]
    ask = asked[0]
    answer = TextResponse(ask.url, body=json.dumps(_ANSWER, ensure_ascii=False).encode(), encoding="utf-8",
                          request=ask)
    followed = {r.url: r for r in _requests(spider.parse_script_list(answer))}
    assert set(followed) == {
        "http://www.qinglan.gov.test/xxgk/dwnb/sjj/2025-01/t20250118_7.html",
        "http://www.qinglan.gov.test/xxgk/dwnb/sjj/2024-01/t20240119_3.html",
        "http://www.qinglan.gov.test/uploads/wjw/nb2024.pdf",
        "http://slj.qinglan.gov.test/gk/nb/",
    }  # not the 决算, not the notice
    unit_list = followed["http://slj.qinglan.gov.test/gk/nb/"]
    assert unit_list.callback == spider.parse_list and unit_list.meta["list_owner"] == "市水利局"
    # Counted as the hub page's list, as the answer declares (4 units, one with no link yet): no shortfall.
    assert spider.coverage_of(SITE).list_of(HUB).met


def test_3_a_unit_s_list_from_the_json_goes_through_the_page_budget() -> None:
    """A unit's own list named in the answer is a page like any other list page: the portal's page
    budget counts it, and one it refuses is stated (the portal falls short), not requested anyway."""
    spider = HubSpider.from_crawler(get_crawler(HubSpider, settings_dict={"GOVCRAWL_PAGE_BUDGET": 1}),
                                    name=SITE.id, sites=[SITE])
    page = HtmlResponse(HUB, body=_SHELL.encode(), encoding="utf-8",
                        request=ScrapyRequest(HUB, meta={"site": SITE, "start_url": True}))
    (ask,) = _requests(spider.parse_list(page))
    answer = TextResponse(ask.url, body=json.dumps(_ANSWER, ensure_ascii=False).encode(), encoding="utf-8",
                          request=ask)
    followed = {r.url for r in _requests(spider.parse_script_list(answer))}
    assert "http://slj.qinglan.gov.test/gk/nb/" not in followed
    assert "http://www.qinglan.gov.test/uploads/wjw/nb2024.pdf" in followed  # reports are not pages of a list
    coverage = spider.coverage_of(SITE)
    assert coverage.budget_refused == 1 and coverage.falls_short


def test_3_a_hub_page_that_shows_its_units_asks_for_no_script_list() -> None:
    shown = _SHELL.replace('<li class="loading">数据加载中</li>',
                           '<li><a href="/xxgk/dwnb/sjj/t1.html">青岚市审计局2024年政府信息公开工作年度报告</a></li>')
    page = HtmlResponse(HUB, body=shown.encode(), encoding="utf-8",
                        request=ScrapyRequest(HUB, meta={"site": SITE, "start_url": True}))
    urls = [r.url for r in _requests(_spider().parse_list(page))]
    assert "http://www.qinglan.gov.test/xxgk/dwnb/units.json" not in urls
