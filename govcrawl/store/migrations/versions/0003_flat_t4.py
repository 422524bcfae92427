"""flat tables.t4

docs/record.md puts table 四's fifteen column keys directly under ``tables.t4``; parsers before
this revision nested them as ``tables.t4.cases``.  Stored records are rewritten to the documented
shape, their content hashes recomputed (so a re-crawl of an unchanged report stays "unchanged"),
and the bogus cell row the nested shape left behind (``t4 / cases / cases``, value null) is
deleted.  The fifteen real cell rows (row key ``cases``) were always right and stay.

Downgrade nests ``tables.t4`` again (for a parser that reads only the old shape).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 16:40:00
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 500


def _flat(tables: dict[str, Any]) -> bool:
    t4 = tables.get("t4")
    if isinstance(t4, dict) and set(t4) == {"cases"} and isinstance(t4["cases"], dict):
        tables["t4"] = t4["cases"]
        return True
    return False


def _nested(tables: dict[str, Any]) -> bool:
    t4 = tables.get("t4")
    if isinstance(t4, dict) and t4 and "cases" not in t4:
        tables["t4"] = {"cases": t4}
        return True
    return False


def _rewrite(change: Callable[[dict[str, Any]], bool]) -> None:
    from govcrawl.store.normalize import content_hash

    conn = op.get_bind()
    parses = sa.table(
        "report_parses",
        sa.column("id", sa.Integer),
        sa.column("version_id", sa.Integer),
        sa.column("content_hash", sa.String),
        sa.column("record", sa.JSON),
    )
    versions = sa.table("report_versions", sa.column("id", sa.Integer), sa.column("content_hash", sa.String))
    last = 0
    while True:  # bounded: ids strictly increase, each batch reads _BATCH rows at most
        rows = conn.execute(
            sa.select(parses.c.id, parses.c.version_id, parses.c.content_hash, parses.c.record)
            .where(parses.c.id > last)
            .order_by(parses.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        for pid, vid, old_hash, record in rows:
            last = pid
            if isinstance(record, str | bytes):
                record = json.loads(record)
            tables = record.get("tables") if isinstance(record, dict) else None
            if not isinstance(tables, dict) or not change(tables):
                continue
            new_hash = content_hash(record)
            conn.execute(
                parses.update()
                .where(parses.c.id == pid)
                .values(record=record, content_hash=new_hash)
            )
            conn.execute(
                versions.update()
                .where(versions.c.id == vid, versions.c.content_hash == old_hash)
                .values(content_hash=new_hash)
            )


def upgrade() -> None:
    _rewrite(_flat)
    cells = sa.table("cells", sa.column("table_key", sa.String), sa.column("col_key", sa.String))
    op.get_bind().execute(cells.delete().where(cells.c.table_key == "t4", cells.c.col_key == "cases"))


def downgrade() -> None:
    _rewrite(_nested)
