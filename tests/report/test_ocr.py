"""Picture reports (issue 13 item 5): scanned PDFs and image files read by OCR.

The pictures are rendered from a synthetic report (govcrawl.synth.raster: the born-digital PDF
through poppler with a real CJK font), so every cell's true value is known.  A handful of pages
only: the engine costs seconds per page.  Accuracy and speed figures are benchmarks/bench_ocr.py's.
The suite reads the two-page scanned PDF (in a parse worker, cell by cell); the skewed JPEG read by
``govcrawl parse`` (deskew, the image path, the command) is in the heavy step (``-m slow``).
"""

from __future__ import annotations

import io
import json
import random
import re
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from govcrawl.parsepool import ParsePool
from govcrawl.report import parse_report
from govcrawl.report.document import Document
from govcrawl.report.image import to_grey
from govcrawl.report.normalize import UNREADABLE
from govcrawl.report.ocr import decide_cell, fill_table, find_tables
from govcrawl.report.parse import build_record
from govcrawl.report.schema import assert_valid_record
from govcrawl.synth import raster
from govcrawl.synth.layout import GRID_WIDTH, build_tables, expand_grid
from govcrawl.synth.model import ReportDoc, cell_keys, get_cell, random_report
from govcrawl.synth.pdf import render_pdf
from tests.conftest import ROOT

needs_poppler = pytest.mark.skipif(not raster.available(), reason="pdftoppm missing (.ci/install-ocr.sh)")


