"""A 部门年报 hub's units (portals.md §0.3): the units a hub page shows and the links that lead to
their own 年报 lists or pages — what makes a page a hub, whichever path reads it.

* ``unit_lists``: the links of a hub's rows or cards to units' own 年报 lists ("进入年报栏目", "历年年报 >"), and
  its picture tiles to units' pages (``unit_tiles``: a grid of links each named after its unit; a
  directory of units named short, ``directory_units``: 教育局 under an A–Z index's letter) —
  the hub family follows them, ``cms: auto`` reads such a page as a hub, any other path states them.
* ``count_units``: how many units a hub page shows — what its "共 8 个部门" counts.

Built on the list-entry recognisers (``crawl.entries``), which know nothing of hubs.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from govcrawl.crawl.classify import is_attachment_url, is_report_title, is_unit_name
from govcrawl.crawl.entries import (
    NIANBAO,
    PAGE_NAMES,
    PAGER_TEXT,
    YEAR,
    entry_title,
    heading_report,
    link_title,
    names_nianbao,
    option_entries,
    script_units,
)
from govcrawl.crawl.groups import (
    column_header,
    flat_text,
    group_owner,
    is_tile_name,
    names_unit,
    row_owner,
    tile_unit,
)
from govcrawl.crawl.jumpmenus import jump_links
from govcrawl.crawl.owner import in_breadcrumb
from govcrawl.crawl.pagers import COUNT_LEAD, usable_href
from govcrawl.crawl.registry import government_domain
from govcrawl.crawl.urls import LINK, is_home_path, link_href

MAX_UNIT_LINKS = 2000  # links a hub page is read for
# A count of units a 部门年报 hub prints over its cards ("共 8 个部门", "共12个单位").
_UNIT_COUNT = re.compile(COUNT_LEAD + r"\d+\s*个?\s*(?:部门|单位)")
# A unit's row that says it holds nothing yet: "县发改局 | 暂无" (its own cell or element saying so, no link).
_NONE_YET = re.compile(r"^[（(【\[]?(?:暂无|无|暂未发布|未发布|尚未发布)(?:年报|报告|数据|信息)?[)）】\]]?$")
MAX_UNIT_ROWS = 500

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
    if is_attachment_url(parts.path) or ((parts.netloc or href.startswith("/")) and is_home_path(parts.path)):
        return None
    return tile


# A page of tiles shows a grid of them: one link named after a unit (a department's column in a
# sidebar, its site in a 相关链接 line) is no hub.
MIN_TILES = 2


def unit_tiles(sel: Selector, page_url: str = "", least: int = MIN_TILES) -> dict[str, str]:
    """href → unit of a 部门年报 hub's picture tiles: links that stand for their unit (``_tile``) on a
    page that speaks of 年报, at least ``least`` units of them — the units' pages (or own lists)
    a hub of tiles leads to; with the page's URL, a directory's entries named short too
    (``directory_units``: 教育局, 民政局 under an A–Z index's letters).  A later page of a paged
    directory may hold one unit: its first page showed what the links are (``least=1``)."""
    found: dict[str, str] = {}
    for link in sel.xpath(f"//{LINK}[@href]")[:MAX_UNIT_LINKS]:
        href = link_href(link) or ""
        if not usable_href(href) or href in found or tile_unit(link) is None or not names_nianbao(link):
            continue
        tile = _tile(link, entry_title(link), group_owner(link))
        if tile is not None:
            found[href] = tile
    for href, unit in directory_units(sel, page_url, least).items():
        found.setdefault(href, unit)
    return found if len(set(found.values())) >= least else {}


# -- a directory of units named short (portals.md §0.3) ----------------------------------------------
# A 部门年报 hub's directory of its departments — an A–Z index (``<dl><dt>J</dt><dd><a>教育局</a>``), a
# ``<ul>`` per letter of 拼音, a grid or a table of names — names each unit as the city calls it, without
# its place or level ("教育局", "自然资源和规划局"): an organisation's name (``groups.names_unit``: ending
# 局, 委, 办, 中心, 院, 镇, 乡, 街道 …), short, the link's whole text.  Such a name alone is no unit (a site's
# menu says 帮助中心, 网上办事大厅); a link is a directory's entry when it also leads to a unit's own
# column — a page of another host of the same government domain (``jyj.<city>.gov.cn/zfxxgk/ndnb/``,
# not its home page: that is the unit's website) or a column's path on this host (``/bmnb/jyj/``,
# ``…/index.html``) — and sits in a box of such links (the nearest box holding more than this link),
# most of whose links are units' names: a menu, a 友情链接 line (other domains) or a row of a list (its
# title beside the publisher) is none.
_DIRECTORY_NAME_MAX = 16
# A link of a directory that names no unit: its index's letter ("J", "A-Z"), a "全部" tab.
_INDEX_MARK = re.compile(r"^(?:[A-Za-z0-9](?:[-－~～][A-Za-z0-9])?|全部|其他|其它)$")
_COLUMN_PATH = re.compile(r"/(?:(?:index|default|list)(?:_\d+)?\.(?:s?html?|jsp|php|aspx?))?$", re.I)
DIRECTORY_SHARE = 0.75  # of a box's links (its letters aside) that name units
_BOX_DEPTH = 4  # how far above an entry its directory's box may be (<a> in <dd> in <dl> in the index)
_BOX_LINKS = 400


def directory_name(text: str) -> str | None:
    """A directory entry's text that is a unit's name and nothing else, placed or not (``教育局``)."""
    flat = "".join(text.split())
    if not flat or len(flat) > _DIRECTORY_NAME_MAX or YEAR.search(flat) or is_report_title(flat):
        return None
    return flat if names_unit(flat) else None


# A link whose text is only an address written out (a 网站地址 column: "http://qkz.<county>.gov.cn/xxgk/ndbg/").
_ADDRESS_TEXT = re.compile(r"^(?:https?://|www\.)\S+$", re.I)


def _named_unit(link: Selector) -> str | None:
    """The unit a directory's entry names: its own text, or — when that text is only the address
    written out (a table of 乡镇名称 | 网站地址) — its row's unit."""
    text = flat_text(link)
    if _ADDRESS_TEXT.match(text):
        return directory_name(row_owner(link) or "")
    return directory_name(text)


def _unit_column(href: str, page_url: str) -> bool:
    """Does a link lead to a unit's column: another host of the page's government domain (not its
    home page, not a file), or a column's path on the page's own host?"""
    url = urlsplit(urljoin(page_url, href))
    page = urlsplit(page_url)
    host, own = (url.hostname or "").lower(), (page.hostname or "").lower()
    if url.scheme not in ("http", "https") or not host or is_attachment_url(url.path):
        return False
    if host != own:
        return government_domain(host) == government_domain(own) and not is_home_path(url.path)
    return bool(_COLUMN_PATH.search(url.path)) and not is_home_path(url.path)


def _directory_box(link: Selector) -> Selector | None:
    """The nearest box above a link that holds another link too (within ``_BOX_DEPTH``)."""
    href = (link.attrib.get("href") or "").strip()
    for box in link.xpath("ancestor::*[not(self::body)][not(self::html)]")[::-1][:_BOX_DEPTH]:
        if {h.strip() for h in box.xpath(f".//{LINK}/@href").getall()[:_BOX_LINKS]} - {href}:
            return box
    return None


def _is_directory(box: Selector) -> bool:
    """Do most of a box's links (its index's letters aside) name units, ``MIN_TILES`` of them at least?"""
    links = [link for link in box.xpath(f".//{LINK}[@href]")[:_BOX_LINKS]
             if usable_href(link.attrib.get("href") or "") and not _INDEX_MARK.match(flat_text(link))]
    units = sum(1 for link in links if _named_unit(link))
    return units >= MIN_TILES and units >= DIRECTORY_SHARE * len(links)


def directory_units(sel: Selector, page_url: str, least: int = MIN_TILES) -> dict[str, str]:
    """href → unit of a 部门年报 hub's directory of units named short (see above), on a page that speaks
    of 年报 — read as its tiles are: each unit's own column, followed as that unit's list."""
    if not page_url:
        return {}
    found: dict[str, str] = {}
    boxes: dict[Any, bool] = {}
    for link in sel.xpath(f"//{LINK}[@href]")[:MAX_UNIT_LINKS]:
        href = link_href(link) or ""
        name = _named_unit(link)
        if (name is None or not usable_href(href) or href in found or not _unit_column(href, page_url)
                or in_breadcrumb(link) or publisher_cell(link) or not names_nianbao(link)):
            continue
        if heading_report(link) or is_report_title(entry_title(link)):
            continue  # a unit's name under its year's heading (<h3>2024年度</h3>): that unit's report
        box = _directory_box(link)
        if box is None:
            continue
        if box.root not in boxes:
            boxes[box.root] = _is_directory(box)
        if boxes[box.root]:
            found[href] = name
    return found if len(set(found.values())) >= least else {}


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
    for href, tile in (unit_tiles(sel, page_url) | jump_units(sel, page_url, framed_in_nianbao)).items():
        found.setdefault(href, tile)
    return list(found.items())[:MAX_UNIT_LISTS]



def count_units(sel: Selector, page_url: str = "", least: int = MIN_TILES) -> int:
    """Units a hub page shows, as the groups its links sit under (``group_owner``), or as the tiles
    that stand for them (``unit_tiles``): what a "共 8 个部门" over accordions or over a grid of picture
    tiles counts, where the links in each card are not entries.  Only the units
    in the box that prints the count (its tab, not the page's other tabs), when one prints it; a unit's name
    under its year's heading (``entries.heading_report``) is one unit too, however many years list it;
    with the page's URL, a jump menu's options too (``jump_units``); ``least``: as ``unit_tiles``."""
    box = sel
    for node in sel.xpath("//body//*[text()[contains(., '共')]]")[:50]:
        if _UNIT_COUNT.search(" ".join(" ".join(node.xpath("./text()").getall()).split())):
            # The nearest box around the count that holds the cards' links — not the pager's own links
            # (a count printed in the pager: "共4个单位 第1/2页 1 2 下一页").
            boxes = node.xpath(f"ancestor-or-self::*[.//{LINK}[@href]][not(self::body)][not(self::html)]")
            box = next((b for b in reversed(boxes) if any(not PAGER_TEXT.match(flat_text(link)) for link in
                                                         b.xpath(f".//{LINK}[@href]")[:MAX_UNIT_LINKS])), sel)
            break
    units = script_units(sel)  # written by a script from an array of units (their box is empty)
    units.update(jump_units(sel, page_url).values())  # a jump menu's options: no <a> to count
    tiles = unit_tiles(sel, page_url, least)  # a grid of picture tiles: each link is its unit
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
    units.update(units_with_none(box))
    return len(units)


def units_with_none(box: Selector) -> set[str]:
    """Units whose row links nothing and says they hold nothing yet (``<li><span>县发改局</span><span>暂无
    </span></li>``, a table row "县发改局 | 暂无"): units the hub shows, each with no report to follow."""
    found: set[str] = set()
    for row in box.xpath(f".//li[not(.//{LINK}[@href])] | .//tr[not(.//{LINK}[@href])]")[:MAX_UNIT_ROWS]:
        cells = [flat_text(cell) for cell in row.xpath("./*")]
        names = [cell for cell in cells if is_unit_name(cell)]
        if len(names) == 1 and any(_NONE_YET.match(cell) for cell in cells):
            found.add(names[0])
    return found
