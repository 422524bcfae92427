"""``govcrawl export``: the current records (or every version) as JSONL, CSV or Parquet.

- JSONL: one record per line in the shape of docs/record.md; the ``version`` block is filled in
  from the store (``number``, ``valid_from``, ``valid_to``, ``content_hash``, ``parser_version``,
  plus ``parse`` and ``change_id``), ``agency`` from the agencies table.
- CSV and Parquet: the long cell table, one row per cell, with the report's keys.  CSV text cells
  that begin with ``= + - @`` (or tab/CR) are prefixed with ``'`` so spreadsheets do not run them
  as formulas; numeric columns are written by us and left alone.

The change feed: every new parse has a ``change_id`` assigned in commit order.  An export with
``since=N`` returns the records whose exported parse has ``N < change_id <= M``, where ``M`` is
the largest change id committed when the export started; ``M`` is the next cursor.  Rows are read
in pages, each in its own short transaction (SQLite readers would otherwise hold writers off); a
record that changes during the export gets a change id above ``M`` and comes with the next export
instead.  So successive exports hand out every change exactly once.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Final, Literal

from sqlalchemy import Select, select

from govcrawl.store.models import Agency, Cell, Report, ReportParse, ReportVersion
from govcrawl.store.store import Store

Format = Literal["jsonl", "csv", "parquet"]
PAGE: Final = 500

CELL_COLUMNS: Final = (
    "agency_id",
    "agency_name",
    "region",
    "region_code",
    "year",
    "version",
    "parse",
    "parser_version",
    "template_version",
    "change_id",
    "table",
    "block",
    "row",
    "col",
    "value",
    "raw",
    "flags",
)
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


class CursorError(ValueError):
    """The cursor does not belong to this store (ahead of its last change)."""


@dataclass(frozen=True)
class Filters:
    region: str | None = None  # prefix of the region name or region code
    agency: str | None = None  # agency key or exact name
    year: int | None = None
    template: str | None = None  # v2019 | v2021 | none
    check_status: str | None = None  # pass | fail | not_assessable | none


@dataclass(frozen=True)
class ExportResult:
    records: int
    rows: int
    next_cursor: int


def safe_csv_text(value: str) -> str:
    """Neutralise spreadsheet formulas: ``=1+1`` → ``'=1+1``."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat().replace("+00:00", "Z")


def _selection(all_versions: bool, filters: Filters) -> Select[Any]:
    stmt = (
        select(
            ReportParse.id.label("parse_id"),
            ReportParse.record,
            ReportParse.number.label("parse_number"),
            ReportParse.parser_version,
            ReportParse.content_hash,
            ReportParse.change_id,
            ReportParse.template_version,
            ReportVersion.id.label("version_id"),
            ReportVersion.number,
            ReportVersion.valid_from,
            ReportVersion.valid_to,
            Report.id.label("report_id"),
            Report.year,
            Agency.key.label("agency_key"),
            Agency.name.label("agency_name"),
            Agency.region,
            Agency.region_code,
        )
        .join(ReportVersion, ReportVersion.current_parse_id == ReportParse.id)
        .join(Report, Report.id == ReportVersion.report_id)
        .join(Agency, Agency.id == Report.agency_id)
    )
    if not all_versions:
        stmt = stmt.where(Report.current_version_id == ReportVersion.id)
    if filters.region:
        stmt = stmt.where(
            Agency.region.startswith(filters.region, autoescape=True)
            | Agency.region_code.startswith(filters.region, autoescape=True)
        )
    if filters.agency:
        stmt = stmt.where((Agency.key == filters.agency) | (Agency.name == filters.agency))
    if filters.year is not None:
        stmt = stmt.where(Report.year == filters.year)
    if filters.template:
        tv = filters.template
        stmt = stmt.where(
            ReportParse.template_version.is_(None) if tv == "none" else ReportParse.template_version == tv
        )
    if filters.check_status:
        stmt = stmt.where(ReportParse.check_status == filters.check_status)
    return stmt


def iter_selected(
    store: Store, *, all_versions: bool = False, since: int = 0, filters: Filters | None = None
) -> tuple[int, Iterator[list[Mapping[str, Any]]]]:
    """(next cursor, pages of selected rows) — the heart of every export format."""
    end = store.max_change_id()
    if since > end:
        raise CursorError(f"cursor {since} is ahead of this store (last change {end})")
    base = _selection(all_versions, filters or Filters()).where(
        ReportParse.change_id > since, ReportParse.change_id <= end
    )
    order = ReportVersion.id

    def pages() -> Iterator[list[Mapping[str, Any]]]:
        after = 0
        while True:
            with store.reading() as conn:
                rows: list[Mapping[str, Any]] = [
                    dict(r._mapping) for r in conn.execute(base.where(order > after).order_by(order).limit(PAGE))
                ]
            if not rows:
                return
            yield rows
            after = rows[-1]["version_id"]

    return end, pages()


def record_of(row: Mapping[str, Any]) -> dict[str, Any]:
    """The docs/record.md record of one selected row."""
    record = dict(row["record"])
    agency = dict(record.get("agency") or {})
    agency.update(id=row["agency_key"], name=row["agency_name"], region=row["region"], region_code=row["region_code"])
    record["agency"] = agency
    record["version"] = {
        "number": row["number"],
        "valid_from": _iso(row["valid_from"]),
        "valid_to": _iso(row["valid_to"]),
        "content_hash": row["content_hash"],
        "parser_version": row["parser_version"],
        "parse": row["parse_number"],
        "change_id": row["change_id"],
    }
    return record


