"""govcrawl.synth.pdf: born-digital PDFs of synthetic reports parse back to exactly their tables;
the image-only rendering is recognised as a scan."""

from __future__ import annotations

import copy
import io
import json
import random
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from govcrawl.report import parse_report
from govcrawl.report.pdf import read_pdf
from govcrawl.report.template import TemplateVersion
from govcrawl.synth.model import ReportDoc, load_seed_doc, random_report
from govcrawl.synth.pdf import render_image_only_pdf, render_pdf
from tests.report.expected import assert_matches_expected, assert_tables_round_trip, flat_tables

ROOT = Path(__file__).resolve().parents[2]
SEED_DIRS = sorted((ROOT / "fixtures" / "reports").glob("seed[0-9][0-9][0-9]"))

# (seed, version, year, fraction of cells printed blank, table 三 breaks across pages).  The seeds
# are picked so that table 三 breaks inside the merged 三、本年度办理结果 cell in four of them
# (seeds 15 and 22 print the cut merged cells' text again on the next page).
RANDOM_CASES: list[tuple[int, TemplateVersion, int, float, bool]] = [
    (0, "v2019", 2019, 0.0, True),
    (2, "v2021", 2023, 0.2, True),
    (15, "v2021", 2024, 0.05, True),
    (22, "v2019", 2019, 0.2, True),
    (1, "v2019", 2020, 0.05, False),
    (3, "v2021", 2022, 0.0, False),
]


def _blank_out(doc: ReportDoc, rng: random.Random, fraction: float) -> set[str]:
    """Set a random fraction of value cells to None (printed blank); return their keys."""
    tables: Any = doc.tables
    for row in [r for block in tables["t2"].values() for r in block.values()] + [
        r for r in tables["t3"].values()
    ] + [tables["t4"]]:
        for col in row:
            if rng.random() < fraction:
                row[col] = None
    return {k for k, v in flat_tables(tables).items() if v is None}


def _check_round_trip(
    doc: ReportDoc, data: bytes, blanked: set[str], truth: dict[str, Any] | None = None
) -> dict[str, Any]:
    record = parse_report(data)
    assert record["source"]["media_type"] == "application/pdf"
    assert record["template_version"] == doc.template_version
    assert record["year"] == doc.year
    if doc.published_date:
        assert record["published_date"] == doc.published_date
    assert_tables_round_trip(record, flat_tables(dict(doc.tables)), truth or {})
    flags = {
        ".".join(p for p in (c["table"], c.get("block"), c["row"], c["col"]) if p): c["flags"]
        for c in record["cells"]
    }
    for key in blanked:
        assert flags[key], f"blank cell {key} carries no reason flag"
    return record


def _t3_parts(data: bytes) -> list[list[list[str | None]]]:
    return [grid for grid in read_pdf(data).tables if len(grid[0]) == 10]


@pytest.mark.parametrize(("seed", "version", "year", "fraction", "splits"), RANDOM_CASES)
def test_random_report_round_trip(
    seed: int, version: TemplateVersion, year: int, fraction: float, splits: bool
) -> None:
    doc = random_report(random.Random(seed), version, year)
    truth = flat_tables(copy.deepcopy(dict(doc.tables)))
    blanked = _blank_out(doc, random.Random(seed + 1000), fraction)
    assert (fraction == 0) == (not blanked)
    data = render_pdf(doc, random.Random(seed))
    assert data.startswith(b"%PDF-")
    parts = _t3_parts(data)
    if splits:
        # table 三 continues on the next page below its repeated three header rows (D8)
        assert len(parts) == 2
        assert parts[1][0][3] == "申请人情况" and parts[1][1][9] == "总计"
        # the cut 三、本年度办理结果 cell: empty on the continuation (Word), or its text again
        assert (parts[1][3][0] or "").replace("\n", "") in ("", "三、本年度办理结果")
    else:
        assert len(parts) == 1
    _check_round_trip(doc, data, blanked, truth)


@pytest.mark.parametrize("name", ["seed001", "seed003"])
def test_short_printed_rows_round_trip(name: str) -> None:
    """Rows printed with fewer (or, D11, more) cells than the grid come back as the doc has them."""
    doc = load_seed_doc(ROOT / "fixtures" / "reports" / name)
    assert doc.printed_rows
    expected = json.loads((ROOT / "fixtures" / "reports" / name / "expected.json").read_text(encoding="utf-8"))
    for seed in (3, 4):
        _check_round_trip(doc, render_pdf(doc, random.Random(seed)), set(), expected["derived_cells"])


@pytest.mark.parametrize("seed_dir", SEED_DIRS, ids=[d.name for d in SEED_DIRS])
def test_seed_as_pdf(seed_dir: Path) -> None:
    doc = load_seed_doc(seed_dir)
    record = parse_report(render_pdf(doc, random.Random(int(seed_dir.name[-3:]))))
    expected = json.loads((seed_dir / "expected.json").read_text(encoding="utf-8"))
    assert_matches_expected(record, expected)
    assert record["year"] == expected["year"]
    assert record["title"] == expected["title"]


def test_render_is_deterministic() -> None:
    doc = random_report(random.Random(7), "v2021", 2022)
    assert render_pdf(doc, random.Random(1)) == render_pdf(doc, random.Random(1))
    assert render_pdf(doc, random.Random(1)) != render_pdf(doc, random.Random(2))


def test_image_only_pdf_is_flagged() -> None:
    doc = load_seed_doc(SEED_DIRS[0])
    data = render_image_only_pdf(doc)
    read = read_pdf(data)
    with pdfplumber.open(io.BytesIO(render_pdf(doc, random.Random(0)))) as born:
        pages = len(born.pages)
    assert pages > 1
    assert read.image_count == pages  # one page image per page
    assert read.text == "" and read.tables == []
    record = parse_report(data)
    assert "image_only" in record["flags"]
    assert record["template_version"] is None
