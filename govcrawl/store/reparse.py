"""``govcrawl reparse``: re-parse stored raw bodies with the current parser.

Workers (a ``ParsePool``, one process per core by default: each parse under the same wall-clock
and memory limits as the crawl's) read the bodies from disk and parse them exactly as the crawl
did — the same media type the server sent, the same agency, URL, fetch time and attachments, and
the same completion (``govcrawl.crawl.parsejob``: the page an attachment was linked from, the year
its list entry named) — all taken from the version's crawl parse.  The parent process is the only
writer and stores each result with ``Store.save_parse`` in batches of ``BATCH`` per transaction.
A result whose normalised content equals the version's current parse is not stored (``same``);
otherwise it becomes a new parse of the same version (kind ``reparse``) — never a new version.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from govcrawl.parsepool import ParseLimitExceeded, ParsePool
from govcrawl.store.models import Agency, FetchLog, Report, ReportParse, ReportVersion
from govcrawl.store.store import Store

BATCH = 100
# A stored body is at most the crawl's response limit; a file beyond this is not one of ours.
MAX_BODY_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Task:
    """One version to re-parse: where its body is and the context the crawl parsed it with."""

    version_id: int
    path: str
    media_type: str | None
    context: dict[str, Any]      # parse_report's keywords: url, fetched_at, agency, attachments
    page_url: str | None
    listed_year: int | None


@dataclass
class ReparseSummary:
    total: int = 0
    reparsed: int = 0
    same: int = 0
    failed: int = 0
    missing_body: int = 0
    errors: list[str] = field(default_factory=list)  # the first few failures, "version N: message"


def _parse_task(task: Task) -> dict[str, Any]:
    """Worker: the record the crawl would make of this stored body."""
    from govcrawl.crawl.parsejob import complete, unparsed
    from govcrawl.report import parse_report

    with open(task.path, "rb") as fh:
        data = fh.read(MAX_BODY_BYTES + 1)
    if len(data) > MAX_BODY_BYTES:
        return unparsed("too_large", f"the stored body is over {MAX_BODY_BYTES} bytes", data[:MAX_BODY_BYTES],
                        task.media_type, page_url=task.page_url, listed_year=task.listed_year, **task.context)
    record = parse_report(data, task.media_type, **task.context)
    return complete(record, page_url=task.page_url, listed_year=task.listed_year)


def _stopped_record(task: Task, exc: ParseLimitExceeded) -> dict[str, Any]:
    """The record of a parse stopped by a limit, as the crawl stores it."""
    from govcrawl.crawl.parsejob import unparsed

    with open(task.path, "rb") as fh:
        data = fh.read(MAX_BODY_BYTES)
    return unparsed(exc.flag, str(exc), data, task.media_type, page_url=task.page_url,
                    listed_year=task.listed_year, **task.context)


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _served_types(store: Store, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The Content-Type the server sent with each (URL, body sha256), from the fetch log."""
    out: dict[tuple[str, str], str] = {}
    shas = sorted({sha for _url, sha in pairs})
    with store.reading() as conn:
        for i in range(0, len(shas), 500):
            stmt = (select(FetchLog.url, FetchLog.body_sha256, FetchLog.media_type)
                    .where(FetchLog.body_sha256.in_(shas[i:i + 500]), FetchLog.media_type.is_not(None))
                    .order_by(FetchLog.id))
            for url, sha, media_type in conn.execute(stmt):
                if sha is not None and (url, sha) in pairs and media_type:
                    out[(url, sha)] = media_type
    return out


def _tasks(store: Store, *, all_versions: bool, agency: str | None, year: int | None) -> tuple[list[Task], int]:
    stmt = (
        select(ReportVersion.id, ReportVersion.raw_sha256, ReportVersion.media_type, ReportVersion.source_url,
               Report.year, ReportParse.record)
        .join(Report, Report.id == ReportVersion.report_id)
        .join(Agency, Agency.id == Report.agency_id)
        # The crawl's own parse of the version (its first): what the crawl knew when it parsed.
        .join(ReportParse, (ReportParse.version_id == ReportVersion.id) & (ReportParse.number == 1))
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
    served = _served_types(store, {(r.source_url, r.raw_sha256) for r in rows if r.source_url and r.raw_sha256})
    tasks: list[Task] = []
    missing = 0
    for r in rows:
        if not r.raw_sha256 or not store.raw.path(r.raw_sha256).exists():
            missing += 1
            continue
        crawled = r.record if isinstance(r.record, dict) else {}
        source = crawled.get("source") or {}
        context = {"url": source.get("url", r.source_url), "fetched_at": source.get("fetched_at"),
                   "agency": crawled.get("agency"), "attachments": source.get("attachments") or []}
        listed = crawled.get("year") if isinstance(crawled.get("year"), int) else r.year
        tasks.append(Task(r.id, str(store.raw.path(r.raw_sha256)),
                          served.get((r.source_url, r.raw_sha256), r.media_type), context,
                          source.get("page_url"), listed))
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

    with ParsePool(n) as pool:
        # A few tasks per worker in flight: results are taken in order, records do not pile up.
        window: deque[tuple[Task, Future[Any]]] = deque()
        queued = iter(tasks)
        for task in itertools.islice(queued, 4 * n):
            window.append((task, pool.submit(_parse_task, task)))
        while window:
            task, future = window.popleft()
            nxt = next(queued, None)
            if nxt is not None:
                window.append((nxt, pool.submit(_parse_task, nxt)))
            try:
                record = future.result()
            except ParseLimitExceeded as exc:  # stored flagged, as the crawl stores it
                record = _stopped_record(task, exc)
            except Exception as exc:  # one bad body must not stop the run
                summary.failed += 1
                if len(summary.errors) < 10:
                    summary.errors.append(f"version id {task.version_id}: {type(exc).__name__}: {exc}")
                continue
            pending.append((task.version_id, record))
            if len(pending) >= BATCH:
                flush()
        if pending:
            flush()
    return summary
