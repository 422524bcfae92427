"""Where a link sits on a list page, and which unit's group it is in (portals.md §0.3, §7): pure
functions of a link.

* ``row_fields`` / ``row_owner``: the other cells of a link's table row (the unit, year or kind a
  header names), and the department the row names before the link.
* ``column_header``: the header of a table link's column (year or 年度报告 on 年报 matrices).
* ``card_owner``: the heading of the card or block a link is in (a ``<dt>``, an accordion's head, a
  ``<details>``'s ``<summary>``, a ``<fieldset>``'s ``<legend>``, a card's title).
* ``line_owner``: the text a link's line (``<li>``, ``<p>``, ``<dd>``) leads with before its first
  link ("<li>市审计局：<a>2023</a> <a>2024</a></li>").
* ``group_owner``: the unit that owns a link on a 部门年报 page — the *nearest* grouping that names
  a unit (its table row, its card, its ``<details>``, its ``<dd>``'s ``<dt>``, its line's leading
  text), never a section heading farther up that names a group of units ("市直部门", "乡镇（街道）").
* ``tile_unit``: the unit a tile link *is* on a 部门年报 page of picture tiles — the unit's name as the
  link's text, its ``title``, its picture's ``alt`` or the caption of the box that holds only it.
"""

from __future__ import annotations

import re
from typing import Any

from parsel import Selector

from govcrawl.crawl.classify import is_unit_name
from govcrawl.report.metadata import DECLARED_UNIT_ENDINGS, LEVEL, PLACE
from govcrawl.report.normalize import HAN, HAN_CHAR

_YEAR_ONLY = re.compile(r"^(?:19|20)\d{2}年度?$")


def flat_text(node: Selector) -> str:
    """A node's text without any whitespace."""
    return "".join("".join(node.xpath(".//text()").getall()).split())


def row_owner(link: Selector) -> str | None:
    """The department a table row names before a link: the cell under a 单位/部门 header, else the
    nearest cell to its left with Chinese text and no link (a 序号 cell of digits is skipped)."""
    unit = row_fields(link).get("unit")
    if unit:
        return unit
    cells = link.xpath("ancestor::td[1]/preceding-sibling::*[self::td or self::th]")
    for cell in reversed(cells):
        if cell.xpath(".//a"):
            continue
        text = " ".join(" ".join(cell.xpath(".//text()").getall()).split())
        if HAN_CHAR.search(text):
            return text
    return None


# A block's heading: h2–h6, strong/b, a definition list's <dt>, a row's <th>, a <details>'s
# <summary>, a <fieldset>'s <legend>, a card's <header>, or an element whose class names it a name, a
# title or a head (``<span class="dept-name">``, ``<div class="unit-tit">``, an accordion's or a panel's
# ``<div class="fold-head">`` / ``<div class="acc-hd">`` over its hidden body).
_CLASS_WORDS = "concat(' ', translate(@class, '-_', '  '), ' ')"
_CARD_HEADING = ("self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or self::strong or self::b or self::dt"
                 " or self::th or self::summary or self::legend or self::header"
                 " or ((self::div or self::span or self::p or self::em or self::label) and"
                 " (contains(@class,'name') or contains(@class,'title') or contains(@class,'tit')"
                 f" or contains({_CLASS_WORDS},' hd ') or contains({_CLASS_WORDS},' head ')"
                 f" or contains({_CLASS_WORDS},' header ')))")
# How far above a link its card's heading may sit: the link, its line (``<p>``, ``<li>``), the line's
# list (a ``<ul>``) and the list's box (an accordion's body) — no further, where a page's own headings are.
CARD_DEPTH = 4
_TOGGLE = re.compile(r"[\s+\-−＋﹢▼▲▶▸▾▽△›»<>﹀︿]+$")


def _card_nodes(link: Selector) -> list[Selector]:
    """The link, its wrapper and their boxes up to ``CARD_DEPTH``, below any box that holds a heading."""
    nodes = [link, *link.xpath("parent::*[not(self::body)]")]
    while 1 < len(nodes) < CARD_DEPTH:
        box = nodes[-1].xpath(f"parent::*[not(self::body)][not(.//*[{_CARD_HEADING}])]")
        if not box:
            break
        nodes.append(box[0])
    return nodes


