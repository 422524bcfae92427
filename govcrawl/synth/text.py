"""Render a ReportDoc's tables (and the whole report) as text, the way extracted reports look.

Layouts (report-format.md D16):

* ``"lines"``: one cell per line, optionally a blank line between cells (seeds 000/001/002).
  Null cells print an explicit null token (``—`` ``-`` ``/`` ``无``): an empty line cannot be a cell.
* ``"tabs"``: one grid row per line, tab-separated; merged cells leave empty cells (seed 003).
  Null cells are empty.
* ``"pipes"``: one cell per line ending ``" |"``, spans and row ends padded with ``|`` runs
  (seed 004). Null cells are empty (``" |"``).

Random variations per render (rng): half-width punctuation and ordinals, ``1、`` sub-row ordinals,
lost item numbers (``第二十条第()``, ``()予以公开``), spaced short labels (``自 然 人``), NBSP before
numbers, the 商业机构 alias, how in-cell line breaks come out.  Doc label overrides always win.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Literal

from govcrawl.synth.layout import GRID_WIDTH, TABLES, Cell, Row, build_tables, expand_grid
from govcrawl.synth.model import ReportDoc

Layout = Literal["lines", "tabs", "pipes"]
LAYOUTS: tuple[Layout, ...] = ("lines", "tabs", "pipes")
NULL_TOKENS = ("—", "-", "/", "无")
_HALF = str.maketrans({"（": "(", "）": ")", "：": ":", "，": ","})
_SECTION_OF_TABLE = {"t2": 1, "t3": 2, "t4": 3}


@dataclass(frozen=True)
class TextVariant:
    halfwidth: bool
    sub_ordinal: str  # "." or "、" or ". "
    lose_items: bool
    spaced: float  # probability of spacing a short label
    nbsp: float  # probability of an NBSP before a number
    commercial_alias: bool
    null_token: str
    blank_between: bool
    linebreak: str  # what an in-cell line break becomes

    @classmethod
    def random(cls, rng: random.Random, layout: Layout) -> TextVariant:
        return cls(
            halfwidth=rng.random() < 0.6,
            sub_ordinal=rng.choice([".", ".", "、", ". "]),
            lose_items=rng.random() < 0.15,
            spaced=rng.choice([0.0, 0.0, 0.3, 0.8]),
            nbsp=rng.choice([0.0, 0.0, 0.1, 0.3]),
            commercial_alias=rng.random() < 0.2,
            null_token=rng.choice(NULL_TOKENS),
            blank_between=rng.random() < 0.7,
            linebreak=rng.choice(["\n", "", " "]) if layout == "lines" else rng.choice(["", " "]),
        )


def _vary_label(cell: Cell, v: TextVariant, overridden: bool, rng: random.Random) -> str:
    text = cell.text
    if not overridden:
        if v.commercial_alias and cell.key == "t3.col.commercial_enterprise":
            text = "商业机构"
        if v.lose_items:
            text = re.sub(r"^第二十条第（[一二三四五六七八九]）项$", "第二十条第()", text)
            text = re.sub(r"^（[一二三四五六七]）", "()", text)
        text = re.sub(r"^(\d)\.", lambda m: m.group(1) + v.sub_ordinal, text)
        if v.halfwidth:
            text = text.translate(_HALF)
        body = text.replace("\n", "")
        if len(body) <= 4 and cell.kind == "header" and rng.random() < v.spaced:
            text = " ".join(body)
    return text.replace("\n", v.linebreak)


def _cell_text(
    cell: Cell, v: TextVariant, layout: Layout, overrides: dict[str, str], rng: random.Random
) -> str:
    if not cell.is_value:
        return _vary_label(cell, v, cell.key in overrides, rng)
    if cell.null:
        return v.null_token if layout == "lines" else ""
    if "#" in cell.key:
        return cell.text  # printed tokens are exact
    if cell.text and rng.random() < v.nbsp:
        return "\u00a0" + cell.text
    return cell.text


def _render_rows(
    doc: ReportDoc, table: str, rows: list[Row], layout: Layout, v: TextVariant, rng: random.Random
) -> list[str]:
    raw = set(doc.raw_cells)

    def text_of(cell: Cell) -> str:
        if cell.is_value and cell.key in raw:
            return cell.text
        return _cell_text(cell, v, layout, doc.labels, rng)

    out: list[str] = []
    if layout == "lines":
        for row in rows:
            for cell in row:
                out.extend(text_of(cell).split("\n") if not cell.is_value else [text_of(cell)])
                if v.blank_between:
                    out.append("")
        return out
    if layout == "tabs":
        for grid_row in expand_grid(rows, GRID_WIDTH[table]):
            out.append("\t".join("" if c is None else text_of(c).replace("\n", " ") for c in grid_row))
        return out
    for row in rows:
        for i, cell in enumerate(row):
            line = f"{text_of(cell).replace(chr(10), ' ')} |"
            if cell.colspan > 1:
                line += " " + "|" * (cell.colspan - 1)
            if i == len(row) - 1 and rng.random() < 0.5:
                line += " " + "|" * rng.randint(1, 2)
            out.append(line)
    return out


def render_tables_text(doc: ReportDoc, layout: Layout, rng: random.Random) -> str:
    """The three tables with their section headings (二、三、四) as text in the given layout."""
    v = TextVariant.random(rng, layout)
    return "\n".join(_tables_lines(doc, layout, v, rng, with_headings=True, only=None)) + "\n"


def _tables_lines(
    doc: ReportDoc, layout: Layout, v: TextVariant, rng: random.Random, with_headings: bool, only: str | None
) -> list[str]:
    tables = build_tables(doc)
    out: list[str] = []
    for table in TABLES:
        if only is not None and table != only:
            continue
        if with_headings:
            out.append(doc.sections[_SECTION_OF_TABLE[table]][0])
            if layout == "lines" and v.blank_between:
                out.append("")
        out.extend(_render_rows(doc, table, tables[table], layout, v, rng))
    return out


def render_report_text(doc: ReportDoc, layout: Layout, rng: random.Random) -> str:
    """Title line, 发布时间 line, preamble, the six sections with the tables in place."""
    v = TextVariant.random(rng, layout)
    sep = "\n\n" if (layout != "lines" or v.blank_between) else "\n"
    blocks: list[str] = [doc.title]
    if doc.published_date:
        colon = ":" if v.halfwidth else "："
        blocks.append(f"{doc.source} 发布时间{colon}{doc.published_date}")
    blocks.extend(doc.preamble)
    for i, (heading, paras) in enumerate(doc.sections):
        blocks.append(heading)
        blocks.extend(paras)
        if 1 <= i <= 3:
            table = ("t2", "t3", "t4")[i - 1]
            lines = _tables_lines(doc, layout, v, rng, with_headings=False, only=table)
            while lines and lines[-1] == "":
                lines.pop()
            blocks.append("\n".join(lines))
    return sep.join(blocks) + "\n"
