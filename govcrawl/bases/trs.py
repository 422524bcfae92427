"""TRS WCM families (portals.md §1.1, §1.2).

Classic static publishing: list pages ``index.html``, ``index_1.html`` … (0-based), the page count
only in the 4-argument ``createPageHTML(count, current, "index", "html")`` script call (literal, or
the stock template's ``var countPage = 7//共多少页``).  TRS 海云: ``createPageHTML(div, pages,
current, "index", "shtml", records)``, 1-based, page n ≥ 2 at ``index_n.shtml``.  Both are read by
the shared recogniser (``govcrawl.crawl.pagers.trs_script``); a count declared only as data (``data-*``
on an empty pager, a JSON block) with no naming rule in the page is paged by the family's convention
(``page_base``), as is a page count only printed ("共 3 页", no page linked); other pagers (printed links,
下一页) are followed by the base's generic fallback.
"""

from __future__ import annotations

from collections.abc import Iterator

import scrapy
from scrapy.http import TextResponse

from govcrawl.bases.base import PortalSpider
from govcrawl.bases.core import page_encoding
from govcrawl.crawl import pagers
from govcrawl.crawl.entries import entry_title, scoped_links

# List rows as TRS templates write them: ``ul li``, table rows, definition lists (``dl dt a``, a
# province platform's lists), any block whose class names a list (``zwxl-list``, ``news_list``).
_ROWS = ("ul li", "table td", "dl", "[class*='list']")


def list_entries(response: TextResponse) -> Iterator[tuple[str, str]]:
    """(href, title) of the article links of a list page: ``title=`` beats the (truncated) text,
    a tooltip gives way to the text, a 部门年报 row's department completes a bare "2023年…报告"; a
    row whose link opens its article by script (``onclick="window.open('./…')"``) gives that address."""
    for href, link in scoped_links(response.selector, _ROWS):
        yield href, entry_title(link)


class TrsClassicSpider(PortalSpider):
    """Both TRS generations page the same way as far as a crawler is concerned: the shared
    recogniser reads either ``createPageHTML`` form (literal or variable arguments), so a portal
    registered under the other TRS family is still crawled in full.  Only a count declared as data
    with no naming rule anywhere in the page is named by the registered family's convention
    (``page_base``); a wrong one leaves the declared count unmet, a stated shortfall."""

    supports_many_sites = True
    # The family's page-file convention for a pager declared as data with no naming rule in the page
    # (``pagers.page_param``): classic TRS pages from ``index_1`` (0-based), 海云 from ``name_2``.
    page_base = pagers.CLASSIC_BASE

    def list_entries(self, response: TextResponse) -> Iterator[tuple[str, str]]:
        return list_entries(response)

    def next_pages(self, response: TextResponse) -> Iterator[scrapy.Request]:
        pager = pagers.trs_script(response.text, response.url)
        if not pager.found:
            pager = pagers.page_param(response.selector, response.text, response.url, base=self.page_base)
        if not pager.found:
            pager = self.printed_pages(response)
        if pager.found and pager.current in (None, 1):  # the first page schedules the rest
            for url in pager.urls:
                yield self.request(response, url, self.parse_list)

    def printed_pages(self, response: TextResponse) -> pagers.Pager:
        """A page count only printed ("共 3 页　当前第 1 页"), with no page linked and no script or data
        naming them: the family's page files (``page_base``) — the count a static TRS template prints
        when its pager script was left out; a wrong name leaves the count unmet, a stated shortfall."""
        printed = pagers.recognise(response.text, response.url, page_encoding(response))
        if printed.urls or printed.form or not printed.pages or printed.pages < 2 or printed.current not in (None, 1):
            return pagers.Pager()
        return pagers.convention_pages(pagers.Pager(pages=printed.pages, current=1, kinds=["count"]), response.url,
                                       printed.pages, self.page_base)


class TrsHaiyunSpider(TrsClassicSpider):
    page_base = pagers.HAIYUN_BASE


FAMILIES = {"trs_classic": TrsClassicSpider, "trs_haiyun": TrsHaiyunSpider}
