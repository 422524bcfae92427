"""Property: random valid tables of both template versions, rendered in random layouts (spans,
spaced labels, full-width punctuation, blank cells, pipes, tabs, one cell per line, portal pages,
DOCX), parse back to exactly the values rendered; blank cells come back null, or derived — with
the value they had before they were blanked — where the identities force it."""

from __future__ import annotations

import copy
import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govcrawl.report import parse_report
from govcrawl.synth.docx import render_docx
from govcrawl.synth.html import render_page
from govcrawl.synth.model import ReportDoc, random_report
from govcrawl.synth.text import render_report_text
from tests.report.expected import assert_tables_round_trip, flat_tables

RENDERINGS = ["text:lines", "text:tabs", "text:pipes", "html:trs", "html:hanweb", "html:vsb", "docx"]


def _blank_out(doc: ReportDoc, rng: random.Random, fraction: float) -> set[str]:
    """Set a random fraction of value cells to None (printed blank); return their keys."""
    blanked: set[str] = set()
    tables: Any = doc.tables
    for block in tables["t2"].values():
        for row in block.values():
            for col in row:
                if rng.random() < fraction:
                    row[col] = None
    for row in [*tables["t3"].values(), tables["t4"]]:
        for col in row:
            if rng.random() < fraction:
                row[col] = None
    for key, value in flat_tables(tables).items():
        if value is None:
            blanked.add(key)
    return blanked


def _render(doc: ReportDoc, how: str, rng: random.Random) -> tuple[bytes, str]:
    kind, _, variant = how.partition(":")
    if kind == "text":
        return render_report_text(doc, variant, rng).encode("utf-8"), "text/plain"  # type: ignore[arg-type]
    if kind == "html":
        body, charset = render_page(doc, variant, rng)  # type: ignore[arg-type]
        return body, f"text/html; charset={charset}"
    return render_docx(doc), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 2**32 - 1),
    version=st.sampled_from(["v2019", "v2021"]),
    how=st.sampled_from(RENDERINGS),
    fraction=st.sampled_from([0.0, 0.0, 0.05, 0.2]),
)
def test_rendered_tables_parse_back_exactly(seed: int, version: str, how: str, fraction: float) -> None:
    rng = random.Random(seed)
    year = rng.choice([2019, 2020]) if version == "v2019" else rng.choice([2021, 2022, 2023, 2024])
    doc = random_report(rng, version, year)  # type: ignore[arg-type]
    truth = flat_tables(copy.deepcopy(dict(doc.tables)))
    blanked = _blank_out(doc, rng, fraction)
    data, media_type = _render(doc, how, rng)
    record = parse_report(data, media_type)
    assert record["template_version"] == version
    assert record["year"] == year
    got = flat_tables(record["tables"])
    assert_tables_round_trip(record, flat_tables(dict(doc.tables)), truth)
    flags = {".".join(p for p in (c["table"], c.get("block"), c["row"], c["col"]) if p): c["flags"]
             for c in record["cells"]}
    for key in blanked:
        assert got[key] is None or got[key] == truth[key], key
        assert flags[key], key
