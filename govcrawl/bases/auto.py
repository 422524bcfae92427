"""``cms: auto`` (the default when a registry entry names no family) and the generic path.

``generic``: no family knowledge at all — every link of a list page is an entry candidate,
classified by its title (``govcrawl.crawl.classify``); the list's other pages are whatever the
shared pager recogniser finds (declared script pagers, printed counts with links, 下一页 links,
form POSTs), page after page, within the portal's page budget.

``auto``: on each page reached from a start URL, the family is detected from the page
(``govcrawl.crawl.detect``); a detected family's spider reads the page (and its later pages),
else the generic path does.  A page that links units' own 年报 lists (a 部门年报 hub,
``hubunits.unit_lists``) is read by the hub family.  A family pager that finds nothing where the page shows a pager
falls back to the generic pager with a warning (``PortalSpider.parse_list``).

Both navigate: a page that lists no report follows its links to a 年报 column
(政府信息公开年报, 年报, …) and to the 信息公开 area (政府信息公开, 政务公开 — often another host of
the portal's government domain), at most ``NAV_DEPTH`` links from the start URL
(``PortalSpider.navigate``; family spiders navigate only from a start URL that is a home page).
A home page whose boxes show a report or two (通知公告, 最新公开) still navigates: those links are
extra entries, not the column (``homefeed``); a crawl that finds no list beyond them states it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy import Request
from scrapy.http import Response, TextResponse

from govcrawl.bases.base import PortalSpider
from govcrawl.crawl import hubunits
from govcrawl.crawl.detect import detect_family


class GenericSpider(PortalSpider):
    supports_many_sites = True
    has_family_pager = False  # the shared recogniser is its pager, not a fallback

    def parse_list(self, response: Response) -> Iterator[Any]:
        if self.is_list_answer(response):
            yield from self.parse_script_list(response)
            return
        if not isinstance(response, TextResponse):
            return
        yield from self.navigate(response)
        yield from super().parse_list(response)

    def parse_entry(self, response: Response) -> Iterator[Any]:
        # A page that only redirects: its target instead (a JSON answer is no page: ``parse_list`` reads it).
        hop = None if self.is_list_answer(response) else self.follow_page_redirect(response)
        return iter((hop,)) if hop is not None else self.parse_list(response)  # every page navigates

    def navigates_from(self, response: TextResponse) -> bool:
        return True  # no family knowledge: any start page may be a way in


class AutoSpider(GenericSpider):
    """Detects the family page by page; see the module docstring."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._delegates: dict[tuple[str, str], PortalSpider] = {}

    def family_spider(self, response: Response, family_name: str) -> PortalSpider:
        from govcrawl.bases import family

        site = self.site_of(response)
        found = self._delegates.get((site.id, family_name))
        if found is None:
            found = family(family_name)(name=f"{self.name}>{family_name}", sites=[site])
            found.crawler = self.crawler
            found.settings = self.crawler.settings
            self._delegates[(site.id, family_name)] = found
        return found

    def parse_list(self, response: Response) -> Iterator[Any]:
        if self.is_list_answer(response):  # read by the shared reader of list answers, whatever the family
            yield from self.parse_script_list(response)
            return
        if not isinstance(response, TextResponse):
            return
        # A 部门年报 page (rows or cards linking units' own 年报 lists) is read as the hub family reads
        # it, whatever CMS built it: the family its signatures name would not follow those lists.
        framed = bool(response.meta.get("framed_in_nianbao"))
        hub = hubunits.unit_lists(response.selector, framed, response.url)
        name = "hub" if hub else detect_family(response.url, response.text)
        if name is None:
            yield from super().parse_list(response)
            return
        yield from self.navigate(response)
        delegate = self.family_spider(response, name)
        if self.crawler.stats:
            self.crawler.stats.inc_value(f"govcrawl/auto_family/{name}")
        self.coverage(response).families.add(name)
        for out in delegate.parse_list(response):
            if isinstance(out, Request) and out.callback == delegate.parse_list and name != "hub":
                # A later page of the list comes back here: a page that turns out to link units'
                # own 年报 lists (a 部门年报 table's page 2) is the hub's, whatever read page 1.
                out = out.replace(callback=self.parse_later_page, cb_kwargs={"family_name": name})
            yield out

    def follow_script_entry(self, response: Response, href: str, title: str,
                            unit: str | None) -> Request | None:
        """A unit's link in a script's answer of units is read as the hub family reads it (its own
        年报 list followed as that unit's list)."""
        return self.family_spider(response, "hub").follow_script_entry(response, href, title, unit)

    def parse_later_page(self, response: Response, family_name: str) -> Iterator[Any]:
        """A later page of a list a family read: the hub's if it links units' lists, else that family's."""
        if isinstance(response, TextResponse) and hubunits.unit_lists(
                response.selector, bool(response.meta.get("framed_in_nianbao")), response.url):
            family_name = "hub"
            self.coverage(response).families.add(family_name)
        yield from self.family_spider(response, family_name).parse_list(response)


FAMILIES = {"auto": AutoSpider, "generic": GenericSpider}
