"""Issue 12, held-out round 12: a 年报 list with no pager at all, only a "加载更多" control whose script
fetches the column's static page files one by one and appends their rows (``govcrawl.crawl.morepages``).
Markup written unlike the batch's portal (another site of the kind):

* the page files' naming is the script's own — the URL expression of its fetch (``$(…).load``,
  ``fetch``, ``$.get``) built around one counter it steps (after the fetch, before it, or ``++n`` in
  the expression), from the value the script gives it; nothing is requested for a fetch without such
  a counter, a counter the script never sets, or a page with no control that loads more in place;
* the count is the page's ("共 9 篇"): page files are requested one by one, counted as the list's,
  until the declared count is harvested (no request past it), or an answer brings no entry; a page
  that does not answer leaves the list short, and the shortfall is stated;
* the list's rows: a unit's bracketed tag before a link that names none ("[县财政局]") is the entry's
  unit (not the government's office's, "[县政府办]"), its short name written out as the report page
  declares its source (ContentSource 清河县财政局).
"""

from __future__ import annotations

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.trs import TrsHaiyunSpider
from govcrawl.crawl import morepages
from govcrawl.crawl.entries import entry_title
from govcrawl.crawl.registry import Site

COLUMN = "https://www.qinghe.gov.test/xxgk/ndbg/"
SITE = Site(id="qinghe-gov", agency="清河县人民政府", cms="trs_haiyun", region="测试省清河县",
            start_urls=(COLUMN + "list.shtml",), allowed_domains=("qinghe.gov.test",))
UNITS = ("县财政局", "县审计局", "县民政局")


def _row(n: int) -> str:
    year = 2024 - n // 3
    unit = UNITS[n % 3]
    return (f'<div class="item"><i class="dw">[{unit}]</i><a href="./{year + 1}01/t{year + 1}0120_{4400 + n}.shtml">'
            f'{year}年度政府信息公开工作年度报告</a><em class="time">{year + 1}-01-{20 - n % 3:02d}</em></div>')


def _page(rows: range, script: str | None = None, control: str = '<button class="more-btn">查看更多</button>') -> str:
    """The column's first page: four rows of ``<div class="item">``, the count printed over them, a
    "查看更多" button, and the script that loads the next file's rows on each click (after the fetch the
    counter is stepped: ``page`` is the number of the next file, 1-based)."""
    script = script if script is not None else (
        "var page = 2;\n"
        "$('.more-btn').click(function () {\n"
        "  $('#nbList').load('list_' + page + '.shtml #nbList > .item', function () {});\n"
        "  page += 1;\n"
        "});")
    return ('<html><head><meta charset="utf-8"><title>年度报告_清河县人民政府</title></head><body>'
            '<div class="crumb">首页 &gt; 信息公开 &gt; 年度报告</div>'
            f'<div class="col-hd"><h2>年度报告</h2><span class="sum">共 9 篇</span></div>'
            f'<div id="nbList">{"".join(_row(n) for n in rows)}</div>{control}'
            f'<script src="/js/jquery.min.js"></script><script>{script}</script></body></html>')


def _fragment(rows: range) -> str:
    """What one page file's rows look like when the script asks for them (just the rows)."""
    return f'<div id="nbList">{"".join(_row(n) for n in rows)}</div>'


