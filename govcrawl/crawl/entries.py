"""List-entry recognisers shared by every family base and the generic path (portals.md §2.3, §7).

* ``year_only``: the year a link says when it says nothing else ("2024年度", "2024年度（PDF）").
* ``link_title`` (``linktitle``): the title of a list link — its ``title=``, or its visible text.
* ``entry_title``: that title, completed with the row's department on 部门年报 tables.
* ``list_entries``: (href, title) of the entry links of a list page, whatever its markup
  (``ul li``, table rows, ``div`` rows, ``dl``, an image map's ``<area>``s — ``urls.LINK``): every
  link with a title, minus pager links.
* ``scoped_links``: (address, link) of the links inside a family's list markup — the address its
  ``href`` gives, or the one its script opens (``href="javascript:void(0)" onclick="window.open(…)"``).
* ``count_entries``: how many entries a list page shows — links in rows that carry a date (nav
  menus do not), else links in list rows, and entries written by a script — the figure compared
  with what the pager declares.
* ``script_entries``: (href, title) of a list written client-side from a script's array of
  objects (``var itemObj = [{"aT": …, "aU": …}]``), whatever the keys are called.
* ``column_header``, ``row_owner``, ``card_owner``, ``group_owner`` (``crawl.groups``): where a link
  sits — its column's header, its row's unit, its card's heading, the unit whose group it is in.
* ``option_entries``: (href, title) of a ``<select>``'s options whose values are report URLs.

A hub's units and the links to their own lists are ``crawl.hubunits``, built on these.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from parsel import Selector

from govcrawl.crawl.classify import is_unit_name
from govcrawl.crawl.groups import card_owner as card_owner  # re-exported: the list recognisers' API
from govcrawl.crawl.groups import column_header, flat_text, group_owner, row_fields, row_owner, year_heading
from govcrawl.crawl.linktitle import link_title as link_title  # re-exported: the list recognisers' API
from govcrawl.crawl.owner import is_government_office
from govcrawl.crawl.pagers import usable_href
from govcrawl.crawl.scriptgroups import URL_KEY, group_entries, group_unit
from govcrawl.crawl.urls import LINK, link_href
from govcrawl.crawl.yearlinks import year_entry
from govcrawl.report.metadata import agency_from_title
from govcrawl.report.normalize import HAN_CHAR

_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
PAGER_TEXT = re.compile(r"^(?:首页|上一?页|下一?页|尾页|末页|前页|后页|\d{1,4}|next|prev|last|first|>|<|»|«)$", re.I)
# A link: an ``<a>`` (or an image map's ``<area>``, ``urls.LINK``) with an ``href``, or with only an
# ``onclick`` that opens its address (``urls.link_href``).
_A = f"{LINK}[@href or @onclick]"
_ROW_LINKS = " | ".join(f"//{row}//{_A}" for row in ("li", "tr", "dd", "dt", "article", "*[contains(@class,'list')]",
                                                     "*[contains(@class,'item')]"))


YEAR_FIRST = re.compile(r"^\s*(?:19|20)\d{2}\s*年")


YEAR = re.compile(r"(?:19|20)\d{2}")
# A link that says only its year: "2024年度", "2024年", "2024" (a 部门年报 line's year links).
_YEAR_ONLY = re.compile(r"^(?:19|20)\d{2}(?:年度?)?$")
# A file-format tag after a link's text ("2024年度（PDF）", "2024年报[DOC]", "2023年度PDF版"): says
# how the report is published, not what it is.
_FORMAT_TAG = re.compile(r"[（(\[【]?(?:pdf|ofd|docx?|wps|word)(?:版|格式|文件)?[）)\]】]?$", re.I)
_REPORT_WORD = re.compile(r"报告|年报")
SHORT_LABEL = 16  # a link text this short may be a cell label ("2024年度", "年度报告"), not a title


def year_only(title: str) -> str | None:
    """The year a link's text says, when it says nothing else ("2024年度", "2023年", "2024", and
    "2024年度（PDF）": a format tag says how the report is published): a 部门年报 line's or a unit's
    page's year link; None for any other text."""
    bare = _FORMAT_TAG.sub("", "".join(title.split()))
    return bare if _YEAR_ONLY.match(bare) else None


