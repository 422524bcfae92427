"""The record of docs/record.md as a JSON Schema, and a checker for records.

``record_schema()`` builds the schema from the template's key lists (``template.py``, itself
copied from report-format.md §12), so the two cannot drift; ``record.schema.json`` beside this
module is the same schema written out for downstream parsers (a test keeps it in sync; rewrite
it with ``python -m govcrawl.report.schema > govcrawl/report/record.schema.json``).

What the schema fixes, per ``template_version``:

- ``tables.t2/t3/t4`` carry exactly the keys of that version — every one present, no other;
  ``tables.t4`` is flat (fifteen column keys, no row level);
- value types: counts are non-negative integers, ``item_count_change`` a signed integer, fees and
  procurement amounts non-negative numbers; any of them ``null``;
- ``cells`` entries name table/row/col and carry ``value``, ``raw`` and ``flags``; a null value
  carries at least one reason flag; ``checks`` entries have ``id``, ``scope`` and a ``status`` of
  pass / fail / not_assessable;
- a record without a template (not parsed) has empty tables and at least one flag saying why.

``check_record`` adds what JSON Schema cannot say: every value in ``tables`` has its ``cells``
entry with the same value; every identity of report-format.md §8 appears in ``checks``; a
``derived`` cell has a value.  A value outside its domain (a negative count, a fraction) is legal
only when the record's failing H5 check names it — the source is stored as printed and the check
says so (docs/record.md).

``jsonschema`` is imported on first use: parse workers never need it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from govcrawl.report import template as tpl

SCHEMA_ID = "govcrawl.report/1"
SCHEMA_FILE = Path(__file__).with_name("record.schema.json")

_NULLABLE_STRING: dict[str, Any] = {"type": ["string", "null"]}


def _value_schema(col: str) -> dict[str, Any]:
    if col in tpl.SIGNED_COLS:
        return {"type": ["integer", "null"]}
    if col in tpl.DECIMAL_COLS:
        return {"type": ["number", "null"], "minimum": 0}
    return {"type": ["integer", "null"], "minimum": 0}


def _exact_object(props: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}


def _tables_schema(version: tpl.TemplateVersion) -> dict[str, Any]:
    t2 = _exact_object({
        block.key: _exact_object({row: _exact_object({c: _value_schema(c) for c in block.cols}) for row in block.rows})
        for block in tpl.T2[version]
    })
    t3 = _exact_object({row: _exact_object({c: _value_schema(c) for c in tpl.T3_COLS}) for row in tpl.T3_ROWS[version]})
    t4 = _exact_object({c: _value_schema(c) for c in tpl.T4_COLS})
    # Other keys of ``tables`` (e.g. ``t3_derived``) are the implementation's to add.
    return {"type": "object", "properties": {"t2": t2, "t3": t3, "t4": t4}, "required": ["t2", "t3", "t4"]}


_EMPTY = {"type": "object", "maxProperties": 0}

_CELL: dict[str, Any] = {
    "type": "object",
    "properties": {
        "table": {"enum": ["t2", "t3", "t4"]},
        "block": {"type": "string"},
        "row": {"type": "string", "minLength": 1},
        "col": {"type": "string", "minLength": 1},
        "value": {"type": ["number", "null"]},
        "raw": _NULLABLE_STRING,
        "flags": {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True},
    },
    "required": ["table", "row", "col", "value", "raw", "flags"],
    # A null value says why (blank, missing, ambiguous, incomplete_row, ocr, …).
    "if": {"properties": {"value": {"type": "null"}}},
    "then": {"properties": {"flags": {"minItems": 1}}},
}

_CHECK: dict[str, Any] = {
    "type": "object",
    "properties": {
        "id": {"type": "string", "minLength": 1},
        "scope": {"type": "string"},
        "status": {"enum": ["pass", "fail", "not_assessable"]},
        "lhs": {"type": ["number", "null"]},
        "rhs": {"type": ["number", "null"]},
    },
    "required": ["id", "scope", "status"],
}


def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one record."""
    by_version = [
        {
            "if": {"properties": {"template_version": {"const": version}}, "required": ["template_version"]},
            "then": {"properties": {"tables": _tables_schema(version)}},
        }
        for version in tpl.VERSIONS
    ]
    unparsed = {
        "if": {"properties": {"template_version": {"type": "null"}}},
        "then": {
            "properties": {
                "tables": {"type": "object", "properties": {"t2": _EMPTY, "t3": _EMPTY, "t4": _EMPTY},
                           "required": ["t2", "t3", "t4"]},
                "flags": {"minItems": 1},
            }
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://govcrawl.test/schema/record-1.json",
        "title": "govcrawl report record (docs/record.md)",
        "type": "object",
        "properties": {
            "schema": {"const": SCHEMA_ID},
            "agency": {
                "type": "object",
                "properties": {k: _NULLABLE_STRING for k in ("id", "name", "region", "region_code")},
                "required": ["id", "name", "region", "region_code"],
            },
            "year": {"type": ["integer", "null"], "minimum": 1990, "maximum": 2100},
            "title": _NULLABLE_STRING,
            "published_date": {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"},
            "template_version": {"enum": [*tpl.VERSIONS, None]},
            "source": {
                "type": "object",
                "properties": {
                    "url": _NULLABLE_STRING,
                    "fetched_at": _NULLABLE_STRING,
                    "media_type": _NULLABLE_STRING,
                    "sha256": {"type": ["string", "null"], "pattern": "^[0-9a-f]{64}$"},
                    "attachments": {"type": "array", "items": {"type": "object"}},
                },
                "required": ["url", "fetched_at", "media_type", "sha256", "attachments"],
            },
            "version": {"type": "object", "properties": {"parser_version": {"type": "string"}}},
            "sections": {
                "type": "object",
                "properties": {k: {"type": "string"} for k in tpl.SECTIONS},
                "required": list(tpl.SECTIONS),
            },
            "tables": {"type": "object", "required": ["t2", "t3", "t4"]},
            "cells": {"type": "array", "items": _CELL},
            "checks": {"type": "array", "items": _CHECK},
            "flags": {"type": "array", "items": {"type": "string", "minLength": 1}},
        },
        "required": [
            "schema", "agency", "year", "title", "published_date", "template_version", "source", "version",
            "sections", "tables", "cells", "checks", "flags",
        ],
        "allOf": [*by_version, unparsed],
    }


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    schema = record_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _identity_ids(version: tpl.TemplateVersion) -> set[tuple[str, str]]:
    from govcrawl.report.checks import identities

    return {(i.id, i.scope) for i in identities(version)} | {("H5", t) for t in ("t2", "t3", "t4")}


def _table_values(record: Mapping[str, Any]) -> dict[tuple[str, str, str, str], Any]:
    tables = record.get("tables") or {}
    out: dict[tuple[str, str, str, str], Any] = {}
    for block, rows in (tables.get("t2") or {}).items():
        for row, cols in (rows or {}).items():
            for col, value in (cols or {}).items():
                out["t2", block, row, col] = value
    for row, cols in (tables.get("t3") or {}).items():
        for col, value in (cols or {}).items():
            out["t3", "", row, col] = value
    for col, value in (tables.get("t4") or {}).items():
        out["t4", "", tpl.T4_ROW, col] = value
    return out


def _out_of_domain_allowed(record: Mapping[str, Any]) -> set[tuple[str, str]]:
    """(table, "row.col") of cells a failing H5 check names: printed outside their domain."""
    return {
        (str(c.get("scope")), str(name))
        for c in record.get("checks") or []
        if isinstance(c, Mapping) and c.get("id") == "H5" and c.get("status") == "fail"
        for name in c.get("cells") or []
    }


def _domain_masked(record: Mapping[str, Any]) -> dict[str, Any]:
    """The record with the values a failing H5 names nulled, for the type check of ``tables``."""
    allowed = _out_of_domain_allowed(record)
    if not allowed:
        return dict(record)
    masked: dict[str, Any] = json.loads(json.dumps(record, default=str))
    tables = masked.get("tables") or {}
    for (table, _block, row, col) in _table_values(record):
        if (table, f"{row}.{col}") not in allowed:
            continue
        if table == "t2":
            for rows in tables["t2"].values():
                if row in rows:
                    rows[row][col] = None
        elif table == "t3":
            tables["t3"][row][col] = None
        else:
            tables["t4"][col] = None
    return masked


def check_record(record: Mapping[str, Any]) -> list[str]:
    """Every way ``record`` departs from docs/record.md, one line each; empty when it conforms."""
    errors = [
        f"{'/'.join(str(p) for p in e.absolute_path) or '(record)'}: {e.message}"
        for e in sorted(_validator().iter_errors(_domain_masked(record)), key=lambda e: list(e.absolute_path))
    ]
    if errors:
        return errors
    version = record["template_version"]
    cells: dict[tuple[str, str, str, str], Mapping[str, Any]] = {}
    for cell in record["cells"]:
        key = (cell["table"], cell.get("block") or "", cell["row"], cell["col"])
        if key in cells:
            errors.append(f"cells: {'.'.join(p for p in key if p)} listed twice")
        cells[key] = cell
        if "derived" in cell["flags"] and cell["value"] is None:
            errors.append(f"cells: {'.'.join(p for p in key if p)} is flagged derived but has no value")
    for key, value in _table_values(record).items():
        name = ".".join(p for p in key if p)
        cell = cells.get(key)
        if cell is None:
            errors.append(f"cells: no entry for {name}")
        elif cell["value"] != value:
            errors.append(f"cells: {name} is {cell['value']!r}, tables say {value!r}")
    if version is not None:
        listed = {(c["id"], c["scope"]) for c in record["checks"]}
        missing = sorted(_identity_ids(version) - listed)
        if missing:
            errors.append(f"checks: identities missing: {', '.join(f'{i} {s}' for i, s in missing)}")
    return errors


def assert_valid_record(record: Mapping[str, Any]) -> None:
    """``AssertionError`` listing the departures, for tests."""
    errors = check_record(record)
    if errors:
        raise AssertionError("record does not match docs/record.md:\n  " + "\n  ".join(errors[:30]))


def main() -> int:
    json.dump(record_schema(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
