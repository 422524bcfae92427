"""TRS WCM families (portals.md §1.1, §1.2).

Classic static publishing: list pages ``index.html``, ``index_1.html`` … (0-based), the page count
only in the 4-argument ``createPageHTML(count, current, "index", "html")`` script call.
TRS 海云: ``createPageHTML(div, pages, current, "index", "shtml", records)``, 1-based, page n ≥ 2 at
``index_n.shtml`` (``index_1`` does not exist).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse

from govcrawl.bases.base import PortalSpider

_PAGER4 = re.compile(r"""createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*["']([\w\-]+)["']\s*,\s*["'](\w+)["']\s*\)""")
_PAGER6 = re.compile(
    r"""createPageHTML\(\s*["'][\w\-]+["']\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*["']([\w\-]+)["']\s*,\s*["'](\w+)["']\s*,"""
)


def list_entries(response: TextResponse) -> Iterator[tuple[str, str]]:
    """(href, title) of the article links of a list page: ``title=`` beats the (truncated) text."""
    for link in response.css("ul li a[href], table td a[href], .list a[href]"):
        title = link.attrib.get("title") or " ".join(link.css("::text").getall())
        yield link.attrib["href"], title.strip()


class TrsClassicSpider(PortalSpider):
    def parse_list(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            return
        for href, title in list_entries(response):
            request = self.follow_report(response, href, title)
            if request is not None:
                yield request
        yield from self.next_pages(response)

    def next_pages(self, response: TextResponse) -> Iterator[scrapy.Request]:
        match = _PAGER4.search(response.text)
        if not match:
            return
        count, current, name, ext = int(match[1]), int(match[2]), match[3], match[4]
        if current == 0:  # the first page schedules the rest; the dupefilter drops repeats
            for index in range(1, count):
                yield response.follow(f"{name}_{index}.{ext}", callback=self.parse_list)


class TrsHaiyunSpider(TrsClassicSpider):
    def next_pages(self, response: TextResponse) -> Iterator[scrapy.Request]:
        match = _PAGER6.search(response.text)
        if not match:
            return
        pages, current, name, ext = int(match[1]), int(match[2]), match[3], match[4]
        if current == 1:
            for page in range(2, pages + 1):
                yield response.follow(f"{name}_{page}.{ext}", callback=self.parse_list)


FAMILIES = {"trs_classic": TrsClassicSpider, "trs_haiyun": TrsHaiyunSpider}
