"""What every portal spider shares: start from the registry's URLs, follow report links chosen
by title, read report pages, follow their attachments, and yield ``ReportItem``s.

A family base only implements ``parse_list`` (its list markup and pagination); a portal is a
registry entry (``govcrawl/sites/*.yaml``) or a subclass of a few lines.

One spider instance may crawl many portals of its family (``sites=[…]``): a province of a thousand
agencies is then a handful of crawlers, not a thousand (memory stays flat).  Every request carries
its portal in ``meta["site"]``; callbacks read it with ``self.site_of(response)`` and make follow-up
requests with ``self.request(response, url, callback)``, which passes it on.  Families written that
way set ``supports_many_sites = True``; others get one crawler per portal.

The spider's layers: ``core`` (portals, list entries, coverage, page budget), ``reports`` (report
pages and their agency), ``scripted`` (lists scripts request) and this module (start, navigation,
list pages and their pagers).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from govcrawl.bases.core import page_encoding, site_meta
from govcrawl.bases.scripted import ScriptListSteps
from govcrawl.crawl import (
    columnnav,
    detect,
    entries,
    homefeed,
    hubunits,
    loadmore,
    morepages,
    pagedlists,
    pagers,
    redirects,
    urls,
    yearlinks,
)
from govcrawl.crawl.classify import is_report_title
from govcrawl.crawl.entries import count_entries
from govcrawl.crawl.registry import Site

NAV_DEPTH = 3
# What an entry page's request says of it, carried over to the page it redirects to.
_ENTRY_META = ("start_url", "nav_depth", "new_list", "nav_kind", "list_owner", "framed_in_nianbao")


class PortalSpider(ScriptListSteps):
    """A portal's spider: its start URLs, the way from a home page to the 年报 lists, and each list
    page — its entries followed, its declared size counted, its other pages requested (the
    family's pager, else the shared recogniser's, with a warning)."""

    async def start(self) -> AsyncIterator[Any]:
        for site in self.sites:
            for url in site.start_urls:
                yield scrapy.Request(url, callback=self.parse_entry,
                                     meta={"site": site, "start_url": True, **site_meta(site)})

    def parse_entry(self, response: Response) -> Iterator[Any]:
        """A start page, or a page navigation led to: toward the 年报 lists when it lists no report
        itself (``navigate``), then read as a list.  A near-empty page that only redirects is left
        for its target, as a 3xx is (``follow_page_redirect``)."""
        if self.is_list_answer(response):
            yield from self.parse_script_list(response)
            return
        hop = self.follow_page_redirect(response)
        if hop is not None:
            yield hop
            return
        if isinstance(response, TextResponse):
            ways = list(self.navigate(response))
            # A way in (home page, 信息公开 area), not a list: its columns are not the 年报's.  A home
            # page whose boxes show reports is still read as it was (a box's "more" list followed).
            if ways and not response.meta.get("home_feed"):
                response.meta["way_in"] = True
            yield from ways
        yield from self.parse_list(response)

    def follow_page_redirect(self, response: Response) -> scrapy.Request | None:
        """The target of an entry page that only redirects (``redirects.page_redirect``: a meta refresh
        or script Scrapy's middleware does not follow), requested as a 3xx's would be: same callback,
        same meta, the page in ``redirect_urls`` (a home page stays a home page for ``navigates_from``);
        at most ``redirects.MAX_HOPS`` in a row."""
        if not isinstance(response, TextResponse):
            return None
        hops = int(response.meta.get("page_redirects", 0))
        target = redirects.page_redirect(response.selector) if hops < redirects.MAX_HOPS else None
        if target is None or response.urljoin(target).split("#")[0] == response.url.split("#")[0]:
            return None
        meta = {k: v for k, v in response.meta.items() if k in _ENTRY_META}
        meta.update(page_redirects=hops + 1,
                    redirect_urls=[*response.meta.get("redirect_urls", []), response.url])
        return self.request(response, target, self.parse_entry, meta=meta, priority=response.request.priority
                            if response.request is not None else 0)

    def navigates_from(self, response: TextResponse) -> bool:
        """Does this start page lead to the lists rather than being one?  A family's start URL is
        its 年报 list, unless it is the portal's home page (the URL a user has)."""
        return urls.is_home_path(urlsplit(self.first_url(response)).path)

    @staticmethod
    def first_url(response: Response) -> str:
        """The URL asked for, before redirects (a home page stays a home page)."""
        return str(response.meta.get("redirect_urls", [response.url])[0])

    def navigate(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """Links toward the 年报 lists — the 年报 column, the 信息公开 area (often on another host of
        the portal's domain, or a link a script writes) — from a page that lists no report itself, at
        most ``NAV_DEPTH`` links from the start page; a 年报 column reached so is read, not left."""
        depth = int(response.meta.get("nav_depth", 0))
        if depth >= NAV_DEPTH or response.meta.get("list_url") or response.meta.get("nav_kind") == "nb_column":
            return
        if depth == 0 and not self.navigates_from(response):
            return
        shown = sum(1 for _href, title in entries.list_entries(response.selector) if is_report_title(title))
        # A 信息公开 area page navigation reached that shows a few reports (a box of the newest titles)
        # is not the 年报 column it links: that column is still followed — only it, not the area's
        # other links.  A start page that shows reports may be the list itself and is left as it was —
        # unless it is the portal's home page (``homefeed``): its 通知公告 / 最新公开 boxes are not
        # the 年报 column, which is still sought, by its own link or through the 信息公开 area.
        if shown and depth == 0:
            if not homefeed.is_home_page(response.selector, self.first_url(response)):
                return
            response.meta["home_feed"] = True
            self.coverage(response).home_feeds.setdefault(response.url, shown)
        requests = []
        for link in detect.navigation_links(response.selector, response.url):
            if shown and depth and link.kind != "nb_column":
                continue
            # nb_column links first: they are the lists themselves.
            priority = 10 if link.kind == "nb_column" else 5
            requests.append(self.request(response, link.url, self.parse_entry, priority=priority,
                                         meta={"nav_depth": depth + 1, "new_list": True, "nav_kind": link.kind}))
        yield from self.paged(response, requests, "nav")

    def parse_list(self, response: Response) -> Iterator[Any]:
        """A list page: follow its report entries, then its other pages.  Families with HTML lists
        implement ``list_entries`` and ``next_pages``; others override this.

        The shared pager recogniser reads what the page declares (coverage accounting).  When the
        family's pager schedules nothing from a list's first page while the page shows a pager the
        recogniser can follow, the list is paged the generic way, with a warning.  Units' own 年报
        lists the page links (a 部门年报 hub's rows) that this path did not request are a shortfall."""
        if self.is_list_answer(response):
            yield from self.parse_script_list(response)
            return
        if not isinstance(response, TextResponse):
            return
        yield from self.harvest_list(response)
        self.account_unit_lists(response)

    def account_unit_lists(self, response: TextResponse) -> None:
        """Units' own 年报 lists the page links (``hubunits.unit_lists``) that were not requested for
        the portal: stated as lists not read (only the hub family follows them)."""
        coverage = self.coverage(response)
        for href, unit in hubunits.unit_lists(response.selector, bool(response.meta.get("framed_in_nianbao")),
                                                  response.url):
            url = urls.escaped(response.urljoin(href), page_encoding(response))
            if url not in coverage.requested and urlsplit(url).scheme in ("http", "https"):
                coverage.lists_unread.setdefault(
                    url, f"{unit}'s own 年报 list, linked from {response.url}; the {self.site_of(response).cms} "
                         f"path does not follow a 部门年报 page's list links (cms: hub or auto does)")

    def account_year_links(self, response: TextResponse, taken: set[str]) -> None:
        """Year links to documents on a 年报 page (``yearlinks.year_document_links``: "2024年度" to a
        page or a file, not to a year's list) that this page's reading did not take as reports (``taken``:
        their hrefs): entries the page shows, each a report of that year or not — stated, never dropped
        in silence (a heading that says something else, a list markup that left them out)."""
        untaken = self.coverage(response).entries_untaken
        for href, text in yearlinks.year_document_links(response.selector):
            if href.strip() not in taken:
                url = urls.escaped(response.urljoin(href), page_encoding(response))
                untaken.setdefault(url, f"a link that says only {text!r} on the 年报 page {response.url}, "
                                        f"read as no report")

    def harvest_list(self, response: TextResponse) -> Iterator[Any]:
        reports = 0
        hrefs = set()
        taken: set[str] = set()
        for href, title in self.entries_of(response):
            hrefs.add(href)
            request = self.follow_report(response, href, title)
            if request is not None:
                reports += 1
                taken.add(href.strip())
                yield request
        self.account_year_links(response, taken)
        pager = pagers.recognise(response.text, response.url, page_encoding(response))
        # A page of several lists, each with its own pager (tabs): each list paged and counted on its own.
        lists = pagedlists.paged_lists(response.selector, response.text, response.url)
        if lists:
            self.account_lists(response, lists)
        else:
            self.account_list_page(response, pager, count_entries(response.selector), hrefs)
        # Only a list's first page (a start URL, a list a family found) schedules other lists of its
        # column, and falls back to the generic pager; later pages of a family-paged list were scheduled.
        first = bool(response.meta.get("start_url") or response.meta.get("new_list"))
        if first and not response.meta.get("way_in"):
            yield from self.paged(response, self.column_lists(response, shows_reports=reports > 0), "column")
            yield from self.box_lists(response)
            yield from self.publisher_lists(response)
        # A "加载更多" control declares the records of a list that grows in place: counted always, so a
        # list whose other pages are not read falls short, and says so.
        more = loadmore.load_more(response.selector, response.url) if first else None
        if more is not None:
            self.coverage(response).declare(self.list_key(response), records=more.total)
        # A "加载更多" script that fetches the list's page files by a counter (``morepages``): its
        # files one by one, counted as this list's, until the declared count is harvested — on a list
        # that shows reports (or nothing at all: its rows are the script's), not on a way in.
        counter = None
        if first and not response.meta.get("way_in") and (reports or not count_entries(response.selector)):
            counter = morepages.counter_fetch(response.selector, response.url)
        if counter is not None:
            yield from self.paged(response, self.counter_pages(response, counter, 1, self.list_key(response)),
                                  "column")
        if first and (not reports or more is not None):  # rows a script requests (JSON, or HTML put into a div)
            # A control whose script fetches by a counter names no next batch itself: its data
            # attribute (``data-src="./data/nb_"``) is a piece of the counter's file names.
            named = more._replace(url=None) if more is not None and counter is not None else more
            yield from self.paged(response, self.script_list_requests(response, named), "column")
        if first and pager.pages is None:
            yield from self.count_script_requests(response, filler=reports > 0 and not pager.urls)
        if lists:  # each list's other pages, from a page that shows it at its first
            yield from self.paged(response, [self.request(response, url, self.parse_list) for one in lists
                                             if one.pager.current in (None, 1) for url in one.pager.urls], "family")
        family = list(self.next_pages(response))
        # A "加载更多" link names only the next page of its list (``pagers.more_link``): a chain each page
        # extends, from a later page of a list its family paged too (the first page scheduled only one).
        if not family and not first and "more" in pager.kinds and response.meta.get("paged_by") != "generic":
            family = self.next_link(response, pager)
        if family or not (first or response.meta.get("paged_by") == "generic"):
            yield from self.paged(response, family, "family")
            return
        generic = self.generic_pages(response, pager)
        if generic and self.has_family_pager and response.meta.get("paged_by") != "generic":
            self.warn_coverage(response, f"{self.site_of(response).cms} pager found no other page of {response.url}; "
                                         f"followed the page's own pager ({', '.join(pager.kinds)})")
        yield from self.paged(response, generic, "generic")

    def column_lists(self, response: TextResponse, shows_reports: bool) -> list[scrapy.Request]:
        """Other lists of this list's column (``detect.column_lists``: year tabs, 年报 sub-columns)."""
        # Frames are read as this page (``frame_lists``), not as another list of its column.
        frames = set(detect.frame_lists(response.selector, response.url))
        requests = [self.request(response, url, self.parse_list, meta={"new_list": True})
                    for url in detect.column_lists(response.selector, response.url, shows_reports)
                    if url not in frames]
        if not shows_reports:
            requests += self.frame_lists(response)
        else:  # a placeholder panel a script fills is the page's content, whatever else the page shows
            requests += self.frame_lists(response, panels_only=True)
        return requests + self.year_columns(response, {r.url for r in requests} | frames, shows_reports)

    def year_columns(self, response: TextResponse, scheduled: set[str], shows_reports: bool) -> list[scrapy.Request]:
        """The year columns a list page's year tabs lead to (``detect.year_columns``: "2024年度" → another
        column of the portal; from a page showing the newest year's reports, only its strip of year
        tabs' other years), read as lists of the portal, each paged by its own pager — one level (a
        year column's own year tabs are not followed again), at most ``MAX_YEAR_COLUMNS``; the rest,
        and a column that does not answer, are stated as lists not read."""
        if response.meta.get("year_column_of"):
            return []
        coverage = self.coverage(response)
        found = [url for url in detect.year_columns(response.selector, response.url, shows_reports)
                 if url not in scheduled and urls.escaped(url, page_encoding(response)) not in coverage.requested]
        for url in found[detect.MAX_YEAR_COLUMNS:]:
            coverage.lists_unread.setdefault(url, f"a year column linked from {response.url}, past the "
                                                  f"{detect.MAX_YEAR_COLUMNS} read from one page")
        meta = self.linked_list_meta(response, year_column_of=response.url,
                                     linked_as=f"a year column linked from {response.url}")
        return [self.request(response, url, self.parse_list, meta=dict(meta), errback=self.unanswered_list)
                for url in found[:detect.MAX_YEAR_COLUMNS]]

    def box_lists(self, response: TextResponse) -> Iterator[Any]:
        """The fuller lists behind a list page's boxes' "more" links (``detect.box_lists``: a 年报 column
        home whose boxes show their newest few entries), each read as a list of the portal — one
        level (a box list's own boxes are not followed), at most ``detect.MAX_BOX_LISTS``.  A box list
        not requested (over that cap, or refused by the page budget) is stated: the box showed only
        part of it; one that does not answer is stated by ``unanswered_list``."""
        if not response.meta.get("box_of"):
            meta = self.linked_list_meta(response, box_of=response.url)
            lists = [(url, f"the fuller list of the box {heading!r} on {response.url} (the box shows only its "
                           f"newest entries)", {**meta, "box_heading": heading})
                     for url, heading in detect.box_lists(response.selector, response.url)]
            yield from self.follow_lists(response, lists, detect.MAX_BOX_LISTS,
                                         "box lists a page's boxes are followed to")
        # A box of reports whose "more" was not taken (a box list's own box, or a box whose heading
        # was not made out): the box shows fewer reports than its list holds — stated, never silent.
        coverage = self.coverage(response)
        growing: list[tuple[str, str, dict[str, Any]]] = []
        for url in detect.reports_box_mores(response.selector, response.url):
            url = urls.escaped(url, page_encoding(response))
            if url in coverage.requested:
                continue
            if response.meta.get("box_of") and _more_of_itself(url, response.url):
                # The box's list asking for more of itself ("查看更多" → ``?take=12`` after ``?take=8``: a
                # list that grows in place, Umbraco's): the next link of a chain, read as the list was.
                growing.append((url, f"more of the list {response.url} (its \"more\" link)",
                                self.linked_list_meta(response, box_of=response.meta["box_of"])))
            else:
                coverage.lists_unread.setdefault(url, f"the fuller list behind a box of reports' \"more\" link on "
                                                      f"{response.url}, not followed")
        yield from self.follow_lists(response, growing, 1, "links to more of a list")

    def publisher_lists(self, response: TextResponse) -> Iterator[Any]:
        """Other publishers' 年报 lists this list page's column navigation links (``columnnav``: a left
        tree's 部门年报 / 乡镇年报 beside the county's own list), each read as a list of the portal —
        one level (such a list's own navigation is not followed again), at most
        ``columnnav.MAX_NAV_LISTS``.  One not requested (over that cap, or refused by the page budget)
        is stated as a list not read; one that does not answer is stated by ``unanswered_list``."""
        if response.meta.get("nav_list_of"):
            return
        meta = self.linked_list_meta(response, nav_list_of=response.url)
        lists = [(url, f"the 年报 list {name!r} linked by the column navigation of {response.url}", meta)
                 for url, name in columnnav.publisher_lists(response.selector, response.url)
                 if self.reads_nav_list(response, url)]
        yield from self.follow_lists(response, lists, columnnav.MAX_NAV_LISTS,
                                     "lists a page's navigation is followed to")

    def reads_nav_list(self, response: TextResponse, url: str) -> bool:
        """Is a list the column navigation links this portal's to read (``publisher_lists``)?  Every one
        of its government domain's, here; the hub family narrows it."""
        return True

    def follow_lists(self, response: TextResponse, lists: list[tuple[str, str, dict[str, Any]]], cap: int,
                     capped: str) -> Iterator[Any]:
        """The first ``cap`` of the lists a page links — (url, what it is to the page, its meta) — read as
        lists of the portal through the page budget; the others (over ``cap``: "over the {cap}
        {capped}", or refused by the budget) stated as lists not read, one that does not answer by
        ``unanswered_list``."""
        requests = [self.request(response, url, self.parse_list, errback=self.unanswered_list,
                                 meta={**meta, "linked_as": linked_as})
                    for url, linked_as, meta in lists[:cap]]
        yield from self.paged(response, requests, "column")
        coverage = self.coverage(response)
        for n, (url, linked_as, _meta) in enumerate(lists):
            url = urls.escaped(response.urljoin(url), page_encoding(response))
            if url in coverage.requested:
                continue
            why = f"over the {cap} {capped}" if n >= cap else "refused by the page budget"
            coverage.lists_unread.setdefault(url, f"{linked_as}: {why}")

    @staticmethod
    def linked_list_meta(response: Response, **extra: Any) -> dict[str, Any]:
        """The meta of a list this page links (a year column, a box's fuller list, a frame's document),
        read as a list of the portal: a list's first page, the page's owner carried over."""
        meta: dict[str, Any] = {"new_list": True, **extra}
        if response.meta.get("list_owner"):
            meta["list_owner"] = response.meta["list_owner"]
        return meta

    def unanswered_list(self, failure: Failure) -> None:
        """A list the portal links that does not answer (404, 5xx, timeout): its entries are not found
        — stated as a list not read, with what linked it (its request's ``linked_as``)."""
        self.state_unanswered(failure, None)

    def state_unanswered(self, failure: Failure, linked_as: str | None) -> None:
        request = getattr(failure, "request", None)
        if request is None:
            return
        self.logger.warning("list %s did not answer: %s", request.url, failure.getErrorMessage())
        site = request.meta.get("site")
        coverage = self.coverage_of(site if isinstance(site, Site) else self.sites[0])
        linked_as = linked_as or request.meta.get("linked_as") or "a list the portal links"
        coverage.lists_unread.setdefault(request.url, f"{linked_as}; it did not answer: {failure.getErrorMessage()}")

    def frame_lists(self, response: TextResponse, panels_only: bool = False) -> list[scrapy.Request]:
        """The documents of the page's frames on the portal's own domain (``detect.frame_lists``),
        read as this page's list: the same owner, a list's first page (its pager, its column), links
        resolved against the frame document's own URL.  One level: a frame's frames are not read."""
        if response.meta.get("frame_of"):
            return []
        meta = self.linked_list_meta(response, frame_of=response.url,
                                     framed_in_nianbao=hubunits.speaks_of_nianbao(response.selector))
        return [self.request(response, url, self.parse_list, meta=dict(meta))
                for url in (detect.panel_lists if panels_only else detect.frame_lists)(response.selector, response.url)]

    def next_pages(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """Requests for the list's other pages (scheduled from its first page)."""
        return iter(())

    def generic_pages(self, response: TextResponse, pager: pagers.Pager) -> list[scrapy.Request]:
        """The other pages the shared recogniser found: linked or declared URLs, or form POSTs.  The
        page's next link (下一页, ``rel="next"``) is a chain each page extends: its hops are counted, and
        a chain longer than ``pagers.MAX_DECLARED_PAGES`` is cut and stated, as a script list's is."""
        requests = []
        for url in pager.urls:
            if url == pager.next_url:
                requests += self.next_link(response, pager)
            else:
                requests.append(self.request(response, url, self.parse_list))
        if pager.form is not None:
            requests += self.form_requests(response, pager.form, pagers.form_pages(pager))
        return requests

    def next_link(self, response: TextResponse, pager: pagers.Pager) -> list[scrapy.Request]:
        """The page's next link (下一页, ``rel="next"``, a "加载更多" link), a hop of the chain each page
        extends: counted, and a chain longer than ``pagers.MAX_DECLARED_PAGES`` cut and stated."""
        if pager.next_url is None:
            return []
        hop = int(response.meta.get("next_hop", 0)) + 1
        if hop > pagers.MAX_DECLARED_PAGES:
            self.coverage(response).lists_unread.setdefault(
                self.list_key(response), f"its pages name a next page {hop} times; {pager.next_url} and after were "
                                         f"not requested")
            return []
        return [self.request(response, pager.next_url, self.parse_list, meta={"next_hop": hop})]

    def form_requests(self, response: TextResponse, form: pagers.FormPaging,
                      numbers: list[int]) -> list[scrapy.Request]:
        """The list's pages ``numbers`` asked by submitting its pager form as a browser does, in the
        page's encoding: POSTed (the same URL for each page, told apart by ``form_page``), or, a GET
        form, its action with every field of the form as the query and the page field set."""
        requests: list[scrapy.Request] = []
        for number in numbers:
            fields = {**form.fields, form.page_field: str(number)}
            if form.method == "get":
                url = urls.submitted_url(form.action, fields, page_encoding(response))
                requests.append(self.request(response, url, self.parse_list, headers={"Referer": response.url}))
                continue
            encoding = urls.form_encoding(page_encoding(response), fields.values())
            requests.append(scrapy.FormRequest(form.action, formdata=fields, callback=self.parse_list,
                                               encoding=encoding,
                                               meta={"site": self.site_of(response), "form_page": number,
                                                     **site_meta(self.site_of(response))},
                                               headers={"Referer": response.url}, dont_filter=True))
        return requests


def _more_of_itself(url: str, here: str) -> bool:
    """Is ``url`` the page ``here`` with another query (the same list asked for more of its rows)?"""
    there, own = urlsplit(url), urlsplit(here)
    return (there.scheme, there.netloc.lower(), there.path) == (own.scheme, own.netloc.lower(), own.path) \
        and there.query != own.query
