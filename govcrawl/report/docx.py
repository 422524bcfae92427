"""DOCX reader: bytes of a Word 2007+ document → ``Document``.

* Defence first: before python-docx sees the bytes, ``zipfile`` checks that they are a zip with
  ``word/document.xml`` and that the members' declared sizes are bounded (``limits``); then every
  member is inflated by the deflate stream's own end with budgets that ignore the declared sizes
  (``inflate.inflate_zip``: archive total, ``word/document.xml``, ratio of what was really read),
  and python-docx opens an uncompressed copy of those members.
  Old binary Word / WPS files (OLE compound file, ``D0 CF 11 E0``) are read with their tables by
  ``worddoc.read_word97``; one it cannot read, and RTF, are refused with
  ``ReadError("unsupported_doc")`` unless ``antiword`` or ``catdoc`` is installed, in which case
  their plain text is returned (no tables).
* Text: body paragraphs and table cells in document order, one paragraph or non-empty cell per
  line (content controls are unwrapped, deleted revisions are skipped, text boxes counted once).
* Tables: one ``Grid`` per table with spans expanded: a ``gridSpan`` cell is followed by ``None``
  for the columns it covers, a ``vMerge`` continuation cell is ``None``.  A nested table's text
  stays in its cell (one line per nested cell) and the nested table is also emitted as a grid of
  its own, right after its parent.  A one-cell layout table wrapping the whole report is unwrapped
  (its content is read as body).
* Metadata: core properties title, and the modified (else created) date as ``YYYY-MM-DD``.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from govcrawl.report import limits
from govcrawl.report.document import Document, Grid, ReadError
from govcrawl.report.inflate import ZipRefused, inflate_zip, stored_zip

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MSWORD_MEDIA_TYPE = "application/msword"

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_V = "urn:schemas-microsoft-com:vml"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = (_w(t) for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
_CUSTOM_XML, _SMART_TAG = _w("customXml"), _w("smartTag")
_T, _TAB, _BR, _CR, _NO_BREAK_HYPHEN = (_w(t) for t in ("t", "tab", "br", "cr", "noBreakHyphen"))
_TXBX_CONTENT = _w("txbxContent")
_FALLBACK = f"{{{_MC}}}Fallback"
_BLIP = f"{{{_A}}}blip"
_IMAGEDATA = f"{{{_V}}}imagedata"
_VAL = _w("val")
_WRAPPERS = frozenset({_SDT, _SDT_CONTENT, _CUSTOM_XML, _SMART_TAG})

_GENERIC_TITLES = re.compile(
    r"^(?:untitled|无标题|未命名|新建|document|文档|microsoft word|wps|title|标题|doc\d*|\d+)\s*\d*$",
    re.IGNORECASE,
)


def read_docx(data: bytes) -> Document:
    """Read a DOCX into a ``Document`` (see the module docstring)."""
    limits.ensure_input_size(data, "DOCX")
    if data.startswith(OLE_MAGIC):
        return _read_legacy_doc(data, "an OLE compound file (binary .doc / .wps)")
    if data.lstrip()[:5] == b"{\\rtf":
        return _read_legacy_doc(data, "an RTF document")
    check_zip(data)
    # python-docx gets a copy stored uncompressed, made from members inflated with budgets that
    # ignore what the zip headers declare (govcrawl.report.inflate).
    try:
        members = inflate_zip(data, caps={"word/document.xml": limits.MAX_DOCX_DOCUMENT_XML})
    except ZipRefused as exc:
        raise ReadError(exc.reason, f"not a readable DOCX: {exc}") from exc

    import docx  # heavy import, only when a DOCX is read

    try:
        word = docx.Document(io.BytesIO(stored_zip(members)))
    except ReadError:
        raise
    except Exception as exc:  # python-docx / lxml raise many types on broken input
        limits.refuse_on_memory(exc, "the document")
        raise ReadError("unreadable_docx", f"python-docx cannot open the document: {exc!r}") from exc

    doc = Document(media_type=MEDIA_TYPE)
    try:
        body = word.element.body
        reader = _BodyReader()
        reader.read_container(body)
        doc.tables = reader.grids
        doc.image_count = _count_images(body)
        doc.text, cut = _bounded_text(reader.lines)
        if cut:
            doc.flags.append("text_limit")
        if reader.grid_cut:
            doc.flags.append("table_limit")
    except Exception as exc:
        limits.refuse_on_memory(exc, "the document")
        raise ReadError("unreadable_docx", f"cannot read the document body: {exc!r}") from exc
    try:
        props = word.core_properties
        doc.title = _meaningful_title(props.title)
        # Last saved, else created: a weak hint (templates carry old dates), kept when plausible.
        stamp = props.modified or props.created
        if stamp is not None and 1990 <= stamp.year <= 2100:
            doc.published = stamp.date().isoformat()
    except Exception as exc:  # metadata is optional; a broken docProps/core.xml must not lose the text
        limits.refuse_on_memory(exc, "the document")
        pass
    return doc


def check_zip(data: bytes) -> None:
    """Refuse a zip that is not a DOCX or whose declared sizes exceed ``limits``."""
    if not data.startswith(b"PK"):
        raise ReadError("unreadable_docx", "not a DOCX: not a zip archive")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise ReadError("unreadable_docx", f"not a DOCX: broken zip archive ({exc})") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.MAX_ZIP_MEMBERS:
            raise ReadError(
                "zip_bomb", f"zip has {len(infos)} members; the limit is {limits.MAX_ZIP_MEMBERS}"
            )
        names = {info.filename for info in infos}
        if "word/document.xml" not in names:
            raise ReadError("unreadable_docx", "not a DOCX: the zip has no word/document.xml")
        total = 0
        for info in infos:
            total += info.file_size
            if total > limits.MAX_ZIP_TOTAL_UNCOMPRESSED:
                raise ReadError(
                    "zip_bomb",
                    f"zip members inflate to more than {limits.MAX_ZIP_TOTAL_UNCOMPRESSED} bytes",
                )
            if info.file_size > limits.ZIP_RATIO_MIN_SIZE and (
                info.file_size > limits.MAX_ZIP_RATIO * max(info.compress_size, 1)
            ):
                raise ReadError(
                    "zip_bomb",
                    f"zip member {info.filename!r} inflates {info.compress_size} → {info.file_size} bytes",
                )
            if info.filename == "word/document.xml" and info.file_size > limits.MAX_DOCX_DOCUMENT_XML:
                raise ReadError("too_large", f"word/document.xml is {info.file_size} bytes")


# ---------------------------------------------------------------------------------------------
# Body


class _BodyReader:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.grids: list[Grid] = []
        self.grid_cut = False

    def read_container(self, element: Any) -> None:
        """Paragraphs and tables of a body / cell / content control, in order."""
        for child in _block_children(element):
            if child.tag == _P:
                text = paragraph_text(child)
                if text.strip():
                    self.lines.extend(line for line in text.split("\n") if line.strip())
            elif child.tag == _TBL:
                if _is_layout_wrapper(child):
                    for tc in _row_cells(next(iter(_rows(child)))):
                        self.read_container(tc)
                else:
                    self.read_table(child)

    def read_table(self, tbl: Any) -> None:
        grid, nested = self._grid(tbl)
        self.grids.append(grid)
        for row in grid:
            for cell in row:
                if cell:
                    self.lines.extend(line for line in cell.split("\n") if line.strip())
        for inner in nested:
            inner_grid, inner_nested = self._grid(inner)
            self.grids.append(inner_grid)
            nested.extend(inner_nested)

    def _grid(self, tbl: Any) -> tuple[Grid, list[Any]]:
        """Expand one table's spans into a rectangular grid; also return its nested tables."""
        rows: list[list[tuple[str | None, bool]]] = []  # (text, is vMerge continuation)
        nested: list[Any] = []
        for tr_index, tr in enumerate(_rows(tbl)):
            if tr_index >= limits.MAX_GRID_ROWS:
                self.grid_cut = True
                break
            row: list[tuple[str | None, bool]] = []
            before, after = _tr_grid_skip(tr)
            # gridBefore/gridAfter and ragged row ends are grid positions with no cell at all: None,
            # like a span-covered position, not "" (an empty cell, i.e. a printed blank).
            row.extend((None, False) for _ in range(before))
            for tc in _row_cells(tr):
                span, vmerge_continue = _tc_span(tc)
                text = None if vmerge_continue else _cell_text(tc, nested)
                row.append((text, vmerge_continue))
                row.extend((None, vmerge_continue) for _ in range(span - 1))
                if len(row) >= limits.MAX_GRID_COLS:
                    self.grid_cut = self.grid_cut or len(row) > limits.MAX_GRID_COLS
                    break
            row.extend((None, False) for _ in range(after))
            rows.append(row[: limits.MAX_GRID_COLS])
        width = max((len(r) for r in rows), default=0)
        grid: Grid = [[text for text, _ in r] + [None] * (width - len(r)) for r in rows]
        return grid, nested


