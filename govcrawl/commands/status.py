"""``govcrawl status``: agencies, reports per year, parse and check failures, spam, last crawl."""

from __future__ import annotations

import argparse

from govcrawl.store.cliutil import add_store_args, open_store
from govcrawl.store.status import format_status, status


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("status", help="summarise what the store holds")
    parser.add_argument("--no-disk", action="store_true", help="skip measuring the raw-body directory")
    add_store_args(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        st = status(store, disk_usage=not args.no_disk)
    print("\n".join(format_status(st)))
    return 0
