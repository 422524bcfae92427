"""Binary Word 97–2003 reports (``.doc``): paragraphs and tables from the file's own structure.

The fixtures are real Word 97 files written by LibreOffice 7.4 (``soffice --convert-to doc``):
``report.doc`` from each seed's DOCX rendering, ``pasted.doc`` from a seed's VSB page (a page
pasted into a word processor and saved as .doc: the report inside the portal's layout tables).
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import olefile
import pytest

from govcrawl.report import parse_report
from govcrawl.report.document import ReadError
from govcrawl.report.worddoc import read_word97
from tests.report.expected import expected_values, flat_tables

REPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "reports"
SEEDS = sorted(p.name for p in REPORTS.glob("seed*") if (p / "report.doc").exists())


def _expected(seed: str) -> dict[str, object]:
    return json.loads((REPORTS / seed / "expected.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.mark.parametrize("seed", SEEDS)
def test_word97_report_reads_every_cell(seed: str) -> None:
    expected = _expected(seed)
    record = parse_report((REPORTS / seed / "report.doc").read_bytes(), None, url="http://x.test/f/a.doc")
    assert record["source"]["media_type"] == "application/msword"
    assert flat_tables(record["tables"]) == expected_values(expected)  # type: ignore[arg-type]
    assert (record["year"], record["agency"]["name"]) == (expected["year"], expected["agency_name"])
    assert record["flags"] == expected.get("record_flags", [])


@pytest.mark.parametrize("seed", [s for s in SEEDS if (REPORTS / s / "pasted.doc").exists()])
def test_a_page_pasted_into_word_keeps_its_report_tables(seed: str) -> None:
    record = parse_report((REPORTS / seed / "pasted.doc").read_bytes(), "application/msword")
    assert flat_tables(record["tables"]) == expected_values(_expected(seed))  # type: ignore[arg-type]


def test_merged_cells_are_expanded_as_the_docx_reader_does() -> None:
    doc = read_word97((REPORTS / SEEDS[0] / "report.doc").read_bytes())
    t4 = next(g for g in doc.tables if g and g[0][0] == "行政复议")
    assert len({len(row) for row in t4}) == 1 and len(t4[0]) == 15
    assert t4[0][:6] == ["行政复议", None, None, None, None, "行政诉讼"]  # gridSpan-like: None after
    t3 = next(g for g in doc.tables if any("申请人情况" in (c or "") for c in g[0]))
    assert t3[1][0] is None  # the caption cell's vertical merge continues: None, not ""


def _rewrite_stream(tmp: Path, data: bytes, name: str, edit: bytes, at: int) -> bytes:
    """``data`` with ``edit`` written over stream ``name`` at offset ``at`` (same size)."""
    target = tmp / "edited.doc"
    target.write_bytes(data)
    with olefile.OleFileIO(str(target), write_mode=True) as writable:
        stream = bytearray(writable.openstream(name).read())
        stream[at:at + len(edit)] = edit
        writable.write_stream(name, bytes(stream))
    return target.read_bytes()


def test_broken_or_encrypted_files_are_refused_with_a_reason(tmp_path: Path) -> None:
    good = (REPORTS / SEEDS[0] / "report.doc").read_bytes()
    with pytest.raises(ReadError) as info:
        read_word97(good[: len(good) // 3])
    assert info.value.reason == "unreadable_doc"

    flags = struct.unpack_from("<H", olefile.OleFileIO(good).openstream("WordDocument").read(), 0x0A)[0]
    encrypted = _rewrite_stream(tmp_path, good, "WordDocument", struct.pack("<H", flags | 0x0100), 0x0A)
    with pytest.raises(ReadError) as info:
        read_word97(encrypted)
    assert info.value.reason == "unreadable_doc" and "encrypted" in str(info.value)

    # A FIB whose piece table lies past the table stream's end
    nowhere = _rewrite_stream(tmp_path, good, "WordDocument", struct.pack("<I", 0x7FFFFFF0), 154 + 8 * 33)
    with pytest.raises(ReadError) as info:
        read_word97(nowhere)
    assert info.value.reason == "unreadable_doc"


def test_an_unreadable_doc_is_still_recorded_unsupported(monkeypatch: pytest.MonkeyPatch) -> None:
    from govcrawl.report import docx as docx_reader

    monkeypatch.setattr(docx_reader.shutil, "which", lambda name: None)  # no antiword, no catdoc
    good = (REPORTS / SEEDS[0] / "report.doc").read_bytes()
    record = parse_report(good[: len(good) // 3], "application/msword")
    assert record["flags"] == ["unsupported_doc"]
    assert not any(v is not None for v in flat_tables(record["tables"]).values())
