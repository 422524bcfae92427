"""PDF and DOCX readers: corpus PDFs against fixtures/corpus/*.expected.json, hostile inputs."""

from __future__ import annotations

import io
import json
import re
import tracemalloc
import zipfile
import zlib
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govcrawl.hostile.inputs import pdf_from_objects, pdf_stream
from govcrawl.report import docx as docx_reader
from govcrawl.report import limits
from govcrawl.report.document import Document, Grid, ReadError
from govcrawl.report.docx import read_docx
from govcrawl.report.pdf import _decode_pdf_string, _pdf_date, is_page_number, read_pdf
from govcrawl.report.template import T3_COLS, T3_ROWS, T4_COLS, all_cell_keys

try:  # tests/report may or may not be a package
    from . import docx_factory
except ImportError:
    import docx_factory  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"
CORPUS = SHARED / "corpus" / "zxj6827111-blip__KIROGOVCOMPARE"
EXPECTED_DIR = ROOT / "fixtures" / "corpus"
REPORTS = ("hzq2023", "hzq2024")

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not available")

SECTION_HEADINGS = (
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
)

# Row label (as printed, whitespace removed) → t3 key.  Independent of the table mapper on purpose.
T3_LABELS = {
    "一、本年新收政府信息公开申请数量": "new_received",
    "二、上年结转政府信息公开申请数量": "carried_over_from_prev",
    "（一）予以公开": "granted",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "partially_granted",
    "1.属于国家秘密": "withheld_state_secret",
    "2.其他法律行政止公开": "withheld_prohibited_by_law",
    "3.危及“三安全一稳定”": "withheld_three_security_one_stability",
    "4.保护第三方合法权益": "withheld_third_party_rights",
    "5.属于三类内部事务信息": "withheld_internal_affairs",
    "6.属于四类过程性信息": "withheld_process_info",
    "7.属于行政执法案卷": "withheld_enforcement_case_file",
    "8.属于行政查询事项": "withheld_admin_inquiry",
    "1.本机关不掌握相关政府信息": "unavailable_not_held",
    "2.没有现成信息需要另行制作": "unavailable_needs_creation",
    "3.补正后申请内容仍不明确": "unavailable_unclear_after_correction",
    "1.信访举报投诉类申请": "not_processed_petition_complaint",
    "2.重复申请": "not_processed_duplicate",
    "3.要求提供公开出版物": "not_processed_publication",
    "4.无正当理由大量反复申请": "not_processed_excessive_repeat",
    "5.要求行政机关确认或重新出具已获取信息": "not_processed_confirm_reissue",
    "（六）其他处理": "other_handling_total",
    "（七）总计": "results_total",
    "四、结转下年度继续办理": "carried_forward_to_next",
}
T2_LABELS = {
    "规章": ("art20_1", "regulations"),
    "行政规范性文件": ("art20_1", "normative_documents"),
    "行政许可": ("art20_5", "administrative_licensing"),
    "行政处罚": ("art20_6", "administrative_penalty"),
    "行政强制": ("art20_6", "administrative_coercion"),
    "行政事业性收费": ("art20_8", "administrative_fees"),
}
GRID_SHAPES = {
    "hzq2023": [(8, 4), (6, 2), (17, 10), (9, 10), (4, 15)],
    "hzq2024": [(7, 4), (7, 2), (16, 10), (10, 10), (4, 15)],
}
_NUM = re.compile(r"^\d+(?:\.\d+)?$")


def _pdf_bytes(name: str) -> bytes:
    return (CORPUS / f"{name}_working.pdf").read_bytes()


def _expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXPECTED_DIR / f"{name}.expected.json").read_text("utf-8"))
    return data


_read_cache: dict[str, Document] = {}


def _read(name: str) -> Document:
    if name not in _read_cache:
        _read_cache[name] = read_pdf(_pdf_bytes(name))
    return _read_cache[name]


def _squash(cell: str | None) -> str:
    return re.sub(r"\s+", "", cell or "")


def _num(text: str) -> int | float:
    return float(text) if "." in text else int(text)