def _start(page: str) -> tuple[TrsHaiyunSpider, list[ScrapyRequest]]:
    spider = TrsHaiyunSpider.from_crawler(get_crawler(TrsHaiyunSpider), name=SITE.id, sites=[SITE])
    url = SITE.start_urls[0]
    response = HtmlResponse(url, body=page.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": SITE, "start_url": True}))
    return spider, [r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]


def _answer(request: ScrapyRequest, body: str) -> list[ScrapyRequest]:
    response = HtmlResponse(request.url, body=body.encode(), encoding="utf-8", request=request)
    return [r for r in request.callback(response) if isinstance(r, ScrapyRequest)]


def _pages(requests: list[ScrapyRequest]) -> list[ScrapyRequest]:
    return [r for r in requests if r.url.startswith(COLUMN + "list_")]


def test_the_script_s_counter_names_the_files_it_fetches() -> None:
    found = morepages.counter_fetch(Selector(_page(range(4))), SITE.start_urls[0])
    assert found is not None
    assert [found.url(n) for n in (1, 2, 3)] == [COLUMN + "list_2.shtml", COLUMN + "list_3.shtml",
                                                  COLUMN + "list_4.shtml"]
    # Stepped before the fetch (the counter is the file shown), or in the expression itself.
    before = "var cur = 1; $('#more').on('click', function () { cur++; $.get('list_' + cur + '.shtml', add); });"
    inline = "var n = 1; document.querySelector('.more-btn').onclick = () => fetch('./list_' + (++n) + '.shtml');"
    for script in (before, inline):
        rule = morepages.counter_fetch(Selector(_page(range(4), script)), SITE.start_urls[0])
        assert rule is not None and rule.url(1) == COLUMN + "list_2.shtml", script


def test_nothing_is_fetched_without_a_counter_the_script_sets_and_steps_or_without_a_control() -> None:
    base = SITE.start_urls[0]
    never_set = "$('.more-btn').click(function () { page++; $.get('list_' + page + '.shtml', add); });"
    not_stepped = "var page = 2; $('.more-btn').click(function () { $.get('list_' + page + '.shtml', add); });"
    two = "var a = 1, b = 1; $('.more-btn').click(function () { a++; b++; $.get('l_' + a + '_' + b + '.shtml'); });"
    for script in (never_set, not_stepped, two):
        assert morepages.counter_fetch(Selector(_page(range(4), script)), base) is None, script
    assert morepages.counter_fetch(Selector(_page(range(4), control='<a href="/xxgk/">更多</a>')), base) is None


def test_page_files_are_read_one_by_one_until_the_declared_count_is_harvested() -> None:
    spider, out = _start(_page(range(4)))
    coverage = spider.coverage_of(SITE)
    key = SITE.start_urls[0]
    assert coverage.lists[key].declared_records == 9 and coverage.lists[key].entries == 4
    (second,) = _pages(out)
    assert second.url == COLUMN + "list_2.shtml"
    later = _answer(second, _fragment(range(4, 8)))
    assert sum(1 for r in later if "/t20" in r.url) == 4  # its rows' reports followed
    (third,) = _pages(later)
    assert third.url == COLUMN + "list_3.shtml"
    assert not _pages(_answer(third, _fragment(range(8, 9))))  # 9 of 9: no list_4 asked for
    assert coverage.lists[key].entries == 9 and not coverage.falls_short


def test_a_page_file_that_does_not_answer_leaves_the_list_short_and_stated() -> None:
    spider, out = _start(_page(range(4)))
    (second,) = _pages(out)
    _answer(second, _fragment(range(4, 8)))  # list_3 is asked for, and never answers
    coverage = spider.coverage_of(SITE)
    assert coverage.lists[SITE.start_urls[0]].shortfall() == "8 of 9 declared entries"
    assert coverage.falls_short


def test_a_list_that_declares_no_count_is_read_until_a_file_brings_nothing_new() -> None:
    _spider, out = _start(_page(range(4)).replace("共 9 篇", ""))
    (second,) = _pages(out)
    (third,) = _pages(_answer(second, _fragment(range(4, 8))))
    assert not _pages(_answer(third, _fragment(range(4, 8))))  # the same rows again: the end


def test_a_unit_s_tag_before_a_link_names_the_entry_s_unit() -> None:
    links = Selector(_page(range(3))).css("#nbList a")
    assert [entry_title(a) for a in links] == [f"{unit} 2024年度政府信息公开工作年度报告" for unit in UNITS]
    # A category tag, a date tag: no unit.
    for tag in ("[通知公告]", "【2025-01-20】"):
        link = Selector(f'<ul><li><span>{tag}</span><a href="a.shtml">2024年度政府信息公开工作年度报告</a></li></ul>')
        assert entry_title(link.css("a")[0]) == "2024年度政府信息公开工作年度报告", tag


def test_a_tagged_unit_s_short_name_is_written_out_as_its_page_declares_it() -> None:
    spider = TrsHaiyunSpider.from_crawler(get_crawler(TrsHaiyunSpider), name=SITE.id, sites=[SITE])
    url = COLUMN + "202501/t20250120_4400.shtml"
    page = ('<html><head><meta name="ContentSource" content="清河县财政局"></head><body><h1>2024年度政府信息公开工作'
            "年度报告</h1><p>一、总体情况</p></body></html>")
    response = HtmlResponse(url, body=page.encode(), encoding="utf-8", request=ScrapyRequest(url, meta={"site": SITE}))
    assert spider.report_agency(response, "县财政局 2024年度政府信息公开工作年度报告", None) == "清河县财政局"
    # The government's office tags the government's own report: no other unit's.
    link = Selector('<ul><li><span>[县政府办]</span><a href="a.shtml">2024年政府信息公开工作年度报告</a></li></ul>')
    assert entry_title(link.css("a")[0]) == "2024年政府信息公开工作年度报告"
