"""Render a ReportDoc as a born-digital PDF (as WPS/Word export it) or as an image-only scan.

``render_pdf(doc, rng)``: A4 pages, title centred, 发布日期 line, preamble and the six sections,
the three tables in the template's merged-cell layout (``layout.build_tables``) drawn as ruled
reportlab tables.  Text uses reportlab's built-in CID font ``STSong-Light`` (no font files), so
pdfminer maps it back to Unicode.  Merged cells are ``SPAN`` commands; rulings are ``GRID`` lines
(per-cell ``BOX`` lines where a row prints fewer cells than the grid, so the missing cells have
no borders, as Word draws such a row).

Tables split across pages the way Word splits them: anywhere between rows, also inside a
vertically merged cell, whose text stays on the first page while the continuation shows an empty
merged cell (as in the hzq corpus PDFs) or, for some rngs, the text again.  Table 三 repeats its
three header rows on every page it continues on (report-format.md D8).  Table 四 (four rows) is
kept on one page.  The rng varies font sizes, margins and spacing, so page breaks fall at
different rows.

PDF info: ``Title`` is the report title, ``CreationDate`` the publication date (a date early in
the next year when the doc has none).  Output is deterministic for a given doc and rng.

``render_image_only_pdf(doc)``: the born-digital rendering rasterised page by page (pdfplumber's
page renderer; CJK characters, which pdfium cannot draw without an embedded font, are inked as
blocks) and placed as one grey image per page, without a text layer: a scanned report.
"""

from __future__ import annotations

import io
import random
import threading
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from govcrawl.synth.layout import GRID_WIDTH, Cell, build_tables, expand_grid
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.rendercache import kept

FONT = "STSong-Light"
# Header rows at the top of each table's grid (repeated on continuation pages for table 三).
_T3_HEADER_ROWS = 3

_registered = False


def _register_font() -> None:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
        _registered = True


def _markup(text: str) -> str:
    """Paragraph markup of plain text: XML-escaped, spaces kept, line breaks as <br/>."""
    text = text.replace("\u00a0", " ").replace("\u3000", "  ")
    return "<br/>".join(escape(line) for line in text.split("\n"))


# ---------------------------------------------------------------------------------------------
# Page look


@dataclass(frozen=True)
class _Look:
    body_size: float
    leading: float
    title_size: float
    table_size: float
    margin_x: float
    margin_top: float
    margin_bottom: float
    para_space: float
    page_number: str  # "dash" ("- 3 -"), "chinese" ("第 3 页"), "none"
    repeat_split_text: bool  # a merged cell cut by a page break prints its text again (D8)

    @classmethod
    def pick(cls, rng: random.Random) -> _Look:
        body = rng.choice([10.5, 12.0, 14.0, 15.0, 16.0])
        return cls(
            body_size=body,
            leading=body * rng.choice([1.5, 1.6, 1.75, 1.9]),
            title_size=rng.choice([16.0, 18.0, 20.0, 22.0]),
            table_size=rng.choice([7.5, 8.0, 8.5, 9.0]),
            margin_x=rng.choice([25.4, 28.0, 31.8]) * mm,
            margin_top=rng.choice([25.4, 37.0]) * mm,
            margin_bottom=rng.choice([25.4, 35.0]) * mm,
            para_space=rng.choice([0.0, 0.0, 3.0, 6.0]),
            page_number=rng.choice(["dash", "dash", "chinese", "none"]),
            repeat_split_text=rng.random() < 0.3,
        )


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    date: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    cell_center: ParagraphStyle
    cell_left: ParagraphStyle

    @classmethod
    def make(cls, look: _Look) -> _Styles:
        base = ParagraphStyle(
            "body",
            fontName=FONT,
            fontSize=look.body_size,
            leading=look.leading,
            wordWrap="CJK",
            alignment=TA_JUSTIFY,
            firstLineIndent=2 * look.body_size,
            spaceAfter=look.para_space,
        )
        cell = ParagraphStyle(
            "cell",
            fontName=FONT,
            fontSize=look.table_size,
            leading=look.table_size * 1.3,
            wordWrap="CJK",
            alignment=TA_CENTER,
            # CJK wrapping hangs punctuation that cannot start a line past the right edge; keep
            # room for it so it stays inside its cell instead of landing in the next one
            rightIndent=look.table_size,
        )
        return cls(
            title=ParagraphStyle(
                "title",
                parent=base,
                fontSize=look.title_size,
                leading=look.title_size * 1.5,
                alignment=TA_CENTER,
                firstLineIndent=0,
                spaceAfter=look.body_size,
            ),
            date=ParagraphStyle("date", parent=base, alignment=TA_CENTER, firstLineIndent=0),
            heading=ParagraphStyle(
                "heading", parent=base, alignment=TA_LEFT, spaceBefore=look.para_space, keepWithNext=1
            ),
            body=base,
            cell_center=cell,
            cell_left=ParagraphStyle("cell_left", parent=cell, alignment=TA_LEFT),
        )


