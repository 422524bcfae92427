"""Coverage counting (batch 14): a list row's companion links, counts printed beside a pager, and a
later page's link back to the first page.

* A row whose entry carries companion links (【解读】, [图解] to another column) is one entry of its
  list: counted as one, not missed (a ``div`` row holding more than one link) nor counted twice.
* A pager block's counts printed beside it — "共 23 条记录" above the table, "第 1 页，共 5 页" after a
  ``<ul class="pagination">`` — are what the list declares.
* ``List.aspx?cid=8&pageindex=1`` linked from page 2 is the first page ``List.aspx?cid=8`` again.
"""

from __future__ import annotations

from parsel import Selector

from govcrawl.bases.auto import AutoSpider, GenericSpider
from govcrawl.bases.trs import TrsHaiyunSpider
from govcrawl.crawl.entries import count_entries, is_companion
from govcrawl.crawl.pagers import first_page_alias, recognise

# A 政府信息公开年报 column written as ``<div class="bg-line">`` rows (no list/item class): a title link,
# for some rows a companion span, and the date.
_DIV_ROWS = """<html><body><div class="top"><a href="/">首页</a><a href="/xxgk/">信息公开</a></div>
<div class="bg-con">
<div class="bg-line"><a class="t" href="./202501/t20250120_901.html">汶川镇2024年政府信息公开工作年度报告</a>
  <span class="fj"><a href="/xxgk/jd/202501/t20250121_902.html">[图解]</a><a href="/xxgk/jd/202501/t20250122_903.html"
  >[政策解读]</a></span><b>2025-01-20</b></div>
<div class="bg-line"><a class="t" href="./202501/t20250115_904.html">汶川镇财政所2024年政府信息公开年报</a>
  <b>2025-01-15</b></div>
<div class="bg-line"><a class="t" href="./202401/t20240118_905.html">汶川镇2023年政府信息公开工作年度报告</a>
  <span class="fj"><a href="/xxgk/jd/202401/t20240119_906.html">【解读】</a></span><b>2024-01-18</b></div>
<div class="bg-line"><a class="t" href="./202403/t20240301_907.html">汶川镇2024年政务公开工作要点</a>
  <b>2024-03-01</b></div>
</div><div class="page-box"><a href="index_1.html">2</a><a href="index_1.html">下一页</a></div></body></html>"""

# The same kind of list in ``<ul><li>`` rows: the companion link is inside the row, beside the entry.
_LI_ROWS = """<html><body><ul class="news">
<li><a href="/art/2025/1/20/art_31_77.html">临川区2024年政府信息公开工作年度报告</a>
  <a href="/art/2025/1/21/art_40_78.html">（图解）</a><span>2025-01-20</span></li>
<li><a href="/art/2024/1/22/art_31_70.html">临川区2023年政府信息公开工作年度报告</a><span>2024-01-22</span></li>
</ul></body></html>"""

# A table whose only link of a row is "下载": that link is the row's entry.
_DOWNLOAD_ONLY = """<html><body><table>
<tr><td>县审计局2024年度报告</td><td>2025-01-10</td><td><a href="/up/2025/a.pdf">下载</a></td></tr>
<tr><td>县审计局2023年度报告</td><td>2024-01-12</td><td><a href="/up/2024/b.pdf">下载</a></td></tr>
</table></body></html>"""


def test_a_div_row_with_companion_links_is_one_entry_and_every_row_counts() -> None:
    # 4 rows: two with companions, one not a report (the 要点): every row is an entry of the list.
    assert count_entries(Selector(text=_DIV_ROWS)) == 4


def test_a_companion_link_inside_an_li_row_is_not_an_entry_of_its_own() -> None:
    assert count_entries(Selector(text=_LI_ROWS)) == 2


def test_a_download_link_alone_in_its_row_is_the_entry() -> None:
    assert count_entries(Selector(text=_DOWNLOAD_ONLY)) == 2


def test_companion_labels() -> None:
    for label in ("【解读】", "[图解]", "（图解）", "政策解读", "一图读懂", "[PDF]", "下载"):
        assert is_companion(Selector(text=f"<a href='x'>{label}</a>").css("a")[0]), label
    for title in ("临川区2024年政府信息公开工作年度报告", "关于2024年年报的解读", "2024年度"):
        assert not is_companion(Selector(text=f"<a href='x'>{title}</a>").css("a")[0]), title


# An ASP.NET site's list paged by a bootstrap pager: the counts are printed around it, not in it.
_BOOTSTRAP = """<html><body><div class="main"><h3>年度报告</h3><div class="sum">共 23 条记录</div>
<table class="table"><tr><td><a href="/Info/Show/7f2c">临水县2024年政府信息公开工作年度报告</a></td>
<td>2025/1/9</td></tr></table>
<div class="pager-wrap"><ul class="pagination"><li class="active"><a>1</a></li>
<li><a href="/Info/List.aspx?cid=8&amp;pageindex=2">2</a></li>
<li><a href="/Info/List.aspx?cid=8&amp;pageindex=2" rel="next">»</a></li></ul></div>
<div class="pageinfo">第 1 页，共 5 页</div></div></body></html>"""


def test_counts_printed_beside_a_pager_are_declared() -> None:
    pager = recognise(_BOOTSTRAP, "http://www.linshui.gov.test/Info/List.aspx?cid=8")
    assert pager.records == 23
    assert pager.pages == 5
    assert "http://www.linshui.gov.test/Info/List.aspx?cid=8&pageindex=2" in pager.urls


def test_a_page_parameter_of_1_is_the_first_page_itself() -> None:
    first = "http://www.linshui.gov.test/Info/List.aspx?cid=8"
    assert first_page_alias(first + "&pageindex=1", first)
    assert first_page_alias("http://www.linshui.gov.test/Info/List.aspx?pageindex=1&cid=8", first)
    assert not first_page_alias(first + "&pageindex=2", first)
    assert not first_page_alias("http://www.linshui.gov.test/Info/List.aspx?cid=9&pageindex=1", first)
    assert not first_page_alias(first + "&sort=1", first)  # not a page parameter
    assert not first_page_alias(first, first + "&pageindex=1")


def test_the_generic_path_has_no_family_pager_to_fall_back_from() -> None:
    assert not GenericSpider.has_family_pager and not AutoSpider.has_family_pager
    assert TrsHaiyunSpider.has_family_pager
