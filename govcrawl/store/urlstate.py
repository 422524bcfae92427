"""The crawler's memory of URLs (table ``url_state``): read at the start of a crawl, written as it goes.

Functions take the ``Store`` first, so a crawl's ``StoreWriter`` runs them on its writer thread
(``writer.submit(urlstate.save, row, body)``) in the same group commits as the records.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from govcrawl.store.models import RawBody, UrlState
from govcrawl.store.store import Store, utcnow


@dataclass
class UrlRow:
    """One ``url_state`` row in memory (same fields as the table)."""

    key: str
    url: str
    method: str
    host: str
    kind: str
    site_id: str | None
    report_year: int | None
    first_fetched: datetime
    last_fetched: datetime
    last_changed: datetime | None
    last_status: int | None
    result: str
    error: str | None
    etag: str | None
    last_modified: str | None
    body_sha256: str | None
    media_type: str | None
    stored_sha256: str | None
    consecutive_errors: int
    interval_s: float | None
    next_due: datetime


_FIELDS = tuple(f.name for f in dataclasses.fields(UrlRow))


def url_key(method: str, url: str, body: bytes = b"") -> str:
    """The state key of a request: a GET is its URL; a POST list page is its URL and form body."""
    digest = hashlib.sha256(method.upper().encode() + b" " + url.encode("utf-8", "surrogatepass") + b"\n")
    if body:
        digest.update(body)
    return digest.hexdigest()


def load(store: Store, hosts: Iterable[str] | None = None, site_ids: Iterable[str] | None = None) -> dict[str, UrlRow]:
    """The rows of ``hosts`` and of ``site_ids`` (a hub's links reach other hosts); every row if both None."""
    query = select(*(getattr(UrlState, f) for f in _FIELDS))
    if hosts is not None or site_ids is not None:
        conditions = []
        # IN lists of a few thousand values are fine on both dialects; chunked beyond that.
        by_host = {h.lower() for h in hosts or ()}
        for column, values in ((UrlState.host, by_host), (UrlState.site_id, set(site_ids or ()))):
            wanted = sorted(values)
            conditions += [column.in_(wanted[i:i + 500]) for i in range(0, len(wanted), 500)]
        if not conditions:
            return {}
        query = query.where(or_(*conditions))
    # transaction(), not reading(): on a crawl's writer thread this call already runs inside one.
    with store.transaction() as conn:
        return {row.key: UrlRow(**row._asdict()) for row in conn.execute(query)}


_UPSERTS: dict[str, tuple[Any, Any]] = {}


def _statements(dialect: str) -> tuple[Any, Any]:
    """(raw body insert, url_state upsert), built once per dialect: building costs more than running."""
    if dialect not in _UPSERTS:
        ins: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
        upsert = ins(UrlState)
        upsert = upsert.on_conflict_do_update(
            index_elements=["key"], set_={f: upsert.excluded[f] for f in _FIELDS if f != "key"})
        _UPSERTS[dialect] = (ins(RawBody).on_conflict_do_nothing(index_elements=["sha256"]), upsert)
    return _UPSERTS[dialect]


def save(store: Store, row: UrlRow, body: bytes | None = None) -> None:
    """Insert or replace ``row``; keep ``body`` (whose sha256 is ``row.body_sha256``) in the raw
    store first, so a row never names a body that is not on disk.  Not fsynced: a body lost in a
    power cut is noticed (``RawStore.get`` checks the hash) and simply fetched again."""
    raw_insert, upsert = _statements(store.dialect)
    with store.transaction() as conn:
        if body is not None and row.body_sha256:
            store.raw.put(body, row.body_sha256, fsync=False)
            conn.execute(raw_insert, {"sha256": row.body_sha256, "size": len(body), "media_type": row.media_type,
                                      "stored_at": utcnow()})
        conn.execute(upsert, {f: getattr(row, f) for f in _FIELDS})


def mark_stored(store: Store, key: str, sha256: str) -> None:
    """The record of the body ``sha256`` fetched from ``key`` is stored: the same bytes need no parse."""
    with store.transaction() as conn:
        conn.execute(update(UrlState).where(UrlState.key == key).values(stored_sha256=sha256))


def settle(store: Store, keys: Iterable[str]) -> None:
    """A portal's crawl finished: its start pages get the due time their interval gives.  Until
    then they stay due, so a crawl that was killed is picked up again by ``crawl --due``."""
    keys = list(keys)
    if not keys:
        return
    with store.transaction() as conn:
        for key in keys:
            row = conn.execute(select(UrlState.last_fetched, UrlState.interval_s, UrlState.consecutive_errors,
                                      UrlState.next_due).where(UrlState.key == key)).first()
            if row is None or row.consecutive_errors or row.interval_s is None:
                continue  # never fetched, or failing: its error back-off already set next_due
            conn.execute(update(UrlState).where(UrlState.key == key)
                         .values(next_due=row.last_fetched + timedelta(seconds=row.interval_s)))


def next_due(store: Store, keys: Iterable[str]) -> dict[str, datetime]:
    """When each of ``keys`` that the store knows is due next (keys never fetched are absent)."""
    keys = list(keys)
    found: dict[str, datetime] = {}
    with store.reading() as conn:
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            for key, due in conn.execute(select(UrlState.key, UrlState.next_due).where(UrlState.key.in_(chunk))):
                found[key] = due
    return found
