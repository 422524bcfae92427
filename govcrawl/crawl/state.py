"""State one crawl process shares across its spiders: the store, the crawl run, the tallies.

A province crawl runs every portal's spider in one process (one Twisted reactor); they all write
through one ``Store`` (SQLite: one writer connection) and count into one ``CrawlState``.  The
runner installs it; ``scrapy crawl SITE`` gets one lazily from the settings.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from govcrawl.crawl.coverage import DEFAULT_PAGE_BUDGET, PortalCoverage
from govcrawl.crawl.writer import StoreWriter, log_failure
from govcrawl.store import Store
from govcrawl.store.rawstore import sha256_hex

if TYPE_CHECKING:  # the middleware module imports this one
    from govcrawl.crawl.urlstate import UrlMemory

log = logging.getLogger(__name__)


@dataclass
class CrawlState:
    writer: StoreWriter | None
    run_id: int | None
    saved: Counter[str] = field(default_factory=Counter)                 # new/changed/unchanged/…
    per_report: dict[tuple[str, int | None], str] = field(default_factory=dict)  # (agency, year) → kind
    failed_checks: Counter[str] = field(default_factory=Counter)
    flags: Counter[str] = field(default_factory=Counter)
    blocked: dict[str, str] = field(default_factory=dict)                # portal (site id) → "kind at host"
    hosts_answered: set[str] = field(default_factory=set)                # hosts that gave any HTTP answer
    hosts_failed: set[str] = field(default_factory=set)                  # hosts a request failed on (no answer)
    failures: Counter[str] = field(default_factory=Counter)
    portals_done: set[str] = field(default_factory=set)
    portals_total: int = 0
    agencies: dict[str, str] = field(default_factory=dict)               # agency id → name
    errors: list[str] = field(default_factory=list)
    stopped: str | None = None  # why the crawl ended early (Ctrl-C: "shutdown"), None when it finished
    urls: UrlMemory | None = None  # the crawl's URL memory, None without a store
    coverage: dict[str, PortalCoverage] = field(default_factory=dict)  # site id → its lists' coverage
    page_budget: int = DEFAULT_PAGE_BUDGET

    def portal_coverage(self, site_id: str, budget: int | None = None) -> PortalCoverage:
        found = self.coverage.get(site_id)
        if found is None:
            found = self.coverage[site_id] = PortalCoverage(site_id, budget=budget or self.page_budget)
        return found

    @property
    def short_portals(self) -> list[str]:
        return sorted(site for site, c in self.coverage.items() if c.falls_short)

    def log_fetch(self, request: Request, response: Response | None, *, error: str | None = None) -> None:
        if self.writer is None:
            return
        headers: Any = response.headers if response is not None else {}

        def header(name: bytes) -> str | None:
            value = headers.get(name) if response is not None else None
            return value.decode("latin-1") if value else None

        body = response.body if response is not None else None
        done = self.writer.submit(
            Store.log_fetch,
            request.url,
            http_status=response.status if response is not None else None,
            etag=header(b"ETag"),
            last_modified=header(b"Last-Modified"),
            # The hash, not the body: a queued call must not keep bodies alive.
            body_sha256=sha256_hex(body) if body is not None else None,
            size=len(body) if body is not None else None,
            media_type=header(b"Content-Type"),
            error=error,
            crawl_run_id=self.run_id,
        )
        done.add_done_callback(log_failure(f"fetch log for {request.url}", self.errors))


_STATES: dict[int, CrawlState] = {}
_DEFAULT: list[CrawlState] = []


def install_state(state: CrawlState) -> None:
    """Make ``state`` the one every crawler of this process uses."""
    _DEFAULT[:] = [state]


def existing_state(crawler: Crawler) -> CrawlState | None:
    """The crawl state if one exists already (never opens a store: callers that only count)."""
    return _DEFAULT[0] if _DEFAULT else _STATES.get(id(crawler))


def shared_state(crawler: Crawler) -> CrawlState:
    if _DEFAULT:
        return _DEFAULT[0]
    key = id(crawler)
    if key not in _STATES:
        url = crawler.settings.get("GOVCRAWL_DB_URL")
        writer = None if crawler.settings.getbool("GOVCRAWL_NO_STORE") else StoreWriter(url)
        run_id = writer.call(Store.start_run, f"scrapy crawl {crawler.spidercls.name}") if writer else None
        _STATES[key] = CrawlState(writer=writer, run_id=run_id, portals_total=1)
        if writer is not None:
            # Imported here: the middleware module imports this one.
            from govcrawl.crawl.urlstate import UrlMemory

            _STATES[key].urls = UrlMemory.load(writer, None, fresh=crawler.settings.getbool("GOVCRAWL_FRESH"),
                                               now=parse_now(crawler.settings.get("GOVCRAWL_NOW")))

        def finish(spider: Any, reason: str) -> None:
            if writer is not None and run_id is not None:
                writer.call(Store.finish_run, run_id, status="finished" if reason == "finished" else "failed",
                            error=None if reason == "finished" else reason)
                writer.close()

        crawler.signals.connect(finish, signal=signals.spider_closed, weak=False)
    return _STATES[key]


def parse_now(value: Any) -> datetime | None:
    """``GOVCRAWL_NOW``: an ISO time (naive means UTC), or None for the real clock."""
    if value in (None, ""):
        return None
    when = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return when if when.tzinfo else when.replace(tzinfo=UTC)


_KIND_RANK = {"superseded": 0, "unchanged": 1, "reparsed": 2, "new": 3, "changed": 4}


def tally_item(state: CrawlState, record: dict[str, Any], kind: str | None,
               contested_with: str | None = None) -> None:
    """Count a record the crawl met (``kind``: what the store did with it, ``None`` if unstored).
    ``contested_with``: ``SaveResult.contested_with``, the URL of another document of the same
    report that no version note tells apart from this one."""
    agency = record.get("agency") or {}
    if agency.get("id"):
        state.agencies[str(agency["id"])] = str(agency.get("name") or agency["id"])
    year = record.get("year")
    if agency.get("id") and isinstance(year, int):
        found = state.portal_coverage(str(agency["id"]).split("/")[0]).years_found
        found.setdefault(str(agency.get("name") or agency["id"]), set()).add(year)
    if kind:
        state.saved[kind] += 1
        key = (str(agency.get("id")), record.get("year"))
        url = str((record.get("source") or {}).get("url") or "")
        # Two different documents for one (agency, year) that no version note tells apart — two
        # agencies' reports merged, or a report published twice with different contents.  The
        # store's precedence picked one (the later publication, else the one it had): said, not
        # silent.  A corrected version beside its original is no conflict.
        if contested_with and url:
            current, other = (url, contested_with) if kind == "changed" else (contested_with, url)
            agency_name = str(agency.get("name") or agency.get("id"))
            conflict = f"{agency_name} {record.get('year')}: {current} (current) and {other}"
            conflicts = state.portal_coverage(str(agency["id"]).split("/")[0]).conflicts
            if conflict not in conflicts:
                conflicts.append(conflict)
        # A report reached twice in one run (its portal and a province hub) keeps its first news.
        if _KIND_RANK.get(kind, 0) >= _KIND_RANK.get(state.per_report.get(key, ""), -1):
            state.per_report[key] = kind
    if "truncated" in (record.get("flags") or []) and agency.get("id"):
        # Its document came cut short (a PDF with no end): what was read is stored flagged, never as
        # the report read — a shortfall of its portal, said every crawl that meets it (``stored`` is
        # not marked for it: the next crawl reads it again, and a whole copy replaces it).
        url = str((record.get("source") or {}).get("url") or "")
        kept = "stored unparsed, no numbers" if not record.get("template_version") else "stored as partial"
        cut = f"{agency.get('name') or agency['id']} {record.get('year')}: {url} ({kept}, flagged truncated)"
        incomplete = state.portal_coverage(str(agency["id"]).split("/")[0]).incomplete
        if cut not in incomplete:
            incomplete.append(cut)
    for check in record.get("checks") or []:
        if check.get("status") == "fail":
            state.failed_checks[f"{check['id']}:{check['scope']}"] += 1
    state.flags.update(record.get("flags") or [])


def by_agency_year(state: CrawlState) -> dict[str, dict[int | None, str]]:
    out: dict[str, dict[int | None, str]] = defaultdict(dict)
    for (agency, year), kind in state.per_report.items():
        out[agency][year] = kind
    return out
