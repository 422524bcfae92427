"""``govcrawl crawl``: crawl a province's portals (or one agency) into the store."""

from __future__ import annotations

import argparse
from pathlib import Path

from govcrawl.crawl.registry import Site, load_sites, registered_sites
from govcrawl.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("crawl", help="crawl registered portals into the store")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--province", help="every registered portal of this province (e.g. 示例省)")
    which.add_argument("--agency", help="one portal by site id, or the portal of an agency id (fresh)")
    which.add_argument("--all", action="store_true", help="every registered portal")
    parser.add_argument("--sites", type=Path, action="append", default=[],
                        help="a registry YAML of your own portals (may repeat); used instead of the bundled ones")
    parser.add_argument("--db", help="database URL (default: $GOVCRAWL_DB_URL or ./var/govcrawl/govcrawl.sqlite3)")
    parser.add_argument("--no-store", action="store_true", help="parse but do not store")
    parser.add_argument("--fast", action="store_true", help="politeness off (loopback benchmarks only)")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    parser.add_argument("--fixture-proxy", metavar="URL",
                        help="route the sites' *.test hosts through a running fixture server (benchmarks)")
    parser.set_defaults(func=run)


def select_sites(args: argparse.Namespace) -> list[Site]:
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
    options = CrawlOptions(
        db_url=args.db, store=not args.no_store, fast=args.fast,
        log_level="DEBUG" if args.verbose else "ERROR",
        progress=None if args.quiet else print_progress, fixture_proxy=args.fixture_proxy,
    )
    names = ", ".join(s.id for s in sites[:8]) + (f", … ({len(sites) - 8} more)" if len(sites) > 8 else "")
    print(f"crawling {len(sites)} portal(s): {names}")
    state = run_crawl(sites, options)
    print("\n".join(summary_lines(state)))
    if state.writer is not None:
        print("\nExport what was stored:  govcrawl export --format jsonl -o reports.jsonl")
    return 0 if not state.errors else 1
