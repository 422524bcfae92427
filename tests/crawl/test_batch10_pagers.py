"""Issue 12, held-out round 10: pagers whose size no recogniser read, so a crawl missed the list's
later pages (and, twice, said nothing).  Each class tested on markup written unlike the batch's
portals (other sites of the same kinds):

1. a pager call's count argument that is arithmetic over variables the page's scripts set
   (``Math.ceil(recordCount / pageSize)``, ``parseInt(…) + 1``, a variable set to such an
   expression): evaluated by a small bounded evaluator (numbers, strings, ``+ - * / %``, the
   ``Math``/``parseInt`` functions templates use, declared names), never run; a widget option's
   value the same way.
2. pager settings declared as data: a JSON data block (``<script type="application/json">``, the
   settings at its top level or one object down) or ``data-*`` attributes (one holding an object, or
   an element's numeric ones), read by the same key vocabulary as a ``pageParam``'s (``totalPage``,
   ``perPage``, ``total-count`` …) when they declare a page count: the pages by the block's own
   file name or the page's, by the convention of the family reading the page (海云: ``name_N``; since
   batch 11, none where no family reads it); the declared count always, so a list whose pages do not
   answer is a stated shortfall.
3. a pagination widget's options declaring records and a page size under the jQuery plugins' names
   (``totalData``/``showData``, ``items``/``itemsOnPage``, ``totalCounts``, ``twbsPagination``'s
   ``totalPages``): the pages it makes; their URLs by its callback's naming rule, the page a parameter
   of the callback (any of them) or a variable set from one (``var cur = pg.getCurrent()``); with no
   readable rule, nothing requested but the shortfall stated.
"""

from __future__ import annotations

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.base import PortalSpider
from govcrawl.bases.kaipu import KaipuSpider
from govcrawl.bases.trs import TrsHaiyunSpider
from govcrawl.crawl import jsexpr, pagers, pagerscript
from govcrawl.crawl.registry import Site


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_a_six_argument_call_whose_count_is_arithmetic_over_declared_variables() -> None:
    page = """<table class="tb-list"><tr><td><a href="./202402/t20240205_88123.shtml">
    鄢陵县2023年政府信息公开工作年度报告</a></td></tr></table><div id="pagenav"></div>
    <script language="javascript">
      var nRecords = parseInt("23", 10), nPerPage = 10;
      createPageHTML('pagenav', Math.floor((nRecords - 1) / nPerPage) + 1, 1, 'nbList', 'shtml', nRecords);
    </script>"""
    pager = pagers.recognise(page, "http://www.yanling.gov.test/zwgk/nb/nbList.shtml")
    assert (pager.pages, pager.records, pager.current) == (3, 23, 1)
    assert pager.urls == ["http://www.yanling.gov.test/zwgk/nb/nbList_2.shtml",
                          "http://www.yanling.gov.test/zwgk/nb/nbList_3.shtml"]


def test_1_a_count_variable_set_to_an_expression() -> None:
    page = """<ul class="xxgk_list"><li><a href="./202301/t20230130_55.htm">2022年度报告</a></li></ul>
    <script>
    var _nRecordCount = 41; // 记录总数
    var _nPageCount = Math.ceil(_nRecordCount / 20);
    createPageHTML(_nPageCount, 0, "zfxxgknb", "htm");
    </script>"""
    pager = pagers.recognise(page, "http://www.yanling.gov.test/xxgk/zfxxgknb.htm")
    assert pager.pages == 3
    assert pager.urls == ["http://www.yanling.gov.test/xxgk/zfxxgknb_1.htm",
                          "http://www.yanling.gov.test/xxgk/zfxxgknb_2.htm"]


def test_1_what_the_evaluator_does_not_read_is_not_guessed() -> None:
    page = """<script>createPageHTML(getPageCount(), 0, "index", "html");
    createPageHTML(window.pageTotal, 0, "index", "html");</script>"""
    pager = pagers.recognise(page, "http://www.yanling.gov.test/xxgk/nb/index.html")
    assert pager.pages is None and pager.urls == []
    script = "var a = 12; var b = 0; var s = 'index';"
    assert jsexpr.evaluate("a / b", script) is None              # no division by zero
    assert jsexpr.evaluate("alert(a)", script) is None           # no call but the few pure ones
    assert jsexpr.evaluate("a + s", script) is None              # no coercion
    assert jsexpr.evaluate("a[0]", script) is None               # nothing it cannot parse
    assert jsexpr.evaluate("Math.round(a / 5) % 4 - -1", script) == 3
    assert jsexpr.evaluate("'list' + '_'", script) == "list_"
    loop = "var n = m + 1; var m = n - 1;"                       # names set by each other: bounded
    assert jsexpr.evaluate("n", loop) is None


