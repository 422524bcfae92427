"""Issue 12, the classes of held-out batch 6, each tested on markup written unlike batch 6's portals
(other sites of the same kinds):

1. an agency named in a title whose year sits in brackets at its end, or that says "关于…情况的报告";
2. a 年报 table row whose columns say what they hold (单位 / 年度 / 报告名称) and whose link says
   only "详情": the row is the title; a row of no year is a unit's list, not a report;
3. unit names under a box caption that names the year and the report;
4. a page whose Content-Type charset is wrong (or a list, ``utf-8,gbk``) decoded with its own;
5. ASP.NET postback paging (``__doPostBack('…Pager','2')``): the form posted with the pager's
   control as target and the page as argument; a page that answers entries already counted adds
   nothing (a shortfall stays stated);
6. a short name a list gives (澧阳市人社局) written out as the document names itself.
"""

from __future__ import annotations

from parsel import Selector

from govcrawl.crawl import entries, hubunits, pagers
from govcrawl.crawl.charset import true_encoding, widened
from govcrawl.crawl.classify import is_report_title
from govcrawl.crawl.coverage import PortalCoverage
from govcrawl.crawl.urls import escaped, query_encoding
from govcrawl.report.metadata import agency_from_title


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_agency_of_a_title_with_the_year_in_brackets_or_a_report_on_the_work() -> None:
    assert agency_from_title("杉溪市医疗保障局政府信息公开工作年度报告【2023年度】") == "杉溪市医疗保障局"
    assert agency_from_title("杉溪市水务局政府信息公开年报(2024年)") == "杉溪市水务局"
    assert agency_from_title("杉溪县人民政府办公室关于2022年度政府信息公开工作开展情况的报告") == "杉溪县人民政府办公室"
    assert agency_from_title("杉溪县2023年政府信息公开工作年度报告（图片版）") == "杉溪县"


# -- 2 -----------------------------------------------------------------------------------------------
_ROWS = ('<html><head><title>部门政府信息公开年报</title></head><body><table class="grid"><thead><tr>'
         '<td>部门名称</td><td>报告年度</td><td>报告名称</td><td>发布日期</td><td></td></tr></thead>'
         '<tr><td>县水务局</td><td>2023年</td><td>政府信息公开工作年度报告</td><td>2024-01-29</td>'
         '<td><a href="/sw/2024/0129/a1.html">详情</a></td></tr>'
         '<tr><td>县水务局</td><td>2023年</td><td>政府网站工作年度报表</td><td>2024-01-15</td>'
         '<td><a href="/sw/2024/0115/a2.html">详情</a></td></tr>'
         '<tr><td>县医保局</td><td></td><td>年报栏目</td><td></td>'
         '<td><a href="http://ybj.shanxi.gov.test/nb/">进入栏目</a></td></tr></table></body></html>')


def test_2_a_row_whose_columns_say_what_they_hold_is_the_title() -> None:
    found = dict(entries.list_entries(Selector(text=_ROWS)))
    assert found["/sw/2024/0129/a1.html"] == "县水务局2023年政府信息公开工作年度报告"
    assert not is_report_title(found["/sw/2024/0115/a2.html"])  # a 报表's row names no report: not followed


def test_2_a_row_of_no_year_links_its_units_list_and_names_the_unit_by_its_column() -> None:
    assert hubunits.unit_lists(Selector(text=_ROWS)) == [("http://ybj.shanxi.gov.test/nb/", "县医保局")]


# -- 3 -----------------------------------------------------------------------------------------------
def test_3_unit_names_under_a_caption_naming_year_and_report() -> None:
    html = ('<html><body><div class="nb-year"><h4>2022年度政府信息公开工作年度报告</h4><ul class="dw">'
            '<li><a href="/nb/2022/zf.htm">县人民政府</a></li><li><a href="/nb/2022/jyj.pdf">县教育局</a></li>'
            '<li><a href="/nb/2022/jyj_jd.htm">解读</a></li></ul></div>'
            '<div class="links"><h4>友情链接</h4><ul><li><a href="http://www.gov.cn/">中国政府网</a></li>'
            '<li><a href="http://ga.shanxi.gov.test/">县公安局</a></li></ul></div></body></html>')
    found = dict(entries.list_entries(Selector(text=html)))
    assert found["/nb/2022/zf.htm"] == "县人民政府2022年政府信息公开工作年度报告"
    assert found["/nb/2022/jyj.pdf"] == "县教育局2022年政府信息公开工作年度报告"
    assert found["/nb/2022/jyj_jd.htm"] == "解读"
    assert found["http://ga.shanxi.gov.test/"] == "县公安局"  # a caption that names no report adds nothing


# -- 4 -----------------------------------------------------------------------------------------------
def test_4_a_page_is_decoded_with_its_own_charset_when_the_header_is_wrong() -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body>'
            '<a href="a.htm">杉溪县2024年政府信息公开工作年度报告</a></body></html>').encode("gbk")
    assert true_encoding(page, "utf-8") == "gb18030"
    undeclared = "<html><body>杉溪县人民政府</body></html>".encode("gb18030")
    assert true_encoding(undeclared, "utf-8") == "gb18030"
    assert true_encoding("<p>杉溪县</p>".encode(), "utf-8") is None  # decodes under its header: left alone


