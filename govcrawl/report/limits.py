"""Size, decompression and work limits shared by the document readers.

Every reader works on untrusted bytes fetched from the web.  These bounds keep one hostile or
broken file from exhausting memory or time: inputs above them are refused with a ``ReadError``
(or read partially and flagged), never processed unbounded.
"""

from __future__ import annotations

from typing import Final

from govcrawl.report.document import ReadError

MiB: Final = 1024 * 1024

# Raw input accepted by any binary reader (PDF, DOCX).
MAX_INPUT_BYTES: Final = 100 * MiB

# --- PDF ----------------------------------------------------------------------------------------
# Pages read; later pages are ignored and the Document is flagged ``page_limit``.
MAX_PDF_PAGES: Final = 200
# Characters of extracted text kept (text + table cells); beyond it the Document is flagged
# ``text_limit`` and reading stops.
MAX_TEXT_CHARS: Final = 2_000_000
# Sum of the inflated sizes of a PDF's streams: checked before pdfminer opens it (every Flate
# layer of every stream, images included) and counted again as pdfminer decodes (after decryption,
# every filter): govcrawl.report.inflate.
MAX_PDF_INFLATED_BYTES: Final = 256 * MiB
# Table finding is quadratic in ruling edges; pages with more edges get no tables (``table_limit``).
MAX_PDF_EDGES_PER_PAGE: Final = 4000
# Characters on one page beyond which the page's tables are not searched (text is still kept).
MAX_PDF_CHARS_PER_PAGE: Final = 60_000
# Wall-clock budget for one PDF; pages not started within it are skipped (``time_limit``).
MAX_PDF_SECONDS: Final = 90.0

# --- DOCX / zip ---------------------------------------------------------------------------------
# Uncompressed size of all members together (declared, and as really inflated).
MAX_ZIP_TOTAL_UNCOMPRESSED: Final = 100 * MiB
# Declared uncompressed/compressed ratio of one member (checked for members above
# ZIP_RATIO_MIN_SIZE; tiny XML parts legitimately compress very well).
MAX_ZIP_RATIO: Final = 200
ZIP_RATIO_MIN_SIZE: Final = 1 * MiB
MAX_ZIP_MEMBERS: Final = 10_000
# word/document.xml itself (the part python-docx parses into one lxml tree: ~6 bytes of XML per
# element can take ~200 bytes of tree, so this bounds the tree well under the worker's 1 GiB).
MAX_DOCX_DOCUMENT_XML: Final = 16 * MiB

# --- Grids --------------------------------------------------------------------------------------
# A grid wider or longer than this is cut (a gridSpan of 10**6 must not allocate 10**6 cells).
MAX_GRID_COLS: Final = 256
MAX_GRID_ROWS: Final = 10_000
# Text of external tools (antiword/catdoc) is cut at MAX_TEXT_CHARS; they get this long.
EXTERNAL_TOOL_SECONDS: Final = 30.0


def ensure_input_size(data: bytes, what: str) -> None:
    """Raise ``ReadError("too_large")`` when ``data`` exceeds ``MAX_INPUT_BYTES``."""
    if len(data) > MAX_INPUT_BYTES:
        raise ReadError(
            "too_large",
            f"{what} is {len(data)} bytes; the limit is {MAX_INPUT_BYTES} bytes",
        )


def refuse_on_memory(exc: BaseException, what: str) -> None:
    """A ``MemoryError`` caught where a reader catches whatever its library raises on broken input is
    the parse worker's memory limit (``govcrawl.parsepool``), not a broken file: the document is
    refused as ``parser_resource_limit`` (never "unreadable", never read on as if a page were broken)."""
    if isinstance(exc, MemoryError):
        raise ReadError("parser_resource_limit", f"{what} needed more memory than the parse's limit") from None
