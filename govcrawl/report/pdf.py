"""PDF reader: bytes of a born-digital PDF → ``Document``.

* Text: every page's text lines in reading order (top to bottom), page-number lines
  (``- 4 -``, ``— 1 —``, ``第 1 页 共 5 页``, a bare number in the top/bottom margin) removed.
  Where a ruled table stands, the text carries the table's cells instead of the raw lines, one
  non-empty cell per line (a cell's wrapped lines are joined), so the text reads like the other
  readers' "one paragraph or table cell per line".
* Tables: every ruled table pdfplumber finds, one ``Grid`` per table per page, in page order (a
  table continued on the next page is a separate grid).  Cells keep their internal line breaks as
  ``"\\n"``; pdfplumber's ``None`` (position covered by a merged cell) stays ``None``.
* Large filled rectangles that are only paragraph backgrounds are not used as ruling (WPS/Jisupdf
  PDFs paint a white box behind every text line, which pdfplumber would otherwise read as a
  one-column table); cell backgrounds that sit on the table's rules are kept, and a table whose
  outer border is open at a page break is closed with a synthetic rule.
* Metadata: PDF info ``Title`` and ``CreationDate`` (as ``YYYY-MM-DD``) when meaningful.
* Images: ``image_count`` counts image XObjects of at least 16×16 pt; a scanned report has images
  and no text.
* Errors: not a PDF, or a PDF pdfminer cannot open → ``ReadError("unreadable_pdf")``.  A truncated
  PDF that still yields pages is returned with flag ``truncated``; pages that fail to parse are
  skipped with flag ``page_error``.  Work is bounded by ``limits`` (pages, characters, inflated
  stream bytes, ruling edges per page, wall-clock time).
"""

from __future__ import annotations

import contextlib
import io
import re
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from govcrawl.report import limits
from govcrawl.report.document import Document, Grid, ReadError, cut_short
from govcrawl.report.inflate import InflateBudgetExceeded, pdf_budget

MEDIA_TYPE = "application/pdf"

_Obj = dict[str, Any]

# A table is searched with pdfplumber's ruling-line strategy.
_TABLE_SETTINGS: dict[str, Any] = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
}
# Tolerance (pt) for "this rectangle side lies on a ruling line".
_ON_RULE_TOL = 1.0
# A filled rectangle thinner than this is itself a drawn rule (Word draws borders that way).
_THIN_RECT = 2.0
_MIN_IMAGE_SIDE = 16.0

_PAGE_NUMBER_RES = (
    re.compile(r"^[-—–－_~·•\s]*\d{1,4}[-—–－_~·•\s]*$"),  # - 4 -, — 1 —, bare 4 (margin only)
    re.compile(r"^第\s*\d{1,4}\s*页(?:\s*[/，,、]?\s*共\s*\d{1,4}\s*页)?$"),
    re.compile(r"^共\s*\d{1,4}\s*页\s*[/，,、]?\s*第\s*\d{1,4}\s*页$"),
    re.compile(r"^(?:page\s*)?\d{1,4}\s*(?:/|of)\s*\d{1,4}$", re.IGNORECASE),
)
_DASHED_NUMBER_RE = re.compile(r"^[-—–－]\s*\d{1,4}\s*[-—–－]$")
_MARGIN_FRACTION = 0.1

_GENERIC_TITLES = re.compile(
    r"^(?:untitled|无标题|未命名|新建|document|文档|microsoft word|wps|title|标题|pdf|"
    r"doc\d*|docx|\d+)\s*\d*$",
    re.IGNORECASE,
)
_FILE_SUFFIX_RE = re.compile(r"\.(?:docx?|wps|pdf|xlsx?|txt|rtf)$", re.IGNORECASE)
_PDF_DATE_RE = re.compile(r"^(?:D:)?(\d{4})(\d{2})(\d{2})")


def read_pdf(data: bytes) -> Document:
    """Read a PDF into a ``Document`` (see the module docstring)."""
    limits.ensure_input_size(data, "PDF")
    head = data[:1024]
    if b"%PDF-" not in head:
        raise ReadError("unreadable_pdf", "not a PDF: no %PDF- header in the first 1024 bytes")
    _check_inflated_size(data)
    try:
        with pdf_budget():
            return _read_pdf(data)
    except InflateBudgetExceeded as exc:
        raise ReadError("decompression_bomb", str(exc)) from None


