"""OFD (GB/T 33190) reports: a zip of XML the parser does not read.  It must be recognised as OFD —
not taken for a broken DOCX — and stored as a flagged record with no values."""

from __future__ import annotations

import io
import random
import zipfile

from govcrawl.province.content import report_doc
from govcrawl.province.portals.legacy_gbk_county import ofd_bytes
from govcrawl.report import parse_report
from govcrawl.report.parse import DOCX, OFD, sniff_media_type
from govcrawl.synth.docx import render_docx
from tests.report.expected import flat_tables

DOC = report_doc(random.Random(7), "古堰县财政局", "古堰县人民政府", "v2021", 2023)


def test_ofd_is_recognised_by_its_root_file_whatever_it_is_served_as() -> None:
    data = ofd_bytes(DOC, random.Random(1))
    assert zipfile.ZipFile(io.BytesIO(data)).namelist()[0] == "OFD.xml"
    assert sniff_media_type(data, "application/octet-stream", "http://x.test/f/20240126.ofd") == (OFD, None)
    assert sniff_media_type(data, None, None) == (OFD, None)


def test_ofd_named_by_url_or_type_when_its_root_file_is_not_first() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("Doc_0/Document.xml", "<ofd:Document/>" * 200)
        archive.writestr("OFD.xml", "<ofd:OFD/>")
    data = out.getvalue()
    assert sniff_media_type(data, None, "http://x.test/a.ofd?v=1") == (OFD, None)
    assert sniff_media_type(data, OFD, None) == (OFD, None)


def test_docx_is_still_docx() -> None:
    assert sniff_media_type(render_docx(DOC), "application/octet-stream", "http://x.test/a.wps") == (DOCX, None)


def test_ofd_record_is_flagged_unsupported_format_with_no_values() -> None:
    record = parse_report(ofd_bytes(DOC, random.Random(1)), "application/octet-stream", url="http://x.test/a.ofd")
    assert record["flags"] == ["unsupported_format"]
    assert "OFD" in record["error"]
    assert record["source"]["media_type"] == OFD
    assert not any(v is not None for v in flat_tables(record["tables"]).values())
