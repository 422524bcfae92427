"""The record JSON schema (govcrawl.report.schema) says what docs/record.md says, and the records
the parser produces — seeds, rendered pages, the corpus, synthetic fixtures, stored and exported
— all match it.  (Every other test's parsed records are checked by the hook in tests/conftest.py.)"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest

import govcrawl.report
from govcrawl.report import parse_report
from govcrawl.report.schema import SCHEMA_FILE, assert_valid_record, check_record, record_schema
from govcrawl.report.template import T2, T3_COLS, T3_ROWS, T4_COLS
from govcrawl.store import Store
from govcrawl.store.export import export
from govcrawl.synth.html import render_page
from govcrawl.synth.model import random_report
from tests.conftest import SEED_DIRS

SEED_FILES = [p for d in SEED_DIRS for p in sorted(d.iterdir()) if p.suffix in (".txt", ".html")]


def _seed_record(version: str = "v2021") -> dict[str, Any]:
    for path in SEED_FILES:
        record = parse_report(path.read_bytes(), url=path.name)
        if record["template_version"] == version:
            return record
    raise AssertionError(version)


def test_shipped_schema_file_is_the_generated_schema() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == record_schema()


def test_the_checker_is_installed_on_parse_report() -> None:
    assert getattr(govcrawl.report.parse_report, "__wrapped__", None) is not None


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_seed_records_match(path: Path) -> None:
    assert_valid_record(parse_report(path.read_bytes(), url=path.name))


def test_corpus_records_match(shared_dir: Path) -> None:
    paths = [p for p in sorted((shared_dir / "corpus").rglob("*")) if p.is_file() and p.name != "MANIFEST.md"]
    assert len(paths) >= 8
    for path in paths:
        assert_valid_record(parse_report(path.read_bytes(), url=path.name))


@pytest.mark.parametrize("version", ["v2019", "v2021"])
def test_synthetic_pages_match(version: Any) -> None:
    rng = random.Random(13)
    for style in ("trs", "hanweb", "vsb"):
        doc = random_report(rng, version, 2020 if version == "v2019" else 2023)
        page, _ = render_page(doc, style, rng)  # type: ignore[arg-type]
        record = parse_report(page, "text/html")
        assert record["template_version"] == version
        assert_valid_record(record)


def test_unreadable_input_still_matches() -> None:
    for data in (b"", b"\x00\x01garbage", b"%PDF-1.4 broken", b"PK\x03\x04 not a zip"):
        record = parse_report(data)
        assert record["template_version"] is None and record["flags"]
        assert_valid_record(record)


# -- what the schema rejects -----------------------------------------------------------------


def test_nested_t4_is_rejected() -> None:
    record = _seed_record()
    record["tables"]["t4"] = {"cases": record["tables"]["t4"]}
    assert any(e.startswith("tables/t4") for e in check_record(record))


@pytest.mark.parametrize("version", ["v2019", "v2021"])
def test_every_key_of_the_version_is_required(version: str) -> None:
    record = _seed_record(version)
    block = T2[version][0]  # type: ignore[index]
    for mutate in (
        lambda t: t["t2"][block.key][block.rows[0]].pop(block.cols[0]),
        lambda t: t["t3"].pop(T3_ROWS[version][-1]),  # type: ignore[index]
        lambda t: t["t3"]["granted"].pop(T3_COLS[0]),
        lambda t: t["t4"].pop(T4_COLS[-1]),
        lambda t: t["t3"].__setitem__("made_up_row", dict.fromkeys(T3_COLS, 0)),
    ):
        broken = copy.deepcopy(record)
        mutate(broken["tables"])
        assert check_record(broken), mutate


def test_the_other_versions_keys_are_rejected() -> None:
    record = _seed_record("v2021")
    record["template_version"] = "v2019"
    assert check_record(record)


def test_value_types() -> None:
    record = _seed_record()
    for bad in ("3", 1.5, -1, True):
        broken = copy.deepcopy(record)
        broken["tables"]["t3"]["granted"]["total"] = bad
        assert check_record(broken), bad


def test_a_null_cell_names_its_reason() -> None:
    record = _seed_record()
    cell = next(c for c in record["cells"] if c["table"] == "t3" and c["row"] == "granted" and c["col"] == "total")
    record["tables"]["t3"]["granted"]["total"] = None
    cell["value"], cell["flags"] = None, []
    assert any("flags" in e for e in check_record(record))
    cell["flags"] = ["blank"]
    assert check_record(record) == []


def test_tables_and_cells_agree() -> None:
    record = _seed_record()
    record["tables"]["t4"]["review_total"] = 7
    assert any("review_total" in e for e in check_record(record))


def test_every_identity_is_listed_in_checks() -> None:
    record = _seed_record()
    record["checks"] = [c for c in record["checks"] if c["id"] != "H4"]
    assert any("H4" in e for e in check_record(record))
    record = _seed_record()
    record["checks"][0]["status"] = "ok"
    assert check_record(record)


def test_a_value_outside_its_domain_needs_a_failing_h5() -> None:
    record = _seed_record()
    cell = next(c for c in record["cells"] if c["table"] == "t3" and c["row"] == "granted" and c["col"] == "total")
    record["tables"]["t3"]["granted"]["total"] = cell["value"] = -2
    assert check_record(record)
    h5 = next(c for c in record["checks"] if c["id"] == "H5" and c["scope"] == "t3")
    h5.update(status="fail", cells=["granted.total"])
    assert check_record(record) == []


def test_an_unparsed_record_has_empty_tables_and_says_why() -> None:
    record = parse_report(b"")
    record["flags"] = []
    assert check_record(record)
    record = parse_report(b"")
    record["tables"]["t4"] = {"review_total": 0}
    assert check_record(record)


# -- stored and exported records -------------------------------------------------------------


def test_stored_and_exported_records_match(tmp_path: Path) -> None:
    import io

    store = Store.open(f"sqlite:///{tmp_path / 's.sqlite3'}", data_dir=tmp_path / "data", upgrade=True)
    try:
        for i, path in enumerate(p for p in SEED_FILES if p.suffix == ".txt"):
            data = path.read_bytes()
            agency = {"id": f"test-agency-{i}", "name": None, "region": None, "region_code": None}
            record = parse_report(data, "text/plain", url=f"http://www.example.gov.test/{i}.txt", agency=agency)
            store.save_record(record, data, "text/plain", f"http://www.example.gov.test/{i}.txt")
        out = io.StringIO()
        export(store, "jsonl", out)
    finally:
        store.close()
    exported = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(exported) == 5
    for record in exported:
        assert_valid_record(record)
