"""OCR reader: grey page images → ``Document`` (picture reports, scanned PDFs).

The engine is RapidOCR (``rapidocr-onnxruntime``): PaddleOCR's PP-OCRv4 Chinese detection and
recognition models run by onnxruntime on the CPU.  The models ship inside the wheel; nothing is
downloaded at run time.

A page is read in four steps:

1. **Deskew**: the angle of the page's long ruling lines (Hough) is undone, so table rows are
   horizontal again (a scan fed in at 2° would otherwise put a row's right end a row lower).
2. **Tables from their rulings**: horizontal and vertical rules are found by morphology; their
   positions cut the table into elementary cells, and two neighbouring cells are one merged cell
   when no rule separates them.  The result is a ``Grid`` with spans, the same shape pdfplumber
   gives for a born-digital PDF, so the table recognisers read it unchanged.
3. **Text boxes into cells**: the detector's text boxes go into the cell their centre lies in.
   A value lands in a column only when its box lies inside that column's ruled span — never by
   counting positions.  Every cell that reads as a number, a ruled cell with ink but no box
   (the detector misses lone digits), a short reading with no Chinese in it ("。") and a box
   that crosses a rule are re-read from the cell's own pixels, many cells to one recogniser
   line (``cellread``).  A number stands only when the readings leave no doubt
   (``decide_cell``); else the cell prints ``UNREADABLE``, which the number reader turns into
   null + ``unreadable``.
4. **Text outside tables** is grouped into lines by box position and ordered top to bottom with
   the tables' cells, like the PDF reader's text.

Work is bounded: pages are at most ``image.MAX_OCR_SIDE`` pixels on their longer side, at most
``image.MAX_OCR_PAGES`` pages are read (fewer with ``GOVCRAWL_OCR_PAGES``; flag ``page_limit``) and
pages not started within ``MAX_OCR_SECONDS`` are skipped (flag ``time_limit``).
"""

from __future__ import annotations

import itertools
import os
import re
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from govcrawl.parsepool import widen_limits
from govcrawl.report import cellread
from govcrawl.report.document import Document, Grid, ReadError
from govcrawl.report.normalize import UNREADABLE, is_value_text

if TYPE_CHECKING:
    import numpy as np

# Wall clock for one document's pages (a page costs 5–20 s of CPU; a busy machine stretches it).
MAX_OCR_SECONDS: Final = 600.0
# Limits an OCR parse asks its parse worker for (govcrawl.parsepool.widen_limits): the page budget
# plus the record, and the address space onnxruntime and OpenCV map (far above what they touch).
PARSE_SECONDS: Final = MAX_OCR_SECONDS + 60.0
PARSE_MEMORY_BYTES: Final = 6 * 1024 * 1024 * 1024
# Recognition scores below this on a value cell trigger a second reading from the cell's pixels;
# a value still below ``MIN_VALUE_SCORE`` is not trusted.
RECHECK_SCORE: Final = 0.9
MIN_VALUE_SCORE: Final = 0.35
# Ink is this much darker (0–255 grey) than the cell's paper; pixels this far inside a ruled
# cell's edges are the cell's own (the rules and their blur stay outside).
_INK_CONTRAST: Final = 60
_INSET: Final = 5
_HAN = re.compile(r"[\u3400-\u9fff]")
# Letters the recogniser reads for lone digits in a value cell.
_DIGIT_CONFUSABLES: Final = str.maketrans({"o": "0", "O": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "|": "1"})
_CONFUSABLE_VALUE = re.compile(r"^[0-9oODQlI|]+$")


@dataclass
class Box:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    score: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def height(self) -> float:
        return self.y1 - self.y0


# ---------------------------------------------------------------------------------------------
# Engine


_engine: Any = None
_engine_lock = threading.Lock()


