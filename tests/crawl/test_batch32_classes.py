"""Issue 12, the classes of blind round 32 — each written on markup unlike the batch portal that showed it:

1. a 开普云 column whose pager links its pages by folders (``page2/``, ``p3/``): those pages, not the family's
   ``2.html … N.html`` numbering (which the server does not have: requests for pages nobody linked), and a
   later page schedules nothing and is no sub-column (before: 6 made-up 404s, and each folder page counted as
   a list of its own, "harvested 4 of 11" three times, exit 4 with every report found);
2. a list title cut short ("…2024年政府信息公开工作年…", the full title only on the article page) is followed
   when it names a year and nothing else, and kept only when the page's own title completes it as a report
   (before: 6 of 7 reports not taken, and not stated);
3. a tree of units (``<li><span>县教育局</span><ul><li><a>2024年度</a>``, or the item's own text before its
   nested list) names the unit of each year link under it (before: two departments' reports dropped in
   silence — a lone year link with no owner was judged no entry).
"""

from __future__ import annotations

from typing import Any

from parsel import Selector
from scrapy.http import Request

from govcrawl.crawl.classify import completed_title, cut_title_prefix
from govcrawl.crawl.groups import group_owner
from govcrawl.crawl.items import ReportItem
from govcrawl.crawl.registry import Site
from tests.crawl.spider_at_hand import family_spider as _spider
from tests.crawl.spider_at_hand import page_for as _page


def _meta(request: Request) -> dict[str, Any]:
    return {k: v for k, v in request.meta.items() if k != "site"}


# -- 1. a 开普云 column paged by folders ----------------------------------------------------------------
KAIPU = Site(id="ruixi-gov", agency="汭溪县人民政府", cms="kaipu", region="测试省汭溪县",
             start_urls=("http://www.ruixi.gov.test/xxgk/nb/",), allowed_domains=("ruixi.gov.test",))
COLUMN = KAIPU.start_urls[0]


def _kaipu_list(current: int) -> str:
    rows = "".join(f'<li><a href="/xxgk/nb/2025{n:02d}/t{n}.html">汭溪县{2024 - n}年政府信息公开工作年度报告</a>'
                   f"<span>2025-01-{10 + n}</span></li>" for n in range(3))
    numbers = " ".join(f'<a href="/xxgk/nb/{f"page{n}/" if n > 1 else ""}">{n}</a>' if n != current else f"<b>{n}</b>"
                       for n in (1, 2, 3))
    return (f'<html><head><title>年报</title></head><body><ul class="news">{rows}</ul><div class="pagination">'
            f"{numbers} 共3页 共9条</div></body></html>")


def test_a_column_paged_by_folders_is_paged_by_its_pager_s_links_only() -> None:
    spider = _spider(KAIPU)
    first = [r.url for r in spider.next_pages(_page(COLUMN, _kaipu_list(1), KAIPU, start_url=True))]
    assert first == [f"{COLUMN}page2/", f"{COLUMN}page3/"]  # no 2.html, 3.html; no page taken for a sub-column
    later = _page(f"{COLUMN}page2/", _kaipu_list(2), KAIPU, list_url=COLUMN)
    assert [r.url for r in spider.next_pages(later)] in ([f"{COLUMN}page3/"], [COLUMN, f"{COLUMN}page3/"])
    # (its pager's links only, no numbering; the first page again is the page budget's to drop)


def test_a_column_chained_by_next_links_is_followed_to_its_end() -> None:
    # A list whose pages link only the next (``index_1.html`` → ``index_2.html``) and print no count.
    spider = _spider(KAIPU)
    chain = '<html><body><ul class="l"><li><a href="/xxgk/nb/t{n}.html">某文</a></li></ul>{more}</body></html>'
    first = _page(COLUMN, chain.format(n=1, more='<div class="fy"><a href="index_1.html">下一页</a></div>'), KAIPU)
    assert [r.url for r in spider.next_pages(first)] == [f"{COLUMN}index_1.html"]
    second = _page(f"{COLUMN}index_1.html", chain.format(
        n=2, more='<div class="fy"><a href="index.html">上一页</a> <a href="index_2.html">下一页</a></div>'),
        KAIPU, list_url=COLUMN)
    assert f"{COLUMN}index_2.html" in [r.url for r in spider.next_pages(second)]