def _block_children(element: Any) -> Iterator[Any]:
    """Direct block-level children, looking through content controls and custom XML."""
    for child in element:
        if child.tag in _WRAPPERS:
            yield from _block_children(child)
        else:
            yield child


def _rows(tbl: Any) -> Iterator[Any]:
    for child in _block_children(tbl):
        if child.tag == _TR:
            yield child


def _row_cells(tr: Any) -> Iterator[Any]:
    for child in _block_children(tr):
        if child.tag == _TC:
            yield child


def _is_layout_wrapper(tbl: Any) -> bool:
    """A 1×1 table holding other tables or many paragraphs (a page frame around the report)."""
    rows = list(_rows(tbl))
    if len(rows) != 1:
        return False
    cells = list(_row_cells(rows[0]))
    if len(cells) != 1:
        return False
    inner = list(_block_children(cells[0]))
    return any(c.tag == _TBL for c in inner) or sum(1 for c in inner if c.tag == _P) > 20


def _tr_grid_skip(tr: Any) -> tuple[int, int]:
    before = after = 0
    tr_pr = tr.find(_w("trPr"))
    if tr_pr is not None:
        before = _int_val(tr_pr.find(_w("gridBefore")))
        after = _int_val(tr_pr.find(_w("gridAfter")))
    return min(before, limits.MAX_GRID_COLS), min(after, limits.MAX_GRID_COLS)


