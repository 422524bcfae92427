"""A pager widget's page-change callback as its pages' URL rule (batch 24: an Epoint ``m-pagination``
list whose HTML has no page link).  Markup written unlike the fixture's: other plugins' options and
callbacks (twbsPagination, jqPaginator with a named function, a data-only element with an arrow
``getLink``), and near-misses that must name no page."""

from __future__ import annotations

from govcrawl.crawl.pagers import recognise


def page(body: str) -> str:
    return (f"<html><head><title>年报</title></head><body><ul class='list'><li><a href='a/1.html'>x</a></li></ul>"
            f"{body}</body></html>")


def test_twbs_pagination_callback_names_every_declared_page() -> None:
    html = page("""<ul id="pg" class="pagination-sm"></ul>
<script type="text/javascript">
  var columnId = '1024';
  $(function () {
    $('#pg').twbsPagination({
      totalPages: 4, visiblePages: 5, startPage: 1, first: '首页', last: '末页',
      onPageClick: function (event, page) {
        window.location.href = 'nblist.jsp?columnId=' + columnId + '&pageNo=' + page;
      }
    });
  });
</script>""")
    pager = recognise(html, "http://www.example.gov.test/zwgk/nblist.jsp?columnId=1024&pageNo=1")
    assert pager.pages == 4
    assert pager.urls == [f"http://www.example.gov.test/zwgk/nblist.jsp?columnId=1024&pageNo={n}" for n in (2, 3, 4)]


def test_jqpaginator_with_a_named_callback() -> None:
    html = page("""<div class="pager-box"><ul id="pagination1"></ul></div>
<script>
function goPage(num, type) {
    if (type === 'change') { location.href = 'list' + (num > 1 ? '-' + num : '') + '.shtml'; }
}
$.jqPaginator('#pagination1', {totalCounts: 23, pageSize: 10, visiblePages: 5, currentPage: 1,
    onPageChange: goPage});
</script>""")
    pager = recognise(html, "http://xxgk.example.gov.test/nb/list.shtml")
    assert pager.pages == 3 and pager.records == 23
    assert pager.urls == ["http://xxgk.example.gov.test/nb/list-2.shtml", "http://xxgk.example.gov.test/nb/list-3.shtml"]


def test_data_attribute_widget_with_an_arrow_link_rule_and_an_index() -> None:
    html = page("""<nav class="page-nav" data-total-count="19" data-page-size="8" data-page-index="0"></nav>
<script>new Pagination(document.querySelector('.page-nav'),
    {getLink: i => 'nb' + (i ? '_' + i : '') + '.htm'});</script>""")
    pager = recognise(html, "http://www.example.gov.test/col/nb.htm")
    assert pager.pages == 3
    assert pager.urls == ["http://www.example.gov.test/col/nb_1.htm", "http://www.example.gov.test/col/nb_2.htm"]
    # The same list's page 2 (index 1) names nothing more: its first page named every page.
    later = html.replace('data-page-index="0"', 'data-page-index="1"')
    assert recognise(later, "http://www.example.gov.test/col/nb_1.htm").urls == []


def test_near_miss_callback_that_loads_rows_in_place_names_no_page() -> None:
    html = page("""<div id="pager" class="m-pagination" data-pageindex="0" data-pagesize="15" data-total="40"></div>
<script>$('#pager').pagination({pageIndex: 0, pageSize: 15, total: 40,
  onPageChange: function (e) { loadList('/api/list?pageIndex=' + e.pageIndex); }});</script>""")
    pager = recognise(html, "http://www.example.gov.test/xxgk/nb/subpage.html")
    assert pager.pages == 3 and pager.records == 40  # declared: the list is stated short
    assert pager.urls == []


def test_near_miss_callback_whose_rule_does_not_build_this_page() -> None:
    html = page("""<div id="pager" class="m-pagination" data-pageindex="0" data-pagesize="15" data-total="40"></div>
<script>$('#pager').pagination({pageIndex: 0, pageSize: 15, total: 40,
  onPageChange: function (e) { location.href = 'list.html?page=' + e.pageIndex; }});</script>""")
    pager = recognise(html, "http://www.example.gov.test/xxgk/nb/subpage.html")
    assert pager.pages == 3
    assert pager.urls == []  # list.html?page=0 is not this page: the rule is not read as this list's


# -- the way in: a 信息公开 area page whose box of newest titles shows a report ------------------------
AREA = "http://gk.example.gov.test/index.jsp"
_AREA_PAGE = ('<html><body><dl class="left-menu"><dt>公开目录</dt><dd><a href="/col/col101/">信息公开指南</a></dd>'
              '<dd><a href="/col/col105/">年度报告</a></dd><dd><a href="/col/col106/">依申请公开</a></dd></dl>'
              '<div class="new-box"><h3>最新信息</h3><p><a href="/art/2025/1/20/art_105_9.html">'
              '某县2024年政府信息公开工作年度报告</a></p><p><a href="/art/2025/1/18/art_101_8.html">'
              '某县召开常务会议</a></p></div></body></html>')


def _area_requests(meta: dict[str, object], url: str = AREA) -> list[str]:
    from scrapy.http import HtmlResponse
    from scrapy.http import Request as ScrapyRequest
    from scrapy.utils.test import get_crawler

    from govcrawl.bases.auto import GenericSpider
    from govcrawl.crawl.registry import Site

    site = Site(id="mou-gov", agency="某县人民政府", cms="generic", region="测试省某县",
                start_urls=("http://www.example.gov.test/",), allowed_domains=("example.gov.test",))
    page = HtmlResponse(url, body=_AREA_PAGE.encode(), encoding="utf-8",
                        request=ScrapyRequest(url, meta={"site": site, **meta}))
    spider = GenericSpider.from_crawler(get_crawler(GenericSpider), name=site.id, sites=[site])
    return [r.url for r in spider.navigate(page)]


def test_an_area_page_showing_a_newest_report_still_leads_to_its_nianbao_column() -> None:
    """Reached by navigation, the area's box shows one report: the 年报 column it links is the list
    (followed), its other columns are not."""
    assert _area_requests({"nav_depth": 1, "nav_kind": "gk_area"}) == ["http://gk.example.gov.test/col/col105/"]


def test_near_miss_a_start_page_showing_reports_is_not_navigated_from() -> None:
    """The same page as a start URL other than a home page may be the list itself: left as it was."""
    assert _area_requests({"start_url": True}, "http://gk.example.gov.test/col/col100/index.html") == []


def test_a_home_page_start_showing_reports_in_a_box_still_leads_to_its_nianbao_column() -> None:
    """As a host's home page (batch 28, ``homefeed``), its 最新信息 box is not the column: the 年报
    column it links is still followed (the box's report is taken as well)."""
    assert _area_requests({"start_url": True}) == ["http://gk.example.gov.test/col/col105/"]