@pytest.fixture(scope="module")
def scanned() -> tuple[ReportDoc, list[Image.Image]]:
    """The title block of the first page and the page where table 三 starts.  (The whole title
    page is ~40 lines of narrative, twice the OCR time of a table page; the benchmark reads whole
    reports — here the year comes from the title, the template and the cells from the table.)"""
    doc = random_report(random.Random(31), "v2021", 2022)
    pdf = render_pdf(doc, random.Random(31))
    pages = raster.rasterise(pdf, raster.table_pages(pdf))
    t3_page = next(p for p in pages[1:] if _has_rows_of_table_three(pdf, pages.index(p)))
    width, height = pages[0].size
    return doc, [pages[0].crop((0, 0, width, height // 4)), t3_page]


def _has_rows_of_table_three(pdf: bytes, index: int) -> bool:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as born:
        number = raster.table_pages(pdf)[index]
        return "本年新收" in (born.pages[number - 1].extract_text() or "")


def _by_key(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for cell in record["cells"]:
        key = {"t2": f"t2.{cell.get('block')}.{cell['row']}.{cell['col']}", "t3": f"t3.{cell['row']}.{cell['col']}"}
        out[key.get(cell["table"], f"t4.{cell['col']}")] = cell
    return out


@needs_poppler
def test_scanned_pdf_is_read_cell_by_cell(scanned: tuple[ReportDoc, list[Image.Image]]) -> None:
    doc, pages = scanned
    # Parsed as the crawl and reparse parse: in a pool worker under the ordinary limits (30 s,
    # 1 GiB), which the OCR widens for itself (parsepool.widen_limits).
    with ParsePool(1) as pool:
        record = pool.submit(parse_report, raster.scanned_pdf(pages)).result()
    assert_valid_record(record)
    assert "ocr" in record["flags"] and "image_only" not in record["flags"]
    assert record["source"]["media_type"] == "application/pdf"
    assert (record["year"], record["template_version"]) == (2022, "v2021")
    cells = _by_key(record)
    exact = 0
    keys = [k for k in cell_keys("v2021") if k.startswith("t3.") and cells[k]["raw"] is not None]
    assert len(keys) >= 10 * 7  # the rows of table 三 on the page
    for key in keys:
        truth = get_cell(doc.tables, key)
        cell = cells[key if not key.startswith("t4.") else "t4." + key.split(".")[-1]]
        if cell["raw"] is not None:
            assert "ocr" in cell["flags"], cell
        if cell["value"] is not None and float(cell["value"]) == float(truth or 0) and truth is not None:
            exact += 1
        elif cell["value"] is not None:  # a misread is never kept silently
            assert {"ocr_suspect", "derived"} & set(cell["flags"]), (key, cell, truth)
        else:
            assert cell["flags"], (key, cell)
    assert exact >= 0.97 * len(keys)


@pytest.mark.slow  # OCR costs 5–20 CPU s a page: the suite reads the scanned PDF above, this the heavy step
@needs_poppler
def test_parse_command_reads_an_image(scanned: tuple[ReportDoc, list[Image.Image]], tmp_path: Path) -> None:
    doc, pages = scanned
    path = tmp_path / "report.jpg"
    raster.degrade(pages[1], "skew").save(path, quality=90)
    result = subprocess.run([sys.executable, "-m", "govcrawl", "parse", str(path)], capture_output=True,
                            text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert_valid_record(record)
    assert record["source"]["media_type"] == "image/jpeg" and "ocr" in record["flags"]
    read = [c for c in record["cells"] if c["table"] == "t3" and c["value"] is not None]
    assert len(read) >= 10 * 7
    for cell in read:
        truth = doc.tables["t3"][cell["row"]][cell["col"]]
        assert cell["value"] == truth or {"ocr_suspect", "derived"} & set(cell["flags"]), cell


def _grids_of(doc: ReportDoc) -> list[list[list[str | None]]]:
    grids = []
    for name, rows in build_tables(doc).items():
        grid = expand_grid(rows, GRID_WIDTH[name])
        grids.append([[None if c is None else c.text for c in row] for row in grid])
    return grids


def test_a_misread_breaking_an_identity_is_flagged() -> None:
    doc = random_report(random.Random(4), "v2021", 2022)
    grids = _grids_of(doc)
    t3 = grids[1]
    row = next(r for r in t3 if r and r[0] and "本年新收" in r[0])
    truth = int(row[3] or 0)
    row[3] = str(truth + 8)  # the recogniser read 3 as 8, say
    text = "\n".join([doc.title, *(h for h, _ in doc.sections)])
    ocr_doc = Document(media_type="image/png", text=text, tables=grids, flags=["ocr"])
    record = build_record(ocr_doc)
    assert_valid_record(record)
    cell = next(c for c in record["cells"] if c["row"] == "new_received" and c["col"] == "natural_person")
    assert cell["value"] == truth + 8
    assert "ocr" in cell["flags"] and "ocr_suspect" in cell["flags"]
    untouched = next(c for c in record["cells"] if c["row"] == "granted" and c["col"] == "research_institution")
    assert "ocr" in untouched["flags"] and "ocr_suspect" not in untouched["flags"]
    assert any(c["id"] == "H3" and c["scope"] == "new_received" and c["status"] == "fail" for c in record["checks"])


def test_ruled_table_with_merged_cells_becomes_a_grid() -> None:
    import cv2

    page = np.full((400, 600), 255, np.uint8)
    xs, ys = [50, 250, 400, 550], [50, 100, 150, 200]
    for x in xs:
        cv2.line(page, (x, 50), (x, 200), 0, 2)
    for y in ys:
        cv2.line(page, (50, y), (550, y), 0, 2)
    # merge the two right cells of the first row: erase the rule between them
    cv2.line(page, (400, 53), (400, 97), 255, 4)
    (table,) = find_tables(page)
    assert len(table.xs) == 4 and len(table.ys) == 4
    assert (0, 0, 1, 2) in table.regions  # one cell over two columns
    assert (1, 1, 1, 1) in table.regions and len(table.regions) == 8


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = chunk(b"IDAT", zlib.compress(b"\x00" * 64))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + idat + chunk(b"IEND", b"")


def test_decompression_bombs_are_refused() -> None:
    huge = parse_report(_png_header(50_000, 50_000))
    assert_valid_record(huge)
    assert huge["flags"] == ["image_too_large"] and huge["source"]["media_type"] == "image/png"
    dense = parse_report(_png_header(6_000, 6_000))  # 36 M pixels declared in 100 bytes
    assert dense["flags"] == ["decompression_bomb"]
    assert parse_report(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)["flags"] == ["unreadable_image"]


def test_an_empty_picture_is_an_image_only_record() -> None:
    buf = io.BytesIO()
    Image.new("L", (300, 400), 255).save(buf, format="PNG")
    record = parse_report(buf.getvalue())
    assert_valid_record(record)
    assert "image_only" in record["flags"] and record["template_version"] is None


def _cells_against_the_pdf(pdf: bytes, condition: raster.Condition) -> list[tuple[str, str | None]]:
    """(printed number, what the OCR reader's cells say) for every number printed in a ruled
    table cell of the report's table pages, the pictures degraded by ``condition``.

    The detector is left out (no boxes): every cell is read from its own pixels, the path the
    cells the detector misses take.  The truth is the born-digital PDF's own words, placed by
    their coordinates (150 dpi: a PDF point is 150/72 pixels; no skew, so none move).
    """
    import pdfplumber

    pairs: list[tuple[str, str | None]] = []
    numbers = raster.table_pages(pdf)[1:]
    pictures = raster.rasterise(pdf, numbers)
    with pdfplumber.open(io.BytesIO(pdf)) as born:
        for number, picture in zip(numbers, pictures, strict=True):
            words = born.pages[number - 1].extract_words()
            grey = to_grey(raster.degrade(picture, condition))
            for table in find_tables(grey):
                grid = fill_table(table, [], grey)
                for region in table.regions:
                    x0, y0, x1, y1 = (v * 72 / 150 for v in table.rect(region))
                    inside = [w["text"] for w in words
                              if x0 < (w["x0"] + w["x1"]) / 2 < x1 and y0 < (w["top"] + w["bottom"]) / 2 < y1]
                    if len(inside) == 1 and re.fullmatch(r"-?\d+(\.\d+)?", inside[0]):
                        pairs.append((inside[0], grid[region[0]][region[2]]))
    return pairs


@needs_poppler
@pytest.mark.parametrize("version", ["v2021", "v2019"])
def test_blurred_cells_are_read_from_their_own_pixels(version: str) -> None:
    # A Gaussian blur of 1.2 px leaves a "0" at table type size no darker than ~150 grey, and
    # alone on a recogniser line it reads as "o", "。" or nothing (before: blank or unreadable
    # cells by the dozen).  Read as lines of cells, at a digit's size, the numbers come out as
    # printed; the few that do not are unreadable (null + reason), never blank, never wrong —
    # 171.9 with its blurred decimal point merged into the digits' ink is not read as 1719.
    year = 2022 if version == "v2021" else 2020
    doc = random_report(random.Random(13), version, year)
    pairs = _cells_against_the_pdf(render_pdf(doc, random.Random(13)), "blur")
    assert len(pairs) >= 100
    assert [(printed, read) for printed, read in pairs if read not in (printed, UNREADABLE)] == []
    assert sum(read == UNREADABLE for _, read in pairs) <= len(pairs) // 100


@pytest.mark.parametrize("ocr_flag", [True, False])
def test_a_label_with_one_glyph_misread_names_its_row_only_in_ocr(ocr_flag: bool) -> None:
    # Blurred and JPEG'd, 予以公开 came back as 子以公开: the one row whose label differs from it
    # by one glyph is that row's.  A born-digital document's labels are what was printed.
    doc = random_report(random.Random(4), "v2021", 2022)
    grids = _grids_of(doc)
    row = next(r for r in grids[1] if any(c and "予以公开" in c for c in r))
    row[:] = [c.replace("予以公开", "子以公开") if c else c for c in row]
    text = "\n".join([doc.title, *(h for h, _ in doc.sections)])
    record = build_record(Document(media_type="image/png", text=text, tables=grids, flags=["ocr"] if ocr_flag else []))
    granted = {c["col"]: c for c in record["cells"] if c["table"] == "t3" and c["row"] == "granted"}
    if ocr_flag:
        assert {col: c["value"] for col, c in granted.items()} == doc.tables["t3"]["granted"]
    else:
        assert all(c["raw"] is None for c in granted.values())


def test_readings_that_disagree_or_leave_ink_unread_are_unreadable() -> None:
    # The cell's boxes and its own pixels: agreement, or one confident reading, gives the number;
    # two confident readings that disagree, or ink no character was read from, give none.
    assert decide_cell("41", 0.99, "41", 0.98, True) == "41"
    assert decide_cell("。", 0.97, "0", 0.8, True) == "0"  # the box read no number
    assert decide_cell("284", 0.97, "24", 0.98, True) == UNREADABLE
    assert decide_cell("284", 0.97, "24", 0.6, True) == "284"
    assert decide_cell("1", 0.99, "1", 0.97, False) == UNREADABLE  # "-1" with its minus unread
    assert decide_cell("", 0.0, "", 0.0, True) == UNREADABLE  # ink, nothing read
    assert decide_cell("", 0.0, "予以公开", 0.9, True) == "予以公开"


def test_ocr_pages_setting_bounds_the_pages_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """``GOVCRAWL_OCR_PAGES`` lowers the pages of an image-only PDF that are OCR'd: the rest are not
    read and the record says so (``page_limit``), as at the built-in cap; a value out of range
    leaves the cap as it is."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from govcrawl.report.image import MAX_OCR_PAGES, ocr_page_limit
    from govcrawl.report.ocr import ocr_pdf

    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1)
    for _ in range(3):  # three blank pages (little for the detector to do) without a text layer: a scan
        canvas.drawImage(ImageReader(Image.new("L", (60, 85), 255)), 0, 0, width=A4[0], height=A4[1])
        canvas.showPage()
    canvas.save()
    pdf = buf.getvalue()
    import govcrawl.report.ocr as ocr_module

    # What is checked is which rendered pages are handed to the page reader; reading them (5–20 CPU s
    # a page, tested above) is not, so the reader here only counts them.
    read: list[int] = []

    def counted(pages: list[Any], media_type: str, flags: list[str] | None = None) -> Document:
        read.append(len(pages))
        return Document(media_type=media_type, flags=["ocr", *(flags or [])])

    monkeypatch.setattr(ocr_module, "document_from_pages", counted)
    for value, pages, limited in (("1", 1, True), ("2", 2, True), ("3", 3, False), ("0", 3, False),
                                  ("many", 3, False)):
        monkeypatch.setenv("GOVCRAWL_OCR_PAGES", value)
        doc = ocr_pdf(pdf, Document(media_type="application/pdf"))
        assert read[-1] == pages and ("page_limit" in doc.flags) == limited, value
    for value, limit in (("2", 2), ("3", 3), ("many", MAX_OCR_PAGES), (str(MAX_OCR_PAGES + 1), MAX_OCR_PAGES)):
        monkeypatch.setenv("GOVCRAWL_OCR_PAGES", value)
        assert ocr_page_limit() == limit
    monkeypatch.delenv("GOVCRAWL_OCR_PAGES")
    assert ocr_page_limit() == MAX_OCR_PAGES


def test_a_picture_is_flagged_page_limit_only_when_frames_are_left_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    """A multi-frame picture (TIFF) gives at most ``ocr_page_limit()`` pages; only frames left over
    make it ``page_limit`` — a picture of exactly as many frames, or one frame, is read whole."""
    from govcrawl.report.image import open_pages

    buf = io.BytesIO()
    frames = [Image.new("L", (40, 60), shade) for shade in (255, 200, 150)]
    frames[0].save(buf, format="TIFF", save_all=True, append_images=frames[1:])
    tiff = buf.getvalue()
    single = io.BytesIO()
    frames[0].save(single, format="PNG")
    for value, data, pages, cut in (("2", tiff, 2, True), ("3", tiff, 3, False), ("1", single.getvalue(), 1, False)):
        monkeypatch.setenv("GOVCRAWL_OCR_PAGES", value)
        read, left = open_pages(data)
        assert (len(read), left) == (pages, cut), value
