"""Render a ReportDoc as a Word (.docx) file with the template's merged cells.

Uses the same merged-cell layout as the HTML renderer (``layout.build_tables``); merges are made
with python-docx's ``cell.merge`` so the file carries real ``gridSpan``/``vMerge`` markup, as
Word writes it.  Rows that print fewer cells (``printed_rows``) leave the rest of the row empty.
"""

from __future__ import annotations

import io

import docx
from docx.document import Document as WordDocument

from govcrawl.synth.layout import GRID_WIDTH, Row, build_tables, expand_grid
from govcrawl.synth.model import ReportDoc


def render_docx(doc: ReportDoc) -> bytes:
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
            _add_table(word, tables[name], GRID_WIDTH[name])
    buf = io.BytesIO()
    word.save(buf)
    return buf.getvalue()


def _add_table(word: WordDocument, rows: list[Row], width: int) -> None:
    table = word.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    grid = expand_grid(rows, width)
    for r, line in enumerate(grid):
        for c, cell in enumerate(line[:width]):
            if cell is None:
                continue  # covered by a span, or past the end of a short row
            target = table.cell(r, c)
            if cell.rowspan > 1 or cell.colspan > 1:
                end = table.cell(min(r + cell.rowspan, len(rows)) - 1, min(c + cell.colspan, width) - 1)
                target = target.merge(end)
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
