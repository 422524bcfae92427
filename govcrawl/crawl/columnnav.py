"""Other publishers' 年报 lists a 年报 list page's column navigation leads to (portals.md §0.3).

A county's 年报 column is often its own government's list, with the departments' and the towns'
reports in columns of their own that only the column navigation reaches — a left tree, a
sub-column menu, a strip of tabs (``<li class="on">县政府年报</li><li>部门年报</li><li>乡镇年报</li>``),
the sub-columns numbered anywhere on the portal (VSB's ``ndbg/bmnb.htm``, TRS's ``/c123456/``), so
no URL shape tells them; their names do.  A navigation is a block of links that marks the page
shown (a ``class="on"``/``cur``/``active`` item, or a link to the page itself); within it, a link
whose name says it is a 年报 list of other publishers (部门年报, 乡镇（街道）年报, 县直单位年度报告) — or
names only the publishers (部门, 乡镇) under a navigation or page that speaks of 年报 — is such a
list.  Ordinary navigation (政务公开, 政策文件, 首页) names no 年报 and no publishers' kind.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from govcrawl.crawl.entries import NIANBAO
from govcrawl.crawl.linktitle import link_title
from govcrawl.crawl.registry import government_domain
from govcrawl.crawl.urls import LINK

MAX_NAV_LISTS = 8  # other publishers' lists a page's navigation is followed to; more are stated
_MAX_LINKS = 200  # links of a page looked at
_NAV_LEVELS = 3  # ancestors of a link looked through for the navigation block holding it
_NAV_LINKS = 30  # a navigation block is a few columns (a tree of some towns); more links is a page's body
_NAME_CHARS = 20  # a column's name is short; a longer text is an entry's title

# Kinds of publishers other than the portal's own government, as a column names them.
_PUBLISHERS = (r"(?:县直|市直|区直|县级|市级|区级|直属|各)?"
               r"(?:部门|单位|机构|乡镇|镇街|街道|乡镇[(（]?街道[)）]?|镇[(（]?街道[)）]?)")
_OTHERS_NB = re.compile(_PUBLISHERS + r"(?:政府)?(?:信息公开)?(?:工作)?(?:年报|年度报告)")
_BARE = re.compile(rf"^{_PUBLISHERS}$")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_CURRENT = re.compile(r"(?:^|[\s_-])(?:on|cur|current|active|selected|sel|hover|this)(?:$|[\s_-])", re.I)
# An item marked shown for assistive technology rather than by its class (``<a aria-current="page">``,
# ``<li role="tab" aria-selected="true">``): within the block only.
_CURRENT_ARIA = ".//*[@aria-selected='true' or @aria-current='true' or @aria-current='page']"


def _name(link: Selector) -> str:
    return "".join(link_title(link).split())


def _marks_here(block: Selector, here: str, base_url: str) -> bool:
    """Does a navigation block mark the page shown: an item classed or marked (``aria-*``) as current,
    or a link to it?"""
    if any(_CURRENT.search(c) for c in block.xpath(".//li/@class | .//a/@class | .//dd/@class | .//span/@class")
           .getall()) or block.xpath(_CURRENT_ARIA):
        return True
    return any(urljoin(base_url, h.strip()).split("#")[0] == here for h in block.xpath(".//a/@href").getall())


def _navigation(link: Selector, here: str, base_url: str) -> Selector | None:
    """The navigation block holding a link: its nearest ancestor of a few links that marks the page."""
    node = link
    for _ in range(_NAV_LEVELS):
        parents = node.xpath("..")
        if not parents:
            return None
        node = parents[0]
        count = len(node.xpath(f".//{LINK}[@href]"))
        if count > _NAV_LINKS:
            return None
        if count > 1 and _marks_here(node, here, base_url):
            return node
    return None


def _speaks_of_nianbao(block: Selector, sel: Selector) -> bool:
    """The navigation's own text (its heading, its items) or the page's names speak of 年报."""
    parent = block.xpath("..")
    scope = parent[0] if parent else block
    text = "".join("".join(scope.xpath(".//text()").getall()).split())
    names = sel.xpath('//meta[@name="ColumnName"]/@content | //title//text()').getall()
    return bool(NIANBAO.search(text)) or any(NIANBAO.search(n) for n in names)


def publisher_lists(sel: Selector, base_url: str) -> list[tuple[str, str]]:
    """(url, name) of the other publishers' 年报 lists this page's column navigation links, on the
    portal's own government domain, the page itself excepted."""
    domain = government_domain(urlsplit(base_url).hostname or "")
    here = base_url.split("#")[0]
    found: dict[str, str] = {}
    for link in sel.xpath(f"//{LINK}[@href]")[:_MAX_LINKS]:
        name = _name(link)
        if not name or len(name) > _NAME_CHARS or _YEAR.search(name):
            continue
        explicit = bool(_OTHERS_NB.search(name))
        if not explicit and not _BARE.match(name):
            continue
        block = _navigation(link, here, base_url)
        if block is None or not (explicit or _speaks_of_nianbao(block, sel)):
            continue
        href = link.attrib["href"].strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(base_url, href).split("#")[0]
        if (url.startswith(("http://", "https://")) and url != here and url not in found
                and government_domain(urlsplit(url).hostname or "") == domain):
            found[url] = name
    return list(found.items())
