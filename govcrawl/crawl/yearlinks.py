"""Year links of a 年报 block (portals.md §7, "City 部门年报 pages"): a link whose text says only its
year ("2024年度", "2023年", "2022", "2024年度（PDF）") in a block the page says holds annual reports —
a box headed "市政府年报" / "本级政府信息公开工作年度报告", or, with no heading of its own, on a page whose
title, column name, headings or breadcrumb say 年报 — is that block's report of that year, page or
file.  Its agency is the unit the heading names before the report's name ("县财政局年报"), else the
page's (the government itself: "市政府年报", "本级年报").

A year link elsewhere is no report: a strip of year tabs that marks the year shown, a year filter
(``?year=2023``), an archive's or a calendar's years (their container says so: ``nav``, ``archive``,
``calendar`` …), a year column (``…/2023/``, ``2023n/index.html``, ``2023.html``) — all lead to a
list, not to a document.

* ``leads_to_document``: a link's address is a page or a file of its own, not a list (see above).
* ``year_entry``: the report title a year link stands for (``year_entry`` in ``entries.entry_title``).
* ``year_document_links``: the year links to documents a page that speaks of 年报 shows, whatever its
  blocks' headings — what the crawl must take as reports or state as not taken (a heading that says
  something else, a family whose list markup left them out): never a silent gap.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from parsel import Selector

from govcrawl.crawl.classify import is_other_document_title, is_unit_name
from govcrawl.crawl.groups import card_owner, column_header, flat_text, names_unit
from govcrawl.crawl.owner import breadcrumb_text, in_breadcrumb
from govcrawl.crawl.urls import LINK, link_href

_NIANBAO = re.compile(r"年报|年度报告")
# A link that says only its year, a format tag allowed after it (as ``entries.year_only`` reads it).
_YEAR_TEXT = re.compile(r"^((?:19|20)\d{2}(?:年度?)?)"
                        r"(?:[（(\[【]?(?:pdf|ofd|docx?|wps|word)(?:版|格式|文件)?[）)\]】]?)?$", re.I)
# The report's name after the unit in a block's heading: "县财政局政府信息公开工作年度报告", "市政府年报".
_REPORT_NAME = re.compile(r"(?:政府)?(?:信息公开|政务公开)?(?:工作)?(?:年度报告|年报)(?:专栏|栏目|列表)?$")
# The government itself, named by its level only (市政府, 县人民政府, 本级): its reports are the page's
# own agency's — a short name no registry entry is filed under.
_OWN_GOVERNMENT = re.compile(r"^(?:本级|本机关|本单位|(?:省|市|县|区|旗|州|盟|镇|乡)?(?:人民)?政府(?:本级)?)$")
# A list, not a document: a column's directory or index page (``index_2.html``, ``list_2023.html``), a
# page named by the year (``2023/``, ``2023n/``, ``nb_2023n/``, ``2023.html``, VSB's ``gknb2024.htm`` and
# ``2024nd.htm`` — 年度 in pinyin letters): a year with a few letters around it and no id of its own.
_COLUMN_PAGE = re.compile(r"/(?:(?:index|default|list)(?:_\d+)?\.(?:s?html?|jsp|php|aspx?))?$", re.I)
_YEAR_NAMED = re.compile(r"^[a-z_-]{0,10}(?:19|20)\d{2}[a-z_-]{0,6}(?:\.(?:s?html?|jsp|php|aspx?))?$", re.I)
_YEAR_VALUE = re.compile(r"^(?:19|20)\d{2}$")
# Containers of a page's navigation, archive, calendar or filter (``<nav>``, a class or id token that
# is or ends in the word: ``nav``, ``yz-nav``, ``side_archive``, a strip of year tabs ``nd-tab``): their
# year links lead to lists.  A token that only starts with it (``nav-content``, ``menu-body``) names
# no such box.
_NOT_A_LIST_BOX = re.compile(r"(?:^|[-_])(?:nav|menu|calendar|rili|archives?|guidang|filter|crumbs?|breadcrumb"
                             r"|pager|pages|tabs?)$", re.I)
MAX_BOX_DEPTH = 12
# A tab marked as the one shown (``class="on"``, ``aria-selected``): its strip is a year filter.
_CURRENT = re.compile(r"(?<![a-z0-9])(?:on|active|cur|curr|current|selected|sel|now|checked)(?![a-z0-9])", re.I)
MAX_STRIP = 40
MAX_YEAR_LINKS = 2_000  # links a page is read for


def year_of(text: str) -> str | None:
    """The year a link's text says when it says nothing else ("2024年度", "2023年", "2022"; whitespace and
    a format tag aside)."""
    found = _YEAR_TEXT.match("".join(text.split()))
    return found[1] if found else None


def leads_to_document(href: str) -> bool:
    """Does an address lead to a page or a file of its own — not a list a year filter, an archive or a
    year tab leads to (a column, a page named by the year alone, a query that picks the year)?"""
    parts = urlsplit(href.strip())
    if parts.scheme not in ("", "http", "https") or not (parts.path or parts.query):
        return False
    if _COLUMN_PAGE.search("/" + parts.path) and not parts.query:
        return False
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    if _YEAR_NAMED.match(last):
        return False
    return not any(_YEAR_VALUE.match(value.strip()) for _key, value in parse_qsl(parts.query)[:20])


def _in_year_filter(link: Selector) -> bool:
    """Is a link one of a strip of year links that marks the one shown (a filter's tabs), or in a
    navigation, archive, calendar or pager box?"""
    for node in link.xpath("ancestor-or-self::*")[::-1][:MAX_BOX_DEPTH]:
        tokens = f"{node.attrib.get('class', '')} {node.attrib.get('id', '')}".split()
        if node.root.tag == "nav" or any(_NOT_A_LIST_BOX.search(token) for token in tokens):
            return True
    strip = link.xpath("parent::*")
    for box in (strip[0], *strip[0].xpath("parent::*")) if strip else ():
        tabs = box.xpath(f"./*|./{LINK}")[:MAX_STRIP]
        labels = [flat_text(tab) for tab in tabs]
        if sum(1 for label in labels if year_of(label)) < 2:
            continue
        for tab, label in zip(tabs, labels, strict=True):
            marks = " ".join(f"{n.attrib.get('class', '')} {n.attrib.get('id', '')}"
                             for n in (tab, *tab.xpath(".//*")[:5]))
            if year_of(label) and (_CURRENT.search(marks) or tab.xpath(
                    "descendant-or-self::*[@aria-selected='true' or @aria-current]")):
                return True
    return False


def page_speaks_of_nianbao(link: Selector) -> bool:
    """Do the page's title, column name, headings or breadcrumb say it lists 年报?"""
    names = link.xpath("//title//text() | //meta[@name='ColumnName']/@content | //h1//text() | //h2//text()"
                       " | //h3//text()").getall()[:50]
    return any(_NIANBAO.search(text) for text in (*names, breadcrumb_text(link)))


def heading_agency(heading: str) -> str | None:
    """The unit a block's heading names before its report's name ("县财政局年报" → 县财政局); None for the
    government itself ("市政府年报", "本级政府信息公开工作年度报告") or a heading that names no unit."""
    unit = _REPORT_NAME.sub("", "".join(heading.split()))
    if not unit or _OWN_GOVERNMENT.match(unit) or not (is_unit_name(unit) or names_unit(unit)):
        return None
    return unit


def _candidate(link: Selector) -> str | None:
    """The year of a year link to a document that no column header, breadcrumb, filter, archive or
    navigation box claims."""
    year = year_of(flat_text(link))
    href = link_href(link)
    if year is None or href is None or not leads_to_document(href):
        return None
    if column_header(link) or in_breadcrumb(link) or _in_year_filter(link):
        return None
    return year


def _in_year_list(link: Selector) -> bool:
    """Is a link one of a list of year links to documents (the nearest box around it that holds
    other links holds at least two such): a page's own box of years, not a lone year in a sidebar."""
    for box in link.xpath("ancestor::*[not(self::body)][position() <= 3]"):
        links = box.xpath(f".//{LINK}")[:MAX_STRIP]
        if len(links) > 1:
            return sum(1 for other in links if _candidate(other) is not None) >= 2
    return False


def _judged(link: Selector) -> tuple[str | None, bool] | None:
    """For a year link to a document (``_candidate``): (its block's heading, whether the block is one
    of 年报); None when the link is judged no entry — its heading names another document (年报解读), or
    it has none and is no list of years (a lone "2024年" in a sidebar)."""
    heading = card_owner(link)
    if heading is None:
        return (None, True) if _in_year_list(link) else None
    if is_other_document_title(heading):
        return None
    return heading, bool(_NIANBAO.search(heading))


def year_entry(link: Selector) -> str | None:
    """The report title a year link stands for (see the module docstring): "县财政局 2024年度 年度报告"
    under a heading that names its unit and the report, "2024年度 年度报告" under a heading that names
    the report only or the government itself, or with no heading on a page that speaks of 年报; None
    for any other year link (a heading that says something else, a filter, an archive, a column)."""
    year = _candidate(link)
    if year is None:
        return None
    judged = _judged(link)
    if judged is None or not judged[1]:
        return None
    heading = judged[0]
    if heading is not None:  # a heading of the report ("市政府年报", "县财政局年报")
        agency = heading_agency(heading)
        return f"{agency} {year} 年度报告" if agency else f"{year} 年度报告"
    return f"{year} 年度报告" if page_speaks_of_nianbao(link) else None


def year_document_links(sel: Selector) -> list[tuple[str, str]]:
    """(href, text) of the year links to documents on a page that speaks of 年报 (``_candidate``), in
    a list of years or under a heading that is not another document's (``_judged``), whatever else
    their heading says: a 年报 page's entries, each to be taken or stated."""
    found: list[tuple[str, str]] = []
    for link in sel.xpath(f"//body//{LINK}")[:MAX_YEAR_LINKS]:
        if _candidate(link) is not None and _judged(link) is not None:
            found.append((link_href(link) or "", flat_text(link)))
    if found and not page_speaks_of_nianbao(sel):
        return []
    return found
