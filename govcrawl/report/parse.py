"""``parse_report``: bytes in, record (docs/record.md) out.  Never raises for bad input."""

from __future__ import annotations

import hashlib
import logging
import re
from typing import Any

from govcrawl.report import template as tpl
from govcrawl.report.checks import confirm_tentative, derive, flag_ocr_cells, group_totals, run_checks
from govcrawl.report.document import Document, ReadError, cut_short
from govcrawl.report.gridshape import table3_in_template_shape
from govcrawl.report.image import sniff_image
from govcrawl.report.integrity import looks_legacy, spam_terms
from govcrawl.report.metadata import (
    agency_from_title,
    compiler_named,
    find_published,
    find_title,
    full_name,
    split_sections,
    title_year,
    written_out,
    year_in,
)
from govcrawl.report.narrative import narrative_checks
from govcrawl.report.normalize import json_number
from govcrawl.report.rows import RawRow, rows_from_grid, rows_from_text
from govcrawl.report.tables import Assigned, Segmented, assign, detect_version, section_of_heading, segment
from govcrawl.report.text import clean_lines

log = logging.getLogger(__name__)

PARSER_VERSION = "1.1.0"  # 1.1: flat tables.t4, derived cells (issue 13)
SCHEMA = "govcrawl.report/1"

HTML = "text/html"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOC = "application/msword"
TEXT = "text/plain"
OFD = "application/ofd"  # GB/T 33190 fixed-layout documents (a zip of XML)
MAX_INPUT_BYTES = 60 * 1024 * 1024
# An HTML page is parsed into one lxml tree (~10× its size) and read by trafilatura: a report page
# is well under a megabyte, and one of 20 MB is not a report (a 50 MB page took 177 s and 4.3 GB).
MAX_HTML_BYTES = 20 * 1024 * 1024
_SNIFF_BYTES = 64 * 1024
_HTML_TAG = re.compile(
    rb"<(p|div|table|tbody|tr|td|th|span|h[1-6]|br|section|article|font|strong|ul|li|style|meta|title|img|a)\b[^>]{0,400}>",
    re.IGNORECASE,
)


def sniff_media_type(data: bytes, declared: str | None = None, url: str | None = None) -> tuple[str, str | None]:
    """(media type, charset parameter).  Magic bytes beat a declared type: portals mislabel."""
    mtype, charset = None, None
    if declared:
        parts = [p.strip() for p in declared.split(";")]
        mtype = parts[0].lower() or None
        for p in parts[1:]:
            if p.lower().startswith("charset="):
                charset = p.split("=", 1)[1].strip()
    head = data[:1024]
    image = sniff_image(head)
    if image is not None:
        return image, None
    if head.startswith(b"%PDF") or b"%PDF-" in head[:64]:
        return PDF, None
    if head.startswith(b"PK\x03\x04"):
        ofd = b"OFD.xml" in head or mtype == OFD or (url or "").lower().split("?")[0].endswith(".ofd")
        return (OFD if ofd else DOCX), None
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return DOC, None
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in lowered or b"<body" in lowered:
        return HTML, charset
    if len(set(_HTML_TAG.findall(data[:_SNIFF_BYTES]))) >= 3:
        # An HTML fragment (a CMS's article body, saved without <html>/<body>): markup of three
        # kinds of element is not a plain-text report.
        return HTML, charset
    path = (url or "").lower().split("?")[0]
    if mtype in (HTML, "application/xhtml+xml") or path.endswith((".html", ".htm", ".shtml", ".jsp")):
        return HTML, charset
    if mtype in (PDF, DOCX, DOC):
        return mtype, charset
    return TEXT, charset


def read_document(data: bytes, media_type: str | None = None, url: str | None = None) -> Document:
    if len(data) > MAX_INPUT_BYTES:
        raise ReadError("too_large", f"input is {len(data)} bytes, over the {MAX_INPUT_BYTES}-byte limit")
    mtype, charset = sniff_media_type(data, media_type, url)
    if mtype.startswith("image/"):
        from govcrawl.report.ocr import read_image

        return read_image(data, mtype)
    if mtype == HTML:
        from govcrawl.report.html import read_html

        if len(data) > MAX_HTML_BYTES:
            raise ReadError("too_large", f"HTML page of {len(data)} bytes, over the {MAX_HTML_BYTES}-byte limit")

        return read_html(data, charset)
    if mtype == PDF:
        from govcrawl.report.pdf import read_pdf

        doc = read_pdf(data)
        if is_image_only(doc):
            from govcrawl.report.ocr import ocr_pdf

            return ocr_pdf(data, doc)
        return doc
    if mtype == DOCX:
        from govcrawl.report.docx import read_docx

        return read_docx(data)
    if mtype == OFD:
        from govcrawl.report.ofd import read_ofd

        return read_ofd(data)
    if mtype == DOC:
        from govcrawl.report.docx import read_docx

        return read_docx(data)  # raises ReadError("unsupported_doc") with a clear message
    from govcrawl.report.text import read_text

    return read_text(data, charset)