def _read_pdf(data: bytes) -> Document:

    import pdfplumber  # heavy import, only when a PDF is read
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page

    flags: list[str] = []
    if cut_short(data):
        flags.append("truncated")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many unrelated types on broken input
        limits.refuse_on_memory(exc, "the PDF")
        repaired = _repair_truncated(data) if "truncated" in flags else None
        if repaired is None:
            raise ReadError("unreadable_pdf", f"pdfminer cannot open the PDF: {exc!r}") from exc
        try:
            pdf = pdfplumber.open(io.BytesIO(repaired))
        except Exception as exc2:
            limits.refuse_on_memory(exc2, "the PDF")
            raise ReadError("unreadable_pdf", f"pdfminer cannot open the PDF: {exc2!r}") from exc2

    try:
        doc = Document(media_type=MEDIA_TYPE)
        doc.title, doc.published = _read_info(pdf)
        lines: list[str] = []
        chars_left = limits.MAX_TEXT_CHARS
        deadline = time.monotonic() + limits.MAX_PDF_SECONDS
        pages_read = 0
        doctop: float = 0
        page_iter = PDFPage.create_pages(pdf.doc)
        for page_number in range(1, limits.MAX_PDF_PAGES + 2):
            try:
                pdfminer_page = next(page_iter)
            except StopIteration:
                break
            except Exception as exc:  # broken page tree: keep what was read
                limits.refuse_on_memory(exc, "the PDF")
                _add(flags, "truncated")
                break
            if page_number > limits.MAX_PDF_PAGES:
                _add(flags, "page_limit")
                break
            if time.monotonic() > deadline:
                _add(flags, "time_limit")
                break
            try:
                page = Page(pdf, pdfminer_page, page_number=page_number, initial_doctop=doctop)
                doctop += page.height
                page_lines, grids, images = _read_page(page, flags)
            except Exception as exc:
                limits.refuse_on_memory(exc, "the PDF")
                _add(flags, "page_error")
                continue
            pages_read += 1
            doc.image_count += images
            doc.tables.extend(grids)
            if any("(cid:" in line for line in page_lines):
                page_lines = [t for t in (_CID_RE.sub("", line).strip() for line in page_lines) if t]
                _add(flags, "unmapped_glyphs")
            for line in page_lines:
                if chars_left <= 0:
                    break
                lines.append(line[:chars_left])
                chars_left -= len(line) + 1
            if chars_left <= 0:
                _add(flags, "text_limit")
                break
        if pages_read == 0:
            raise ReadError("unreadable_pdf", "the PDF has no readable page")
        doc.text = "\n".join(lines)
        doc.flags = flags
        return doc
    finally:
        with contextlib.suppress(Exception):
            pdf.close()


# ---------------------------------------------------------------------------------------------
# Pages


def _read_page(page: Any, flags: list[str]) -> tuple[list[str], list[Grid], int]:
    """Text lines (tables rendered cell by cell), grids and image count of one page."""
    images = sum(
        1
        for im in page.images
        if float(im.get("width", 0)) >= _MIN_IMAGE_SIDE and float(im.get("height", 0)) >= _MIN_IMAGE_SIDE
    )
    tables: list[tuple[tuple[float, float, float, float], Grid]] = []
    graphics = len(page.rects) + len(page.lines) + len(page.curves)
    if len(page.chars) > limits.MAX_PDF_CHARS_PER_PAGE or graphics > limits.MAX_PDF_EDGES_PER_PAGE:
        _add(flags, "table_limit")
    else:
        ruled = page.filter(_keeps_as_ruling(page))
        edges = ruled.edges
        if len(edges) > limits.MAX_PDF_EDGES_PER_PAGE:
            _add(flags, "table_limit")
        elif edges:
            settings = dict(_TABLE_SETTINGS, explicit_horizontal_lines=_closing_rules(ruled))
            for table in ruled.find_tables(table_settings=settings):
                grid = clean_grid(table.extract())
                if is_data_table(grid):
                    tables.append((tuple(table.bbox), grid))

    bboxes = [bbox for bbox, _ in tables]
    text_page = page.filter(lambda o: not (o.get("object_type") == "char" and _inside_any(o, bboxes)))
    items: list[tuple[float, int, list[str]]] = []
    for line in text_page.extract_text_lines(strip=True, return_chars=False):
        text = str(line["text"]).strip()
        if not text or is_page_number(text, float(line["top"]), float(line["bottom"]), float(page.height)):
            continue
        items.append((float(line["top"]), 0, [text]))
    for bbox, grid in tables:
        items.append((bbox[1], 1, grid_lines(grid)))
    items.sort(key=lambda item: (item[0], item[1]))
    lines = [text for _, _, texts in items for text in texts]
    return lines, [grid for _, grid in tables], images