# Link texts that say nothing about what they link (a 年报 matrix's cells: "查看", "详情" …).
_SAYS_NOTHING = re.compile(r"^(?:点击)?(?:查看|详情|详细|浏览|阅读|打开|进入|下载|链接|全文|原文)(?:详情|全文|原文)?$")
NIANBAO = re.compile(r"年报|年度报告")
# A box's label that names the report: 政府信息公开工作年度报告, 政务公开年报 …
_LABEL_REPORT = re.compile(r"(?:政府信息公开|信息公开|政务公开)(?:工作)?(?:年度)?(?:报告|年报)")
PAGE_NAMES = ("//title//text() | //meta[@name='ColumnName']/@content | //h1//text() | //h2//text()"
               " | //h3//text() | ancestor::table[1]/caption//text()")


def names_nianbao(link: Selector) -> bool:
    """Does the page (its title, column name, headings) or the link's table say it lists 年报?"""
    return any(NIANBAO.search(text) for text in link.xpath(PAGE_NAMES).getall()[:50])


def entry_title(link: Selector) -> str:
    """``link_title``, completed on 年报 tables (部门年报, 区县年报 matrices, portals.md §7):

    * a short cell label gets what its column header adds — the year (a matrix whose columns are
      years: header "2024年", link "年度报告") or the report (header "年度报告", link "2024年度");
    * a link that says only "2023年度报告" gets the row's first cell (the department or district)
      in front of it, unless it names it;
    * a cell whose link says nothing ("查看") on a page that lists 年报 is that row's 年报 of that
      column's year (unit × year matrices);
    * a link that says only a year ("2024年", "2024") under its unit's heading (a ``<dt>``, a card's
      title, the row's first cell, its line's leading text) on a page that lists 年报 is that unit's 年报
      of that year — when no column
      header says what the column holds (a 解读 column's "2024年" stays a 解读)."""
    title = link_title(link)
    flat = "".join(title.split())
    if _SAYS_NOTHING.match(flat):
        # A row of a 年报 table whose columns say what they hold (单位 | 报告类别 | 年度 | "查看"): the
        # row's unit, year and kind are the title; a row of no year is no report (a unit's list).
        fields = row_fields(link)
        year = YEAR.search(fields.get("year", ""))
        kind = fields.get("kind") or ("年度报告" if names_nianbao(link) else "")
        if year and _REPORT_WORD.search(kind):
            title = flat = f"{fields.get('unit', '')}{year[0]}年{kind}"
    named = heading_report(link, flat)
    if named:
        title = flat = named
    bare = year_only(flat)
    if bare and not column_header(link) and names_nianbao(link):
        unit = group_owner(link)
        if unit and not _REPORT_WORD.search(unit):  # a heading that names the 年报: read below
            title = flat = f"{unit} {bare} 年度报告"
    if year_only(flat):
        # A year link in a block of 年报 (its heading "市政府年报", or a list of years on a page of 年报)
        # that leads to a document, not to a year's list (tabs, a filter: ``yearlinks``): that block's report.
        found = year_entry(link)
        if found:
            title = flat = found
    if _SAYS_NOTHING.match(flat) and column_header(link) and row_owner(link) and names_nianbao(link):
        # A cell of a unit × year 年报 matrix: the row says whose, the column which year, the page
        # that these are 年报; the cell's own "查看" says nothing.
        title = flat = "年报"
    if flat and len(flat) <= SHORT_LABEL:
        header = column_header(link)
        if header and header not in flat:
            if YEAR.search(header) and not YEAR.search(flat):
                title = f"{header} {title}"
            elif _REPORT_WORD.search(header) and not _REPORT_WORD.search(flat):
                title = f"{title} {header}"
    if YEAR_FIRST.match(title):
        owner = row_owner(link)
        if owner is None and agency_from_title(title) is None:
            # The unit a list row tags before the link ("<li><span>[县卫健委]</span><a>2024年…</a>"),
            # else a card, a <details> or a <dl> of a 部门年报 page: the unit its group names ("<dt>县人社局
            # </dt><dd><a>2024年度报告</a>") is the report's, when the link names none — never a heading
            # that is no unit's name (a box titled 政府信息公开年报, a section's 市直部门).
            owner = row_tag(link) or group_owner(link)
        if owner and owner.replace(" ", "") not in title.replace(" ", ""):
            title = f"{owner} {title}"
    return title