def _card(link: Selector) -> tuple[str, int] | None:
    """``card_owner``'s heading, and how deep its group (the heading's parent) is in the page."""
    nodes = _card_nodes(link)
    for node in nodes:
        heading = node.xpath(f"preceding-sibling::*[{_CARD_HEADING}][1][not(.//a)]")
        if not heading and node.root.tag in ("ul", "ol") and node.xpath("parent::li"):
            # A tree's branch: the label its item shows before its nested list, whatever its markup
            # (``<li><span class="nb-unit">县教育局</span><ul><li><a>2024年度</a>``, or the item's own text).
            heading = node.xpath("preceding-sibling::*[1][not(.//a)]") or node.xpath("parent::li")
        if heading:
            # An accordion's head ends in its toggle's sign ("县林业局 +", "县林业局▼"): not the name.
            own = heading[0].xpath("./text()") if heading[0].root.tag == "li" else heading[0].xpath(".//text()")
            text = _TOGGLE.sub("", " ".join(" ".join(own.getall()).split()))
            if HAN_CHAR.search(text) and len(text) <= 30 and not _YEAR_ONLY.match("".join(text.split())):
                return text, len(node.xpath("ancestor::*")) - 1
    return None


def year_heading(link: Selector) -> str | None:
    """The year a link's group is headed by, when its heading says only that ("<h3>2024年度</h3><p><a>
    市财政局</a>｜<a>市公安局</a></p>", "<dt>2023年</dt><dd><a>…"), or its table column's header does
    ("<th>2024年度</th>" over a column of units' names): a 年报 page grouped by year, not by unit."""
    header = "".join((column_header(link) or "").split())
    if _YEAR_ONLY.match(header):
        return header
    nodes = _card_nodes(link)
    for node in nodes:
        heading = node.xpath(f"preceding-sibling::*[{_CARD_HEADING}][1][not(.//a)]")
        if heading:
            text = flat_text(heading[0])
            return text if _YEAR_ONLY.match(text) else None
    return None


def card_owner(link: Selector) -> str | None:
    """The unit a card names before its link (``<div class="card"><h4>县财政局</h4><a>进入年报专栏</a>``,
    ``<dl><dt>县自然资源局</dt><dd><a>2024年</a>``, ``<details><summary>市卫健委</summary>…<a>``): the
    block's heading, a sibling of the link (or of its wrapper, or of the wrapper's box: an accordion's
    body under its head) before it, without a link — not a heading that is itself only a year.  A box
    that holds a heading of its own (a card's whole, a ``<details>`` with its ``<summary>``) is not its
    body: the climb stops there, below the section headings of the page."""
    found = _card(link)
    return found[0] if found else None


# A group's name that names one unit: a unit's name (县财政局, 市卫健委, 县委宣传部, 县红十字会, 县融媒体
# 中心) or a place's (河东区, 瓜洲镇) — not a group of units (市直部门, 乡镇（街道）, 各区县, 直属单位).
_UNIT_OR_PLACE = re.compile(r"^(?!各)[" + HAN + r"()]{2,30}?(?:" + "|".join((*DECLARED_UNIT_ENDINGS, "台", "社", "联"))
                            + r")$|^(?!各)[" + HAN + r"]{2,8}(?:区|县|市|旗)$")


def names_unit(text: str) -> bool:
    """Does a group's name (a heading, a row's cell) name one unit or place (see ``_UNIT_OR_PLACE``)?"""
    flat = "".join(text.split())
    return is_unit_name(flat) or bool(_UNIT_OR_PLACE.match(flat))


# A tile's name places its unit: by its level (市教育局, 县林业局), its place (某某市公安局, 河东区) or as
# a township (某某镇, 某某乡, 某某街道) — a site's own menu words that end like a unit (网上办事大厅,
# 帮助中心) place nothing.
_TOWNSHIP_NAME = re.compile(r"(?:镇|乡|街道)(?:人民政府|办事处)?$")
# How far above a picture-only link its caption's box may be: the link's wrapper (an ``<li>``, a
# ``<figure>``) and the wrapper's box.
TILE_DEPTH = 2


