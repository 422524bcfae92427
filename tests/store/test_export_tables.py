"""Issue 15: the CSV/Parquet exports as people load them — pandas and DuckDB, documented dtypes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from govcrawl.cli import main
from govcrawl.report.template import T4_COLS
from govcrawl.store import Store
from govcrawl.store.tabular import (
    CELL_COLUMNS,
    DUCKDB_TYPES,
    PANDAS_DTYPES,
    REPORT_COLUMNS,
    cell_column,
    cell_label_of,
    columns_for,
    wide_columns,
)

from .factory import AGENCY, html_body, make_record

URL = "http://www.example.gov.cn/a.html"
README = Path(__file__).resolve().parents[2] / "README.md"
# Region codes that a type-guessing reader turns into numbers (and 0-led text it would mangle).
OTHER = {"id": "gd-test-x", "name": "广东测试局", "region": "广东省测试市", "region_code": "440300"}


def _synced(rec: dict[str, Any]) -> dict[str, Any]:
    """The record's ``cells`` made to agree with its edited ``tables`` (a null printed blank)."""
    tables = rec["tables"]
    for cell in rec["cells"]:
        if cell["table"] == "t2":
            value = tables["t2"][cell["block"]][cell["row"]][cell["col"]]
        elif cell["table"] == "t3":
            value = tables["t3"][cell["row"]][cell["col"]]
        else:
            value = tables["t4"][cell["col"]]
        cell.update(value=value, raw="" if value is None else str(value), flags=["blank"] if value is None else [])
    return rec


def _fill(store: Store) -> None:
    rec = make_record(flags=["spam_injection"], check_fail=True)
    t3 = rec["tables"]["t3"]
    t3["carried_over_from_prev"].update(natural_person=2, total=2)
    t3["granted"].update(natural_person=1, total=1)
    t3["withheld_state_secret"]["total"] = 1
    t3["withheld_third_party_rights"]["total"] = 2
    t3["carried_forward_to_next"]["total"] = 2
    rec["tables"]["t4"].update(review_corrected=1, review_total=3, lit_direct_total=2, lit_after_review_total=1)
    _synced(rec)
    store.save_record(rec, html_body(rec), "text/html", URL)
    other = make_record(agency=OTHER, year=2022)
    other["tables"]["t3"]["withheld_state_secret"]["total"] = None  # unknown part → unknown sum
    other["title"] = "=HYPERLINK(\"x\") 报告"
    _synced(other)
    store.save_record(other, html_body(other), "text/html", URL)


@pytest.fixture
def filled(db_url: str, tmp_path: Path) -> tuple[str, Path]:
    data = tmp_path / "data"
    with Store.open(db_url, data_dir=data) as store:
        _fill(store)
    return db_url, data


def _export(filled: tuple[str, Path], path: Path, *opts: str) -> None:
    db_url, data = filled
    assert main(["export", *opts, "-o", str(path), "--db", db_url, "--data-dir", str(data)]) == 0


def _documented(columns: tuple[object, ...]) -> dict[str, str]:
    return {c.name: PANDAS_DTYPES[c.kind] for c in columns}  # type: ignore[attr-defined]


def _read_csv(path: Path) -> pd.DataFrame:
    """As the README says: the sidecar's dtype map, empty fields as missing."""
    schema = json.loads(path.with_name(path.stem + ".schema.json").read_text(encoding="utf-8"))
    return pd.read_csv(path, dtype=schema["pandas_dtype"], keep_default_na=False, na_values=[""])


def _dtypes(df: pd.DataFrame) -> dict[str, str]:
    return {name: str(dtype) for name, dtype in df.dtypes.items()}


