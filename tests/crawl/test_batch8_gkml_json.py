"""Issue 12, classes of held-out rounds 7 and 8 (gkmlpt publishers, JSON search lists, a false SHORT),
each tested on markup written unlike the batches' portals (other sites of the same kinds):

1. a list API row's publisher is the report's agency where its title names none (a gkmlpt column
   shared by a government and its departments), and the year the row promised is listed under it;
   a government office's row stays the government's own.
2. a report that is a file linked from a stub page is published by whoever the stub page names (its
   发布机构 cell) when the list title names nobody: two agencies' files never merge into one record.
3. a JSON list API a page's script calls with the page number in the URL (``$.getJSON(base + n,
   function …)``, ``axios.get``, ``$.ajax({url: base + n, success})``) is requested, read whatever
   its keys are called, paged by the total it declares, and that total is counted in coverage.
4. a list written as a timeline (a year heading, then ``div`` rows of "01-20" and a title) counts its
   rows as entries: the pages were read in full, so no shortfall is claimed; a page that shows fewer
   rows than it declares still is short.
"""

from __future__ import annotations

import json

from parsel import Selector
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.auto import AutoSpider
from govcrawl.bases.gkmlpt import GkmlptSpider
from govcrawl.bases.trs import TrsHaiyunSpider
from govcrawl.crawl.entries import count_entries
from govcrawl.crawl.items import ReportItem
from govcrawl.crawl.registry import Site
from govcrawl.crawl.scriptlists import script_lists

_TABLE = ('<table border="1"><tr><td>第二十条第（一）项</td><td>本年制发件数</td></tr>'
          '<tr><td>规章</td><td>0</td></tr></table>')


# -- 1 -----------------------------------------------------------------------------------------------
def _gkml_site() -> Site:
    return Site(id="qiaoxi-gkml", agency="桥西区人民政府", cms="gkmlpt", region="测试省桥西区",
                start_urls=("http://www.qiaoxi.gov.test/gkmlpt/index#2210",), allowed_domains=("qiaoxi.gov.test",))