def _labelled_rows(grids: list[Grid]) -> list[tuple[str, list[str]]]:
    """(last label cell, trailing numeric cells) of every grid row that ends in numbers."""
    out: list[tuple[str, list[str]]] = []
    for grid in grids:
        for row in grid:
            cells = [_squash(c) for c in row if c is not None]
            nums: list[str] = []
            while cells and _NUM.match(cells[-1]):
                nums.insert(0, cells.pop())
            labels = [c for c in cells if c]
            if nums and labels:
                out.append((labels[-1], nums))
    return out


# ---------------------------------------------------------------------------------------------
# Expected JSON is complete and self-consistent


@pytest.mark.parametrize("name", REPORTS)
def test_expected_json_has_every_v2021_key(name: str) -> None:
    exp = _expected(name)
    assert exp["template_version"] == "v2021"
    tables = exp["tables"]
    for table, block, row, col in all_cell_keys("v2021"):
        if table == "t2":
            value = tables["t2"][block][row][col]
        elif table == "t3":
            value = tables["t3"][row][col]
        else:
            value = tables["t4"][col]
        key = f"{table}.{row}.{col}"
        assert (value is None) == (key in exp["null_cells"]), key
    assert list(tables["t3"]) == list(T3_ROWS["v2021"])
    assert list(tables["t4"]) == list(T4_COLS)


@pytest.mark.parametrize("name", REPORTS)
def test_expected_failing_checks_match_the_values(name: str) -> None:
    exp = _expected(name)
    t3, t4 = exp["tables"]["t3"], exp["tables"]["t4"]
    failing: list[str] = []
    other = exp["printed_extra"]["t3.other_handling_total"]
    for col in T3_COLS:
        if t3["new_received"][col] + t3["carried_over_from_prev"][col] != (
            t3["results_total"][col] + t3["carried_forward_to_next"][col]
        ):
            failing.append(f"H1:{col}")
        parts = [r for r in T3_ROWS["v2021"] if t3[r][col] is not None]
        parts = [r for r in parts if r not in ("new_received", "carried_over_from_prev", "results_total")]
        parts = [r for r in parts if r != "carried_forward_to_next"]
        if sum(t3[r][col] for r in parts) + other[col] != t3["results_total"][col]:
            failing.append(f"H2:{col}")
    for row, cells in t3.items():
        if cells["total"] is not None and cells["total"] != sum(cells[c] for c in T3_COLS[:-1]):
            failing.append(f"H3:{row}")
    for group in ("review", "lit_direct", "lit_after_review"):
        parts4 = sum(t4[f"{group}_{k}"] for k in ("upheld", "corrected", "other", "pending"))
        if parts4 != t4[f"{group}_total"]:
            failing.append(f"H4:{group}")
    assert failing == exp["failing_checks"]


def test_2023_table_four_contradicts_itself() -> None:
    t4 = _expected("hzq2023")["tables"]["t4"]
    assert (t4["review_upheld"], t4["review_corrected"], t4["review_total"]) == (10, 1, 0)
    assert (t4["lit_after_review_upheld"], t4["lit_after_review_total"]) == (5, 0)


# ---------------------------------------------------------------------------------------------
# read_pdf on the corpus


@needs_corpus
@pytest.mark.parametrize("name", REPORTS)
def test_pdf_grids_have_the_expected_shapes(name: str) -> None:
    doc = _read(name)
    assert doc.media_type == "application/pdf"
    assert doc.flags == []
    assert doc.image_count == 0
    shapes = [(len(g), len(g[0])) for g in doc.tables]
    assert shapes == GRID_SHAPES[name]
    assert all(len(row) == len(g[0]) for g in doc.tables for row in g)