def test_1_a_widget_option_that_is_an_expression() -> None:
    page = """<div class="pg"></div><script>var iTotal = 26;
    $(".pg").pagination({ pageCount: Math.ceil(iTotal / 12), current: 1, jump: true });</script>"""
    pager = pagers.recognise(page, "http://www.yanling.gov.test/xxgk/nb/")
    assert pager.pages == 3


def test_1_an_expression_over_variables_of_a_loaded_script_names_that_script() -> None:
    page = """<script src="/js/common.js"></script><script src="./pageinfo.js"></script>
    <script>createPageHTML(Math.ceil(docCount / perPage), 0, "index", "shtml");</script>"""
    base = "http://www.yanling.gov.test/zwgk/nb/index.shtml"
    assert pagerscript.count_script(page, base) == "http://www.yanling.gov.test/zwgk/nb/pageinfo.js"
    pager = pagers.trs_script("var docCount = 9, perPage = 4;\n" + page, base)
    assert pager.pages == 3 and pager.urls[-1] == "http://www.yanling.gov.test/zwgk/nb/index_2.shtml"


# -- 2 -----------------------------------------------------------------------------------------------
def _spider(cls: type[PortalSpider], cms: str, url: str, html: str) -> tuple[PortalSpider, Site, HtmlResponse]:
    site = Site(id="qiyang-gov", agency="祁阳县人民政府", cms=cms, region="测试省祁阳县", start_urls=(url,),
                allowed_domains=("qiyang.gov.test",))
    spider = cls.from_crawler(get_crawler(cls), name=site.id, sites=[site])
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": site, "start_url": True}))
    return spider, site, response


_JSON_NESTED = """<div class="zfxxgk_list"><ul><li><a href="./202401/t20240126_71234.htm">
祁阳县2023年政府信息公开工作年度报告</a><span>2024-01-26</span></li></ul></div><div class="fy" id="fy"></div>
<script type="text/json" id="listMeta">{"channel": {"id": 2031, "name": "年报"},
 "page": {"totalRecord": 17, "perPage": 6, "totalPage": 3, "pageNo": 1, "url": "nbList", "ext": ".htm"}}</script>
<script src="/static/js/fy.min.js"></script>"""


def test_2_a_json_data_block_declares_the_pager_one_object_down() -> None:
    pager = pagers.recognise(_JSON_NESTED, "http://www.qiyang.gov.test/xxgk/nb/nbList.htm")
    assert (pager.records, pager.pages, pager.current) == (17, 3, 1)
    assert pager.urls == []  # no naming rule, no family (batch 11): declared, not guessed
    pager = pagers.page_param(Selector(text=_JSON_NESTED), _JSON_NESTED, "http://www.qiyang.gov.test/xxgk/nb/nbList.htm",
                              base=pagers.HAIYUN_BASE)
    assert pager.urls == ["http://www.qiyang.gov.test/xxgk/nb/nbList_2.htm",
                          "http://www.qiyang.gov.test/xxgk/nb/nbList_3.htm"]


def test_2_data_attributes_declare_the_pager() -> None:
    numeric = """<ul class="list"><li><a href="/a/1.html">2023年度报告</a></li></ul>
    <div class="page-nav" data-total-count="19" data-page-size="8" data-current="1"></div>"""
    pager = pagers.page_param(Selector(text=numeric), numeric, "http://gk.qiyang.gov.test/nb/list.shtml",
                              base=pagers.HAIYUN_BASE)
    assert (pager.records, pager.pages) == (19, 3)
    assert pager.urls == ["http://gk.qiyang.gov.test/nb/list_2.shtml", "http://gk.qiyang.gov.test/nb/list_3.shtml"]
    literal = """<nav class="pg" data-options='{"totalPages": 4, "currentPage": 1, "pageName": "gknb"}'></nav>"""
    pager = pagers.page_param(Selector(text=literal), literal, "http://gk.qiyang.gov.test/nb/gknb.html",
                              base=pagers.HAIYUN_BASE)
    assert pager.pages == 4 and pager.urls[-1] == "http://gk.qiyang.gov.test/nb/gknb_4.html"
    assert pagers.recognise(literal, "http://gk.qiyang.gov.test/nb/gknb.html").urls == []  # no family: none


