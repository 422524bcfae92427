"""The address shapes of a list's next page, for a link only its marks call "next" (``class="next"``,
``aria-label="下一页"`` on an icon): such a link is the list's next page only when its address is one —
page files (``index_2.html``), a page parameter (``?page=2``), or the page directories static-site
generators and CMS routes write (Jekyll's ``/list/page2/``, Hugo's ``/list/page/2/``, ``/list/p/2/``,
``/list/2/``) — never another column or a post under the list (``/list/2025/06/27/x.html``)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from parsel import Selector

from govcrawl.crawl.urls import query_items

PAGE_PARAM = re.compile(r"(?:^|[?&])(?:page|pageno|page_no|pagenum|curpage|cur_page|currentpage|pageindex|"
                        r"pn|p)=(\d+)", re.I)
# A page file of a list, named by its number: ``index_1.shtml``, ``list_2.html``, ``list-3.htm``, ``2.html``.
_NUMBERED_FILE = re.compile(r"^(.*?)[_-]?(\d{1,5})(\.[A-Za-z]{2,6})$")
_PLAIN_FILE = re.compile(r"^([^.]*)(\.[A-Za-z]{2,6})$")
# A page directory under the list's own: ``page2/``, ``page/2/``, ``p/2/``, ``p2``, ``2/`` (with or without its
# ``index.html``, or as a route without a trailing slash: Docusaurus's ``/nianbao/page/2``, Craft's
# ``/ndbg/p2``).  A bare number has at most 3 digits: ``/ndbg/2024/`` is a year's column, not page 2024.  The
# list's directory is the shortest that fits (``/list/`` of ``/list/page/2``, not ``/list/page/``).
_PAGE_DIR = re.compile(r"^(.*?/)(?:(?:page/?|p/?)(\d{1,5})|(\d{1,3}))(?:/(?:index\.[A-Za-z]{3,5})?)?$")
_INDEX_FILE = re.compile(r"(?<=/)(?:index|default)\.[A-Za-z]{3,5}$")
# Class tokens that mark a pager's next control: next, next-page, page-next, pagination_next, nextpage.
# A BEM modifier says it too: ``pagination-nav__link--next``.
_NEXT_CLASS = re.compile(r"^(?:[\w-]*?(?:--|__))?(?:(?:page|pager|pagination|pg)[-_]?)?next"
                         r"(?:[-_]?(?:page|link|btn))?$", re.I)


def next_list_page(url: str, here: str) -> str | None:
    """When ``url`` is the page file after ``here`` in the list ``here`` is a page of — the same host
    and directory, named as ``here`` is with the next page number (``index.shtml`` → ``index_1.shtml``
    or ``index_2.shtml``, ``list_2.html`` → ``list_3.html``; from a directory's own address,
    ``index_1.shtml`` or ``2.html``) — the stem they share (``""`` for bare numbers); else None: another
    column's list (``/node/18.jspx`` from ``/node/3.jspx``), an article."""
    there, own = urlsplit(url), urlsplit(here)
    if (there.scheme, there.netloc.lower()) != (own.scheme, own.netloc.lower()) or there.query:
        return None
    directory, name = there.path.rsplit("/", 1)
    own_directory, own_name = own.path.rsplit("/", 1)
    numbered = _NUMBERED_FILE.match(name)
    if directory != own_directory or not numbered:
        return None
    number = int(numbered[2])
    own_numbered = _NUMBERED_FILE.match(own_name)
    plain = None if own_numbered or not own_name else _PLAIN_FILE.match(own_name)
    if own_numbered:  # page N names page N + 1
        fits = (own_numbered[1], own_numbered[3]) == (numbered[1], numbered[3]) and number == int(own_numbered[2]) + 1
    elif plain:  # the first page names the second: 1 (0-based files) or 2
        fits = (plain[1], plain[2]) == (numbered[1], numbered[3]) and number in (1, 2)
    else:  # a directory's own address
        fits = not own_name and number in (1, 2)
    return numbered[1] if fits else None


def _page_dir(path: str) -> tuple[str, int]:
    """The list directory a path is a page of, and its page number (1 for the list's own address, a
    route without a trailing slash, ``/nianbao``, read as its directory ``/nianbao/``)."""
    paged = _PAGE_DIR.match(path)
    if paged:
        return paged[1], int(paged[2] or paged[3])
    own = _INDEX_FILE.sub("", path)
    return (own if own.endswith("/") or "." in own.rsplit("/", 1)[-1] else own + "/"), 1


def _next_page_dir(url: str, here: str) -> bool:
    """Is ``url`` the page directory after ``here``'s in the same list (``/ndbg/`` → ``/ndbg/page2/``,
    ``/ndbg/page/2/`` → ``/ndbg/page/3/``)?"""
    there, own = urlsplit(url), urlsplit(here)
    if there.query or not _PAGE_DIR.match(there.path):
        return False
    (root, number), (own_root, own_number) = _page_dir(there.path), _page_dir(own.path)
    return root == own_root and root.endswith("/") and number == own_number + 1


def _next_page_param(url: str, here: str) -> bool:
    """Is ``url`` ``here`` with one page parameter (``page``, ``pageNo`` …) set to the next page?"""
    if urlsplit(url).path != urlsplit(here).path:
        return False
    query, own = query_items(url), query_items(here)
    changed = [name for name, value in query.items() if own.get(name) != value]
    if len(changed) != 1 or set(own) - set(query) or not query[changed[0]].isdigit():
        return False
    name, number = changed[0].decode("utf-8", "replace"), int(query[changed[0]])
    if not PAGE_PARAM.fullmatch(f"{name}={number}"):
        return False
    own_number = own.get(changed[0])
    return number in (1, 2) if own_number is None else own_number.isdigit() and number == int(own_number) + 1


def is_next_page(url: str, here: str) -> bool:
    """Is ``url`` the page after ``here`` of the same list, by its address alone (same host)?"""
    there, own = urlsplit(url), urlsplit(here)
    if (there.scheme, there.netloc.lower()) != (own.scheme, own.netloc.lower()):
        return False
    return next_list_page(url, here) is not None or _next_page_dir(url, here) or _next_page_param(url, here)


def next_class(link: Selector) -> bool:
    """Is a link marked as a pager's next control by a class token on it or its parent (``<a
    class="next">``, Bootstrap's ``<li class="next">``, ``pagination-next``)?"""
    return any(_NEXT_CLASS.match(token) for node in link.xpath("ancestor-or-self::*[position() <= 2]")
               for token in (node.attrib.get("class") or "").split())
