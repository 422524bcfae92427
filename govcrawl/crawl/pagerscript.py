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
  script loaded after the element (the one that can fill it), else before it.  A filler with no
  readable call says nothing: the page declared no count.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from govcrawl.crawl import jsexpr, pagerdata
from govcrawl.crawl.pagers import trs_arguments
from govcrawl.crawl.pagersettings import Settings

# One script, from the page's own host, at most this many bytes (a count script is a line or two; a
# pager script a page of code).
MAX_COUNT_SCRIPT_BYTES = 32 * 1024
MAX_ELEMENTS = 5000  # elements of a page looked through for an empty pager and its script
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


def filler_script(sel: Selector, base_url: str) -> str | None:
    """The site's script that fills the page's empty pager element (its class or id names a pager,
    ``pagerdata.PAGER_MARK``; it has no text and no children): the nearest same-host script, not a
    library, the page loads after it, else the nearest before it; None when the page shows no such
    element or loads no such script."""
    host = urlsplit(base_url).hostname
    before: list[str] = []
    empty = False
    for node in sel.xpath("//script[@src] | //*[@id or @class][not(self::script)]")[:MAX_ELEMENTS]:
        if node.root.tag != "script":
            marker = f"{node.attrib.get('class', '')} {node.attrib.get('id', '')}"
            empty = empty or bool(pagerdata.PAGER_MARK.search(marker) and not node.xpath("./*")
                                  and not node.xpath("normalize-space()").get())
            continue
        url = urljoin(base_url, node.attrib["src"].strip())
        parts = urlsplit(url)
        if parts.hostname != host or LIBRARY_SCRIPT.search(parts.path.rsplit("/", 1)[-1]):
            continue
        if empty:
            return url
        before.append(url)
    return before[-1] if empty and before else None


_JS_NUMBER_VAR = re.compile(r"""(?<![\w$.])([A-Za-z_$][\w$]*)\s*=\s*["']?(\d{1,9})["']?\s*[;,\n]""")
# A type prefix before a variable's name (TRS's stock ``_nRecordCount``, ``iPageCount``).
_TYPE_PREFIX = re.compile(r"^[_$]*(?:[a-z](?=[A-Z]))?")


def script_counts(script: str) -> Settings:
    """What a pager's script declares by its variables' names (``var countPage = 3; var recordCount =
    11;``, ``var _nRecordCount = 14``), the names read as a pager's settings are (``SETTING_KEYS``)."""
    values: dict[str, int] = {}
    for name, value in _JS_NUMBER_VAR.findall(script[:MAX_COUNT_SCRIPT_BYTES]):
        values.setdefault(_TYPE_PREFIX.sub("", name), int(value))
    return Settings.declared_by(values)
