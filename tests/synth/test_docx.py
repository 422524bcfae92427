"""The DOCX renderer gives the same bytes for the same report (fixture portals serve it, and an
unchanged file must look unchanged to a re-crawl)."""

from __future__ import annotations

import random

from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import random_report


def test_render_docx_is_byte_stable() -> None:
    doc = random_report(random.Random(4), "v2021", 2023)
    assert render_docx(doc) == render_docx(doc)
    other = random_report(random.Random(5), "v2021", 2023)
    assert render_docx(other) != render_docx(doc)
