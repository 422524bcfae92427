"""博达 VSB family (portals.md §1.4).

A column is ``<col>.htm`` and its later pages live in a same-named folder numbered in reverse:
with N pages, page k ≥ 2 is ``<col>/<N−k+1>.htm`` (the last page is ``<col>/1.htm``).  The
``pb_sys_common`` pager prints ``共27条 … 1/3``; the first page schedules every other page from
that count and the folder its numbered links name.  Articles are ``/info/<tree>/<id>.htm`` with
the body in ``#vsb_content_<n> .v_news_content``; attachments are listed after the body inside the
article form (``附件【<a href="/system/_content/download.jsp?urltype=news.DownloadAttachUrl&…">``)
and are only served with the article as ``Referer`` (the base sends it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import TextResponse

from govcrawl.bases.base import PortalSpider
from govcrawl.crawl.entries import by_address, entry_title, scoped_links

_PAGE_OF = re.compile(r"(\d+)\s*/\s*(\d+)")
_NUMBERED = re.compile(r"^(.*?)(\d+)\.htm$")
_ROWS = ('li[id^="line_u"]', ".list", "ul li", "table td")


def list_entries(response: TextResponse) -> Iterator[tuple[str, str]]:
    """(href, title) of a list page's links, ``title=`` first (list text is often cut short),
    completed on 年报 tables (``entry_title``)."""
    # href, or the address its onclick opens; one per address, titled by the link that says what it is
    yield from by_address((href, entry_title(link)) for href, link in scoped_links(response.selector, _ROWS))


def pager_position(response: TextResponse) -> tuple[int, int] | None:
    """(current page, pages) from the ``pb_sys_common`` pager's ``1/3`` text."""
    for text in response.css(".pb_sys_common .p_t::text, .pb_sys_common ::text").getall():
        match = _PAGE_OF.search(text)
        if match:
            return int(match[1]), int(match[2])
    return None


class VsbSpider(PortalSpider):
    supports_many_sites = True

    def list_entries(self, response: TextResponse) -> Iterator[tuple[str, str]]:
        return list_entries(response)

    def next_pages(self, response: TextResponse) -> Iterator[scrapy.Request]:
        position = pager_position(response)
        if position is None or position[0] != 1 or position[1] <= 1:
            return  # later pages were scheduled by the first one
        pages = position[1]
        for href in response.css(".pb_sys_common a::attr(href)").getall():
            match = _NUMBERED.match(href.strip())
            if match:
                folder = match[1]  # "zfxxgknb/": page k ≥ 2 is folder + (N − k + 1)
                for number in range(pages - 1, 0, -1):
                    yield self.request(response, f"{folder}{number}.htm", self.parse_list)
                return

    def attachment_scope(self, response: TextResponse) -> Any:
        """Attachments follow the body inside the article form, not inside ``.v_news_content``."""
        form = response.css('form[name="_newscontent_fromname"]')
        return form[0] if form else self.content(response)


FAMILIES = {"vsb": VsbSpider}
