"""``govcrawl web``: serve the read-only web view of the store on 127.0.0.1."""

from __future__ import annotations

import argparse
from pathlib import Path

from govcrawl.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("web", help="browse the store in a web browser (read-only, offline)")
    parser.add_argument("--db", help="database URL (default: $GOVCRAWL_DB_URL or ./var/govcrawl/govcrawl.sqlite3)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--sites", type=Path, action="append", default=[],
                        help="a registry file of your own portals (for compliance: every registered agency)")
    parser.add_argument("--threads", type=int, default=4)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import waitress

    from govcrawl.crawl.registry import load_sites, registered_sites
    from govcrawl.store import Store, StoreError, db
    from govcrawl.web.app import create_app

    sites = registered_sites()
    for path in args.sites:
        sites += load_sites(path)
    try:
        url = db.resolve_url(args.db)
        path = db.sqlite_path(url)
        if path is not None and not path.exists():
            raise UserError(f"no store at {path}: crawl first, or pass --db")
        # Read-only: never migrate the database from here (`govcrawl db upgrade` does that).
        store = Store.open(url, upgrade=False)
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    with store:
        print(f"govcrawl web: http://{args.host}:{args.port}/  (store {store.url}; Ctrl-C stops)", flush=True)
        waitress.serve(create_app(store, sites), host=args.host, port=args.port, threads=args.threads,
                       ident="govcrawl")
    return 0
