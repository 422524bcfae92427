"""What the report and agency pages show, read from the store (no HTML here)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from govcrawl.store.crossyear import CHECK_NAMES
from govcrawl.store.history import Diff, NotFound, VersionInfo, diff, history
from govcrawl.store.models import Agency, Cell, CheckResult, CrossYearCheck, Report, ReportParse, ReportVersion
from govcrawl.store.store import Store
from govcrawl.web.layout import CellKey


@dataclass(frozen=True)
class CellView:
    value: float | None
    raw: str | None
    flags: tuple[str, ...]

    @property
    def text(self) -> str:
        if self.value is None:
            return ""
        return str(int(self.value)) if float(self.value).is_integer() else str(self.value)


@dataclass(frozen=True)
class CheckView:
    id: str
    scope: str | None
    status: str
    lhs: float | None
    rhs: float | None


@dataclass(frozen=True)
class CrossYearView:
    year: int          # the later year of the pair
    check_id: str
    name: str
    scope: str
    status: str
    lhs: float | None
    rhs: float | None


@dataclass(frozen=True)
class AgencyInfo:
    id: int
    key: str
    name: str | None
    region: str | None
    region_code: str | None
    portal: str | None


@dataclass(frozen=True)
class ReportView:
    agency: AgencyInfo
    year: int
    version: VersionInfo
    versions: list[VersionInfo]
    record: dict[str, Any]
    cells: dict[CellKey, CellView]
    checks: list[CheckView]
    diffs: list[tuple[int, Diff]]        # (version number, diff against the one before)
    cross_year: list[CrossYearView]

    @property
    def failed_checks(self) -> list[CheckView]:
        return [c for c in self.checks if c.status == "fail"]

    def cell(self, key: CellKey) -> CellView | None:
        return self.cells.get(key)


def agency_info(store: Store, key: str) -> AgencyInfo:
    with store.reading() as conn:
        row = conn.execute(
            select(Agency.id, Agency.key, Agency.name, Agency.region, Agency.region_code, Agency.portal).where(
                Agency.key == key
            )
        ).first()
    if row is None:
        raise NotFound(f"no agency {key!r} in the store")
    return AgencyInfo(*row)


def cross_year(store: Store, agency_id: int, years: tuple[int, ...] | None = None) -> list[CrossYearView]:
    c = CrossYearCheck
    stmt = select(c.year, c.check_id, c.scope, c.status, c.lhs, c.rhs).where(c.agency_id == agency_id)
    if years is not None:
        stmt = stmt.where(CrossYearCheck.year.in_(years))
    with store.reading() as conn:
        rows = conn.execute(stmt.order_by(c.year, c.check_id, c.id))
        return [CrossYearView(r.year, r.check_id, CHECK_NAMES.get(r.check_id, r.check_id), r.scope, r.status,
                              r.lhs, r.rhs) for r in rows]


def report_view(store: Store, agency_key: str, year: int, version: int | None = None) -> ReportView:
    agency = agency_info(store, agency_key)
    with store.reading() as conn:
        report_id = conn.execute(
            select(Report.id).where(Report.agency_id == agency.id, Report.year == year)
        ).scalar()
    if report_id is None:
        raise NotFound(f"no report of {agency_key!r} for {year} in the store")
    versions = history(store, report_id)
    if not versions:
        raise NotFound(f"the report of {agency_key!r} for {year} has no stored version")
    chosen = versions[-1] if version is None else next((v for v in versions if v.number == version), None)
    if chosen is None:
        raise NotFound(f"the report of {agency_key!r} for {year} has no version {version}")
    with store.reading() as conn:
        parse = conn.execute(
            select(ReportParse.id, ReportParse.record)
            .join(ReportVersion, ReportVersion.current_parse_id == ReportParse.id)
            .where(ReportVersion.id == chosen.id)
        ).one()
        cells = {
            (r.table_key, r.block_key, r.row_key, r.col_key): CellView(r.value, r.raw, tuple(r.flags.split()))
            for r in conn.execute(
                select(Cell.table_key, Cell.block_key, Cell.row_key, Cell.col_key, Cell.value, Cell.raw, Cell.flags)
                .where(Cell.parse_id == parse.id)
            )
        }
        checks = [
            CheckView(r.check_id, r.scope, r.status, r.lhs, r.rhs)
            for r in conn.execute(
                select(CheckResult.check_id, CheckResult.scope, CheckResult.status, CheckResult.lhs, CheckResult.rhs)
                .where(CheckResult.parse_id == parse.id)
                .order_by(CheckResult.id)
            )
        ]
    diffs = [(v.number, diff(store, report_id, (v.number - 1, None), (v.number, None))) for v in versions[1:]]
    record: dict[str, Any] = dict(parse.record) if isinstance(parse.record, Mapping) else {}
    return ReportView(agency, year, chosen, versions, record, cells, checks, diffs,
                      cross_year(store, agency.id, (year, year + 1)))


@dataclass(frozen=True)
class AgencyYear:
    year: int
    title: str | None
    published_date: str | None
    versions: int
    check_status: str


def agency_years(store: Store, agency_id: int) -> list[AgencyYear]:
    with store.reading() as conn:
        rows = conn.execute(
            select(Report.year, ReportVersion.title, ReportVersion.published_date, ReportVersion.number,
                   ReportParse.check_status)
            .join(ReportVersion, ReportVersion.id == Report.current_version_id)
            .join(ReportParse, ReportParse.id == ReportVersion.current_parse_id)
            .where(Report.agency_id == agency_id, Report.year.is_not(None))
            .order_by(Report.year.desc())
        ).all()
    return [AgencyYear(int(y or 0), t, d, n, c) for y, t, d, n, c in rows]
