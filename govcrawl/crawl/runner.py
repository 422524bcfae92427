"""Run a crawl of several portals in one process and summarise it.

Fixture portals (registry files with ``fixture: true``) are served by an in-process
``ProvinceServer`` on 127.0.0.1, and every request goes through it (``FixtureProxyMiddleware``).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from twisted.internet import task

from govcrawl.crawl.coverage import coverage_lines
from govcrawl.crawl.progress import PortalProgress
from govcrawl.crawl.registry import Site
from govcrawl.crawl.state import CrawlState, install_state
from govcrawl.crawl.urlstate import UrlMemory
from govcrawl.crawl.writer import StoreWriter
from govcrawl.store import Store
from govcrawl.textui import pad

log = logging.getLogger(__name__)


@dataclass
class CrawlOptions:
    db_url: str | None = None
    store: bool = True
    fast: bool = False          # politeness off (loopback benchmarks and tests)
    log_level: str = "WARNING"
    progress: Callable[[str], None] | None = None
    progress_every: float = 5.0
    fixture_proxy: str | None = None  # an already running fixture server (benchmarks)
    fresh: bool = False         # ignore the URL memory: unconditional requests, parse everything
    now: datetime | None = None  # the revisit schedule's "now" (tests, benchmarks); None: the clock
    page_budget: int | None = None  # list pages per portal (None: DEFAULT_PAGE_BUDGET)


# The Scrapy settings module of every crawl.  Never looked up through ``scrapy.cfg`` from the
# working directory: a pip-installed govcrawl is run from anywhere, and from a directory without
# the project's scrapy.cfg Scrapy's defaults would crawl with no pipelines, no robots.txt, 1 GiB
# bodies, 21 redirects and unbounded decompression.  A distributed unit's crawl names its own
# module (which extends this one) in GOVCRAWL_SCRAPY_SETTINGS.
SETTINGS_MODULE = "govcrawl.settings"


def project_settings() -> Settings:
    """govcrawl's Scrapy settings, whatever the working directory and whatever scrapy.cfg says."""
    settings = Settings()
    settings.setmodule(os.environ.get("GOVCRAWL_SCRAPY_SETTINGS") or SETTINGS_MODULE, priority="project")
    return settings


def crawl_settings(options: CrawlOptions, fixture_proxy: str | None, fixture_hosts: list[str],
                   hosts_complete: bool = False) -> Settings:
    settings = project_settings()
    settings.set("LOG_LEVEL", options.log_level, priority="cmdline")
    if options.db_url:
        settings.set("GOVCRAWL_DB_URL", options.db_url, priority="cmdline")
    if fixture_proxy:
        settings.set("GOVCRAWL_FIXTURE_PROXY", fixture_proxy, priority="cmdline")
        settings.set("GOVCRAWL_FIXTURE_HOSTS", fixture_hosts, priority="cmdline")
        settings.set("GOVCRAWL_FIXTURE_HOSTS_COMPLETE", hosts_complete, priority="cmdline")
        # Loopback: keep robots.txt, per-host limits and retries, but do not wait seconds.
        settings.set("DOWNLOAD_DELAY", 0.0, priority="cmdline")
        settings.set("AUTOTHROTTLE_START_DELAY", 0.05, priority="cmdline")
        settings.set("AUTOTHROTTLE_MAX_DELAY", 2.0, priority="cmdline")
        settings.set("DOWNLOAD_TIMEOUT", 20, priority="cmdline")
        settings.set("GOVCRAWL_MAX_CRAWL_DELAY", 0.2, priority="cmdline")  # honoured, but seconds are not needed
        settings.set("GOVCRAWL_RETRY_BACKOFF", 0.1, priority="cmdline")
        settings.set("GOVCRAWL_RETRY_BACKOFF_MAX", 1.0, priority="cmdline")
    if options.fresh:
        settings.set("GOVCRAWL_FRESH", True, priority="cmdline")
    if options.fast:
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        settings.set("DOWNLOAD_DELAY", 0.0, priority="cmdline")
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 8, priority="cmdline")
        settings.set("CONCURRENT_REQUESTS", 64, priority="cmdline")
    return settings


class OneLineErrors(logging.Filter):
    """Scrapy logs every failed download with its traceback; the reason is in the fetch log and
    the summary.  Below DEBUG a failure is one line: the message and the exception's own line."""

    def __init__(self, level: str | int) -> None:
        super().__init__()
        self.debug = logging.getLevelName(level) == logging.DEBUG if isinstance(level, str) else level <= logging.DEBUG

    def filter(self, record: logging.LogRecord) -> bool:
        if self.debug or not record.exc_info or not record.name.startswith(("scrapy", "twisted", "py.warnings")):
            return True
        exc = record.exc_info[1]
        reason = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
        record.msg = f"{record.getMessage()}: {reason}".rstrip(": ")
        record.args = None
        record.exc_info = None
        record.exc_text = None
        return True


