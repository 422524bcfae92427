"""Shared bits of the store's sub-commands: ``--db``/``--data-dir`` and opening the store."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import SQLAlchemyError

from govcrawl.errors import UserError
from govcrawl.store.db import StoreError
from govcrawl.store.store import Store


def add_store_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (default: $GOVCRAWL_DB_URL or sqlite:///var/govcrawl/govcrawl.sqlite3)",
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", help="raw-body directory (default: $GOVCRAWL_DATA_DIR or beside the SQLite file)"
    )


@contextmanager
def open_store(args: argparse.Namespace, *, upgrade: bool | None = None, read_only: bool = False) -> Iterator[Store]:
    """The store named by the arguments; database errors become ``UserError``.  ``read_only``
    (export, status, history, diff): a SQLite file that does not exist is an error — a mistyped
    path must not become a new empty store that "exports 0 records"."""
    if read_only:
        _must_exist(args.db)
    try:
        store = Store.open(args.db, data_dir=args.data_dir, upgrade=upgrade)
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    except SQLAlchemyError as exc:
        raise UserError(f"cannot open the store: {short_error(exc)}") from exc
    try:
        yield store
    except SQLAlchemyError as exc:
        raise UserError(f"database error: {short_error(exc)}") from exc
    finally:
        store.close()


def _must_exist(url: str | None) -> None:
    from govcrawl.store import db

    try:
        path = db.sqlite_path(db.resolve_url(url))
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    except Exception as exc:  # SQLAlchemy's URL parser: a malformed URL
        raise UserError(f"bad database URL {url!r}: {exc}") from exc
    if path is not None and not path.is_file():
        raise UserError(f"no database at {path} (crawl first, or give --db)")


def short_error(exc: SQLAlchemyError) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def parse_version_spec(text: str) -> tuple[int, int | None]:
    """``3`` → (3, None) (the version's current parse); ``3.2`` → (3, 2) (its parse 2)."""
    version, _, parse = text.partition(".")
    try:
        return int(version), (int(parse) if parse else None)
    except ValueError:
        raise UserError(f"bad version {text!r}: use N or N.P (version N, parse P)") from None
