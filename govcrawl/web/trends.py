"""Year-over-year figures of one agency or of a region (the sum of its agencies' reports).

Read from the long cell table of each report's current parse.  A sum counts only the cells the
reports print: ``reports`` says how many reports a year holds and ``missing`` how many of them
left a summed cell blank, so a region's total is never silently short.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy import and_, func, or_, select

from govcrawl.report import template as tpl
from govcrawl.store.models import Agency, Cell, Report, ReportParse, ReportVersion
from govcrawl.store.store import Store
from govcrawl.web.layout import t4_key

CellKey = tuple[str, str, str, str]

_WITHHELD: Final = tuple(r for r in tpl.T3_ROWS["v2021"] if r.startswith("withheld_"))
# metric → (label, cells summed)
METRICS: Final[dict[str, tuple[str, tuple[CellKey, ...]]]] = {
    "received": ("本年新收申请", (("t3", "", "new_received", "total"),)),
    "granted": ("予以公开", (("t3", "", "granted", "total"),)),
    "partially_granted": ("部分公开", (("t3", "", "partially_granted", "total"),)),
    "withheld": ("不予公开", tuple(("t3", "", r, "total") for r in _WITHHELD)),
    "review_total": ("行政复议", (t4_key("review_total"),)),
    "review_corrected": ("复议结果纠正", (t4_key("review_corrected"),)),
    "litigation_total": ("行政诉讼", (t4_key("lit_direct_total"), t4_key("lit_after_review_total"))),
    "litigation_corrected": ("诉讼结果纠正", (t4_key("lit_direct_corrected"), t4_key("lit_after_review_corrected"))),
}
APPLICATION_METRICS: Final = ("received", "granted", "partially_granted", "withheld")
CASE_METRICS: Final = ("review_total", "review_corrected", "litigation_total", "litigation_corrected")


@dataclass(frozen=True)
class Trend:
    years: list[int]
    reports: dict[int, int]
    values: dict[str, dict[int, float | None]]   # metric → year → sum (None: no report printed it)
    missing: dict[str, dict[int, int]]           # metric → year → reports leaving a summed cell blank

    def series(self, metric: str) -> list[float | None]:
        return [self.values[metric].get(y) for y in self.years]


def trend(store: Store, *, agency_id: int | None = None, region_code: str | None = None) -> Trend:
    keys = {k for _label, cells in METRICS.values() for k in cells}
    wanted = or_(*(and_(Cell.table_key == t, Cell.block_key == b, Cell.row_key == r, Cell.col_key == c)
                   for t, b, r, c in sorted(keys)))
    base = (
        select(Report.year, Report.id.label("report_id"))
        .join(ReportVersion, ReportVersion.id == Report.current_version_id)
        .join(ReportParse, ReportParse.id == ReportVersion.current_parse_id)
        .join(Agency, Agency.id == Report.agency_id)
        .where(Report.year.is_not(None))
        .add_columns(ReportParse.id.label("parse_id"))
    )
    if agency_id is not None:
        base = base.where(Report.agency_id == agency_id)
    if region_code == "-":  # agencies without a region code (browse.NO_CODE)
        base = base.where(or_(Agency.region_code.is_(None), Agency.region_code == ""))
    elif region_code is not None:
        base = base.where(Agency.region_code == region_code)
    current = base.subquery()
    with store.reading() as conn:
        reports = {int(y): int(n) for y, n in conn.execute(
            select(current.c.year, func.count()).group_by(current.c.year))}
        cells = conn.execute(
            select(current.c.year, Cell.table_key, Cell.block_key, Cell.row_key, Cell.col_key,
                   func.sum(Cell.value), func.count(Cell.value))
            .join(Cell, Cell.parse_id == current.c.parse_id)
            .where(wanted)
            .group_by(current.c.year, Cell.table_key, Cell.block_key, Cell.row_key, Cell.col_key)
        ).all()
    sums: dict[tuple[int, CellKey], tuple[float, int]] = {
        (int(y), (t, b, r, c)): (float(s or 0), int(n)) for y, t, b, r, c, s, n in cells
    }
    years = sorted(reports)
    values: dict[str, dict[int, float | None]] = {}
    missing: dict[str, dict[int, int]] = {}
    for metric, (_label, parts) in METRICS.items():
        values[metric], missing[metric] = {}, {}
        for y in years:
            found = [sums[y, k] for k in parts if (y, k) in sums]
            printed = sum(n for _s, n in found)
            values[metric][y] = sum(s for s, _n in found) if printed else None
            missing[metric][y] = reports[y] - min((sums.get((y, k), (0, 0))[1] for k in parts), default=0)
    return Trend(years, reports, values, missing)
