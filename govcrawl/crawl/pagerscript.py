"""A list's pager whose count, or whose very call, is in a script file the page loads (portals.md
§1.1, §1.2): which file, so the spider can read it (one request, size-capped, through the page
budget; ``ScriptListSteps.count_script_requests``).

* ``count_script``: the page's ``createPageHTML`` call names a variable no inline script sets
  (``createPageHTML(countPage, 0, "index", "shtml")`` after ``<script src="./pagecount.js">``) — the
  script that sets it.  The list declares a pager; a script that does not answer, or sets no count,
  is a stated shortfall.
* ``filler_script``: the page declares nothing and shows an empty pager element (``<div id="pageBar"
  class="zy-page"></div>``) that a script of the site fills, the call and its pager function in that
  file (``createPageHTML('pageBar', v('hidPageCount'), v('hidCurrent'), 'list', 'shtml',
  v('hidTotal'))``, its counts read from the page's hidden fields, ``jsexpr``) — the site's own
  script loaded after the element (the one that can fill it), else before it — never when the
  page's own inline script names the element (it fills it itself: ``pagers.loops`` reads such a
  pager).  A filler with no readable call says nothing: the page declared no count; a filler that
  does not answer is a warning, not a list unread (nothing said the list had other pages).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from govcrawl.crawl import jsexpr, pagerdata
from govcrawl.crawl.pagers import trs_arguments
from govcrawl.crawl.pagersettings import script_counts as script_counts  # re-exported: the count script's

# One script, from the page's own host, at most this many bytes (a count script is a line or two; a
# pager script a page of code).
MAX_COUNT_SCRIPT_BYTES = 32 * 1024
MAX_ELEMENTS = 5000  # elements of a page looked through for an empty pager and its script
MAX_INLINE_SCRIPTS = 100  # a page's inline scripts looked through for one that fills its pager itself
MAX_INLINE_CHARS = 200_000
# Script files that are libraries or widgets, not a site's list or pager code: not fetched.
LIBRARY_SCRIPT = re.compile(r"jquery|bootstrap|layui|layer\.|vue|react|angular|swiper|echarts|axios|lodash|"
                            r"polyfill|html5shiv|respond|jiucuo|conac|wza|barrier|common\.min", re.I)
_SCRIPT_SRC = re.compile(r"""<script\b[^>]{0,300}?\bsrc\s*=\s*["']?([^"'\s>]+)""", re.I)
_DEFINITION = re.compile(r"function\s*$")


def count_script(text: str, base_url: str) -> str | None:
    """The script a page's pager takes its count from, when the page's ``createPageHTML`` call names
    a variable no inline script sets: of the same-host scripts the page loads before the call, one
    in the page's own directory (published with the column, as its count is), the nearest first;
    else the nearest.  None when the call resolves, or there is no such script."""
    if trs_arguments(text) is not None:
        return None
    for start, tokens in jsexpr.call_arguments(text, "createPageHTML"):
        if _DEFINITION.search(text[max(0, start - 40): start]) or not 2 <= len(tokens) <= 8:
            continue  # ``function createPageHTML(_nPageCount, …)``: its parameters, not a call
        host = urlsplit(base_url).hostname
        folder = urljoin(base_url, ".")
        loaded: list[str] = [url for src in _SCRIPT_SRC.findall(text[:start])
                             if urlsplit(url := urljoin(base_url, src.strip())).hostname == host]
        own = [url for url in loaded if url.startswith(folder)]
        return (own or loaded)[-1] if loaded else None
    return None


def _filled_inline(attrib: dict[str, str], inline: str) -> bool:
    """Does a script of the page itself name the pager element (``getElementById('gxPage')``,
    ``$('#gxPage')``, ``querySelector('.pages')``, ``getElementsByClassName('pages')``) — the page
    fills it, and no script file it loads is its pager's?"""
    names = [("#", attrib.get("id", "").strip())] + [(".", c) for c in attrib.get("class", "").split()]
    for mark, name in names:
        if not name:
            continue
        by = "getElementById" if mark == "#" else "getElementsByClassName"
        quoted = re.escape(name)
        selector = rf"""["']\s*{re.escape(mark)}{quoted}(?![\w-])[^"'\n]{{0,40}}["']"""
        if re.search(rf"""{by}\(\s*["']{quoted}["']\s*\)|{selector}""", inline):
            return True
    return False


def filler_script(sel: Selector, base_url: str) -> str | None:
    """The site's script that fills the page's empty pager element (its class or id names a pager,
    ``pagerdata.PAGER_MARK``; it has no text and no children): the nearest same-host script, not a
    library, the page loads after it, else the nearest before it; None when the page shows no such
    element or loads no such script."""
    host = urlsplit(base_url).hostname
    inline = "\n".join(sel.xpath("//script[not(@src)]/text()").getall()[:MAX_INLINE_SCRIPTS])[:MAX_INLINE_CHARS]
    before: list[str] = []
    empty = False
    for node in sel.xpath("//script[@src] | //*[@id or @class][not(self::script)]")[:MAX_ELEMENTS]:
        if node.root.tag != "script":
            marker = f"{node.attrib.get('class', '')} {node.attrib.get('id', '')}"
            if (pagerdata.PAGER_MARK.search(marker) and not node.xpath("./*")
                    and not node.xpath("normalize-space()").get()):
                if _filled_inline(node.attrib, inline):
                    return None  # the page's own script fills it (``pagers.loops``): no file's pager
                empty = True
            continue
        url = urljoin(base_url, node.attrib["src"].strip())
        parts = urlsplit(url)
        if parts.hostname != host or LIBRARY_SCRIPT.search(parts.path.rsplit("/", 1)[-1]):
            continue
        if empty:
            return url
        before.append(url)
    return before[-1] if empty and before else None