def _tc_span(tc: Any) -> tuple[int, bool]:
    """(grid columns covered, whether the cell continues a vertical or legacy horizontal merge)."""
    tc_pr = tc.find(_w("tcPr"))
    if tc_pr is None:
        return 1, False
    span = max(1, min(_int_val(tc_pr.find(_w("gridSpan"))) or 1, limits.MAX_GRID_COLS))
    continues = False
    for tag in ("vMerge", "hMerge"):
        merge = tc_pr.find(_w(tag))
        if merge is not None and merge.get(_VAL, "continue") != "restart":
            continues = True
    return span, continues


def _int_val(element: Any) -> int:
    if element is None:
        return 0
    try:
        return max(0, int(element.get(_VAL, "0")))
    except ValueError:
        return 0


def _cell_text(tc: Any, nested: list[Any]) -> str:
    """A cell's paragraphs joined by newlines; nested tables contribute one line per cell."""
    parts: list[str] = []
    for child in _block_children(tc):
        if child.tag == _P:
            parts.append(paragraph_text(child))
        elif child.tag == _TBL:
            nested.append(child)
            for tr in _rows(child):
                for inner_tc in _row_cells(tr):
                    if _tc_span(inner_tc)[1]:
                        continue
                    text = _cell_text(inner_tc, [])
                    if text:
                        parts.append(text)
    return "\n".join(p.strip() for p in parts if p.strip())


