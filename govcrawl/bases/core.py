"""The core every portal spider stands on: its portals (one crawler may crawl many portals of its
family), the requests that carry a portal on, the entries of a list page, and the accounting of
list pages — what each list declares against what was harvested, and the portal's page budget.

Layers, each a module small enough to read at once: ``core`` (this), ``reports`` (report pages,
attachments, the publishing agency), ``scripted`` (lists a page's scripts request, a pager's count
in a script file), ``base`` (start, navigation, list pages and their pagers).  Scrapy callbacks
must be methods of the spider (a persisted request names its callback by name), hence one class
hierarchy rather than helper objects.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar, Self

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from govcrawl.crawl import entries, pagedlists, pagers, urls
from govcrawl.crawl.classify import is_report_title, is_undated_report_title
from govcrawl.crawl.coverage import PortalCoverage
from govcrawl.crawl.registry import Site
from govcrawl.crawl.state import CrawlState, existing_state


def site_meta(site: Site) -> dict[str, Any]:
    """Request meta a registry entry's options ask for: ``download_timeout`` (seconds; a slow
    portal's own timeout, instead of the crawl's ``DOWNLOAD_TIMEOUT``) and ``download_maxsize``
    (bytes; instead of ``DOWNLOAD_MAXSIZE``)."""
    meta: dict[str, Any] = {}
    timeout = site.options.get("download_timeout")
    if timeout:
        meta["download_timeout"] = float(timeout)
    maxsize = site.options.get("download_maxsize")
    if maxsize:
        meta["download_maxsize"] = int(maxsize)
    return meta




def page_encoding(response: Response) -> str:
    """The encoding the queries of a response's links are sent in (``urls.query_encoding``)."""
    return urls.query_encoding(response.encoding if isinstance(response, TextResponse) else None)


def _names_report(title: str) -> bool:
    return is_report_title(title) or is_undated_report_title(title)


