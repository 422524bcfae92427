"""Turn tables (grids) and table-like text into rows of label cells and value cells.

Every layout ends up as a list of ``RawRow``: the label cells of a row and the value cells that
follow them.  Grids (HTML, PDF, DOCX) give one row per table row with cell positions known;
text gives one row per line where a line holds several cells (tab or pipe separated, seed 003),
and otherwise groups one-cell-per-line layouts (seeds 000–002, 004) into rows: label lines open a
row, value lines fill it.  Nothing here knows the template; ``tables.py`` does the matching.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from govcrawl.report.document import Grid
from govcrawl.report.limits import MAX_GRID_COLS
from govcrawl.report.normalize import HAN, is_value_text, nfkc

# Page furniture that PDF text and pasted pages leave inside tables (D17).
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)\s*$")
_CELL_SPLIT = re.compile(r"\t|\|")
_BLANK_PIPE_CELL = re.compile(r"^\s*\|[\s|]*$")
_RULE = re.compile(r"^:?-{3,}:?$")  # markdown table rule |---|---|
# A markdown table row ``| a | b | c |``: its first and last pipes are the table's border, not
# cell separators (reading them as cells puts an empty value after the row's last number, and a
# short row then looks full: ``| 规章 | 22 | 235 |`` would fill three columns from two values).
# A row label: CJK text of at most 30 characters, without sentence punctuation.
_SHORT_LABEL = re.compile(r"^(?=.*[" + HAN + r"])[^。；;，,：:！？!?]{1,30}$")
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")
_MARKDOWN_ROW = re.compile(r"^\s*\|(.*)\|\s*$")


@dataclass
class RawRow:
    labels: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    # True when every entry of ``values`` is a cell the source printed, so that an empty one is a
    # printed blank: grid rows, tab/pipe lines, and one-cell-per-line rows (where empty *lines*
    # are separators and never become values; only a bare "|" cell line is a printed blank).
    positional: bool = False
    # Cells of the physical row (labels, padding and values) for tab/pipe/grid rows, else 0: lets
    # the mapper anchor values on the table's grid width when padding makes a row ambiguous.
    width: int = 0
    # One value string holding the whole row's values run together (``fused.py``).
    fused: bool = False

    def has_values(self) -> bool:
        return any(v.strip() for v in self.values)


def _row_from_cells(cells: list[str], positional: bool) -> RawRow | None:
    cells = [c.strip() if c else "" for c in cells]
    last_label = -1
    for i, cell in enumerate(cells):
        if cell and not is_value_text(cell):
            last_label = i
    labels = [c for c in cells[: last_label + 1] if c]
    values = cells[last_label + 1 :]
    if not labels and not any(values):
        return None
    return RawRow(labels=labels, values=values, positional=positional, width=len(cells))


def rows_from_grid(grid: Grid) -> Iterator[RawRow]:
    for grid_row in grid:
        # Cells covered by a span carry no text of their own.
        cells = [c for c in grid_row if c is not None]
        row = _row_from_cells(cells, positional=True)
        if row is not None:
            yield row


def _split_spaced(line: str) -> list[str]:
    """PDF text and OCR print a row as ``label 1 0 0 0 0 0 1`` (D6): split off the trailing run of
    two or more space-separated values.  A label-only or value-only line stays one cell."""
    tokens = line.split()
    start = len(tokens)  # the trailing run of values is tokens[start:] (found by index: a 1 MB
    while start > 0 and is_value_text(tokens[start - 1]):  # line of numbers is one pass, not n²)
        start -= 1
        if len(tokens) - start > MAX_GRID_COLS:  # no table row is this wide: a line of text
            return [line]
    values = tokens[start:]
    if len(values) == 1 and start and _SHORT_LABEL.match(" ".join(tokens[:start])):
        # ``行政许可 97``: a one-value row of table 二 printed as label, space, value.  Only after
        # a short label (no sentence punctuation): a sentence ending in a number is narrative.
        return [" ".join(tokens[:start]), values[0]]
    if len(values) < 2:
        return [line]
    return ([" ".join(tokens[:start])] if start else []) + tokens[start:]


def rows_from_text(lines: Iterable[str]) -> Iterator[RawRow]:
    from govcrawl.report.fused import fused_rows, is_fused

    current: RawRow | None = None
    for raw_line in lines:
        line = _MARKDOWN_HEADING.sub("", raw_line.rstrip("\r\n"))
        if is_fused(line):
            if current is not None:
                yield current
                current = None
            yield from fused_rows(line)
            continue
        if _PAGE_NUMBER.match(nfkc(line)):
            continue
        if _BLANK_PIPE_CELL.match(line):
            # One cell per line, each ending " |" and the row's last one padded with more pipes
            # (seed 004): a line of nothing but pipes is a cell printed blank.
            if current is None:
                current = RawRow(positional=True)
            current.values.append("")
            continue
        markdown = _MARKDOWN_ROW.match(line)
        if markdown:
            cells = [c.strip() for c in _CELL_SPLIT.split(markdown.group(1))]
        elif _CELL_SPLIT.search(line):
            cells = [c.strip() for c in _CELL_SPLIT.split(line)]
        else:
            cells = _split_spaced(line.strip())
        filled = [c for c in cells if c]
        if not filled or all(_RULE.match(c) for c in filled):
            continue
        if len(filled) > 1:
            # A whole table row on one line (tabs or pipes).
            row = _row_from_cells(cells, positional=True)
            if current is not None:
                yield current
                current = None
            if row is not None:
                yield row
            continue
        cell = filled[0]
        if is_value_text(cell):
            if current is None:
                current = RawRow(positional=True)
            current.values.append(cell)
        else:
            if current is not None and current.values:
                yield current
                current = None
            if current is None:
                current = RawRow(positional=True)
            current.labels.append(cell)
    if current is not None:
        yield current
