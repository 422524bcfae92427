"""``govcrawl export``: the current records (or every version) as JSONL, CSV or Parquet.

- JSONL: one record per line in the shape of docs/record.md; the ``version`` block is filled in
  from the store (``number``, ``valid_from``, ``valid_to``, ``content_hash``, ``parser_version``,
  plus ``parse`` and ``change_id``), ``agency`` from the agencies table.
- CSV and Parquet: the long cell table, one row per cell, with the report's keys (``shape="cell"``);
  one row per report version (``"report"``); or that row followed by one column per cell key
  (``"wide"``).  Columns and their types: ``govcrawl.store.tabular``.  CSV text cells that begin
  with ``= + - @`` (or tab/CR) are prefixed with ``'`` so spreadsheets do not run them as formulas;
  numeric columns are written by us and left alone.

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
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Final, Literal

from sqlalchemy import Select, and_, func, or_, select

from govcrawl.store.models import Agency, Cell, CheckResult, Report, ReportParse, ReportVersion
from govcrawl.store.store import Store
from govcrawl.store.tabular import (
    Column,
    Shape,
    cell_column,
    cell_label_of,
    columns_for,
    report_cell_keys,
    report_row,
)

Format = Literal["jsonl", "csv", "parquet"]
PAGE: Final = 500

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


def _selection(all_versions: bool, filters: Filters, *, whole_record: bool = True) -> Select[Any]:
    """The selected parses with their version, report and agency columns; ``whole_record``: with
    the record JSON, else with only the few record fields a table row needs (read by the
    database: decoding each ~40 KB record in Python was most of a per-report export's time)."""
    record_columns: list[Any] = [ReportParse.record]
    if not whole_record:
        record_columns = [
            ReportParse.record["title"].as_string().label("title"),
            ReportParse.record["published_date"].as_string().label("published_date"),
            ReportParse.record["source"]["url"].as_string().label("url"),
            ReportParse.flags,
        ]
    stmt = (
        select(
            ReportParse.id.label("parse_id"),
            *record_columns,
            ReportParse.number.label("parse_number"),
            ReportParse.parser_version,
            ReportParse.content_hash,
            ReportParse.change_id,
            ReportParse.template_version,
            ReportParse.status.label("parse_status"),
            ReportParse.check_status,
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
    store: Store,
    *,
    all_versions: bool = False,
    since: int = 0,
    filters: Filters | None = None,
    whole_record: bool = True,
) -> tuple[int, Iterator[list[Mapping[str, Any]]]]:
    """(next cursor, pages of selected rows) — the heart of every export format."""
    end = store.max_change_id()
    if since > end:
        raise CursorError(f"cursor {since} is ahead of this store (last change {end})")
    base = _selection(all_versions, filters or Filters(), whole_record=whole_record).where(
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


def _cell_rows(store: Store, rows: list[Mapping[str, Any]]) -> list[Any]:
    """The stored cells of a page of selected rows, in parse and insertion order."""
    with store.reading() as conn:
        return list(
            conn.execute(
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
                .where(Cell.parse_id.in_([r["parse_id"] for r in rows]))
                .order_by(Cell.parse_id, Cell.id)
            ).all()
        )


def _cells(store: Store, rows: list[Mapping[str, Any]], *, labels: bool = False) -> Iterator[dict[str, Any]]:
    by_parse = {r["parse_id"]: r for r in rows}
    for c in _cell_rows(store, rows):
        r = by_parse[c.parse_id]
        cell = {
            "agency_id": r["agency_key"], "agency_name": r["agency_name"], "region": r["region"],
            "region_code": r["region_code"], "year": r["year"], "version": r["number"], "parse": r["parse_number"],
            "parser_version": r["parser_version"], "template_version": r["template_version"],
            "change_id": r["change_id"], "table": c.table_key, "block": c.block_key, "row": c.row_key,
            "col": c.col_key, "value": None if c.value is None else float(c.value), "raw": c.raw,
            "cell_flags": c.flags,
        }  # fmt: skip
        if labels:
            cell["label_zh"] = cell_label_of(r["template_version"], c.table_key, c.block_key, c.row_key, c.col_key)
        yield cell


def _report_cells(store: Store, rows: list[Mapping[str, Any]]) -> list[Any]:
    """The stored cells behind the per-report totals (a few of each parse's ~200)."""
    t3_rows, t4_cols = report_cell_keys()
    with store.reading() as conn:
        return list(
            conn.execute(
                select(Cell.parse_id, Cell.table_key, Cell.block_key, Cell.row_key, Cell.col_key, Cell.value).where(
                    Cell.parse_id.in_([r["parse_id"] for r in rows]),
                    or_(
                        and_(Cell.table_key == "t3", Cell.col_key == "total", Cell.row_key.in_(t3_rows)),
                        and_(Cell.table_key == "t4", Cell.col_key.in_(t4_cols)),
                    ),
                )
            ).all()
        )


def _check_counts(store: Store, rows: list[Mapping[str, Any]]) -> dict[int, Counter[str]]:
    counts: dict[int, Counter[str]] = {}
    with store.reading() as conn:
        for parse_id, status, n in conn.execute(
            select(CheckResult.parse_id, CheckResult.status, func.count())
            .where(CheckResult.parse_id.in_([r["parse_id"] for r in rows]))
            .group_by(CheckResult.parse_id, CheckResult.status)
        ):
            counts.setdefault(parse_id, Counter())[status] = int(n)
    return counts


def _reports(store: Store, rows: list[Mapping[str, Any]], *, wide: bool = False) -> Iterator[dict[str, Any]]:
    """Per-report rows of a page; ``wide``: with one entry per stored cell (``t3.granted.total``)."""
    values: dict[int, dict[str, float | None]] = {}
    for c in _cell_rows(store, rows) if wide else _report_cells(store, rows):
        values.setdefault(c.parse_id, {})[cell_column(c.table_key, c.block_key, c.row_key, c.col_key)] = (
            None if c.value is None else float(c.value)
        )
    checks = _check_counts(store, rows)
    for r in rows:
        meta = {**r, "valid_from": _iso(r["valid_from"]), "valid_to": _iso(r["valid_to"])}
        cells = values.get(r["parse_id"], {})
        row = report_row(meta, cells, checks.get(r["parse_id"], Counter()))
        yield {**row, **cells} if wide else row


def _page_rows(
    store: Store, page: list[Mapping[str, Any]], shape: Shape, labels: bool
) -> Iterator[dict[str, Any]]:
    if shape == "cell":
        return _cells(store, page, labels=labels)
    return _reports(store, page, wide=shape == "wide")


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
    shape: Shape = "cell",
    labels: bool = False,
) -> ExportResult:
    """Write the selected records to ``out`` (a text stream for jsonl/csv, a path or binary
    stream for parquet) and return counts and the next cursor.  ``shape`` and ``labels`` choose
    the CSV/Parquet table (``govcrawl.store.tabular.columns_for``)."""
    end, pages = iter_selected(
        store, all_versions=all_versions, since=since, filters=filters, whole_record=fmt == "jsonl" or shape == "cell"
    )
    records = rows = 0
    if fmt == "jsonl":
        stream = _text_stream(out)
        for page in pages:
            for row in page:
                stream.write(json.dumps(record_of(row), ensure_ascii=False, separators=(",", ":")) + "\n")
                records += 1
        stream.flush()
        return ExportResult(records, records, end)
    columns = columns_for(shape, labels=labels)
    if fmt == "csv":
        stream = _text_stream(out)
        names = [c.name for c in columns]
        # CRLF as RFC 4180 says; it also makes the writer quote a cell holding a bare CR, which a
        # reader would otherwise take for the end of the row (and the rest for a row of its own).
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(names)
        for page in pages:
            records += len(page)
            for item in _page_rows(store, page, shape, labels):
                writer.writerow([_csv_value(item.get(k)) for k in names])
                rows += 1
        stream.flush()
        return ExportResult(records, rows, end)
    if fmt == "parquet":
        return _export_parquet(store, out, pages, end, columns, shape, labels)
    raise ValueError(f"unknown export format {fmt!r}")


def _text_stream(out: IO[str] | IO[bytes] | Path) -> IO[str]:
    if isinstance(out, Path):
        raise TypeError("open the output file first for jsonl/csv")
    if isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        return out  # type: ignore[return-value]
    return io.TextIOWrapper(out, encoding="utf-8", newline="")  # type: ignore[type-var]


def _export_parquet(
    store: Store,
    out: IO[str] | IO[bytes] | Path,
    pages: Iterator[list[Mapping[str, Any]]],
    end: int,
    columns: tuple[Column, ...],
    shape: Shape,
    labels: bool,
) -> ExportResult:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from govcrawl.store.tabular import arrow_schema

    schema = arrow_schema(columns)
    names = [c.name for c in columns]
    records = rows = 0
    sink: Any = str(out) if isinstance(out, Path) else out
    with pq.ParquetWriter(sink, schema, compression="zstd") as writer:
        for page in pages:
            records += len(page)
            items = [{k: item.get(k) for k in names} for item in _page_rows(store, page, shape, labels)]
            if items:
                writer.write_table(pa.Table.from_pylist(items, schema=schema))
                rows += len(items)
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
