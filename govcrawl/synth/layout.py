"""The three report tables as rows of cells in the template's merged-cell layout.

Shared by the HTML and text renderers: ``build_tables(doc)`` gives, per table, the rows exactly as
the Word template lays them out (report-format.md §4–§7, portals.md §2.2), with ``colspan`` /
``rowspan`` on merged cells, the doc's label overrides applied, ``printed_rows`` rows cut short
and ``raw_cells`` texts in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from govcrawl.report.template import T2, T3_COLS, T3_ROWS, T4_COLS, T4_ROW
from govcrawl.synth.labels import canonical_labels
from govcrawl.synth.model import ReportDoc, Value

CellKind = Literal["caption", "header", "label", "group", "value"]
TABLES = ("t2", "t3", "t4")
GRID_WIDTH = {"t2": 4, "t3": 10, "t4": 15}


@dataclass(frozen=True)
class Cell:
    kind: CellKind
    text: str
    colspan: int = 1
    rowspan: int = 1
    key: str = ""  # label key, or dotted cell key for value cells ("<row key>#i" in printed rows)
    null: bool = False  # value cell that prints nothing

    @property
    def is_value(self) -> bool:
        return self.kind == "value"


Row = list[Cell]


def format_value(value: Value) -> str:
    """How a number is printed: ints as is, decimals without trailing zeros."""
    if value is None:
        return ""
    if isinstance(value, float):
        text = f"{value:.4f}".rstrip("0").rstrip(".")
        return "0" if text in ("", "-0") else text
    return str(value)


class _Builder:
    def __init__(self, doc: ReportDoc) -> None:
        self.doc = doc
        self.labels = canonical_labels(doc.template_version)
        self.labels.update(doc.labels)

    def label(self, key: str, kind: CellKind = "label", colspan: int = 1, rowspan: int = 1) -> Cell:
        return Cell(kind, self.labels[key], colspan, rowspan, key)

    def values(self, row_key: str, cells: list[tuple[str, Value]], spans: list[int] | None = None) -> Row:
        """Value cells of one data row (``row_key`` like ``t3.granted``); honours printed_rows."""
        printed = self.doc.printed_rows.get(row_key)
        if printed is not None:
            return [
                Cell("value", tok, key=f"{row_key}#{i}", null=tok.strip() == "")
                for i, tok in enumerate(printed)
            ]
        out: Row = []
        for i, (col, value) in enumerate(cells):
            key = f"{row_key}.{col}"
            raw = self.doc.raw_cells.get(key)
            text = raw if raw is not None else format_value(value)
            span = spans[i] if spans else 1
            out.append(Cell("value", text, colspan=span, key=key, null=raw is None and value is None))
        return out

    def t2(self) -> list[Row]:
        rows: list[Row] = []
        tables = self.doc.tables["t2"]
        for block in T2[self.doc.template_version]:
            spans = _t2_spans(len(block.cols))
            rows.append([self.label(f"t2.caption.{block.key}", "caption", colspan=4)])
            header = [self.label("t2.header.info", "header")]
            header += [
                self.label(f"t2.header.{block.key}.{col}", "header", colspan=spans[i])
                for i, col in enumerate(block.cols)
            ]
            rows.append(header)
            for row in block.rows:
                vals = [(col, tables[block.key][row][col]) for col in block.cols]
                rows.append(
                    [
                        self.label(f"t2.row.{block.key}.{row}"),
                        *self.values(f"t2.{block.key}.{row}", vals, spans),
                    ]
                )
        return rows

    def t3(self) -> list[Row]:
        version = self.doc.template_version
        data = self.doc.tables["t3"]
        rows: list[Row] = [
            [
                self.label("t3.note", "header", colspan=3, rowspan=3),
                self.label("t3.applicant", "header", colspan=7),
            ],
            [
                self.label("t3.col.natural_person", "header", rowspan=2),
                self.label("t3.legal_person", "header", colspan=5),
                self.label("t3.col.total", "header", rowspan=2),
            ],
            [self.label(f"t3.col.{col}", "header") for col in T3_COLS[1:6]],
        ]
        group_of = _t3_groups(version)
        for row in T3_ROWS[version]:
            cells: Row = []
            level = _t3_level(row)
            if row == "granted":
                cells.append(
                    self.label("t3.group.results", "group", rowspan=22 if version == "v2021" else 20)
                )
            group = group_of.get(row)
            if group is not None:
                cells.append(self.label(f"t3.group.{group[0]}", "group", rowspan=group[1]))
            cells.append(self.label(f"t3.row.{row}", colspan={1: 3, 2: 2, 3: 1}[level]))
            cells += self.values(f"t3.{row}", [(col, data[row][col]) for col in T3_COLS])
            rows.append(cells)
        return rows

    def t4(self) -> list[Row]:
        cases = self.doc.tables["t4"]
        return [
            [self.label("t4.review", "header", colspan=5), self.label("t4.litigation", "header", colspan=10)],
            [self.label(f"t4.col.{col}", "header", rowspan=2) for col in T4_COLS[:5]]
            + [
                self.label("t4.direct", "header", colspan=5),
                self.label("t4.after_review", "header", colspan=5),
            ],
            [self.label(f"t4.col.{col}", "header") for col in T4_COLS[5:]],
            self.values(f"t4.{T4_ROW}", [(col, cases[col]) for col in T4_COLS]),
        ]


def _t2_spans(ncols: int) -> list[int]:
    """Grid spans of the value columns of a table-二 block (4 grid columns, the first is the label)."""
    return {1: [3], 2: [1, 2], 3: [1, 1, 1]}[ncols]


def _t3_level(row: str) -> int:
    if row in ("new_received", "carried_over_from_prev", "carried_forward_to_next"):
        return 1
    if row in ("granted", "partially_granted", "results_total", "other_handling_total"):
        return 2
    return 3


def _t3_groups(version: str) -> dict[str, tuple[str, int]]:
    """First sub-row of each level-2 group -> (group key, rowspan)."""
    groups = {
        "withheld_state_secret": ("withheld", 8),
        "unavailable_not_held": ("unavailable", 3),
        "not_processed_petition_complaint": ("not_processed", 5),
    }
    if version == "v2021":
        groups["other_no_correction"] = ("other_handling", 3)
    return groups


def build_tables(doc: ReportDoc) -> dict[str, list[Row]]:
    builder = _Builder(doc)
    return {"t2": builder.t2(), "t3": builder.t3(), "t4": builder.t4()}


def expand_grid(rows: list[Row], width: int) -> list[list[Cell | None]]:
    """Place cells on the table grid; positions covered by a span (or missing) are ``None``.

    Rows that print fewer cells than the grid (``printed_rows``) stay short: nothing is padded
    after their last printed cell.
    """
    grid: list[list[Cell | None]] = []
    covered: dict[tuple[int, int], bool] = {}
    for r, row in enumerate(rows):
        line: list[Cell | None] = []
        c = 0
        for cell in row:
            while covered.get((r, c)):
                line.append(None)
                c += 1
            line.append(cell)
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    covered[(r + dr, c + dc)] = True
            line.extend([None] * (cell.colspan - 1))
            c += cell.colspan
        while c < width and covered.get((r, c)):
            line.append(None)
            c += 1
        grid.append(line)
    return grid
