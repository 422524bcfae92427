"""``govcrawl status``: agencies, reports per year, parse and check failures, spam, last crawl."""

from __future__ import annotations

import argparse

from govcrawl.store.cliutil import add_store_args, open_store
from govcrawl.store.status import Status, format_status, status
from govcrawl.textui import dumps


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("status", help="summarise what the store holds")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--no-disk", action="store_true", help="skip measuring the raw-body directory")
    add_store_args(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        st = status(store, disk_usage=not args.no_disk)
    print(dumps(status_json(st)) if args.json else "\n".join(format_status(st)))
    return 0


def status_json(st: Status) -> dict[str, object]:
    """The summary with named fields where the text has columns."""
    doc = dict(st.__dict__)
    doc["reports_per_year"] = [{"year": y, "reports": n, "amended": m} for y, n, m in st.reports_per_year]
    doc["urls"] = {k: {"known": a, "due_now": b, "failing": c} for k, (a, b, c) in st.urls.items()}
    return doc