def heading_report(link: Selector, flat: str | None = None) -> str | None:
    """The report a link that names only its unit stands for, by the heading over it: under a box's
    caption that names the year and the report ("2024年度政府信息公开工作年度报告" over a table of
    县人民政府 | 县发展和改革局 | 龙潭镇 …), or under a heading (a column's header) that names only the
    year ("<h3>2024年度</h3>", "<dt>2023年</dt>", "<th>2024年</th>") on a page that lists 年报 — that
    unit's report of that year.  A link that says more than a unit's name ("市财政局（决算）") is none."""
    flat = "".join(link_title(link).split()) if flat is None else flat
    if not is_unit_name(flat) or YEAR.search(flat) or _REPORT_WORD.search(flat):
        return None
    caption = box_caption(link)
    year, report = YEAR.search(caption), _LABEL_REPORT.search(caption)
    if year and report:
        return f"{flat}{year[0]}年{report[0]}"
    year = YEAR.search(year_heading(link) or "")
    if year and names_nianbao(link):
        return f"{flat}{year[0]}年度政府信息公开工作年度报告"
    return None


# A bracketed tag just before a link in its row: "[县卫健委]", "【县财政局】", "［濉南镇］".
_ROW_TAG = re.compile(r"[\[【［〔(（]\s*([^\[\]【】［］〔〕()（）]{2,20}?)\s*[\]】］〕)）]\s*$")
MAX_TAG_CHARS = 40


def row_tag(link: Selector) -> str | None:
    """The unit a list row names in a bracketed tag right before the link (``<li><span class="ly">
    [县卫健委]</span><a>2024年…</a>``): what the link's row says before it, when that ends in a
    bracket that holds a unit's name (not a category's, "[通知公告]", nor a date's)."""
    before = "".join("".join(link.xpath("preceding-sibling::node()/descendant-or-self::text()").getall()).split())
    found = _ROW_TAG.search(before[-MAX_TAG_CHARS:])
    # The government's office (县政府办) posts the government's own report: no other unit's.
    return found[1] if found and is_unit_name(found[1]) and not is_government_office(found[1]) else None


MAX_CAPTION = 60


def box_caption(link: Selector) -> str:
    """The caption of the list or table a link is in: the table's ``<caption>``, else the element
    just before the box (a ``<p class="cap">``, a heading, a tab's title) — short text only."""
    box = link.xpath("ancestor::*[self::table or self::ul or self::ol or self::dl][1]")
    if not box:
        return ""
    for node in (*box[0].xpath("./caption"), *box[0].xpath("preceding-sibling::*[1]")):
        text = flat_text(node)
        if text and len(text) <= MAX_CAPTION:
            return text
    return ""


# A link's text that only dates its entry ("2025-01-20", "2025年01月20日") or says nothing ("阅读全文"): an
# entry that also links its address by its title (a blog theme's date link above its title link).
_DATE_ONLY = re.compile(r"^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$")


def says_little(title: str) -> bool:
    """Is a link's title empty (a picture), only its entry's date, or a word that says nothing of it?"""
    flat = "".join(title.split())
    return not flat or bool(_DATE_ONLY.match(flat) or _SAYS_NOTHING.match(flat))


# The most links a page's entry reading and counting look at (a page of 100,000 links is a bomb, not a list).
MAX_COUNTED_LINKS = 2_000


