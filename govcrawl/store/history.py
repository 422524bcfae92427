"""``govcrawl history`` and ``govcrawl diff``: the versions of one report and what changed.

A diff compares two versions' current parses (or two parses of one version): cell by cell
(``行政许可 565 → 566``, labels from the template), report fields (title, date, template,
flags, check results) and the section texts (unified diff, one line per paragraph).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from govcrawl.store.models import Agency, Cell, Report, ReportParse, ReportVersion
from govcrawl.store.normalize import strip_chrome_lines
from govcrawl.store.store import Store
from govcrawl.store.tabular import cell_column

T4_LABELS = {
    "review": "行政复议",
    "lit_direct": "行政诉讼·未经复议直接起诉",
    "lit_after_review": "行政诉讼·复议后起诉",
    "upheld": "结果维持",
    "corrected": "结果纠正",
    "other": "其他结果",
    "pending": "尚未审结",
    "total": "总计",
}


class NotFound(LookupError):
    pass


@dataclass(frozen=True)
class VersionInfo:
    id: int
    number: int
    valid_from: datetime
    valid_to: datetime | None
    first_seen: datetime
    last_seen: datetime
    content_hash: str
    source_url: str | None
    media_type: str | None
    raw_sha256: str | None
    template_version: str | None
    status: str
    parses: list[tuple[int, str, str | None, datetime, str]]  # (number, kind, parser_version, parsed_at, check)


def find_report(store: Store, agency: str, year: int) -> tuple[int, str, str | None]:
    """(report id, agency key, agency name) for an agency key or exact name and a year."""
    with store.reading() as conn:
        rows = conn.execute(
            select(Report.id, Agency.key, Agency.name)
            .join(Agency, Agency.id == Report.agency_id)
            .where((Agency.key == agency) | (Agency.name == agency), Report.year == year)
        ).all()
    if not rows:
        raise NotFound(f"no report of {agency!r} for {year} in the store")
    if len(rows) > 1:
        raise NotFound(f"{agency!r} names several agencies: use one of {', '.join(r.key for r in rows)}")
    return rows[0].id, rows[0].key, rows[0].name


def history(store: Store, report_id: int) -> list[VersionInfo]:
    with store.reading() as conn:
        versions = conn.execute(
            select(ReportVersion).where(ReportVersion.report_id == report_id).order_by(ReportVersion.number)
        ).all()
        parses = conn.execute(
            select(
                ReportParse.version_id,
                ReportParse.number,
                ReportParse.kind,
                ReportParse.parser_version,
                ReportParse.parsed_at,
                ReportParse.check_status,
            )
            .join(ReportVersion, ReportVersion.id == ReportParse.version_id)
            .where(ReportVersion.report_id == report_id)
            .order_by(ReportParse.version_id, ReportParse.number)
        ).all()
    by_version: dict[int, list[tuple[int, str, str | None, datetime, str]]] = {}
    for p in parses:
        by_version.setdefault(p.version_id, []).append(
            (p.number, p.kind, p.parser_version, p.parsed_at, p.check_status)
        )
    return [
        VersionInfo(
            v.id,
            v.number,
            v.valid_from,
            v.valid_to,
            v.first_seen,
            v.last_seen,
            v.content_hash,
            v.source_url,
            v.media_type,
            v.raw_sha256,
            v.template_version,
            v.status,
            by_version.get(v.id, []),
        )
        for v in versions
    ]


# -- diff -----------------------------------------------------------------------------------------


def _labels() -> dict[tuple[str, str], str]:
    """(kind, key) → Chinese label, from the template tables (empty if unavailable)."""
    try:
        from govcrawl.report import template
    except ImportError:  # pragma: no cover - the parser package is part of govcrawl
        return {}
    labels: dict[tuple[str, str], str] = {}
    for key, aliases in template.T2_ROW_LABELS.items():
        labels[("t2row", key)] = aliases[0]
    for label, (_ver, col) in template.T2_HEADER_LABELS.items():
        if col is not None:
            labels.setdefault(("t2col", col), label)
    for key, aliases in template.T3_ROW_LABELS.items():
        labels[("t3row", key)] = aliases[0]
    labels[("t3row", "other_misc")] = "其他"
    labels[("t3row", "other_handling_total")] = "其他处理"
    for key, aliases in template.T3_COL_LABELS.items():
        labels[("t3col", key)] = aliases[0]
    return labels


def single_column_blocks(template_version: str | None) -> set[str]:
    """Blocks of table 二 with one value column (their cells are named by the row alone)."""
    try:
        from govcrawl.report import template
    except ImportError:  # pragma: no cover
        return set()
    blocks = template.T2.get(template_version or "v2021", ())  # type: ignore[call-overload]
    return {b.key for b in blocks if len(b.cols) == 1}


def cell_label(
    table: str,
    block: str,
    row: str,
    col: str,
    labels: Mapping[tuple[str, str], str],
    single_blocks: set[str] | frozenset[str] = frozenset(),
) -> str:
    if table == "t2":
        row_label = labels.get(("t2row", row), row)
        return row_label if block in single_blocks else f"{row_label} {labels.get(('t2col', col), col)}"
    if table == "t3":
        return f"{labels.get(('t3row', row), row)} {labels.get(('t3col', col), col)}"
    if table == "t4":
        group, _, outcome = col.rpartition("_")
        return f"{T4_LABELS.get(group, group)} {T4_LABELS.get(outcome, outcome)}"
    return " ".join(p for p in (table, block, row, col) if p)


def _fmt(value: float | None, raw: str | None) -> str:
    if value is None:
        return "空" if not raw else f"空({raw})"
    return str(int(value)) if float(value).is_integer() else str(value)


@dataclass(frozen=True)
class Diff:
    left: str
    right: str
    fields: list[str]
    cells: list[str]
    text: list[str]
    cell_changes: list[dict[str, Any]] = field(default_factory=list)  # the cells, as data (--json)

    def as_json(self) -> dict[str, Any]:
        return {"from": self.left, "to": self.right, "report": self.fields, "cells": self.cell_changes,
                "text": self.text}

    def lines(self) -> list[str]:
        out = [f"--- {self.left}", f"+++ {self.right}"]
        if self.fields:
            out += ["", "== report =="] + self.fields
        if self.cells:
            out += ["", f"== cells ({len(self.cells)} changed) =="] + self.cells
        if self.text:
            out += ["", "== text =="] + self.text
        if not (self.fields or self.cells or self.text):
            out.append("(no differences)")
        return out


def _parse_of(store: Store, report_id: int, version: int, parse: int | None) -> tuple[int, dict[str, Any], str]:
    with store.reading() as conn:
        stmt = (
            select(ReportParse.id, ReportParse.record, ReportParse.number)
            .join(ReportVersion, ReportVersion.id == ReportParse.version_id)
            .where(ReportVersion.report_id == report_id, ReportVersion.number == version)
        )
        stmt = stmt.where(
            ReportParse.number == parse if parse is not None else ReportParse.id == ReportVersion.current_parse_id
        )
        row = conn.execute(stmt).first()
    if row is None:
        raise NotFound(f"no version {version}" + (f" parse {parse}" if parse is not None else ""))
    return row.id, dict(row.record), f"version {version} parse {row.number}"


def _cell_map(store: Store, parse_id: int) -> dict[tuple[str, str, str, str], tuple[float | None, str | None]]:
    with store.reading() as conn:
        rows = conn.execute(
            select(Cell.table_key, Cell.block_key, Cell.row_key, Cell.col_key, Cell.value, Cell.raw).where(
                Cell.parse_id == parse_id
            )
        ).all()
    return {(r.table_key, r.block_key, r.row_key, r.col_key): (r.value, r.raw) for r in rows}


def diff(
    store: Store,
    report_id: int,
    left: tuple[int, int | None],
    right: tuple[int, int | None],
) -> Diff:
    """Compare (version, parse-or-None) ``left`` with ``right`` of one report."""
    lid, lrec, lname = _parse_of(store, report_id, *left)
    rid, rrec, rname = _parse_of(store, report_id, *right)
    fields = []
    for key in ("title", "published_date", "template_version"):
        if lrec.get(key) != rrec.get(key):
            fields.append(f"{key}: {lrec.get(key)!r} → {rrec.get(key)!r}")
    lflags, rflags = set(lrec.get("flags") or []), set(rrec.get("flags") or [])
    fields += [f"flag removed: {f}" for f in sorted(lflags - rflags)]
    fields += [f"flag added: {f}" for f in sorted(rflags - lflags)]
    lchecks = {(c.get("id"), c.get("scope")): c.get("status") for c in lrec.get("checks") or []}
    rchecks = {(c.get("id"), c.get("scope")): c.get("status") for c in rrec.get("checks") or []}
    for ck in sorted(set(lchecks) | set(rchecks), key=lambda k: (str(k[0]), str(k[1]))):
        if lchecks.get(ck) != rchecks.get(ck):
            fields.append(f"check {ck[0]} {ck[1]}: {lchecks.get(ck)} → {rchecks.get(ck)}")

    labels = _labels()
    single = single_column_blocks(rrec.get("template_version") or lrec.get("template_version"))
    lcells, rcells = _cell_map(store, lid), _cell_map(store, rid)
    cells = []
    changes: list[dict[str, Any]] = []
    missing: tuple[float | None, str | None] = (None, None)
    for cell in sorted(set(lcells) | set(rcells)):
        lv, rv = lcells.get(cell, missing), rcells.get(cell, missing)
        if lv[0] != rv[0] or (lv[0] is None and (lv[1] or "") != (rv[1] or "")):
            table, block, row, col = cell
            label = cell_label(table, block, row, col, labels, single)
            key = cell_column(table, block, row, col)
            cells.append(f"{label} {_fmt(*lv)} → {_fmt(*rv)}   [{key}]")
            changes.append({"key": key, "label": label, "from": {"value": lv[0], "raw": lv[1]},
                            "to": {"value": rv[0], "raw": rv[1]}})

    text: list[str] = []
    lsec, rsec = lrec.get("sections") or {}, rrec.get("sections") or {}
    for name in list(dict.fromkeys([*lsec, *rsec])):
        a = strip_chrome_lines(lsec.get(name) or "")
        b = strip_chrome_lines(rsec.get(name) or "")
        if a != b:
            text += list(difflib.unified_diff(a, b, f"{name} ({lname})", f"{name} ({rname})", lineterm="", n=1))
    return Diff(lname, rname, fields, cells, text, changes)