def _cells(store: Store, rows: list[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    by_parse = {r["parse_id"]: r for r in rows}
    with store.reading() as conn:
        cells = conn.execute(
            select(
                Cell.parse_id,
                Cell.table_key,
                Cell.block_key,
                Cell.row_key,
                Cell.col_key,
                Cell.value,
                Cell.raw,
                Cell.flags,
            )
            .where(Cell.parse_id.in_(list(by_parse)))
            .order_by(Cell.parse_id, Cell.id)
        ).all()
    for c in cells:
        r = by_parse[c.parse_id]
        yield {
            "agency_id": r["agency_key"], "agency_name": r["agency_name"], "region": r["region"],
            "region_code": r["region_code"], "year": r["year"], "version": r["number"], "parse": r["parse_number"],
            "parser_version": r["parser_version"], "template_version": r["template_version"],
            "change_id": r["change_id"], "table": c.table_key, "block": c.block_key, "row": c.row_key,
            "col": c.col_key, "value": None if c.value is None else float(c.value), "raw": c.raw, "flags": c.flags,
        }  # fmt: skip


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, float):
        return int(value) if value.is_integer() else repr(value)
    if isinstance(value, str):
        return safe_csv_text(value)
    return value


def export(
    store: Store,
    fmt: Format,
    out: IO[str] | IO[bytes] | Path,
    *,
    all_versions: bool = False,
    since: int = 0,
    filters: Filters | None = None,
) -> ExportResult:
    """Write the selected records to ``out`` (a text stream for jsonl/csv, a path or binary
    stream for parquet) and return counts and the next cursor."""
    end, pages = iter_selected(store, all_versions=all_versions, since=since, filters=filters)
    records = rows = 0
    if fmt == "jsonl":
        stream = _text_stream(out)
        for page in pages:
            for row in page:
                stream.write(json.dumps(record_of(row), ensure_ascii=False, separators=(",", ":")) + "\n")
                records += 1
        stream.flush()
        return ExportResult(records, records, end)
    if fmt == "csv":
        stream = _text_stream(out)
        # CRLF as RFC 4180 says; it also makes the writer quote a cell holding a bare CR, which a
        # reader would otherwise take for the end of the row (and the rest for a row of its own).
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(CELL_COLUMNS)
        for page in pages:
            records += len(page)
            for cell in _cells(store, page):
                writer.writerow([_csv_value(cell[k]) for k in CELL_COLUMNS])
                rows += 1
        stream.flush()
        return ExportResult(records, rows, end)
    if fmt == "parquet":
        return _export_parquet(store, out, pages, end)
    raise ValueError(f"unknown export format {fmt!r}")


def _text_stream(out: IO[str] | IO[bytes] | Path) -> IO[str]:
    if isinstance(out, Path):
        raise TypeError("open the output file first for jsonl/csv")
    if isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        return out  # type: ignore[return-value]
    return io.TextIOWrapper(out, encoding="utf-8", newline="")  # type: ignore[type-var]


def _export_parquet(
    store: Store, out: IO[str] | IO[bytes] | Path, pages: Iterator[list[Mapping[str, Any]]], end: int
) -> ExportResult:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            ("agency_id", pa.string()),
            ("agency_name", pa.string()),
            ("region", pa.string()),
            ("region_code", pa.string()),
            ("year", pa.int32()),
            ("version", pa.int32()),
            ("parse", pa.int32()),
            ("parser_version", pa.string()),
            ("template_version", pa.string()),
            ("change_id", pa.int64()),
            ("table", pa.string()),
            ("block", pa.string()),
            ("row", pa.string()),
            ("col", pa.string()),
            ("value", pa.float64()),
            ("raw", pa.string()),
            ("flags", pa.string()),
        ]
    )
    records = rows = 0
    sink: Any = str(out) if isinstance(out, Path) else out
    with pq.ParquetWriter(sink, schema, compression="zstd") as writer:
        for page in pages:
            records += len(page)
            cells = list(_cells(store, page))
            if cells:
                writer.write_table(pa.Table.from_pylist(cells, schema=schema))
                rows += len(cells)
    return ExportResult(records, rows, end)


def changes(
    store: Store, since: int = 0, limit: int = PAGE, filters: Filters | None = None
) -> tuple[list[dict[str, Any]], int, bool]:
    """One page of the change feed for the web API: the current records whose parse has
    ``change_id > since``, oldest change first, at most ``limit`` of them, built by ``record_of``
    as the JSONL export builds them.  Returns (records, next cursor, whether more are waiting).
    Change ids are assigned in commit order, so the next page resumes exactly after the last one."""
    end = store.max_change_id()
    if since > end:
        raise CursorError(f"cursor {since} is ahead of this store (last change {end})")
    stmt = (
        _selection(False, filters or Filters())
        .where(ReportParse.change_id > since, ReportParse.change_id <= end)
        .order_by(ReportParse.change_id)
        .limit(limit + 1)
    )
    with store.reading() as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = int(rows[-1]["change_id"]) if more else end
    return [record_of(r) for r in rows], cursor, more
