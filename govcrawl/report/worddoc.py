"""Binary Word 97–2003 reader ([MS-DOC]): bytes of a ``.doc`` (or a WPS file in that format) →
``Document`` with its paragraphs and its tables as grids, the same shape the DOCX reader gives.

The file is an OLE compound file (``olefile`` opens it).  Its ``WordDocument`` stream starts with
the FIB, which says where the rest lives in the table stream (``0Table``/``1Table``):

* the piece table (``Clx``) maps the main text's character positions to bytes (cp1252 or
  UTF-16LE pieces); the text's paragraphs end in ``\\r``, a table cell's last paragraph in
  ``\\x07`` and a table row in one more ``\\x07`` — told apart by the paragraph's properties;
* the paragraph properties (``PlcBtePapx`` → 512-byte ``PapxFkp`` pages → ``grpprl``, long ones
  in the ``Data`` stream through ``sprmPHugePapx``) say which
  paragraph is in a table (``sprmPFInTable``), which ``\\x07`` ends a row (``sprmPFTtp``), and
  for a row end, the row's cell boundaries and merge flags (``sprmTDefTable``).

A table's rows are laid on the union of its rows' cell boundaries, so a cell spanning several
columns is followed by ``None`` for the columns it covers, and a cell that continues a vertical
merge is ``None`` — as the DOCX reader expands ``gridSpan``/``vMerge``.  Encrypted files, fast-saved
files with no piece table, and anything malformed raise ``ReadError``; every loop is bounded by
what the file holds and by ``limits``.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field

from govcrawl.report import limits
from govcrawl.report.document import Document, Grid, ReadError

MEDIA_TYPE = "application/msword"
_SPRM_IN_TABLE = 0x2416
_SPRM_TTP = 0x2417
_SPRM_TDEF_TABLE = 0xD608
_SPRM_HUGE_PAPX = 0x6646  # the properties are in the Data stream (long row definitions)
# Cell edges of different rows this close (twips; 1/1440 inch) are one column edge.
_SNAP_TWIPS = 40
_OPERAND_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}
_CP1252_GAPS = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


class _Malformed(Exception):
    pass


def read_word97(data: bytes) -> Document:
    """Read a binary Word document (see the module docstring)."""
    import olefile

    limits.ensure_input_size(data, "DOC")
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            word = _stream(ole, "WordDocument")
            fib = _Fib.read(word)
            table = _stream(ole, "1Table" if fib.table_1 else "0Table")
            data_stream = _stream(ole, "Data") if ole.exists("Data") else b""
    except ReadError:
        raise
    except Exception as exc:  # olefile raises many types on a broken compound file
        limits.refuse_on_memory(exc, "the document")
        raise ReadError("unreadable_doc", f"not a readable Word document: {exc}") from exc
    try:
        text, fcs = _main_text(word, table, fib)
        papx = _ParagraphProperties(word, table, fib, data_stream)
        return _build(text, fcs, papx)
    except (_Malformed, struct.error, IndexError, ValueError) as exc:
        raise ReadError("unreadable_doc", f"not a readable Word document: {exc}") from exc


def _stream(ole: object, name: str) -> bytes:
    if not ole.exists(name):  # type: ignore[attr-defined]
        raise ReadError("unreadable_doc", f"not a readable Word document: no {name} stream")
    size = ole.get_size(name)  # type: ignore[attr-defined]
    if size > limits.MAX_INPUT_BYTES:
        raise ReadError("too_large", f"the {name} stream is {size} bytes")
    return bytes(ole.openstream(name).read())  # type: ignore[attr-defined]


@dataclass
class _Fib:
    table_1: bool
    ccp_text: int
    fc_clx: int
    lcb_clx: int
    fc_papx: int
    lcb_papx: int

    @classmethod
    def read(cls, word: bytes) -> _Fib:
        ident, _version = struct.unpack_from("<HH", word, 0)
        if ident != 0xA5EC:
            raise ReadError("unreadable_doc", "not a Word document: no FIB")
        flags = struct.unpack_from("<H", word, 0x0A)[0]
        if flags & 0x0100:
            raise ReadError("unreadable_doc", "the Word document is encrypted")
        pos = 32
        csw = struct.unpack_from("<H", word, pos)[0]
        pos += 2 + 2 * csw
        cslw = struct.unpack_from("<H", word, pos)[0]
        lw = pos + 2
        ccp_text = struct.unpack_from("<i", word, lw + 4 * 3)[0]
        pos = lw + 4 * cslw
        count = struct.unpack_from("<H", word, pos)[0]
        blob = pos + 2
        if count < 34:
            raise ReadError("unreadable_doc", "not a Word 97 or later document (short FIB)")

        def pair(index: int) -> tuple[int, int]:
            fc, lcb = struct.unpack_from("<II", word, blob + 8 * index)
            return int(fc), int(lcb)

        fc_papx, lcb_papx = pair(13)
        fc_clx, lcb_clx = pair(33)
        return cls(bool(flags & 0x0200), int(ccp_text), fc_clx, lcb_clx, fc_papx, lcb_papx)


def _main_text(word: bytes, table: bytes, fib: _Fib) -> tuple[str, list[int]]:
    """The main document's text and, per character, its byte offset (FC) in WordDocument."""
    clx = table[fib.fc_clx:fib.fc_clx + fib.lcb_clx]
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: formatting we do not need
        pos += 3 + struct.unpack_from("<H", clx, pos + 1)[0]
    if pos >= len(clx) or clx[pos] != 0x02:
        raise _Malformed("no piece table")
    lcb = struct.unpack_from("<I", clx, pos + 1)[0]
    plc = clx[pos + 5:pos + 5 + lcb]
    pieces = (len(plc) - 4) // 12
    if pieces <= 0:
        raise _Malformed("empty piece table")
    cps = struct.unpack_from(f"<{pieces + 1}i", plc, 0)
    wanted = min(fib.ccp_text, limits.MAX_TEXT_CHARS)
    chars: list[str] = []
    fcs: list[int] = []
    for i in range(pieces):
        start, end = cps[i], min(cps[i + 1], wanted)
        if start >= wanted:
            break
        fc = struct.unpack_from("<I", plc, 4 * (pieces + 1) + 8 * i + 2)[0]
        count = end - start
        if count <= 0:
            continue
        if fc & 0x40000000:  # compressed: one cp1252 byte per character
            offset = (fc & 0x3FFFFFFF) // 2
            raw = word[offset:offset + count]
            chars.extend(_cp1252(b) for b in raw)
            fcs.extend(range(offset, offset + len(raw)))
        else:
            raw = word[fc:fc + 2 * count]
            chars.extend(raw.decode("utf-16-le", errors="replace"))
            fcs.extend(range(fc, fc + len(raw), 2))
    return "".join(chars), fcs