def by_address(entries: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """One (href, title) per address, in the order the addresses come, titled by the first of its links
    that says what the entry is: a date or "阅读全文" linking the same address before its title does not
    title it (at most ``MAX_COUNTED_LINKS`` links read)."""
    found: dict[str, str] = {}
    for number, (href, title) in enumerate(entries):
        if number >= MAX_COUNTED_LINKS:
            break
        if href not in found or (says_little(found[href]) and not says_little(title)):
            found[href] = title
    yield from found.items()


def list_entries(sel: Selector, selector: str | None = None) -> Iterator[tuple[str, str]]:
    """(href, title) of every entry link of a list page (pager links and bare anchors left out), one
    per address (``by_address``)."""
    links = sel.css(selector) if selector else sel.xpath(f"//{_A}")

    def titled() -> Iterator[tuple[str, str]]:
        for link in links:
            href = link_href(link)  # its href, else the address its script opens (``window.open('…')``)
            title = entry_title(link) if href is not None else ""
            if href is not None and title and not PAGER_TEXT.match(title):
                yield href, title

    yield from by_address(titled())


def scoped_links(sel: Selector, scopes: tuple[str, ...]) -> Iterator[tuple[str, Selector]]:
    """(address, link) of the links inside a family's list markup (``scopes``: CSS selectors of its
    rows, ``ul li``, ``table td`` …; "" for anywhere): the link's ``href``, else the address its
    script opens — rows whose only address is in ``onclick="window.open('./t….shtml')"`` or
    ``location.href="…"`` (``href="javascript:void(0)"``, or no ``href`` at all) are entries like
    any other; a link that leads nowhere (``#``, a script that opens nothing) is none."""
    for link in sel.css(", ".join(f"{scope} {tag}".strip() for scope in scopes for tag in ("a", "area"))):
        href = link_href(link)
        if href is not None:
            yield href, link


# A row's date as a timeline writes it under a year heading: "01-23", "1月23日" (the year is the
# group's, not the row's).
_MONTH_DAY = re.compile(r"(?<![\d-])(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])|(?<!\d)\d{1,2}月\d{1,2}日")
_BLOCKS = ("ancestor::*[self::div or self::p or self::li or self::dd or self::dt or self::tr or self::section"
           " or self::article]"
           "[position() <= 3]")


# A row's companion link: a short label beside the row's entry that opens a page about it — its
# 解读 / 图解 / 一图读懂 in another column, its file (下载, PDF, 附件) — "【解读】", "[图解]", "（PDF）".
# Beside an entry it is part of that entry's row, not an entry of the list; alone in its row (a table
# whose only link is "下载") it is the entry.
_COMPANION = re.compile(r"^[【\[［(（]?\s*(?:(?:政策|图片|图文|视频|动漫|文字)?解读|图解|一图读懂|下载|附件|原文|全文"
                        r"|PDF|DOCX?|WORD|OFD)\s*[】\]］)）]?$|^[【\[［][^】\]］]{1,6}[】\]］]$", re.I)


def is_companion(link: Selector) -> bool:
    """Is the link a companion label (``_COMPANION``), by its visible text?"""
    return bool(_COMPANION.match(" ".join(" ".join(link.xpath(".//text()").getall()).split())))


def _row_hrefs(block: Selector, link: Selector) -> set[str]:
    """The links of a block as entries of it: a companion link beside the link is part of its row."""
    own = not is_companion(link)
    return {link_href(a) or (a.attrib.get("href") or "").strip() for a in block.xpath(f".//{_A}")[:20]
            if not (own and is_companion(a))}


# A card's date box that writes the day apart from its year and month (``<div class="date"><b>22</b>
# <span>2025-01</span></div>``): a piece that is the day alone and one that is the year and month.
_DAY_PIECE = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])日?$")
_YEAR_MONTH_PIECE = re.compile(r"^(?:19|20)\d{2}\s*[-/.年]\s*(?:0?[1-9]|1[0-2])月?$")
MAX_DATE_PIECES = 30


