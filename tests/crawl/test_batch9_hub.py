"""Issue 12, held-out round 9: a 部门年报 hub of tabs and accordions, paged by a page-jump ``<select>``.
Each class tested on markup written unlike the batch's portal (another site of the same kind):

1. a unit's links hidden in an accordion's (a fold panel's) body, whose text is only "2024年度报告",
   are that unit's reports: the unit is the panel's head (a ``<div class="…-head">`` / ``…-hd`` over
   the body, its toggle sign not part of the name), never the page's owner — and its "查看本单位年报"
   link is the unit's own 年报 list.
2. a page-jump ``<select>`` that goes to its chosen option's value (``onchange=
   "window.location=this.value"``) names its pages' URLs in the options: they are the pager's pages.
3. a hub's "共 N 个单位" counts the units (the cards) of the box that prints it, not the links in
   them nor the units of the page's other tabs: a hub page whose other pages were not read is short.
"""

from __future__ import annotations

from parsel import Selector

from govcrawl.crawl import hubunits, pagers
from govcrawl.crawl.entries import card_owner, entry_title
from govcrawl.crawl.hubunits import unit_lists

_HUB = """<html><head><title>单位政府信息公开年报 - 杉州市人民政府</title></head><body>
<div class="crumbs">当前位置：首页 › 政务公开 › 单位政府信息公开年报</div>
<ul class="tabs"><li class="cur">市直单位</li><li>镇街</li></ul>
<section id="pane-sz">
  <div class="fold"><div class="fold-head" onclick="toggle(this)">杉州市水务局 <em>▼</em></div>
    <div class="fold-body" hidden><ul>
      <li><a href="/gk/nb/files/sw2024.pdf">2024年度报告</a></li>
      <li><a href="https://slj.shanzhou.gov.test/gk/nb/">查看本单位年报</a></li></ul></div></div>
  <div class="fold"><div class="fold-hd">杉州市统计局＋</div>
    <div class="fold-bd" hidden><ul><li><a href="/gk/nb/2025/tjj.html">2024年度报告</a></li>
      <li><a href="/gk/nb/2024/tjj.html">2023年度报告</a></li></ul></div></div>
  <div class="pg">共12个单位 转至 <select name="pg" onchange="window.location=this.value">
    <option value="./list.shtml" selected>1</option><option value="./list_2.shtml">2</option>
    <option value="./list_3.shtml">3</option></select></div>
</section>
<section id="pane-qx" hidden>
  <div class="fold"><div class="fold-head">青石镇</div><div class="fold-body"><ul>
    <li><a href="/gk/nb/2025/qsq.html">2024年度报告</a></li></ul></div></div>
</section></body></html>"""
_URL = "http://www.shanzhou.gov.test/gk/nb/list.shtml"


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_a_link_in_an_accordion_body_is_the_unit_s_its_head_names() -> None:
    sel = Selector(text=_HUB)
    titles = {link.attrib["href"]: entry_title(link) for link in sel.css("a[href]")}
    assert titles["/gk/nb/files/sw2024.pdf"] == "杉州市水务局 2024年度报告"
    assert titles["/gk/nb/2024/tjj.html"] == "杉州市统计局 2023年度报告"
    assert titles["/gk/nb/2025/qsq.html"] == "青石镇 2024年度报告"
    assert unit_lists(sel) == [("https://slj.shanzhou.gov.test/gk/nb/", "杉州市水务局")]
    # The climb stops at a box that holds cards' headings: a page's section heading above a box of
    # whole cards is no card's unit.
    sel = Selector(text="""<html><head><title>年报</title></head><body><h3>杉州市审计局</h3>
    <div class="cards"><div class="card"><div class="card-name">杉州市档案馆</div><p>暂无</p></div>
    <p><a href="/a.pdf">2024年度报告</a></p></div></body></html>""")
    assert card_owner(sel.css("a[href]")[0]) is None
    assert entry_title(sel.css("a[href]")[0]) == "2024年度报告"


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_a_select_that_goes_to_its_option_s_value_names_the_pages() -> None:
    pager = pagers.recognise(_HUB, _URL)
    assert pager.pages == 3 and pager.current == 1
    assert pager.urls == ["http://www.shanzhou.gov.test/gk/nb/list_2.shtml",
                          "http://www.shanzhou.gov.test/gk/nb/list_3.shtml"]
    # A select of bare page numbers (a script builds the URL) names no URL by its values.
    page = """<div class="pg"><select onchange="go(this.value)"><option value="1">1</option>
    <option value="2">2</option></select></div>"""
    assert pagers.recognise(page, _URL).urls == []


# -- 3 -----------------------------------------------------------------------------------------------
def test_3_a_hub_counts_the_units_of_the_box_that_prints_their_number() -> None:
    sel = Selector(text=_HUB)
    assert hubunits.count_units(sel) == 2  # 水务局 and 统计局, not the 区县 tab's 青石镇, not four links
    # Without a printed count, every unit the page shows.
    assert hubunits.count_units(Selector(text=_HUB.replace("共12个单位", ""))) == 3
