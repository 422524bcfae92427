"""Dump a store to a canonical structure, compare two stores, and check a store's consistency.

For reliability tests (kill -9 and resume, database restarts, full disks): two crawls of the same
portals must leave the same *records*, whatever happened on the way.  ``canonical_dump(url)``
reads only what a user of the store sees — agencies, reports, their versions, and each version's
current parse with its cells and checks — and leaves out what legitimately differs between runs:
row ids, timestamps (``fetched_at``, ``parsed_at``, ``first_seen`` …), crawl-run ids and change
ids.  It does not look at the fetch log, crawl runs or any per-URL crawl state.

    problems = compare_dumps(canonical_dump(reference_url), canonical_dump(resumed_url))
    assert not problems, "\\n".join(problems)

``consistency_problems(url)`` checks the invariants a half-written save would break: version
numbers 1..n without gaps, only the last version open, the report and version pointers aimed at
the right rows, every parse with exactly the cells and checks its record implies, every version's
raw body registered.  ``sqlite_integrity(path)`` runs ``PRAGMA integrity_check``.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, inspect, select
from sqlalchemy.engine import make_url

from govcrawl.store.db import resolve_url
from govcrawl.store.models import Agency, CheckResult, RawBody, Report, ReportParse, ReportVersion
from govcrawl.store.models import Cell as CellRow
from govcrawl.store.store import long_cells

# Record fields that change from run to run for the same content.
VOLATILE_RECORD_FIELDS: dict[str, tuple[str, ...]] = {"source": ("fetched_at",), "": ("version", "stored")}


@contextmanager
def _reading(url: str) -> Iterator[Connection]:
    resolved = resolve_url(url)
    parsed = make_url(resolved)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        # Read-only: a dump must never create, migrate or lock the file it inspects.
        path = Path(parsed.database).resolve()
        engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(f"file:{path}?mode=ro", uri=True))
    else:
        engine = create_engine(resolved)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def _has_schema(conn: Connection) -> bool:
    return bool(inspect(conn).has_table(Report.__tablename__))


def _clean_record(record: Any) -> Any:
    if not isinstance(record, dict):
        return record
    out = {k: v for k, v in record.items() if k not in VOLATILE_RECORD_FIELDS[""]}
    for key, fields in VOLATILE_RECORD_FIELDS.items():
        if key and isinstance(out.get(key), dict):
            out[key] = {k: v for k, v in out[key].items() if k not in fields}
    return out


def _num(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def canonical_dump(url: str) -> dict[str, Any]:
    """``{"agencies": {key: {...}}, "reports": {report key: {...}}}`` — JSON-serialisable and
    independent of row ids, timestamps and insertion order."""
    with _reading(url) as conn:
        if not _has_schema(conn):  # a crawl killed before its schema was committed left an empty file
            return {"agencies": {}, "reports": {}}
        agencies = {
            row.key: {"name": row.name, "region": row.region, "region_code": row.region_code, "portal": row.portal}
            for row in conn.execute(
                select(Agency.id, Agency.key, Agency.name, Agency.region, Agency.region_code, Agency.portal)
            )
        }
        agency_key = {row[0]: row[1] for row in conn.execute(select(Agency.id, Agency.key))}
        parses: dict[int, list[Any]] = defaultdict(list)
        for p in conn.execute(
            select(
                ReportParse.id, ReportParse.version_id, ReportParse.number, ReportParse.kind,
                ReportParse.parser_version, ReportParse.content_hash, ReportParse.template_version,
                ReportParse.status, ReportParse.check_status, ReportParse.spam_flagged, ReportParse.flags,
                ReportParse.record,
            )
        ):
            parses[p.version_id].append(p)
        cells: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
        for c in conn.execute(
            select(CellRow.parse_id, CellRow.table_key, CellRow.block_key, CellRow.row_key, CellRow.col_key,
                   CellRow.value, CellRow.raw, CellRow.flags)
        ):
            cells[c.parse_id].append((c.table_key, c.block_key, c.row_key, c.col_key, _num(c.value), c.raw, c.flags))
        checks: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
        for k in conn.execute(
            select(CheckResult.parse_id, CheckResult.check_id, CheckResult.scope, CheckResult.status,
                   CheckResult.lhs, CheckResult.rhs)
        ):
            checks[k.parse_id].append((k.check_id, k.scope, k.status, _num(k.lhs), _num(k.rhs)))
        versions: dict[int, list[Any]] = defaultdict(list)
        for v in conn.execute(
            select(
                ReportVersion.id, ReportVersion.report_id, ReportVersion.number, ReportVersion.content_hash,
                ReportVersion.status, ReportVersion.template_version, ReportVersion.parser_version,
                ReportVersion.raw_sha256, ReportVersion.media_type, ReportVersion.source_url, ReportVersion.title,
                ReportVersion.published_date, ReportVersion.valid_to, ReportVersion.current_parse_id,
            )
        ):
            versions[v.report_id].append(v)
        reports: dict[str, Any] = {}
        for r in conn.execute(select(Report.id, Report.key, Report.agency_id, Report.year, Report.current_version_id)):
            out_versions = []
            current_number = None
            for v in sorted(versions[r.id], key=lambda v: v.number):
                if v.id == r.current_version_id:
                    current_number = v.number
                current = next((p for p in parses[v.id] if p.id == v.current_parse_id), None)
                out_versions.append({
                    "number": v.number,
                    "content_hash": v.content_hash,
                    "status": v.status,
                    "template_version": v.template_version,
                    "parser_version": v.parser_version,
                    "raw_sha256": v.raw_sha256,
                    "media_type": v.media_type,
                    "source_url": v.source_url,
                    "title": v.title,
                    "published_date": v.published_date,
                    "open": v.valid_to is None,
                    "parses": len(parses[v.id]),
                    "current_parse": None if current is None else {
                        "number": current.number,
                        "kind": current.kind,
                        "parser_version": current.parser_version,
                        "content_hash": current.content_hash,
                        "template_version": current.template_version,
                        "status": current.status,
                        "check_status": current.check_status,
                        "spam_flagged": bool(current.spam_flagged),
                        "flags": current.flags,
                        "record": _clean_record(current.record),
                        "cells": sorted(cells[current.id], key=repr),
                        "checks": sorted(checks[current.id], key=repr),
                    },
                })
            reports[r.key] = {
                "agency": agency_key.get(r.agency_id),
                "year": r.year,
                "current_version": current_number,
                "versions": out_versions,
            }
    # Round-trip through JSON: tuples become lists, so dumps compare equal to dumps read from files.
    dumped: dict[str, Any] = json.loads(json.dumps({"agencies": agencies, "reports": reports}, sort_keys=True))
    return dumped


def compare_dumps(
    expected: Mapping[str, Any], actual: Mapping[str, Any], *, subset: bool = False, limit: int = 50
) -> list[str]:
    """Human-readable differences (empty when the stores hold the same records).  ``subset``:
    ``actual`` is a partial store (a crawl cut short) — what it holds must equal ``expected``,
    but it may lack reports and agencies."""
    problems: list[str] = []
    for section in ("agencies", "reports"):
        exp, act = expected.get(section, {}), actual.get(section, {})
        for key in sorted(set(exp) - set(act)) if not subset else ():
            problems.append(f"{section}: {key} missing")
        for key in sorted(set(act) - set(exp)):
            problems.append(f"{section}: {key} unexpected")
        for key in sorted(set(exp) & set(act)):
            if section == "agencies" and subset:
                continue  # a partial crawl may not have seen every detail of an agency yet
            if exp[key] != act[key]:
                problems.append(f"{section}: {key} differs: {_first_difference(exp[key], act[key])}")
    if len(problems) > limit:
        problems = [*problems[:limit], f"… and {len(problems) - limit} more"]
    return problems


def _first_difference(a: Any, b: Any, path: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b), key=str):
            if a.get(key, "<absent>") != b.get(key, "<absent>"):
                return _first_difference(a.get(key, "<absent>"), b.get(key, "<absent>"), f"{path}.{key}")
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path or '.'}: {len(a)} items, got {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    return f"{path or '.'}: expected {str(a)[:120]!r}, got {str(b)[:120]!r}"


def consistency_problems(url: str, *, data_dir: str | Path | None = None) -> list[str]:
    """Invariants every committed save keeps; a half-written version or parse breaks one of them.
    ``data_dir``: also check that every version's raw body file exists there."""
    problems: list[str] = []
    with _reading(url) as conn:
        if not _has_schema(conn):
            return problems
        raw = set(conn.execute(select(RawBody.sha256)).scalars())
        cell_count: dict[int, int] = defaultdict(int)
        for pid in conn.execute(select(CellRow.parse_id)).scalars():
            cell_count[pid] += 1
        check_count: dict[int, int] = defaultdict(int)
        for pid in conn.execute(select(CheckResult.parse_id)).scalars():
            check_count[pid] += 1
        parses: dict[int, list[Any]] = defaultdict(list)
        for p in conn.execute(select(ReportParse.id, ReportParse.version_id, ReportParse.number, ReportParse.record)):
            parses[p.version_id].append(p)
            record = p.record if isinstance(p.record, dict) else {}
            want_cells = len(long_cells(record))
            if cell_count[p.id] != want_cells:
                problems.append(f"parse {p.id}: {cell_count[p.id]} cells stored, its record has {want_cells}")
            want_checks = sum(1 for c in record.get("checks") or [] if isinstance(c, dict))
            if check_count[p.id] != want_checks:
                problems.append(f"parse {p.id}: {check_count[p.id]} checks stored, its record has {want_checks}")
        versions: dict[int, list[Any]] = defaultdict(list)
        for v in conn.execute(select(ReportVersion.id, ReportVersion.report_id, ReportVersion.number,
                                     ReportVersion.valid_to, ReportVersion.current_parse_id,
                                     ReportVersion.raw_sha256)):
            versions[v.report_id].append(v)
            numbers = sorted(p.number for p in parses[v.id])
            if numbers != list(range(1, len(numbers) + 1)) or not numbers:
                problems.append(f"version {v.id}: parse numbers {numbers}")
            if v.current_parse_id not in {p.id for p in parses[v.id]}:
                problems.append(f"version {v.id}: current parse {v.current_parse_id} is not one of its parses")
            elif v.current_parse_id != max(parses[v.id], key=lambda p: p.number).id:
                problems.append(f"version {v.id}: current parse is not its latest")
            if v.raw_sha256 is not None:
                if v.raw_sha256 not in raw:
                    problems.append(f"version {v.id}: raw body {v.raw_sha256[:12]} not registered")
                elif data_dir is not None:
                    sha = v.raw_sha256
                    if not (Path(data_dir) / "raw" / sha[:2] / sha[2:4] / sha).is_file():
                        problems.append(f"version {v.id}: raw body file {sha[:12]} missing")
        for r in conn.execute(select(Report.id, Report.key, Report.current_version_id)):
            vs = sorted(versions[r.id], key=lambda v: v.number)
            if not vs:
                problems.append(f"report {r.key}: no version")
                continue
            if [v.number for v in vs] != list(range(1, len(vs) + 1)):
                problems.append(f"report {r.key}: version numbers {[v.number for v in vs]}")
            if r.current_version_id != vs[-1].id:
                problems.append(f"report {r.key}: current version is not its latest")
            open_ = [v.number for v in vs if v.valid_to is None]
            if open_ != [vs[-1].number]:
                problems.append(f"report {r.key}: open versions {open_}")
        orphans = set(parses) - {v.id for vs in versions.values() for v in vs}
        if orphans:
            problems.append(f"parses of missing versions: {sorted(orphans)[:10]}")
    return problems


def sqlite_integrity(path: str | Path) -> str:
    """``PRAGMA integrity_check`` of a SQLite file: ``"ok"`` when sound.  Opened read-write as the
    next crawl would open it, so a hot journal left by a killed writer is rolled back first."""
    conn = sqlite3.connect(str(path))
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()
    return "; ".join(str(r[0]) for r in rows)
