"""Compare a parsed record with a hand-written expected.json (values read off the source)."""

from __future__ import annotations

from typing import Any


def flat_tables(tables: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for block, rows in tables.get("t2", {}).items():
        for row, cols in rows.items():
            for col, value in cols.items():
                out[f"t2.{block}.{row}.{col}"] = value
    for row, cols in tables.get("t3", {}).items():
        for col, value in cols.items():
            out[f"t3.{row}.{col}"] = value
    # tables.t4 is flat (docs/record.md); its cells carry the row key "cases" (report-format.md §7)
    for col, value in tables.get("t4", {}).items():
        out[f"t4.cases.{col}"] = value
    return out


def expected_values(expected: dict[str, Any]) -> dict[str, Any]:
    """Flat expected values: what the source prints, plus the cells it does not print whose value
    the identities force (``derived_cells``, filled and flagged ``derived`` in the record)."""
    return {**flat_tables(expected["tables"]), **expected.get("derived_cells", {})}


def cell_flags(record: dict[str, Any]) -> dict[str, list[str]]:
    out = {}
    for cell in record["cells"]:
        key = ".".join(p for p in (cell["table"], cell.get("block"), cell["row"], cell["col"]) if p)
        out[key] = cell["flags"]
    return out


def assert_matches_expected(record: dict[str, Any], expected: dict[str, Any]) -> None:
    assert record["template_version"] == expected["template_version"]
    got = flat_tables(record["tables"])
    want = expected_values(expected)
    assert set(got) == set(want), "key sets differ"
    wrong = {k: (got[k], v) for k, v in want.items() if got[k] != v}
    assert not wrong, f"cells differ (got, expected): {wrong}"
    flags = cell_flags(record)
    derived = expected.get("derived_cells", {})
    for key, reason in expected.get("null_cells", {}).items():
        assert reason in flags[key], (key, flags[key])
        if key in derived:
            assert "derived" in flags[key], (key, flags[key])
        else:
            assert got[key] is None, key
    for key in got:
        if key not in derived:
            assert "derived" not in flags.get(key, []), f"{key} derived, but the identities do not force it"
    for key, value in got.items():
        if value is None:
            assert flags[key], f"null cell {key} carries no reason flag"
    for flag in expected.get("record_flags", []):
        assert flag in record["flags"]


def assert_tables_round_trip(record: dict[str, Any], want: dict[str, Any], truth: dict[str, Any]) -> None:
    """The record's tables equal ``want`` (flat, None for a cell printed blank or short), except
    that a cell ``want`` has None for may be filled when flagged ``derived`` and equal to the
    value ``truth`` knows for it (the value the blanked cell had before it was blanked)."""
    got = flat_tables(record["tables"])
    flags = cell_flags(record)
    wrong = {}
    for key, value in want.items():
        if got.get(key) == value:
            continue
        if value is None and "derived" in flags.get(key, []) and key in truth and got.get(key) == truth[key]:
            continue
        wrong[key] = (got.get(key), value, truth.get(key))
    assert not wrong, f"cells differ (got, rendered, true): {wrong}"
