"""Hostile parser inputs, generated (issue 14): each one held a parse for minutes or gigabytes.

Every function returns the bytes of one input class; the tests (tests/hostile/test_hostile_inputs.py),
the hostile portal and ``benchmarks/hostile_inputs.py`` use them, so no blob is committed.

``INPUTS`` names each class with its media type and the flags a bounded parse may end with.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass


def huge_html(size: int = 50 * 1024 * 1024) -> bytes:
    """A report-looking page of ``size`` bytes: a title, then table rows without end."""
    head = ("<html><head><meta charset='utf-8'><title>某县2023年政府信息公开工作年度报告</title></head><body>"
            "<h1>某县2023年政府信息公开工作年度报告</h1><table>").encode()
    row = "<tr><td>行政许可</td><td>1</td><td>2</td><td>3</td></tr>\n".encode()
    body = row * ((size - len(head)) // len(row))
    return head + body + b"</table></body></html>"


def line_of_numbers(size: int = 1024 * 1024) -> bytes:
    """One line of ``size`` bytes of space-separated numbers under a report title."""
    numbers = b" ".join(b"%d" % (i % 997) for i in range(size // 4))
    return "某县2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n".encode() + numbers[:size] + b"\n"


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF whose objects are ``objects`` (numbered from 1), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<</Size %d /Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<<" + dictionary + b" /Length %d>>\nstream\n" % len(data) + data + b"\nendstream"


def _page_pdf(content: bytes, filters: bytes = b"/Filter /FlateDecode") -> bytes:
    return pdf_from_objects([
        b"<</Type /Catalog /Pages 2 0 R>>",
        b"<</Type /Pages /Kids [3 0 R] /Count 1>>",
        b"<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources <</Font <</F1 5 0 R>>>>>>",
        pdf_stream(filters, content),
        b"<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>",
    ])


def pdf_text_operators(count: int = 600_000) -> bytes:
    """A small PDF (tens of KB) whose one page draws ``count`` text operators."""
    ops = b"BT /F1 9 Tf 50 800 Td " + b"(1) Tj 0 -1 Td " * count + b"ET"
    return _page_pdf(zlib.compress(ops, 9))


def _deflate_repeated(block: bytes, count: int, *, raw: bool = False) -> bytes:
    """A deflate stream of ``block`` repeated ``count`` times, made in milliseconds: after a full
    flush every further copy of the block compresses to the same bytes, so they are repeated.
    Not ``raw``: in a zlib wrapper with its true Adler-32."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    if count == 1:
        stream = first + packer.flush()
    else:
        middle = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
        stream = first + middle * (count - 2) + packer.compress(block) + packer.flush()
    if raw:
        return stream
    check = 1
    for _ in range(count):
        check = zlib.adler32(block, check)
    return b"\x78\xda" + stream + struct.pack(">I", check)


def _deflate_zeros(size: int) -> bytes:
    return _deflate_repeated(bytes(1 << 20), max(1, size >> 20))


def pdf_nested_flate(inflated: int = 2 * 1024 * 1024 * 1024) -> bytes:
    """A PDF of a few KB whose content stream is Flate inside Flate: ``inflated`` bytes of zeros."""
    inner = _deflate_zeros(inflated)
    return _page_pdf(zlib.compress(inner, 9), b"/Filter [/FlateDecode /FlateDecode]")


def pdf_image_bomb(inflated: int = 512 * 1024 * 1024) -> bytes:
    """A PDF whose image XObject inflates to ``inflated`` bytes (a stream a /Image test skipped)."""
    return pdf_from_objects([
        b"<</Type /Catalog /Pages 2 0 R>>",
        b"<</Type /Pages /Kids [3 0 R] /Count 1>>",
        b"<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources <</XObject <</Im1 5 0 R>>>>>>",
        pdf_stream(b"", b"q 595 0 0 842 0 0 cm /Im1 Do Q"),
        pdf_stream(b"/Type /XObject /Subtype /Image /Width 16384 /Height 32768 /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Filter /FlateDecode", _deflate_zeros(inflated)),
    ])


def pdf_unknown_filter() -> bytes:
    """A PDF whose content stream names a filter chain ending in one nobody can inflate."""
    return _page_pdf(zlib.compress(b"BT ET"), b"/Filter [/FlateDecode /NoSuchDecode]")


