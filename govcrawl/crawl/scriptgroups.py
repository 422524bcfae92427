"""Units' 年报 links written by a script from an array of *units* (portals.md §4.4, §7: 部门年报 and
镇（街道） pages): each object names a unit and holds its links —

* nested: ``var xzjdData = [{"n": "龙门镇", "l": [["2024", "/lmz/….html"], ["2023", "…"]]}]``,
  ``[{name: "县财政局", reports: [{year: 2024, url: "…"}, {title: "2023年度报告", href: "…"}]}]``;
* flat: ``[{"unit": "城西街道", "year": "2024", "link": "/files/cxjd.docx"}]``.

A link's label is its year, or a title in Chinese; the unit is the object's value that names a unit
(``groups.names_unit``), whatever its key.  A label that is only a year is that unit's 年报 of that
year on a page that speaks of 年报 (as a year link under a unit's heading is, ``entries.entry_title``);
a title that starts with its year and names no agency gets the unit in front of it.

Pure functions of one decoded array item; ``entries.script_entries`` reads the arrays of a page."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from govcrawl.crawl.groups import names_unit
from govcrawl.report.metadata import agency_from_title
from govcrawl.report.normalize import HAN_CHAR

_YEAR_LABEL = re.compile(r"^((?:19|20)\d{2})(?:年度?)?$")
_YEAR_FIRST = re.compile(r"^(?:19|20)\d{2}\s*年")
# Keys that say a value is a link (url, href, link, u, lj, path) or a unit's name (name, unit, dept …).
URL_KEY = re.compile(r"url|href|link|^\w?u$|lj|path", re.I)
_NAME_KEY = re.compile(r"name|unit|dept|org|^n$|^mc$|^dw|^jg", re.I)
MAX_LINKS = 200

Urlish = Callable[[str], bool]


def _scalars(pairs: Iterable[tuple[Any, Any]]) -> list[tuple[str, str]]:
    """(key, value) of the string and number values (numbers as text: a year given as 2024)."""
    return [(str(k), str(v).strip()) for k, v in pairs
            if isinstance(v, str | int) and not isinstance(v, bool) and str(v).strip()]


def _link(values: list[tuple[str, str]], urlish: Urlish) -> tuple[str, str] | None:
    """(url, label) of one link's values: the URL-looking one (a URL key's first) and its label — a
    title in Chinese, else a year."""
    urls = [(k, v) for k, v in values if urlish(v)]
    if not urls:
        return None
    url = next((v for k, v in urls if URL_KEY.search(k)), urls[0][1])
    others = [v for _k, v in values if v != url]
    label = (next((v for v in others if HAN_CHAR.search(v)), None)
             or next((v for v in others if _YEAR_LABEL.match(v)), None))
    return (url, label) if label else None


def titled(unit: str, label: str, nianbao: bool) -> str | None:
    """The title of a unit's link labelled ``label`` (see the module docstring); None for a bare year on
    a page that does not speak of 年报."""
    flat = "".join(label.split())
    year = _YEAR_LABEL.match(flat)
    if year:
        return f"{unit} {year[1]} 年度报告" if nianbao else None
    if _YEAR_FIRST.match(flat) and agency_from_title(flat) is None and unit not in flat:
        return f"{unit} {label}"
    return label


def _unit(values: list[tuple[str, str]]) -> str | None:
    names = [v for k, v in values if names_unit(v) and not _YEAR_LABEL.match(v)]
    return next((v for k, v in values if v in names and _NAME_KEY.search(k)), names[0] if names else None)


def group_unit(item: Any, urlish: Urlish, nianbao: bool) -> str | None:
    """The unit an array item names, when it holds that unit's links (``group_entries``)."""
    return _unit(_scalars(item.items())) if group_entries(item, urlish, nianbao) else None


def group_entries(item: Any, urlish: Urlish, nianbao: bool) -> list[tuple[str, str]]:
    """(href, title) of the links of one array item that names a unit (nested or flat, see the module
    docstring); [] for any other item (an ordinary list entry: ``entries.script_entry`` reads it)."""
    if not isinstance(item, dict):
        return []
    values = _scalars(item.items())
    unit = _unit(values)
    if unit is None:
        return []
    found: list[tuple[str, str]] = []
    for value in item.values():
        if not isinstance(value, list):
            continue
        for sub in value[:MAX_LINKS]:
            pairs = sub.items() if isinstance(sub, dict) else enumerate(sub) if isinstance(sub, list) else ()
            link = _link(_scalars(pairs), urlish)
            title = titled(unit, link[1], nianbao) if link else None
            if link and title:
                found.append((link[0], title))
    if found:
        return found
    # A flat item: its unit, its year (or a title that starts with it) and a URL — when the unit
    # completes the title; else it is an ordinary entry.
    link = _link([(k, v) for k, v in values if v != unit], urlish)
    title = titled(unit, link[1], nianbao) if link else None
    return [(link[0], title)] if link and title and title != link[1] else []


def unit_array(items: list[Any], urlish: Urlish, nianbao: bool) -> tuple[list[tuple[str, str, str]], int]:
    """(href, title, unit) of the links of an array of units (its items that hold their links in an
    array, as ``group_entries`` reads them) and how many units it names — a unit listed with no link yet
    (``{"name": "东关街道", "links": []}``) is one of them; ([], 0) for an array of no unit's links."""
    found: list[tuple[str, str, str]] = []
    units = 0
    for item in items[:MAX_LINKS]:
        # A unit holds its links in an array (nested); a flat item that names its publisher (a list
        # answer's ``"source": "县农业农村局"``) is an ordinary entry, read as such.
        if not isinstance(item, dict) or not any(isinstance(v, list) for v in item.values()):
            continue
        if (unit := _unit(_scalars(item.items()))) is None:
            continue
        units += 1
        found += [(href, title, unit) for href, title in group_entries(item, urlish, nianbao)]
    return (found, units) if found else ([], 0)

