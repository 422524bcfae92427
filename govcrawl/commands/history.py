"""``govcrawl history AGENCY YEAR``: the versions (and parses) of one report."""

from __future__ import annotations

import argparse
from datetime import datetime

from govcrawl.errors import UserError
from govcrawl.store.cliutil import add_store_args, open_store
from govcrawl.store.history import NotFound, VersionInfo, find_report, history
from govcrawl.textui import dumps


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("history", help="list the versions of one agency's report for one year")
    parser.add_argument("agency", help="agency id or exact name")
    parser.add_argument("year", type=int)
    parser.add_argument("--json", action="store_true", help="print the versions as JSON")
    add_store_args(parser)
    parser.set_defaults(func=run)


def _t(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "now"


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            report_id, key, name = find_report(store, args.agency, args.year)
        except NotFound as exc:
            raise UserError(str(exc)) from exc
        versions = history(store, report_id)
    if args.json:
        print(dumps(history_json(key, name, args.year, versions)))
        return 0
    print(f"{name or key} ({key}) {args.year}: {len(versions)} version(s)")
    for v in versions:
        current = "  (current)" if v.valid_to is None else ""
        print(f"v{v.number}  valid {_t(v.valid_from)} → {_t(v.valid_to)}{current}")
        print(f"     seen {_t(v.first_seen)} … {_t(v.last_seen)}  {v.status}  template {v.template_version or '-'}")
        print(f"     content {v.content_hash[:16]}  body {(v.raw_sha256 or '-')[:16]} {v.media_type or ''}")
        print(f"     source {v.source_url or '-'}")
        for number, kind, parser_version, parsed_at, check in v.parses:
            print(f"     parse {number}: {kind}, parser {parser_version}, {_t(parsed_at)}, checks {check}")
    return 0


def history_json(key: str, name: str | None, year: int, versions: list[VersionInfo]) -> dict[str, object]:
    return {
        "agency": {"id": key, "name": name},
        "year": year,
        "versions": [
            {
                "number": v.number, "current": v.valid_to is None, "valid_from": v.valid_from,
                "valid_to": v.valid_to, "first_seen": v.first_seen, "last_seen": v.last_seen,
                "status": v.status, "template_version": v.template_version, "content_hash": v.content_hash,
                "raw_sha256": v.raw_sha256, "media_type": v.media_type, "source_url": v.source_url,
                "parses": [
                    {"number": n, "kind": kind, "parser_version": pv, "parsed_at": at, "check_status": check}
                    for n, kind, pv, at, check in v.parses
                ],
            }
            for v in versions
        ],
    }
