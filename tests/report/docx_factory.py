"""Small DOCX / zip builders for the reader tests (python-docx and zipfile only)."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.document import Document as WordDocument


def to_bytes(word: WordDocument) -> bytes:
    buf = io.BytesIO()
    word.save(buf)
    return buf.getvalue()


def merged_table_docx() -> bytes:
    """A report-like DOCX: heading, paragraph, then a 4×4 table with merges, then a paragraph.

    Table layout (A..D = grid columns)::

        row 0: "三、收到和处理" spans A-B | "申请人情况" spans C-D
        row 1: "自然人" (vMerge restart, rows 1-2) | "x1" | "x2" | "x3"
        row 2: (covered)                           | "y1" | "y2" spans C-D
        row 3: "总计" | "7" | "8" | "9"
    """
    word = docx.Document()
    word.core_properties.title = "某某局2023年政府信息公开工作年度报告"
    word.add_paragraph("一、总体情况")
    word.add_paragraph("本年度共收到申请21件。")
    table = word.add_table(rows=4, cols=4)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "三、收到和处理"
    table.cell(0, 2).merge(table.cell(0, 3)).text = "申请人情况"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "自然人"
    for col, text in ((1, "x1"), (2, "x2"), (3, "x3")):
        table.cell(1, col).text = text
    table.cell(2, 1).text = "y1"
    table.cell(2, 2).merge(table.cell(2, 3)).text = "y2"
    for col, text in enumerate(("总计", "7", "8", "9")):
        table.cell(3, col).text = text
    word.add_paragraph("四、政府信息公开行政复议、行政诉讼情况")
    return to_bytes(word)


def nested_table_docx() -> bytes:
    """A 2×2 table whose cell (1, 1) holds a 2×2 nested table."""
    word = docx.Document()
    word.add_paragraph("前言")
    outer = word.add_table(rows=2, cols=2)
    outer.cell(0, 0).text = "外A"
    outer.cell(0, 1).text = "外B"
    outer.cell(1, 0).text = "外C"
    inner_cell = outer.cell(1, 1)
    inner_cell.text = "内表如下"
    inner = inner_cell.add_table(rows=2, cols=2)
    for r in range(2):
        for c in range(2):
            inner.cell(r, c).text = f"内{r}{c}"
    word.add_paragraph("结尾")
    return to_bytes(word)


def wrapped_report_docx() -> bytes:
    """The whole report inside a one-cell layout table (a page frame), with a real table inside."""
    word = docx.Document()
    frame = word.add_table(rows=1, cols=1)
    cell = frame.cell(0, 0)
    cell.text = "二、主动公开政府信息情况"
    data = cell.add_table(rows=2, cols=2)
    data.cell(0, 0).text = "规章"
    data.cell(0, 1).text = "0"
    data.cell(1, 0).text = "行政规范性文件"
    data.cell(1, 1).text = "3"
    cell.add_paragraph("三、收到和处理政府信息公开申请情况")
    return to_bytes(word)


def zip_bomb_docx(zeros: int = 500 * 1024 * 1024) -> bytes:
    """A zip named like a DOCX: a valid tiny word/document.xml plus ``zeros`` bytes of zeros
    deflated into one member (≈0.5 MB of compressed data for 500 MB)."""
    real = merged_table_docx()
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(real)) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        info = zipfile.ZipInfo("word/media/zeros.bin")
        info.compress_type = zipfile.ZIP_DEFLATED
        with dst.open(info, "w", force_zip64=True) as member:
            chunk = bytes(1024 * 1024)
            written = 0
            while written < zeros:
                n = min(len(chunk), zeros - written)
                member.write(chunk[:n])
                written += n
    return buf.getvalue()


OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
