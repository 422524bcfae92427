"""``govcrawl db upgrade|current``: create or upgrade the store's schema (Alembic)."""

from __future__ import annotations

import argparse

from sqlalchemy.exc import SQLAlchemyError

from govcrawl.errors import UserError
from govcrawl.store import db
from govcrawl.store.cliutil import add_store_args, short_error


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("db", help="create, upgrade or inspect the database schema")
    actions = parser.add_subparsers(dest="db_action", required=True, metavar="ACTION")
    up = actions.add_parser("upgrade", help="create the database or upgrade it to the latest schema")
    up.add_argument("revision", nargs="?", default="head", help="target revision (default: head)")
    add_store_args(up)
    up.set_defaults(func=run_upgrade)
    cur = actions.add_parser("current", help="print the schema revision of the database and the latest one")
    add_store_args(cur)
    cur.set_defaults(func=run_current)


def run_upgrade(args: argparse.Namespace) -> int:
    resolved = args.db or "?"
    try:
        resolved = db.resolve_url(args.db)
        engine = db.make_engine(resolved)
        try:
            before = db.current_revision(engine)
            db.upgrade(engine, args.revision)
            after = db.current_revision(engine)
        finally:
            engine.dispose()
    except db.StoreError as exc:
        raise UserError(str(exc)) from exc
    except SQLAlchemyError as exc:
        raise UserError(f"cannot upgrade {db.make_url_safe(resolved)}: {short_error(exc)}") from exc
    print(f"{db.make_url_safe(resolved)}: {before or 'empty'} → {after}")
    return 0


def run_current(args: argparse.Namespace) -> int:
    resolved = args.db or "?"
    try:
        resolved = db.resolve_url(args.db)
        engine = db.make_engine(resolved)
        try:
            current = db.current_revision(engine)
        finally:
            engine.dispose()
    except db.StoreError as exc:
        raise UserError(str(exc)) from exc
    except SQLAlchemyError as exc:
        raise UserError(f"cannot read {db.make_url_safe(resolved)}: {short_error(exc)}") from exc
    head = db.head_revision()
    state = "up to date" if current == head else "needs `govcrawl db upgrade`"
    print(f"{db.make_url_safe(resolved)}: {current or 'empty'} (latest {head}; {state})")
    return 0