def engine() -> Any:
    """The RapidOCR engine, loaded once per process (about 1.5 s)."""
    global _engine
    with _engine_lock:
        if _engine is None:
            import logging

            try:
                from rapidocr_onnxruntime import RapidOCR
            except ImportError as exc:  # pragma: no cover - a dependency of the package
                raise ReadError("ocr_unavailable", "the OCR engine (rapidocr-onnxruntime) is not installed") from exc
            threads = int(os.environ.get("GOVCRAWL_OCR_THREADS", "2"))
            # A recognition batch is padded to its widest crop, at least rec_img_shape's width:
            # 96 instead of 320 makes the many one-digit cells of a table 3× cheaper to read.
            _engine = RapidOCR(intra_op_num_threads=threads, inter_op_num_threads=1,
                               max_side_len=4000, print_verbose=False,
                               rec_img_shape=[3, 48, 96], rec_batch_num=16)
            logging.getLogger("RapidOCR").setLevel(logging.WARNING)
    return _engine


def _bgr(grey: np.ndarray) -> np.ndarray:
    import numpy as np

    return np.ascontiguousarray(np.stack([grey, grey, grey], axis=-1))


def detect(grey: np.ndarray) -> list[Box]:
    """Text boxes with their recognised text (detector + recogniser)."""
    result, _ = engine()(_bgr(grey), use_det=True, use_cls=False, use_rec=True, text_score=0.3)
    boxes: list[Box] = []
    for quad, text, score in result or []:
        xs = [float(p[0]) for p in quad]
        ys = [float(p[1]) for p in quad]
        boxes.append(Box(min(xs), min(ys), max(xs), max(ys), str(text).strip(), float(score)))
    return boxes


# ---------------------------------------------------------------------------------------------
# Deskew


def ink_mask(grey: np.ndarray) -> np.ndarray:
    """255 where a pixel is darker than its neighbourhood (blurred thin rules included), else 0."""
    import cv2

    mask: np.ndarray = cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 12)
    return mask