def is_tile_name(text: str) -> bool:
    """Does a tile's text name one unit, placed (see ``_TOWNSHIP_NAME``)?"""
    flat = "".join(text.split())
    return bool(flat) and len(flat) <= 30 and names_unit(flat) and bool(
        LEVEL.match(flat) or PLACE.match(flat) or _TOWNSHIP_NAME.search(flat))


def tile_unit(link: Selector) -> str | None:
    """The unit a tile link stands for (``<a class="tile"><img><span>市教育局</span></a>``, ``<a
    title="县水利局"><img alt="县水利局"></a>``, ``<figure><a><img></a><figcaption>城关镇</figcaption>
    </figure>``): the link's own text, else its ``title``, else its picture's ``alt``, else the text of
    the nearest box that holds this link only (a caption beside the picture) — when that text is a
    unit's name and nothing else (no year, no report: a link that says more is an entry)."""
    names = [flat_text(link), link.attrib.get("title") or "", *link.xpath(".//img/@alt").getall()[:3]]
    if link.root.tag == "area":  # an image map's region: named by its alt (its picture is the map's)
        names.append(link.attrib.get("alt") or "")
    href = (link.attrib.get("href") or "").strip()
    box = link
    for _ in range(TILE_DEPTH):
        parent = box.xpath("parent::*[not(self::body)]")
        if not parent or {h.strip() for h in parent[0].xpath(".//a/@href").getall()[:10]} != {href}:
            break
        box = parent[0]
        names.append(flat_text(box))
    return next((name for name in ("".join(n.split()) for n in names) if is_tile_name(name)), None)


# A line of a list: the link's nearest ``<li>``, ``<p>`` or ``<dd>``, no farther than its wrapper's.
_LINE = "ancestor::*[self::li or self::p or self::dd][1][count(ancestor::*) >= $least]"
# What ends a line's leading text: its separator from the links ("市审计局：", "县财政局 |", "龙门镇——").
_LEAD_END = re.compile(r"[\s:：|｜/／\-—–·•、,，;；>›»→]+$")
# The leading text is a name only, nothing else: "主办：县人民政府" before a footer's links is no line's owner.
_NAME_ONLY = re.compile(r"^[" + HAN + r"()（）]{2,30}$")


def _lead(node: Any) -> tuple[str, bool]:
    """The text of an lxml ``node`` before its first link, and whether a link was met."""
    parts = [node.text or ""]
    for child in node:
        if not isinstance(child.tag, str):  # a comment, a processing instruction
            parts.append(child.tail or "")
            continue
        if child.tag == "a":
            return "".join(parts), True
        text, met = _lead(child)
        parts.append(text)
        if met:
            return "".join(parts), True
        parts.append(child.tail or "")
    return "".join(parts), False


def _line(link: Selector) -> tuple[str, int] | None:
    """``line_owner``'s text, and how deep its line is in the page."""
    depth = len(link.xpath("ancestor::*"))
    line = link.xpath(_LINE, least=depth - 3)
    if not line:
        return None
    text, met = _lead(line[0].root)
    text = _TOGGLE.sub("", _LEAD_END.sub("", "".join(text.split())))
    if not met or not _NAME_ONLY.match(text):
        return None
    return text, len(line[0].xpath("ancestor::*"))


def line_owner(link: Selector) -> str | None:
    """The text a link's line (its ``<li>``, ``<p>`` or ``<dd>``, within three levels) leads with
    before its first link: "<li>市审计局：<a>2023</a> <a>2024</a></li>",
    "<li><span>县财政局</span> | <a>2024年度</a></li>" — the line's own label, not a heading above it."""
    found = _line(link)
    return found[0] if found else None


def group_owner(link: Selector) -> str | None:
    """The unit that owns a link on a 部门年报 page: the nearest grouping around it that names a unit —
    its table row (``row_owner``), its card, ``<details>``, ``<fieldset>`` or ``<dd>`` (``card_owner``),
    its line's leading text (``line_owner``) — the row when it is as near; a heading farther up, or one
    that names a group of units ("市直部门"), owns nothing."""
    found: list[tuple[int, int, str]] = []
    row = link.xpath("ancestor::tr[1]")
    unit = row_owner(link) if row else None
    if unit and names_unit(unit):
        found.append((len(row[0].xpath("ancestor::*")), 2, unit))
    card = _card(link)
    if card and names_unit(card[0]):
        found.append((card[1], 1, card[0]))
    line = _line(link)
    if line and names_unit(line[0]):
        found.append((line[1], 0, line[0]))
    return max(found)[2] if found else None


