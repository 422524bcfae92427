"""A kept render answers with the bytes rendering gives and leaves the caller's generator where
rendering would have (what a fixture draws next never depends on the cache)."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from govcrawl.province.content import report_doc
from govcrawl.synth.docx import render_docx
from govcrawl.synth.pdf import render_pdf


def test_a_hit_gives_the_render_and_the_generator_state_after_it(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVCRAWL_RENDER_CACHE", str(tmp_path))
    doc = report_doc(random.Random(5), "青杉区财政局", "青杉区财政局", "v2021", 2023)
    fresh = random.Random(9)
    rendered = render_pdf(doc, fresh)
    drawn_after_render = fresh.random()
    assert len(list(tmp_path.glob("*.render"))) == 1

    again = random.Random(9)
    assert render_pdf(doc, again) == rendered
    assert again.random() == drawn_after_render

    other = dataclasses.replace(doc, title=doc.title.replace("2023", "2023年度"))
    assert render_pdf(other, random.Random(9)) != rendered
    assert render_docx(doc) == render_docx(doc)  # a renderer that takes no generator
    assert len(list(tmp_path.glob("*.render"))) == 3


def test_off_renders_every_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVCRAWL_RENDER_CACHE", "off")
    monkeypatch.chdir(tmp_path)
    doc = report_doc(random.Random(5), "青杉区财政局", "青杉区财政局", "v2021", 2023)
    assert render_pdf(doc, random.Random(1)) == render_pdf(doc, random.Random(1))
    assert not list(tmp_path.rglob("*.render"))


def test_arguments_it_cannot_key_bypass_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A converter passed positionally or by name (an object, no stable repr) renders every time (only
    the PDF the OFD is made from, rendered without one, is kept)."""
    from govcrawl.synth.ofd import Converter, render_ofd

    monkeypatch.setenv("GOVCRAWL_RENDER_CACHE", str(tmp_path))
    doc = report_doc(random.Random(5), "青杉区财政局", "青杉区财政局", "v2021", 2023)
    converter = Converter.pick(random.Random(3))
    assert render_ofd(doc, random.Random(1), converter)[:2] == b"PK"
    assert render_ofd(doc, random.Random(1), converter=converter)[:2] == b"PK"
    kept = [path.read_bytes().partition(b"\n")[2] for path in tmp_path.glob("*.render")]
    assert kept and all(body.startswith(b"%PDF") for body in kept)