def test_4_the_middleware_re_decodes_a_response_under_a_list_of_charsets() -> None:
    from scrapy import Request
    from scrapy.http import HtmlResponse

    from govcrawl.crawl.charset import CharsetMiddleware

    body = '<html><head><meta charset="gb2312"></head><body><a href="x">堃溪县年报</a></body></html>'.encode("gb18030")
    response = HtmlResponse("http://www.shanxi.gov.test/", body=body,
                            headers={"Content-Type": "text/html; charset=utf-8,gbk"})
    fixed = CharsetMiddleware().process_response(Request(response.url), response)
    assert "堃溪县年报" in fixed.text  # type: ignore[attr-defined]


# -- 5 -----------------------------------------------------------------------------------------------
_ASPX = ('<html><body><form method="post" action="./NewsList.aspx?cid=8" id="form1">'
         '<input type="hidden" name="__EVENTTARGET" value=""><input type="hidden" name="__EVENTARGUMENT" value="">'
         '<input type="hidden" name="__VIEWSTATE" value="/wEPDwUJ"><input type="text" name="txtKey" value="">'
         '<input type="submit" name="btnSearch" value="搜索"><script>function __doPostBack(eventTarget, eventArgument)'
         ' { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument;'
         ' theForm.submit(); }</script>'
         '<ul class="list"><li><a href="Show.aspx?id=91">杉溪县2024年政府信息公开工作年度报告</a> 2025-01-20</li></ul>'
         '<div class="pages">共 3 页 第 1 页 '
         '<a href="javascript:__doPostBack(\'gvList$ctl13$lbNext\',\'2\')">下一页</a>'
         ' <a href="javascript:__doPostBack(\'gvList$ctl13$lbNext\',\'3\')">末页</a></div></form></body></html>')


def test_5_aspnet_postback_paging_posts_the_pagers_control_and_the_page() -> None:
    pager = pagers.recognise(_ASPX, "http://www.shanxi.gov.test/xxgk/NewsList.aspx?cid=8")
    assert pager.form is not None and "form" in pager.kinds
    assert pager.form.action == "http://www.shanxi.gov.test/xxgk/NewsList.aspx?cid=8"
    assert pager.form.page_field == "__EVENTARGUMENT"
    assert pager.form.fields["__EVENTTARGET"] == "gvList$ctl13$lbNext"
    assert pager.form.fields["__VIEWSTATE"] == "/wEPDwUJ" and "btnSearch" not in pager.form.fields
    assert pagers.form_pages(pager) == [2, 3]


def test_5_a_page_answering_entries_already_counted_adds_nothing() -> None:
    coverage = PortalCoverage("shanxi-gov")
    url = "http://www.shanxi.gov.test/xxgk/NewsList.aspx?cid=8"
    coverage.declare(url, records=12)
    first = frozenset({"Show.aspx?id=91", "Show.aspx?id=90"})
    assert coverage.harvested(url, entries=2, links=first)
    assert not coverage.harvested(url, entries=2, links=first)  # page 1 again, for a post of page 2
    assert coverage.short_lists() == [(url, "2 of 12 declared entries")]


# -- 6 -----------------------------------------------------------------------------------------------
def test_6_a_short_name_from_the_list_is_written_out_as_the_document_names_itself() -> None:
    """A hub row names the bureau short and links its PDF directly: the record takes the document's
    own written-out name (and the id that goes with it); another agency's document changes nothing."""
    from govcrawl.report import parse_report

    text = "杉溪市人力资源和社会保障局2024年政府信息公开工作年度报告\n一、总体情况\n本年度……\n".encode()
    short = {"id": "shanxi-bmnb/杉溪市人社局", "name": "杉溪市人社局", "region": "测试省杉溪市"}
    record = parse_report(text, "text/plain", agency=short)
    assert record["agency"]["name"] == "杉溪市人力资源和社会保障局"
    assert record["agency"]["id"] == "shanxi-bmnb/杉溪市人力资源和社会保障局"
    other = parse_report(text, "text/plain", agency={**short, "id": "shanxi-bmnb/杉溪市统计局", "name": "杉溪市统计局"})
    assert other["agency"]["name"] == "杉溪市统计局"


def test_6_years_listed_under_the_short_name_are_found_under_the_written_out_one() -> None:
    from govcrawl.crawl.coverage import coverage_lines

    coverage = PortalCoverage("shanxi-bmnb")
    coverage.years_listed = {"杉溪市人社局": {2024}, "杉溪市统计局": {2023, 2024}}
    coverage.years_found = {"杉溪市人力资源和社会保障局": {2024}, "杉溪市统计局": {2024}}
    gaps = [line for line in coverage_lines({"shanxi-bmnb": coverage}) if "years listed" in line]
    assert gaps == ["  shanxi-bmnb: 杉溪市统计局: years listed 2023,2024, found 2024 (missing 2023)"]


def test_4_gb_labels_are_widened_to_gb18030_whatever_w3lib_resolves_them_to() -> None:
    # w3lib's resolve_encoding gave gb18030 for "gbk" before 2.6 and gives "gbk" since; the crawl's
    # decoding and its query bytes must not follow it (a GB18030-only character, 㟅, is in GBK pages).
    for label in ("gbk", "GB2312", "x-gbk", "cp936", "gb18030"):
        assert widened(label) == "gb18030"
        assert query_encoding(label) == "gb18030"
    assert widened("UTF8") == "utf-8" and query_encoding("utf-16le") == "utf-8"
    assert escaped("http://a.gov.test/s?q=㟅山", "gbk") == "http://a.gov.test/s?q=%820%D09%C9%BD"