def test_2_data_that_is_not_a_pagers_declares_nothing() -> None:
    page = """<div class="banner" data-total="5" data-current="1"><img src="/b/1.jpg"></div>
    <script type="application/json" id="siteConf">{"siteId": 12, "total": 3, "theme": "red"}</script>
    <ul><li><a href="/a/1.html">2023年度报告</a></li></ul>
    <a class="more-btn" id="btnMore" data-total="40" data-size="10" data-page="1" data-src="/nb/more.json">查看更多</a>
    <div class="slides" data-conf='{"total": 6, "size": 3}'></div>"""
    pager = pagers.recognise(page, "http://gk.qiyang.gov.test/nb/index.html")
    assert pager.records is None and pager.pages is None and pager.urls == []


def test_2_the_family_pages_a_json_declared_list_and_states_what_did_not_answer() -> None:
    url = "http://www.qiyang.gov.test/xxgk/nb/nbList.htm"
    spider, site, response = _spider(TrsHaiyunSpider, "trs_haiyun", url, _JSON_NESTED)
    assert [r.url for r in spider.next_pages(response)] == [
        "http://www.qiyang.gov.test/xxgk/nb/nbList_2.htm", "http://www.qiyang.gov.test/xxgk/nb/nbList_3.htm"]
    list(spider.parse_list(response))  # page 1 read; its later pages never answer
    coverage = spider.coverage_of(site)
    assert coverage.falls_short and coverage.short_lists() == [(url, "1 of 17 declared entries")]


# -- 3 -----------------------------------------------------------------------------------------------
def test_3_a_callback_whose_page_is_a_variable_set_from_its_argument() -> None:
    page = """<table class="nb"><tr><td><a href="/xxgk/nb/202401/1746.htm">2023年年报</a></td></tr></table>
    <div id="pages"></div><script>
    $('#pages').pagination({ totalData: 30, showData: 10, coping: true,
      callback: function (pg) { var cur = pg.getCurrent(); window.location = cur === 1 ? 'ndbg.htm' : 'ndbg_' + cur
        + '.htm'; } });</script>"""
    pager = pagers.recognise(page, "http://www.qiyang.gov.test/xxgk/nb/ndbg.htm")
    assert (pager.records, pager.pages) == (30, 3)
    assert pager.urls == ["http://www.qiyang.gov.test/xxgk/nb/ndbg_2.htm", "http://www.qiyang.gov.test/xxgk/nb/ndbg_3.htm"]


def test_3_a_twbs_pagination_whose_page_is_the_callbacks_second_parameter() -> None:
    page = """<ul id="pager" class="pagination-sm"></ul><script>
    $('#pager').twbsPagination({ totalPages: 3, visiblePages: 7, startPage: 1,
      onPageClick: function (event, page) { if (page > 1) location.href = 'list_' + (page - 1) + '.shtml'; } });
    </script>"""
    pager = pagers.recognise(page, "http://gk.qiyang.gov.test/nb/index.shtml")
    assert pager.pages == 3
    assert pager.urls == ["http://gk.qiyang.gov.test/nb/list_1.shtml", "http://gk.qiyang.gov.test/nb/list_2.shtml"]


def test_3_options_without_a_naming_rule_are_stated_not_guessed() -> None:
    url = "http://www.qiyang.gov.test/xxgk/nb/index.html"
    page = """<div class="kp-list"><a href="/xxgk/nb/202401/1746.shtml">祁阳县2023年政府信息公开工作年度报告</a></div>
    <div class="light-theme"></div><script>$(".light-theme").pagination({ items: 23, itemsOnPage: 10, currentPage: 1,
      hrefTextPrefix: '#page-', onPageClick: function (n) { loadPage(n); } });</script>"""
    spider, site, response = _spider(KaipuSpider, "kaipu", url, page)
    pager = pagers.recognise(page, url)
    assert (pager.records, pager.pages, pager.urls) == (23, 3, [])
    assert list(spider.next_pages(response)) == []
    list(spider.parse_list(response))
    assert spider.coverage_of(site).short_lists() == [(url, "1 of 23 declared entries")]
