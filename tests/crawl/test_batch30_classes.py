"""Issue 12, the classes of blind round 30 — each written on markup unlike the batch portal that showed it
(other real sites of the same kind):

1. a theme that writes ``title=`` as a tooltip around the title ("Permalink to …", "Read more: …", "点击查看：…",
   "…（点击查看）"): the words around are not the title's, and an agency's name never holds Latin letters
   (before: 7 reports of a Pelican bureau stored under "Permalinkto硙州市…");
2. a row-offset pager counting rows from 1 (ColdFusion's ``startrow=1, 5, 9``; ``startrecord=11, 21``) as
   well as from 0 (``offset=10, 20``): the pages are the ones the list links, never an offset off by one
   (before: ``startrow=10`` requested, a 404, and the last page never);
3. a 部门年报 directory paged over several pages, the last holding a single unit, and its "共N个单位"
   printed inside the pager: the lone unit is followed and counted (before: "harvested 3 of 4");
4. a directory of towns whose links are their 年报 columns' addresses written out (乡镇名称 | 网站地址): each
   is that town's list (before: not followed, and not stated);
5. a unit's own 年报 list that says it is empty ("暂无信息") is a fact about the unit, said as one — not a
   list the crawl failed to read (before: SHORT, exit 4 with all reports found).
"""

from __future__ import annotations

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.legacy import GkmlActionSpider
from govcrawl.crawl.emptylist import says_empty
from govcrawl.crawl.entries import entry_title
from govcrawl.crawl.hubunits import count_units
from govcrawl.crawl.registry import Site
from govcrawl.report.metadata import agency_from_title, is_plausible_agency
from tests.crawl.hubparse import hub_requests, hub_spider

TITLE = "栎阳县统计局2023年政府信息公开工作年度报告"


def _link(html: str) -> Selector:
    return Selector(text=f"<html><body>{html}</body></html>").xpath("//a")[0]


# -- 1. tooltip words around a title ---------------------------------------------------------------
def test_a_tooltip_s_words_around_the_title_are_not_the_title_s() -> None:
    hexo = (f'<h2 class="post-title"><a class="post-link" href="/2024/01/19/nb/" title="Read more: {TITLE}">'
            f"{TITLE}</a></h2>")
    assert entry_title(_link(hexo)) == TITLE
    cut = f'<li><a href="/c/1.html" title="点击查看：{TITLE}">栎阳县统计局2023年政府信息…</a><span>2024-01-19</span>'
    assert entry_title(_link(cut)) == TITLE
    tail = f'<li><a href="/c/2.html" title="{TITLE}（点击查看）">栎阳县统计局2023年…</a></li>'
    assert entry_title(_link(tail)) == TITLE
    # a title attribute that is the title (the visible text cut short) is still taken whole
    plain = f'<li><a href="/c/3.html" title="{TITLE}">栎阳县统计局2023年…</a></li>'
    assert entry_title(_link(plain)) == TITLE


def test_an_agency_s_name_read_from_a_title_holds_no_latin_letters() -> None:
    assert agency_from_title("Permalink to " + TITLE) != "Permalinkto栎阳县统计局"
    assert agency_from_title(TITLE) == "栎阳县统计局"
    assert not is_plausible_agency("Readmore栎阳县统计局") and is_plausible_agency("栎阳县统计局")


# -- 2. row offsets from 1 and from 0 ---------------------------------------------------------------
LEGACY = "http://www.liyang.gov.test/gk/list.php?cls=12"
LEGACY_SITE = Site(id="liyang-gk", agency="栎阳县人民政府", cms="gkml_action", region="测试省栎阳县",
                   start_urls=(LEGACY,), allowed_domains=("liyang.gov.test",))


def _offset_page(param: str, linked: list[int], rows: int = 10, total: int = 25) -> HtmlResponse:
    items = "".join(f'<tr><td><a href="show.php?id={500 + i}">栎阳县{2024 - i}年政府信息公开工作年度报告</a></td>'
                    f"<td>2025-01-{10 + i}</td></tr>" for i in range(rows))
    links = " ".join(f'<a href="list.php?cls=12&amp;{param}={value}">{n}</a>' for n, value in enumerate(linked, 2))
    html = (f'<html><head><meta charset="utf-8"><title>年度报告</title></head><body><table class="lb">{items}</table>'
            f'<div class="page">共 {total} 条记录 <b>1</b> {links}</div></body></html>')
    return HtmlResponse(LEGACY, body=html.encode(), encoding="utf-8",
                        request=ScrapyRequest(LEGACY, meta={"site": LEGACY_SITE, "start_url": True}))


