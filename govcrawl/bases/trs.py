"""TRS WCM families (portals.md §1.1, §1.2).

Classic static publishing: list pages ``index.html``, ``index_1.html`` … (0-based), the page count
only in the 4-argument ``createPageHTML(count, current, "index", "html")`` script call (literal, or
the stock template's ``var countPage = 7//共多少页``).  TRS 海云: ``createPageHTML(div, pages,
current, "index", "shtml", records)``, 1-based, page n ≥ 2 at ``index_n.shtml``.  Both are read by
the shared recogniser (``govcrawl.crawl.pagers.trs_script``); other pagers (printed links, 下一页)
are followed by the base's generic fallback.
"""

from __future__ import annotations

from collections.abc import Iterator

import scrapy
from scrapy.http import TextResponse

from govcrawl.bases.base import PortalSpider
from govcrawl.crawl import pagers
from govcrawl.crawl.entries import entry_title

# List rows as TRS templates write them: ``ul li``, table rows, definition lists (``dl dt a``, a
# province platform's lists), any block whose class names a list (``zwxl-list``, ``news_list``).
_LINKS = "ul li a[href], table td a[href], dl a[href], [class*='list'] a[href]"


def list_entries(response: TextResponse) -> Iterator[tuple[str, str]]:
    """(href, title) of the article links of a list page: ``title=`` beats the (truncated) text,
    a tooltip gives way to the text, a 部门年报 row's department completes a bare "2023年…报告"."""
    for link in response.css(_LINKS):
        yield link.attrib["href"], entry_title(link)


class TrsClassicSpider(PortalSpider):
    """Both TRS generations page the same way as far as a crawler is concerned: the shared
    recogniser reads either ``createPageHTML`` form (literal or variable arguments), so a portal
    registered under the other TRS family is still crawled in full."""

    supports_many_sites = True

    def list_entries(self, response: TextResponse) -> Iterator[tuple[str, str]]:
        return list_entries(response)

    def next_pages(self, response: TextResponse) -> Iterator[scrapy.Request]:
        pager = pagers.trs_script(response.text, response.url)
        if not pager.found:
            pager = pagers.page_param(response.selector, response.text, response.url)
        if pager.found and pager.current in (None, 1):  # the first page schedules the rest
            for url in pager.urls:
                yield self.request(response, url, self.parse_list)


class TrsHaiyunSpider(TrsClassicSpider):
    pass


FAMILIES = {"trs_classic": TrsClassicSpider, "trs_haiyun": TrsHaiyunSpider}