@needs_corpus
@pytest.mark.parametrize("name", REPORTS)
def test_pdf_table_three_rows_match_expected(name: str) -> None:
    exp = _expected(name)["tables"]["t3"]
    extra = _expected(name)["printed_extra"]
    found: dict[str, list[int | float]] = {}
    for label, nums in _labelled_rows(_read(name).tables):
        key = T3_LABELS.get(label)
        if key is not None:
            assert key not in found, f"{label} twice"
            found[key] = [_num(n) for n in nums]
    for key, cells in exp.items():
        if all(v is None for v in cells.values()):
            assert key not in found
            continue
        assert found[key] == [cells[c] for c in T3_COLS], key
    assert found["other_handling_total"] == [extra["t3.other_handling_total"][c] for c in T3_COLS]
    # 一、本年新收… is a row of its own: label, two covered label columns, 7 numbers.
    row = next(r for g in _read(name).tables for r in g if (r[0] or "").startswith("一、本年新收"))
    assert row[1:3] == [None, None]
    assert [_num(c or "") for c in row[3:]] == [exp["new_received"][c] for c in T3_COLS]


@needs_corpus
@pytest.mark.parametrize("name", REPORTS)
def test_pdf_table_two_and_four_match_expected(name: str) -> None:
    exp = _expected(name)["tables"]
    doc = _read(name)
    seen = set()
    for label, nums in _labelled_rows(doc.tables):
        if label in T2_LABELS:
            block, row = T2_LABELS[label]
            values = list(exp["t2"][block][row].values())
            assert [Decimal(n) for n in nums] == [Decimal(str(v)) for v in values], label
            seen.add(label)
    assert seen == set(T2_LABELS)
    t4_grid = next(g for g in doc.tables if _squash(g[0][0]) == "行政复议")
    assert "行政诉讼" in [_squash(c) for c in t4_grid[0]]
    assert [int(c or "") for c in t4_grid[-1]] == list(exp["t4"].values())
    # Header cells keep their internal line breaks; covered cells are None.
    assert t4_grid[1][:2] == ["结果\n维持", "结果\n纠正"]
    assert t4_grid[2][:5] == [None] * 5


@needs_corpus
@pytest.mark.parametrize("name", REPORTS)
def test_pdf_text_and_metadata(name: str) -> None:
    doc = _read(name)
    lines = doc.text.split("\n")
    for heading in SECTION_HEADINGS:
        assert heading in lines, heading
    # Section order; table 三's 四、结转下年度继续办理 comes right before the real section 四.
    positions = [lines.index(h) for h in SECTION_HEADINGS]
    assert positions == sorted(positions)
    assert lines[positions[3] - 8] == "四、结转下年度继续办理"
    assert not any(re.fullmatch(r"-\s*\d+\s*-", line) for line in lines)
    assert "2023 年政府信息公开工作年度报告" in lines or "2024 年政府信息公开工作年度报告" in lines
    year = 2023 if name == "hzq2023" else 2024
    assert doc.published == _expected(name)["pdf_creation_date"]
    assert doc.title is not None and "政府信息公开工作年度报告" in doc.title
    if year == 2023:
        assert doc.title == "洪泽区人民政府2023年政府信息公开工作年度报告"
    # A table cell's wrapped lines are joined in the text.
    assert "（二）部分公开（区分处理的，只计这一情 形，不计其他情形）" in lines


# ---------------------------------------------------------------------------------------------
# read_pdf on broken and hostile input


@needs_corpus
@pytest.mark.parametrize("name", REPORTS)
@pytest.mark.parametrize("fraction", [0.02, 0.1, 0.5, 0.9, 0.999])
def test_truncated_pdf_is_read_error_or_flagged(name: str, fraction: float) -> None:
    data = _pdf_bytes(name)
    try:
        doc = read_pdf(data[: int(len(data) * fraction)])
    except ReadError as exc:
        assert exc.reason == "unreadable_pdf"
    else:
        assert "truncated" in doc.flags


@needs_corpus
def test_first_half_of_a_pdf_keeps_the_first_page() -> None:
    data = _pdf_bytes("hzq2024")
    doc = read_pdf(data[: len(data) // 2])
    assert "truncated" in doc.flags
    # Text in fonts that survived the cut is kept (the heading font of 一、总体情况 did not).
    assert doc.text.split("\n")[0] == "淮安市洪泽区人民政府"
    assert "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和" in doc.text.split("\n")


def test_random_bytes_are_unreadable_pdf() -> None:
    with pytest.raises(ReadError) as info:
        read_pdf(bytes(range(256)) * 10)
    assert info.value.reason == "unreadable_pdf"
    with pytest.raises(ReadError):
        read_pdf(b"")
    with pytest.raises(ReadError):
        read_pdf(b"%PDF-1.7\n%%EOF\n")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096), st.booleans())
