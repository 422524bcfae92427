"""Issue 12, held-out rounds 7 and 8: list sizes a pager declares that no recogniser read, so a crawl
that missed the list's later pages said nothing.  Each class tested on markup written unlike the
batches' portals (other sites of the same kinds):

1. a ``pageParam`` element whose naming script is a shared file the page loads (not in the page):
   what its ``data`` declares is read whatever its keys are called (``totalCount``/``pageSize``/
   ``pageNo``, ``totalRecord``/``totalPage``), and its pages are named by the 海云 convention,
   the declared count checking it.
2. a pager widget's options object (layui's ``laypage.render({count, limit, curr, jump})``, a jQuery
   plugin's ``pagination({pageCount})``): the records and pages it declares, the pages' URLs by the
   naming rule of its jump function (the page a field of the function's argument, ``e.curr``).
3. a declared size the pager recogniser reads is counted by coverage: a list whose later pages were
   not harvested is a SHORT line (exit 4), not silence.
4. the 开普云 family pages a column whose first page is ``index.html`` by the shared recogniser (it
   read only ``共 N 页`` for ``1.html`` columns, and its own count regex is gone).
5. one vocabulary of declared sizes: a list API's JSON answer declares its size under the same names
   a pager's settings do (``TotalRecords``, ``totalNum``, ``totalPages``), whatever their case.
"""

from __future__ import annotations

from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.kaipu import KaipuSpider
from govcrawl.crawl import pagers, scriptanswers
from govcrawl.crawl.coverage import coverage_lines
from govcrawl.crawl.registry import Site


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_page_param_without_its_naming_script_in_the_page() -> None:
    page = """<ul class="gl"><li><a href="/art/2024/1/30/art_12_901.html">泾原县2023年政府信息公开工作年度报告</a>
    </li></ul>
    <div class="fenye" id="pageParam" data="{pageNo:1, pageSize:8, totalCount:19}" url="gknb_list"></div>
    <script src="/static/js/fenye.js"></script><script>initFenye('pageParam', 'fy');</script>"""
    pager = pagers.recognise(page, "http://xxgk.jingyuan.gov.test/c/nb/gknb_list.htm")
    assert pager.records == 19 and pager.pages == 3 and pager.current == 1
    assert pager.urls == ["http://xxgk.jingyuan.gov.test/c/nb/gknb_list_2.htm",
                          "http://xxgk.jingyuan.gov.test/c/nb/gknb_list_3.htm"]


def test_1_a_later_page_of_a_page_param_list_declares_and_schedules_nothing() -> None:
    page = """<div id="pageParam" data="{'totalRecord':'23','totalPage':'3','currentPage':'2'}" url="list"
    ext="html"></div><script src="/js/pager.min.js"></script>"""
    pager = pagers.recognise(page, "http://gk.jingyuan.gov.test/210/nb/list_2.html")
    assert (pager.records, pager.pages, pager.current) == (23, 3, 2)
    assert pager.urls == []


# -- 2 -----------------------------------------------------------------------------------------------
_LAYPAGE = """<div class="news"><ul><li><a href="./202401/t20240125_3302.html">2023年度政府信息公开工作年度报告</a>
<i>2024-01-25</i></li></ul></div><div id="pagebar"></div>
<script>var nTotal = 32;
layui.use(['laypage'], function () {
  layui.laypage.render({ elem: 'pagebar', count: nTotal, limit: 15, curr: 1, layout: ['count', 'prev', 'page', 'next'],
    jump: function (e, first) { if (!first) { window.location.href = e.curr === 1 ? 'ndbg.html' : 'ndbg_' + e.curr
      + '.html'; } } });
});</script>"""


