"""A jump menu: a ``<select>`` whose options are links — ``<select onchange="location.href=this.value">
<option value="/bmnb/rsj/">市人社局</option>…`` (or the same select beside a "转到" button that opens its
value).  A 部门年报 hub may reach its units through one only, with no ``<a>`` to them anywhere: its
options are that hub's links (the option's text the link's text), read where a hub's links are.

Not a page-jump select (``pagers.declared.page_select``: its options are page numbers, its values the
list's own pages): an option labelled by a number is no link here.  Only options that lead to a page
on the page's own government domain — a footer's 友情链接 menu of other sites (or of departments'
home pages) is not a list of this page's units.  Nor a menu in the site's navigation bar (beside its
首页 link: ``<div class="nav"><a href="/">首页</a>…<select><option>部门导航</option>…``): that bar is on every
page of the portal, its menu the site's departments, not the units of the page it sits on.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from govcrawl.crawl.owner import in_breadcrumb
from govcrawl.crawl.pagers.declared import GOES_TO_VALUE
from govcrawl.crawl.registry import government_domain
from govcrawl.crawl.urls import is_home_path, usable_href

MAX_SELECTS = 20  # selects of one page read
MAX_OPTIONS = 200  # options of one select read
# A page number as an option's label ("3", "第3页"): a page-jump select's, not a link.
_PAGE_LABEL = re.compile(r"^(?:第\s*)?\d{1,5}\s*页?$")
# A button beside the select that opens its chosen value ("转到", "GO"): its script navigates.
_NAVIGATES = re.compile(r"location(?:\.href)?\s*=|location\.(?:assign|replace)\s*\(|window\.open\s*\(")


def _navigates_to_value(select: Selector) -> bool:
    """Does choosing an option go to its value: the select's own ``onchange``, or a button beside it
    (in the same box) whose script navigates and names the select (its id or name)?"""
    if GOES_TO_VALUE.search(select.attrib.get("onchange", "")):
        return True
    names = [n for n in (select.attrib.get("id"), select.attrib.get("name")) if n]
    if not names:
        return False
    buttons = select.xpath("parent::*//*[self::button or self::input or self::a or self::img][@onclick or @href]")
    for button in buttons[:10]:
        script = (button.attrib.get("onclick") or "") + " " + (button.attrib.get("href") or "")
        if _NAVIGATES.search(script) and any(re.search(rf"\b{re.escape(n)}\b", script) for n in names):
            return True
    return False


def _in_site_nav(select: Selector, page_url: str) -> bool:
    """Does the select sit in the site's navigation bar: its box (its parent) links the site's home
    page (not as a breadcrumb's first step, which leads the page's own content)?"""
    for link in select.xpath("parent::*//a[@href]")[:MAX_OPTIONS]:
        href = link.attrib.get("href", "").strip()
        if not href or href.startswith(("#", "javascript:")) or in_breadcrumb(link):
            continue
        parts = urlsplit(urljoin(page_url, href))
        if parts.hostname == urlsplit(page_url).hostname and is_home_path(parts.path) and not parts.query:
            return True
    return False


def jump_links(sel: Selector, page_url: str) -> list[tuple[str, str]]:
    """(absolute URL, option text) of the options of the page's jump menus that lead to pages on its
    own government domain (``registry.government_domain``), in the page's order, without repeats."""
    domain = government_domain(urlsplit(page_url).hostname or "")
    found: dict[str, str] = {}
    for select in sel.xpath("//select")[:MAX_SELECTS]:
        if not _navigates_to_value(select) or _in_site_nav(select, page_url):
            continue
        for option in select.xpath(".//option")[:MAX_OPTIONS]:
            value = (option.attrib.get("value") or "").strip()
            text = "".join("".join(option.xpath(".//text()").getall()).split())
            if not usable_href(value) or not text or _PAGE_LABEL.match(text):
                continue
            url = urljoin(page_url, value)
            parts = urlsplit(url)
            if (parts.scheme not in ("http", "https") or is_home_path(parts.path)
                    or government_domain(parts.hostname or "") != domain or url == page_url):
                continue
            found.setdefault(url, text)
    return list(found.items())