def test_any_bytes_give_document_or_read_error(data: bytes, pdf_header: bool) -> None:
    if pdf_header:
        data = b"%PDF-1.4\n" + data
    for reader in (read_pdf, read_docx):
        try:
            doc = reader(data)
        except ReadError:
            continue
        assert isinstance(doc, Document)


@needs_corpus
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_corpus_pdf_gives_document_or_read_error(data: st.DataObject) -> None:
    raw = bytearray(_pdf_bytes("hzq2024"))
    for _ in range(data.draw(st.integers(1, 20))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    try:
        doc = read_pdf(bytes(raw))
    except ReadError:
        return
    assert isinstance(doc, Document)


def _page_pdf(content: bytes, content_dict: bytes = b"", resources: bytes = b"<< >>") -> bytes:
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources "
            + resources
            + b" >>",
            pdf_stream(content_dict, content),
            pdf_stream(
                b"/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8",
                b"\x00\xff\xff\x00",
            ),
        ]
    )


def test_image_only_pdf_has_images_and_no_text() -> None:
    pdf = _page_pdf(b"q 400 0 0 600 100 100 cm /Im1 Do Q", resources=b"<< /XObject << /Im1 5 0 R >> >>")
    doc = read_pdf(pdf)
    assert doc.image_count == 1
    assert doc.text == ""
    assert doc.tables == []


def test_pdf_flate_bomb_is_refused_quickly() -> None:
    deflater = zlib.compressobj(9)
    chunk = bytes(1 << 20)
    size = limits.MAX_PDF_INFLATED_BYTES // (1 << 20) + 16
    payload = b"".join(deflater.compress(chunk) for _ in range(size)) + deflater.flush()
    pdf = _page_pdf(payload, content_dict=b"/Filter /FlateDecode")
    tracemalloc.start()
    try:
        with pytest.raises(ReadError) as info:
            read_pdf(pdf)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert info.value.reason == "decompression_bomb"
    assert peak < 64 * 1024 * 1024  # streamed, not inflated in memory (no wall-clock window: issue 14)


def test_page_number_lines() -> None:
    height = 842.0
    for text in ("- 4 -", "— 1 —", "－12－", "第 1 页 共 5 页", "第3页/共9页", "2 / 7"):
        assert is_page_number(text, 400, 410, height), text
    # A bare number counts only in the top or bottom margin.
    assert is_page_number("4", 800, 810, height)
    assert not is_page_number("4", 400, 410, height)
    assert not is_page_number("一、总体情况", 800, 810, height)
    assert not is_page_number("2023 年", 800, 810, height)


def test_pdf_info_strings_and_dates() -> None:
    title = "洪泽区人民政府2023年政府信息公开工作年度报告"
    assert _decode_pdf_string(b"\xff\xfe" + title.encode("utf-16-le")) == title
    assert _decode_pdf_string(b"\xfe\xff" + title.encode("utf-16-be")) == title
    assert _decode_pdf_string(title.encode("utf-8")) == title
    assert _pdf_date("D:20240226144123+06'41'") == "2024-02-26"
    assert _pdf_date("D:00000101") is None
    assert _pdf_date("garbage") is None


# ---------------------------------------------------------------------------------------------
# read_docx


def test_docx_merged_cells_expand_to_none() -> None:
    doc = read_docx(docx_factory.merged_table_docx())
    assert doc.media_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert doc.tables == [
        [
            ["三、收到和处理", None, "申请人情况", None],
            ["自然人", "x1", "x2", "x3"],
            [None, "y1", "y2", None],
            ["总计", "7", "8", "9"],
        ]
    ]
    lines = doc.text.split("\n")
    assert lines[:3] == ["一、总体情况", "本年度共收到申请21件。", "三、收到和处理"]
    assert lines[-1] == "四、政府信息公开行政复议、行政诉讼情况"
    assert doc.title == "某某局2023年政府信息公开工作年度报告"
    assert doc.flags == []


