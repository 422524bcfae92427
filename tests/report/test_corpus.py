"""The born-digital PDFs of ../shared/corpus, and DOCX reports, parse to the values printed in them."""

from __future__ import annotations

import json
import random

import pytest

from govcrawl.report import parse_report
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import load_seed_doc, random_report
from tests.conftest import FIXTURES, SEED_DIRS, SHARED
from tests.report.expected import assert_matches_expected, flat_tables

PDFS = {"hzq2023": "hzq2023_working.pdf", "hzq2024": "hzq2024_working.pdf"}


@pytest.mark.parametrize("name", sorted(PDFS))
def test_corpus_pdf_values(name: str) -> None:
    path = SHARED / "corpus" / "zxj6827111-blip__KIROGOVCOMPARE" / PDFS[name]
    if not path.exists():
        pytest.skip("../shared/corpus is not beside the project")
    record = parse_report(path.read_bytes())
    expected = json.loads((FIXTURES / "corpus" / f"{name}.expected.json").read_text(encoding="utf-8"))
    # The PDFs print （六）其他处理 as one row (the v2019 shape) in a v2021 table: the sub-rows are
    # not printed, so they are null with that reason, and the printed row is kept as the group total.
    expected = dict(expected, null_cells={k: "group_total_only" for k in expected["null_cells"]})
    assert_matches_expected(record, expected)
    assert record["year"] == expected["year"]
    assert record["agency"]["name"].endswith("洪泽区人民政府")
    assert record["source"]["media_type"] == "application/pdf"
    failing = sorted(f"{c['id']}:{c['scope']}" for c in record["checks"] if c["status"] == "fail")
    assert failing == sorted(expected["failing_checks"])
    assert record["tables"]["t3_derived"]["other_handling_total"]["total"] == 0
    assert {c["status"] for c in record["checks"] if c["id"] == "H2"} == {"pass"}


def test_corpus_2023_table_four_keeps_the_printed_contradiction() -> None:
    path = SHARED / "corpus" / "zxj6827111-blip__KIROGOVCOMPARE" / PDFS["hzq2023"]
    if not path.exists():
        pytest.skip("../shared/corpus is not beside the project")
    record = parse_report(path.read_bytes())
    t4 = record["tables"]["t4"]
    assert (t4["review_upheld"], t4["review_corrected"], t4["review_total"]) == (10, 1, 0)
    h4 = next(c for c in record["checks"] if c["id"] == "H4" and c["scope"] == "review")
    assert h4 == {"id": "H4", "scope": "review", "status": "fail", "lhs": 0, "rhs": 11}


@pytest.mark.parametrize("seed_dir", SEED_DIRS, ids=[d.name for d in SEED_DIRS])
def test_seed_as_docx(seed_dir) -> None:  # type: ignore[no-untyped-def]
    doc = load_seed_doc(seed_dir)
    record = parse_report(render_docx(doc))
    assert record["source"]["media_type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    expected = json.loads((seed_dir / "expected.json").read_text(encoding="utf-8"))
    assert_matches_expected(record, expected)
    assert record["year"] == expected["year"]


@pytest.mark.parametrize("version", ["v2019", "v2021"])
def test_random_docx_round_trip(version: str) -> None:
    rng = random.Random(3)
    for _ in range(3):
        doc = random_report(rng, version, 2020 if version == "v2019" else 2023)  # type: ignore[arg-type]
        record = parse_report(render_docx(doc))
        assert record["template_version"] == version
        assert flat_tables(record["tables"]) == flat_tables(dict(doc.tables))