# ---------------------------------------------------------------------------------------------
# Tables


@dataclass(frozen=True)
class _TableSpec:
    """One report table on its grid: what every part of it (after page splits) is cut from."""

    grid: list[list[Cell | None]]
    width: int
    col_widths: list[float]
    header_rows: int  # rows repeated at the top of a continuation; 0: none
    splittable: bool
    styles: _Styles
    padding: float
    repeat_split_text: bool
    ruled: bool = True  # False: a table drawn without ruling lines (text placed in columns only)

    def origins(self) -> list[tuple[int, int, Cell]]:
        """(row, column, cell) of every printed cell."""
        return [
            (r, c, cell)
            for r, line in enumerate(self.grid)
            for c, cell in enumerate(line[: self.width])  # cells past the grid (D11) are not drawn
            if cell is not None
        ]


class _GridTable(Table):  # type: ignore[misc]  # reportlab is untyped
    """A part of a report table (some of its grid rows); splits like Word, also inside row spans."""

    def __init__(self, spec: _TableSpec, rows: list[int]) -> None:
        self.spec = spec
        self.part_rows = rows
        pos = {r: i for i, r in enumerate(rows)}
        data: list[list[Any]] = [[""] * spec.width for _ in rows]
        commands: list[Any] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), spec.styles.cell_center.fontSize),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), spec.padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), spec.padding),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        boxes: list[tuple[tuple[int, int], tuple[int, int]]] = []
        for r, c, cell in spec.origins():
            covered = [pos[x] for x in range(r, r + cell.rowspan) if x in pos]
            if not covered:
                continue
            top, bottom = covered[0], covered[-1]
            # A merged cell continued from the previous page keeps its text there (Word), or
            # prints it again.
            if r in pos or spec.repeat_split_text:
                style = spec.styles.cell_left if cell.kind == "label" else spec.styles.cell_center
                data[top][c] = Paragraph(_markup(cell.text), style) if cell.text.strip() else ""
            right = min(c + cell.colspan, spec.width) - 1
            if right > c or bottom > top:
                commands.append(("SPAN", (c, top), (right, bottom)))
            boxes.append(((c, top), (right, bottom)))
        short = any(len(spec.grid[r]) < spec.width for r in rows)
        if not spec.ruled:
            pass
        elif short:
            commands += [("BOX", a, b, 0.5, colors.black) for a, b in boxes]
        else:
            commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        super().__init__(data, colWidths=spec.col_widths, style=TableStyle(commands), hAlign="CENTER")

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if not self.spec.splittable:
            return []
        self._calc(availWidth, availHeight)
        heights: list[float] = list(self._rowHeights)
        lead = self.spec.header_rows  # header rows (repeated ones on a continuation) stay on top
        # the largest n (rows kept on this page) that fits, keeping at least one body row
        used, n = 0.0, 0
        for h in heights:
            if used + h > availHeight:
                break
            used += h
            n += 1
        if n >= len(self.part_rows):
            return []
        repeat = list(range(self.spec.header_rows))
        # a merged cell cut short may need more height than its rows had: shrink until it fits
        while n > lead:
            head = _GridTable(self.spec, self.part_rows[:n])
            if head.wrap(availWidth, availHeight)[1] <= availHeight:
                return [head, _GridTable(self.spec, repeat + self.part_rows[n:])]
            n -= 1
        return []


def _col_widths(name: str, frame: float, rng: random.Random) -> list[float]:
    if name == "t2":
        label = frame * rng.choice([0.34, 0.4, 0.46])
        return [label] + [(frame - label) / 3] * 3
    if name == "t3":
        group = frame * rng.choice([0.075, 0.085, 0.095])
        label = frame * rng.choice([0.25, 0.28, 0.31])
        value = (frame - 2 * group - label) / 7
        return [group, group, label] + [value] * 7
    return [frame / 15] * 15