def _cp1252(byte: int) -> str:
    return "?" if byte in _CP1252_GAPS else bytes([byte]).decode("cp1252")


@dataclass
class _Papx:
    in_table: bool = False
    row_end: bool = False
    boundaries: list[int] = field(default_factory=list)  # cell edges (twips), row ends only
    merged_down: list[bool] = field(default_factory=list)  # cell continues a vertical merge


class _ParagraphProperties:
    """Paragraph properties by the FC of the paragraph's last character."""

    def __init__(self, word: bytes, table: bytes, fib: _Fib, data: bytes) -> None:
        plc = table[fib.fc_papx:fib.fc_papx + fib.lcb_papx]
        count = (len(plc) - 4) // 8
        self.runs: list[tuple[int, int, _Papx]] = []  # (fc start, fc end, properties)
        if count <= 0:
            return
        pns = struct.unpack_from(f"<{count}I", plc, 4 * (count + 1))
        for pn in pns[:limits.MAX_GRID_ROWS]:
            page = word[(pn & 0x3FFFFF) * 512:(pn & 0x3FFFFF) * 512 + 512]
            if len(page) < 512:
                raise _Malformed("paragraph properties page past the end")
            crun = page[511]
            rgfc = struct.unpack_from(f"<{crun + 1}I", page, 0)
            for i in range(crun):
                offset = page[4 * (crun + 1) + 13 * i] * 2
                props = _Papx()
                if offset:
                    _apply(_grpprl(page, offset), props, data)
                self.runs.append((rgfc[i], rgfc[i + 1], props))
        self.runs.sort(key=lambda run: run[0])
        self._starts = [run[0] for run in self.runs]

    def at(self, fc: int) -> _Papx:
        import bisect

        i = bisect.bisect_right(self._starts, fc) - 1
        if i >= 0 and self.runs[i][0] <= fc < self.runs[i][1]:
            return self.runs[i][2]
        return _Papx()


def _grpprl(page: bytes, offset: int) -> bytes:
    """A ``PapxInFkp``'s property modifiers (after the style index)."""
    cb = page[offset]
    if cb == 0:
        size, start = 2 * page[offset + 1], offset + 2
    else:
        size, start = 2 * cb - 1, offset + 1
    return page[start + 2:start + size]


