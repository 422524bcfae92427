"""``govcrawl status``: a summary of what the store holds."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, func, select

from govcrawl.store.models import Agency, CrawlRun, FetchLog, Report, ReportParse, ReportVersion, UrlState
from govcrawl.store.store import Store, utcnow


@dataclass(frozen=True)
class Status:
    url: str
    data_dir: str
    agencies: int
    reports: int
    versions: int
    parses: int
    reports_per_year: list[tuple[int | None, int, int]]  # (year, reports, reports with >1 version)
    parse_status: dict[str, int]  # current parses by status (parsed/partial/unparsed)
    check_status: dict[str, int]  # current parses by check status
    spam_flagged: int
    last_change_id: int
    last_run: dict[str, Any] | None
    raw_files: int
    raw_bytes: int
    urls: dict[str, tuple[int, int, int]]  # URL kind → (known, due now, failing)
    next_due: datetime | None              # when the next URL falls due (after now)


def status(store: Store, *, disk_usage: bool = True) -> Status:
    current = (
        select(ReportParse)
        .join(ReportVersion, ReportVersion.current_parse_id == ReportParse.id)
        .join(Report, Report.current_version_id == ReportVersion.id)
        .subquery()
    )
    with store.reading() as conn:

        def scalar(stmt: Any) -> int:
            return int(conn.execute(stmt).scalar_one() or 0)

        versions_per_report = (
            select(ReportVersion.report_id, func.count().label("n")).group_by(ReportVersion.report_id).subquery()
        )
        per_year = conn.execute(
            select(
                Report.year,
                func.count(),
                func.sum(func.coalesce((versions_per_report.c.n > 1).cast(Integer), 0)),
            )
            .outerjoin(versions_per_report, versions_per_report.c.report_id == Report.id)
            .group_by(Report.year)
            .order_by(Report.year)
        ).all()
        runs = conn.execute(select(CrawlRun).order_by(CrawlRun.id.desc()).limit(1)).first()
        last_run = None
        if runs is not None:
            last_run = dict(runs._mapping)
            last_run["last_fetch"] = conn.execute(
                select(func.max(FetchLog.fetched_at)).where(FetchLog.crawl_run_id == runs.id)
            ).scalar()
        now = utcnow()
        urls = {
            kind: (int(n), int(due or 0), int(failing or 0))
            for kind, n, due, failing in conn.execute(
                select(UrlState.kind, func.count(), func.sum((UrlState.next_due <= now).cast(Integer)),
                       func.sum((UrlState.consecutive_errors > 0).cast(Integer))).group_by(UrlState.kind))
        }
        next_due = conn.execute(select(func.min(UrlState.next_due)).where(UrlState.next_due > now)).scalar()
        result = Status(
            url=store.engine.url.render_as_string(hide_password=True),
            data_dir=str(store.raw.root),
            agencies=scalar(select(func.count()).select_from(Agency)),
            reports=scalar(select(func.count()).select_from(Report)),
            versions=scalar(select(func.count()).select_from(ReportVersion)),
            parses=scalar(select(func.count()).select_from(ReportParse)),
            reports_per_year=[(y, int(n), int(m or 0)) for y, n, m in per_year],
            parse_status=dict(
                (k, int(v)) for k, v in conn.execute(select(current.c.status, func.count()).group_by(current.c.status))
            ),
            check_status=dict(
                (k, int(v))
                for k, v in conn.execute(select(current.c.check_status, func.count()).group_by(current.c.check_status))
            ),
            spam_flagged=scalar(select(func.count()).select_from(current).where(current.c.spam_flagged.is_(True))),
            last_change_id=store.max_change_id(conn),
            last_run=last_run,
            raw_files=0,
            raw_bytes=0,
            urls=urls,
            next_due=next_due,
        )
    if disk_usage:
        files, size = store.raw.usage()
        result = Status(**{**result.__dict__, "raw_files": files, "raw_bytes": size})
    return result


def format_status(st: Status) -> list[str]:
    def when(value: Any) -> str:
        return value.strftime("%Y-%m-%d %H:%M UTC") if isinstance(value, datetime) else "-"

    lines = [
        f"store:     {st.url}",
        f"raw:       {st.data_dir}/raw  ({st.raw_files} files, {st.raw_bytes / 1e6:.1f} MB)",
        f"agencies:  {st.agencies}",
        f"reports:   {st.reports}  (versions {st.versions}, parses {st.parses}, last change {st.last_change_id})",
        "",
        "year   reports  amended",
    ]
    lines += [f"{y if y is not None else '?':<6} {n:>7}  {m:>7}" for y, n, m in st.reports_per_year]
    lines += [
        "",
        "current parses: " + (", ".join(f"{k} {v}" for k, v in sorted(st.parse_status.items())) or "none"),
        "checks:         " + (", ".join(f"{k} {v}" for k, v in sorted(st.check_status.items())) or "none"),
        f"spam-flagged:   {st.spam_flagged}",
        "",
    ]
    if st.urls:
        lines.append("URLs the crawler knows   known  due now  failing")
        for kind, (known, due, failing) in sorted(st.urls.items()):
            lines.append(f"  {kind:<22} {known:>5}  {due:>7}  {failing:>7}")
        lines += [f"next URL due:   {when(st.next_due)}  (`govcrawl crawl --due` crawls the portals due)", ""]
    run = st.last_run
    if run is None:
        lines.append("last crawl: none")
    else:
        lines.append(
            f"last crawl: #{run['id']} {run['name'] or ''} {run['status']}, started {when(run['started_at'])}, "
            f"finished {when(run['finished_at'])}"
        )
        lines.append(
            f"            fetched {run['pages_fetched']} (errors {run['fetch_errors']}), new {run['records_new']}, "
            f"changed {run['records_changed']}, unchanged {run['records_unchanged']}, "
            f"reparsed {run['records_reparsed']}, superseded {run['records_superseded']}"
        )
        if run.get("error"):
            lines.append(f"            error: {run['error']}")
        lines += coverage_status(run.get("coverage"))
    return lines


def coverage_status(stored: str | None) -> list[str]:
    """The last crawl's coverage: portals that fell short and why (lists, page budget)."""
    if not stored:
        return []
    try:
        portals = json.loads(stored)
    except ValueError:
        return ["            coverage: unreadable"]
    short = [p for p in portals if p.get("falls_short")]
    lines = [f"            coverage: {len(portals)} portals, {len(short)} short of what their lists declare"]
    for portal in short:
        for entry in portal.get("lists", []):
            if entry.get("shortfall"):
                lines.append(f"              {portal['site']}: {entry['url']}: harvested {entry['shortfall']}")
        if portal.get("budget_refused"):
            lines.append(f"              {portal['site']}: page budget {portal['page_budget']} reached, "
                         f"{portal['budget_refused']} list pages not requested")
    return lines
