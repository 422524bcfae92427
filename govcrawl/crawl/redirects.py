"""A page that is only a redirect: a near-empty page whose ``<meta http-equiv="refresh">`` or script
sends the browser on (``location.replace('/portal/')``, ``window.location.href = "…"``).

Scrapy's ``MetaRefreshMiddleware`` follows the meta refreshes w3lib reads; a portal's root often
redirects in forms it does not (``content="0 ; url = /web/"``, ``content="0;/web/"``, a script
alone).  The spider follows such a page's target as it follows a 3xx (``PortalSpider.parse_entry``),
at most ``MAX_HOPS`` times from a start page.  A page with content of its own (a home page with a
``location.href=`` in a click handler, a 404 page that redirects after ten seconds of text) is not
a redirect: only a near-empty page is.
"""

from __future__ import annotations

import re

from parsel import Selector

from govcrawl.crawl import urls

MAX_HOPS = 3  # page redirects followed from one start page (Scrapy's REDIRECT_MAX_TIMES covers 3xx)
MAX_TEXT = 80  # visible characters of a near-empty page ("正在跳转，请稍候…", "If not redirected, click here")
MAX_LINKS = 2  # links of a near-empty page (a "click here" fallback)

# content="0; url=/portal/", "1;URL='/web/index.html'", "0 ; url = /a/", "0;/a/" (no url=).
_REFRESH = re.compile(r"""^\s*\d*(?:\.\d+)?\s*[;,]\s*(?:url\s*=\s*)?(["']?)([^"'\s][^"']*?)\1\s*$""", re.I)


def page_redirect(sel: Selector) -> str | None:
    """The address a near-empty page redirects to (meta refresh, else a script), or None."""
    body_text = "".join(sel.xpath("//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
                                  ).getall())
    if len("".join(body_text.split())) > MAX_TEXT or len(sel.xpath("//a[@href]")) > MAX_LINKS:
        return None
    for meta in sel.xpath("//meta[@http-equiv]"):  # the HTML parser lower-cases attribute names
        equiv, content = meta.attrib["http-equiv"], meta.attrib.get("content") or ""
        found = _REFRESH.match(content) if equiv.strip().lower() == "refresh" else None
        if found and urls.usable_href(found[2].strip()):
            return found[2].strip()
    for script in sel.xpath("//script[not(@src)]/text()").getall():
        found = urls.LEAVES_TO.search(script)  # not window.open: a pop-up leaves the page where it is
        if found and urls.usable_href(found[2].strip()):
            return found[2].strip()
    return None
