"""``govcrawl reparse``: re-parse stored raw bodies with the current parser, on every core.

New output becomes a new parse of the same version (a parser change), never a new version.
"""

from __future__ import annotations

import argparse
import sys

from govcrawl.store.cliutil import add_store_args, open_store
from govcrawl.store.reparse import ReparseSummary, default_workers, reparse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("reparse", help="re-parse stored bodies with the current parser")
    parser.add_argument("--all-versions", action="store_true", help="also superseded versions")
    parser.add_argument("--agency", help="only this agency (id or exact name)")
    parser.add_argument("--year", type=int)
    parser.add_argument("-j", "--workers", type=int, default=None, help=f"processes (default: {default_workers()})")
    add_store_args(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    def progress(s: ReparseSummary) -> None:
        print(f"  {s.reparsed + s.same + s.failed}/{s.total}", file=sys.stderr, end="\r")

    with open_store(args) as store:
        summary = reparse(
            store,
            workers=args.workers,
            all_versions=args.all_versions,
            agency=args.agency,
            year=args.year,
            progress=progress if sys.stderr.isatty() else None,
        )
    print(
        f"reparsed {summary.total} version(s): {summary.reparsed} new parse(s), {summary.same} unchanged, "
        f"{summary.failed} failed, {summary.missing_body} without a stored body"
    )
    for error in summary.errors:
        print(f"  {error}", file=sys.stderr)
    return 1 if summary.failed else 0
