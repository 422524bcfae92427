"""Batch 11's hub printed "共列出 7 个单位": a count with a verb between 共 and the number (列出,
收录) is a declared count, of a list's records and of a hub's units — so a hub that shows fewer units
than it says falls short and says so.  Markup here is another hub's: a table of units, "共收录"."""

from __future__ import annotations

from parsel import Selector

from govcrawl.crawl.hubunits import count_units
from govcrawl.crawl.pagers import printed_counts

HUB = """<html><body><div class="bm-box"><p class="tip">本栏目共收录 3 个单位的年度报告</p>
<table><tr><th>单位</th><th>年报</th></tr>
<tr><td>青杉区财政局</td><td><a href="/czj/nb2024.html">2024年度</a></td></tr>
<tr><td>青杉区教育局</td><td><a href="/jyj/nb2024.html">2024年度</a></td></tr>
<tr><td>青杉区民政局</td><td><a href="/mzj/nb2024.html">2024年度</a></td></tr></table></div>
<div class="xz-box"><table><tr><td>东湖镇</td><td><a href="/dhz/nb2024.html">2024年度</a></td></tr>
<tr><td>西山镇</td><td><a href="/xsz/nb2024.html">2024年度</a></td></tr></table></div></body></html>"""


def test_a_count_with_a_listing_verb_is_declared() -> None:
    assert printed_counts("共列出 12 条 第 1/3 页") == (12, 3, 1)
    assert printed_counts("共收录14篇")[0] == 14
    assert printed_counts("共有 12 条")[0] is None  # 有 is prose too ("共有5个工作日"): not read


def test_a_hub_counts_its_units_under_a_listing_verb() -> None:
    """The units of the box that prints the count (its tab), not the page's other box of towns."""
    assert count_units(Selector(text=HUB)) == 3