def _split_date(block: Selector) -> bool:
    """Does a row's block write its date in a date box's pieces (``_DAY_PIECE``, ``_YEAR_MONTH_PIECE``)?"""
    pieces = [" ".join(t.split()) for t in block.xpath(".//text()").getall()[:MAX_DATE_PIECES]]
    return any(map(_DAY_PIECE.match, pieces)) and any(map(_YEAR_MONTH_PIECE.match, pieces))


def _lone_dated(link: Selector, href: str) -> bool:
    """Is the link alone in a block that carries its date — a row of a list written in ``div``/``p``
    blocks (a timeline: a year heading, then rows of "01-23" and a title) — companion links beside it
    (its 【解读】) part of its row?  A header or menu holds many links: its block is not the row of one
    of them."""
    for block in link.xpath(_BLOCKS)[::-1]:  # nearest first
        if _row_hrefs(block, link) != {href}:
            return False
        text = " ".join(block.xpath(".//text()").getall())
        if len(text) < 400 and (_DATE.search(text) or _MONTH_DAY.search(text) or _split_date(block)):
            return True
    return False


def _beside_an_entry(link: Selector, row: list[Selector]) -> bool:
    """A companion link in a row that has an entry of its own (the row's title link)."""
    return bool(row) and is_companion(link) and any(not is_companion(a) for a in row[0].xpath(f".//{_A}")[:20])


def count_entries(sel: Selector) -> int:
    """Entries a list page shows: distinct links in rows with a date (a list row, or a block that
    holds only that link and its date), else links in list rows; a row's companion links (its
    【解读】, ``is_companion``) are not entries of their own."""
    dated: set[str] = set()
    rows: set[str] = set()
    for link in sel.xpath(f"//body//{_A}")[:MAX_COUNTED_LINKS]:
        href = link_href(link)
        title = link_title(link)
        if href is not None and title and not PAGER_TEXT.match(title) and _lone_dated(link, href):
            dated.add(href)
    for link in sel.xpath(_ROW_LINKS):
        href = link_href(link)
        if href is None:
            continue
        title = link_title(link)
        if not title or PAGER_TEXT.match(title):
            continue
        row = link.xpath("ancestor::*[self::li or self::tr or self::dd or self::dl or self::div][1]")
        if _beside_an_entry(link, row):
            continue
        rows.add(href)
        row_text = " ".join(row[0].xpath(".//text()").getall()) if row else ""
        if _DATE.search(row_text) and len(row_text) < 400:
            dated.add(href)
    scripted = {href for href, _title in script_entries(sel)}
    return len(dated | scripted) if dated else len(rows | scripted)


# -- entries written by a script (portals.md §4.4) --------------------------------------------------
# ``var itemObj = [{"aT": title, "aPd": "2026-09-21 17:00", "aU": "./202609/t…shtml"}]``: the list is
# an array of objects in a script, written out client-side.  Key names differ from site to site, so
# an entry is read from its values: the URL-looking string, and the longest string in Chinese.
_ARRAY_START = re.compile(r"\[\s*\{")
_ARRAY_END = re.compile(r"\}\s*\](?=\s*(?:;|,|\)|$))", re.M)
_BARE_KEY = re.compile(r"([{,]\s*)([A-Za-z_$][\w$]*)\s*:")
_SINGLE_QUOTED = re.compile(r"'([^'\"\\\n]*)'")
_URLISH = re.compile(r"^(?:https?://|\.{0,2}/|[A-Za-z0-9_\-]+/)[^\s\"'<>]*$"
                     r"|^[^\s\"'<>/]+\.(?:s?html?|jsp|pdf|docx?)(?:\?\S*)?$", re.I)
MAX_SCRIPT_CHARS = 2_000_000
MAX_SCRIPT_ARRAYS = 50
MAX_SCRIPT_ITEMS = 2_000


def _js_array(text: str, start: int) -> list[Any] | None:
    """The JSON array starting at ``start`` (a JS literal may leave keys unquoted and quote strings
    with ``'``), or None."""
    decoder = json.JSONDecoder()
    try:
        value, _end = decoder.raw_decode(text, start)
    except ValueError:
        end = _ARRAY_END.search(text, start)
        if end is None:
            return None
        try:
            literal = _SINGLE_QUOTED.sub(r'"\1"', text[start: end.end()])
            value = json.loads(_BARE_KEY.sub(r'\1"\2":', literal))
        except ValueError:
            return None
    return value if isinstance(value, list) else None