class _CrawlerProcess(CrawlerProcess):
    """Scrapy's process, telling the user (not only the log) what Ctrl-C does."""

    @staticmethod
    def _log_shutdown(signum: int) -> None:
        print("govcrawl: stopping — finishing the requests and reports under way; what is stored is kept "
              "and the same command continues later (Ctrl-C again to stop at once)", file=sys.stderr, flush=True)

    @staticmethod
    def _log_kill(signum: int) -> None:
        print("govcrawl: stopping at once; reports not yet stored are fetched again next time",
              file=sys.stderr, flush=True)


def crawl_groups(sites: list[Site]) -> list[tuple[type[Any], list[Site]]]:
    """One crawler per family for families that can crawl many portals at once, else per portal."""
    from govcrawl.bases import family
    from spiders.registry import SPIDERS, spider_class

    groups: dict[str, list[Site]] = {}
    out: list[tuple[type[Any], list[Site]]] = []
    for site in sites:
        cls = spider_class(site)
        custom = site.id in SPIDERS and SPIDERS[site.id].__module__ != "spiders.registry"
        if family(site.cms).supports_many_sites and not custom:
            groups.setdefault(site.cms, []).append(site)
        else:
            out.append((cls, [site]))
    for cms, group in groups.items():
        base = family(cms)
        out.append((type(f"{base.__name__}_portals", (base,), {"name": f"{cms}-portals"}), group))
    return out


# Young-generation collections every 50,000 new container objects instead of 700: a crawl makes
# and drops requests, responses and items by the hundred thousand, nearly none in cycles.
_GC_THRESHOLDS = (50_000, 20, 10)


def run_crawl(sites: list[Site], options: CrawlOptions) -> CrawlState:
    server = None
    proxy, hosts = None, []
    if options.fixture_proxy:
        known = {h for s in sites for h in s.hosts}
        if any(site.fixture for site in sites):
            # The fixture province's portals link across its hosts (a hub's sub-host bureaus):
            # route them all, as the in-process server does, or those reports are lost.
            from govcrawl.province.fixture import portal_classes

            known.update(h for cls in portal_classes() for h in cls.hosts)
        proxy, hosts = options.fixture_proxy, sorted(known)
    elif any(site.fixture for site in sites):
        from govcrawl.province.fixture import build_province

        province = build_province()
        server = province.server().start()
        proxy, hosts = server.proxy, province.hosts
    writer = StoreWriter(options.db_url) if options.store else None
    run_id = writer.call(Store.start_run, ", ".join(s.id for s in sites)[:200]) if writer else None
    state = CrawlState(writer=writer, run_id=run_id, portals_total=len(sites))
    if options.page_budget:
        state.page_budget = options.page_budget
    for site in sites:  # every portal is accounted for, also one whose pages never showed a list
        budget = site.options.get("page_budget")
        state.portal_coverage(site.id, int(budget) if budget else None)
    if writer is not None:
        hosts_crawled = sorted({h for s in sites for h in (*s.hosts, *s.allowed_domains)})
        state.urls = UrlMemory.load(writer, hosts_crawled, [s.id for s in sites], fresh=options.fresh,
                                    now=options.now)
    install_state(state)
    one_line = OneLineErrors(options.log_level)
    for handler in logging.root.handlers:  # the CLI's own handler must not print Scrapy's INFO lines
        handler.setLevel(options.log_level)
        handler.addFilter(one_line)
    settings = crawl_settings(options, proxy, hosts, hosts_complete=server is not None)
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    process = _CrawlerProcess(settings)
    if writer is not None:
        # The database cannot take writes any more: stop every crawler (the command says why).
        writer.on_failure(lambda reason: _stop_from_thread(process))
    tracker = PortalProgress(state, sites) if options.progress is not None else None
    for cls, group in crawl_groups(sites):
        crawler = process.create_crawler(cls)
        if tracker is not None:
            tracker.connect(crawler)

        def closed(spider: Any, reason: str, _group: list[Site] = group) -> None:
            if reason == "finished":
                state.portals_done.update(s.id for s in _group)
            else:
                state.stopped = state.stopped or reason

        # weak=False: Scrapy's signals hold weak references, and this closure has no other owner.
        crawler.signals.connect(closed, signal=signals.spider_closed, weak=False)
        process.crawl(crawler, sites=group)
    ticker = None
    if options.progress is not None and tracker is not None:
        report, portals = options.progress, tracker

        def tick() -> None:
            for line in portals.tick():
                report(line)

        ticker = task.LoopingCall(tick)
        ticker.start(options.progress_every, now=False)
    status, error = "finished", None
    thresholds = gc.get_threshold()
    # What exists now (modules, the registry, the URL memory) lives as long as the crawl: frozen,
    # the collector stops scanning it again and again.  Young objects are collected less often.
    # Measured in a 300-portal crawl: the collector held the interpreter lock 5.4 s of 29 s
    # (23 full collections of ~160 ms each), every download and store write waiting.
    gc.collect()
    gc.freeze()
    gc.set_threshold(*_GC_THRESHOLDS)
    try:
        process.start()
    except KeyboardInterrupt:
        state.stopped = "interrupted"
    finally:
        for handler in logging.root.handlers:
            handler.removeFilter(one_line)
        gc.unfreeze()
        gc.set_threshold(*thresholds)
        if state.stopped:
            status, error = "failed", f"stopped early ({state.stopped})"
        if ticker is not None and ticker.running:
            ticker.stop()
        if tracker is not None and options.progress is not None:
            for line in tracker.tick()[:-1]:  # the portals that finished since the last tick (the summary follows)
                options.progress(line)
        if server is not None:
            server.stop()
        if writer is not None:
            try:
                if run_id is not None and writer.failure is None:
                    writer.call(Store.finish_run, run_id, status=status, error=error,
                                coverage=[c.as_dict() for c in state.coverage.values()])
            except Exception as exc:  # the store failed on the way out: the command reports it
                log.warning("could not close crawl run %s: %s", run_id, exc)
            finally:
                writer.close()
    return state


