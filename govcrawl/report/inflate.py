"""Decompression with a running byte budget, whatever a file's headers declare.

* ``pdf_budget()``: while a PDF is read, every stream pdfminer decodes — each filter of its chain
  (Flate inside Flate, LZW, run-length), content, object, font and image streams alike, after
  decryption — is inflated in chunks and counted against one budget for the document
  (``limits.MAX_PDF_INFLATED_BYTES``); past it ``InflateBudgetExceeded`` stops the read.  pdfminer
  inflates a stream in one call with no bound of its own, so its module's ``zlib``, ``lzwdecode``
  and ``rldecode`` are replaced by counting ones (once, on first use; outside ``pdf_budget`` they
  count nothing).
* ``inflate_zip(data)``: the members of a zip (DOCX, OFD), each inflated from its local header by
  the deflate stream's own end — not the sizes the headers declare — with a budget per member and
  for the archive, and a ratio check on what was really consumed and produced.
"""

from __future__ import annotations

import contextlib
import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from govcrawl.report import limits

_CHUNK = 1 << 20


class InflateBudgetExceeded(BaseException):
    """Raised inside pdfminer when the document's budget is spent.  A ``BaseException``: pdfminer
    and pdfplumber catch ``Exception`` in places and would carry on with the next stream."""


class _Budget:
    def __init__(self) -> None:
        self.left: int | None = None  # None: not reading a PDF, nothing counted

    def take(self, n: int) -> None:
        if self.left is None:
            return
        self.left -= n
        if self.left < 0:
            raise InflateBudgetExceeded(f"PDF streams inflate to more than {limits.MAX_PDF_INFLATED_BYTES} bytes")


_BUDGET = _Budget()


class _CountingDecompressor:
    def __init__(self, wbits: int = zlib.MAX_WBITS) -> None:
        self._inflater = zlib.decompressobj(wbits)

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        out = self._inflater.decompress(data, max_length)
        _BUDGET.take(len(out))
        return out

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inflater, name)


class _CountingZlib:
    """What pdfminer.pdftypes sees as ``zlib``: the same calls, every output byte counted."""

    error = zlib.error

    @staticmethod
    def decompressobj(wbits: int = zlib.MAX_WBITS) -> _CountingDecompressor:
        return _CountingDecompressor(wbits)

    @staticmethod
    def decompress(data: bytes, wbits: int = zlib.MAX_WBITS) -> bytes:
        inflater = zlib.decompressobj(wbits)
        parts: list[bytes] = []
        pending: bytes = data
        while pending:
            out = inflater.decompress(pending, _CHUNK)
            _BUDGET.take(len(out))
            parts.append(out)
            if inflater.eof:
                break
            pending = inflater.unconsumed_tail
        if not inflater.eof:
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return b"".join(parts)

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)


def _counting(decode: Any) -> Any:
    def counted(data: bytes) -> bytes:
        out: bytes = decode(data)
        _BUDGET.take(len(out))
        return out

    return counted


def _install() -> None:
    from pdfminer import pdftypes

    if isinstance(getattr(pdftypes, "zlib", None), _CountingZlib):
        return
    setattr(pdftypes, "zlib", _CountingZlib())  # noqa: B010 - not an attribute pdfminer exports
    for name in ("lzwdecode", "rldecode"):
        setattr(pdftypes, name, _counting(getattr(pdftypes, name)))


@contextlib.contextmanager
def pdf_budget(limit: int | None = None) -> Iterator[None]:
    """Count every byte pdfminer inflates inside the block against ``limit`` (default
    ``limits.MAX_PDF_INFLATED_BYTES``)."""
    _install()
    _BUDGET.left = limits.MAX_PDF_INFLATED_BYTES if limit is None else limit
    try:
        yield
    finally:
        _BUDGET.left = None


# -- zip -----------------------------------------------------------------------------------------


class ZipRefused(Exception):
    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def _member_bytes(data: bytes, info: zipfile.ZipInfo, cap: int) -> tuple[bytes, int]:
    """(inflated bytes, compressed bytes consumed) of one member, read from its local header."""
    start = info.header_offset
    if data[start:start + 4] != b"PK\x03\x04":
        raise ZipRefused("unreadable_docx", f"zip member {info.filename!r}: no local header")
    name_len, extra_len = struct.unpack("<HH", data[start + 26:start + 30])
    body = start + 30 + name_len + extra_len
    if info.compress_type == zipfile.ZIP_STORED:
        raw = data[body:body + info.compress_size]
        if len(raw) > cap:
            raise ZipRefused("zip_bomb", f"zip member {info.filename!r} is over {cap} bytes")
        return raw, len(raw)
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise ZipRefused("unreadable_docx", f"zip member {info.filename!r}: compression {info.compress_type}")
    inflater = zlib.decompressobj(-15)
    view = memoryview(data)[body:]
    parts: list[bytes] = []
    size = 0
    pending: bytes | memoryview = view
    try:
        while pending and not inflater.eof:
            out = inflater.decompress(pending, _CHUNK)
            size += len(out)
            if size > cap:
                raise ZipRefused("zip_bomb", f"zip member {info.filename!r} inflates past {cap} bytes")
            parts.append(out)
            pending = inflater.unconsumed_tail
    except zlib.error as exc:
        raise ZipRefused("unreadable_docx", f"zip member {info.filename!r}: {exc}") from exc
    if not inflater.eof:
        raise ZipRefused("unreadable_docx", f"zip member {info.filename!r} is cut short")
    consumed = len(view) - len(inflater.unused_data)
    return b"".join(parts), consumed


def inflate_zip(data: bytes, *, caps: dict[str, int] | None = None) -> dict[str, bytes]:
    """Every member of the zip ``data``, inflated with budgets that ignore the declared sizes:
    ``limits.MAX_ZIP_TOTAL_UNCOMPRESSED`` for the archive, ``caps[name]`` for a member, a ratio
    of ``limits.MAX_ZIP_RATIO`` for members over ``limits.ZIP_RATIO_MIN_SIZE``."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise ZipRefused("unreadable_docx", f"broken zip archive ({exc})") from exc
    with archive:
        infos = archive.infolist()
    if len(infos) > limits.MAX_ZIP_MEMBERS:
        raise ZipRefused("zip_bomb", f"zip has {len(infos)} members; the limit is {limits.MAX_ZIP_MEMBERS}")
    left = limits.MAX_ZIP_TOTAL_UNCOMPRESSED
    members: dict[str, bytes] = {}
    for info in infos:
        if info.is_dir():
            continue
        cap = min(left, (caps or {}).get(info.filename, left))
        content, consumed = _member_bytes(data, info, cap)
        if len(content) > limits.ZIP_RATIO_MIN_SIZE and len(content) > limits.MAX_ZIP_RATIO * max(consumed, 1):
            raise ZipRefused("zip_bomb", f"zip member {info.filename!r} inflates {consumed} → {len(content)} bytes")
        if zlib.crc32(content) != info.CRC:
            raise ZipRefused("unreadable_docx", f"zip member {info.filename!r}: bad CRC")
        left -= len(content)
        members[info.filename] = content
    return members


def stored_zip(members: dict[str, bytes]) -> bytes:
    """A zip of ``members`` stored uncompressed: what a library may open without inflating."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()