def docx_lying_zip(inflated: int = 512 * 1024 * 1024) -> bytes:
    """A DOCX whose ``word/document.xml`` is ``inflated`` bytes of XML but whose zip headers say
    it is 4 KB (local header and central directory both lie)."""
    xml_head = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                b'wordprocessingml/2006/main"><w:body>')
    block = b"<w:p/>" * (1 << 17)
    # The head, ended by a full flush (no back-references across it), then the paragraphs: one
    # deflate stream.  The document is never closed: nobody should read that far.
    head = zlib.compressobj(9, zlib.DEFLATED, -15)
    compressed = head.compress(xml_head) + head.flush(zlib.Z_FULL_FLUSH)
    compressed += _deflate_repeated(block, inflated // len(block), raw=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", b"x" * 4096)  # placeholder, replaced below
    data = bytearray(buffer.getvalue())
    return _replace_member(bytes(data), "word/document.xml", compressed, declared_size=4096)


def ofd_lying_zip(inflated: int = 512 * 1024 * 1024) -> bytes:
    """An OFD whose page ``Content.xml`` is ``inflated`` bytes of text objects but whose zip
    headers say it is 4 KB."""
    ns = 'xmlns="http://www.ofdspec.org/2016"'
    head = zlib.compressobj(9, zlib.DEFLATED, -15)
    compressed = head.compress(f"<Page {ns}><Content><Layer>".encode()) + head.flush(zlib.Z_FULL_FLUSH)
    block = b'<TextObject Boundary="0 0 1 1"><TextCode X="0" Y="1">0</TextCode></TextObject>' * (1 << 12)
    compressed += _deflate_repeated(block, inflated // len(block), raw=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OFD.xml", f"<OFD {ns}><DocBody><DocRoot>Doc_0/Document.xml</DocRoot></DocBody></OFD>")
        page = '<Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>'
        archive.writestr("Doc_0/Document.xml", f"<Document {ns}><Pages>{page}</Pages></Document>")
        archive.writestr("Doc_0/Pages/Page_0/Content.xml", b"x" * 4096)  # placeholder, replaced below
    return _replace_member(buffer.getvalue(), "Doc_0/Pages/Page_0/Content.xml", compressed, declared_size=4096)


def _replace_member(data: bytes, name: str, compressed: bytes, declared_size: int) -> bytes:
    """``data`` (a zip) with member ``name``'s deflated bytes replaced by ``compressed``, its
    headers declaring ``declared_size`` uncompressed bytes (and the true compressed size)."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo(name)
    start = info.header_offset
    name_len, extra_len = struct.unpack("<HH", data[start + 26:start + 30])
    body = start + 30 + name_len + extra_len
    old_end = body + info.compress_size
    local = bytearray(data[start:body])
    struct.pack_into("<III", local, 14, 0, len(compressed), declared_size)  # crc, compressed, size
    shift = len(compressed) - info.compress_size
    rest = bytearray(data[old_end:])
    # Central directory entries: fix this member's sizes and every later offset.
    cd_offset = struct.unpack("<I", data[-6:-2])[0] - old_end
    pos = cd_offset
    while rest[pos:pos + 4] == b"PK\x01\x02":
        n, e, c = struct.unpack("<HHH", rest[pos + 28:pos + 34])
        entry_name = bytes(rest[pos + 46:pos + 46 + n]).decode()
        offset = struct.unpack("<I", rest[pos + 42:pos + 46])[0]
        if entry_name == name:
            struct.pack_into("<III", rest, pos + 16, 0, len(compressed), declared_size)
        elif offset > start:
            struct.pack_into("<I", rest, pos + 42, offset + shift)
        pos += 46 + n + e + c
    struct.pack_into("<I", rest, len(rest) - 6, cd_offset + old_end + shift)
    return data[:start] + bytes(local) + compressed + bytes(rest)


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
    'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


@dataclass(frozen=True)
class HostileInput:
    name: str
    make: Callable[[], bytes]
    media_type: str
    flags: frozenset[str]  # a bounded parse of it must carry one of these


REFUSED = frozenset({"too_large", "decompression_bomb", "zip_bomb", "parser_timeout", "parser_resource_limit"})

INPUTS = (
    HostileInput("html-50mb", huge_html, "text/html", frozenset({"too_large"})),
    HostileInput("line-of-numbers-1mb", line_of_numbers, "text/plain", frozenset({"tables_missing", "not_a_report"})),
    HostileInput("pdf-600k-text-operators", pdf_text_operators, "application/pdf",
                 frozenset({"too_large", "table_limit", "text_limit", "parser_timeout"})),
    HostileInput("pdf-nested-flate", pdf_nested_flate, "application/pdf", frozenset({"decompression_bomb"})),
    HostileInput("pdf-image-bomb", pdf_image_bomb, "application/pdf", frozenset({"decompression_bomb"})),
    HostileInput("pdf-unknown-filter", pdf_unknown_filter, "application/pdf", frozenset({"decompression_bomb"})),
    HostileInput("docx-lying-zip", docx_lying_zip,
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document", frozenset({"zip_bomb"})),
    HostileInput("ofd-lying-zip", ofd_lying_zip, "application/ofd", frozenset({"zip_bomb"})),
)