def _stop_from_thread(process: CrawlerProcess) -> None:
    # Imported when needed: importing the reactor earlier would install the default one before
    # Scrapy installs the one its settings ask for.
    from twisted.internet import reactor

    reactor.callFromThread(process.stop)  # type: ignore[attr-defined]


def progress_line(state: CrawlState) -> str:
    found = sum(state.saved.values()) or len(state.per_report)
    fails = sum(state.failures.values())
    return (f"portals {len(state.portals_done)}/{state.portals_total}, reports {found}, "
            f"failures {fails}, blocked portals {len(state.blocked)}")


def summary_lines(state: CrawlState) -> list[str]:
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(state.saved.items())) or "none stored"
    ended = "finished" if not state.stopped else f"stopped early ({state.stopped})"
    lines = [f"crawl {ended}: {len(state.portals_done)}/{state.portals_total} portals, "
             f"{len(state.per_report)} reports ({kinds})"]
    if state.stopped:
        lines.append("  run the same command again to continue: what was stored is kept, nothing is stored twice")
    grouped: dict[str, list[tuple[int | None, str]]] = {}
    for (agency, year), kind in sorted(state.per_report.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)):
        grouped.setdefault(agency, []).append((year, kind))
    if grouped:
        lines.append("reports per agency and year:")
        for agency, years in grouped.items():
            name = state.agencies.get(agency, agency)
            lines.append(f"  {pad(name, 24)} " + "  ".join(f"{y or '?'}:{k}" for y, k in years))
    if state.blocked:
        lines.append("blocked portals: " + ", ".join(f"{h} ({k})" for h, k in sorted(state.blocked.items())))
    if state.failed_checks:
        lines.append("failed checks: " + ", ".join(f"{c} ×{n}" for c, n in state.failed_checks.most_common()))
    if state.failures:
        lines.append("fetch/store failures: " + ", ".join(f"{c} ×{n}" for c, n in state.failures.most_common()))
    if state.coverage:
        lines += coverage_lines(state.coverage)
    if state.urls is not None and state.urls.counts:
        lines.append("re-fetching: " + revisit_line(state.urls.counts))
    flags = {f: n for f, n in state.flags.items()}
    if flags:
        lines.append("record flags: " + ", ".join(f"{f} ×{n}" for f, n in sorted(flags.items())))
    return lines


def revisit_line(counts: dict[str, int]) -> str:
    """What the URL memory saved: requests made or avoided, bodies and parses skipped."""
    replayed = sum(n for k, n in counts.items() if k.startswith("replayed_"))
    parts = [
        f"{counts.get('requests_new', 0)} new URLs",
        f"{counts.get('requests_conditional', 0)} conditional requests "
        f"({counts.get('not_modified', 0)} answered 304 Not Modified)",
        f"{counts.get('bodies_unchanged', 0)} unchanged bodies",
        f"{replayed} pages answered from the store (not due, or already fetched this run)",
        f"{counts.get('parses_skipped', 0)} reports not re-parsed",
    ]
    if counts.get("backing_off"):
        parts.append(f"{counts['backing_off']} URLs backing off after errors")
    return ", ".join(parts)


def print_progress(line: str) -> None:
    print(f"… {line}", file=sys.stderr, flush=True)
