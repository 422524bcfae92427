"""OFD (GB/T 33190) reports: a zip of XML, recognised whatever it is served as, read like a PDF —
tables from the drawn rules, text line by line — and refused with a reason when hostile."""

from __future__ import annotations

import copy
import io
import random
import zipfile
from pathlib import Path

import pytest

from govcrawl.province.content import report_doc
from govcrawl.report import parse_report
from govcrawl.report.ofd import deltas, read_ofd
from govcrawl.report.parse import DOCX, OFD, sniff_media_type
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import random_report
from govcrawl.synth.ofd import NS, Converter, render_ofd, render_text_ofd
from tests.report.expected import flat_tables

DOC = report_doc(random.Random(7), "古堰县财政局", "古堰县人民政府", "v2021", 2023)


def test_ofd_is_recognised_by_its_root_file_whatever_it_is_served_as() -> None:
    data = render_text_ofd(DOC, random.Random(1))
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


# Each converter habit on and off at least once: prefixes, one path per page or per rule, rules as
# thin filled boxes, path coordinates under a CTM, objects wrapped in PageBlocks.
CONVERTERS = [
    Converter(prefixed=True, one_path_per_page=False, thin_boxes=False, ctm_points=False, page_blocks=False),
    Converter(prefixed=False, one_path_per_page=True, thin_boxes=False, ctm_points=True, page_blocks=True),
    Converter(prefixed=True, one_path_per_page=False, thin_boxes=True, ctm_points=False, page_blocks=True),
    Converter(prefixed=False, one_path_per_page=False, thin_boxes=False, ctm_points=True, page_blocks=False),
]


@pytest.mark.parametrize("version", ["v2019", "v2021"])
@pytest.mark.parametrize("converter", CONVERTERS, ids=lambda c: "-".join(k for k, v in vars(c).items() if v) or "plain")
def test_ruled_tables_read_exactly(converter: Converter, version: str) -> None:
    rng = random.Random(f"{converter}{version}")
    year = 2020 if version == "v2019" else 2023
    doc = random_report(rng, version, year)  # type: ignore[arg-type]
    data = render_ofd(doc, rng, converter)
    archive = zipfile.ZipFile(io.BytesIO(data))
    content = "".join(archive.read(n).decode() for n in archive.namelist() if n.endswith("Content.xml"))
    assert ("CTM=" in content) == converter.ctm_points and ("PageBlock" in content) == converter.page_blocks
    assert ('Fill="true"' in content) == converter.thin_boxes and ("ofd:Page" in content) == converter.prefixed

    record = parse_report(data, "application/octet-stream", url="http://x.test/f/a.ofd")
    assert record["source"]["media_type"] == OFD and record["flags"] == []
    assert (record["year"], record["template_version"]) == (year, version)
    assert record["title"] == doc.title
    assert flat_tables(record["tables"]) == flat_tables(copy.deepcopy(dict(doc.tables)))
    assert all(check["status"] == "pass" for check in record["checks"] if check["id"].startswith("t"))


def test_text_layer_ofd_is_read_from_its_lines() -> None:
    record = parse_report(render_text_ofd(DOC, random.Random(1)), None, url="http://x.test/a.ofd")
    assert record["flags"] == [] and record["agency"]["name"] == "古堰县财政局"
    assert flat_tables(record["tables"]) == flat_tables(dict(DOC.tables))


# ---------------------------------------------------------------------------------------------
# Hostile packages


def _package(members: dict[str, str | bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def _root(doc_root: str, title: str = "报告", doctype: str = "") -> str:
    return (f'<?xml version="1.0"?>{doctype}<ofd:OFD xmlns:ofd="{NS}"><ofd:DocBody><ofd:DocInfo><ofd:Title>'
            f"{title}</ofd:Title></ofd:DocInfo><ofd:DocRoot>{doc_root}</ofd:DocRoot></ofd:DocBody></ofd:OFD>")


def _document(pages: int) -> str:
    refs = "".join(f'<Page ID="{i}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(pages))
    return f'<Document xmlns="{NS}"><CommonData><PageArea><PhysicalBox>0 0 210 297</PhysicalBox></PageArea>' \
           f"</CommonData><Pages>{refs}</Pages></Document>"


def _page(objects: str) -> str:
    return f'<Page xmlns="{NS}"><Content><Layer ID="1">{objects}</Layer></Content></Page>'


def _line(y: int, text: str) -> str:
    return f'<TextObject ID="9" Boundary="20 {y} 170 6" Size="4"><TextCode X="0" Y="4">{text}</TextCode></TextObject>'


def test_entities_are_not_expanded_and_no_location_leaves_the_package(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("KEEP-OUT-4711", encoding="utf-8")
    doctype = f'<!DOCTYPE x [<!ENTITY secret SYSTEM "file://{secret}">]>'
    data = _package({"OFD.xml": _root("Doc_0/Document.xml", "&secret;报告", doctype),
                     "Doc_0/Document.xml": _document(1),
                     "Doc_0/Pages/Page_0/Content.xml": _page(_line(20, "某县2023年政府信息公开工作年度报告"))})
    title = read_ofd(data).title or ""
    assert title.endswith("报告") and "KEEP-OUT" not in title
    assert "KEEP-OUT" not in str(parse_report(data, OFD))

    escaping = _package({"OFD.xml": _root("../../../../etc/passwd")})
    record = parse_report(escaping, OFD)
    assert record["flags"] == ["unreadable_ofd"] and "missing from the package" in record["error"]


def test_a_member_that_inflates_past_its_budget_is_refused() -> None:
    data = _package({"OFD.xml": _root("Doc_0/Document.xml"), "Doc_0/Document.xml": _document(1),
                     "Doc_0/Pages/Page_0/Content.xml": b" " * (40 * 1024 * 1024)})
    assert len(data) < 200_000
    record = parse_report(data, OFD)
    assert record["flags"] == ["zip_bomb"]


def test_a_missing_or_overfull_page_is_flagged_and_the_other_pages_read() -> None:
    crowded = "".join(_line(20 + i % 200, "字") for i in range(20_001))
    data = _package({"OFD.xml": _root("Doc_0/Document.xml"), "Doc_0/Document.xml": _document(3),
                     "Doc_0/Pages/Page_0/Content.xml": _page(_line(20, "某县2023年政府信息公开工作年度报告")
                                                             + _line(30, "一、总体情况")),
                     "Doc_0/Pages/Page_1/Content.xml": _page(crowded)})
    record = parse_report(data, OFD)
    assert {"page_error", "table_limit"} <= set(record["flags"])
    assert record["title"] == "某县2023年政府信息公开工作年度报告" and record["year"] == 2023


def test_delta_repeats_expand_only_as_far_as_the_text_goes() -> None:
    assert deltas("g 3 4.2 1 g 2 3", 10) == [4.2, 4.2, 4.2, 1.0, 3.0, 3.0]
    assert deltas("g 1000000000 1", 5) == [1.0] * 5
    assert deltas("g x 1 2", 4) == [1.0, 2.0] and deltas(None, 3) == []