def is_image_only(doc: Document) -> bool:
    """A scanned PDF: pictures and (next to) no text layer."""
    return doc.image_count > 0 and not doc.tables and len("".join(doc.text.split())) < 40


def _text_table_rows(lines: list[str]) -> list[RawRow]:
    """Rows of the tables in a text source: only between the 二 heading and the 五 heading when
    the headings are there (narrative elsewhere must not be read as table rows)."""
    start, end = 0, len(lines)
    for i, line in enumerate(lines):
        key = section_of_heading(line)
        if key == "proactive_disclosure" and start == 0:
            start = i
        elif key in ("problems_improvements", "other_matters") and i > start and end == len(lines):
            end = i
    return list(rows_from_text(lines[start:end]))


def _segment(doc: Document, lines: list[str]) -> Segmented:
    grid_rows = [row for grid in table3_in_template_shape(doc.tables) for row in rows_from_grid(grid)]
    seg = segment(grid_rows, ocr="ocr" in doc.flags) if grid_rows else Segmented()
    wanted = {"t2", "t3", "t4"}
    if not grid_rows or not wanted <= {r.table for r in seg.rows}:
        text_seg = segment(_text_table_rows(lines), ocr="ocr" in doc.flags)
        have = {r.table for r in seg.rows}
        for row in text_seg.rows:
            if row.table not in have:
                seg.rows.append(row)
        for key, count in text_seg.signals.items():
            if key[0] not in have:
                seg.signals[key] += count
        seg.group_rows += [g for g in text_seg.group_rows if "t3" not in have]
        seg.header_units.update(text_seg.header_units)
        seg.tables_seen |= text_seg.tables_seen
    return seg


def _tables_json(version: tpl.TemplateVersion, assigned: Assigned) -> dict[str, Any]:
    cells = assigned.cells
    t2: dict[str, Any] = {}
    for block in tpl.T2[version]:
        t2[block.key] = {
            row: {col: json_number(cells[("t2", block.key, row, col)].value) for col in block.cols}
            for row in block.rows
        }
    t3 = {row: {col: json_number(cells[("t3", "", row, col)].value) for col in tpl.T3_COLS}
          for row in tpl.T3_ROWS[version]}
    # docs/record.md: tables.t4 maps the fifteen column keys directly (no row level); the one row's
    # key (tpl.T4_ROW) lives on only in ``cells``, where every entry names a row.
    t4 = {col: json_number(cells[("t4", "", tpl.T4_ROW, col)].value) for col in tpl.T4_COLS}
    return {"t2": t2, "t3": t3, "t4": t4, "t3_derived": group_totals(version, assigned)}


def _cells_json(assigned: Assigned) -> list[dict[str, Any]]:
    out = []
    for (table, block, row, col), cell in assigned.cells.items():
        entry: dict[str, Any] = {"table": table, "row": row, "col": col, "value": json_number(cell.value),
                                 "raw": cell.raw, "flags": list(cell.flags)}
        if block:
            entry["block"] = block
        if cell.unit:
            entry["unit"] = cell.unit
        out.append(entry)
    return out


def empty_record(flags: list[str]) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "agency": {"id": None, "name": None, "region": None, "region_code": None},
        "year": None,
        "title": None,
        "published_date": None,
        "template_version": None,
        "source": {"url": None, "fetched_at": None, "media_type": None, "sha256": None, "attachments": []},
        "version": {"parser_version": PARSER_VERSION},
        "sections": {key: "" for key in tpl.SECTIONS},
        "tables": {"t2": {}, "t3": {}, "t4": {}},
        "cells": [],
        "checks": [],
        "flags": flags,
    }


def _names_a_report(title: str | None) -> bool:
    return title is not None and any(w in title for w in ("年度报告", "年报"))


