"""Issue 12, a class of held-out round 10: on a 部门年报 hub a link's owning unit is the nearest
grouping around it that names a unit — a ``<details>``'s ``<summary>``, a ``<fieldset>``'s
``<legend>``, a card's ``<header>``, a ``<dd>``'s ``<dt>``, a table row's unit cell — never a section
heading farther up that names a group of units ("县直单位", "乡镇（街道）").  Written on hubs unlike the
batch portal's (which has ``<details>`` boxes with a ``<div>`` of links under ``<section>`` headings)."""

from __future__ import annotations

from parsel import Selector

from govcrawl.crawl import hubunits
from govcrawl.crawl.entries import entry_title
from govcrawl.crawl.groups import group_owner, names_unit
from govcrawl.crawl.hubunits import unit_lists

# A county hub: fieldsets with legends, details with links straight inside, cards with an HTML5
# header, a definition list and a table — each group under a section heading naming a group of units.
_HUB = """<html><head><title>部门政府信息公开年度报告 - 沅陵县人民政府</title></head><body>
<div class="bmnb">
  <h2>县直单位</h2>
  <p class="tip">共 6 个单位</p>
  <fieldset class="dw"><legend>县医保局</legend>
    <p><a href="/bmnb/ybj/2025/t20250121_1.html">2024年度报告</a>
       <a href="/bmnb/files/ybj2023.pdf">2023年度（PDF）</a></p>
  </fieldset>
  <details open><summary>县林业局 ▸</summary>
    <a href="/bmnb/files/lyj2024.docx">2024年度（Word）</a>
    <a href="http://lyj.yuanling.gov.test/xxgk/nb/">查看年报专栏</a>
  </details>
  <article class="unit"><header>县融媒体中心</header>
    <ul><li><a href="/bmnb/rmt/2025/t20250120_7.html">2024年度报告</a></li></ul></article>
  <h2>乡镇（街道）</h2>
  <dl class="xz"><dt>筲箕湾镇</dt><dd><a href="/bmnb/sjw/2025/t20250117_3.html">2024年度报告</a></dd>
    <dt>辰州街道</dt><dd><a href="/bmnb/czjd/2025/t20250116_4.html">2024年度报告</a></dd></dl>
  <table class="xz-tb"><tr><td>麻溪铺镇</td>
    <td><a href="/bmnb/mxp/2025/t20250115_5.html">2024年度报告</a></td></tr></table>
  <h2>其他单位</h2>
  <div class="misc"><p><a href="/bmnb/files/other2024.pdf">2024年度（PDF）</a></p></div>
</div></body></html>"""


def _titles() -> dict[str, str]:
    return {link.attrib["href"]: entry_title(link) for link in Selector(text=_HUB).css("a[href]")}


def test_a_link_s_unit_is_its_nearest_group_s_name_not_the_section_s() -> None:
    titles = _titles()
    assert titles["/bmnb/ybj/2025/t20250121_1.html"] == "县医保局 2024年度报告"
    assert titles["/bmnb/files/ybj2023.pdf"] == "县医保局 2023年度 年度报告"
    assert titles["/bmnb/files/lyj2024.docx"] == "县林业局 2024年度 年度报告"
    assert titles["/bmnb/rmt/2025/t20250120_7.html"] == "县融媒体中心 2024年度报告"
    assert titles["/bmnb/sjw/2025/t20250117_3.html"] == "筲箕湾镇 2024年度报告"
    assert titles["/bmnb/czjd/2025/t20250116_4.html"] == "辰州街道 2024年度报告"
    assert titles["/bmnb/mxp/2025/t20250115_5.html"] == "麻溪铺镇 2024年度报告"


def test_a_heading_that_names_a_group_of_units_owns_no_link() -> None:
    # The link under "其他单位" alone is in no unit's group: its title says no unit (the report's page
    # or file names it), never "其他单位" or "县直单位".
    assert "单位" not in _titles()["/bmnb/files/other2024.pdf"]
    link = Selector(text=_HUB).css('a[href="/bmnb/files/other2024.pdf"]')[0]
    assert group_owner(link) is None
    for group in ("县直单位", "乡镇(街道)", "市直部门", "各区县", "直属单位"):
        assert not names_unit(group)
    for unit in ("县医保局", "县融媒体中心", "筲箕湾镇", "河东区", "县委宣传部", "县红十字会"):
        assert names_unit(unit)


def test_a_group_s_list_link_and_the_hub_s_unit_count_follow_the_groups() -> None:
    sel = Selector(text=_HUB)
    assert unit_lists(sel) == [("http://lyj.yuanling.gov.test/xxgk/nb/", "县林业局")]
    assert hubunits.count_units(sel) == 6  # the box that prints "共 6 个单位": 医保局 … 麻溪铺镇


def test_a_row_is_nearer_than_the_card_around_its_table() -> None:
    page = """<html><head><title>部门年报</title></head><body><div class="card"><div class="card-header">县直部门</div>
    <table><tr><td>县统计局</td><td><a href="/a.html">2024年度报告</a></td></tr></table></div>
    <details><summary>县审计局</summary><table><tr><td>2024</td><td><a href="/b.html">2024年度报告</a></td></tr>
    </table></details></body></html>"""
    links = Selector(text=page).css("a[href]")
    assert group_owner(links[0]) == "县统计局"
    # A row that names no unit (its year) leaves the link to the group around the table.
    assert group_owner(links[1]) == "县审计局"