def _apply(grpprl: bytes, props: _Papx, data: bytes, depth: int = 0) -> None:
    pos = 0
    while pos + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, pos)[0]
        pos += 2
        spra = sprm >> 13
        if sprm == _SPRM_TDEF_TABLE:
            length = struct.unpack_from("<H", grpprl, pos)[0]
            _table_definition(grpprl[pos + 2:pos + 1 + length], props)
            pos += 1 + length
            continue
        if spra == 6:  # variable length (sprmPChgTabs too: its first byte is its length)
            length = grpprl[pos] if pos < len(grpprl) else 0
            pos += 1 + length
            continue
        size_of = _OPERAND_SIZE[spra]
        operand = grpprl[pos:pos + size_of]
        pos += size_of
        if sprm == _SPRM_IN_TABLE:
            props.in_table = bool(operand and operand[0])
        elif sprm == _SPRM_TTP:
            props.row_end = bool(operand and operand[0])
        elif sprm == _SPRM_HUGE_PAPX and depth == 0 and len(operand) == 4:
            at = struct.unpack("<I", operand)[0]
            size = struct.unpack_from("<H", data, at)[0] if at + 2 <= len(data) else 0
            _apply(data[at + 2:at + 2 + size], props, data, depth + 1)


def _table_definition(operand: bytes, props: _Papx) -> None:
    """``sprmTDefTable``: cell count, the cells' edges, then a 20-byte TC per cell."""
    if not operand:
        return
    cells = min(operand[0], limits.MAX_GRID_COLS)
    edges = list(struct.unpack_from(f"<{cells + 1}h", operand, 1))
    props.boundaries = edges
    tcs = 1 + 2 * (cells + 1)
    for i in range(cells):
        if tcs + 20 * i + 2 > len(operand):
            props.merged_down.append(False)
            continue
        flags = struct.unpack_from("<H", operand, tcs + 20 * i)[0]
        vert_merge, vert_restart = bool(flags & 0x0020), bool(flags & 0x0040)
        props.merged_down.append(vert_merge and not vert_restart)


# ---------------------------------------------------------------------------------------------
# Paragraphs and rows → Document


@dataclass
class _Row:
    cells: list[str]
    props: _Papx


def _build(text: str, fcs: list[int], papx: _ParagraphProperties) -> Document:
    doc = Document(media_type=MEDIA_TYPE)
    lines: list[str] = []
    rows: list[_Row] = []
    cells: list[str] = []
    cell: list[str] = []
    start = 0

    def flush_table() -> None:
        if rows:
            grid = _grid(rows)
            doc.tables.append(grid)
            lines.extend(_join(c) for row in grid for c in row if c)
            rows.clear()

    for i, char in enumerate(text):
        if char not in "\r\x07":
            continue
        paragraph = _clean(text[start:i])
        start = i + 1
        props = papx.at(fcs[i]) if i < len(fcs) else _Papx()
        if char == "\x07" and props.row_end:
            rows.append(_Row(cells, props))
            cells, cell = [], []
            if len(rows) > limits.MAX_GRID_ROWS:
                raise _Malformed("too many table rows")
        elif char == "\x07":
            cell.append(paragraph)
            cells.append("\n".join(p for p in cell if p))
            cell = []
        elif props.in_table:
            cell.append(paragraph)
        else:
            flush_table()
            if paragraph:
                lines.append(paragraph)
    flush_table()
    doc.text = "\n".join(lines)
    return doc


def _clean(paragraph: str) -> str:
    """Field codes (``\\x13 code \\x14 result \\x15``) keep their result; other control
    characters go."""
    out: list[str] = []
    depth_code = 0
    for char in paragraph:
        if char == "\x13":
            depth_code += 1
        elif char == "\x14":
            depth_code = max(depth_code - 1, 0)
        elif char == "\x15":
            continue
        elif depth_code == 0 and (char >= " " or char == "\t"):
            out.append(char)
    return "".join(out).replace("\t", " ").strip()


def _join(cell: str) -> str:
    parts = [p.strip() for p in cell.split("\n") if p.strip()]
    out = ""
    for part in parts:
        if out and (out[-1].isascii() or part[0].isascii()):
            out += " "
        out += part
    return out


def _grid(rows: list[_Row]) -> Grid:
    """Rows laid on the union of their cell edges: spans expanded with None, vertical merges
    continued with None (as the DOCX reader does)."""
    edges: list[int] = []  # one per cluster of edges closer than _SNAP_TWIPS (rows drawn by hand)
    for edge in sorted({edge for row in rows for edge in row.props.boundaries}):
        if not edges or edge - edges[-1] > _SNAP_TWIPS:
            edges.append(edge)
    if len(edges) < 2 or len(edges) > limits.MAX_GRID_COLS + 1:
        return [list(row.cells) for row in rows]  # no geometry: cells as they come

    def column(edge: int) -> int:
        return min(range(len(edges)), key=lambda i: abs(edges[i] - edge))

    width = len(edges) - 1
    grid: Grid = []
    for row in rows:
        line: list[str | None] = [None] * width
        bounds = row.props.boundaries
        for i, text in enumerate(row.cells):
            if i + 1 >= len(bounds):
                break
            left, right = column(bounds[i]), column(bounds[i + 1])
            if right <= left:
                continue
            merged = i < len(row.props.merged_down) and row.props.merged_down[i]
            line[left] = None if merged else text
        grid.append(line)
    return grid
