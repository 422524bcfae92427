"""Records in the shape of docs/record.md, built directly (no parser) for the store tests."""

from __future__ import annotations

import copy
from typing import Any

from govcrawl.report.template import SECTIONS, T2, T3_COLS, T3_ROWS, T4_COLS
from govcrawl.store.normalize import content_hash

AGENCY = {"id": "hn-test-wlgt", "name": "测试市文化旅游局", "region": "湖南省测试市", "region_code": "430300"}


def make_record(
    *,
    agency: dict[str, Any] | None = None,
    year: int = 2021,
    licensing: int | None = 565,
    overview: str = "2021年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。",
    parser_version: str = "test-1",
    flags: list[str] | None = None,
    check_fail: bool = False,
    url: str = "http://www.example.gov.cn/art/2022/1/24/art_1.html",
    fetched_at: str = "2026-01-02T03:04:05Z",
    extra_sections: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A complete v2021 record; every table key present, a few values set."""
    agency = dict(agency or AGENCY)
    t2: dict[str, Any] = {b.key: {r: {c: 0 for c in b.cols} for r in b.rows} for b in T2["v2021"]}
    t2["art20_5"]["administrative_licensing"]["decision_count"] = licensing
    t3 = {r: {c: 0 for c in T3_COLS} for r in T3_ROWS["v2021"]}
    t3["new_received"].update(natural_person=1, total=1)
    t4 = {c: 0 for c in T4_COLS}
    cells = []
    for block, rows in t2.items():
        for row, cols in rows.items():
            for col, value in cols.items():
                cells.append(
                    {
                        "table": "t2",
                        "block": block,
                        "row": row,
                        "col": col,
                        "value": value,
                        "raw": "" if value is None else str(value),
                        "flags": [] if value is not None else ["blank"],
                    }
                )
    for row, cols in t3.items():
        for col, value in cols.items():
            cells.append({"table": "t3", "row": row, "col": col, "value": value, "raw": str(value), "flags": []})
    for col, value in t4.items():
        cells.append({"table": "t4", "row": "cases", "col": col, "value": value, "raw": str(value), "flags": []})
    sections = {s: f"{s} 的正文。" for s in SECTIONS}
    sections["overview"] = overview
    sections.update(extra_sections or {})
    return {
        "schema": "govcrawl.report/1",
        "agency": agency,
        "year": year,
        "title": f"{agency['name']} {year}年政府信息公开工作年度报告",
        "published_date": f"{year + 1}-01-24",
        "template_version": "v2021",
        "source": {
            "url": url,
            "fetched_at": fetched_at,
            "media_type": "text/html",
            "sha256": "0" * 64,
            "attachments": [],
        },
        "version": {"parser_version": parser_version},
        "sections": sections,
        "tables": {"t2": t2, "t3": t3, "t4": t4},
        "cells": cells,
        "checks": [
            {"id": "H1", "scope": "total", "status": "fail" if check_fail else "pass", "lhs": 1, "rhs": 1},
            {"id": "H4", "scope": "review", "status": "not_assessable", "lhs": None, "rhs": None},
        ],
        "flags": list(flags or []),
    }


def html_body(record: dict[str, Any], chrome: str = "") -> bytes:
    """A stand-in raw body: different content or chrome → different bytes (and sha256)."""
    return (
        f"<html><body><div class=chrome>{chrome}</div><h1>{record['title']}</h1>"
        f"<p>{record['sections']['overview']}</p><!-- {content_hash(record)} --></body></html>"
    ).encode()


def variant(record: dict[str, Any], **changes: Any) -> dict[str, Any]:
    out = copy.deepcopy(record)
    out.update(changes)
    return out
