"""The template's identities (report-format.md §8): checks, D11 confirmation, derivation.

Checks are evaluated on the values as printed.  A source that contradicts itself keeps its printed
values and fails the check; nothing is corrected.  Afterwards a null cell is *derived* when the
identities together with non-negativity leave exactly one value for it (docs/record.md): an
identity with one unknown operand, or unknowns on one side whose sum must be 0 (a 0 total forces
every part to 0).  The value is flagged ``derived``, ``raw`` stays what was printed (null when
nothing was), and it never makes its own identity pass: checks are not re-run.  A cell printed
blank is derived like any other — the identities force its value, whatever a blank means (D12).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from govcrawl.report import template as tpl
from govcrawl.report.normalize import json_number, parse_value
from govcrawl.report.tables import Assigned, CellKey, CellResult
from govcrawl.report.template import TemplateVersion

Number = int | Decimal


@dataclass(frozen=True)
class Identity:
    id: str
    scope: str
    lhs: tuple[CellKey, ...]
    rhs: tuple[CellKey, ...]


def _t3(row: str, col: str) -> CellKey:
    return ("t3", "", row, col)


def _t4(col: str) -> CellKey:
    return ("t4", "", tpl.T4_ROW, col)


def identities(version: TemplateVersion, cells: dict[CellKey, CellResult] | None = None) -> list[Identity]:
    """The hard identities.  With ``cells``: where a v2021 table printed （六）其他处理 as one row
    (its sub-rows flagged ``group_total_only``), H2 adds that printed total instead of the sub-rows."""
    if version == "v2021" and cells is not None and _t3("other_handling_total", "total") in cells:
        return _identities(version, cells)
    return list(_static_identities(version))


@lru_cache(maxsize=2)
def _static_identities(version: TemplateVersion) -> tuple[Identity, ...]:
    return tuple(_identities(version, None))


def _identities(version: TemplateVersion, cells: dict[CellKey, CellResult] | None) -> list[Identity]:
    out: list[Identity] = []
    for col in tpl.T3_COLS:
        out.append(Identity(
            "H1", col,
            (_t3("new_received", col), _t3("carried_over_from_prev", col)),
            (_t3("results_total", col), _t3("carried_forward_to_next", col)),
        ))
    for col in tpl.T3_COLS:
        parts = tpl.T3_RESULT_PARTS[version]
        if version == "v2021" and cells is not None and _t3("other_handling_total", col) in cells and all(
            "group_total_only" in cells[_t3(r, col)].flags for r in tpl.T3_OTHER_V2021
        ):
            parts = tuple(r for r in parts if r not in tpl.T3_OTHER_V2021) + ("other_handling_total",)
        out.append(Identity(
            "H2", col,
            (_t3("results_total", col),),
            tuple(_t3(row, col) for row in parts),
        ))
    for row in tpl.T3_ROWS[version]:
        out.append(Identity(
            "H3", row,
            (_t3(row, "total"),),
            tuple(_t3(row, col) for col in tpl.T3_COLS[:6]),
        ))
    for group in ("review", "lit_direct", "lit_after_review"):
        out.append(Identity(
            "H4", group,
            (_t4(f"{group}_total"),),
            tuple(_t4(f"{group}_{part}") for part in ("upheld", "corrected", "other", "pending")),
        ))
    return out


def _total(cells: dict[CellKey, CellResult], keys: tuple[CellKey, ...], skip: CellKey | None = None) -> Decimal:
    """Sum of the non-null cells among ``keys`` (callers check for nulls first)."""
    return sum((Decimal(v) for k in keys if k != skip and (v := cells[k].value) is not None), start=Decimal(0))


def _evaluate(ident: Identity, cells: dict[CellKey, CellResult]) -> dict[str, object]:
    operands = ident.lhs + ident.rhs
    missing = [k for k in operands if cells[k].value is None]
    result: dict[str, object] = {"id": ident.id, "scope": ident.scope}
    if missing:
        result["status"] = "not_assessable"
        result["missing"] = len(missing)
        return result
    lhs = _total(cells, ident.lhs)
    rhs = _total(cells, ident.rhs)
    result["status"] = "pass" if lhs == rhs else "fail"
    result["lhs"] = json_number(lhs)
    result["rhs"] = json_number(rhs)
    return result


def _domain_checks(cells: dict[CellKey, CellResult]) -> list[dict[str, object]]:
    """H5: every count a non-negative integer; signed and decimal columns excepted."""
    out: list[dict[str, object]] = []
    for table in ("t2", "t3", "t4"):
        bad = [
            f"{k[2]}.{k[3]}"
            for k, c in cells.items()
            if k[0] == table and c.value is not None and ({"negative", "not_integer"} & set(c.flags))
        ]
        present = any(k[0] == table and c.value is not None for k, c in cells.items())
        status = "fail" if bad else ("pass" if present else "not_assessable")
        entry: dict[str, object] = {"id": "H5", "scope": table, "status": status}
        if bad:
            entry["cells"] = bad
        out.append(entry)
    return out


def run_checks(version: TemplateVersion, cells: dict[CellKey, CellResult]) -> list[dict[str, object]]:
    return [_evaluate(i, cells) for i in identities(version, cells)] + _domain_checks(cells)


def confirm_tentative(version: TemplateVersion, assigned: Assigned) -> None:
    """D11: a row whose duplicated leading value was dropped is kept only if H1–H3 then pass."""
    for table, block, row in assigned.tentative:
        keys = [k for k in assigned.cells if k[:3] == (table, block, row)]
        related = [
            i for i in identities(version, assigned.cells)
            if i.id in ("H1", "H2", "H3") and set(keys) & set(i.lhs + i.rhs)
        ]
        results = [_evaluate(i, assigned.cells)["status"] for i in related]
        if results and "fail" not in results and "pass" in results:
            continue
        for key in keys:
            assigned.cells[key] = CellResult(None, None, ["too_many_values"])


def _forced(ident: Identity, cells: dict[CellKey, CellResult]) -> dict[CellKey, int]:
    """The values an identity forces on its null operands, given that every operand is a
    non-negative integer: one unknown takes the difference; several unknowns on the same side
    whose sum must be 0 are all 0.  Empty when the identity leaves more than one answer (unknowns
    on both sides, or a positive sum to share) or none (the known operands already break it)."""
    unknown_l = [k for k in ident.lhs if cells[k].value is None]
    unknown_r = [k for k in ident.rhs if cells[k].value is None]
    if bool(unknown_l) == bool(unknown_r):  # nothing to fill, or unknowns on both sides
        return {}
    lhs, rhs = _total(cells, ident.lhs), _total(cells, ident.rhs)
    side, share = (unknown_l, rhs - lhs) if unknown_l else (unknown_r, lhs - rhs)
    if share < 0 or share != share.to_integral_value():
        return {}  # no admissible answer: the source is inconsistent around these cells
    if len(side) == 1:
        return {side[0]: int(share)}
    return dict.fromkeys(side, 0) if share == 0 else {}


def _fits(printed: list[str], values: list[int | Decimal | None]) -> bool:
    """Could the values a short row printed sit in the row's cells?  Each printed number needs a
    cell holding it or a cell still unknown (the cells it lacks were printed blank)."""
    numbers = [parse_value(v).value for v in printed if v.strip()]
    if any(n is None for n in numbers):
        return True  # something unreadable was printed: nothing to compare
    unmatched = Counter(numbers) - Counter(v for v in values if v is not None)
    return sum(unmatched.values()) <= sum(1 for v in values if v is None)


def derive(version: TemplateVersion, assigned: Assigned) -> int:
    """Fill the null cells the identities together with non-negativity determine (docs/record.md);
    returns how many were derived.  A row printed short must still hold what it printed: if its
    printed numbers cannot sit in the derived row, the source contradicts the identities there
    and that row keeps its nulls (flagged ``derivation_conflict``), and derivation is redone."""
    cells = assigned.cells
    short_rows = {
        (str(u["table"]), str(u["block"]), str(u["row"])): [str(v) for v in u["printed"]]  # type: ignore[attr-defined]
        for u in assigned.unassigned
        if u.get("reason") == "incomplete_row"
    }
    idents = [i for i in identities(version, cells) if i.id in ("H1", "H2", "H3", "H4")]
    before = dict(cells)
    blocked: set[CellKey] = set()
    for _ in range(len(short_rows) + 1):  # each round blocks one more row or ends
        cells.update(before)
        derived = _derive_round(idents, cells, blocked)
        conflict = next(
            (rkey for rkey, printed in short_rows.items()
             if not _fits(printed, [c.value for k, c in cells.items() if k[:3] == rkey])
             and any("derived" in c.flags for k, c in cells.items() if k[:3] == rkey)),
            None,
        )
        if conflict is None:
            return derived
        for key in [k for k in cells if k[:3] == conflict]:
            blocked.add(key)
            before[key] = CellResult(None, None, [*before[key].flags, "derivation_conflict"], before[key].unit)
    cells.update(before)
    return 0


def _derive_round(idents: list[Identity], cells: dict[CellKey, CellResult], blocked: set[CellKey]) -> int:
    derived = 0
    changed = True
    while changed:  # bounded: every pass fills at least one of the finitely many null cells
        changed = False
        for ident in idents:
            forced = _forced(ident, cells)
            if not forced or blocked & set(forced):
                continue
            for key, value in forced.items():
                cell = cells[key]
                cells[key] = CellResult(value, cell.raw, [*cell.flags, "derived"], cell.unit)
                derived += 1
            changed = True
    return derived


def group_totals(version: TemplateVersion, assigned: Assigned) -> dict[str, dict[str, int | float | None]]:
    """tables.t3_derived: the group totals the template never prints (report-format.md §6.2)."""
    groups = {
        "withheld_total": [r for r in tpl.T3_ROWS[version] if r.startswith("withheld_")],
        "unavailable_total": [r for r in tpl.T3_ROWS[version] if r.startswith("unavailable_")],
        "not_processed_total": [r for r in tpl.T3_ROWS[version] if r.startswith("not_processed_")],
        "other_handling_total": (
            list(tpl.T3_OTHER_V2021) if version == "v2021" else ["other_handling_total"]
        ),
    }
    out: dict[str, dict[str, int | float | None]] = {}
    for name, rows in groups.items():
        out[name] = {}
        for col in tpl.T3_COLS:
            printed = assigned.derived_groups.get((name, col))
            if printed is not None and printed.value is not None:
                out[name][col] = json_number(printed.value)
                continue
            keys = tuple(_t3(r, col) for r in rows)
            complete = all(assigned.cells[k].value is not None for k in keys)
            out[name][col] = json_number(_total(assigned.cells, keys)) if complete else None
    return out
