"""``govcrawl dispatch``: split a crawl into host-owned units and queue them for the workers.

    govcrawl dispatch --province 示例省 --db postgresql://… --wait
    govcrawl dispatch --agency qingshan-gov --db postgresql://…     # jumps the queue
    govcrawl dispatch --watch 20250101T120000-3fa2b1                # progress of an earlier dispatch

See DEPLOY.md and ``govcrawl/distributed/units.py`` for how portals become units.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from govcrawl.crawl.registry import Site, load_sites, registered_sites
from govcrawl.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("dispatch", help="queue a crawl for the workers (distributed, see DEPLOY.md)")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--province", help="every registered portal of this province")
    which.add_argument("--agency", help="one portal by site id; queued ahead of everything else")
    which.add_argument("--all", action="store_true", help="every registered portal")
    which.add_argument("--watch", metavar="DISPATCH", help="show the progress of an earlier dispatch until it is done")
    parser.add_argument("--sites", type=Path, action="append", default=[],
                        help="a registry YAML of your own portals (may repeat); sent to the workers with each unit")
    parser.add_argument("--db", help="the shared database URL the workers store into (default: $GOVCRAWL_DB_URL)")
    parser.add_argument("--fixture-proxy", metavar="URL", help="route *.test hosts through a running fixture server")
    parser.add_argument("--fast", action="store_true", help="politeness off (loopback benchmarks only)")
    parser.add_argument("--broker", metavar="URL",
                        help="Redis broker URL (default: $GOVCRAWL_BROKER_URL or redis://127.0.0.1:6379/0)")
    parser.add_argument("--batch", type=int, default=1, metavar="N",
                        help="pack host groups into units of up to N portals (default 1: one host group a unit)")
    parser.add_argument("--wait", action="store_true", help="show progress until every unit is done")
    parser.add_argument("--every", type=float, default=5.0, help="seconds between progress lines (default 5)")
    parser.set_defaults(func=run)


def site_entry(site: Site) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": site.id, "agency": site.agency, "cms": site.cms,
                             "start_urls": list(site.start_urls), "province": site.province,
                             "allowed_domains": list(site.allowed_domains)}
    if site.region is not None:
        entry["region"] = site.region
    if site.region_code is not None:
        entry["region_code"] = site.region_code
    if site.options:
        entry["options"] = dict(site.options)
    return entry


def registry_yaml(sites: list[Site]) -> str:
    """The unit's own portals as a registry file (workers may not have the dispatcher's YAML)."""
    text: str = yaml.safe_dump({"fixture": any(s.fixture for s in sites), "sites": [site_entry(s) for s in sites]},
                          allow_unicode=True, sort_keys=False)
    return text


def _check_store(url: str) -> None:
    from govcrawl.store import Store
    from govcrawl.store.db import StoreError, make_url_safe

    try:
        Store.open(url).close()   # SQLite: created/upgraded here once, not by every worker at once
    except StoreError as exc:
        raise UserError(f"store {make_url_safe(url)}: {exc}") from exc
    except Exception as exc:  # connection refused, bad credentials …: one line
        raise UserError(f"cannot open the store {make_url_safe(url)}: {str(exc).splitlines()[0]}") from exc


def stored_since(url: str, since: float) -> tuple[int, int, int] | None:
    """(crawl runs, pages fetched, reports saved) of runs started since ``since``; None if unreadable."""
    from sqlalchemy import func, select

    from govcrawl.store import db
    from govcrawl.store.models import CrawlRun

    try:
        engine = db.make_engine(url)
        try:
            with engine.connect() as conn:
                row = conn.execute(select(
                    func.count(CrawlRun.id), func.coalesce(func.sum(CrawlRun.pages_fetched), 0),
                    func.coalesce(func.sum(CrawlRun.records_new + CrawlRun.records_changed
                                           + CrawlRun.records_unchanged), 0),
                ).where(CrawlRun.started_at >= datetime.fromtimestamp(since, UTC))).one()
        finally:
            engine.dispose()
    except Exception:
        return None
    return int(row[0]), int(row[1]), int(row[2])


def run(args: argparse.Namespace) -> int:
    from govcrawl.distributed import config

    if args.broker:
        os.environ["GOVCRAWL_BROKER_URL"] = args.broker
    broker = config.broker_url()
    if args.watch:
        from govcrawl.distributed.app import connect

        return watch(connect(broker), args.watch, args.every, args.db or os.environ.get("GOVCRAWL_DB_URL"))

    from govcrawl.commands.crawl import select_sites
    from govcrawl.distributed.units import batch_units, split_units

    sites = select_sites(argparse.Namespace(province=args.province, agency=args.agency, all=args.all,
                                            sites=args.sites, site=None, due=False))
    known: list[Site] = []
    for path in args.sites:
        known += load_sites(path)
    known = known or registered_sites()
    units = batch_units(split_units(sites, known), args.batch)

    from govcrawl.distributed.app import TASK_NAME, connect, get_app
    from govcrawl.distributed.tracking import create

    client = connect(broker)
    db_url = args.db or os.environ.get("GOVCRAWL_DB_URL")
    if db_url:
        _check_store(db_url)
    else:
        print("govcrawl: no --db and no $GOVCRAWL_DB_URL: every worker stores into its own default SQLite file",
              file=sys.stderr)
    fixture_hosts: set[str] = set()
    if args.fixture_proxy and any(s.fixture for s in sites):
        from govcrawl.province.fixture import build_province

        fixture_hosts = set(build_province().hosts)
    by_id = {s.id: s for s in sites}
    urgent = bool(args.agency)
    priority = config.PRIORITY_URGENT if urgent else config.PRIORITY_NORMAL
    dispatch = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + "-" + uuid.uuid4().hex[:6]
    what = (f"--agency {args.agency}" if args.agency else f"--province {args.province}" if args.province else "--all")
    create(client, dispatch, what, _safe(db_url), {u.id: u.site_ids for u in units})
    app = get_app()
    try:
        for unit in units:
            payload: dict[str, Any] = {
                "dispatch": dispatch, "unit": unit.id, "sites": list(unit.site_ids), "keys": list(unit.keys),
                "deny": list(unit.deny), "db": db_url, "fixture_proxy": args.fixture_proxy, "fast": args.fast,
                "fixture_hosts": sorted(fixture_hosts | set(unit.keys)) if args.fixture_proxy else [],
                "registry": registry_yaml([by_id[i] for i in unit.site_ids]) if args.sites else None,
                "priority": priority,
            }
            app.send_task(TASK_NAME, args=[payload], queue=config.QUEUE, priority=priority)
    except Exception as exc:  # kombu's OperationalError & co.: the broker went away meanwhile
        raise UserError(f"cannot queue on the broker at {broker}: {str(exc).splitlines()[0]}") from exc
    portals = sum(len(u.site_ids) for u in units)
    print(f"dispatched {dispatch}: {len(units)} unit(s), {portals} portal(s)"
          + (" — ahead of the queue" if urgent else ""))
    if not args.wait:
        print(f"watch it:  govcrawl dispatch --watch {dispatch}")
        return 0
    return watch(client, dispatch, args.every, db_url)


def _safe(url: str | None) -> str:
    if not url:
        return ""
    from govcrawl.store.db import make_url_safe

    return make_url_safe(url)


def watch(client: Any, dispatch: str, every: float, db_url: str | None = None) -> int:
    """Print progress lines until every unit is done or failed; exit 1 if any failed."""
    from govcrawl.distributed.tracking import progress

    first = progress(client, dispatch)
    if first is None:
        raise UserError(f"no dispatch {dispatch!r} on this broker")
    if db_url is None and first.db and "***" not in first.db:
        db_url = first.db
    reported: set[str] = set()
    while True:
        state = progress(client, dispatch)
        if state is None:
            raise UserError(f"dispatch {dispatch!r} vanished from the broker")
        for unit, info in sorted(state.states.items(), key=lambda kv: kv[1].get("at", 0)):
            if info.get("state") in ("done", "failed") and unit not in reported:
                reported.add(unit)
                took = float(info.get("finished", 0)) - float(info.get("started", 0))
                print(f"  {info['state']:6} {unit} on {info.get('worker', '?')} ({took:.0f} s): "
                      f"{info.get('summary', '')}", flush=True)
        counts = state.counts
        line = (f"… units {counts['done']}/{len(state.states)} done, {counts['running']} running, "
                f"{counts['queued'] + counts['waiting']} queued, {counts['failed']} failed")
        runs = stored_since(db_url, state.created) if db_url else None
        if runs is not None:
            line += f"; store: {runs[0]} crawl runs, {runs[1]} pages, {runs[2]} reports saved"
        running = state.running()
        if running:
            line += "; running: " + ", ".join(f"{u} ({w})" for w, u in running[:4])
        print(line, file=sys.stderr, flush=True)
        if state.finished:
            failed = counts["failed"]
            print(f"dispatch {dispatch} finished: {counts['done']} unit(s) done, {failed} failed")
            return 1 if failed else 0
        time.sleep(max(0.2, every))
