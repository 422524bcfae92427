"""Batch 28, held-out: a portal registered by its home page only, whose home page shows a report or two
in a box (通知公告, 最新公开) — the box is not the 年报 column.  The crawl takes the box's links as extra
entries and still seeks the column: through the 信息公开 area, then the area's box heading / "more"
link, and reads the column's list with its pager.  A home page whose boxes are all there is (no 年报
column, no 信息公开 area) says so: a stated shortfall, not a silent two-of-many.

Markup written unlike the batch's portal (a YzmCMS ``idx_box`` → ``/zwgk/`` → ``dl.sub_cat``): a JSP
portal with a "最新公开" feed in ``<div class="zxgk">``, a nav link "信息公开" to ``/xxgk/index.jsp``, an
area of ``<div class="lanmu">`` boxes titled in ``<div class="lm-title"><span>年度报告</span>`` with
"MORE »", and a list ``list.jsp?page=N`` paged by "下一页" under "共 7 条 第1/2页".
"""

from __future__ import annotations

from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.auto import AutoSpider
from govcrawl.crawl.coverage import PortalCoverage, coverage_lines
from govcrawl.crawl.registry import Site

HOST = "http://www.lanxi.gov.test"
TITLES = [f"兰溪县{year}年政府信息公开工作年度报告" for year in range(2024, 2017, -1)]  # 7 reports
ARTICLES = [f"{HOST}/xxgk/art/{900 + n}.jsp" for n in range(len(TITLES))]


def _page(title: str, inner: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><div id="menu"><a href="/">'
            f'网站首页</a><a href="/xxgk/index.jsp">信息公开</a><a href="/hdjl/index.jsp">互动交流</a></div>'
            f'{inner}</body></html>')


def _rows(indexes: range) -> str:
    return "".join(f'<p class="row"><a href="{ARTICLES[n]}">{TITLES[n]}</a><i>2025-01-1{n}</i></p>' for n in indexes)


def _feed() -> str:
    return (f'<div class="zxgk"><div class="tt">最新公开</div>{_rows(range(2))}<p class="row"><a href="/xwzx/1.jsp">'
            '兰溪县召开春季植树动员会</a></p></div>')


PORTAL = {
    HOST + "/": _page("兰溪县人民政府", _feed()),
    HOST + "/xxgk/index.jsp": _page("信息公开_兰溪县人民政府", (
        '<div class="lanmu"><div class="lm-title"><span>公开指南</span><a href="/xxgk/zn/list.jsp">MORE »</a></div>'
        '</div><div class="lanmu"><div class="lm-title"><span>年度报告</span><a href="/xxgk/nb/list.jsp">MORE »'
        f'</a></div>{_rows(range(3))}</div>')),
    HOST + "/xxgk/nb/list.jsp": _page("年度报告_兰溪县人民政府", (
        f'{_rows(range(4))}<div class="pages">共 7 条 第1/2页 <a href="list.jsp?page=2">下一页</a></div>')),
    HOST + "/xxgk/nb/list.jsp?page=2": _page("年度报告_兰溪县人民政府", (
        f'{_rows(range(4, 7))}<div class="pages">共 7 条 第2/2页 <a href="list.jsp?page=1">上一页</a></div>')),
}


def _crawl(pages: dict[str, str], start: str) -> tuple[list[str], list[str], PortalCoverage]:
    """Crawl ``pages`` from ``start`` as ``cms: auto``: the report URLs followed, the pages read, the coverage."""
    site = Site(id="lanxi-gov", agency="兰溪县人民政府", cms="auto", region="测试省兰溪县", start_urls=(start,),
                allowed_domains=("lanxi.gov.test",))
    spider = AutoSpider.from_crawler(get_crawler(AutoSpider), name=site.id, sites=[site])
    queue = [ScrapyRequest(start, callback=spider.parse_entry, meta={"site": site, "start_url": True})]
    seen: set[str] = set()
    reports: list[str] = []
    read: list[str] = []
    while queue:
        request = queue.pop(0)
        if request.url in seen:
            continue
        seen.add(request.url)
        if request.url in ARTICLES:
            reports.append(request.url)
            continue
        body = pages.get(request.url)
        status = 200 if body is not None else 404
        response = HtmlResponse(request.url, status=status, body=(body or "").encode(), encoding="utf-8",
                                request=request)
        read.append(request.url)
        assert request.callback is not None
        queue += [r for r in request.callback(response, **request.cb_kwargs) if isinstance(r, ScrapyRequest)]
    return reports, read, spider.coverage_of(site)


