"""What ``Store.save_record`` computes from a record before it touches the database.

Pure functions of the record, kept free of SQLAlchemy so a crawl's parse workers can run them
(``govcrawl.crawl.parsejob``): the content hash, the stored JSON and the cell and check rows
cost ~2–3 ms per record, and on the crawl's writer thread that time is taken from the one
interpreter lock the downloads also need.  ``save_record`` computes the same itself when it is
not handed a ``PreparedRecord``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from govcrawl.store.normalize import content_hash

CELL_FIELDS = ("table_key", "block_key", "row_key", "col_key", "value", "raw", "flags")


class RawJSON(str):
    """JSON text already serialised by ``json_dumps``: the JSON column stores it as it is."""

    __slots__ = ()


def json_dumps(value: Any) -> str:
    """The JSON columns' serialiser (the engines' ``json_serializer``)."""
    if type(value) is RawJSON:
        return value
    # Chinese text as UTF-8, not \uXXXX escapes: about half the size.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class PreparedRecord:
    content_hash: str
    record_json: RawJSON  # the stored record: the record without its "version"
    cells: list[list[Any]]  # rows in CELL_FIELDS order
    checks: list[tuple[Any, ...]]  # (check_id, scope, status, lhs, rhs)


def prepare_record(record: Mapping[str, Any], hashed: str | None = None) -> PreparedRecord:
    """``hashed``: the record's ``content_hash``, if the caller has it already."""
    stored = {k: v for k, v in record.items() if k != "version"}
    checks = [
        (str(c.get("id") or "")[:20], clip(c.get("scope"), 100), c.get("status"), number(c.get("lhs")),
         number(c.get("rhs")))
        for c in record.get("checks") or []
        if isinstance(c, Mapping)
    ]
    return PreparedRecord(hashed or content_hash(record), RawJSON(json_dumps(stored)), cell_entries(record), checks)


def number(value: Any) -> float | int | None:
    kind = type(value)
    if kind is int or kind is float:  # the common case, first
        return value  # type: ignore[no-any-return]
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, str):
        try:
            dec = Decimal(value.strip().replace(",", ""))
        except InvalidOperation:
            return None
        return int(dec) if dec == dec.to_integral_value() else float(dec)
    return None


def cell_entries(record: Mapping[str, Any]) -> list[list[Any]]:
    """``long_cells`` as lists in ``CELL_FIELDS`` order (no per-cell dicts: this runs for every
    stored parse, ~200 cells each)."""
    rows: dict[tuple[Any, Any, Any, Any], list[Any]] = {}
    tables = record.get("tables") or {}
    for block, brows in (tables.get("t2") or {}).items():
        for row, cols in (brows or {}).items():
            for col, value in (cols or {}).items():
                rows["t2", block, row, col] = ["t2", block, row, col, number(value), None, ""]
    for row, cols in (tables.get("t3") or {}).items():
        for col, value in (cols or {}).items():
            rows["t3", "", row, col] = ["t3", "", row, col, number(value), None, ""]
    for col, value in (tables.get("t4") or {}).items():
        rows["t4", "", "cases", col] = ["t4", "", "cases", col, number(value), None, ""]
    for cell in record.get("cells") or []:
        if type(cell) is not dict and not isinstance(cell, Mapping):
            continue
        table = str(cell.get("table") or "")
        key = (
            table,
            str(cell.get("block") or ""),
            str(cell.get("row") or ("cases" if table == "t4" else "")),
            str(cell.get("col") or ""),
        )
        entry = rows.get(key)
        if entry is None:
            entry = rows[key] = [*key, number(cell.get("value")), None, ""]
        raw = cell.get("raw")
        entry[5] = None if raw is None else str(raw)
        flags = cell.get("flags")
        entry[6] = " ".join([str(f) for f in flags])[:200] if flags else ""
    return list(rows.values())


def clip(value: Any, limit: int | None = None) -> str | None:
    """``str(value)`` cut to ``limit`` characters; ``None`` stays ``None``."""
    if value is None:
        return None
    text = str(value)
    return text[:limit] if limit else text
