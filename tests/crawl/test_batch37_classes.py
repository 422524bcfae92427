"""Issue 12, the classes of blind round 37 — each written on markup unlike the batch portal that showed it:

1. a report's file that does not answer (a dropped connection, after its retries) is a report not found —
   stated, with its reason, not only an ERROR line in the log (before: 7 of 8, unstated); and a county's
   government is no short name of one of its towns' (蓟山县人民政府 ↛ 蓟山县城关镇人民政府: the town's 2024 report had
   hidden the county's missing 2024 from the years accounting);
2. a pager whose arguments are an object literal's properties (``var pageOpts = {total: 3, …};
   createPageHTML(pageOpts.id, pageOpts.total, …)``) is read (before: 2 of 7, unstated);
3. a catalogue's search answer ("共找到 11 条记录", ``[下一批]``) declares its records and pages on (before: 3
   of 8, unstated); a blog's "较旧的文章" link, a BEM class ``pagination-nav__link--next`` and route-style page
   addresses without a trailing slash (``/nianbao/page/2``, ``/ndbg/p2``) are a next page (before: 2 of 7,
   unstated);
4. a list that grows in place by its "查看更多" link (``?take=8`` → ``?take=12``) is followed link by link (before:
   5 of 8, stated); a hub's unit row that says "暂无" is a unit shown, with nothing to follow.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector
from scrapy.http import Request
from scrapy.utils.test import get_crawler
from twisted.internet.error import ConnectionDone
from twisted.python.failure import Failure

from govcrawl.bases import family
from govcrawl.bases.base import _more_of_itself
from govcrawl.crawl import jsexpr, pagers
from govcrawl.crawl.hubunits import units_with_none
from govcrawl.crawl.pagers.links import says_next
from govcrawl.crawl.pagers.pageurls import is_next_page
from govcrawl.crawl.registry import Site
from govcrawl.report.metadata import full_name

SITE = Site(id="qiaoshan-gov", agency="峤山县人民政府", cms="hanweb", region="测试省峤山县",
            start_urls=("http://www.qiaoshan.gov.test/col/col1/index.html",), allowed_domains=("qiaoshan.gov.test",))


def _spider() -> Any:
    cls = family(SITE.cms)
    return cls.from_crawler(get_crawler(cls), name=SITE.id, sites=[SITE])


# -- 1. a report's file that does not answer ---------------------------------------------------------
def test_a_report_file_that_does_not_answer_is_a_stated_shortfall() -> None:
    spider = _spider()
    url = "http://www.qiaoshan.gov.test/module/download/downfile.jsp?classid=0&filename=ab12.pdf"
    request = Request(url, meta={"site": SITE}, cb_kwargs={"title": "峤山县人民政府2024年政府信息公开工作年度报告",
                                                          "page_url": None})
    failure = Failure(ConnectionDone("Connection was closed cleanly."))  # type: ignore[no-untyped-call]
    failure.request = request  # type: ignore[attr-defined]  # as Scrapy hands an errback its failure
    spider.report_file_unanswered(failure)
    untaken = spider.coverage_of(SITE).entries_untaken
    assert list(untaken) == [url]
    assert "2024年政府信息公开工作年度报告" in untaken[url] and "ConnectionDone" in untaken[url]
    assert spider.coverage_of(SITE).falls_short


def test_a_county_government_is_no_short_name_of_its_town_s() -> None:
    assert full_name("峤山县人民政府", "峤山县石桥镇人民政府") == "峤山县人民政府"
    assert full_name("石桥镇人民政府", "峤山县石桥镇人民政府") == "峤山县石桥镇人民政府"  # a town without its county
    assert full_name("峤山县住建局", "峤山县住房和城乡建设局") == "峤山县住房和城乡建设局"


# -- 2. an object literal's properties as a call's arguments -----------------------------------------
def test_a_pager_s_arguments_read_from_an_object_literal() -> None:
    script = ("<script>var opts = {box: 'pg', pages: 4, now: 1, file: 'list', ext: 'shtml', total: 14};\n"
              "createPageHTML(opts.box, opts.pages, opts.now, opts.file, opts.ext, opts.total);</script>")
    pager = pagers.trs_script(script, "http://www.qiaoshan.gov.test/c1/list.shtml")
    assert pager.pages == 4 and pager.records == 14
    assert pager.urls == [f"http://www.qiaoshan.gov.test/c1/list_{n}.shtml" for n in (2, 3, 4)]
    assert jsexpr.evaluate("cfg.page.size * 2", "var cfg = {page: {size: 5}};") == 10
    assert jsexpr.evaluate("cfg.total", "var cfg = {total: count};") is None  # a name, not written out


# -- 3. a catalogue's batches, a blog's older posts, route-style page addresses -----------------------
def test_a_search_answer_s_count_and_its_next_batch() -> None:
    assert pagers.printed_counts("共找到 11 条记录，显示第 1 - 4 条")[0] == 11
    assert pagers.printed_counts("共检索到26条")[0] == 26
    assert says_next("下一批") and says_next("较旧的文章 »") and says_next("Older posts")
    assert not says_next("较新的文章") and not says_next("下一篇")
    page = ('<html><body><p>共找到 9 条记录，显示第 1 - 4 条<br>[上一批]　'
            '<a href="list.lasso?-skip=4&amp;-max=4">[下一批]</a></p></body></html>')
    pager = pagers.recognise(page, "http://xxgk.a.gov.test/gkml/list.lasso?-skip=0&-max=4")
    assert pager.records == 9 and pager.urls == ["http://xxgk.a.gov.test/gkml/list.lasso?-skip=4&-max=4"]


def test_route_style_page_addresses_and_bem_next_classes() -> None:
    assert is_next_page("http://a.gov.test/nianbao/page/2", "http://a.gov.test/nianbao")
    assert is_next_page("http://a.gov.test/ndbg/p2", "http://a.gov.test/ndbg")
    assert is_next_page("http://a.gov.test/list/page/3/", "http://a.gov.test/list/page/2/")
    assert not is_next_page("http://a.gov.test/ndbg/2024", "http://a.gov.test/ndbg")  # a year's column
    assert not is_next_page("http://a.gov.test/news/p2", "http://a.gov.test/ndbg")
    page = ('<html><body><ul><li><a href="/blog/2025/01/20/nb">峤山县统计局2024年政府信息公开工作年度报告</a></li></ul>'
            '<nav><a class="pager__link pager__link--next" href="/blog/page/2"><span>›</span></a></nav></body></html>')
    assert pagers.recognise(page, "http://a.gov.test/blog").urls == ["http://a.gov.test/blog/page/2"]


# -- 4. a list that grows in place; a unit with nothing yet ------------------------------------------
def test_more_of_itself_and_units_with_nothing_yet() -> None:
    assert _more_of_itself("http://a.gov.test/nb/?take=12", "http://a.gov.test/nb/?take=8")
    assert not _more_of_itself("http://a.gov.test/nb/all/", "http://a.gov.test/nb/?take=8")
    table = ('<table><tr><th>单位</th><th>年报</th></tr><tr><td>县审计局</td><td>（暂无）</td></tr>'
             '<tr><td>县统计局</td><td><a href="/tjj/2024.html">2024年度</a></td></tr>'
             '<tr><td>说明</td><td>无</td></tr></table>')
    assert units_with_none(Selector(text=table)) == {"县审计局"}
