"""A page with several lists, each with its own pager (portals.md §1.2): a 年报 column in tabs — the
city's 年报 and the departments' — each tab a list under its own ``createPageHTML`` call with its own
page files (``createPageHTML('pageA', 2, 1, 'index', 'shtml', 7)`` and ``createPageHTML('pageB', 2,
1, 'bmnb', 'shtml', 5)``), every generated file holding all the tabs, the others at some page.

Each list is paged and counted on its own: ``paged_lists`` finds every pager call on the page and
the box of the page that is its list's — the largest block around the call (the element its first
argument names, else its ``<script>``) that holds no other list's pager — and counts the entries in
that box against what that call declares, keyed by the list's first page as its pager names it
(``index.shtml``, ``bmnb.shtml``), so that a page of one list read through another list's file counts
once, and a page of either list not read is that list's stated shortfall.  A page whose pagers cannot
be told apart (two calls in one script, no element of their own) is not split: ``[]``.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree
from parsel import Selector

from govcrawl.crawl import entries, jsexpr, pagers

MAX_SCRIPTS = 200  # a page's inline scripts looked through for pager calls


@dataclass(frozen=True)
class PagedList:
    """One list of a page of several: its key (its first page, by its pager's naming), its pager
    (declared pages, records, this page's number, its other pages), and what this page shows of it."""

    key: str
    pager: pagers.Pager
    entries: int
    links: frozenset[str]


def _anchor(sel: Selector, script: Selector, args: pagers.TrsArgs) -> Selector:
    """Where a pager call draws its pager: the element its first argument names by id (6-argument
    ``createPageHTML('pageB', …)``), else its ``<script>``."""
    name = args[0]
    if isinstance(name, str) and name:
        found = sel.xpath("//*[@id=$id]", id=name)
        if len(found) == 1:
            return found[0]
    return script


def _contains(box: etree._Element, node: etree._Element) -> bool:
    return node is box or any(parent is box for parent in node.iterancestors())


def _box(anchor: Selector, others: list[Selector]) -> Selector:
    """The largest block around ``anchor`` that holds none of ``others`` (below ``<body>``)."""
    box = anchor
    for parent in anchor.xpath("ancestor::*[not(self::body) and not(self::html)]")[::-1]:
        if any(_contains(parent.root, other.root) for other in others):
            break
        box = parent
    return box


def paged_lists(sel: Selector, text: str, base_url: str) -> list[PagedList]:
    """The lists of a page of several lists each with its own pager (see the module docstring);
    ``[]`` when the page has fewer than two such pagers or they cannot be told apart."""
    fields = jsexpr.fields_of(text)
    calls: list[tuple[Selector, pagers.Pager]] = []
    for script in sel.xpath("//script[not(@src)]")[:MAX_SCRIPTS]:
        body = script.xpath("string()").get() or ""
        if "createPageHTML" not in body:
            continue
        for args in pagers.trs_calls(body, fields, scope=text):
            pager = pagers.trs_call(text, args, base_url)
            if pager.found and pager.first_page and all(p.first_page != pager.first_page for _a, p in calls):
                calls.append((_anchor(sel, script, args), pager))
    if len(calls) < 2:
        return []
    anchors = [anchor for anchor, _pager in calls]
    if len({id(anchor.root) for anchor in anchors}) < len(anchors):
        return []  # two pagers in one place: their lists cannot be told apart
    found: list[PagedList] = []
    for anchor, pager in calls:
        box = Selector(text=_box(anchor, [a for a in anchors if a is not anchor]).get())
        shown = entries.count_entries(box)
        if not shown and (pager.records or (pager.pages or 0) > 1):
            return []  # its box shows none of its entries: not its list's box
        links = frozenset(href for href, _title in entries.list_entries(box))
        found.append(PagedList(str(pager.first_page), pager, shown, links))
    return found
