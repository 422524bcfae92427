"""No positional guess (issue 13): a row printing fewer values than columns is null unless the
labels, the source's column positions or the identities say where each value goes.  Pinned on the
real 上海市人民政府办公厅 2025 text (corpus) and on variants of its layouts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from govcrawl.report import parse_report
from tests.report.test_identities import report_text

SHANGHAI = "zxj6827111-blip__KIROGOVCOMPARE/shanghai-office-sample-source.md"


def _cells(record: dict[str, Any], row: str) -> dict[str, dict[str, Any]]:
    return {c["col"]: c for c in record["cells"] if c["row"] == row}


def test_shanghai_short_markdown_rows_are_not_aligned_by_position(shared_dir: Path) -> None:
    record = parse_report((shared_dir / "corpus" / SHANGHAI).read_bytes(), url=SHANGHAI)
    art20_1 = record["tables"]["t2"]["art20_1"]
    # `| 规章 | 22 | 235 |`, `| 行政规范性文件 | 34 | 189 |`: two values for three columns, and the
    # header sits in another markdown table: 235 and 189 are 现行有效, never 废止 — all null.
    for row in ("regulations", "normative_documents"):
        assert set(art20_1[row].values()) == {None}
        assert all(c["flags"] == ["incomplete_row"] for c in _cells(record, row).values())
    assert 235 not in art20_1["regulations"].values() and 189 not in art20_1["normative_documents"].values()
    # the markdown border is not a cell: table 四's fifteen values fill its fifteen columns
    assert list(record["tables"]["t4"].values()) == [40, 0, 10, 5, 55, 2, 0, 4, 6, 12, 6, 0, 9, 7, 22]
    # a wrapped label printed above its values-only markdown row
    assert list(record["tables"]["t3"]["partially_granted"].values()) == [2, 0, 0, 0, 0, 0, 2]
    assert list(record["tables"]["t3"]["results_total"].values()) == [1139, 48, 0, 0, 4, 0, 1191]


def _t2_variant(rule_line: str) -> dict[str, Any]:
    text = report_text({}).decode().replace("规章\t0\t0\t0", rule_line)
    return parse_report(text.encode())


def test_markdown_row_borders_are_not_cells() -> None:
    record = _t2_variant("| 规章 | 22 | 235 |")
    assert set(record["tables"]["t2"]["art20_1"]["regulations"].values()) == {None}
    # the same row with its blank cell printed: the source gives every column's position
    record = _t2_variant("| 规章 | 22 |  | 235 |")
    assert record["tables"]["t2"]["art20_1"]["regulations"] == {
        "issued_count": 22, "repealed_count": None, "in_force_count": 235}
    assert _cells(record, "regulations")["repealed_count"]["flags"] == ["blank"]


def test_gaps_between_values_are_not_closed_up() -> None:
    # five cells for three columns, blanks between the values: which three columns they are in
    # the source does not say
    record = _t2_variant("规章\t1\t\t2\t\t3")
    assert set(record["tables"]["t2"]["art20_1"]["regulations"].values()) == {None}
    assert {c["flags"][0] for c in _cells(record, "regulations").values()} == {"ambiguous"}
    # padding only before/after the values is no gap (tab layouts, D16)
    record = _t2_variant("规章\t\t1\t2\t3\t")
    assert list(record["tables"]["t2"]["art20_1"]["regulations"].values()) == [1, 2, 3]


def test_values_row_completes_the_label_printed_above_it() -> None:
    rows_text = report_text({}).decode().replace(
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0\t0\t0\t0\t0\t0",
        "（二）部分公开（区分处理的，只计这一情\n形，不计其他情形）\n"
        "| 2 | 0 | 0 | 0 | 1 | 0 | 3 |\n|---|---|---|---|---|---|---|",
    )
    assert "| 2 | 0 |" in rows_text
    record = parse_report(rows_text.encode())
    assert list(record["tables"]["t3"]["partially_granted"].values()) == [2, 0, 0, 0, 1, 0, 3]