def _keeps_as_ruling(page: Any) -> Callable[[_Obj], bool]:
    """Object filter: drop filled, unstroked rectangles that are not cell backgrounds.

    A rectangle is kept when it is stroked, thin (a drawn rule), or when at least two of its sides
    lie on ruling lines of the page (a table cell's background).
    """
    rules = [o for o in page.lines] + [
        r for r in page.rects if r.get("stroke") or min(float(r["width"]), float(r["height"])) <= _THIN_RECT
    ]
    h_rules = [(float(r["top"]), float(r["x0"]), float(r["x1"])) for r in rules if _is_h(r)]
    h_rules += [(float(r["bottom"]), float(r["x0"]), float(r["x1"])) for r in rules if _is_h(r)]
    v_rules = [(float(r["x0"]), float(r["top"]), float(r["bottom"])) for r in rules if _is_v(r)]
    v_rules += [(float(r["x1"]), float(r["top"]), float(r["bottom"])) for r in rules if _is_v(r)]

    def on_rule(pos: float, lo: float, hi: float, candidates: list[tuple[float, float, float]]) -> bool:
        need = 0.5 * (hi - lo)
        return any(abs(p - pos) <= _ON_RULE_TOL and min(hi, b) - max(lo, a) >= need for p, a, b in candidates)

    def keep(obj: _Obj) -> bool:
        if obj.get("object_type") != "rect":
            return True
        if obj.get("stroke") or min(float(obj["width"]), float(obj["height"])) <= _THIN_RECT:
            return True
        x0, x1, top, bottom = (float(obj[k]) for k in ("x0", "x1", "top", "bottom"))
        sides = (
            on_rule(top, x0, x1, h_rules),
            on_rule(bottom, x0, x1, h_rules),
            on_rule(x0, top, bottom, v_rules),
            on_rule(x1, top, bottom, v_rules),
        )
        return sum(sides) >= 2

    return keep


def _is_h(obj: _Obj) -> bool:
    return float(obj["height"]) <= _THIN_RECT and float(obj["width"]) > _THIN_RECT


def _is_v(obj: _Obj) -> bool:
    return float(obj["width"]) <= _THIN_RECT and float(obj["height"]) > _THIN_RECT


def _closing_rules(page: Any) -> list[_Obj]:
    """Synthetic horizontal rules closing tables left open at a page break.

    Where two or more vertical ruling edges start (or end) at the same height, a rule is drawn
    between the outermost ones: a table continued from the previous page often lacks its top
    border, and one continued on the next page its bottom border.
    """
    verticals = [e for e in page.edges if e.get("orientation") == "v"]
    rules: list[_Obj] = []
    for key in ("top", "bottom"):
        for group in _cluster(verticals, key):
            if len(group) < 2:
                continue
            y = sum(float(e[key]) for e in group) / len(group)
            x0 = min(float(e["x0"]) for e in group)
            x1 = max(float(e["x1"]) for e in group)
            if x1 - x0 < 10:
                continue
            rules.append(
                {
                    "object_type": "synthetic_edge",
                    "orientation": "h",
                    "x0": x0,
                    "x1": x1,
                    "top": y,
                    "bottom": y,
                    "width": x1 - x0,
                    "height": 0,
                }
            )
    return rules


def _cluster(edges: Iterable[_Obj], key: str, tol: float = 1.5) -> Iterator[list[_Obj]]:
    group: list[_Obj] = []
    for edge in sorted(edges, key=lambda e: float(e[key])):
        if group and float(edge[key]) - float(group[-1][key]) > tol:
            yield group
            group = []
        group.append(edge)
    if group:
        yield group


def clean_grid(rows: list[list[str | None]]) -> Grid:
    grid: Grid = []
    for row in rows[: limits.MAX_GRID_ROWS]:
        grid.append([None if cell is None else cell.strip() for cell in row[: limits.MAX_GRID_COLS]])
    return grid


