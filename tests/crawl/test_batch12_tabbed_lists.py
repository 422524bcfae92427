"""Issue 12, held-out round 12: a 年报 column page that carries several lists in tabs, each under its
own ``createPageHTML`` call with its own page files (``govcrawl.crawl.pagedlists``).  Markup written
unlike the batch's portal (another site of the kind):

* every list's other pages are requested, not only the first call's;
* each list is counted on its own — its entries in its own box of the page (the largest block around
  its call, or around the element the call draws into, that holds no other list's pager) against what
  its call declares, keyed by its first page as its pager names it — so a page of one list that is
  not read is that list's stated shortfall, and a list shown on another list's file at a page already
  read adds nothing;
* a page whose pagers cannot be told apart is read as one list, as before;
* a 部门 tab's rows name their units (its 单位 column), and a title that names its unit only in a
  bracket ("2023年度…年度报告（区统计局）", "【区统计局】2023年度…") is that unit's.
"""

from __future__ import annotations

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.trs import TrsClassicSpider
from govcrawl.crawl import pagedlists
from govcrawl.crawl.registry import Site
from govcrawl.report.metadata import agency_from_title

COLUMN = "http://www.fengtai.gov.test/xxgk/gzbg/"
SITE = Site(id="fengtai-gov", agency="枫台区人民政府", cms="trs_classic", region="测试省枫台区",
            start_urls=(COLUMN + "index.html",), allowed_domains=("fengtai.gov.test",))
DISTRICT = [f"./2025{n:02d}/t2025{n:02d}10_{6100 + n}.html" for n in range(1, 8)]     # 7 entries, 3 a page
UNITS = [f"./jdnb/2025{n:02d}/t2025{n:02d}15_{6200 + n}.html" for n in range(1, 6)]   # 5 entries, 2 a page
UNIT_NAMES = ("区司法局", "区统计局", "区应急局", "区医保局", "区档案馆")


def _page(district_page: int, units_page: int, one_script: bool = False) -> str:
    """A classic TRS column: a 区政府 tab (``<ul>`` rows) and a 部门 tab (a table with a 单位 column),
    each with its own 4-argument ``createPageHTML`` in the tab itself — or (``one_script``, first pages
    only) both 6-argument calls at the foot of the page in one script, each naming the tab's own pager
    element it draws into."""
    district = DISTRICT[district_page * 3: district_page * 3 + 3]
    units = UNITS[units_page * 2: units_page * 2 + 2]
    rows = "".join(f'<li><a href="{h}">枫台区{2024 - i}年政府信息公开工作年度报告</a><b>2025-0{i + 1}-10</b></li>'
                   for i, h in enumerate(district))
    cells = "".join(f'<tr><td>{UNIT_NAMES[UNITS.index(h)]}</td><td><a href="{h}">2024年度政府信息公开工作年度报告</a>'
                    f"</td><td>2025-02-1{i}</td></tr>" for i, h in enumerate(units))
    call_a = f'createPageHTML(3, {district_page}, "index", "html");'
    call_b = f'createPageHTML(3, {units_page}, "jdnb", "html");'
    if one_script:
        pager_a, pager_b = '<div class="pg" id="pgA"></div>', '<div class="pg" id="pgB"></div>'
        foot = ("<script>createPageHTML('pgA', 3, 1, 'index', 'html', 7);\n"
                "createPageHTML('pgB', 3, 1, 'jdnb', 'html', 5);</script>")
    else:
        pager_a, pager_b, foot = f"<script>{call_a}</script>", f"<script>{call_b}</script>", ""
    return ('<html><head><meta charset="utf-8"><title>工作报告_枫台区人民政府</title></head><body>'
            '<div class="nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a></div>'
            '<div class="tabs"><span class="cur">区政府年报</span><span>部门年报</span></div>'
            f'<div class="tab-con"><div class="box"><ul class="list">{rows}</ul></div>{pager_a}</div>'
            f'<div class="tab-con" style="display:none"><table class="bm"><tr><th>单位</th><th>标题</th><th>日期</th>'
            f"</tr>{cells}</table>{pager_b}</div>{foot}</body></html>")


def _response(url: str, html: str, meta: dict[str, object]) -> HtmlResponse:
    return HtmlResponse(url, body=html.encode(), encoding="utf-8", request=ScrapyRequest(url, meta=meta))


