"""Compliance with the publication deadline for one report year (条例 第五十条).

Every agency — each site of the registry, plus every agency the store holds reports of (a hub's
agencies, a user's own portals) — gets one status for year Y:

- ``on_time``: published by 31 January of Y+1.  The date is the one printed on the first stored
  version (an agency's later revision does not move its publication); when none is printed, a
  first sighting by the crawler on or before the deadline proves the report was on time.
- ``late``: published after the deadline, by ``days_late`` days.
- ``undated``: a report is stored but no printed date, and it was first seen after the deadline —
  the crawler may simply have come late, so lateness is not asserted.
- ``not_found``: the portal's lists were read (a list page answered, on or after 1 January of
  Y+1, when the report can exist) and hold no report for Y.
- ``unknown``: the portal was never read, every list page failed (blocked, unreachable), or its
  lists were last read before the report could be published — never counted as "not published".

Each row also carries the current parse's failed checks, the failed cross-year checks against the
year before (``govcrawl.store.crossyear``), and whether the report was revised after publication
(more than one stored version).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Final

from sqlalchemy import Integer, and_, case, func, select
from sqlalchemy.orm import aliased

from govcrawl.crawl.registry import Site
from govcrawl.store.models import Agency, CheckResult, CrossYearCheck, Report, ReportVersion, UrlState
from govcrawl.store.store import Store

STATUSES: Final = ("on_time", "late", "undated", "not_found", "unknown")
STATUS_LABELS: Final = {"on_time": "按时发布", "late": "逾期发布", "undated": "日期不明", "not_found": "未找到",
                        "unknown": "无法判断"}
SORT_KEYS: Final = ("region", "agency", "status", "published", "days_late", "failed_checks", "cross_year_fails",
                    "versions")


@dataclass(frozen=True)
class Row:
    agency_key: str
    agency: str
    region: str
    region_code: str
    status: str
    published: str | None       # the printed date, or the first sighting (see ``date_source``)
    date_source: str            # printed | first_seen | ""
    days_late: int | None
    failed_checks: int
    versions: int
    reason: str                 # why not_found / unknown
    cross_year_fails: int = 0   # cross-year identities against Y-1 that fail (a finding)


@dataclass(frozen=True)
class RegionSummary:
    region: str
    region_code: str
    counts: dict[str, int]
    total: int
    failed_checks: int
    revised: int


@dataclass(frozen=True)
class Compliance:
    year: int
    deadline: date
    rows: list[Row]
    regions: list[RegionSummary]
    counts: dict[str, int]


def deadline(year: int) -> date:
    return date(year + 1, 1, 31)


def _parse_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


Reads = dict[str, tuple[int, int, date | None]]


def _portal_reads(store: Store) -> Reads:
    """site id → (list URLs known, list URLs last read successfully, latest successful read)."""
    ok = and_(UrlState.result != "error", func.coalesce(UrlState.last_status, 200) < 400)
    with store.reading() as conn:
        return {
            str(site): (int(n), int(good or 0), latest.date() if latest is not None else None)
            for site, n, good, latest in conn.execute(
                select(UrlState.site_id, func.count(), func.sum(ok.cast(Integer)),
                       func.max(case((ok, UrlState.last_fetched))))
                .where(UrlState.kind == "list", UrlState.site_id.is_not(None))
                .group_by(UrlState.site_id)
            )
        }


def compliance(store: Store, year: int, sites: Sequence[Site]) -> Compliance:
    due = deadline(year)
    first = aliased(ReportVersion)
    # Counted per report through the parse_id index (a grouped scan would read every parse's checks).
    failed = (
        select(func.count())
        .where(CheckResult.parse_id == ReportVersion.current_parse_id, CheckResult.status == "fail")
        .correlate(ReportVersion)
        .scalar_subquery()
    )
    with store.reading() as conn:
        agencies = conn.execute(
            select(Agency.id, Agency.key, Agency.name, Agency.region, Agency.region_code)
        ).all()
        reports = {
            r.agency_id: r
            for r in conn.execute(
                select(Report.agency_id, ReportVersion.number.label("versions"),
                       first.published_date.label("first_date"), ReportVersion.published_date.label("date"),
                       first.first_seen, failed.label("failed"))
                .join(ReportVersion, ReportVersion.id == Report.current_version_id)
                .join(first, and_(first.report_id == Report.id, first.number == 1))
                .where(Report.year == year)
            )
        }
        cross = {
            agency_id: int(n)
            for agency_id, n in conn.execute(
                select(CrossYearCheck.agency_id, func.count())
                .where(CrossYearCheck.year == year, CrossYearCheck.status == "fail")
                .group_by(CrossYearCheck.agency_id)
            )
        }
    reads = _portal_reads(store)
    registered = {s.id: s for s in sites}
    rows: list[Row] = []
    seen: set[str] = set()
    for agency_id, key, name, region, code in agencies:
        seen.add(key)
        row = _row(key, name or key, region, code, reports.get(agency_id), reads, registered, due)
        rows.append(replace(row, cross_year_fails=cross[agency_id]) if agency_id in cross else row)
    for site in sites:
        if site.id not in seen:
            rows.append(_row(site.id, site.agency, site.region, site.region_code, None, reads, registered, due))
    rows.sort(key=lambda r: (r.region_code, r.region, r.agency))
    return Compliance(year, due, rows, summarise(rows), dict(Counter(r.status for r in rows)))


def _row(key: str, name: str, region: str | None, code: str | None, report: object | None,
         reads: Reads, registered: dict[str, Site], due: date) -> Row:
    region, code = region or "", code or ""
    if report is not None:
        printed = _parse_date(getattr(report, "first_date", None) or getattr(report, "date", None))
        seen_at = getattr(report, "first_seen", None)
        failed, versions = int(getattr(report, "failed", 0)), int(getattr(report, "versions", 1))
        if printed is not None:
            late = (printed - due).days
            status = "late" if late > 0 else "on_time"
            return Row(key, name, region, code, status, printed.isoformat(), "printed", max(late, 0) or None,
                       failed, versions, "")
        seen_day = seen_at.date() if seen_at is not None else None
        if seen_day is not None and seen_day <= due:
            return Row(key, name, region, code, "on_time", seen_day.isoformat(), "first_seen", None, failed,
                       versions, "")
        return Row(key, name, region, code, "undated", seen_day.isoformat() if seen_day else None,
                   "first_seen" if seen_day else "", None, failed, versions,
                   "no printed date; first seen after the deadline")
    site_id = key if key in registered else key.split("/", 1)[0]
    known, good, latest = reads.get(site_id, (0, 0, None))
    if good and latest is not None and latest >= date(due.year, 1, 1):
        return Row(key, name, region, code, "not_found", None, "", None, 0, 0,
                   f"{good} list page(s) of {site_id} read (latest {latest.isoformat()}), no report for the year")
    if good:
        return Row(key, name, region, code, "unknown", None, "", None, 0, 0,
                   f"lists of {site_id} last read {latest.isoformat() if latest else '?'}, before the report was due")
    reason = f"all {known} list page(s) of {site_id} failed (blocked or unreachable)" if known else \
        f"portal {site_id} not read yet"
    return Row(key, name, region, code, "unknown", None, "", None, 0, 0, reason)


def summarise(rows: Iterable[Row]) -> list[RegionSummary]:
    by_region: dict[tuple[str, str], list[Row]] = {}
    for r in rows:
        by_region.setdefault((r.region_code, r.region), []).append(r)
    out = []
    for (code, region), group in sorted(by_region.items()):
        counts = Counter(r.status for r in group)
        out.append(RegionSummary(region, code, {s: counts.get(s, 0) for s in STATUSES}, len(group),
                                 sum(1 for r in group if r.failed_checks), sum(1 for r in group if r.versions > 1)))
    return out


REGION_SORT_KEYS: Final = ("region", *STATUSES, "total", "failed_checks", "revised")


def sort_regions(regions: list[RegionSummary], key: str, descending: bool = False) -> list[RegionSummary]:
    """Regions by name/code, by a status count (or its share of the region), failed checks or
    revisions."""
    def value(g: RegionSummary) -> tuple[object, ...]:
        if key in STATUSES:
            return (g.counts[key] / max(g.total, 1), g.counts[key])
        if key in ("total", "failed_checks", "revised"):
            return (getattr(g, key),)
        return (g.region_code, g.region)

    return sorted(regions, key=value, reverse=descending)


def sort_rows(rows: list[Row], key: str, descending: bool = False) -> list[Row]:
    if key not in SORT_KEYS:
        key = "region"
    order = {s: i for i, s in enumerate(STATUSES)}

    def value(r: Row) -> tuple[object, ...]:
        match key:
            case "agency":
                return (r.agency,)
            case "status":
                return (order.get(r.status, 9), -(r.days_late or 0))
            case "published":
                return (r.published or "9999",)
            case "days_late":
                return (r.days_late or 0,)
            case "failed_checks":
                return (r.failed_checks,)
            case "cross_year_fails":
                return (r.cross_year_fails,)
            case "versions":
                return (r.versions,)
        return (r.region_code, r.region, r.agency)

    return sorted(rows, key=value, reverse=descending)


def to_csv(result: Compliance) -> str:
    """The rows as CSV (region_code stays text: a spreadsheet would drop leading zeros of a number)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    names = [f.name for f in fields(Row)]
    writer.writerow(["year", *names])
    for r in result.rows:
        writer.writerow([result.year, *("" if getattr(r, n) is None else _safe(getattr(r, n)) for n in names)])
    return out.getvalue()


def _safe(value: object) -> object:
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")):
        return "'" + value
    return value