def is_data_table(grid: Grid) -> bool:
    """True unless the "table" is a single column of text (a boxed paragraph) or empty."""
    if not grid:
        return False
    width = max(len(row) for row in grid)
    used = [c for c in range(width) if any(c < len(row) and row[c] for row in grid)]
    return len(used) >= 2


def grid_lines(grid: Grid) -> list[str]:
    return [_join_wrapped(cell) for row in grid for cell in row if cell]


def _join_wrapped(cell: str) -> str:
    """Join a cell's wrapped lines: no space between CJK characters, one space otherwise."""
    parts = [p.strip() for p in cell.split("\n") if p.strip()]
    out = ""
    for part in parts:
        if out and (out[-1].isascii() or part[0].isascii()):
            out += " "
        out += part
    return out


def _inside_any(obj: _Obj, bboxes: list[tuple[float, float, float, float]]) -> bool:
    if not bboxes:
        return False
    cx = (float(obj["x0"]) + float(obj["x1"])) / 2
    cy = (float(obj["top"]) + float(obj["bottom"])) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in bboxes)


def is_page_number(text: str, top: float, bottom: float, page_height: float) -> bool:
    compact = text.strip()
    if _DASHED_NUMBER_RE.match(compact):
        return True
    if any(r.match(compact) for r in _PAGE_NUMBER_RES[1:]):
        return True
    in_margin = bottom <= page_height * _MARGIN_FRACTION or top >= page_height * (1 - _MARGIN_FRACTION)
    return in_margin and bool(_PAGE_NUMBER_RES[0].match(compact))


def _add(flags: list[str], flag: str) -> None:
    if flag not in flags:
        flags.append(flag)


_OBJ_RE = re.compile(rb"(\d{1,10})\s+(\d{1,5})\s+obj\b")
_CATALOG_RE = re.compile(rb"/Type\s*/Catalog\b")
_CID_RE = re.compile(r"\(cid:\d+\)")


def _repair_truncated(data: bytes) -> bytes | None:
    """Make a truncated PDF openable: cut after the last complete object and append a trailer
    naming the catalog, so pdfminer's fallback parser (which scans for ``N G obj``) can read the
    objects that survived.  None when no catalog object is visible in the bytes."""
    last = data.rfind(b"endobj")
    if last < 0:
        return None
    for match in _OBJ_RE.finditer(data):
        end = data.find(b"endobj", match.end(), match.end() + 65536)
        body = data[match.end() : end if end >= 0 else match.end() + 4096]
        if _CATALOG_RE.search(body):
            num, gen = int(match.group(1)), int(match.group(2))
            return data[: last + len(b"endobj")] + b"\ntrailer\n<</Root %d %d R>>\n%%%%EOF\n" % (num, gen)
    return None


# ---------------------------------------------------------------------------------------------
# Metadata


def _read_info(pdf: Any) -> tuple[str | None, str | None]:
    from pdfminer.pdftypes import resolve1

    title: str | None = None
    published: str | None = None
    try:
        infos = list(pdf.doc.info)
    except Exception as exc:
        limits.refuse_on_memory(exc, "the PDF")
        return None, None
    for info in infos:
        try:
            info = resolve1(info)
            if not isinstance(info, dict):
                continue
            if title is None:
                title = _meaningful_title(_decode_pdf_string(resolve1(info.get("Title"))))
            if published is None:
                published = _pdf_date(_decode_pdf_string(resolve1(info.get("CreationDate"))))
        except Exception as exc:
            limits.refuse_on_memory(exc, "the PDF")
            continue
    return title, published


def _decode_pdf_string(value: object) -> str | None:
    """Decode a PDF text string: UTF-16 with either BOM (WPS writes little-endian), UTF-8 with
    BOM, else UTF-8 or PDFDocEncoding."""
    if isinstance(value, str):
        return value
    if not isinstance(value, bytes):
        return None
    try:
        if value.startswith(b"\xfe\xff"):
            return value[2:].decode("utf-16-be", errors="replace")
        if value.startswith(b"\xff\xfe"):
            return value[2:].decode("utf-16-le", errors="replace")
        if value.startswith(b"\xef\xbb\xbf"):
            return value[3:].decode("utf-8", errors="replace")
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            from pdfminer.utils import decode_text

            return decode_text(value)
    except Exception as exc:
        limits.refuse_on_memory(exc, "the PDF")
        return None


