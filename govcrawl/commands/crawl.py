"""``govcrawl crawl``: crawl a province's portals (or one agency) into the store."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from govcrawl.crawl.registry import Site, load_sites, registered_sites
from govcrawl.crawl.state import CrawlState
from govcrawl.errors import ExitCode, UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("crawl", help="crawl registered portals into the store")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--province", help="every registered portal of this province (e.g. 示例省)")
    which.add_argument("--agency", help="one portal by site id, or the portal of an agency id (fresh)")
    which.add_argument("--all", action="store_true", help="every registered portal")
    which.add_argument("--site", action="append", metavar="ID",
                       help="exactly this portal (site id; may repeat) — a distributed unit of work")
    parser.add_argument("--sites", type=Path, action="append", default=[],
                        help="a registry YAML of your own portals (may repeat); used instead of the bundled ones")
    parser.add_argument("--due", action="store_true",
                        help="only portals whose list pages are due for a visit (run it from cron or a systemd "
                             "timer); with no --province/--site/--all: every registered portal")
    parser.add_argument("--fresh", action="store_true",
                        help="ignore what earlier crawls saw: unconditional requests, every report parsed "
                             "(implied by --agency)")
    parser.add_argument("--as-of", metavar="ISO_TIME", type=_as_of,
                        help="take this time as now for the revisit schedule (testing a schedule)")
    parser.add_argument("--db", help="database URL (default: $GOVCRAWL_DB_URL or ./var/govcrawl/govcrawl.sqlite3)")
    parser.add_argument("--no-store", action="store_true", help="parse but do not store")
    parser.add_argument("--fast", action="store_true", help="politeness off (loopback benchmarks only)")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    parser.add_argument("--progress-every", type=float, default=5.0, metavar="SECONDS",
                        help="seconds between progress lines (default 5)")
    parser.add_argument("--fixture-proxy", metavar="URL",
                        help="route the sites' *.test hosts through a running fixture server (benchmarks)")
    parser.add_argument("--page-budget", type=int, metavar="N",
                        help="list pages one portal may request (default 500; a registry entry's "
                             "options.page_budget overrides it); a portal cut short exits 4")
    parser.set_defaults(func=run)


def _as_of(value: str) -> datetime:
    from govcrawl.crawl.state import parse_now

    try:
        when = parse_now(value)
    except ValueError:
        when = None
    if when is None:
        raise argparse.ArgumentTypeError(f"not an ISO time: {value!r} (e.g. 2027-02-01T06:00)")
    return when


def due_sites(sites: list[Site], db_url: str | None, now: datetime | None) -> list[Site]:
    """The portals with a start page that is due at ``now`` (never crawled, or its interval over,
    or its last crawl did not finish)."""
    from govcrawl.crawl.urlstate import start_keys
    from govcrawl.store import Store, urlstate

    when = now or datetime.now(UTC)
    with Store.open(db_url) as store:
        # Per start URL its keys (an https start URL may live on as its http fallback): the URL is
        # not due while any of them is not.
        keys = {s.id: [start_keys(u) for u in s.start_urls] for s in sites}
        due_at = urlstate.next_due(store, [k for per_url in keys.values() for ks in per_url for k in ks])
    return [s for s in sites if any(not any(due_at.get(k, when) > when for k in ks) for ks in keys[s.id])]


def select_sites(args: argparse.Namespace) -> list[Site]:
    if not (args.province or args.agency or args.all or getattr(args, "site", None) or args.due):
        raise UserError("say which portals to crawl: --province NAME, --agency ID, --all or --due")
    sites: list[Site] = []
    for path in args.sites:
        sites += load_sites(path)
    if not args.sites:
        sites = registered_sites()
    if args.province:
        chosen = [s for s in sites if s.province == args.province]
        if not chosen:
            provinces = sorted({s.province for s in sites})
            raise UserError(f"no portal of province {args.province!r}; known: {', '.join(provinces)}")
        return chosen
    if getattr(args, "site", None):
        by_id = {s.id: s for s in sites}
        unknown = [i for i in args.site if i not in by_id]
        if unknown:
            raise UserError(f"no portal with id {', '.join(map(repr, unknown))} (see `scrapy list`)")
        return [by_id[i] for i in dict.fromkeys(args.site)]
    if args.agency:
        agency = args.agency.split("/")[0]
        chosen = [s for s in sites if s.id == agency]
        if not chosen:
            raise UserError(f"no portal with id {args.agency!r} (see `scrapy list`)")
        return chosen
    return sites


def run(args: argparse.Namespace) -> int:
    from govcrawl.crawl.runner import CrawlOptions, print_progress, run_crawl, summary_lines

    sites = select_sites(args)
    if args.due:
        sites = due_sites(sites, args.db, args.as_of)
        if not sites:
            print("nothing is due: every portal was crawled within its revisit interval")
            return 0
    options = CrawlOptions(
        db_url=args.db, store=not args.no_store, fast=args.fast,
        log_level="DEBUG" if args.verbose else "ERROR",
        progress=None if args.quiet else print_progress, progress_every=max(0.1, args.progress_every),
        fixture_proxy=args.fixture_proxy,
        fresh=args.fresh or bool(args.agency), now=args.as_of, page_budget=args.page_budget,
    )
    names = ", ".join(s.id for s in sites[:8]) + (f", … ({len(sites) - 8} more)" if len(sites) > 8 else "")
    print(f"crawling {len(sites)} portal(s): {names}")
    try:
        state = run_crawl(sites, options)
    except Exception as exc:  # the store could not be opened or written at the start: one line
        message = store_trouble(exc)
        if message is None:
            raise
        raise UserError(message) from exc
    print("\n".join(summary_lines(state)))
    if state.writer is not None and state.writer.failure is not None:
        raise UserError(f"crawl stopped: {state.writer.failure} (what was stored before is intact)")
    # Unreachable: a request to the portal's hosts failed and none of them ever answered (a portal
    # whose pages were all answered from the store is not).
    unreachable = [s.id for s in sites
                   if set(s.hosts) & state.hosts_failed and not set(s.hosts) & state.hosts_answered]
    if unreachable and not state.stopped:
        print("unreachable portals (no answer from their hosts): " + ", ".join(unreachable))
    if state.short_portals:
        print(f"coverage shortfall: {', '.join(state.short_portals)} harvested less than their lists declare")
    if state.writer is not None:
        print("\nExport what was stored:  govcrawl export --format jsonl -o reports.jsonl")
    return int(exit_code(state, unreachable))


def exit_code(state: CrawlState, unreachable: list[str]) -> ExitCode:
    """The crawl's exit status (govcrawl.errors): the lowest non-zero code that applies."""
    if state.errors or state.stopped:
        return ExitCode.FAILED
    if state.blocked or unreachable:
        return ExitCode.PORTALS_UNREACHABLE
    if state.short_portals:
        return ExitCode.COVERAGE_SHORTFALL
    return ExitCode.OK


def store_trouble(exc: BaseException) -> str | None:
    """The one-line message for a store failure (``None``: not a store problem, a bug)."""
    from govcrawl.crawl.writer import StoreUnavailable
    from govcrawl.store.db import StoreError, describe_error, error_kind

    if isinstance(exc, StoreUnavailable | StoreError):
        return str(exc)
    if error_kind(exc) is not None:
        return f"cannot use the database: {describe_error(exc)}"
    return None
