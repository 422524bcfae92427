"""``govcrawl schedule``: run ``govcrawl crawl --due`` every so often, in the foreground.

For machines without cron or systemd timers (those run ``govcrawl crawl --due`` themselves; the
README shows the lines).  APScheduler does the timing: one run at a time (a crawl that outlasts
the interval delays the next instead of overlapping it), missed runs coalesced into one.  Each
crawl is its own process, because a Twisted reactor cannot be restarted.
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from govcrawl.errors import UserError


def _minutes(value: str) -> float:
    units = {"s": 1 / 60, "m": 1.0, "h": 60.0, "d": 1440.0}
    number, unit = (value[:-1], value[-1]) if value[-1:] in units else (value, "m")
    try:
        minutes = float(number) * units[unit]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a duration: {value!r} (e.g. 30m, 6h, 1d)") from None
    if minutes <= 0:
        raise argparse.ArgumentTypeError("the interval must be positive")
    return minutes


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("schedule", help="run `crawl --due` periodically in the foreground (no cron needed)")
    parser.add_argument("--every", type=_minutes, default=60.0, metavar="DURATION",
                        help="how often to look for due portals (30m, 6h, 1d; default 60m)")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--province", help="only this province's portals")
    which.add_argument("--all", action="store_true", help="every registered portal (the default)")
    parser.add_argument("--sites", action="append", default=[], help="a registry YAML of your own portals")
    parser.add_argument("--db", help="database URL (default: $GOVCRAWL_DB_URL or ./var/govcrawl/govcrawl.sqlite3)")
    parser.add_argument("--fixture-proxy", metavar="URL", help="route *.test hosts through a fixture server")
    parser.add_argument("--runs", type=int, default=0, help="stop after this many crawls (0: run until Ctrl-C)")
    parser.set_defaults(func=run)


def crawl_command(args: argparse.Namespace) -> list[str]:
    command = [sys.executable, "-m", "govcrawl", "crawl", "--due", "--quiet"]
    if args.province:
        command += ["--province", args.province]
    for path in args.sites:
        command += ["--sites", str(path)]
    if args.db:
        command += ["--db", args.db]
    if args.fixture_proxy:
        command += ["--fixture-proxy", args.fixture_proxy]
    return command


def run(args: argparse.Namespace) -> int:
    try:
        from apscheduler.schedulers.blocking import BlockingScheduler
        from apscheduler.triggers.interval import IntervalTrigger
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise UserError(f"APScheduler is not installed ({exc}); pip install 'apscheduler>=3.10,<4'") from exc

    command = crawl_command(args)
    scheduler = BlockingScheduler(timezone=UTC)
    done = {"runs": 0, "failures": 0}

    def crawl_due() -> None:
        started = datetime.now(UTC)
        print(f"[{started:%Y-%m-%d %H:%M:%S}Z] crawl --due", flush=True)
        result = subprocess.run(command, capture_output=True, text=True)
        for line in (result.stdout + result.stderr).splitlines():
            if line.strip():
                print(f"    {line}", flush=True)
        done["runs"] += 1
        if result.returncode != 0:
            done["failures"] += 1
            print(f"    (exit status {result.returncode}; the next run is tried on schedule)", flush=True)
        if args.runs and done["runs"] >= args.runs:
            scheduler.shutdown(wait=False)
        else:
            job = scheduler.get_job("crawl-due")
            when = job.next_run_time if job is not None else started + timedelta(minutes=args.every)
            print(f"    next look for due portals at {when:%Y-%m-%d %H:%M:%S}Z", flush=True)

    scheduler.add_job(crawl_due, IntervalTrigger(minutes=args.every, timezone=UTC), id="crawl-due",
                      max_instances=1, coalesce=True, next_run_time=datetime.now(UTC),
                      misfire_grace_time=int(args.every * 60))
    print(f"govcrawl schedule: looking for due portals every {args.every:g} min (Ctrl-C stops)", flush=True)
    with contextlib.suppress(KeyboardInterrupt, SystemExit):  # Ctrl-C is how it is meant to stop
        scheduler.start()
    print(f"schedule stopped after {done['runs']} crawl(s), {done['failures']} failed")
    return 0 if done["failures"] == 0 else 1