def test_docx_nested_table_is_flattened_and_emitted() -> None:
    doc = read_docx(docx_factory.nested_table_docx())
    outer, inner = doc.tables
    assert outer[0] == ["外A", "外B"]
    assert outer[1][1] == "内表如下\n内00\n内01\n内10\n内11"
    assert inner == [["内00", "内01"], ["内10", "内11"]]
    assert doc.text.split("\n") == [
        "前言",
        "外A",
        "外B",
        "外C",
        "内表如下",
        "内00",
        "内01",
        "内10",
        "内11",
        "结尾",
    ]


def test_docx_layout_frame_is_unwrapped() -> None:
    doc = read_docx(docx_factory.wrapped_report_docx())
    assert doc.tables == [[["规章", "0"], ["行政规范性文件", "3"]]]
    lines = doc.text.split("\n")
    assert lines[0] == "二、主动公开政府信息情况"
    assert lines[-1] == "三、收到和处理政府信息公开申请情况"


def test_docx_huge_grid_span_is_capped() -> None:
    word = docx.Document()
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "a"
    tc_pr = table.cell(0, 0)._tc.get_or_add_tcPr()
    span = tc_pr.makeelement(docx_reader._w("gridSpan"), {docx_reader._VAL: "1000000"})
    tc_pr.append(span)
    doc = read_docx(docx_factory.to_bytes(word))
    assert len(doc.tables[0][0]) <= limits.MAX_GRID_COLS
    assert doc.tables[0][0][:2] == ["a", None]


def test_docx_zip_bomb_is_refused_fast_and_small() -> None:
    bomb = docx_factory.zip_bomb_docx()  # 500 MB of zeros in ≈0.5 MB
    assert len(bomb) < 5 * 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(ReadError) as info:
            read_docx(bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert info.value.reason == "zip_bomb"
    assert peak < 16 * 1024 * 1024  # refused before anything was inflated (no wall-clock window: issue 14)


def test_docx_high_ratio_member_is_refused() -> None:
    bomb = docx_factory.zip_bomb_docx(zeros=20 * 1024 * 1024)  # under the total, far over the ratio
    with pytest.raises(ReadError) as info:
        read_docx(bomb)
    assert info.value.reason == "zip_bomb"
    assert "inflates" in str(info.value)


def test_ole_doc_is_unsupported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader.shutil, "which", lambda name: None)
    with pytest.raises(ReadError) as info:
        read_docx(docx_factory.OLE_HEADER)
    assert info.value.reason == "unsupported_doc"
    assert ".doc" in str(info.value)
    with pytest.raises(ReadError) as info:
        read_docx(b"{\\rtf1\\ansi hello}")
    assert info.value.reason == "unsupported_doc"


def test_ole_doc_text_via_external_tool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "_external_doc_text", lambda data: "一、总体情况\n\n正文\n")
    doc = read_docx(docx_factory.OLE_HEADER)
    assert doc.media_type == "application/msword"
    assert doc.text == "一、总体情况\n正文"
    assert doc.tables == []
    assert "legacy_doc_text_only" in doc.flags


def test_not_a_docx() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    for data in (buf.getvalue(), b"hello", b"PK\x03\x04broken", b""):
        with pytest.raises(ReadError) as info:
            read_docx(data)
        assert info.value.reason == "unreadable_docx"


def test_truncated_docx_is_read_error() -> None:
    data = docx_factory.merged_table_docx()
    for cut in (len(data) // 4, len(data) // 2, len(data) - 30):
        with pytest.raises(ReadError):
            read_docx(data[:cut])


def test_oversized_input_is_too_large() -> None:
    big = b"%PDF-1.4\n" + bytes(limits.MAX_INPUT_BYTES)
    with pytest.raises(ReadError) as info:
        read_pdf(big)
    assert info.value.reason == "too_large"