def script_entry(item: Any) -> tuple[str, str] | None:
    if not isinstance(item, dict):
        return None
    strings = [(str(k), v.strip()) for k, v in item.items() if isinstance(v, str) and v.strip()]
    urls = [(k, v) for k, v in strings if script_url(v)]
    titles = [v for k, v in strings if HAN_CHAR.search(v) and (k, v) not in urls]
    if not urls or not titles:
        return None
    keyed = [v for k, v in urls if URL_KEY.search(k)]
    return (keyed or [urls[0][1]])[0], " ".join(max(titles, key=len).split())


def script_url(value: str) -> bool:
    return bool(_URLISH.match(value)) and not _DATE.match(value)


def _script_items(sel: Selector) -> Iterator[Any]:
    """The items of a page's scripts' arrays of objects (bounded)."""
    arrays = 0
    for script in sel.xpath("//script[not(@src)]/text()").getall():
        if len(script) > MAX_SCRIPT_CHARS or "{" not in script:
            continue
        for match in _ARRAY_START.finditer(script):
            arrays += 1
            if arrays > MAX_SCRIPT_ARRAYS:
                return
            yield from (_js_array(script, match.start()) or [])[:MAX_SCRIPT_ITEMS]


def script_entries(sel: Selector) -> Iterator[tuple[str, str]]:
    """(href, title) of the entries of lists written from a script's array of objects — of entries,
    or of units that hold their links (``scriptgroups``: ``[{"n": "龙门镇", "l": [["2024", url]]}]``)."""
    seen: set[str] = set()
    nianbao = names_nianbao(sel)
    for item in _script_items(sel):
        found: list[tuple[str, str] | None] = [*group_entries(item, script_url, nianbao)] or [script_entry(item)]
        for entry in found:
            if entry and usable_href(entry[0]) and entry[0] not in seen:
                seen.add(entry[0])
                yield entry


def script_units(sel: Selector) -> set[str]:
    """The units a page's scripts write with their links (``scriptgroups``): a hub's units too."""
    nianbao = names_nianbao(sel)
    return {unit for item in _script_items(sel) if (unit := group_unit(item, script_url, nianbao))}


# -- entries in a <select> (portals.md §7: 区县年报 pages) ---------------------------------------------
# ``<label>2024年度区县政府信息公开工作年度报告</label><select onchange="window.open(this.value)">
# <option value="http://hd.…/t…html">河东区</option>``: each option is a unit's report, named by the
# option (the unit) and the box's label (the year and the report).
_OPTION_URL = re.compile(r"^(?:https?://|/|\.{1,2}/)[^\s\"'<>]+$|^[^\s\"'<>/:]+/[^\s\"'<>]+\.\w{2,5}$", re.I)
MAX_OPTIONS = 500


def option_entries(sel: Selector) -> Iterator[tuple[str, str]]:
    """(href, title) of ``<select>`` options whose values are report URLs; an option that names
    only its unit takes the year and the report's name from the box's label (or the heading before it)."""
    seen: set[str] = set()
    for option in sel.xpath("//select/option[@value]")[:MAX_OPTIONS]:
        href = option.attrib["value"].strip()
        if not _OPTION_URL.match(href) or href in seen:
            continue
        text = " ".join(" ".join(option.xpath(".//text()").getall()).split())
        if not text or not HAN_CHAR.search(text):
            continue
        title = text
        if not YEAR.search(text):
            label = " ".join(" ".join(option.xpath(
                "../preceding-sibling::*[self::label or self::span or self::h3 or self::h4 or self::p][1]//text()"
                " | ../parent::label/text()").getall()).split())
            year, report = YEAR.search(label), _LABEL_REPORT.search("".join(label.split()))
            if not year or not report:
                continue
            title = f"{text}{year[0]}年{report[0]}"
        seen.add(href)
        yield href, title