def build_record(doc: Document) -> dict[str, Any]:
    lines = clean_lines(doc.text)
    record = empty_record(list(doc.flags))
    title = find_title(doc.title, lines)
    year = title_year(title) if title else None
    if year is None:
        year = next((y for line in lines[:40] if "统计" in line and (y := year_in(line))), None)
    record["title"] = title
    record["year"] = year
    # A title's short name (县卫健局…) as the report's opening writes it out (珩溪县卫生健康局编制了本报告).
    record["agency"]["name"] = written_out(agency_from_title(title), compiler_named(lines))
    record["published_date"] = find_published(doc.published, lines, year)
    record["sections"] = split_sections(lines, narrative_only_in_tables=not doc.tables)

    flags: list[str] = record["flags"]
    spam = spam_terms([doc.text, *doc.extra_text, title or ""])
    if spam:
        flags.append("spam_injection")
        record["integrity"] = {"spam_terms": spam}

    seg = _segment(doc, lines)
    version, version_flags = detect_version(seg, year)
    flags += version_flags
    if version is None:
        if looks_legacy(lines, year):
            flags.append("legacy_template")
        elif doc.image_count and (not doc.tables or "ocr" in flags):
            flags.append("image_only")  # pictures, and OCR read no report tables from them
        elif not any(section_of_heading(line) for line in lines) and not _names_a_report(title):
            flags.append("not_a_report")
        else:
            flags.append("tables_missing")
        if "not_a_report" not in flags:
            record["checks"] = narrative_checks(record, lines)
        return record
    if year is not None and year <= 2018:
        flags.append("legacy_template")
    assigned = assign(seg, version)
    confirm_tentative(version, assigned)
    record["checks"] = run_checks(version, assigned.cells)
    if "ocr" in doc.flags:
        flag_ocr_cells(version, assigned.cells)
    derive(version, assigned)
    record["template_version"] = version
    record["tables"] = _tables_json(version, assigned)
    record["checks"] += narrative_checks(record, lines)
    record["cells"] = _cells_json(assigned)
    if assigned.unassigned:
        record["unassigned_rows"] = assigned.unassigned
    missing_tables = [t for t in ("t2", "t3", "t4") if t not in {r.table for r in seg.rows}]
    if missing_tables:
        flags.append("partial")
        record["missing_tables"] = missing_tables
        if doc.image_count:
            flags.append("image_tables")
    return record


def parse_report(
    data: bytes,
    media_type: str | None = None,
    *,
    url: str | None = None,
    fetched_at: str | None = None,
    agency: dict[str, Any] | None = None,
    attachments: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Parse one report.  Bad input gives a record whose ``flags`` say why; it never raises."""
    try:
        doc = read_document(data, media_type, url)
        record = build_record(doc)
        detected: str | None = doc.media_type
    except ReadError as exc:
        # A file that cannot be opened because it was cut short says so (its crawl states it).
        record = empty_record([exc.reason, *(["truncated"] if cut_short(data) and exc.reason != "truncated" else [])])
        record["error"] = str(exc)
        detected = None
    except RecursionError:
        record = empty_record(["too_deeply_nested"])
        detected = None
    except MemoryError:  # the parse worker's address-space limit (govcrawl.parsepool)
        record = empty_record(["parser_resource_limit"])
        record["error"] = "the parse needed more memory than its limit"
        detected = None
    except Exception as exc:  # a parser bug must not lose the report: it is stored flagged
        log.exception("parser error on %s", url or "<input>")
        record = empty_record(["parser_error"])
        record["error"] = f"{type(exc).__name__}: {exc}"
        detected = None
    return with_source(record, data, media_type, detected=detected, url=url, fetched_at=fetched_at, agency=agency,
                       attachments=attachments)


def unparsed_record(flag: str, error: str, data: bytes, media_type: str | None = None, *, url: str | None = None,
                    fetched_at: str | None = None, agency: dict[str, Any] | None = None,
                    attachments: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The record of bytes that were not parsed (the parse was stopped by a limit, or the body is
    incomplete): no values, ``flag`` and ``error`` say why."""
    record = empty_record([flag])
    record["error"] = error
    return with_source(record, data, media_type, url=url, fetched_at=fetched_at, agency=agency,
                       attachments=attachments)


def with_source(record: dict[str, Any], data: bytes, media_type: str | None, *, detected: str | None = None,
                url: str | None = None, fetched_at: str | None = None, agency: dict[str, Any] | None = None,
                attachments: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """``record`` with the agency the caller knows and its ``source`` (``detected``: the media
    type the reader found; else sniffed)."""
    if agency:
        merged = dict(record["agency"])
        merged.update({k: v for k, v in agency.items() if v is not None})
        # A list that named the agency short (澧阳市人社局) and a document that writes it out
        # (澧阳市人力资源和社会保障局…年度报告): the written-out name, and the id that goes with it.
        given, agency_id = merged.get("name"), merged.get("id")
        if isinstance(given, str) and isinstance(agency_id, str) and agency_id.endswith(f"/{given}"):
            written = full_name(given, record["agency"].get("name"))
            merged["name"], merged["id"] = written, agency_id[: -len(given)] + written
        record["agency"] = merged
    record["source"] = {
        "url": url,
        "fetched_at": fetched_at,
        "media_type": detected or sniff_media_type(data, media_type, url)[0],
        "sha256": hashlib.sha256(data).hexdigest(),
        "attachments": list(attachments or []),
    }
    return record