def _spider() -> TrsClassicSpider:
    return TrsClassicSpider.from_crawler(get_crawler(TrsClassicSpider), name=SITE.id, sites=[SITE])


def _list_pages(out: object) -> list[ScrapyRequest]:
    return [r for r in out if isinstance(r, ScrapyRequest) and "/t2025" not in r.url]  # type: ignore[attr-defined]


def _files() -> dict[str, str]:
    """The column's generated files: each list's pages, the other tab at its first page."""
    return {**{COLUMN + ("index.html" if n == 0 else f"index_{n}.html"): _page(n, 0) for n in range(3)},
            **{COLUMN + f"jdnb_{n}.html": _page(0, n) for n in range(1, 3)}}


def test_each_tab_s_list_is_found_with_its_own_box_count_and_key() -> None:
    for one_script in (False, True):
        page = _page(0, 0, one_script)
        lists = pagedlists.paged_lists(Selector(page), page, COLUMN + "index.html")
        assert [(one.key, one.pager.pages, one.entries) for one in lists] == [
            (COLUMN + "index.html", 3, 3), (COLUMN + "jdnb.html", 3, 2)], one_script
    lists = pagedlists.paged_lists(Selector(_page(0, 0)), _page(0, 0), COLUMN + "index.html")
    assert lists[1].pager.urls == [COLUMN + "jdnb_1.html", COLUMN + "jdnb_2.html"]


def test_every_tab_s_pages_are_read_and_each_list_harvests_in_full() -> None:
    spider = _spider()
    files = _files()
    first = _list_pages(spider.parse_list(_response(COLUMN + "index.html", files[COLUMN + "index.html"],
                                                    {"site": SITE, "start_url": True})))
    assert sorted(r.url for r in first) == sorted(u for u in files if u != COLUMN + "index.html")
    for request in first:
        _list_pages(request.callback(_response(request.url, files[request.url], dict(request.meta))))
    coverage = spider.coverage_of(SITE)
    district, units = coverage.lists[COLUMN + "index.html"], coverage.lists[COLUMN + "jdnb.html"]
    assert (district.entries, district.pages_fetched, units.entries, units.pages_fetched) == (7, 3, 5, 3)
    assert not coverage.falls_short and not coverage.warnings


def test_a_tab_s_page_not_read_is_that_list_s_stated_shortfall() -> None:
    spider = _spider()
    files = _files()
    first = _list_pages(spider.parse_list(_response(COLUMN + "index.html", files[COLUMN + "index.html"],
                                                    {"site": SITE, "start_url": True})))
    for request in first:
        if request.url != COLUMN + "jdnb_2.html":  # the 部门 tab's last page never answers
            list(request.callback(_response(request.url, files[request.url], dict(request.meta))))
    coverage = spider.coverage_of(SITE)
    assert coverage.short_lists() == [(COLUMN + "jdnb.html", "2 of 3 declared pages")]
    assert coverage.falls_short


def test_the_department_tab_s_rows_name_their_units() -> None:
    spider = _spider()
    response = _response(COLUMN + "jdnb_1.html", _page(0, 1), {"site": SITE})
    titles = dict(spider.list_entries(response))
    assert titles[UNITS[2]] == "区应急局 2024年度政府信息公开工作年度报告"


def test_pagers_that_cannot_be_told_apart_are_read_as_one_list() -> None:
    both = _page(0, 0).replace('<script>createPageHTML(3, 0, "jdnb", "html");</script>', "").replace(
        '<script>createPageHTML(3, 0, "index", "html");</script>',
        '<script>createPageHTML(3, 0, "index", "html"); createPageHTML(3, 0, "jdnb", "html");</script>')
    assert pagedlists.paged_lists(Selector(both), both, COLUMN + "index.html") == []


def test_a_title_that_names_its_unit_only_in_a_bracket_is_that_unit_s() -> None:
    assert agency_from_title("2023年度政府信息公开工作年度报告（区统计局）") == "区统计局"
    assert agency_from_title("【区统计局】2023年度政府信息公开工作年度报告") == "区统计局"
    assert agency_from_title("2023年度政府信息公开工作年度报告（修订版）") is None
    # A bracket beside a name is part of it (a unit under two names), not the name.
    assert agency_from_title("区档案馆（区档案局）2023年政府信息公开工作年度报告") == "区档案馆(区档案局)"
