"""Issue 12, held-out round 10: pagers whose size no recogniser read, so a crawl missed the list's
later pages (and, twice, said nothing).  Each class tested on markup written unlike the batch's
portals (other sites of the same kinds):

1. a pager call's count argument that is arithmetic over variables the page's scripts set
   (``Math.ceil(recordCount / pageSize)``, ``parseInt(…) + 1``, a variable set to such an
   expression): evaluated by a small bounded evaluator (numbers, strings, ``+ - * / %``, the
   ``Math``/``parseInt`` functions templates use, declared names), never run; a widget option's
   value the same way.
"""

from __future__ import annotations

from govcrawl.crawl import jsexpr, pagers


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
    assert pagers.count_script(page, base) == "http://www.yanling.gov.test/zwgk/nb/pageinfo.js"
    pager = pagers.trs_script("var docCount = 9, perPage = 4;\n" + page, base)
    assert pager.pages == 3 and pager.urls[-1] == "http://www.yanling.gov.test/zwgk/nb/index_2.shtml"