def deskew(grey: np.ndarray) -> np.ndarray:
    """Undo the rotation that the page's long straight lines show (±10°); else unchanged."""
    import cv2
    import numpy as np

    height, width = grey.shape
    ink = ink_mask(grey)
    # Only long near-horizontal strokes (rules) go to the Hough transform: a vertical smear of
    # 5 px lets a rule tilted by up to 10° survive an opening 1/20 of the page wide.
    smeared = cv2.dilate(ink, np.ones((5, 1), np.uint8))
    rules = cv2.morphologyEx(smeared, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (width // 20, 1)))
    rules = cv2.Canny(rules, 50, 150)
    lines = cv2.HoughLinesP(rules, 1, np.pi / 1800, threshold=width // 8,
                            minLineLength=width // 4, maxLineGap=8)
    if lines is None:
        return grey
    angles = []
    for x0, y0, x1, y1 in lines.reshape(-1, 4).tolist():
        if x1 == x0:
            continue
        angle = float(np.degrees(np.arctan2(y1 - y0, x1 - x0)))
        if abs(angle) <= 10:
            angles.append(angle)
    if len(angles) < 2:
        return grey
    angle = float(np.median(angles))
    if abs(angle) < 0.15:
        return grey
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    rotated: np.ndarray = cv2.warpAffine(grey, matrix, (width, height), flags=cv2.INTER_LINEAR,
                                         borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    return rotated


# ---------------------------------------------------------------------------------------------
# Tables from rulings


@dataclass
class RuledTable:
    xs: list[int]  # x of the vertical rules, left to right
    ys: list[int]  # y of the horizontal rules, top to bottom
    # Merged cells as (row0, row1, col0, col1), inclusive, in elementary-cell indices.
    regions: list[tuple[int, int, int, int]]

    @property
    def top(self) -> int:
        return self.ys[0]

    def rect(self, region: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
        r0, r1, c0, c1 = region
        return self.xs[c0], self.ys[r0], self.xs[c1 + 1], self.ys[r1 + 1]

    def contains(self, box: Box) -> bool:
        return self.xs[0] <= box.cx <= self.xs[-1] and self.ys[0] <= box.cy <= self.ys[-1]


def _positions(profile: np.ndarray, minimum: float) -> list[int]:
    """Centres of the runs of ``profile >= minimum`` (one rule drawn 1–4 px thick is one run)."""
    out: list[int] = []
    start = None
    for i, value in enumerate(profile.tolist()):
        if value >= minimum and start is None:
            start = i
        elif value < minimum and start is not None:
            out.append((start + i - 1) // 2)
            start = None
    if start is not None:
        out.append((start + len(profile) - 1) // 2)
    return out


def find_tables(grey: np.ndarray) -> list[RuledTable]:
    import cv2
    import numpy as np

    height, width = grey.shape
    ink = ink_mask(grey)
    # A rule crosses at least one whole cell; a glyph's stroke (blurred, at table type sizes) is
    # shorter than a cell is high, so it never survives the vertical opening.
    h_len, v_len = max(25, width // 45), max(15, height // 60)
    hmask = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (h_len, 1)))
    vmask = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, v_len)))
    frame = cv2.dilate(cv2.bitwise_or(hmask, vmask), np.ones((5, 5), np.uint8))
    contours, _ = cv2.findContours(frame, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    tables = []
    for contour in contours:
        x, y, w, h = cv2.boundingRect(contour)
        if w < width // 5 or h < v_len * 2:
            continue
        hsub = hmask[y : y + h, x : x + w] > 0
        vsub = vmask[y : y + h, x : x + w] > 0
        ys = [y + p for p in _positions(hsub.sum(axis=1), h_len)]
        xs = [x + p for p in _positions(vsub.sum(axis=0), v_len)]
        if len(xs) < 2 or len(ys) < 2 or len(xs) > 300 or len(ys) > 2000:
            continue
        tables.append(RuledTable(xs, ys, _regions(xs, ys, hmask, vmask)))
    tables.sort(key=lambda t: t.top)
    return tables


def _regions(xs: list[int], ys: list[int], hmask: np.ndarray, vmask: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Merge elementary cells not separated by a drawn rule (union-find), as rectangles."""
    rows, cols = len(ys) - 1, len(xs) - 1
    parent = list(range(rows * cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def covered(segment: Any) -> bool:
        return bool(segment.size == 0 or float(segment.mean()) >= 0.6)

    for r in range(rows):
        y0, y1 = ys[r], ys[r + 1]
        margin = max(2, (y1 - y0) // 6)
        for c in range(cols):
            x0, x1 = xs[c], xs[c + 1]
            if c + 1 < cols:
                segment = (vmask[y0 + margin : y1 - margin, max(0, x1 - 3) : x1 + 4] > 0).any(axis=1)
                if not covered(segment):
                    parent[find(r * cols + c)] = find(r * cols + c + 1)
            if r + 1 < rows:
                xm = max(2, (x1 - x0) // 6)
                segment = (hmask[max(0, y1 - 3) : y1 + 4, x0 + xm : x1 - xm] > 0).any(axis=0)
                if not covered(segment):
                    parent[find(r * cols + c)] = find((r + 1) * cols + c)
    groups: dict[int, list[int]] = {}
    for i in range(rows * cols):
        groups.setdefault(find(i), []).append(i)
    out = []
    for members in groups.values():
        rs = [m // cols for m in members]
        cs = [m % cols for m in members]
        out.append((min(rs), max(rs), min(cs), max(cs)))
    return out


# ---------------------------------------------------------------------------------------------
# Cells


def _ink_bbox(grey: np.ndarray, rect: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
    """Bounding box of the ink inside a cell, rules excluded (an inset of a few pixels)."""
    import numpy as np

    x0, y0, x1, y1 = rect
    sub = grey[y0 + _INSET : y1 - _INSET, x0 + _INSET : x1 - _INSET]
    if sub.size == 0:
        return None
    # Ink relative to the cell's paper: a blurred "0" at table type sizes gets no darker than
    # about 150 (0–255), a sharp one is near 0.
    paper = int(np.percentile(sub, 90))
    mask = sub < paper - _INK_CONTRAST
    # Remnants of a slanted or thick rule along the cell's edge are rows/columns of ink across
    # most of the cell; a glyph never is.
    mask[mask.mean(axis=1) > 0.6, :] = False
    mask[:, mask.mean(axis=0) > 0.6] = False
    if int(mask.sum()) < 6:
        return None
    ys = np.nonzero(mask.any(axis=1))[0]
    xs = np.nonzero(mask.any(axis=0))[0]
    return (x0 + _INSET + int(xs[0]), y0 + _INSET + int(ys[0]), x0 + _INSET + int(xs[-1]) + 1,
            y0 + _INSET + int(ys[-1]) + 1)


def _line_crop(grey: np.ndarray, rect: tuple[int, int, int, int], ink: tuple[int, int, int, int],
               text_height: float) -> np.ndarray:
    """A cell's ink as one line of text at ``cellread.GLYPH_HEIGHT`` scale: at least a digit
    high, and as wide as its faint ink too (a blurred minus sign is lighter than the ink
    threshold, but part of the number), with no white beside it: white around a glyph makes
    the recogniser read a blurred "0" as "。" (measured: 103 of 149 zeros with a 1–2 px margin,
    none without)."""
    import cv2
    import numpy as np

    x0, y0, x1, y1 = rect
    ix0, iy0, ix1, iy1 = ink
    half = max(iy1 - iy0, text_height) / 2
    cy = (iy0 + iy1) / 2
    top, bottom = max(y0 + _INSET, int(cy - half)), min(y1 - _INSET, int(cy + half) + 1)
    left, right = max(x0 + _INSET, int(ix0 - text_height)), min(x1 - _INSET, int(ix1 + text_height) + 1)
    band = grey[iy0:iy1, left:right]
    faint = np.nonzero((band < int(np.percentile(band, 90)) - _INK_CONTRAST // 2).any(axis=0))[0]
    if faint.size:
        left, right = left + int(faint[0]), left + int(faint[-1]) + 1
    sub = grey[top:bottom, left:right]
    scale = cellread.GLYPH_HEIGHT / max(text_height, 1.0)
    size = (max(1, round(sub.shape[1] * scale)), max(1, round(sub.shape[0] * scale)))
    crop: np.ndarray = cv2.resize(sub, size, interpolation=cv2.INTER_CUBIC)
    return crop


def _join_line(boxes: list[Box]) -> str:
    boxes = sorted(boxes, key=lambda b: b.x0)
    out = ""
    for i, box in enumerate(boxes):
        if i and box.x0 - boxes[i - 1].x1 > box.height * 0.8 and (out[-1:].isascii() or box.text[:1].isascii()):
            out += " "
        out += box.text
    return out


def group_lines(boxes: list[Box]) -> list[list[Box]]:
    """Boxes into text lines: a box joins a line when it overlaps the line's height by half."""
    lines: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: b.cy):
        for line in reversed(lines[-3:]):
            top = min(b.y0 for b in line)
            bottom = max(b.y1 for b in line)
            overlap = min(bottom, box.y1) - max(top, box.y0)
            if overlap >= 0.5 * min(box.height, bottom - top):
                line.append(box)
                break
        else:
            lines.append([box])
    lines.sort(key=lambda line: min(b.y0 for b in line))
    return lines


def _value_text(text: str) -> str | None:
    """The number a value-like reading stands for (lone letters for digits mapped), else None."""
    compact = text.replace(" ", "")
    if is_value_text(compact):
        return compact
    if _CONFUSABLE_VALUE.match(compact):
        return compact.translate(_DIGIT_CONFUSABLES)
    return None


@dataclass
class _Reread:
    row: int
    col: int
    crop: np.ndarray
    box_text: str  # what the detector's boxes in the cell read ("" for none)
    box_score: float


def fill_table(table: RuledTable, boxes: list[Box], grey: np.ndarray) -> Grid:
    """The table's grid, each cell's text from the boxes inside it or read from its own pixels."""
    rows, cols = len(table.ys) - 1, len(table.xs) - 1
    grid: Grid = [[None] * cols for _ in range(rows)]
    median_height = sorted(b.height for b in boxes)[len(boxes) // 2] if boxes else 20.0
    pending: list[tuple[int, int, tuple[int, int, int, int], tuple[int, int, int, int], str, float]] = []
    for region in table.regions:
        r0, _, c0, _ = region
        rect = table.rect(region)
        x0, y0, x1, y1 = rect
        inside = [b for b in boxes if x0 <= b.cx <= x1 and y0 <= b.cy <= y1]
        crosses = any(b.x0 < x0 - 0.25 * (b.x1 - b.x0) or b.x1 > x1 + 0.25 * (b.x1 - b.x0) for b in inside)
        text = "\n".join(_join_line(line) for line in group_lines(inside))
        score = min((b.score for b in inside), default=0.0)
        value = _value_text(text) if text else None
        grid[r0][c0] = value if value is not None else text
        # A short reading with no Chinese in it ("。", "o") is a number misread as often as not.
        odd = value is None and 0 < len(text) <= 3 and not _HAN.search(text)
        # Every number is read from the cell's pixels too: the detector's box may have left out
        # a faint "-" that the cell's own reading shows as ink no character was read from.
        if crosses or not inside or odd or value is not None:
            ink = _ink_bbox(grey, rect)
            if ink is None:
                grid[r0][c0] = "" if not inside else grid[r0][c0]
                continue
            if ink[3] - ink[1] > 1.8 * median_height and not crosses:
                continue  # several lines of text: the boxes are the better reading
            pending.append((r0, c0, rect, ink, text, score))
    if not pending:
        return grid
    # One scale for the table's crops: the usual height of a digit, from the crops' own ink (a
    # "-" or "." alone, flatter than a digit, does not count).  Digits must come out at the size
    # the recogniser saw them at in training: a "0" drawn small reads as "。", confidently.
    heights = sorted(y1 - y0 for _, _, _, (x0, y0, x1, y1), _, _ in pending if y1 - y0 >= 0.8 * (x1 - x0))
    text_height = float(heights[len(heights) // 2] if heights else median_height * 0.6)
    rereads = [_Reread(r, c, _line_crop(grey, rect, ink, text_height), text, score)
               for r, c, rect, ink, text, score in pending]
    for reread, reading in zip(rereads, _read_crops([r.crop for r in rereads]), strict=True):
        grid[reread.row][reread.col] = decide_cell(reread.box_text, reread.box_score, *reading)
    return grid


def decide_cell(box_text: str, box_score: float, text: str, score: float, complete: bool) -> str:
    """A cell's text from its boxes' reading and its own pixels' reading (``_read_crops``).

    A number is kept only when the readings leave no doubt: the pixels' reading must account
    for all the cell's ink, and two confident readings that disagree make the cell unreadable
    — choosing one of them would be a guess.  A box that read no number ("。") never outweighs
    a number read from the pixels.
    """
    box_value = _value_text(box_text) if box_text else None
    value = _value_text(text)
    if value is None:  # the pixels read text (a label): the more confident reading stands
        if box_text and box_score > score:
            text, score = box_text, box_score
        return (_value_text(text) or text) if score >= MIN_VALUE_SCORE else UNREADABLE
    if not complete:
        return UNREADABLE  # ink that no character was read from: a dropped "-", a lost digit
    if box_value is None or box_value == value:
        score = max(score, box_score) if box_value == value else score
        return value if score >= MIN_VALUE_SCORE else UNREADABLE
    (best, best_score), (_, other_score) = sorted([(value, score), (box_value, box_score)], key=lambda r: -r[1])
    if other_score >= RECHECK_SCORE or best_score < MIN_VALUE_SCORE:
        return UNREADABLE
    return best


def _read_crops(crops: list[np.ndarray]) -> list[tuple[str, float, bool]]:
    """Each crop's reading (text, score, whether it accounts for all the crop's ink): its number
    when it reads as one, else its text; then the doubtful numbers and unread ink once more,
    each crop tiled three times (``cellread.tiled``)."""
    recogniser = engine().text_rec
    out: list[tuple[str, float, bool]] = []
    for reading in cellread.read_cells(crops, recogniser):
        number = reading.value()
        out.append((*number, reading.complete) if number is not None else (reading.text, reading.score, True))
    doubtful = [i for i, (text, score, complete) in enumerate(out)
                if (is_value_text(text) and (score < RECHECK_SCORE or not complete))
                or (not is_value_text(text) and cellread.looks_like_digits(text))]
    again = cellread.read_cells([cellread.tiled(crops[i]) for i in doubtful], recogniser)
    for i, reading in zip(doubtful, again, strict=True):
        triple = cellread.untiled(reading)
        number = triple.value()
        if number is not None and triple.complete and (number[1] > out[i][1] or not is_value_text(out[i][0])
                                                       or not out[i][2]):
            out[i] = (*number, True)
    return out


# ---------------------------------------------------------------------------------------------
# Pages and documents


def read_page(grey: np.ndarray) -> list[tuple[float, list[str], Grid | None]]:
    """(top, text lines, grid or None) items of one page, top to bottom."""
    from govcrawl.report.pdf import grid_lines, is_page_number

    grey = deskew(grey)
    tables = find_tables(grey)
    boxes = [b for b in detect(grey) if b.text]
    items: list[tuple[float, list[str], Grid | None]] = []
    free = [b for b in boxes if not any(t.contains(b) for t in tables)]
    height = float(grey.shape[0])
    for line in group_lines(free):
        text = _join_line(line).strip()
        top, bottom = min(b.y0 for b in line), max(b.y1 for b in line)
        if text and not is_page_number(text, top, bottom, height):
            items.append((top, [text], None))
    for table in tables:
        grid = fill_table(table, [b for b in boxes if table.contains(b)], grey)
        items.append((float(table.top), grid_lines(grid), grid))
    items.sort(key=lambda item: item[0])
    return items


def document_from_pages(pages: list[np.ndarray], media_type: str, flags: list[str] | None = None) -> Document:
    doc = Document(media_type=media_type, flags=list(flags or []))
    doc.flags.append("ocr")
    deadline = time.monotonic() + MAX_OCR_SECONDS
    lines: list[str] = []
    for page in pages:
        if time.monotonic() > deadline:
            doc.flags.append("time_limit")
            break
        for _, texts, grid in read_page(page):
            lines.extend(texts)
            if grid is not None:
                doc.tables.append(grid)
    doc.text = "\n".join(lines)
    doc.title = wrapped_title(lines)
    return doc


def wrapped_title(lines: list[str]) -> str | None:
    """A title the picture wraps over two lines (…政府信息公 / 开工作年度报告), joined."""
    for first, second in itertools.pairwise(lines[:7]):
        names_report = ("年度报告" in second or "年报" in second) and "年度报告" not in first
        if names_report and len(first + second) <= 60 and not re.search(r"[。；：:，,]$", first):
            return first + second
    return None


def read_image(data: bytes, media_type: str) -> Document:
    from govcrawl.report.image import open_pages

    widen_limits(PARSE_SECONDS, PARSE_MEMORY_BYTES)

    pages, cut = open_pages(data)
    flags = ["page_limit"] if cut else []
    doc = document_from_pages(pages, media_type, flags)
    doc.image_count = len(pages)
    return doc


def ocr_pdf(data: bytes, doc: Document) -> Document:
    """An image-only PDF's pages rendered and OCR'd; ``doc`` is the text-layer reading."""
    import pypdfium2

    widen_limits(PARSE_SECONDS, PARSE_MEMORY_BYTES)

    from govcrawl.report.image import MAX_OCR_SIDE, ocr_page_limit, to_grey

    pages: list[np.ndarray] = []
    flags = [f for f in doc.flags if f != "ocr"]
    pdf = pypdfium2.PdfDocument(data)
    try:
        for index in range(len(pdf)):
            if index >= ocr_page_limit():
                flags.append("page_limit")
                break
            page = pdf[index]
            width, height = page.get_size()
            scale = min(200 / 72, MAX_OCR_SIDE / max(width, height, 1.0))
            pages.append(to_grey(page.render(scale=scale, grayscale=True).to_pil()))
    finally:
        pdf.close()
    out = document_from_pages(pages, doc.media_type, flags)
    out.title, out.published, out.image_count = doc.title, doc.published, doc.image_count
    return out