def _span(cell: Selector) -> int:
    try:
        return max(1, min(int(cell.attrib.get("colspan") or 1), 100))
    except ValueError:
        return 1


def _header_columns(cell: Selector) -> list[tuple[int, int, str]] | None:
    """(first column, past-last column, text) of each header cell of a table cell's table (its first
    row of ``th``, else its ``thead`` row), when that row is not the cell's own."""
    row = cell.xpath("parent::tr")
    table = cell.xpath("ancestor::table[1]")
    if not row or not table:
        return None
    header = table[0].xpath("(.//thead//tr | .//tr[th])[1]")
    if not header or header[0].root is row[0].root:
        return None
    columns, start = [], 0
    for head in header[0].xpath("./th | ./td")[:MAX_COLUMNS]:
        columns.append((start, start + _span(head), flat_text(head)))
        start += _span(head)
    return columns


MAX_COLUMNS = 50
MAX_ROWS_ABOVE = 200  # rows above a cell's own looked through for cells spanning down into it


def _rows_down(cell: Selector) -> int:
    try:
        return max(1, min(int(cell.attrib.get("rowspan") or 1), MAX_ROWS_ABOVE))
    except ValueError:
        return 1


def row_positions(cell: Selector) -> list[tuple[Selector, int]]:
    """(cell, first column) of each cell of a table cell's row, the columns that cells of the rows
    above span down into skipped: a category cell ``<td rowspan="3">县直部门</td>`` is the first
    column of the two rows under its own too, whose first cell is then the second column."""
    row = cell.xpath("parent::tr")
    if not row:
        return []
    covered: dict[int, int] = {}  # column → rows below still covered by a cell above
    positions: list[tuple[Selector, int]] = []
    for tr in [*row[0].xpath("preceding-sibling::tr")[-MAX_ROWS_ABOVE:], row[0]]:
        positions, column, below = [], 0, {}
        for other in tr.xpath("./td | ./th")[:MAX_COLUMNS]:
            while covered.get(column, 0) > 0:
                column += 1
            positions.append((other, column))
            for spanned in range(column, column + _span(other)):
                below[spanned] = _rows_down(other) - 1
            column += _span(other)
        covered = {c: n - 1 for c, n in covered.items() if n > 1} | {c: n for c, n in below.items() if n > 0}
    return positions


def column_header(link: Selector) -> str | None:
    """The header text of the table column a link's cell is in, when the header row is not its own."""
    cell = link.xpath("ancestor::td[1]")
    columns = _header_columns(cell[0]) if cell else None
    if not columns:
        return None
    index = next((column for other, column in row_positions(cell[0]) if other.root is cell[0].root), 0)
    return next((text or None for first, end, text in columns if first <= index < end), None)


# What a 年报 table's column holds, by its header: the unit (单位, 部门名称), the report's year (年度,
# 年份) or its kind (报告类别, 报告名称).  Tried in this order: "报告年度" is a year, "单位名称" a unit.
_FIELD_HEADERS = (("year", re.compile(r"^(?:报告|所属|发布)?(?:年度|年份)$|^年$")),
                  ("unit", re.compile(r"单位|部门|机构|区县|乡镇|街道|主体|机关")),
                  ("kind", re.compile(r"类别|类型|种类|名称|标题|报告")))


def row_fields(link: Selector) -> dict[str, str]:
    """The other cells of a link's table row that a header names: ``unit``, ``year``, ``kind`` (cells
    with links of their own are not fields)."""
    cell = link.xpath("ancestor::td[1]")
    columns = _header_columns(cell[0]) if cell else None
    if not columns:
        return {}
    fields: dict[str, str] = {}
    for other, here in row_positions(cell[0]):
        if other.root is cell[0].root or other.xpath(".//a"):
            continue
        header = next((text for first, _end, text in columns if first == here), "")
        role = next((name for name, pattern in _FIELD_HEADERS if pattern.search(header)), None)
        text = flat_text(other)
        if role and text and role not in fields:
            fields[role] = text
    return fields