def _table(name: str, rows: list[list[Cell]], frame: float, look: _Look, rng: random.Random,
           ruled: bool = True) -> _GridTable:
    width = GRID_WIDTH[name]
    spec = _TableSpec(
        grid=expand_grid(rows, width),
        width=width,
        col_widths=_col_widths(name, frame, rng),
        header_rows=_T3_HEADER_ROWS if name == "t3" else 0,
        splittable=name != "t4",
        styles=_Styles.make(look),
        padding=2.0 if name == "t2" else 1.5,
        repeat_split_text=look.repeat_split_text,
        ruled=ruled,
    )
    return _GridTable(spec, list(range(len(spec.grid))))


# ---------------------------------------------------------------------------------------------
# Documents


def _pdf_date(doc: ReportDoc, rng: random.Random) -> tuple[int, int, int, int, int, int]:
    if doc.published_date:
        y, m, d = (int(x) for x in doc.published_date.split("-"))
    else:
        y, m, d = doc.year + 1, 1, rng.randint(10, 28)
    return y, m, d, rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59)


@kept
def render_pdf(doc: ReportDoc, rng: random.Random | None = None, *, ruled: bool = True) -> bytes:
    """A born-digital A4 PDF of the report (see the module docstring); ``ruled=False``: the tables
    without ruling lines."""
    _register_font()
    rng = rng or random.Random(0)
    look = _Look.pick(rng)
    styles = _Styles.make(look)
    frame = A4[0] - 2 * look.margin_x
    created = _pdf_date(doc, rng)
    buf = io.BytesIO()
    template = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=look.margin_x,
        rightMargin=look.margin_x,
        topMargin=look.margin_top,
        bottomMargin=look.margin_bottom,
        title=doc.title,
        author=rng.choice(["Administrator", "admin", "User", "dell", "lenovo"]),
        creator=rng.choice(["WPS 文字", "Microsoft® Word 2016", "Microsoft® Word 2019", "WPS Office"]),
        subject="",
        invariant=1,
    )

    def on_page(canvas: Canvas, _template: Any) -> None:
        canvas.setDateFormatter(
            lambda *_: "D:%04d%02d%02d%02d%02d%02d+08'00'" % created  # noqa: UP031
        )
        number = canvas.getPageNumber()
        if look.page_number == "none":
            return
        text = f"- {number} -" if look.page_number == "dash" else f"第 {number} 页"
        canvas.setFont(FONT, 10.5)
        canvas.drawCentredString(A4[0] / 2, look.margin_bottom / 2, text)

    story: list[Flowable] = [Paragraph(_markup(doc.title), styles.title)]
    if doc.published_date:
        story.append(Paragraph(_markup(f"发布日期：{doc.published_date}"), styles.date))
        story.append(Spacer(1, look.body_size / 2))
    story += [Paragraph(_markup(p), styles.body) for p in doc.preamble if p.strip()]
    tables = build_tables(doc)
    for i, (heading, paras) in enumerate(doc.sections):
        story.append(Paragraph(_markup(heading.strip()), styles.heading))
        story += [Paragraph(_markup(p.strip()), styles.body) for p in paras if p.strip()]
        if 1 <= i <= 3:
            name = ("t2", "t3", "t4")[i - 1]
            story.append(_table(name, tables[name], frame, look, rng, ruled))
            story.append(Spacer(1, look.body_size / 2))
    template.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


def _inset(char: dict[str, Any]) -> tuple[float, float, float, float]:
    x0, top, x1, bottom = (float(char[k]) for k in ("x0", "top", "x1", "bottom"))
    dx, dy = (x1 - x0) * 0.12, (bottom - top) * 0.12
    return x0 + dx, top + dy, x1 - dx, bottom - dy


# pdfium (under pdfplumber's ``to_image``) is not thread-safe: a fixture server rendering two scans in
# two request threads at once crashes the process (a segfault, seen with batch 21's scans served lazily).
_PDFIUM = threading.Lock()


def render_image_only_pdf(doc: ReportDoc, resolution: int = 72) -> bytes:
    """A scanned-style PDF: each page of ``render_pdf(doc)`` as one grey image, no text layer."""
    import pdfplumber

    born = render_pdf(doc, random.Random(0))
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1)
    with _PDFIUM, pdfplumber.open(io.BytesIO(born)) as pdf:
        for page in pdf.pages:
            picture = page.to_image(resolution=resolution)
            # pdfium has no glyphs for the non-embedded CJK font: ink each CJK character as a block
            cjk = [c for c in page.chars if not str(c["text"]).isascii()]
            picture.draw_rects([_inset(c) for c in cjk], fill=(60, 60, 60), stroke=(60, 60, 60), stroke_width=0)
            image = picture.annotated.convert("L")
            canvas.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
            canvas.showPage()
    canvas.save()
    return buf.getvalue()