def _later_pages(response: HtmlResponse) -> list[str]:
    spider = GkmlActionSpider.from_crawler(get_crawler(GkmlActionSpider), name=LEGACY_SITE.id, sites=[LEGACY_SITE])
    return [r.url for r in spider.next_pages(response)]


def test_an_offset_pager_counting_rows_from_one_is_paged_at_its_own_offsets() -> None:
    from_one = [f"{LEGACY}&startrecord=11", f"{LEGACY}&startrecord=21"]
    assert _later_pages(_offset_page("startrecord", [11, 21])) == from_one
    # one later page linked: one more than the rows shown is an offset from 1, the rows shown one from 0
    assert _later_pages(_offset_page("startrecord", [11])) == from_one
    assert _later_pages(_offset_page("offset", [10])) == [f"{LEGACY}&offset=10", f"{LEGACY}&offset=20"]
    assert _later_pages(_offset_page("offset", [10, 20])) == [f"{LEGACY}&offset=10", f"{LEGACY}&offset=20"]
    # offsets that fit neither origin (a jump of 7 from 10): no page is made up
    assert _later_pages(_offset_page("offset", [10, 17])) == []


# -- 3. a paged directory of units, its count in the pager ----------------------------------------
HUB_SITE = Site(id="liyang-bmnb", agency="栎阳县人民政府", cms="hub", region="测试省栎阳县",
                start_urls=("http://www.liyang.gov.test/nb/dept/",), allowed_domains=("liyang.gov.test",))
DIR = "http://www.liyang.gov.test/nb/dept/"


def _directory(units: list[tuple[str, str]], page: int) -> str:
    rows = "".join(f'<li><a href="http://{host}.liyang.gov.test/gk/nb/" target="_blank">{name}</a>'
                   f"<em>最近更新：2025-01-2{i}</em></li>" for i, (host, name) in enumerate(units))
    pager = (f'<p class="fy">共5个部门 第{page}/2页 <a href="index.html">首页</a> '
             + ('<a href="index_1.html">下一页</a>' if page == 1 else '<a href="index.html">上一页</a>') + "</p>")
    return (f'<html><head><title>部门年报 - 栎阳县人民政府</title></head><body><h2>部门政府信息公开年报</h2>'
            f'<div class="dept-box"><ul class="dept">{rows}</ul>{pager}</div></body></html>')


FIRST_UNITS = [("jyj", "栎阳县教育局"), ("mzj", "栎阳县民政局"), ("czj", "栎阳县财政局"),
               ("wjj", "栎阳县卫生健康委员会")]
LAST_UNITS = [("tjj", "栎阳县统计局")]


def test_a_directory_s_last_page_of_one_unit_is_read_as_its_first_page_was() -> None:
    spider = hub_spider(HUB_SITE)
    first = hub_requests(spider, HUB_SITE, DIR, _directory(FIRST_UNITS, 1), start_url=True)
    units = {r.url: r.meta.get("list_owner") for r in first}
    assert units == {**{f"http://{h}.liyang.gov.test/gk/nb/": n for h, n in FIRST_UNITS},
                     DIR + "index_1.html": None}
    later = next(r for r in first if r.url == DIR + "index_1.html")
    assert later.meta.get("unit_directory") is True
    meta = {k: v for k, v in later.meta.items() if k != "site"}
    lone = hub_requests(spider, HUB_SITE, later.url, _directory(LAST_UNITS, 2), **meta)
    assert [(r.url, r.meta.get("list_owner")) for r in lone] == [("http://tjj.liyang.gov.test/gk/nb/", "栎阳县统计局")]
    # Not from a page that is not a directory's later page: one link named like a unit is no directory.
    assert hub_requests(hub_spider(HUB_SITE), HUB_SITE, later.url, _directory(LAST_UNITS, 2)) == []