class PortalCore(scrapy.Spider):
    site: ClassVar[Site]
    supports_many_sites: ClassVar[bool] = False
    # A family's own pager (``next_pages``); a page it finds no other page of falls back to the
    # shared recogniser with a warning.  The generic path has no other pager: no news there.
    has_family_pager: ClassVar[bool] = True

    def __init__(self, *args: Any, sites: list[Site] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if sites:
            self.sites = list(sites)
        elif getattr(self, "site", None):
            self.sites = [self.site]
        else:
            raise ValueError(f"{type(self).__name__} has no registry entry (site)")
        self.allowed_domains = sorted({d for s in self.sites for d in s.allowed_domains})
        self.start_urls = [u for s in self.sites for u in s.start_urls]

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider: Self = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.page_unread, signal=signals.spider_error)
        return spider

    def page_unread(self, failure: Failure, response: Response, spider: scrapy.Spider) -> None:
        """A page whose reading raised (an answer no reader expected, a bug): its list is stated as
        not read — in the summary and the exit code — rather than lost with a line in the log."""
        if spider is not self:
            return
        error = failure.value
        message = str(error).splitlines()[0][:160] if str(error) else ""
        why = f"reading it failed ({type(error).__name__}{': ' + message if message else ''})"
        self.coverage(response).lists_unread.setdefault(self.list_key(response), why)

    def parse_list(self, response: Response) -> Iterator[Any]:
        """A list page: its entries followed, its other pages requested (``base.PortalSpider``; the
        layers below it request list pages too, a count script's pages)."""
        raise NotImplementedError

    def site_of(self, response: Response) -> Site:
        site = response.meta.get("site")
        return site if isinstance(site, Site) else self.sites[0]

    def request(self, response: Response, url: str, callback: Any, **kwargs: Any) -> scrapy.Request:
        """A follow-up request (URL relative to the response) that keeps the portal in its meta; a
        query the page writes raw is sent in the page's encoding, as a browser sends it (``urls``)."""
        meta = dict(kwargs.pop("meta", {}) or {})
        meta["site"] = self.site_of(response)
        meta = {**site_meta(meta["site"]), **meta}
        return scrapy.Request(urls.escaped(response.urljoin(url), page_encoding(response)), callback=callback,
                              meta=meta, **kwargs)

    def list_entries(self, response: TextResponse) -> Iterator[tuple[str, str]]:
        """(href, title) of every entry of a list page: by default every link of the page, read by the
        shared recogniser (``follow_report`` keeps the reports); families with a known list markup
        narrow it."""
        return entries.list_entries(response.selector)

    def entries_of(self, response: TextResponse) -> Iterator[tuple[str, str]]:
        """The family's list entries, then the entries a script writes from an array of objects
        (a list rendered client-side, whatever the family, portals.md §4.4)."""
        seen: set[str] = set()
        family = list(self.list_entries(response))
        for href, title in family:
            seen.add(href.strip())
            yield href, title
        for href, title in self.entries_beside_family_markup(response, family):
            seen.add(href)
            yield href, title
        for href, title in entries.script_entries(response.selector):
            if href not in seen:
                seen.add(href)
                yield href, title
        for href, title in entries.option_entries(response.selector):  # options of a 区县年报 box
            if href not in seen:
                yield href, title

    def entries_beside_family_markup(self, response: TextResponse,
                                     family: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Report links the shared recogniser finds on a page where the family's list markup found
        none (a site of the family that lists in cards, a timeline, ``<p>`` rows or ``<h3>`` blocks):
        the family's markup is a narrowing, not the definition of a list entry."""
        if type(self).list_entries is PortalCore.list_entries or any(_names_report(t) for _h, t in family):
            return []
        known = {href.strip() for href, _title in family}
        found = [(href, title) for href, title in entries.list_entries(response.selector)
                 if _names_report(title) and href not in known]
        if found and self.crawler.stats:
            self.crawler.stats.inc_value("govcrawl/entries_beside_family_markup", len(found))
        if found:
            self.logger.info("%s: %d report link(s) outside the %s list markup", response.url, len(found),
                             self.site_of(response).cms)
        return found

    # -- pages, budget and coverage ----------------------------------------------------------
    def coverage(self, response: Response) -> PortalCoverage:
        return self.coverage_of(self.site_of(response))

    def coverage_of(self, site: Site) -> PortalCoverage:
        budget = site.options.get("page_budget") or self.settings.getint("GOVCRAWL_PAGE_BUDGET", 0) or None
        # The crawl's state when there is one (the runner installs it, the pipelines make it for
        # ``scrapy crawl``); else a spider-local tally — counting never opens a store.
        state = existing_state(self.crawler)
        if state is None:
            state = self.__dict__.setdefault("_local_state", CrawlState(writer=None, run_id=None))
        return state.portal_coverage(site.id, int(budget) if budget else None)

    @staticmethod
    def list_key(response: Response) -> str:
        """The list a list page belongs to: its first page's URL."""
        return str(response.meta.get("list_url") or response.url)

    def account_list_page(self, response: Response, pager: pagers.Pager | None, entries: int,
                          hrefs: set[str] | None = None) -> bool:
        """Count a list page (``hrefs``: its entries, when the caller has read them; else read here);
        False when it answered the entries of a page of its list already counted."""
        coverage = self.coverage(response)
        key = self.list_key(response)
        if pager is not None:
            coverage.declare(key, records=pager.records, pages=pager.pages)
            if pager.capped:
                coverage.budget_refused += pager.capped
        if hrefs is None and isinstance(response, TextResponse) and entries:
            hrefs = {href for href, _title in self.entries_of(response)}
        links = frozenset(hrefs) if hrefs and entries else None
        if not coverage.harvested(key, entries=entries, links=links):
            self.warn_coverage(response, f"{response.url} answered the entries of a page of its list already "
                                         f"read (page {response.meta.get('form_page', '?')} not counted)")
            return False
        return True

    def account_lists(self, response: Response, lists: list[pagedlists.PagedList]) -> None:
        """Count a page of several lists each with its own pager (``pagedlists``): each list on its
        own, keyed by its first page; a list the page shows at a page already counted (read through
        another list's file, the other tab at its first page) adds nothing, and is no news."""
        coverage = self.coverage(response)
        for one in lists:
            coverage.declare(one.key, records=one.pager.records, pages=one.pager.pages)
            coverage.budget_refused += one.pager.capped
            coverage.harvested(one.key, entries=one.entries, links=one.links or None)

    def warn_coverage(self, response: Response, message: str) -> None:
        self.logger.warning(message)
        self.coverage(response).warnings.append(message)
        if self.crawler.stats:
            self.crawler.stats.inc_value("govcrawl/pager_fallbacks")

    def paged(self, response: Response, requests: list[Any], by: str) -> Iterator[Any]:
        """Other pages of this response's list, through the portal's page budget (every page is
        requested once; refused pages are counted and logged)."""
        coverage = self.coverage(response)
        key = self.list_key(response)
        for request in requests:
            if not isinstance(request, scrapy.Request):
                yield request
                continue
            ident = request.url + ("#" + str(request.meta["form_page"]) if "form_page" in request.meta else "")
            # One proxy URL posted for several lists (a column per year, each its own ``columnid`` in the
            # form): the form is part of what is asked.
            if request.method != "GET" and request.body and "form_page" not in request.meta:
                ident += "#" + request.body.decode("latin-1")
            # A later page's link back to the list's first page by another name (``&page=1``) is that
            # page (from the first page itself ``page=1`` may be page 2 of a 0-based list).
            if (ident in coverage.requested or ident == response.url
                    or (response.url != key and pagers.first_page_alias(ident, key))):
                continue
            if not coverage.take_page():
                if coverage.budget_refused == 1:
                    self.logger.warning("%s: page budget of %d list pages reached; the rest of its lists is not "
                                        "requested", coverage.site_id, coverage.budget)
                if self.crawler.stats:
                    self.crawler.stats.inc_value("govcrawl/page_budget_refused")
                continue
            coverage.requested.add(ident)
            if not request.meta.get("new_list"):
                request.meta.setdefault("list_url", key)
            request.meta.setdefault("paged_by", by)
            yield request
