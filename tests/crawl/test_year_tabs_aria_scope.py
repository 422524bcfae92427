"""A strip of year tabs marks the year shown by a class; something else on the page — a breadcrumb's
``aria-current="page"``, a site menu's ``aria-selected`` — marks its own item, not every year tab.
(The ARIA test searched the whole document from each tab: every tab then counted as the one shown,
and the strip yielded no other year.)"""

from __future__ import annotations

from parsel import Selector

from govcrawl.crawl import detect

URL = "http://www.qiyuan.gov.test/zwgk/nb/2024/index.html"
PAGE = """<html><body>
<nav class="crumbs"><a href="/">首页</a> / <a href="/zwgk/">政务公开</a> /
  <a href="/zwgk/nb/2024/index.html" aria-current="page">2024年年报</a></nav>
<div class="year-bar"><span class="yr cur"><a href="/zwgk/nb/2024/index.html">2024年</a></span>
  <span class="yr"><a href="/zwgk/nb/2023/index.html">2023年</a></span>
  <span class="yr"><a href="/zwgk/nb/2022/index.html">2022年</a></span></div>
<ul class="news"><li><a href="/zwgk/nb/2024/t20250120_1.html">某县2024年政府信息公开工作年度报告</a></li></ul>
</body></html>"""


def test_a_breadcrumbs_aria_current_does_not_mark_every_year_tab() -> None:
    found = detect.year_columns(Selector(text=PAGE), URL, shows_reports=True)
    assert found == ["http://www.qiyuan.gov.test/zwgk/nb/2023/index.html",
                     "http://www.qiyuan.gov.test/zwgk/nb/2022/index.html"]


def test_a_tab_marked_by_its_own_aria_is_still_the_one_shown() -> None:
    # The tab shown links its directory (not this page's address) and says so only by aria-selected.
    page = PAGE.replace('<span class="yr cur"><a href="/zwgk/nb/2024/index.html">',
                        '<span class="yr"><a href="/zwgk/nb/2024/" aria-selected="true">')
    found = detect.year_columns(Selector(text=page), URL, shows_reports=True)
    assert found == ["http://www.qiyuan.gov.test/zwgk/nb/2023/index.html",
                     "http://www.qiyuan.gov.test/zwgk/nb/2022/index.html"]
