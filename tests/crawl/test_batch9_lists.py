"""Issue 12, held-out round 9: list pages a family did not reach.  Each class tested on markup written
unlike the batch's portals (other sites of the same kinds):

1. a TRS ``createPageHTML`` call whose page count is a variable the page does not set, set instead by
   a script the page loads (a column's own count file, ``var nPageCount = 4``): that one same-host
   script is fetched (size-capped), its count declared and the list paged by it; a script that does
   not answer, or sets no count, is a stated shortfall, not silence.
2. a legacy list paged by a query parameter other than the family's default (an ASP list's ``pg=2``
   where a Struts action's is ``pageNo=2``): the parameter is the one the page's own pager links vary.
"""

from __future__ import annotations

from scrapy.http import HtmlResponse, TextResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from govcrawl.bases.legacy import GkmlActionSpider
from govcrawl.bases.trs import TrsClassicSpider
from govcrawl.crawl import pagers, pagerscript
from govcrawl.crawl.coverage import coverage_lines
from govcrawl.crawl.registry import Site

# -- 1 -----------------------------------------------------------------------------------------------
_COLUMN = "http://xxgk.taoshan.gov.test/gknb/ndbg/"
_TRS_PAGE = """<html><head><script type="text/javascript" src="/res/js/jquery-1.12.min.js"></script>
<script type="text/javascript" src="https://cdn.example.test/stat/count.js"></script></head><body>
<div class="nblb"><table><tr><td><a href="./202402/t20240201_88112.htm" title="桃山区2023年政府信息公开工作年度报告">
桃山区2023年政府信息公开工作年度报告</a></td><td>2024-02-01</td></tr>
<tr><td><a href="./202401/t20240118_88040.htm" title="桃山区教育局2023年政府信息公开工作年度报告">
桃山区教育局2023年…</a></td><td>2024-01-18</td></tr></table></div>
<div class="fy_box"><script language="javascript" src="/res/js/fenye.js"></script>
<script language="javascript" src="list_total.js"></script>
<script language="javascript">createPageHTML(nPageCount, 0, "list", "htm");</script></div></body></html>"""


def test_1_the_count_script_is_the_columns_own_script_loaded_before_the_call() -> None:
    assert pagerscript.count_script(_TRS_PAGE, _COLUMN + "list.htm") == _COLUMN + "list_total.js"
    # no script of the column's own: the nearest same-host one before the call (not the CDN's)
    shared = _TRS_PAGE.replace('src="list_total.js"', 'src="https://cdn.example.test/x.js"')
    assert pagerscript.count_script(shared, _COLUMN + "list.htm") == "http://xxgk.taoshan.gov.test/res/js/fenye.js"
    # a call the page itself resolves needs no script
    inline = _TRS_PAGE.replace("<script language=\"javascript\">createPageHTML",
                               "<script>var nPageCount = 2;</script><script>createPageHTML")
    assert pagerscript.count_script(inline, _COLUMN + "list.htm") is None


