"""A 部门年报 hub's units (portals.md §0.3): the units a hub page shows and the links that lead to
their own 年报 lists or pages — what makes a page a hub, whichever path reads it.

* ``unit_lists``: the links of a hub's rows or cards to units' own 年报 lists ("进入年报栏目", "历年年报 >"), and
  its picture tiles to units' pages (``unit_tiles``: a grid of links each named after its unit) —
  the hub family follows them, ``cms: auto`` reads such a page as a hub, any other path states them.
* ``count_units``: how many units a hub page shows — what its "共 8 个部门" counts.

Built on the list-entry recognisers (``crawl.entries``), which know nothing of hubs.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from govcrawl.crawl.classify import is_attachment_url, is_report_title, is_unit_name
from govcrawl.crawl.entries import (
    NIANBAO,
    PAGE_NAMES,
    YEAR,
    entry_title,
    heading_report,
    link_title,
    names_nianbao,
    option_entries,
    script_units,
)
from govcrawl.crawl.groups import column_header, flat_text, group_owner, is_tile_name, tile_unit
from govcrawl.crawl.jumpmenus import jump_links
from govcrawl.crawl.owner import in_breadcrumb
from govcrawl.crawl.pagers import COUNT_LEAD, usable_href
from govcrawl.crawl.urls import LINK, link_href

MAX_UNIT_LINKS = 2000  # links a hub page is read for
# A count of units a 部门年报 hub prints over its cards ("共 8 个部门", "共12个单位").
_UNIT_COUNT = re.compile(COUNT_LEAD + r"\d+\s*个?\s*(?:部门|单位)")

# -- a unit's own 年报 list, linked from a 部门年报 hub (portals.md §0.3) -----------------------------
# A 部门年报 table's row (or a card) names a department and links its own 年报 list (often on its
# sub-host) by a text that says "list", not by a report title: "进入年报栏目", "查看", "更多".
# The text may name whose list it is ("进入本部门年报栏目", "查看该单位年报专栏", "点击进入").
_UNIT_LIST_TEXT = re.compile(r"^(?:点击)?(?:进入|查看|访问|浏览)?(?:本|该)?(?:部门|单位)?的?"
                             r"(?:政府信息公开|信息公开)?(?:年报|年度报告)?(?:栏目|专栏|列表)$"
                             r"|^(?:点击)?(?:进入|查看)(?:本|该)?(?:部门|单位)?的?(?:年报)?$|^(?:查看)?更多$")
# A card's link beside its newest report that says it leads to the unit's *other years* — "历年年报 >",
# "往年年报", "更多年报", "查看历年报告", "全部年度报告" — names a list by the years it spans, not a report.
_YEARS_LIST_TEXT = re.compile(r"^(?:点击|查看|进入|浏览)?(?:本|该)?(?:部门|单位)?的?"
                              r"(?:历年|往年|往期|以往|历史|更多|全部|所有)的?(?:政府信息公开(?:工作)?)?(?:年报|年度报告|报告)(?:栏目|专栏|列表)?$")
# What a link's text is wrapped in around those words: an arrow or a "more" mark ("历年年报 >", "更多>>",
# "[进入年报栏目]", "更多+"), which says only that it leads on.
_LEADING_MARKS = re.compile(r"^[\[【(（<«‹＜]+|[\]】)）>»›＞→+＋…·.。]+$")
MAX_UNIT_LISTS = 500


def list_link_words(text: str) -> str:
    """A link's own text without its blanks and the arrows or brackets around it ("历年年报 >" →
    "历年年报", "【更多】" → "更多")."""
    own = "".join(text.split())
    while (bare := _LEADING_MARKS.sub("", own)) != own:
        own = bare
    return own


def is_unit_list_link(link: Selector, title: str, unit: str | None) -> bool:
    """A row's or a card's (``unit``) link to a department's own 年报 list: its own text says so
    ("进入栏目", "查看", "历年年报 >"), not the title completed from its column (which would hide it), and
    that completed title names no year unless the text names a list (栏目, 专栏, its years): a bare "查看"
    cell under a year's column is that year's report of a unit × year matrix."""
    return bool(unit) and is_unit_list_text(link_title(link), title)


def is_unit_list_text(text: str, title: str) -> bool:
    """A unit's link whose own ``text`` says it leads to the unit's 年报 list (``is_unit_list_link``;
    a script's answer of units gives the text alone)."""
    own = list_link_words(text)
    if _YEARS_LIST_TEXT.match(own):
        return True
    if not _UNIT_LIST_TEXT.match(own):
        return False
    return own.endswith(("栏目", "专栏", "列表", "更多")) or not YEAR.search(title)


def is_list_link_text(text: str) -> bool:
    """Does a link's own text say it leads to a list of 年报 rather than to one ("历年年报 >", "进入年报栏目",
    "更多年报") — what a box's or a card's "more" link may say besides 更多 (``detect.reports_box_mores``)."""
    own = list_link_words(text)
    return bool(_YEARS_LIST_TEXT.match(own) or (_UNIT_LIST_TEXT.match(own) and own.endswith(("栏目", "专栏", "列表"))))


# A site's home page: a tile that links one is the unit's website, not its 年报.
_HOME_PAGE = re.compile(r"^/?(?:(?:index|default)\.(?:s?html?|jsp|php|aspx?))?$", re.I)


# A list's publisher column ("发布机构", "发布单位", "信息来源", "发文机关") or a row's label of it ("来源："):
# its cell names (and may link) the unit that published the row's entry — a column of the list, not a
# hub's link to the unit's own 年报 list.  A bare "部门"/"单位" column is a hub's (the unit of the row).
_PUBLISHER = r"(?:(?:发布|发文|公开)(?:机构|单位|部门|机关)|(?:信息|文章)?来源)"
_PUBLISHER_HEAD = re.compile(rf"^{_PUBLISHER}[:：]?$")
_PUBLISHER_LABEL = re.compile(rf"{_PUBLISHER}\s*[:：]\s*$")


def publisher_cell(link: Selector) -> bool:
    """Is a link its row's publisher: in a table cell under a publisher column's heading
    (``groups.column_header``), or right after a "发布机构：" label?"""
    before = "".join(link.xpath("preceding-sibling::node()[1][self::text()]").getall())
    if _PUBLISHER_LABEL.search(before):
        return True
    header = column_header(link)
    return header is not None and bool(_PUBLISHER_HEAD.match("".join(header.split())))


def _tile(link: Selector, title: str, unit: str | None) -> str | None:
    """The unit a link is the tile of (``groups.tile_unit``), when it leads to a page of the unit's:
    not a file, not a site's home page (the unit's website), not a link whose title is a report (a
    unit's name a box's caption completes into its report), not in another unit's group (``unit``),
    not a step of a breadcrumb (the unit whose page this is), not a list row's publisher
    (``publisher_cell``: the unit that published the row's report)."""
    tile = tile_unit(link)
    if tile is None or (unit is not None and unit != tile) or is_report_title(title) or in_breadcrumb(link):
        return None
    if publisher_cell(link):
        return None
    href = link.attrib.get("href", "").strip()
    parts = urlsplit(href)
    if is_attachment_url(parts.path) or ((parts.netloc or href.startswith("/")) and _HOME_PAGE.match(parts.path)):
        return None
    return tile


# A page of tiles shows a grid of them: one link named after a unit (a department's column in a
# sidebar, its site in a 相关链接 line) is no hub.
MIN_TILES = 2


def unit_tiles(sel: Selector) -> dict[str, str]:
    """href → unit of a 部门年报 hub's picture tiles: links that stand for their unit (``_tile``) on a
    page that speaks of 年报, at least ``MIN_TILES`` units of them — the units' pages (or own lists)
    a hub of tiles leads to."""
    found: dict[str, str] = {}
    for link in sel.xpath(f"//{LINK}[@href]")[:MAX_UNIT_LINKS]:
        href = link_href(link) or ""
        if not usable_href(href) or href in found or tile_unit(link) is None or not names_nianbao(link):
            continue
        tile = _tile(link, entry_title(link), group_owner(link))
        if tile is not None:
            found[href] = tile
    return found if len(set(found.values())) >= MIN_TILES else {}


def jump_units(sel: Selector, page_url: str, framed_in_nianbao: bool = False) -> dict[str, str]:
    """url → unit of a 部门年报 hub's jump menu (``jumpmenus.jump_links``: a ``<select>`` whose options
    lead to the units' pages, "共收录 6 个单位" and no ``<a>`` to them): options named after a unit, on a
    page that speaks of 年报 — read as tiles are."""
    if not page_url or not (framed_in_nianbao or speaks_of_nianbao(sel)):
        return {}
    # An option that is itself a report (a 区县年报 box: the year and the report in its label,
    # ``entries.option_entries``) is an entry of the page's list, not a unit's page.
    reports = {urljoin(page_url, href) for href, _title in option_entries(sel)}
    found = {url: text for url, text in jump_links(sel, page_url) if is_tile_name(text) and url not in reports}
    return found if len(set(found.values())) >= MIN_TILES else {}


def speaks_of_nianbao(sel: Selector) -> bool:
    """Does a page (its title, column name, headings) say it lists 年报?"""
    return any(NIANBAO.search(text) for text in sel.xpath(PAGE_NAMES).getall()[:50])


def unit_lists(sel: Selector, framed_in_nianbao: bool = False, page_url: str = "") -> list[tuple[str, str]]:
    """(href, unit) of the links of a page that speaks of 年报 (its title, column name, headings or
    the table's caption) to units' own 年报 lists, or to their pages as tiles (``unit_tiles``) — what
    makes a page a 部门年报 hub, whichever path reads it (the hub family follows them; any other must
    account for them).  A frame's document (a bare table) speaks through the page that frames it
    (``framed_in_nianbao``: that page speaks of 年报).  With the page's URL (``page_url``), a jump
    menu's units too (``jump_units``)."""
    found: dict[str, str] = {}
    for link in sel.xpath(f"//{LINK}[@href]"):
        href = link_href(link) or ""
        if not usable_href(href) or href in found:
            continue
        unit = group_owner(link)
        # A unit's name beside it on a page (or table) that speaks of 年报: a home page's "更多" under
        # a section heading (通知公告) is no unit's list.
        if unit and is_unit_name(unit) and is_unit_list_link(link, entry_title(link), unit) and (
                framed_in_nianbao or names_nianbao(link)):
            found[href] = unit
        if len(found) >= MAX_UNIT_LISTS:
            break
    for href, tile in (unit_tiles(sel) | jump_units(sel, page_url, framed_in_nianbao)).items():
        found.setdefault(href, tile)
    return list(found.items())[:MAX_UNIT_LISTS]



def count_units(sel: Selector, page_url: str = "") -> int:
    """Units a hub page shows, as the groups its links sit under (``group_owner``), or as the tiles
    that stand for them (``unit_tiles``): what a "共 8 个部门" over accordions or over a grid of picture
    tiles counts, where the links in each card are not entries.  Only the units
    in the box that prints the count (its tab, not the page's other tabs), when one prints it; a unit's name
    under its year's heading (``entries.heading_report``) is one unit too, however many years list it;
    with the page's URL, a jump menu's options too (``jump_units``)."""
    box = sel
    for node in sel.xpath("//body//*[text()[contains(., '共')]]")[:50]:
        if _UNIT_COUNT.search(" ".join(" ".join(node.xpath("./text()").getall()).split())):
            # The nearest box around the count that holds the cards' links.
            boxes = node.xpath(f"ancestor-or-self::*[.//{LINK}[@href]][not(self::body)][not(self::html)]")
            box = boxes[-1] if boxes else sel
            break
    units = script_units(sel)  # written by a script from an array of units (their box is empty)
    units.update(jump_units(sel, page_url).values())  # a jump menu's options: no <a> to count
    tiles = unit_tiles(sel)  # a grid of picture tiles: each link is its unit
    for link in box.xpath(f".//{LINK}[@href]")[:MAX_UNIT_LINKS]:
        unit = group_owner(link)
        if unit and is_unit_name(unit):
            units.add(unit)
        elif unit is None and (tile := tiles.get(link_href(link) or "")):
            units.add(tile)
        elif unit is None and heading_report(link):  # a unit's name under its year's heading
            units.add(flat_text(link))
        elif unit is None and link.root.tag == "area" and (region := tile_unit(link)):
            units.add(region)  # a region of a clickable map named by its unit (alt="城关镇"), whatever it links
    return len(units)
