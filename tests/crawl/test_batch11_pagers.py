"""Issue 12, held-out round 11: two pagers whose pages a crawl did not read.  Each class tested on
markup written unlike the batch's portals (other sites of the same kinds):

1. a page count declared only as data (``data-*`` on an empty pager a script fills, a JSON block),
   with no naming rule in the page: the list is paged by the convention of the family reading it —
   classic TRS 0-based (``name_1`` is page 2), 海云 1-based (``name_2``) — a declared current page 0
   being the first page; on a page no family reads, nothing is requested and the declared pages
   are a stated shortfall (no guessed file names).
2. a pager whose counts are the page's form fields: the call's arguments and the variables it is
   given read a field's ``value`` (``document.getElementById('x').value``, ``querySelector``, jQuery's
   ``.val()``, ``getElementsByName(…)[0]``, ``document.forms[…].x``, a one-expression helper around
   them, ``parseInt``), in the page or in the site script that fills the page's empty pager element
   (fetched once; its pages then requested, and a page that does not answer a stated shortfall).
"""

from __future__ import annotations

from scrapy.http import HtmlResponse, TextResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.auto import GenericSpider
from govcrawl.bases.base import PortalSpider
from govcrawl.bases.trs import TrsClassicSpider, TrsHaiyunSpider
from govcrawl.crawl import jsexpr, pagers, pagerscript
from govcrawl.crawl.coverage import coverage_lines
from govcrawl.crawl.registry import Site

_COLUMN = "http://xxgk.lanxi.gov.test/xxgkml/ndbg/"


def _spider(cls: type[PortalSpider], cms: str, url: str, html: str) -> tuple[PortalSpider, Site, HtmlResponse]:
    site = Site(id="lanxi-gov", agency="澜溪县人民政府", cms=cms, region="测试省澜溪县", start_urls=(url,),
                allowed_domains=("lanxi.gov.test",))
    spider = cls.from_crawler(get_crawler(cls), name=site.id, sites=[site])
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": site, "start_url": True}))
    return spider, site, response


# -- 1 -----------------------------------------------------------------------------------------------
_DATA_PAGER = """<html><body><table class="gk-table"><tr><td><a href="./202402/t20240206_771203.htm"
title="澜溪县2023年政府信息公开工作年度报告">澜溪县2023年政府信息公开工作年度报告</a></td><td>2024-02-06</td></tr>
<tr><td><a href="./202401/t20240119_770980.htm">澜溪县教育局2023年政府信息公开工作年度报告</a></td><td>2024-01-19</td>
</tr></table>
<nav class="fenye" id="fenye" data-config='{"totalPages": 4, "pageIdx": 0, "pageName": "ndbg"}'></nav>
<script src="/static/js/fenye.bundle.js"></script></body></html>"""


def test_1_the_classic_family_pages_a_data_declared_count_from_name_1() -> None:
    spider, _site, response = _spider(TrsClassicSpider, "trs_classic", _COLUMN + "ndbg.htm", _DATA_PAGER)
    assert [r.url for r in spider.next_pages(response)] == [_COLUMN + "ndbg_1.htm", _COLUMN + "ndbg_2.htm",
                                                             _COLUMN + "ndbg_3.htm"]


def test_1_the_haiyun_family_pages_the_same_declaration_from_name_2() -> None:
    page = _DATA_PAGER.replace('"pageIdx": 0', '"currentPage": 1')
    spider, _site, response = _spider(TrsHaiyunSpider, "trs_haiyun", _COLUMN + "ndbg.shtml", page)
    assert [r.url for r in spider.next_pages(response)] == [_COLUMN + "ndbg_2.shtml", _COLUMN + "ndbg_3.shtml",
                                                             _COLUMN + "ndbg_4.shtml"]


def test_1_numeric_data_attributes_and_a_zero_based_current_page() -> None:
    page = """<ul class="news"><li><a href="/a/1.htm">2023年度报告</a></li></ul>
    <div class="pagination-box" data-record-count="17" data-page-size="6" data-page-no="0"></div>"""
    pager = pagers.page_param(HtmlResponse("http://x.test/", body=page.encode(), encoding="utf-8").selector, page,
                              _COLUMN + "index.htm", base=pagers.CLASSIC_BASE)
    assert (pager.records, pager.pages, pager.current) == (17, 3, 1)
    assert pager.urls == [_COLUMN + "index_1.htm", _COLUMN + "index_2.htm"]


