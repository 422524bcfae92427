"""Cross-year checks: stored when parses are stored, on SQLite and PostgreSQL."""

from __future__ import annotations

import copy
from typing import Any

from sqlalchemy import select

from govcrawl.store import Store
from govcrawl.store import db as storedb
from govcrawl.store.crossyear import YearParse, findings
from govcrawl.store.models import CrossYearCheck, ReportParse
from tests.store.factory import html_body, make_record


def _with(rec: dict[str, Any], **cells: float | None) -> dict[str, Any]:
    """Set table cells given as ``t3__row__col`` or ``t2__block__row__col``."""
    out = copy.deepcopy(rec)
    for name, value in cells.items():
        parts = name.split("__")
        if parts[0] == "t3":
            out["tables"]["t3"][parts[1]][parts[2]] = value
        else:
            out["tables"]["t2"][parts[1]][parts[2]][parts[3]] = value
        for cell in out["cells"]:
            if [cell["table"], *([cell.get("block")] if parts[0] == "t2" else []), cell["row"], cell["col"]] == parts:
                cell["value"], cell["raw"] = value, None if value is None else str(value)
    return out


def _save(store: Store, rec: dict[str, Any]) -> None:
    store.save_record(rec, html_body(rec, chrome=str(rec["tables"])), "text/html",
                      f"http://x.gov.test/{rec['year']}.html")


def _checks(store: Store) -> dict[tuple[int, str, str], tuple[str, float | None, float | None]]:
    c = CrossYearCheck
    with store.reading() as conn:
        return {(r.year, r.check_id, r.scope): (r.status, r.lhs, r.rhs)
                for r in conn.execute(select(c.year, c.check_id, c.scope, c.status, c.lhs, c.rhs))}


def test_mismatch_is_stored_as_a_finding_and_refreshed_by_a_new_version(store: Store) -> None:
    y2021 = _with(make_record(year=2021), t3__carried_forward_to_next__total=2,
                  t2__art20_1__normative_documents__in_force_count=3)
    y2022 = _with(make_record(year=2022), t3__carried_over_from_prev__total=3,
                  t2__art20_1__normative_documents__issued_count=2,
                  t2__art20_1__normative_documents__repealed_count=1,
                  t2__art20_1__normative_documents__in_force_count=5)
    _save(store, y2021)
    assert _checks(store) == {}  # one year alone: nothing to compare
    _save(store, y2022)
    checks = _checks(store)
    assert checks[2022, "X1", "total"] == ("fail", 3, 2)
    assert checks[2022, "X1", "natural_person"] == ("pass", 0, 0)
    assert checks[2022, "X2", "normative_documents"] == ("fail", 5, 4)  # 3 + 2 − 1 = 4, printed 5
    assert checks[2022, "X2", "regulations"] == ("pass", 0, 0)
    assert len(checks) == 7 + 2

    # The agency publishes a corrected 2021 (a new version): the finding follows the current parse.
    _save(store, _with(y2021, t3__carried_forward_to_next__total=3))
    assert _checks(store)[2022, "X1", "total"] == ("pass", 3, 3)
    assert len(_checks(store)) == 9


def test_blank_cells_and_template_change_are_not_assessed(store: Store) -> None:
    y2021 = _with(make_record(year=2021), t3__carried_forward_to_next__total=None)
    y2022 = make_record(year=2022)
    y2022["template_version"] = "v2019"
    _save(store, y2021)
    _save(store, y2022)
    checks = _checks(store)
    assert checks[2022, "X1", "total"] == ("not_assessable", 0, None)
    assert not any(check == "X2" for _y, check, _s in checks)  # stock identity is v2021 only


def test_a_reparse_refreshes_the_findings(store: Store) -> None:
    y2020 = _with(make_record(year=2020), t3__carried_forward_to_next__total=1)
    y2021 = _with(make_record(year=2021), t3__carried_over_from_prev__total=2)
    _save(store, y2020)
    _save(store, y2021)
    assert _checks(store)[2021, "X1", "total"] == ("fail", 2, 1)
    with store.reading() as conn:
        vid = conn.execute(
            select(ReportParse.version_id)
            .join(CrossYearCheck, CrossYearCheck.parse_id == ReportParse.id)
            .where(CrossYearCheck.year == 2021)
        ).scalars().first()
    assert vid is not None
    fixed = _with(y2021, t3__carried_over_from_prev__total=1)
    fixed["version"] = {"parser_version": "test-2"}
    assert store.save_parse(vid, fixed).kind == "reparsed"
    assert _checks(store)[2021, "X1", "total"] == ("pass", 1, 1)


def test_the_migration_fills_in_reports_stored_before_it(store: Store) -> None:
    _save(store, _with(make_record(year=2021), t3__carried_forward_to_next__total=2))
    _save(store, _with(make_record(year=2022), t3__carried_over_from_prev__total=3))
    storedb.downgrade(store.engine, "0003")
    storedb.upgrade(store.engine)
    assert _checks(store)[2022, "X1", "total"] == ("fail", 3, 2)


def test_findings_skip_gaps_between_years() -> None:
    t3 = {("t3", "carried_forward_to_next", "total"): 1.0, ("t3", "carried_over_from_prev", "total"): 1.0}
    years = {2019: YearParse(1, "v2021", dict(t3)), 2021: YearParse(2, "v2021", dict(t3))}
    assert findings(years) == []  # 2020 missing: 2019 and 2021 are not consecutive