def test_1_a_list_rows_publisher_is_the_agency_of_a_title_that_names_none() -> None:
    site = _gkml_site()
    spider = GkmlptSpider.from_crawler(get_crawler(GkmlptSpider), name=site.id, sites=[site])
    api = "http://www.qiaoxi.gov.test/gkmlpt/api/all/2210?page=1&sid=660412"
    rows = [{"id": 90_001, "title": "2024年政府信息公开工作年度报告", "publisher": "桥西区卫生健康局",
             "url": "http://www.qiaoxi.gov.test/gkmlpt/content/2/2210/post_90001.html", "date": 1737000000},
            {"id": 90_002, "title": "2024年政府信息公开工作年度报告", "publisher": "桥西区人民政府办公室",
             "url": "http://www.qiaoxi.gov.test/gkmlpt/content/2/2210/post_90002.html", "date": 1737100000}]
    answer = TextResponse(api, body=json.dumps({"articles": rows, "total": 2}, ensure_ascii=False).encode(),
                          encoding="utf-8", request=ScrapyRequest(api, meta={"site": site}))
    requests = [r for r in spider.parse_api(answer) if isinstance(r, ScrapyRequest)]
    assert len(requests) == 2
    assert spider.coverage_of(site).years_listed == {"桥西区卫生健康局": {2024}, "桥西区人民政府": {2024}}
    agencies = []
    for request in requests:
        # The detail page renders from its DETAIL object, which names no agency in a cell or heading.
        detail = {"title": "2024年政府信息公开工作年度报告", "content": f"<p>一、总体情况</p>{_TABLE}"}
        html = f"<html><body><div id='app'></div><script>var CFG = {{DETAIL: {json.dumps(detail)}, TREE: []}};</script>"
        page = HtmlResponse(request.url, body=(html + "</body></html>").encode(), encoding="utf-8", request=request)
        (item,) = [i for i in request.callback(page, **request.cb_kwargs) if isinstance(i, ReportItem)]
        agencies.append(item.agency["name"])
    assert agencies == ["桥西区卫生健康局", "桥西区人民政府"]
    assert spider.coverage_of(site).years_listed == {"桥西区卫生健康局": {2024}, "桥西区人民政府": {2024}}


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_a_file_is_published_by_whoever_its_stub_page_names() -> None:
    site = Site(id="dongpo-gov", agency="东坡县人民政府", cms="trs_haiyun", region="测试省东坡县",
                start_urls=("http://www.dongpo.gov.test/col/nb/index.shtml",), allowed_domains=("dongpo.gov.test",))
    spider = TrsHaiyunSpider.from_crawler(get_crawler(TrsHaiyunSpider), name=site.id, sites=[site])
    agencies = {}
    for publisher, number in (("东坡县交通运输局", 31), ("东坡县人民政府办公室", 32)):
        url = f"http://www.dongpo.gov.test/col/nb/art_{number}.shtml"
        stub = (f'<html><body><table class="gk-meta"><tr>'
                f'<th>索引号</th><td>00{number}/2025-0001</td><th>发布机构</th><td>{publisher}</td></tr></table>'
                f'<div class="TRS_Editor"><p>报告全文请下载：<a href="./files/nb{number}.wps">年度报告</a></p>'
                "</div></body></html>")
        page = HtmlResponse(url, body=stub.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": site, "report_year": 2024}))
        (file_request,) = [r for r in spider.parse_report_page(page, "2024年度政府信息公开工作年报")
                           if isinstance(r, ScrapyRequest)]
        file = Response(file_request.url, body=b"\xd0\xcf\x11\xe0 report", request=file_request,
                        headers={"Content-Type": "application/kswps"})
        (item,) = [i for i in file_request.callback(file, **file_request.cb_kwargs) if isinstance(i, ReportItem)]
        agencies[publisher] = item.agency["name"]
    assert agencies == {"东坡县交通运输局": "东坡县交通运输局", "东坡县人民政府办公室": "东坡县人民政府"}


# -- 3 -----------------------------------------------------------------------------------------------
_AUTO = Site(id="heshan-bm", agency="禾山县人民政府", cms="auto", region="测试省禾山县",
             start_urls=("http://www.heshan.gov.test/gk/bmnb/list.html",), allowed_domains=("heshan.gov.test",))
_LIST = "http://www.heshan.gov.test/gk/bmnb/list.html"
_SCRIPTS = {
    "getJSON, a callback": """var apiBase = '/api/doc/query?col=bmnb&size=4&pageNo=';
        function render(pageNo) { $.getJSON(apiBase + pageNo, function (r) { draw(r.list); }); } render(1);""",
    "axios": """const cfg = {api: 1}; let listApi = "/api/doc/query?col=bmnb&size=4&pageNo=";
        function more(pn) { axios.get(listApi + pn).then(function (r) { draw(r.data.list); }); }""",
    "$.ajax with the page in its URL": """var url0 = '/api/doc/query?col=bmnb&size=4&pageNo=';
        function go(p) { $.ajax({url: url0 + p, dataType: 'json', success: function (r) { draw(r.list); }}); }""",
}


def test_3_a_json_list_api_a_script_calls_with_the_page_in_its_url() -> None:
    answer = {"code": 200, "data": {"totalCount": 6, "list": [
        {"name": "禾山县民政局2024年政府信息公开工作年度报告", "link": "/gk/bmnb/mzj/202501/t20250119_51.html",
         "pubDate": "2025-01-19"},
        {"name": "禾山县民政局2024年部门预算公开", "link": "/gk/bmnb/mzj/202502/t20250210_52.html",
         "pubDate": "2025-02-10"},
        {"name": "青山镇2024年政府信息公开工作年度报告", "link": "/gk/bmnb/qsz/202501/t20250122_53.html",
         "pubDate": "2025-01-22"},
        {"name": "禾山县2024年法治政府建设年度报告", "link": "/gk/bmnb/sfj/202503/t20250301_54.html",
         "pubDate": "2025-03-01"}]}}
    for name, script in _SCRIPTS.items():
        (found,) = script_lists([script], _LIST)
        assert found.url(2) == "http://www.heshan.gov.test/api/doc/query?col=bmnb&size=4&pageNo=2", name
        spider = AutoSpider.from_crawler(get_crawler(AutoSpider), name=_AUTO.id, sites=[_AUTO])
        html = (f'<html><body><div class="crumb">部门年报</div><ul id="docs"></ul><script>{script}</script>'
                "</body></html>")
        page = HtmlResponse(_LIST, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(_LIST, meta={"site": _AUTO, "start_url": True}))
        requests = [r for r in spider.parse_list(page) if isinstance(r, ScrapyRequest)]
        (api,) = [r for r in requests if "/api/doc/query" in r.url]
        reply = TextResponse(api.url, body=json.dumps(answer, ensure_ascii=False).encode(), encoding="utf-8",
                             request=api)
        out = [r.url for r in api.callback(reply) if isinstance(r, ScrapyRequest)]
        assert sorted(out) == ["http://www.heshan.gov.test/api/doc/query?col=bmnb&size=4&pageNo=2",
                               "http://www.heshan.gov.test/gk/bmnb/mzj/202501/t20250119_51.html",
                               "http://www.heshan.gov.test/gk/bmnb/qsz/202501/t20250122_53.html"], name
        listed = spider.coverage_of(_AUTO).lists[api.url]
        assert (listed.declared_records, listed.entries) == (6, 4), name
    # A URL whose page is not a page parameter (an id the script reads at run time) is not guessed.
    assert script_lists(["function f(id) { $.getJSON('/api/doc/' + id, draw); }"], _LIST) == []


# -- 4 -----------------------------------------------------------------------------------------------
def _timeline(rows: list[tuple[str, str, str]], declared: int) -> str:
    groups, year = "", ""
    for date, href, title in rows:
        if date[:4] != year:
            year = date[:4]
            groups += f'<h4 class="yr">{year}年</h4>'
        groups += (f'<div class="event"><span class="md">{date[5:]}</span><h5><a href="{href}">{title}</a></h5>'
                   '</div>')
    return ('<html><body><div class="top">今天是2025年3月2日 <a href="/">首页</a><a href="/xw/">新闻</a>'
            f'<a href="/gk/">公开</a></div><div class="events">{groups}</div>'
            f'<div class="pg">总共{declared}条 <a href="nb_2.shtml">2</a> <a href="nb_2.shtml">下页</a></div>'
            '</body></html>')


_ROWS = [("2025-01-20", "/gk/nb/d31/content.shtml", "东坡县2024年政府信息公开工作年度报告"),
         ("2025-03-02", "/gk/nb/d32/content.shtml", "东坡县2024年国民经济统计公报"),
         ("2024-01-26", "/gk/nb/d21/content.shtml", "东坡县2023年政府信息公开工作年度报告")]


def test_4_a_timelines_rows_are_its_entries() -> None:
    assert count_entries(Selector(text=_timeline(_ROWS, 5))) == 3
    site = Site(id="dongpo-gov", agency="东坡县人民政府", cms="trs_haiyun", region="测试省东坡县",
                start_urls=("http://www.dongpo.gov.test/gk/nb/nb.shtml",), allowed_domains=("dongpo.gov.test",))
    spider = TrsHaiyunSpider.from_crawler(get_crawler(TrsHaiyunSpider), name=site.id, sites=[site])
    first = "http://www.dongpo.gov.test/gk/nb/nb.shtml"
    page = HtmlResponse(first, body=_timeline(_ROWS, 5).encode(), encoding="utf-8",
                        request=ScrapyRequest(first, meta={"site": site, "start_url": True}))
    (second,) = [r for r in spider.parse_list(page) if isinstance(r, ScrapyRequest) and "nb_2" in r.url]
    rest = [("2023-01-30", "/gk/nb/d11/content.shtml", "东坡县2022年政府信息公开工作年度报告"),
            ("2022-01-28", "/gk/nb/d01/content.shtml", "东坡县2021年政府信息公开工作年度报告")]
    later = HtmlResponse(second.url, body=_timeline(rest, 5).encode(), encoding="utf-8", request=second)
    list(second.callback(later))
    assert spider.coverage_of(site).short_lists() == []
    # A list that declares more rows than its pages show is still short.
    spider = TrsHaiyunSpider.from_crawler(get_crawler(TrsHaiyunSpider), name=site.id, sites=[site])
    page = HtmlResponse(first, body=_timeline(_ROWS, 9).encode(), encoding="utf-8",
                        request=ScrapyRequest(first, meta={"site": site, "start_url": True}))
    list(spider.parse_list(page))
    assert spider.coverage_of(site).short_lists() == [(first, "3 of 9 declared entries")]
