"""A page's data attributes as its scripts read them, and the lists that grow in place by a control
those attributes declare (portals.md §4.4).

* ``page_data``: the page's data attributes a script may read (``btn.dataset.api``, ``$(this).data('url')``
  with ``<button data-api="/nb/list.json">``) — what ``scriptlists.script_lists`` resolves such names
  against; ``with_page_data``: a script with those reads written as the values the page gives them.
* a list that grows in place by a "加载更多" control (``load_more``): the records it declares
  (``data-total``, ``data-count`` — the shared vocabulary of declared sizes) are the list's, its later
  pages requested as that list's; so too an infinite-scroll sentinel or loader (an element whose class
  or id says so, ``<div id="sentinel" data-next="/api/nb/?limit=5&offset=5" data-count="12">``), whose
  named URL — the next batch's — is requested when the page's scripts make no readable request of
  their own, and the answer's own next link followed (``nextlinks``).

Its own module because it reads the page's elements, not its scripts (``scriptlists`` reads those).
"""

from __future__ import annotations

import json
import re
from typing import NamedTuple
from urllib.parse import urljoin

from parsel import Selector

from govcrawl.crawl.pagersettings import Settings
from govcrawl.crawl.scriptlists import DATA_REF_RE, Scope, token_value

MAX_DATA_ELEMENTS = 500  # elements with data attributes read from one page
_MORE_WORDS = re.compile(r"(?:加载|查看|显示|点击)?更多|load\s*more|show\s*more|more", re.I)
_DATA_URL_KEYS = frozenset({"url", "api", "src", "href", "action", "source", "list-url", "api-url", "data-url"})
# The data attributes a load-more control or scroll sentinel names the URL it fetches by, in order of
# preference: the next batch's own URL (``data-next``) before an endpoint a script adds parameters to.
_LOADER_URL_KEYS = ("next", "next-url", "next-page-url", "next-src", "url", "api", "src", "href", "source",
                    "list-url", "api-url", "data-url")
# A class or id marking an element that loads the rest of a list (``sentinel``, ``loader``, ``load-more``,
# ``infinite-scroll``, ``scroll-load``, ``btn-more``) — not a scrolling news ticker's (``scroll-box``).
_LOADER_MARK = re.compile(r"sentinel|loader|load[-_]?more|infinite|scroll[-_]?load|load[-_]?on[-_]?scroll|more", re.I)
_URLISH = re.compile(r"^(?:https?://|/|\?|\.{1,2}/)[^\s<>\"']*$|^[\w.-]+/[^\s<>\"']*$", re.I)


def with_page_data(script: str, attrs: dict[str, str]) -> str:
    """``script`` with each read of a page's data attribute (``$('#more').data('url')``,
    ``btn.dataset.page``) written as the value the page gives it (``attrs``, ``page_data``), a
    string literal — so an evaluator that reads only the script reads those names too."""
    def literal(ref: re.Match[str]) -> str:
        value = token_value(ref[0], Scope("", attrs))
        return ref[0] if value is None else json.dumps(value, ensure_ascii=False)

    return DATA_REF_RE.sub(literal, script) if attrs else script


def page_data(sel: Selector) -> dict[str, str]:
    """The page's data attributes a script may read (``data-api``, ``data-size``), by name without
    ``data-``: only those whose every element on the page says the same (nothing is picked)."""
    values: dict[str, set[str]] = {}
    for node in sel.xpath("//*[@*[starts-with(name(), 'data-')]]")[:MAX_DATA_ELEMENTS]:
        for name, value in node.attrib.items():
            if name.startswith("data-"):
                values.setdefault(name[5:].lower(), set()).add(value.strip())
    return {name: next(iter(found)) for name, found in values.items() if len(found) == 1}


class LoadMore(NamedTuple):
    """A list that grows by a "加载更多" control or a scroll sentinel: the records it declares, the page
    the page shows, the URL the control names (absolute), if any."""

    total: int
    current: int | None
    url: str | None = None


def _named_url(attrib: dict[str, str], base_url: str) -> str | None:
    """The URL a control's data attributes name (``data-next``, ``data-url``, ``data-api``): a URL,
    not a page number (``data-next="2"``) nor a script's ``javascript:``."""
    values = {name[5:].lower(): value.strip() for name, value in attrib.items() if name.startswith("data-")}
    for key in _LOADER_URL_KEYS:
        value = values.get(key, "")
        if value and _URLISH.match(value) and not value.lower().startswith("javascript:"):
            return urljoin(base_url, value)
    return None


def load_more(sel: Selector, base_url: str = "") -> LoadMore | None:
    """The control of a list that grows in place (``<button data-total="10" data-page="1">加载更多``,
    ``<a class="more" data-count="24" data-url="…">``, ``<div id="sentinel" data-next="…" data-count="12">``):
    an element declaring the list's records by a data attribute (the shared vocabulary of declared
    sizes), that is a "more" control by its words, its class or id (a sentinel, a loader), or also
    declares its page, page size or the URL it fetches."""
    for node in sel.xpath("//*[@*[starts-with(name(), 'data-')]]")[:MAX_DATA_ELEMENTS]:
        numbers = {name[5:].replace("-", "").replace("_", ""): int(value) for name, value in node.attrib.items()
                   if name.startswith("data-") and value.strip().isdigit()}
        found = Settings.declared_by(numbers)
        if found.records is None:
            continue
        words = " ".join(node.xpath("normalize-space(.)").getall())[:40]
        marked = _LOADER_MARK.search(" ".join((node.attrib.get("class", ""), node.attrib.get("id", ""))))
        url = _named_url(node.attrib, base_url)
        fetches = url is not None or any(name[5:].lower() in _DATA_URL_KEYS for name in node.attrib)
        if _MORE_WORDS.search(words) or marked or fetches or found.size is not None or found.current is not None:
            return LoadMore(found.records, found.current, url)
    return None
