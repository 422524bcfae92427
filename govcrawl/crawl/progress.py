"""Progress of a long crawl: one line per portal as it finishes, and a total with an ETA.

Several portals of one CMS family share one crawler, so "the crawler closed" comes once for all
of them.  A portal's own progress is read from Scrapy's signals instead: requests scheduled for it
(``meta["site"]``) against responses received and requests dropped, plus the responses the
scraper is still processing (their callbacks and the item pipelines: parsing and storing the
report), read from the scraper's slot at each tick.  A portal with nothing in flight at two
progress ticks in a row is reported done (its crawler closing makes it certain);
a request that failed for good leaves it "in flight" until then, so a portal is never reported
done early, only late.  The ETA is the mean time per finished portal times the portals left
(shown once a portal has finished); it is an estimate, and says so with ``~``.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from scrapy import signals

from govcrawl.crawl.registry import Site
from govcrawl.crawl.state import CrawlState


def _site_id(request: Any) -> str | None:
    site = getattr(request, "meta", {}).get("site")
    return site.id if isinstance(site, Site) else None


def duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


@dataclass
class PortalProgress:
    state: CrawlState
    sites: list[Site]
    clock: Callable[[], float] = time.monotonic
    started: float = 0.0
    scheduled: Counter[str] = field(default_factory=Counter)
    answered: Counter[str] = field(default_factory=Counter)  # responses received + requests dropped
    quiet: set[str] = field(default_factory=set)               # nothing in flight at the last tick
    done: dict[str, float] = field(default_factory=dict)       # site id → when reported done
    crawlers: list[Any] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.started = self.started or self.clock()

    def connect(self, crawler: Any) -> None:
        """Listen to one crawler's request signals (weak=False: these bound methods have no other owner)."""
        self.crawlers.append(crawler)
        crawler.signals.connect(self._scheduled, signal=signals.request_scheduled, weak=False)
        crawler.signals.connect(self._answered, signal=signals.response_received, weak=False)
        crawler.signals.connect(self._answered, signal=signals.request_dropped, weak=False)

    def _scheduled(self, request: Any, spider: Any = None, **_: Any) -> None:
        site = _site_id(request)
        if site is not None:
            self.scheduled[site] += 1
            self.quiet.discard(site)

    def _answered(self, request: Any, spider: Any = None, **_: Any) -> None:
        site = _site_id(request)
        if site is not None:
            self.answered[site] += 1

    def scraping(self) -> Counter[str]:
        """Responses being processed (callback, item pipelines) per portal, from the scrapers'
        slots (Scrapy's ``Scraper.slot.active``; nothing if a Scrapy release renames it)."""
        active: Counter[str] = Counter()
        for crawler in self.crawlers:
            slot = getattr(getattr(getattr(crawler, "engine", None), "scraper", None), "slot", None)
            for request in list(getattr(slot, "active", ()) or ()):
                site = _site_id(request)
                if site is not None:
                    active[site] += 1
        return active

    def in_flight(self, site: str, scraping: Counter[str] | None = None) -> int:
        return self.scheduled[site] - self.answered[site] + (scraping or Counter())[site]

    def reports_of(self, site: str) -> Counter[str]:
        """The portal's reports by outcome (new, changed, unchanged…); hub agencies are ``site/name``."""
        return Counter(kind for (agency, _year), kind in self.state.per_report.items()
                       if agency == site or agency.startswith(site + "/"))

    def tick(self) -> list[str]:
        """The lines to print now: portals newly done, then the total."""
        now = self.clock()
        finished: list[str] = []
        scraping = self.scraping()
        for site in (s.id for s in self.sites):
            if site in self.done:
                continue
            settled = self.scheduled[site] > 0 and self.in_flight(site, scraping) <= 0
            if site in self.state.portals_done or (settled and site in self.quiet):
                self.done[site] = now
                finished.append(site)
            elif settled:
                self.quiet.add(site)
            else:
                self.quiet.discard(site)
        return [*(self.portal_line(s) for s in finished), self.total_line(now)]

    def portal_line(self, site: str) -> str:
        reports = self.reports_of(site)
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(reports.items()))
        blocked = f", blocked ({self.state.blocked[site]})" if site in self.state.blocked else ""
        return (f"portal {site} done: {sum(reports.values())} reports" + (f" ({kinds})" if kinds else "")
                + f", {self.answered[site]} pages{blocked}")

    def total_line(self, now: float | None = None) -> str:
        now = self.clock() if now is None else now
        total = self.state.portals_total or len(self.sites)
        finished = len(set(self.done) | self.state.portals_done)
        elapsed = now - self.started
        found = sum(self.state.saved.values()) or len(self.state.per_report)
        line = (f"portals {finished}/{total}, reports {found}, pages {sum(self.answered.values())}, "
                f"failures {sum(self.state.failures.values())}, blocked portals {len(self.state.blocked)}, "
                f"elapsed {duration(elapsed)}")
        left = total - finished
        if finished and left > 0:
            line += f", ETA ~{duration(elapsed / finished * left)}"
        return line

