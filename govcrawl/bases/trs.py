"""TRS WCM families (portals.md §1.1, §1.2).

Classic static publishing: list pages ``index.html``, ``index_1.html`` … (0-based), the page count
only in the 4-argument ``createPageHTML(count, current, "index", "html")`` script call.
TRS 海云: ``createPageHTML(div, pages, current, "index", "shtml", records)``, 1-based, page n ≥ 2 at
``index_n.shtml`` (``index_1`` does not exist).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import scrapy
from scrapy.http import TextResponse

from govcrawl.bases.base import PortalSpider

_PAGER4 = re.compile(r"""createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*["']([\w\-]+)["']\s*,\s*["'](\w+)["']\s*\)""")
_PAGER6 = re.compile(
    r"""createPageHTML\(\s*["'][\w\-]+["']\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*["']([\w\-]+)["']\s*,\s*["'](\w+)["']\s*,"""
)
_YEAR_FIRST = re.compile(r"^\s*(?:19|20)\d{2}\s*年")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def list_entries(response: TextResponse) -> Iterator[tuple[str, str]]:
    """(href, title) of the article links of a list page: ``title=`` beats the (truncated) text.

    On 部门年报 aggregation tables a link often says only "2023年政府信息公开工作年度报告" and the
    bureau is the row's first cell: a title that starts with its year gets that cell's text in
    front of it (unless it names it already).
    """
    for link in response.css("ul li a[href], table td a[href], .list a[href]"):
        title = (link.attrib.get("title") or " ".join(link.css("::text").getall())).strip()
        if _YEAR_FIRST.match(title):
            first = link.xpath("ancestor::tr[1]/*[self::td or self::th][1]")
            if first and not first[0].xpath(".//a"):
                owner = " ".join(" ".join(first[0].css("::text").getall()).split())
                if _CJK.search(owner) and owner.replace(" ", "") not in title.replace(" ", ""):
                    title = f"{owner} {title}"
        yield link.attrib["href"], title


class TrsClassicSpider(PortalSpider):
    supports_many_sites = True

    def list_entries(self, response: TextResponse) -> Iterator[tuple[str, str]]:
        return list_entries(response)

    def next_pages(self, response: TextResponse) -> Iterator[scrapy.Request]:
        match = _PAGER4.search(response.text)
        if not match:
            return
        count, current, name, ext = int(match[1]), int(match[2]), match[3], match[4]
        if current == 0:  # the first page schedules the rest; the dupefilter drops repeats
            for index in range(1, count):
                yield self.request(response, f"{name}_{index}.{ext}", self.parse_list)


class TrsHaiyunSpider(TrsClassicSpider):
    def next_pages(self, response: TextResponse) -> Iterator[scrapy.Request]:
        match = _PAGER6.search(response.text)
        if not match:
            return
        pages, current, name, ext = int(match[1]), int(match[2]), match[3], match[4]
        if current == 1:
            for page in range(2, pages + 1):
                yield self.request(response, f"{name}_{page}.{ext}", self.parse_list)


FAMILIES = {"trs_classic": TrsClassicSpider, "trs_haiyun": TrsHaiyunSpider}
