"""Batch 19: a pager given as the arguments of a site's pager-init call.

Many CMSs print no page link at all: the list page hands its counts and the address of page N to the
site's own pager script (``kpPager.init({…})``, ``Pager.create(…)``, ``initPage(…)``), which writes
the links in the browser.  Before, the shared recogniser read such a call only under a few widget
names (``laypage.render``, ``.pagination``) and only for its counts — a call named otherwise was
not read, and its template (``"list-{page}.htm"``) never: the list stopped at its first page.  Now a
call is a pager by what it is given — settings declaring a count and a page-address template with
one placeholder — whatever its name, its arguments an object or positional (read by the page's own
definition of the function); page N is the template with N (or the row offset, when the
placeholder names one).

The markup here is none of the batch's 开普云 fixture: a 政务公开 column of another CMS, other
names, other placeholders."""

from __future__ import annotations

from govcrawl.crawl import pagers

BASE = "http://www.heyuan-test.gov.test/zwgk/ndbg/list.htm"


def _page(script: str, extra: str = "") -> str:
    rows = "".join(f'<li><a href="/zwgk/ndbg/art_{600 + i}.htm">和源县{2024 - i}年政府信息公开工作年度报告</a></li>'
                   for i in range(10))
    return (f'<html><head><meta charset="utf-8"><script src="/js/gov-pager.min.js"></script></head><body>'
            f'<ul class="news-list">{rows}</ul><div class="page-bar" id="pageBar"></div>{extra}'
            f'<script type="text/javascript">{script}</script></body></html>')


def test_an_object_of_settings_with_a_page_template_is_the_lists_pager_whatever_the_call_is_named() -> None:
    page = _page('Pager.create("pageBar", {recordCount: 23, pageSize: 10, pageIndex: 1, '
                 'pageUrl: "list-{page}.htm", prev: "上一页"});')
    pager = pagers.recognise(page, BASE)
    assert "pager_call" in pager.kinds and pager.records == 23 and pager.pages == 3
    assert pager.urls == ["http://www.heyuan-test.gov.test/zwgk/ndbg/list-2.htm",
                          "http://www.heyuan-test.gov.test/zwgk/ndbg/list-3.htm"]


def test_the_settings_may_be_variables_and_a_query_template() -> None:
    page = _page("var total = 31; var per = 15;\n"
                 "$(function () { siteList.pageInit({ total: total, per: per, limit: per, "
                 "href: '?col=ndbg&pn={{number}}' }); });")
    pager = pagers.recognise(page, BASE)
    assert pager.pages == 3
    assert pager.urls == [f"{BASE}?col=ndbg&pn=2", f"{BASE}?col=ndbg&pn=3"]


def test_positional_arguments_are_read_by_the_pages_own_definition() -> None:
    page = _page('function initPage(totalRecord, pageSize, curPage, urlTpl) { gov.pager("#pageBar", arguments); }\n'
                 'initPage(23, 10, 1, "list_%d.htm");')
    assert pagers.recognise(page, BASE).urls == ["http://www.heyuan-test.gov.test/zwgk/ndbg/list_2.htm",
                                                 "http://www.heyuan-test.gov.test/zwgk/ndbg/list_3.htm"]
    # Without the definition the numbers cannot be told apart: nothing is guessed.
    bare = _page('initPage(23, 10, 1, "list_%d.htm");')
    assert pagers.recognise(bare, BASE).urls == []


def test_a_placeholder_that_names_an_offset_steps_by_the_page_size() -> None:
    page = _page('listPager.setup({count: 23, size: 10, url: "list.jsp?start={start}"});')
    assert pagers.recognise(page, BASE).urls == ["http://www.heyuan-test.gov.test/zwgk/ndbg/list.jsp?start=10",
                                                 "http://www.heyuan-test.gov.test/zwgk/ndbg/list.jsp?start=20"]


def test_a_call_without_a_template_or_count_is_no_pager_and_a_later_page_schedules_nothing() -> None:
    assert not pagers.recognise(_page('slider.init({count: 5, speed: 300, effect: "fade"});'), BASE).urls
    assert not pagers.recognise(_page('tpl.render({url: "item_{id}.htm"});'), BASE).urls
    later = _page('Pager.create("pageBar", {recordCount: 23, pageSize: 10, pageIndex: 2, pageUrl: "list-{page}.htm"});')
    pager = pagers.recognise(later, BASE.replace("list.htm", "list-2.htm"))
    assert pager.pages == 3 and pager.current == 2 and pager.urls == []
