"""Table 三 grids in another shape than the template's, put back into it by what the headers say.

Two shapes real editors publish (issue 13, govcrawl/synth/editors.py):

* **Columns in another order** (the 总计 column first, …).  The row reader takes table 三's values
  in the template's column order; a grid whose header cells name the seven applicant columns at
  other grid positions has its columns permuted into that order — by the header cells' positions,
  never by a guess.  A table cut at a page break goes on without headers: the next grids of the
  same width, without column headers of their own, take the same order.
* **Transposed** (applicant types as rows, the template's rows as columns): the first column names
  the applicant columns and the first row names table-三 rows; the grid is transposed.

Pure functions of grids; every other grid is returned unchanged.
"""

from __future__ import annotations

import re

from govcrawl.report import template as tpl
from govcrawl.report.document import Grid
from govcrawl.report.normalize import label_body

_UNIT_SUFFIX = re.compile(r"[(（]?(?:单位[:：]?)?(?:件|个|项|次)[)）]?$")
_ROW_LABELS = {alias for aliases in tpl.T3_ROW_LABELS.values() for alias in aliases if len(alias) >= 4}


def _col_of(text: str | None) -> str | None:
    """The table-三 applicant column a header cell names exactly (units like （件） aside)."""
    if not text:
        return None
    body = _UNIT_SUFFIX.sub("", label_body(text)[1])
    for col, aliases in tpl.T3_COL_LABELS.items():
        if body in aliases:
            return col
    return None


def _names_t3_row(text: str | None) -> bool:
    body = label_body(text or "")[1]
    return any(body.startswith(alias) or alias in body for alias in _ROW_LABELS) if body else False


def _column_positions(grid: Grid) -> dict[str, int] | None:
    """Grid column of each applicant column, from the header rows (rows naming two or more of
    them), or None unless all seven are named once each and nothing else (a 小计 column) is."""
    found: dict[str, int] = {}
    for row in grid:
        named = [(c, _col_of(text)) for c, text in enumerate(row)]
        hits = [(c, col) for c, col in named if col is not None]
        if len(hits) < 2:
            continue
        for c, col in hits:
            if col in found and found[col] != c:
                return None
            found[col] = c
        if any(text and label_body(text)[1].startswith("小计") for text in row):
            return None
    if set(found) != set(tpl.T3_COLS) or len(set(found.values())) != len(tpl.T3_COLS):
        return None
    return found


def _permute(grid: Grid, positions: dict[str, int]) -> Grid:
    slots = sorted(positions.values())
    source = [positions[col] for col in tpl.T3_COLS]  # template column i comes from source[i]
    out: Grid = []
    for row in grid:
        new = list(row)
        for slot, src in zip(slots, source, strict=True):
            if slot < len(new):
                new[slot] = row[src] if src < len(row) else None
        out.append(new)
    return out


def _transposed(grid: Grid) -> bool:
    """First column names applicant columns, first row names table-三 rows."""
    if len(grid) < 5 or not grid[0]:
        return False
    first_col = [next((t for t in row if t is not None), None) for row in grid[1:]]
    cols = {c for t in first_col if (c := _col_of(t))}
    rows = sum(_names_t3_row(t) for t in grid[0][1:])
    return len(cols) >= 5 and rows >= 5


def _transpose(grid: Grid) -> Grid:
    width = max(len(row) for row in grid)
    padded = [row + [None] * (width - len(row)) for row in grid]
    return [[padded[r][c] for r in range(len(padded))] for c in range(width)]


def _width(grid: Grid) -> int:
    return max((len(row) for row in grid), default=0)


def table3_in_template_shape(grids: list[Grid]) -> list[Grid]:
    out: list[Grid] = []
    carried: tuple[int, dict[str, int]] | None = None  # (width, positions) of the last reordered grid
    for grid in grids:
        if _transposed(grid):
            grid = _transpose(grid)
        positions = _column_positions(grid)
        if positions is not None:
            carried = (_width(grid), positions)
            in_order = [positions[c] for c in tpl.T3_COLS] == sorted(positions.values())
            out.append(grid if in_order else _permute(grid, positions))
            continue
        if carried is not None and _width(grid) == carried[0] and not any(_col_of(t) for row in grid for t in row):
            out.append(_permute(grid, carried[1]))  # the rest of a reordered table, after a page break
            continue
        carried = None
        out.append(grid)
    return out