def _meaningful_title(raw: str | None) -> str | None:
    if raw is None:
        return None
    title = raw.replace("\x00", "").strip()
    title = re.sub(r"^microsoft word\s*-\s*", "", title, flags=re.IGNORECASE)
    title = _FILE_SUFFIX_RE.sub("", title).strip()
    if len(title) < 2 or "\ufffd" in title or _GENERIC_TITLES.match(title):
        return None
    if not any(ch.isalpha() for ch in title):
        return None
    return title


def _pdf_date(raw: str | None) -> str | None:
    if not raw:
        return None
    m = _PDF_DATE_RE.match(raw.strip())
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    if not (1990 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


# ---------------------------------------------------------------------------------------------
# Decompression bound

_STREAM_RE = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_CHUNK = 1 << 20


_FILTER_RE = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+|\d+\s+\d+\s+R)")
_NAME_RE = re.compile(rb"/([A-Za-z0-9]+)")
_FLATE = frozenset({b"FlateDecode", b"Fl"})
# Filters pdfminer decodes with a bounded ratio, or leaves as they are (image codecs); the runtime
# budget (govcrawl.report.inflate) counts what they produce.
_KNOWN_FILTERS = _FLATE | frozenset({
    b"LZWDecode", b"LZW", b"ASCII85Decode", b"A85", b"ASCIIHexDecode", b"AHx", b"RunLengthDecode", b"RL",
    b"CCITTFaxDecode", b"CCF", b"DCTDecode", b"DCT", b"JPXDecode", b"JBIG2Decode",
})


def _filters(header: bytes) -> list[bytes] | None:
    """The stream's filter chain, or None when it cannot be known from its dictionary (an
    indirect /Filter)."""
    match = _FILTER_RE.search(header)
    if match is None:
        return []
    value = match.group(1)
    if value.endswith(b"R") and not value.startswith((b"[", b"/")):
        return None
    return _NAME_RE.findall(value)


def _inflate_chain(raw: memoryview, depth: int, budget: int) -> int:
    """Bytes the first ``depth`` Flate layers of ``raw`` inflate to, streamed layer into layer;
    stops past ``budget``.  A layer that turns out broken ends the count where it breaks (pdfminer
    keeps what inflated before the error)."""
    inflaters = [zlib.decompressobj() for _ in range(depth)]
    total = 0

    def feed(level: int, chunk: bytes | memoryview) -> None:
        nonlocal total
        inflater = inflaters[level]
        pending: bytes | memoryview = chunk
        while pending and not inflater.eof:
            out = inflater.decompress(pending, _CHUNK)
            if level + 1 == depth:
                total += len(out)
                if total > budget:
                    raise ReadError("decompression_bomb",
                                    f"PDF streams inflate to more than {limits.MAX_PDF_INFLATED_BYTES} bytes")
            elif out:
                feed(level + 1, out)
            if not out and not inflater.unconsumed_tail:
                break
            pending = inflater.unconsumed_tail

    with contextlib.suppress(zlib.error):
        feed(0, raw)
    return total


def _check_inflated_size(data: bytes) -> None:
    """Refuse, before pdfminer opens it, a PDF whose streams inflate beyond
    ``MAX_PDF_INFLATED_BYTES`` all together: every stream (images too), through every Flate layer
    of its filter chain, streamed with a running total.  A stream whose chain names a filter
    nobody can decode, or whose /Filter is an indirect object, is refused: it cannot be checked.
    (Streams this scan cannot see — encrypted ones — are counted while pdfminer decodes them:
    ``govcrawl.report.inflate.pdf_budget``.)"""
    total = 0
    view = memoryview(data)
    for match in _STREAM_RE.finditer(data):
        start = match.end()
        dict_start = max(data.rfind(b"obj", max(0, match.start() - 4096), match.start()), 0)
        header = data[dict_start : match.start()]
        chain = _filters(header)
        if chain is None:
            raise ReadError("decompression_bomb", "a PDF stream's /Filter is an indirect object: cannot be checked")
        unknown = [f for f in chain if f not in _KNOWN_FILTERS]
        if unknown:
            raise ReadError("decompression_bomb",
                            f"a PDF stream's filter chain has {unknown[0].decode('latin-1')}: cannot be checked")
        depth = 0
        while depth < len(chain) and chain[depth] in _FLATE:
            depth += 1
        if depth == 0:
            continue
        end = data.find(b"endstream", start)
        if end < 0:
            end = len(data)
        total += _inflate_chain(view[start:end], depth, limits.MAX_PDF_INFLATED_BYTES - total)