def test_per_report_csv_loads_in_pandas_with_documented_dtypes(filled: tuple[str, Path], tmp_path: Path) -> None:
    path = tmp_path / "reports.csv"
    _export(filled, path, "--format", "csv", "--per", "report")
    df = _read_csv(path)
    assert _dtypes(df) == _documented(REPORT_COLUMNS)
    assert len(df) == 2
    hn = df[df.agency_id == AGENCY["id"]].iloc[0]
    assert hn.region_code == "430300" and isinstance(hn.region_code, str)
    assert (hn.year, hn.version, hn.published_date, hn.template_version) == (2021, 1, "2022-01-24", "v2021")
    assert hn.title.endswith("年政府信息公开工作年度报告") and hn.url.startswith("http://www.example.gov.cn/")
    assert (hn.checks_pass, hn.checks_fail, hn.checks_not_assessable, hn.check_status) == (0, 1, 1, "fail")
    assert hn.record_flags == "spam_injection"
    assert (hn.new_received, hn.carried_over_from_prev, hn.applications_received) == (1, 2, 3)
    assert (hn.granted, hn.withheld, hn.carried_forward_to_next) == (1, 3, 2)
    assert (hn.review_total, hn.review_corrected, hn.lit_direct_total, hn.litigation_total) == (3, 1, 2, 3)
    gd = df[df.agency_id == OTHER["id"]].iloc[0]
    assert gd.region_code == "440300"
    assert pd.isna(gd.withheld)  # one part null: the sum is unknown, not a guess
    assert gd.title.startswith("'=HYPERLINK")  # spreadsheet formula neutralised
    # Without the sidecar's dtypes pandas guesses an integer: the reason the sidecar exists.
    assert str(pd.read_csv(path).region_code.dtype) == "int64"


def test_per_report_parquet_and_csv_load_in_duckdb(filled: tuple[str, Path], tmp_path: Path) -> None:
    csv_path, pq_path = tmp_path / "reports.csv", tmp_path / "reports.parquet"
    _export(filled, csv_path, "--format", "csv", "--per", "report")
    _export(filled, pq_path, "--format", "parquet", "--per", "report")
    want = [DUCKDB_TYPES[c.kind] for c in REPORT_COLUMNS]
    con = duckdb.connect()
    rel = con.sql(f"SELECT * FROM read_parquet('{pq_path}')")
    assert [str(t) for t in rel.types] == want and rel.columns == [c.name for c in REPORT_COLUMNS]
    schema = json.loads((tmp_path / "reports.schema.json").read_text(encoding="utf-8"))
    con.execute("CREATE TABLE r AS SELECT * FROM read_csv(?, header=true, types=?)", [str(csv_path),
                                                                                    schema["duckdb_types"]])
    assert [str(t) for t in con.sql("SELECT * FROM r").types] == want
    for source in ("r", f"read_parquet('{pq_path}')"):
        query = f"SELECT region_code, year, applications_received, withheld FROM {source} ORDER BY year"
        rows = con.sql(query).fetchall()
        assert rows == [("430300", 2021, 3, 3), ("440300", 2022, 1, None)]
    # pandas from Parquet: the same documented dtypes with the nullable backend.
    df = pd.read_parquet(pq_path, dtype_backend="numpy_nullable")
    assert _dtypes(df) == _documented(REPORT_COLUMNS)
    field = pq.read_schema(pq_path).field("region_code")
    assert field.metadata[b"label_zh"].decode() == "行政区划代码"


