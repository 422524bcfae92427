"""Render a ReportDoc as a Word (.docx) file with the template's merged cells.

Uses the same merged-cell layout as the HTML renderer (``layout.build_tables``); merges are made
with python-docx's ``cell.merge`` so the file carries real ``gridSpan``/``vMerge`` markup, as
Word writes it.  Rows that print fewer cells (``printed_rows``) leave the rest of the row empty.
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.document import Document as WordDocument
from docx.table import _Cell

from govcrawl.synth.layout import GRID_WIDTH, Row, build_tables, expand_grid
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.rendercache import kept


def stable_zip(data: bytes, stamp: tuple[int, int, int, int, int, int]) -> bytes:
    """The same OOXML package with fixed member timestamps (python-docx stamps the current time)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=stamp), src.read(info.filename),
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


@kept
def render_docx(doc: ReportDoc, *, nested: bool = False) -> bytes:
    """The report as a .docx; the same doc always gives the same bytes (members are stamped with
    the publication date, or 1 January after the report year).  ``nested``: each report table
    inside the one cell of a layout table, as some Word templates frame their content."""
    word = docx.Document()
    word.core_properties.title = doc.title
    word.add_paragraph(doc.title)
    if doc.published_date:
        word.add_paragraph(f"发布日期：{doc.published_date}")
    for para in doc.preamble:
        word.add_paragraph(para)
    tables = build_tables(doc)
    for i, (heading, paras) in enumerate(doc.sections):
        word.add_paragraph(heading)
        for para in paras:
            word.add_paragraph(para)
        if 1 <= i <= 3:
            name = ("t2", "t3", "t4")[i - 1]
            holder = word.add_table(rows=1, cols=1).cell(0, 0) if nested else word
            _add_table(holder, tables[name], GRID_WIDTH[name])
    buf = io.BytesIO()
    word.save(buf)
    year, month, day = (int(x) for x in (doc.published_date or f"{doc.year + 1}-01-01").split("-"))
    return stable_zip(buf.getvalue(), (year, month, day, 9, 30, 0))


def _add_table(word: WordDocument | _Cell, rows: list[Row], width: int) -> None:
    table = word.add_table(len(rows), width) if isinstance(word, _Cell) else word.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    grid = expand_grid(rows, width)
    # ``table.cell(r, c)`` lays out the whole table on every call (quadratic: seconds per report,
    # more inside a nested table); the layout changes only when cells merge, so it is taken once
    # per merge.  Same calls in the same order: the same bytes.
    cells: list[_Cell] | None = None
    for r, line in enumerate(grid):
        for c, cell in enumerate(line[:width]):
            if cell is None:
                continue  # covered by a span, or past the end of a short row
            if cells is None:
                cells = table._cells
            target = cells[r * width + c]
            if cell.rowspan > 1 or cell.colspan > 1:
                end = cells[(min(r + cell.rowspan, len(rows)) - 1) * width + min(c + cell.colspan, width) - 1]
                target = target.merge(end)
                cells = None
            target.text = cell.text
    for r, line in enumerate(grid):
        if len(line) < width:
            # A row printed short (printed_rows): Word allows rows with fewer cells; drop the rest
            # so the file is as ambiguous as the source instead of inventing empty cells.
            tr = table.rows[r]._tr
            position = 0
            for tc in list(tr.tc_lst):
                if position >= len(line):
                    tr.remove(tc)
                position += tc.grid_span