# -- 2. titles cut short -------------------------------------------------------------------------------
TRS = Site(id="ruixi-zjj", agency="汭溪县住房和城乡建设局", cms="trs_classic", region="测试省汭溪县",
           start_urls=("http://zjj.ruixi.gov.test/gk/nb/",), allowed_domains=("ruixi.gov.test",))
FULL = "汭溪县住房和城乡建设局2023年度政府信息公开工作年度报告"
CUT = "汭溪县住房和城乡建设局2023年度政府信..."
_TABLE = ('<table border="1"><tr><td>第二十条第（一）项</td><td>本年制发件数</td></tr>'
          "<tr><td>规章</td><td>0</td></tr></table>")


def test_a_cut_title_is_judged_by_the_title_its_page_gives() -> None:
    assert cut_title_prefix(CUT) == "汭溪县住房和城乡建设局2023年度政府信"
    assert cut_title_prefix("汭溪县2023年度政府信息公开工作年度报告解读…") is None  # says what else it is
    assert cut_title_prefix("关于印发汭溪县…") is None and cut_title_prefix(FULL) is None  # no year; not cut
    kept = "汭溪县住房和城乡建设局2023年度政府信"
    assert completed_title(["汭溪县住建局", FULL + " - 汭溪县住建局", FULL], kept) == FULL
    spider = _spider(TRS)
    listing = _page(TRS.start_urls[0], "<html><body></body></html>", TRS)
    request = spider.follow_report(listing, "./202401/t1.html", CUT)
    assert request is not None and request.meta["cut_title"] == "汭溪县住房和城乡建设局2023年度政府信"
    article = (f'<html><head><meta name="ArticleTitle" content="{FULL}"><title>{FULL}</title></head><body>'
               f"<h1>{FULL}</h1><div class='TRS_Editor'><p>一、总体情况</p>{_TABLE}</div></body></html>")
    items = [i for i in spider.parse_report_page(_page(request.url, article, TRS, **_meta(request)), CUT)
             if isinstance(i, ReportItem)]
    assert [i.title for i in items] == [FULL]
    # the same cut title over a 解读 page: not a report, nothing stored, the year it promised taken back
    reading = article.replace(FULL, "汭溪县住房和城乡建设局2023年度政府信息公开工作年度报告解读")
    assert list(spider.parse_report_page(_page(request.url, reading, TRS, **_meta(request)), CUT)) == []
    assert 2023 not in spider.coverage_of(TRS).years_listed.get("汭溪县住房和城乡建设局", set())
    # a cut title that links a file has no page to say what it is: stated, not guessed
    assert spider.follow_report(listing, "/gk/nb/P020240120.pdf", CUT) is None
    assert "cut short" in spider.coverage_of(TRS).entries_untaken["http://zjj.ruixi.gov.test/gk/nb/P020240120.pdf"]


# -- 3. a tree of units --------------------------------------------------------------------------------
_TREE = """<html><body><h2>部门政府信息公开年报</h2><ul class="dept-tree">
<li><em class="lbl">县林业局</em><ul><li><a href="http://lyj.ruixi.gov.test/nb/1.html">2024年度</a></li></ul></li>
<li>县审计局<ol><li><a href="http://sjj.ruixi.gov.test/nb/2.html">2023年度</a></li>
<li><a href="http://sjj.ruixi.gov.test/nb/3.html">2023年度解读</a></li></ol></li>
<li><em>市直部门</em><ul><li><a href="http://x.ruixi.gov.test/nb/4.html">2022年度</a></li></ul></li>
<li><em>2021年</em><ul><li><a href="http://y.ruixi.gov.test/nb/5.html">县统计局</a></li></ul></li>
</ul></body></html>"""


def test_a_tree_s_branch_label_names_the_unit_of_its_year_links() -> None:
    owners = {a.attrib["href"].split("/")[-1]: group_owner(a) for a in Selector(text=_TREE).css("a")}
    assert owners == {"1.html": "县林业局", "2.html": "县审计局", "3.html": "县审计局",
                      "4.html": None,   # a group of units names none
                      "5.html": None}   # a year's branch: the unit is the link's own text
