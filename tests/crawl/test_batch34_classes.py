"""Issue 12, the classes of blind round 34 — each written on markup unlike the batch portal that showed it:

1. links to one page that differ only by their ``#fragment`` are one navigation link, the one naming the 年报
   column kept: a home page linking a gkmlpt shell as 政务公开 (``/gkmlpt/index?sid=1``) and as 政府信息公开年报
   (``…?sid=1#2933``) reached the shell without its column (before: 0 of 8 reports, "no column", stated); and a
   home page that only links the shell is no shell of its own (before: "list … not read" for the home page);
2. a TRS list whose pager only prints its count ("共 3 页　当前第 1 页", "第 1 页，共 3 页": no link, no
   ``createPageHTML``, no data) is paged by the family's page-file convention from its first page only — classic
   ``index_1`` …, 海云 ``index_2`` … (before: 2 of 8 reports, "harvested 1 of 3 declared pages", stated);
3. a printed "当前第 2 页" / "第 2 页" says which page is shown (before: none, so a later page was taken for the
   first and scheduled ``index_2_1.htm``, pages nobody linked).
"""

from __future__ import annotations

from parsel import Selector
from scrapy.http import Request

from govcrawl.crawl import pagers
from govcrawl.crawl.detect import navigation_links
from govcrawl.crawl.registry import Site
from tests.crawl.spider_at_hand import family_spider as _spider
from tests.crawl.spider_at_hand import page_for as _page

# -- 1. one page linked twice, its column in one link's fragment ---------------------------------------
GKML = Site(id="qiangxi-gov", agency="羌溪县人民政府", cms="gkmlpt", region="测试省羌溪县",
            start_urls=("http://www.qiangxi.gov.test/",), allowed_domains=("qiangxi.gov.test",))
HOME = ('<html><head><title>羌溪县人民政府门户网站</title></head><body><div class="top-nav"><a href="/">首页</a>'
        '<a href="/gkmlpt/index?sid=700123">政务公开</a><a href="/zwfw/">政务服务</a></div><div class="box">'
        '<h3>信息公开</h3><ul><li><a href="/gkmlpt/index?sid=700123#101">政府信息公开指南</a></li>'
        '<li><a href="/gkmlpt/index?sid=700123#2933">政府信息公开年报</a></li></ul></div>'
        '<p>主办单位：羌溪县人民政府办公室</p></body></html>')


def test_links_to_one_page_by_fragment_are_one_link_the_年报_column_s() -> None:
    links = navigation_links(Selector(text=HOME), GKML.start_urls[0])
    shell = [link for link in links if "/gkmlpt/index" in link.url]
    assert [(link.url, link.kind) for link in shell] == [("http://www.qiangxi.gov.test/gkmlpt/index?sid=700123#2933",
                                                          "nb_column")]


def test_a_home_page_that_links_the_shell_is_no_shell_of_its_own() -> None:
    spider = _spider(GKML)
    home = _page(GKML.start_urls[0], HOME, GKML, start_url=True)
    asked = [r.url for r in spider.parse_entry(home) if isinstance(r, Request)]
    assert asked == ["http://www.qiangxi.gov.test/gkmlpt/index?sid=700123#2933"]
    assert spider.coverage(home).lists_unread == {}  # no "list … not read" for the home page


# -- 2. a count only printed ---------------------------------------------------------------------------
def _trs(cms: str) -> Site:
    return Site(id="qiangxi-czj", agency="羌溪县财政局", cms=cms, region="测试省羌溪县",
                start_urls=("http://czj.qiangxi.gov.test/xxgk/ndbg/index.shtml",),
                allowed_domains=("qiangxi.gov.test",))


def _printed(current: int) -> str:
    rows = "".join(f'<tr><td><a href="./202501/t2025012{n}_{n}.shtml">羌溪县财政局{2024 - n}年政府信息公开工作'
                   f"年度报告</a></td><td>2025-01-2{n}</td></tr>" for n in range(4))
    return (f'<html><body><table class="lb">{rows}</table><div class="page-nav">第 {current} 页，共 3 页'
            "</div></body></html>")


def test_a_count_only_printed_is_paged_by_the_family_s_convention_from_the_first_page() -> None:
    for cms, names in (("trs_classic", ("index_1.shtml", "index_2.shtml")), ("trs_haiyun", ("index_2.shtml",
                                                                                          "index_3.shtml"))):
        site = _trs(cms)
        column = site.start_urls[0]
        spider = _spider(site)
        first = [r.url for r in spider.next_pages(_page(column, _printed(1), site, start_url=True))]
        assert first == [column.replace("index.shtml", name) for name in names], cms
        later = column.replace("index.shtml", names[0])
        assert list(spider.next_pages(_page(later, _printed(2), site, list_url=column))) == [], cms


def test_a_printed_count_with_its_pages_linked_is_no_convention_s() -> None:
    site = _trs("trs_classic")
    column = site.start_urls[0]
    linked = _printed(1).replace("第 1 页", '<a href="list_p2.shtml">2</a> <a href="list_p3.shtml">3</a> 第 1 页')
    assert list(_spider(site).next_pages(_page(column, linked, site, start_url=True))) == []
    # (its links are the base's generic path's to follow; no index_N made up beside them)


# -- 3. the page shown, printed ------------------------------------------------------------------------
def test_the_page_a_pager_prints_as_shown() -> None:
    assert pagers.printed_counts("共 3 页　当前第 2 页") == (None, 3, 2)
    assert pagers.printed_counts("第 1 页，共 3 页 共 11 条") == (11, 3, 1)
    assert pagers.printed_counts("页次：2/3 共 3 页") == (None, 3, 2)
    assert pagers.printed_counts("第 5 页 共 3 页") == (None, 3, None)  # past the count: no position
