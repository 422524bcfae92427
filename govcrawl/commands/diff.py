"""``govcrawl diff AGENCY YEAR [FROM [TO]]``: what changed between two versions of a report.

FROM/TO are version numbers (``3``) or a version's parse (``3.2``); by default the previous
version against the current one — or, for a report with one version, its first parse against its
latest (a parser change).
"""

from __future__ import annotations

import argparse

from govcrawl.errors import UserError
from govcrawl.store.cliutil import add_store_args, open_store, parse_version_spec
from govcrawl.store.history import NotFound, diff, find_report, history
from govcrawl.textui import dumps


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("diff", help="show cell and text changes between two versions of a report")
    parser.add_argument("agency", help="agency id or exact name")
    parser.add_argument("year", type=int)
    parser.add_argument("left", nargs="?", metavar="FROM", help="version N or N.P (default: the previous one)")
    parser.add_argument("right", nargs="?", metavar="TO", help="version N or N.P (default: the current one)")
    parser.add_argument("--json", action="store_true", help="print the changes as JSON")
    add_store_args(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            report_id, _key, _name = find_report(store, args.agency, args.year)
            versions = history(store, report_id)
            last = versions[-1]
            left: tuple[int, int | None]
            right: tuple[int, int | None]
            if args.left is None:
                if len(versions) > 1:
                    left, right = (versions[-2].number, None), (last.number, None)
                elif len(last.parses) > 1:
                    left, right = (last.number, last.parses[0][0]), (last.number, None)
                else:
                    raise UserError("the report has a single version and parse: nothing to compare")
            else:
                left = parse_version_spec(args.left)
                right = parse_version_spec(args.right) if args.right else (last.number, None)
            result = diff(store, report_id, left, right)
        except NotFound as exc:
            raise UserError(str(exc)) from exc
    print(dumps(result.as_json()) if args.json else "\n".join(result.lines()))
    return 0
