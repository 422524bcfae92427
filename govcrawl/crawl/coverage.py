"""Coverage accounting and the per-portal page budget (issue 12 item 3, issue 14 item 2).

Per list (keyed by its first page's URL): the total it declares — records (``totalRecord``,
``共 N 条``, the JSON ``total``) or pages (``countPage``, ``共 N 页``, ``1/3``, the last page
number) — against the entries and pages harvested; units' own 年报 lists a page links (a 部门年报
hub's rows) that were not read — the path that read the page does not follow them, or they did not
answer; entries a 年报 page shows that the crawl neither took nor judged (a link that says only its
year, to a document: ``yearlinks``).  Per portal: the years its lists show (report
titles, per agency) against the years of the reports stored, and the list pages its page budget refused.

A portal *falls short* when a list harvested fewer entries or pages than it declared, when a list
a page links was not read, when a 年报 page's year link to a document was not taken, when its page
budget cut it short, when no list of it showed a report at all (silence is the worst answer), when
two different documents of one crawl were stored as one (agency, year) report (one of them is no
longer its current version), or when a report's document came cut short (stored flagged
``truncated``, not as read), or when its reports all came from a home page's boxes, no 年报 column
found beyond them (``homefeed``); the crawl then exits ``ExitCode.COVERAGE_SHORTFALL``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# List pages (and list API calls) one portal may request in one crawl: far above any real 年报
# column, far below a declared ``createPageHTML(10000000, …)``.
DEFAULT_PAGE_BUDGET = 500
MAX_AGENCY_LINES = 12  # per portal in the summary (the stored coverage has them all)


@dataclass
class ListCoverage:
    url: str
    declared_records: int | None = None
    declared_pages: int | None = None
    pages_fetched: int = 0
    entries: int = 0
    # The entry sets of its pages seen so far: a page that answers with entries already counted (a
    # form post the server answered with page 1 again) adds nothing.
    page_entries: set[frozenset[str]] = field(default_factory=set)

    @property
    def met(self) -> bool:
        """Has the list harvested what it declares (a list that declares nothing never has)?"""
        declared = self.declared_records is not None or self.declared_pages is not None
        return declared and self.shortfall() is None

    def shortfall(self) -> str | None:
        if self.declared_records is not None and self.entries < self.declared_records:
            return f"{self.entries} of {self.declared_records} declared entries"
        if self.declared_pages is not None and self.pages_fetched < self.declared_pages:
            return f"{self.pages_fetched} of {self.declared_pages} declared pages"
        return None


@dataclass
class PortalCoverage:
    site_id: str
    lists: dict[str, ListCoverage] = field(default_factory=dict)
    budget: int = DEFAULT_PAGE_BUDGET
    list_requests: int = 0
    budget_refused: int = 0
    years_listed: dict[str, set[int]] = field(default_factory=dict)  # agency name → years its lists show
    years_found: dict[str, set[int]] = field(default_factory=dict)   # agency name → years stored
    warnings: list[str] = field(default_factory=list)
    requested: set[str] = field(default_factory=set)  # list pages requested (each once)
    families: set[str] = field(default_factory=set)   # families ``cms: auto`` detected
    pages_read: int = 0  # answers of the portal's hosts this run (pages, lists, APIs; replays too)
    # a list not (fully) read → why: a unit's list a hub links, a list whose page count is in a script
    # that did not answer
    lists_unread: dict[str, str] = field(default_factory=dict)
    # an entry a page shows that the crawl neither took nor could judge → why: a link that says only
    # its year on a 年报 page, to a document, that no rule read as a report (``yearlinks``)
    entries_untaken: dict[str, str] = field(default_factory=dict)
    # (agency, year)s for which this run stored two different documents ("agency year: url and url")
    conflicts: list[str] = field(default_factory=list)
    # reports whose document came cut short (a PDF with no end, flag ``truncated``): stored flagged,
    # never as read — "agency year: url: what was stored"
    incomplete: list[str] = field(default_factory=list)
    # home pages whose boxes showed reports → how many (``homefeed``); and whether a report was taken
    # from a page other than a start page or a way in (the 年报 column found beyond the home page)
    home_feeds: dict[str, int] = field(default_factory=dict)
    reports_beyond_start: bool = False

    def list_of(self, url: str) -> ListCoverage:
        found = self.lists.get(url)
        if found is None:
            found = self.lists[url] = ListCoverage(url)
        return found

    def declare(self, url: str, *, records: int | None = None, pages: int | None = None) -> None:
        entry = self.list_of(url)
        if records is not None:
            entry.declared_records = max(records, entry.declared_records or 0)
        if pages is not None:
            entry.declared_pages = max(pages, entry.declared_pages or 0)

    def harvested(self, url: str, *, entries: int, page: bool = True, links: frozenset[str] | None = None) -> bool:
        """Count a page of a list (``links``: its entries' URLs, when known); False when the list
        already had a page of these very entries (nothing counted)."""
        entry = self.list_of(url)
        if links:
            if links in entry.page_entries:
                return False
            entry.page_entries.add(links)
        entry.entries += entries
        entry.pages_fetched += 1 if page else 0
        return True

    def take_page(self) -> bool:
        """One more list request, if the budget allows (False: refused and counted)."""
        if self.list_requests >= self.budget:
            self.budget_refused += 1
            return False
        self.list_requests += 1
        return True

    def short_lists(self) -> list[tuple[str, str]]:
        return [(u, why) for u, entry in self.lists.items() if (why := entry.shortfall())]

    @property
    def found_nothing(self) -> bool:
        """Its pages were read this run, yet no list of the portal showed a report and no report was
        found: its 年报 list was not recognised (or the portal holds none — every agency must
        publish, so a person looks).  A portal none of whose pages were read (blocked, unreachable,
        backing off after a WAF challenge) is not judged here."""
        return bool(self.pages_read or self.lists) and not self.years_listed and not self.years_found

    @property
    def home_feed_only(self) -> bool:
        """Its reports were all taken from a home page's boxes: no 年报 column was found beyond it."""
        return bool(self.home_feeds) and not self.reports_beyond_start

    @property
    def falls_short(self) -> bool:
        return bool(self.budget_refused or self.short_lists() or self.found_nothing or self.lists_unread
                    or self.entries_untaken or self.conflicts or self.incomplete or self.home_feed_only)

    def as_dict(self) -> dict[str, Any]:
        return {
            "site": self.site_id,
            "lists": [{"url": e.url, "declared_records": e.declared_records, "declared_pages": e.declared_pages,
                       "pages_fetched": e.pages_fetched, "entries": e.entries, "shortfall": e.shortfall()}
                      for e in self.lists.values()],
            "page_budget": self.budget, "list_requests": self.list_requests, "budget_refused": self.budget_refused,
            "years_listed": {a: sorted(y) for a, y in self.years_listed.items()},
            "years_found": {a: sorted(y) for a, y in self.years_found.items()},
            "found_nothing": self.found_nothing, "pages_read": self.pages_read,
            "lists_unread": dict(self.lists_unread), "entries_untaken": dict(self.entries_untaken),
            "warnings": list(self.warnings), "falls_short": self.falls_short,
            "families_detected": sorted(self.families), "conflicts": list(self.conflicts),
            "incomplete": list(self.incomplete), "home_feeds": dict(self.home_feeds),
            "home_feed_only": self.home_feed_only,
        }


def coverage_lines(coverage: dict[str, PortalCoverage]) -> list[str]:
    """The summary's coverage block: every portal that fell short or whose years do not match."""
    lines: list[str] = []
    declared = sum(1 for c in coverage.values() for e in c.lists.values()
                   if e.declared_records is not None or e.declared_pages is not None)
    short = [c for c in coverage.values() if c.falls_short]
    found_anywhere: dict[str, set[int]] = {}
    for portal in coverage.values():
        for agency, years in portal.years_found.items():
            found_anywhere.setdefault(agency, set()).update(years)
    lines.append(f"coverage: {len(coverage)} portals, {declared} lists with a declared size, "
                 f"{len(short)} portal(s) short")
    for portal in sorted(coverage.values(), key=lambda c: c.site_id):
        for url, why in portal.short_lists():
            lines.append(f"  SHORT {portal.site_id}: list {url}: harvested {why}")
        for url, why in sorted(portal.lists_unread.items())[:MAX_AGENCY_LINES]:
            lines.append(f"  SHORT {portal.site_id}: list {url} not read: {why}")
        if len(portal.lists_unread) > MAX_AGENCY_LINES:
            more = len(portal.lists_unread) - MAX_AGENCY_LINES
            lines.append(f"  SHORT {portal.site_id}: … and {more} more lists not read")
        for url, why in sorted(portal.entries_untaken.items())[:MAX_AGENCY_LINES]:
            lines.append(f"  SHORT {portal.site_id}: entry {url} not taken (missing): {why}")
        if len(portal.entries_untaken) > MAX_AGENCY_LINES:
            more = len(portal.entries_untaken) - MAX_AGENCY_LINES
            lines.append(f"  SHORT {portal.site_id}: … and {more} more entries not taken")
        if portal.found_nothing:
            lines.append(f"  SHORT {portal.site_id}: no report found: no list on its pages showed a report "
                         f"({portal.pages_read} page(s) read, {len(portal.lists)} list(s) recognised)")
        if portal.home_feed_only:
            for url, shown in sorted(portal.home_feeds.items()):
                lines.append(f"  SHORT {portal.site_id}: no 年报 column found from the home page {url}: only the "
                             f"{shown} report(s) its boxes show were taken (the column may hold more)")
        for conflict in portal.conflicts:
            lines.append(f"  SHORT {portal.site_id}: two different documents of one report, no version note "
                         f"between them: {conflict}")
        for cut in portal.incomplete[:MAX_AGENCY_LINES]:
            lines.append(f"  SHORT {portal.site_id}: a report's document is incomplete (cut short): {cut}")
        if len(portal.incomplete) > MAX_AGENCY_LINES:
            lines.append(f"  SHORT {portal.site_id}: … and {len(portal.incomplete) - MAX_AGENCY_LINES} more "
                         f"incomplete documents")
        if portal.budget_refused:
            lines.append(f"  SHORT {portal.site_id}: page budget of {portal.budget} list pages reached; "
                         f"{portal.budget_refused} more refused")
        # A hub's report is stored under the portal that owns it: found is looked up crawl-wide.
        gaps = [(agency, listed, found) for agency, listed in sorted(portal.years_listed.items())
                if listed - (found := _found_under(agency, found_anywhere))]
        for agency, listed, found in gaps[:MAX_AGENCY_LINES]:
            lines.append(f"  {portal.site_id}: {agency}: years listed {_years(listed)}, found {_years(found)} "
                         f"(missing {_years(listed - found)})")
        if len(gaps) > MAX_AGENCY_LINES:
            lines.append(f"  {portal.site_id}: … and {len(gaps) - MAX_AGENCY_LINES} more agencies with missing years")
        for warning in portal.warnings:
            lines.append(f"  {portal.site_id}: {warning}")
    return lines


def _found_under(agency: str, found_anywhere: dict[str, set[int]]) -> set[int]:
    """The years found for an agency, also under its written-out name (a list that named it short,
    澧阳市人社局, and a report that writes it out, 澧阳市人力资源和社会保障局)."""
    from govcrawl.report.metadata import full_name

    years = set(found_anywhere.get(agency, set()))
    for other, found in found_anywhere.items():
        if other != agency and full_name(agency, other) == other:
            years |= found
    return years


def _years(years: set[int]) -> str:
    return ",".join(str(y) for y in sorted(years)) or "none"