def test_a_unit_count_printed_in_the_pager_counts_the_directory_s_units() -> None:
    assert count_units(Selector(text=_directory(FIRST_UNITS, 1)), DIR) == 4
    assert count_units(Selector(text=_directory(LAST_UNITS, 2)), DIR + "index_1.html", least=1) == 1


# -- 4. addresses written out as the links of a directory of towns -------------------------------
_TOWNS = """<html><head><title>乡镇（街道）年报</title></head><body><h3>乡镇（街道）政府信息公开年报</h3>
<table class="xz"><tr><th>序号</th><th>乡镇（街道）</th><th>年报专栏</th></tr>
<tr><td>1</td><td>城关街道</td><td><a href="http://cgjd.liyang.gov.test/zwgk/nb/index.html">http://cgjd.liyang.gov.test/zwgk/nb/index.html</a></td></tr>
<tr><td>2</td><td>栎口镇</td><td><a href="http://lkz.liyang.gov.test/zwgk/nb/index.html">http://lkz.liyang.gov.test/zwgk/nb/index.html</a></td></tr>
<tr><td>3</td><td>南岭乡</td><td><a href="http://nlx.liyang.gov.test/zwgk/nb/index.html">http://nlx.liyang.gov.test/zwgk/nb/index.html</a></td></tr>
</table></body></html>"""


def test_a_town_s_column_address_written_out_is_that_town_s_list() -> None:
    found = {r.url: r.meta.get("list_owner")
             for r in hub_requests(hub_spider(HUB_SITE), HUB_SITE, DIR + "xz.html", _TOWNS, start_url=True)}
    assert found == {"http://cgjd.liyang.gov.test/zwgk/nb/index.html": "城关街道",
                     "http://lkz.liyang.gov.test/zwgk/nb/index.html": "栎口镇",
                     "http://nlx.liyang.gov.test/zwgk/nb/index.html": "南岭乡"}
    # The towns' websites written out (their home pages) are their websites, not their 年报 lists.
    homes = _TOWNS.replace("/zwgk/nb/index.html", "/")
    assert hub_requests(hub_spider(HUB_SITE), HUB_SITE, DIR + "xz.html", homes, start_url=True) == []


# -- 5. a unit's list that says it is empty ---------------------------------------------------------
_EMPTY_LIST = """<html><head><title>年度报告 - 栎阳县统计局</title></head><body><div class="side"><h4>通知公告</h4>
<a href="/tzgg/1.html">关于2025年春节放假的通知</a></div><div class="main"><h3>政府信息公开年度报告</h3>
<div class="list-wrap"><table class="lb"><tr><td colspan="2" class="none">【暂无数据】</td></tr></table></div>
</div></body></html>"""


def test_an_empty_unit_list_is_said_as_one_not_stated_short() -> None:
    assert says_empty(Selector(text=_EMPTY_LIST)) == "【暂无数据】"
    # Entries shown (dated rows): not empty, whatever a box beside says.
    shown = _EMPTY_LIST.replace('<tr><td colspan="2" class="none">【暂无数据】</td></tr>',
                                '<tr><td><a href="/nb/9.html">2024年度报告</a></td><td>2025-01-20</td></tr>') \
        .replace("<h4>通知公告</h4>", "<h4>通知公告</h4><p>暂无信息</p>")
    assert says_empty(Selector(text=shown)) is None
    spider = hub_spider(HUB_SITE)
    unit = "http://tjj.liyang.gov.test/gk/nb/"
    hub_requests(spider, HUB_SITE, unit, _EMPTY_LIST, list_owner="栎阳县统计局", new_list=True)
    coverage = spider.coverage_of(HUB_SITE)
    assert unit not in coverage.lists_unread
    assert any("栎阳县统计局's own 年报 list" in w and "暂无数据" in w for w in coverage.warnings)
    # The same list without its words is a list whose markup was not read: stated.
    hub_requests(spider, HUB_SITE, unit + "?x", _EMPTY_LIST.replace("【暂无数据】", "&nbsp;"),
                 list_owner="栎阳县统计局", new_list=True)
    assert unit + "?x" in coverage.lists_unread
