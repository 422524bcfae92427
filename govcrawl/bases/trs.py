"""TRS WCM families (portals.md §1.1, §1.2).

Classic static publishing: list pages ``index.html``, ``index_1.html`` … (0-based), the page count
only in the 4-argument ``createPageHTML(count, current, "index", "html")`` script call (literal, or
the stock template's ``var countPage = 7//共多少页``).  TRS 海云: ``createPageHTML(div, pages,
current, "index", "shtml", records)``, 1-based, page n ≥ 2 at ``index_n.shtml``.  Both are read by
the shared recogniser (``govcrawl.crawl.pagers.trs_script``); other pagers (printed links, 下一页)
are followed by the base's generic fallback.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import scrapy
from scrapy.http import TextResponse

from govcrawl.bases.base import PortalSpider
from govcrawl.crawl import pagers
from govcrawl.crawl.entries import link_title

_YEAR_FIRST = re.compile(r"^\s*(?:19|20)\d{2}\s*年")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def list_entries(response: TextResponse) -> Iterator[tuple[str, str]]:
    """(href, title) of the article links of a list page: ``title=`` beats the (truncated) text.

    On 部门年报 aggregation tables a link often says only "2023年政府信息公开工作年度报告" and the
    bureau is the row's first cell: a title that starts with its year gets that cell's text in
    front of it (unless it names it already).
    """
    for link in response.css("ul li a[href], table td a[href], .list a[href]"):
        title = link_title(link)
        if _YEAR_FIRST.match(title):
            first = link.xpath("ancestor::tr[1]/*[self::td or self::th][1]")
            if first and not first[0].xpath(".//a"):
                owner = " ".join(" ".join(first[0].css("::text").getall()).split())
                if _CJK.search(owner) and owner.replace(" ", "") not in title.replace(" ", ""):
                    title = f"{owner} {title}"
        yield link.attrib["href"], title


class TrsClassicSpider(PortalSpider):
    """Both TRS generations page the same way as far as a crawler is concerned: the shared
    recogniser reads either ``createPageHTML`` form (literal or variable arguments), so a portal
    registered under the other TRS family is still crawled in full."""

    supports_many_sites = True

    def list_entries(self, response: TextResponse) -> Iterator[tuple[str, str]]:
        return list_entries(response)

    def next_pages(self, response: TextResponse) -> Iterator[scrapy.Request]:
        pager = pagers.trs_script(response.text, response.url)
        if pager.found and pager.current in (None, 1):  # the first page schedules the rest
            for url in pager.urls:
                yield self.request(response, url, self.parse_list)


class TrsHaiyunSpider(TrsClassicSpider):
    pass


FAMILIES = {"trs_classic": TrsClassicSpider, "trs_haiyun": TrsHaiyunSpider}