def test_per_cell_columns_do_not_shadow_pandas_and_carry_labels(filled: tuple[str, Path], tmp_path: Path) -> None:
    path = tmp_path / "cells.csv"
    _export(filled, path, "--format", "csv", "--labels", "zh")
    df = _read_csv(path)
    assert _dtypes(df) == _documented(columns_for("cell", labels=True))
    for columns in (CELL_COLUMNS, REPORT_COLUMNS, wide_columns()):
        assert not {c.name for c in columns} & set(dir(pd.DataFrame)), "a column shadows a DataFrame attribute"
    assert "cell_flags" in df.columns and "flags" not in df.columns
    assert df.cell_flags.dtype == "string"  # df.flags is pandas' own; df.cell_flags is the column
    lic = df[(df.row == "administrative_licensing") & (df.agency_id == AGENCY["id"])].iloc[0]
    assert (lic.value, lic.label_zh, lic.region_code) == (565.0, "行政许可", "430300")
    review = df[(df.table == "t4") & (df.col == "review_total") & (df.agency_id == AGENCY["id"])].iloc[0]
    assert (review.value, review.label_zh) == (3.0, "行政复议 总计")
    granted = df[(df.row == "granted") & (df.col == "total")].iloc[0]
    assert granted.label_zh == "予以公开 总计"


def test_wide_layout_one_column_per_cell_key(filled: tuple[str, Path], tmp_path: Path) -> None:
    path = tmp_path / "wide.parquet"
    _export(filled, path, "--format", "parquet", "--layout", "wide")
    table = pq.read_table(path)
    names = table.column_names
    assert names == [c.name for c in wide_columns()] and len(names) == len(set(names))
    assert {"t3.granted.total", "t4.review_total", "t2.art20_5.administrative_licensing.decision_count",
            "t2.art20_9.centralized_procurement.procurement_total_amount"} <= set(names)  # v2019 keys too
    assert all(f"t4.{c}" in names for c in T4_COLS)
    rows = {r["agency_id"]: r for r in table.to_pylist()}
    hn = rows[AGENCY["id"]]
    assert hn["t3.granted.total"] == 1 and hn["t4.review_total"] == 3 and hn["region_code"] == "430300"
    assert hn["t2.art20_5.administrative_licensing.decision_count"] == 565
    assert hn["t2.art20_9.centralized_procurement.procurement_total_amount"] is None  # a v2019 key
    assert table.schema.field("t3.granted.total").metadata[b"label_zh"].decode() == "予以公开 总计"
    csv_path = tmp_path / "wide.csv"
    _export(filled, csv_path, "--format", "csv", "--layout", "wide")
    df = _read_csv(csv_path)
    assert _dtypes(df) == _documented(wide_columns())
    assert df.set_index("agency_id").loc[OTHER["id"], "t3.new_received.total"] == 1
    con = duckdb.connect()
    query = f"SELECT \"t4.review_total\" FROM read_parquet('{path}') ORDER BY year"
    assert con.sql(query).fetchall() == [(3.0,), (0.0,)]


def test_export_shape_options_are_checked(filled: tuple[str, Path], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    db_url, data = filled
    base = ["--db", db_url, "--data-dir", str(data), "-o", str(tmp_path / "x")]
    assert main(["export", "--per", "report", *base]) == 2  # jsonl has no tables
    assert main(["export", "--format", "csv", "--per", "cell", "--layout", "wide", *base]) == 2
    assert main(["export", "--format", "parquet", "--per", "report", "--labels", "zh", *base]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "--layout wide is one row per report version" in err
    assert "labels are always in FILE.schema.json" in err


def test_t4_cells_are_named_by_column_whatever_their_row() -> None:
    # docs/record.md: table 四 is flat; cells stored with the old row level name the same column.
    for col in T4_COLS:
        assert cell_column("t4", "", "cases", col) == cell_column("t4", "", "", col) == f"t4.{col}"
        assert cell_label_of("v2021", "t4", "", "cases", col) == cell_label_of("v2021", "t4", "", "", col)
    assert cell_label_of("v2019", "t4", "", "", "lit_direct_corrected") == "行政诉讼·未经复议直接起诉 结果纠正"


def test_readme_documents_every_report_column_and_its_dtype() -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Issue 15 — exports and CLI"):]
    documented = dict(re.findall(r"^\| `([a-z_]+)` \| `(\w+)` \|", section, flags=re.M))
    assert documented == {c.name: PANDAS_DTYPES[c.kind] for c in REPORT_COLUMNS}