def test_a_home_page_s_feed_is_not_the_column_which_is_still_found_and_paged() -> None:
    reports, read, coverage = _crawl(PORTAL, HOST + "/")
    assert sorted(reports) == sorted(ARTICLES)  # all seven, each once: the feed's two are among them
    assert HOST + "/xxgk/nb/list.jsp?page=2" in read
    column = coverage.lists[HOST + "/xxgk/nb/list.jsp"]
    assert column.declared_records == 7 and column.entries == 7
    assert not coverage.home_feed_only and not coverage.falls_short


def test_a_home_page_whose_feed_is_all_there_is_says_so() -> None:
    """No 年报 column and no 信息公开 area behind the home page: its feed's two reports are taken, and the
    summary states that no column was found."""
    pages = {HOST + "/": PORTAL[HOST + "/"].replace('<a href="/xxgk/index.jsp">信息公开</a>', "")}
    reports, _read, coverage = _crawl(pages, HOST + "/")
    assert sorted(reports) == sorted(ARTICLES[:2])
    assert coverage.home_feed_only and coverage.falls_short
    assert any("no 年报 column found from the home page" in line for line in coverage_lines({"lanxi-gov": coverage}))


def test_a_年报_list_at_a_host_s_root_is_read_as_the_list_not_as_a_home_feed() -> None:
    """A 年报 site served at its host's root (its title names 年报) lists reports: it is the list itself,
    nothing is sought beyond it, and nothing is stated short."""
    pages = {HOST + "/": PORTAL[HOST + "/xxgk/nb/list.jsp"].replace("list.jsp?page=2", "/xxgk/nb/list.jsp?page=2"),
             HOST + "/xxgk/nb/list.jsp?page=2": PORTAL[HOST + "/xxgk/nb/list.jsp?page=2"]}
    reports, read, coverage = _crawl(pages, HOST + "/")
    assert HOST + "/xxgk/index.jsp" not in read  # the nav's 信息公开 is not sought from a list
    assert sorted(reports) == sorted(ARTICLES)
    assert not coverage.home_feeds and not coverage.home_feed_only


def test_a_list_a_root_script_serves_by_its_query_is_no_home_page() -> None:
    """``/index.php?catid=27`` is a root script's list, whatever its title: read as the list."""
    from parsel import Selector

    from govcrawl.crawl.homefeed import is_home_page

    home = Selector(text=PORTAL[HOST + "/"])
    assert is_home_page(home, HOST + "/") and is_home_page(home, HOST + "/index.jsp")
    assert not is_home_page(home, HOST + "/index.php?m=content&c=index&a=lists&catid=27")
    assert not is_home_page(Selector(text=PORTAL[HOST + "/xxgk/nb/list.jsp"]), HOST + "/")


def test_one_notion_of_a_home_page_whatever_the_server_s_index_file() -> None:
    # One rule for a start page that navigates, a home page's boxes, a unit's website and an expired
    # link sent home (``urls.is_home_path``): an ASP or an old IIS site's root is a home page too.
    from parsel import Selector

    from govcrawl.crawl.homefeed import is_home_page
    from govcrawl.crawl.urls import is_home_path

    for path in ("", "/", "/index.html", "/INDEX.HTM", "/index.shtm", "/default.asp", "/index.aspx", "/index.jsp",
                 "/index.php", "/default.shtml"):
        assert is_home_path(path), path
    for path in ("/xxgk/", "/xxgk/index.html", "/index2.html", "/index_2.html", "/home.html", "/index.pdf"):
        assert not is_home_path(path), path
    page = Selector(text="<html><head><title>某县人民政府</title></head><body><a href='/a.html'>通知</a></body></html>")
    assert is_home_page(page, "http://www.moux.gov.test/default.asp")
    assert not is_home_page(page, "http://www.moux.gov.test/default.asp?classid=7")
