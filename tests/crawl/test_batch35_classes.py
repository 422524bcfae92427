"""Issue 12, the classes of blind round 35 — each written on markup unlike the batch portal that showed it:

1. a TRS pager call a broken template escaped, shown as text (``&lt;script&gt;createPageHTML(3, 0, &quot;index&quot;,
   &quot;shtml&quot;)…``): nothing runs, but the page declares its pages (before: 3 of 8 reports, and silence —
   no declared count was read, so nothing was short);
2. a table whose category cell spans rows (``<td rowspan="3">县直部门</td>``): the rows under it have one cell
   fewer, and their cells are read by the columns they stand in, not by their order in the row (before: the
   unit "县人社局" was read as the 类别 column's, its year links had no owner and four reports of three units
   were dropped, in silence);
3. a page's relative links resolve against its ``<base href>`` (SilverStripe writes ``xxgk/ndbg/`` under
   ``<base href="http://www…/">``): navigation and year tabs asked ``/xxgk/xxgk/ndbg/``, a page nobody linked.
"""

from __future__ import annotations

from parsel import Selector

from govcrawl.crawl import pagers
from govcrawl.crawl.detect import navigation_links, year_columns
from govcrawl.crawl.groups import column_header, row_fields, row_positions


# -- 1. a pager call shown as text ---------------------------------------------------------------------
def test_a_pager_call_escaped_into_text_still_declares_its_pages() -> None:
    url = "http://www.anxi.gov.test/zwgk/nb/index.htm"
    shown = ('<table><tr><td class="page">&lt;script language="javascript"&gt;createPageHTML(4, 0, &quot;index&quot;, '
             '&quot;htm&quot;);&lt;/script&gt;</td></tr></table>')
    pager = pagers.trs_script(shown, url)
    assert pager.pages == 4 and pager.urls == [f"http://www.anxi.gov.test/zwgk/nb/index_{n}.htm" for n in (1, 2, 3)]
    six = "<p>createPageHTML(&#39;page_div&#39;, 2, 1, &#39;list&#39;, &#39;shtml&#39;, 7)</p>"
    assert pagers.trs_script(six, url).urls == ["http://www.anxi.gov.test/zwgk/nb/list_2.shtml"]
    # Words about a pager are no call: nothing declared.
    assert not pagers.trs_script("<p>createPageHTML(&quot;说明&quot;)页码函数</p>", url).found


# -- 2. a category cell spanning rows -------------------------------------------------------------------
GRID = ('<table><thead><tr><th>序号</th><th>所属类别</th><th>单位名称</th><th>报告</th></tr></thead><tbody>'
        '<tr><td>1</td><td rowspan="2">县直部门</td><td>县审计局</td><td><a href="/sjj/2024.html">2024年</a></td></tr>'
        '<tr><td>2</td><td>县统计局</td><td><a href="/tjj/2024.html">2024年</a></td></tr>'
        '<tr><td>3</td><td>乡镇</td><td>河口镇</td><td><a href="/hkz/2024.html">2024年</a></td></tr></tbody></table>')


def test_cells_under_a_spanning_cell_are_read_by_their_columns() -> None:
    sel = Selector(text=GRID)
    second = sel.css('a[href="/tjj/2024.html"]')[0]
    cell = second.xpath("ancestor::td[1]")[0]
    assert [(c.xpath("string()").get(), column) for c, column in row_positions(cell)] == [
        ("2", 0), ("县统计局", 2), ("2024年", 3)]
    assert row_fields(second)["unit"] == "县统计局"  # not read as the 类别 column's
    assert column_header(second) == "报告"
    # The row after the span ends is read as written.
    assert row_fields(sel.css('a[href="/hkz/2024.html"]')[0])["unit"] == "河口镇"


# -- 3. relative links under <base href> --------------------------------------------------------------
def test_relative_links_resolve_against_the_page_s_base() -> None:
    page = ('<html><head><base href="http://www.lanxi.gov.test/"></head><body><nav><a href="xxgk/">信息公开</a>'
            '<a href="xxgk/ndbg/">政府信息公开年报</a></nav></body></html>')
    here = "http://www.lanxi.gov.test/xxgk/"
    assert {link.url for link in navigation_links(Selector(text=page), here)} == {
        "http://www.lanxi.gov.test/xxgk/", "http://www.lanxi.gov.test/xxgk/ndbg/"}
    tabs = ('<html><head><base href="/"></head><body><ul class="tabs"><li><a href="xxgk/ndbg/2024/">2024年</a></li>'
            '<li><a href="xxgk/ndbg/2023/">2023年</a></li></ul></body></html>')
    assert year_columns(Selector(text=tabs), "http://www.lanxi.gov.test/xxgk/ndbg/") == [
        "http://www.lanxi.gov.test/xxgk/ndbg/2024/", "http://www.lanxi.gov.test/xxgk/ndbg/2023/"]