def test_2_a_pager_widgets_options_and_its_jump_rule() -> None:
    pager = pagers.recognise(_LAYPAGE, "http://www.jingyuan.gov.test/zwgk/ndbg/ndbg.html")
    assert pager.records == 32 and pager.pages == 3 and pager.current == 1
    assert pager.urls == ["http://www.jingyuan.gov.test/zwgk/ndbg/ndbg_2.html",
                          "http://www.jingyuan.gov.test/zwgk/ndbg/ndbg_3.html"]


def test_2_a_widget_that_declares_without_a_naming_rule_is_read_not_guessed() -> None:
    plugin = """<div class="pages"></div><script>$(".pages").pagination({ pageCount: 4, current: 1, jump: true,
      callback: function (api) { loadList(api.getCurrent()); } });</script>"""
    pager = pagers.recognise(plugin, "http://www.jingyuan.gov.test/zwgk/ndbg/")
    assert pager.pages == 4 and pager.urls == []
    records_only = "<script>laypage.render({elem: 'pg', count: 12});</script>"  # layui's page size unstated
    pager = pagers.recognise(records_only, "http://www.jingyuan.gov.test/zwgk/ndbg/")
    assert pager.records == 12 and pager.pages is None and pager.urls == []


# -- 3 and 4 -----------------------------------------------------------------------------------------
def _kaipu(url: str, html: str) -> tuple[KaipuSpider, Site, HtmlResponse]:
    site = Site(id="jingyuan-gov", agency="泾原县人民政府", cms="kaipu", region="测试省泾原县", start_urls=(url,),
                allowed_domains=("jingyuan.gov.test",))
    spider = KaipuSpider.from_crawler(get_crawler(KaipuSpider), name=site.id, sites=[site])
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": site, "start_url": True}))
    return spider, site, response


def test_3_a_widgets_declared_size_unharvested_is_stated() -> None:
    url = "http://www.jingyuan.gov.test/zwgk/ndbg/ndbg.html"
    spider, site, response = _kaipu(url, _LAYPAGE)
    list(spider.parse_list(response))  # page 1 read; its later pages never answer
    coverage = spider.coverage_of(site)
    assert coverage.falls_short and coverage.short_lists() == [(url, "1 of 32 declared entries")]
    assert any(line.startswith("  SHORT jingyuan-gov: list") for line in coverage_lines({site.id: coverage}))


def test_4_kaipu_pages_an_index_column_by_the_shared_recogniser() -> None:
    url = "http://www.jingyuan.gov.test/zwgk/ndbg/ndbg.html"
    spider, _site, response = _kaipu(url.replace("ndbg.html", "index.html"),
                                     _LAYPAGE.replace("'ndbg", "'index"))
    assert [r.url for r in spider.next_pages(response)] == [
        "http://www.jingyuan.gov.test/zwgk/ndbg/index_2.html", "http://www.jingyuan.gov.test/zwgk/ndbg/index_3.html"]
    numbered = ('<ul><li><a href="/art/1.html">泾原县2023年政府信息公开工作年度报告</a></li></ul>'
                '<div class="page-box">首页 上一页 下一页 尾页 第1页/共3页</div>')
    spider, _site, response = _kaipu("http://www.jingyuan.gov.test/zwgk/ndbg/1.html", numbered)
    assert [r.url for r in spider.next_pages(response)] == [
        "http://www.jingyuan.gov.test/zwgk/ndbg/2.html", "http://www.jingyuan.gov.test/zwgk/ndbg/3.html"]


# -- 5 -----------------------------------------------------------------------------------------------
def test_5_a_json_answer_declares_by_the_pager_vocabulary() -> None:
    answer = ('{"code": 0, "data": {"TotalRecords": 21, "PageTotal": 3, "list": [{"docTitle": '
              '"泾原县2023年政府信息公开工作年度报告", "docUrl": "/art/2024/1/30/art_12_901.html"}]}}')
    assert scriptanswers.json_list(answer)[1:] == (21, 3)
    assert scriptanswers.json_list('{"totalNum": 9, "rows": []}')[1:] == (9, None)
