"""Year tabs of a 年报 column (portals.md §0.3): a column split by year, each year a list of its own
with its own pager, reached from a strip of tabs ("2024年度" "2023年度" … "2021年度及以前").

Pure markup: which elements are tabs and where they lead; which URLs are the column's is
``detect.year_columns``.

* ``tab_controls``: what a page's tabs are made of, in their real markups — ``<li><a href>``, an
  ``<a>`` whose script opens the year (``onclick="location.href='…'"``), a ``<button>``, ``<li>`` or
  ``<span>`` carrying its address in ``data-url``/``data-href``/``data-link`` or its ``onclick``.
* ``strip_tabs``: the other years of a strip of year tabs that marks the year the page shows — at
  least two tabs side by side, every one named by a year, one of them the current one (its class
  says so: ``on``, ``active``, ``cur``, ``selected`` …; ``aria-selected``/``aria-current``; or it
  leads nowhere, or to the page itself).  A year link elsewhere on a page (an archive sidebar, a
  "2023年" among a menu's items) is in no such strip.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin

from parsel import Selector

from govcrawl.crawl.linktitle import link_title
from govcrawl.crawl.urls import link_href, usable_href

# A tab named by its year: "2024年度", "2021年及以前", "2023年年报", "2024".
YEAR_LABEL = re.compile(r"^(?:19|20)\d{2}(?:年度?)?(?:及以前|及之前|以前|之前)?(?:政府信息公开)?(?:年报|年度报告)?$")
# Attributes a tab that is no link keeps its address in.
_DATA_URL = ("data-url", "data-href", "data-link")
_CONTROLS = "//body//*[self::a or @onclick or @data-url or @data-href or @data-link]"
MAX_YEAR_CONTROLS = 100  # year-named controls looked at on one page (a strip has ≤ 20)
MAX_STRIP_TABS = 40  # children of a strip looked at
_TAB_LEVELS = 2  # wrappers around a tab's link (``<li><span><a>``) climbed to find the tab
# A class or id that marks the tab shown: "on", "active", "cur", "tab-on", "nd_cur", "selected".
_CURRENT = re.compile(r"(?<![a-z0-9])(?:on|active|cur|curr|current|selected|sel|now|checked|hover|this)(?![a-z0-9])",
                      re.I)
_CURRENT_ARIA = (".//*[@aria-selected='true' or @aria-current='true' or @aria-current='page']"
                 " | self::*[@aria-selected='true' or @aria-current='true' or @aria-current='page']")
_WORDS = re.compile(r"[\w\u4e00-\u9fff]")  # a child with none is a separator ("|", "·")


@dataclass(frozen=True)
class Tab:
    """A control a tab is made of: where it leads (as written; None: nowhere) and its name."""

    href: str | None
    label: str
    node: Selector


def control_href(node: Selector) -> str | None:
    """Where a tab leads: a link's address (its ``href``, or the address its script opens), else its
    ``data-url``/``data-href``/``data-link``."""
    href = link_href(node)
    if href is not None:
        return href
    for name in _DATA_URL:
        value = (node.attrib.get(name) or "").strip()
        if usable_href(value):
            return value
    return None


def tab_controls(sel: Selector) -> Iterator[Tab]:
    """The page's links and the elements that lead somewhere as links do (``onclick``, ``data-url``);
    a box around links (an ``<li onclick>`` holding an ``<a>``) is not one: its links are."""
    for node in sel.xpath(_CONTROLS):
        if node.root.tag != "a" and node.xpath(".//a"):
            continue
        yield Tab(control_href(node), "".join(link_title(node).split()), node)


def _controls_in(node: Selector) -> int:
    return len(node.xpath("descendant-or-self::*[self::a or @onclick or @data-url or @data-href or @data-link]"))


def _tab_of(control: Selector) -> Selector:
    """The tab a control is (``<li><a>``: the ``<li>``): the outermost wrapper holding no other control."""
    tab = control
    for _ in range(_TAB_LEVELS):
        parent = tab.xpath("parent::*[not(self::body)]")
        if not parent or _controls_in(parent[0]) > 1:
            break
        tab = parent[0]
    return tab


def _is_current(tab: Selector, href: str | None, here: str) -> bool:
    for node in (tab, *tab.xpath(".//*")[:10]):
        if _CURRENT.search(f"{node.attrib.get('class', '')} {node.attrib.get('id', '')}"):
            return True
    if tab.xpath(_CURRENT_ARIA):
        return True
    return href is None or urljoin(here, href).split("#")[0] == here


def strip_tabs(sel: Selector, base_url: str) -> list[Tab]:
    """The tabs to other years of the page's strips of year tabs that mark the year shown (see the
    module docstring), in page order; each strip looked at once."""
    here = base_url.split("#")[0]
    controls = {id(tab.node.root): tab for tab in tab_controls(sel) if YEAR_LABEL.match(tab.label)}
    strips: dict[int, Selector] = {}
    for tab in list(controls.values())[:MAX_YEAR_CONTROLS]:
        parent = _tab_of(tab.node).xpath("parent::*[not(self::body)]")
        if parent:
            strips.setdefault(id(parent[0].root), parent[0])
    found: list[Tab] = []
    for strip in strips.values():
        others: list[Tab] = []
        current = years = 0
        for child in strip.xpath("./*")[:MAX_STRIP_TABS]:
            label = "".join(link_title(child).split())
            if not _WORDS.search(label):
                continue  # a separator
            if not YEAR_LABEL.match(label):
                others = []
                break  # a strip of tabs holds years only: a menu with a "2023年" is none
            years += 1
            inner = [controls[id(n.root)] for n in child.xpath("descendant-or-self::*") if id(n.root) in controls]
            href = next((t.href for t in inner if t.href is not None), None)
            if _is_current(child, href, here):
                current += 1
            elif href is not None:
                others.append(Tab(href, label, child))
        if years >= 2 and current and others:
            found += others
    return found
