"""Export formats, filters and the --since cursor (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from govcrawl.cli import main
from govcrawl.store import Store
from govcrawl.store.export import CursorError, Filters, export, safe_csv_text

from .factory import AGENCY, html_body, make_record

URL = "http://www.example.gov.cn/a.html"
OTHER = {"id": "gd-test-x", "name": "广东测试局", "region": "广东省测试市", "region_code": "440300"}


def save(store: Store, **kw: object) -> None:
    rec = make_record(**kw)  # type: ignore[arg-type]
    store.save_record(rec, html_body(rec), "text/html", URL)


def jsonl(store: Store, **kw: object) -> tuple[list[dict[str, object]], int]:
    out = io.StringIO()
    result = export(store, "jsonl", out, **kw)  # type: ignore[arg-type]
    return [json.loads(line) for line in out.getvalue().splitlines()], result.next_cursor


def test_jsonl_is_record_shape_with_version_block(store: Store) -> None:
    save(store, licensing=1)
    save(store, licensing=2)
    (rec,), cursor = jsonl(store)
    assert cursor == 2
    assert rec["schema"] == "govcrawl.report/1" and rec["agency"]["id"] == AGENCY["id"]  # type: ignore[index]
    assert rec["tables"]["t2"]["art20_5"]["administrative_licensing"]["decision_count"] == 2  # type: ignore[index]
    version = rec["version"]
    assert isinstance(version, dict)
    assert version["number"] == 2 and version["valid_to"] is None and version["parser_version"] == "test-1"
    assert len(version["content_hash"]) == 64 and version["valid_from"].endswith("Z")
    all_versions, _ = jsonl(store, all_versions=True)
    assert [r["version"]["number"] for r in all_versions] == [1, 2]  # type: ignore[index]
    assert all_versions[0]["version"]["valid_to"] is not None  # type: ignore[index]


def test_filters(store: Store) -> None:
    save(store, year=2021)
    save(store, year=2022, check_fail=True)
    save(store, agency=OTHER, year=2021)
    assert len(jsonl(store, filters=Filters(year=2021))[0]) == 2
    assert len(jsonl(store, filters=Filters(region="湖南省"))[0]) == 2
    assert len(jsonl(store, filters=Filters(region="4403"))[0]) == 1
    assert len(jsonl(store, filters=Filters(agency="广东测试局"))[0]) == 1
    assert len(jsonl(store, filters=Filters(check_status="fail"))[0]) == 1
    assert len(jsonl(store, filters=Filters(template="v2019"))[0]) == 0


def test_since_cursor_hands_out_each_change_exactly_once(store: Store) -> None:
    save(store, year=2020)
    save(store, year=2021)
    first, c1 = jsonl(store)
    assert len(first) == 2
    # Between exports: one report changes twice, one is re-fetched unchanged, one is new.
    save(store, year=2021, licensing=1)
    save(store, year=2021, licensing=2)
    save(store, year=2020)
    save(store, year=2022)
    second, c2 = jsonl(store, since=c1)
    assert sorted((r["year"], r["version"]["number"]) for r in second) == [(2021, 3), (2022, 1)]  # type: ignore[index]
    third, c3 = jsonl(store, since=c2)
    assert third == [] and c3 == c2
    # all versions since c1: every new version once
    allv, _ = jsonl(store, since=c1, all_versions=True)
    assert sorted((r["year"], r["version"]["number"]) for r in allv) == [(2021, 2), (2021, 3), (2022, 1)]  # type: ignore[index]
    with pytest.raises(CursorError):
        jsonl(store, since=c3 + 100)


def test_csv_cells_and_formula_injection(store: Store, tmp_path: Path) -> None:
    rec = make_record()
    rec["cells"][0]["raw"] = '=HYPERLINK("http://evil")'
    rec["agency"] = {**AGENCY, "name": "+cmd|' /C calc'!A0"}
    store.save_record(rec, html_body(rec), "text/html", URL)
    out = io.StringIO()
    result = export(store, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert result.rows == len(rows) == len(rec["cells"])
    assert rows[0]["raw"] == '\'=HYPERLINK("http://evil")'
    assert all(r["agency_name"].startswith("'+") for r in rows)
    lic = next(r for r in rows if r["row"] == "administrative_licensing")
    assert (lic["value"], lic["block"], lic["year"]) == ("565", "art20_5", "2021")
    assert safe_csv_text("-1+2") == "'-1+2" and safe_csv_text("@SUM(A1)") == "'@SUM(A1)" and safe_csv_text("ok") == "ok"


def test_parquet(store: Store, tmp_path: Path) -> None:
    save(store)
    path = tmp_path / "cells.parquet"
    result = export(store, "parquet", path)
    table = pq.read_table(path)
    assert table.num_rows == result.rows > 200 - 10
    lic = [r for r in table.to_pylist() if r["row"] == "administrative_licensing"]
    assert lic[0]["value"] == 565.0 and lic[0]["year"] == 2021


def test_export_command_cursor_file(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with Store.open(db_url, data_dir=data) as store:
        save(store, year=2020)
    args = ["--db", db_url, "--data-dir", str(data), "--cursor-file", str(tmp_path / "cursor")]
    out = tmp_path / "a.jsonl"
    assert main(["export", "-o", str(out), *args]) == 0
    assert len(out.read_text().splitlines()) == 1
    assert "cursor: 1" in capsys.readouterr().err
    with Store.open(db_url, data_dir=data) as store:
        save(store, year=2021)
    assert main(["export", "-o", str(out), *args]) == 0
    assert [json.loads(line)["year"] for line in out.read_text().splitlines()] == [2021]
    assert (tmp_path / "cursor").read_text().strip() == "2"
    assert main(["export", "--since", "abc", "--db", db_url]) == 2
