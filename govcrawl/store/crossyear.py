"""Cross-year checks: identities between an agency's reports of two consecutive years.

Computed from the *current* parse of each report and stored in ``cross_year_checks`` (one row
per identity and scope, keyed by the agency and the later year).  ``Store`` refreshes the rows of
every agency whose reports gained a parse, in the same transaction, so the findings always
describe what the store currently holds; ``refresh(conn, None)`` recomputes every agency.

- ``X1`` carry-over, per column of table 三: ``carried_forward_to_next`` of year N equals
  ``carried_over_from_prev`` of year N+1 (requests left open at the end of a year are the next
  year's carry-over).
- ``X2`` stock, per row of table 二 item (一) (regulations, normative documents), when both years
  use the v2021 template: ``in_force_count`` of N+1 equals ``in_force_count`` of N plus
  ``issued_count`` minus ``repealed_count`` of N+1.

A mismatch is a finding (``fail`` with ``lhs``/``rhs``), never a correction of either report;
a missing value makes the identity ``not_assessable``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import Connection, and_, bindparam, delete, insert, or_, select

from govcrawl.store.models import Cell, CrossYearCheck, Report, ReportParse, ReportVersion

CHECK_NAMES: Final = {
    "X1": "上年结转 = 上一年度结转下年度继续办理",
    "X2": "现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数",
}
_T3_COLS: Final = ("natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
                   "legal_service_org", "other_org", "total")
_STOCK_ROWS: Final = ("regulations", "normative_documents")
_TOLERANCE: Final = 1e-6

Values = dict[tuple[str, str, str], float | None]  # (table, row, col) → value


@dataclass(frozen=True)
class YearParse:
    """The inputs of one agency-year: its current parse and the cells the identities read."""

    parse_id: int
    template_version: str | None
    values: Values


@dataclass(frozen=True)
class Finding:
    year: int
    check_id: str
    scope: str
    status: str
    lhs: float | None
    rhs: float | None
    prev_parse_id: int
    parse_id: int


def _compare(lhs: float | None, rhs: float | None) -> str:
    if lhs is None or rhs is None:
        return "not_assessable"
    return "pass" if abs(lhs - rhs) <= _TOLERANCE else "fail"


def findings(years: Mapping[int, YearParse]) -> list[Finding]:
    """The cross-year identities of one agency's reports (a pure function of their values)."""
    out: list[Finding] = []
    for year in sorted(years):
        prev, cur = years.get(year - 1), years[year]
        if prev is None:
            continue
        for col in _T3_COLS:
            lhs = cur.values.get(("t3", "carried_over_from_prev", col))
            rhs = prev.values.get(("t3", "carried_forward_to_next", col))
            out.append(Finding(year, "X1", col, _compare(lhs, rhs), lhs, rhs, prev.parse_id, cur.parse_id))
        if prev.template_version == cur.template_version == "v2021":
            for row in _STOCK_ROWS:
                lhs = cur.values.get(("t2", row, "in_force_count"))
                parts = (prev.values.get(("t2", row, "in_force_count")), cur.values.get(("t2", row, "issued_count")),
                         cur.values.get(("t2", row, "repealed_count")))
                rhs = None if None in parts else parts[0] + parts[1] - parts[2]  # type: ignore[operator]
                out.append(Finding(year, "X2", row, _compare(lhs, rhs), lhs, rhs, prev.parse_id, cur.parse_id))
    return out


_WANTED: Final = or_(
    and_(Cell.table_key == "t3", Cell.row_key.in_(("carried_over_from_prev", "carried_forward_to_next"))),
    and_(Cell.table_key == "t2", Cell.block_key == "art20_1"),
)
# Built once: this runs in the transaction of every store write that adds a parse.
_ALL_INPUTS: Final = (
    select(Report.agency_id, Report.year, ReportParse.id, ReportParse.template_version,
           Cell.table_key, Cell.row_key, Cell.col_key, Cell.value)
    .join(ReportVersion, ReportVersion.id == Report.current_version_id)
    .join(ReportParse, ReportParse.id == ReportVersion.current_parse_id)
    .outerjoin(Cell, and_(Cell.parse_id == ReportParse.id, _WANTED))
    .where(Report.year.is_not(None))
)
_AGENCY_INPUTS: Final = _ALL_INPUTS.where(Report.agency_id.in_(bindparam("ids", expanding=True)))
_INSERT: Final = insert(CrossYearCheck)
_DELETE_ALL: Final = delete(CrossYearCheck)
_DELETE_AGENCIES: Final = _DELETE_ALL.where(CrossYearCheck.agency_id.in_(bindparam("ids", expanding=True)))


def _inputs(conn: Connection, agency_ids: list[int] | None) -> dict[int, dict[int, YearParse]]:
    rows = conn.execute(_ALL_INPUTS) if agency_ids is None else conn.execute(_AGENCY_INPUTS, {"ids": agency_ids})
    out: dict[int, dict[int, YearParse]] = {}
    for agency_id, year, parse_id, template, table, row, col, value in rows:
        assert year is not None  # selected so
        years = out.setdefault(agency_id, {})
        yp = years.get(year)
        if yp is None:
            yp = years[year] = YearParse(parse_id, template, {})
        if table is not None:
            yp.values[table, row, col] = None if value is None else float(value)
    return out


def refresh(conn: Connection, agency_ids: Iterable[int] | None) -> int:
    """Recompute the stored cross-year checks of ``agency_ids`` (every agency if ``None``) on
    ``conn``'s transaction; returns the number of rows written."""
    ids = None if agency_ids is None else sorted(set(agency_ids))
    if ids == []:
        return 0
    inputs = _inputs(conn, ids)
    if ids is None:
        conn.execute(_DELETE_ALL)
    else:
        conn.execute(_DELETE_AGENCIES, {"ids": ids})
    now = datetime.now(UTC)
    rows: list[dict[str, Any]] = [
        {"agency_id": agency_id, "year": f.year, "check_id": f.check_id, "scope": f.scope, "status": f.status,
         "lhs": f.lhs, "rhs": f.rhs, "prev_parse_id": f.prev_parse_id, "parse_id": f.parse_id, "computed_at": now}
        for agency_id, years in inputs.items()
        for f in findings(years)
    ]
    if rows:
        conn.execute(_INSERT, rows)
    return len(rows)
