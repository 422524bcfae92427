"""开普云-style 集约化 platforms (portals.md §1.5, §1.7): Shaanxi/Sichuan 信息公开 columns.

A column is a directory with numbered list pages ``1.html, 2.html …`` (page 1 is ``1.html``; the
static pager prints ``共 N 页``) and sub-columns one level down (``zfxxgknb/2023n/1.html``,
``zfxxgknb/xj/1.html``) linked from the column page.  Articles are 19-digit snowflake ids
(``<id>.html``) or extensionless ``content_191767``; bodies sit in ``#UCAP-CONTENT``.  The first
page of a column schedules its other pages and its sub-columns (each sub-column's first page does
the same for its own).

Mobile redirects: the platforms send a mobile User-Agent to ``/m/<path>`` unless the query says
``isMobile=false``.  The spider sends a desktop User-Agent (the configured one, prefixed with a
desktop platform token when it has none), rewrites list links that point into ``/m/`` to the desktop
page with ``?isMobile=false``, and when a response lands on ``/m/`` anyway it asks for the desktop
page again with ``?isMobile=false`` — a mobile rendition (tables dropped) is never stored.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import scrapy
from scrapy.http import Response, TextResponse

from govcrawl.bases.base import PortalSpider
from govcrawl.bases.core import page_encoding
from govcrawl.crawl import pagers
from govcrawl.crawl.entries import entry_title, scoped_links

_LIST_NAME = re.compile(r"^(?:(\d{1,4})|index(?:_\d+)?)\.(s?html?)$")
_DESKTOP_UA = re.compile(r"Windows NT|Macintosh|X11", re.I)
_ENTRY_ROWS = ("ul li", ".list", "table td")
DESKTOP_PLATFORM = "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"


def is_list_url(url: str) -> bool:
    """A column or list page (``…/``, ``1.html``, ``index_2.html``), not an article (snowflake ids
    have 19 digits; ``content_191767`` has no extension)."""
    name = urlsplit(url).path.rsplit("/", 1)[-1]
    return name == "" or bool(_LIST_NAME.match(name))


def desktop_url(url: str) -> str | None:
    """The desktop page of a mobile-site URL (``/m/<path>`` → ``<path>?isMobile=false``), else None."""
    parts = urlsplit(url)
    if not parts.path.startswith("/m/"):
        return None
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "isMobile"]
    query.append(("isMobile", "false"))
    return urlunsplit((parts.scheme, parts.netloc, parts.path[2:], urlencode(query), ""))


def with_desktop_flag(url: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "isMobile"]
    query.append(("isMobile", "false"))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def desktop_user_agent(configured: str) -> str:
    return configured if _DESKTOP_UA.search(configured) else f"{DESKTOP_PLATFORM} {configured}".strip()


class KaipuSpider(PortalSpider):
    supports_many_sites = True

    # -- requests: always a desktop User-Agent -----------------------------------------------
    def _desktop(self, request: scrapy.Request) -> scrapy.Request:
        settings = getattr(self, "settings", None)
        configured = str(settings.get("USER_AGENT") or "") if settings is not None else ""
        request.headers[b"User-Agent"] = desktop_user_agent(configured)
        return request

    async def start(self) -> AsyncIterator[Any]:
        async for request in super().start():
            yield self._desktop(request) if isinstance(request, scrapy.Request) else request

    def request(self, response: Response, url: str, callback: Any, **kwargs: Any) -> scrapy.Request:
        return self._desktop(super().request(response, url, callback, **kwargs))

    def off_mobile(self, response: Response, callback: Any, **cb_kwargs: Any) -> scrapy.Request | None:
        """A request for the desktop page when ``response`` is the mobile site's, else None."""
        if not urlsplit(response.url).path.startswith("/m/"):
            return None
        original = (response.meta.get("redirect_urls") or [response.url])[0]
        url = desktop_url(original) or with_desktop_flag(original)
        self.logger.info("mobile page %s (from %s): asking for the desktop page %s", response.url, original, url)
        if self.crawler.stats:
            self.crawler.stats.inc_value("govcrawl/mobile_redirects")
        return self.request(response, url, callback, cb_kwargs=cb_kwargs)

    # -- lists -----------------------------------------------------------------------------
    def parse_list(self, response: Response) -> Iterator[Any]:
        desktop = self.off_mobile(response, self.parse_list)
        if desktop is not None:
            yield desktop
            return
        yield from super().parse_list(response)

    def list_entries(self, response: TextResponse) -> Iterator[tuple[str, str]]:
        seen: set[str] = set()
        for href, link in scoped_links(response.selector, _ENTRY_ROWS):  # or what its onclick opens
            url = response.urljoin(href)
            if not url.startswith(("http://", "https://")) or is_list_url(url):
                continue  # columns, sub-columns, pager links
            url = desktop_url(url) or url
            if url in seen:
                continue
            seen.add(url)
            yield url, entry_title(link)

    def next_pages(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """From a column's first page, its other pages: for a column paged by number (page 1 is
        ``1.html``), the pages its pager links, else (a pager that only counts) ``2.html … N.html`` by the
        page count the shared recogniser reads (``共 N 页``, a pager widget's options), and its
        sub-columns; for one whose first page is ``index.html``, the pages the shared recogniser finds (a
        widget's jump rule, pager links)."""
        parts = urlsplit(response.url)
        column, name = parts.path.rsplit("/", 1)
        column += "/"
        first = _LIST_NAME.match(name)
        numbered = not name or bool(first and first[1] == "1")  # ``column/``, ``1.html``
        later = self.list_key(response) != response.url
        if not later and not numbered and name.split(".")[0] != "index":
            return  # a list's later page reached first (``2.html``): its first page schedules the rest
        pager = pagers.recognise(response.text, response.url, page_encoding(response))
        if not numbered or later:
            # A later page (``index_1.html``, ``?page=2``, a pager's ``p2/``) pages on by its pager's links
            # only (a chain that links just the next): no numbering, no sub-column — the first page's.
            yield from (self.request(response, url, self.parse_list) for url in pager.urls)
            return
        ext = first[2] if first else "html"
        if pager.urls:  # the pages its pager links (``p2/``, ``index_2.html``): those, no number put on
            yield from (self.request(response, url, self.parse_list) for url in pager.urls)
        else:  # a pager that only counts (a script's widget): the family's numbering
            for number in range(2, min(pager.pages or 1, pagers.MAX_DECLARED_PAGES) + 1):
                yield self.request(response, f"{column}{number}.{ext}", self.parse_list)
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href.strip())
            target = urlsplit(url)
            rest = target.path[len(column):] if target.path.startswith(column) else ""
            if url in pager.urls:
                continue  # a page of this column, not a sub-column
            if target.hostname == parts.hostname and rest.count("/") == 1 and is_list_url(url):
                yield self.request(response, url, self.parse_list, meta={"new_list": True})  # a sub-column

    # -- articles --------------------------------------------------------------------------
    def parse_report_page(self, response: Response, title: str) -> Iterator[Any]:
        desktop = self.off_mobile(response, self.parse_report_page, title=title)
        if desktop is not None:
            yield desktop
            return
        yield from super().parse_report_page(response, title)


FAMILIES = {"kaipu": KaipuSpider}