def test_1_no_family_no_rule_requests_nothing_and_states_the_declared_pages() -> None:
    pager = pagers.recognise(_DATA_PAGER, _COLUMN + "ndbg.htm")
    assert pager.pages == 4 and pager.urls == []
    spider, site, response = _spider(GenericSpider, "generic", _COLUMN + "ndbg.htm", _DATA_PAGER)
    requested = [r.url for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]
    assert not any("ndbg_" in url for url in requested)
    lines = coverage_lines({site.id: spider.coverage_of(site)})
    assert any(line.startswith("  SHORT lanxi-gov: list " + _COLUMN + "ndbg.htm") and "1 of 4 declared pages" in line
               for line in lines)


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_the_evaluator_reads_form_fields_in_their_forms() -> None:
    page = """<form name="listForm" action="#"><input type="hidden" name="recordCount" value="23">
    <input id="pageTotal" type="hidden" value=" 3 "><input name="pageNo" id="curPage" value="1"></form>"""
    fields = jsexpr.fields_of(page)
    script = """var total = parseInt(document.querySelector('#pageTotal').value);
    var get = function (n) { return Number(document.getElementsByName(n)[0].value); };
    const field = id => +jQuery('#' + id).val();"""
    read = {expr: jsexpr.evaluate(expr, script, fields=fields) for expr in (
        "total", "get('recordCount')", "Math.ceil(get('recordCount') / 10)", "document.forms[0].recordCount.value",
        "document.listForm.pageNo.value", "parseInt($(\"input[name='recordCount']\").val(), 10) + 1",
        "document.forms['listForm'].curPage.value")}
    assert list(read.values()) == [3, 23, 3, "23", "1", 24, "1"]
    # what is not a field of the page, or not a read of one, is not read
    assert jsexpr.evaluate("document.getElementById('nope').value", script, fields=fields) is None
    assert jsexpr.evaluate("$('.pager li').val()", script, fields=fields) is None
    assert jsexpr.evaluate("document.getElementById('pageTotal').innerHTML", script, fields=fields) is None
    assert jsexpr.evaluate("get('recordCount', 2)", script, fields=fields) is None


def test_2_an_inline_pager_call_reading_hidden_fields() -> None:
    page = """<ul class="list"><li><a href="./202401/t20240125_5521.shtml">2023年报</a></li></ul>
    <input type="hidden" id="totalPage" value="3"><input type="hidden" id="totalRecord" value="29">
    <div id="page_div"></div><script>
    var records = $('#totalRecord').val();
    createPageHTML('page_div', document.getElementById('totalPage').value, 1, 'nb_list', 'shtml', parseInt(records));
    </script>"""
    pager = pagers.recognise(page, _COLUMN + "nb_list.shtml")
    assert (pager.pages, pager.records, pager.current) == (3, 29, 1)
    assert pager.urls == [_COLUMN + "nb_list_2.shtml", _COLUMN + "nb_list_3.shtml"]


_FILLED = """<html><head><script src="/assets/js/jquery-3.6.0.min.js"></script>
<script src="/assets/js/site-nav.js"></script></head><body>
<table class="nb-table"><tr><td><a href="./202402/t20240202_99120.shtml">澜溪县2023年政府信息公开工作年度报告</a>
</td></tr></table>
<form id="pf"><input type="hidden" name="rc" value="16"><input type="hidden" name="ps" value="6"></form>
<ul class="pagination" id="pages"></ul>
<script src="/assets/js/nb-pages.js"></script><script src="/assets/js/stat.js"></script></body></html>"""

_FILLER = """function createPageHTML(box, count, now, file, suffix, records) {
  var html = '';
  for (var p = 1; p <= count; p++) {
    html += '<li><a href="' + (p == 1 ? file + '.' + suffix : file + '-' + p + '.' + suffix) + '">' + p + '</a></li>';
  }
  document.getElementById(box).innerHTML = html;
}
function num(name) { return parseInt(document.forms['pf'][name].value, 10); }
createPageHTML('pages', Math.ceil(num('rc') / num('ps')), 1, 'ndbg', 'shtml', num('rc'));
"""


def test_2_the_script_that_fills_an_empty_pager_is_found() -> None:
    url = _COLUMN + "ndbg.shtml"
    sel = HtmlResponse(url, body=_FILLED.encode(), encoding="utf-8").selector
    assert pagerscript.filler_script(sel, url) == "http://xxgk.lanxi.gov.test/assets/js/nb-pages.js"
    shown = _FILLED.replace('<ul class="pagination" id="pages"></ul>',
                            '<ul class="pagination" id="pages"><li><a href="ndbg-2.shtml">2</a></li></ul>')
    assert pagerscript.filler_script(HtmlResponse(url, body=shown.encode(), encoding="utf-8").selector, url) is None


def _filler_request(spider: PortalSpider, response: HtmlResponse) -> ScrapyRequest:
    found = [r for r in spider.parse_list(response)
             if isinstance(r, ScrapyRequest) and r.url.endswith("/nb-pages.js")]
    assert len(found) == 1
    return found[0]


def test_2_the_fillers_call_reads_the_pages_fields_and_pages_the_list() -> None:
    spider, site, response = _spider(TrsHaiyunSpider, "trs_haiyun", _COLUMN + "ndbg.shtml", _FILLED)
    request = _filler_request(spider, response)
    script = TextResponse(request.url, body=_FILLER.encode(), encoding="utf-8", request=request)
    pages = [r.url for r in spider.parse_count_script(script) if isinstance(r, ScrapyRequest)]
    assert pages == [_COLUMN + "ndbg-2.shtml", _COLUMN + "ndbg-3.shtml"]
    listed = spider.coverage_of(site).lists[_COLUMN + "ndbg.shtml"]
    assert (listed.declared_pages, listed.declared_records) == (3, 16)
    assert spider.coverage_of(site).falls_short  # only page 1 read so far (a page that never answers): stated


def test_2_a_filler_with_no_pager_call_says_nothing() -> None:
    spider, site, response = _spider(TrsHaiyunSpider, "trs_haiyun", _COLUMN + "ndbg.shtml", _FILLED)
    request = _filler_request(spider, response)
    other = TextResponse(request.url, body=b"$(function () { $('#pages').hide(); });", encoding="utf-8",
                         request=request)
    assert list(spider.parse_count_script(other)) == []
    assert not spider.coverage_of(site).lists_unread