def paragraph_text(p: Any) -> str:
    """Visible text of one paragraph: runs, hyperlinks, insertions, tabs and breaks, text boxes
    once (the VML fallback copy of a DrawingML text box is skipped); deleted text is not w:t."""
    out: list[str] = []
    for el in p.iter(_T, _TAB, _BR, _CR, _NO_BREAK_HYPHEN):
        if _in_fallback(el, p):
            continue
        if el.tag == _T:
            out.append(el.text or "")
        elif el.tag == _TAB:
            out.append("\t")
        elif el.tag == _NO_BREAK_HYPHEN:
            out.append("-")
        else:
            out.append("\n")
    return "".join(out)


def _in_fallback(el: Any, stop: Any) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == _FALLBACK:
            return True
        parent = parent.getparent()
    return False


def _count_images(body: Any) -> int:
    count = 0
    for el in body.iter(_BLIP, _IMAGEDATA):
        if not _in_fallback(el, body):
            count += 1
    return count


def _bounded_text(lines: list[str]) -> tuple[str, bool]:
    out: list[str] = []
    left = limits.MAX_TEXT_CHARS
    for line in lines:
        if left <= 0:
            return "\n".join(out), True
        out.append(line[:left])
        left -= len(line) + 1
    return "\n".join(out), left < 0


def _meaningful_title(raw: str | None) -> str | None:
    if not raw:
        return None
    title = raw.strip()
    if len(title) < 2 or _GENERIC_TITLES.match(title) or not any(ch.isalpha() for ch in title):
        return None
    return title


# ---------------------------------------------------------------------------------------------
# Legacy .doc / .wps / RTF


def _read_legacy_doc(data: bytes, what: str) -> Document:
    """A binary Word/WPS file read with its tables (``worddoc.read_word97``); failing that, its
    plain text via antiword or catdoc when installed; else ``ReadError("unsupported_doc")``."""
    if data.startswith(OLE_MAGIC):
        from govcrawl.report.worddoc import read_word97

        try:
            return read_word97(data)
        except ReadError as exc:
            if exc.reason == "too_large":
                raise
    text = _external_doc_text(data) if data.startswith(OLE_MAGIC) else None
    if text is None:
        raise ReadError(
            "unsupported_doc",
            f"the file is {what}, not a DOCX, and its Word 97 structure cannot be read "
            "(install antiword or catdoc to get its text, or convert it to DOCX/PDF)",
        )
    doc = Document(media_type=MSWORD_MEDIA_TYPE, flags=["legacy_doc_text_only"])
    doc.text, cut = _bounded_text([line.rstrip() for line in text.splitlines() if line.strip()])
    if cut:
        doc.flags.append("text_limit")
    return doc


def _external_doc_text(data: bytes) -> str | None:
    tools = [(name, args) for name, args in _DOC_TOOLS if shutil.which(name)]
    if not tools:
        return None
    with tempfile.TemporaryDirectory(prefix="govcrawl-doc-") as tmp:
        path = Path(tmp) / "input.doc"
        path.write_bytes(data)
        for tool, args in tools:
            try:
                result = subprocess.run(
                    [tool, *args, str(path)],
                    capture_output=True,
                    timeout=limits.EXTERNAL_TOOL_SECONDS,
                    check=False,
                )
            except (OSError, subprocess.SubprocessError):
                continue
            if result.returncode == 0 and result.stdout.strip():
                return result.stdout[: limits.MAX_TEXT_CHARS * 4].decode("utf-8", errors="replace")
    return None


_DOC_TOOLS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("antiword", ("-m", "UTF-8.txt", "-w", "0")),
    ("catdoc", ("-d", "utf-8", "-w")),
)
