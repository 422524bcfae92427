"""``govcrawl reparse``: re-parse stored raw bodies with the current parser.

Workers (a ``ProcessPoolExecutor``, one process per core by default) read the bodies from disk
and run ``parse_report``; the parent process is the only writer and stores each result with
``Store.save_parse`` in batches of ``BATCH`` per transaction.  A result whose normalised content
equals the version's current parse is not stored (``same``); otherwise it becomes a new parse of
the same version (kind ``reparse``) — never a new version.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from govcrawl.store.models import Agency, Report, ReportVersion
from govcrawl.store.store import Store

BATCH = 100

# (version id, raw path, media type, source url, valid_from iso, agency dict)
Task = tuple[int, str, str | None, str | None, str | None, dict[str, Any]]


@dataclass
class ReparseSummary:
    total: int = 0
    reparsed: int = 0
    same: int = 0
    failed: int = 0
    missing_body: int = 0
    errors: list[str] = field(default_factory=list)  # the first few failures, "version N: message"


def _parse_task(task: Task) -> tuple[int, dict[str, Any] | None, str | None]:
    """Worker: parse one stored body.  Returns (version id, record or None, error)."""
    from govcrawl.report import parse_report

    version_id, path, media_type, url, fetched_at, agency = task
    try:
        with open(path, "rb") as fh:
            data = fh.read()
        record = parse_report(data, media_type, url=url, fetched_at=fetched_at, agency=agency)
    except Exception as exc:  # one bad body must not stop the run
        return version_id, None, f"{type(exc).__name__}: {exc}"
    return version_id, record, None


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _tasks(store: Store, *, all_versions: bool, agency: str | None, year: int | None) -> tuple[list[Task], int]:
    stmt = (
        select(
            ReportVersion.id,
            ReportVersion.raw_sha256,
            ReportVersion.media_type,
            ReportVersion.source_url,
            ReportVersion.valid_from,
            Agency.key,
            Agency.name,
            Agency.region,
            Agency.region_code,
        )
        .join(Report, Report.id == ReportVersion.report_id)
        .join(Agency, Agency.id == Report.agency_id)
        .order_by(ReportVersion.id)
    )
    if not all_versions:
        stmt = stmt.where(Report.current_version_id == ReportVersion.id)
    if agency:
        stmt = stmt.where((Agency.key == agency) | (Agency.name == agency))
    if year is not None:
        stmt = stmt.where(Report.year == year)
    with store.reading() as conn:
        rows = conn.execute(stmt).all()
    tasks: list[Task] = []
    missing = 0
    for r in rows:
        if not r.raw_sha256 or not store.raw.path(r.raw_sha256).exists():
            missing += 1
            continue
        fetched = r.valid_from.isoformat() if isinstance(r.valid_from, datetime) else None
        ag = {"id": r.key, "name": r.name, "region": r.region, "region_code": r.region_code}
        tasks.append((r.id, str(store.raw.path(r.raw_sha256)), r.media_type, r.source_url, fetched, ag))
    return tasks, missing


def reparse(
    store: Store,
    *,
    workers: int | None = None,
    all_versions: bool = False,
    agency: str | None = None,
    year: int | None = None,
    progress: Callable[[ReparseSummary], None] | None = None,
) -> ReparseSummary:
    """Re-parse the current versions (or all with ``all_versions``) using every core."""
    tasks, missing = _tasks(store, all_versions=all_versions, agency=agency, year=year)
    summary = ReparseSummary(total=len(tasks) + missing, missing_body=missing)
    if not tasks:
        return summary
    n = max(1, min(workers or default_workers(), len(tasks)))
    with ProcessPoolExecutor(max_workers=n) as pool:
        results: Iterator[tuple[int, dict[str, Any] | None, str | None]] = pool.map(
            _parse_task, tasks, chunksize=max(1, min(16, len(tasks) // (n * 4) or 1))
        )
        pending: list[tuple[int, dict[str, Any]]] = []

        def flush() -> None:
            with store.transaction():
                for version_id, record in pending:
                    res = store.save_parse(version_id, record)
                    if res.kind == "reparsed":
                        summary.reparsed += 1
                    else:
                        summary.same += 1
            pending.clear()
            if progress is not None:
                progress(summary)

        for version_id, record, error in results:
            if record is None:
                summary.failed += 1
                if len(summary.errors) < 10:
                    summary.errors.append(f"version id {version_id}: {error}")
                continue
            pending.append((version_id, record))
            if len(pending) >= BATCH:
                flush()
        if pending:
            flush()
    return summary
