"""The intermediate form every input format is reduced to before the tables are read.

HTML, PDF, DOCX and text readers each turn bytes into a ``Document``: the report's main text
(page chrome removed) and, where the source has table structure, its tables as ``Grid``s.
The table reader (``tables.py``) and the metadata reader (``metadata.py``) only ever see a
``Document``, so a new input format is one new reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# One table as rows of cells.  A cell is the cell's text, or None where the grid position is
# covered by a row/column span that started in another cell (so spans are expanded and a
# genuinely empty cell, "", stays distinguishable from a spanned one).
Cell = str | None
Grid = list[list[Cell]]


@dataclass
class Document:
    media_type: str
    # Main text, one paragraph or table cell per line.  For text inputs this is the whole text and
    # tables are read from it; for structured inputs tables are also in ``tables``.
    text: str = ""
    tables: list[Grid] = field(default_factory=list)
    # Metadata the container itself declares (HTML metas, PDF info, DOCX core properties).
    title: str | None = None
    published: str | None = None
    site_name: str | None = None
    # Raw strings that integrity checks look at besides ``text`` (e.g. <title>, hidden divs).
    extra_text: list[str] = field(default_factory=list)
    # Number of content images (a report whose tables are pictures has images and no tables).
    image_count: int = 0
    # Report-level flags raised while reading (charset_fallback, truncated, …).
    flags: list[str] = field(default_factory=list)


# A PDF ends with ``%%EOF`` (an incremental update appends another); a zip package (DOCX, OFD) with
# its end-of-central-directory record, at most a 64 KiB comment before its end.
_PDF_TAIL = 2048
_ZIP_TAIL = 22 + 65_535


def cut_short(data: bytes) -> bool:
    """Do the bytes of a file show it was cut short (served incomplete, or saved so): a PDF with no
    ``%%EOF`` near its end, a zip package with no end of its central directory?"""
    head = data[:1024]
    if head.startswith(b"%PDF") or b"%PDF-" in head[:64]:
        return b"%%EOF" not in data[-_PDF_TAIL:]
    if head.startswith(b"PK\x03\x04"):
        return b"PK\x05\x06" not in data[-_ZIP_TAIL:]
    return False


class ReadError(Exception):
    """The bytes cannot be read as the claimed format at all (not a PDF, a broken zip, …).

    ``reason`` is a short machine-readable flag (``unreadable_pdf``, ``unreadable_docx``,
    ``too_large``, …); the message is for humans.  ``parse_report`` turns it into a record whose
    flags carry the reason; it never escapes to the caller.
    """

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