def _trs() -> tuple[TrsClassicSpider, Site, HtmlResponse]:
    url = _COLUMN + "list.htm"
    site = Site(id="taoshan-gov", agency="桃山区人民政府", cms="trs_classic", region="测试省桃山区", start_urls=(url,),
                allowed_domains=("taoshan.gov.test",))
    spider = TrsClassicSpider.from_crawler(get_crawler(TrsClassicSpider), name=site.id, sites=[site])
    response = HtmlResponse(url, body=_TRS_PAGE.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": site, "start_url": True}))
    return spider, site, response


def _script_request(spider: TrsClassicSpider, response: HtmlResponse) -> ScrapyRequest:
    found = [r for r in spider.parse_list(response)
             if isinstance(r, ScrapyRequest) and r.url == _COLUMN + "list_total.js"]
    assert len(found) == 1
    return found[0]


def test_1_a_count_in_a_loaded_script_is_declared_and_paged_by() -> None:
    spider, site, response = _trs()
    request = _script_request(spider, response)
    assert request.meta["download_maxsize"] <= 64 * 1024  # bounded: a count file is a line or two
    body = "var nPageCount = 4;  // 共多少页\nvar nRecordCount = 14;\n".encode()
    script = TextResponse(request.url, body=body, encoding="utf-8", request=request)
    pages = [r.url for r in spider.parse_count_script(script) if isinstance(r, ScrapyRequest)]
    assert pages == [_COLUMN + "list_1.htm", _COLUMN + "list_2.htm", _COLUMN + "list_3.htm"]
    listed = spider.coverage_of(site).lists[_COLUMN + "list.htm"]
    assert (listed.declared_pages, listed.declared_records) == (4, 14)
    assert spider.coverage_of(site).falls_short  # only page 1 read so far: stated


def test_1_a_count_script_that_fails_or_sets_nothing_is_stated() -> None:
    spider, site, response = _trs()
    request = _script_request(spider, response)
    spider.count_script_failed(_failure(request))
    lines = coverage_lines({site.id: spider.coverage_of(site)})
    assert any(line.startswith("  SHORT taoshan-gov: list " + _COLUMN + "list.htm") and "list_total.js" in line
               for line in lines)
    spider, site, response = _trs()
    request = _script_request(spider, response)
    empty = TextResponse(request.url, body=b"var siteId = 'ts';\n", encoding="utf-8", request=request)
    assert list(spider.parse_count_script(empty)) == []
    assert spider.coverage_of(site).falls_short


def _failure(request: ScrapyRequest) -> Failure:
    failure = Failure(OSError("Connection refused"))
    failure.request = request  # type: ignore[attr-defined]  # as Scrapy hands an errback its failure
    return failure


# -- 2 -----------------------------------------------------------------------------------------------
_ASP_PAGE = """<HTML><BODY><TABLE><TR><TD class=news_t>·<A href="ShowNews.asp?NewsID=771"
title="桃山区2023年政府信息公开工作年度报告">桃山区2023年政府信息公开…</A></TD><TD>2024-1-30</TD></TR>
<TR><TD class=news_t>·<A href="ShowNews.asp?NewsID=702" title="桃山区2022年政府信息公开工作年度报告">桃山区2022年…</A>
</TD><TD>2023-1-29</TD></TR></TABLE>
<TABLE><TR><TD>共 9 篇 第 1/4 页 <A href="ListNews.asp?TypeID=31&amp;pg=2">2</A>
<A href="ListNews.asp?TypeID=31&amp;pg=3">3</A>
<A href="ListNews.asp?TypeID=31&amp;pg=2">下页</A> <A href="ListNews.asp?TypeID=31&amp;pg=4">末页</A></TD></TR></TABLE>
</BODY></HTML>"""


def test_2_a_legacy_list_pages_by_the_parameter_its_pager_links_vary() -> None:
    url = "http://www.taoshan.gov.test/gk/ListNews.asp?TypeID=31"
    site = Site(id="taoshan-asp", agency="桃山区人民政府", cms="gkml_action", region="测试省桃山区", start_urls=(url,),
                allowed_domains=("taoshan.gov.test",))
    spider = GkmlActionSpider.from_crawler(get_crawler(GkmlActionSpider), name=site.id, sites=[site])
    response = HtmlResponse(url, body=_ASP_PAGE.encode("gb18030"), encoding="gb18030",
                            request=ScrapyRequest(url, meta={"site": site, "start_url": True}))
    assert [r.url for r in spider.next_pages(response)] == [f"{url}&pg={n}" for n in (2, 3, 4)]
    assert pagers.link_page_parameter(response.selector, url) == "pg"
    assert [href for href, _title in spider.list_entries(response)] == ["ShowNews.asp?NewsID=771",
                                                                       "ShowNews.asp?NewsID=702"]
    later = response.replace(url=f"{url}&pg=2")
    assert list(spider.next_pages(later)) == []  # the first page scheduled the rest
    # the last page links only back (首页, 上页): still its parameter, so it schedules nothing
    last = HtmlResponse(f"{url}&pg=4", encoding="gb18030", request=response.request, body=_ASP_PAGE.replace(
        "第 1/4 页", "第 4/4 页").split("<A href=\"ListNews.asp?TypeID=31&amp;pg=2\">2")[0].encode("gb18030")
        + '<A href="ListNews.asp?TypeID=31&amp;pg=1">首页</A> <A href="ListNews.asp?TypeID=31&amp;pg=3">上页</A>'
        '</TD></TR></TABLE>'.encode("gb18030"))
    assert pagers.link_page_parameter(last.selector, last.url) == "pg"
    assert list(spider.next_pages(last)) == []
