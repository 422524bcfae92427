"""Migration 0003: records stored with the nested ``tables.t4.cases`` become the documented flat
shape (docs/record.md); hashes follow, so re-crawling the same report changes nothing."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from sqlalchemy import select

from govcrawl.report.template import T4_COLS
from govcrawl.store import Store, crossyear
from govcrawl.store import db as storedb
from govcrawl.store.models import Cell, ReportParse, ReportVersion
from govcrawl.store.normalize import content_hash

from .factory import html_body, make_record

URL = "http://www.example.gov.cn/art/2022/1/24/art_1.html"


def _nested(record: dict[str, Any]) -> dict[str, Any]:
    """The record as parsers before 0003 produced it."""
    old = copy.deepcopy(record)
    old["tables"]["t4"] = {"cases": old["tables"]["t4"]}
    return old


def _stored(store: Store) -> tuple[dict[str, Any], str, str, list[tuple[str, str, float | None]]]:
    with store.reading() as conn:
        parse = conn.execute(select(ReportParse.record, ReportParse.content_hash)).one()
        version_hash = conn.execute(select(ReportVersion.content_hash)).scalar_one()
        cells = conn.execute(
            select(Cell.row_key, Cell.col_key, Cell.value).where(Cell.table_key == "t4").order_by(Cell.id)
        ).all()
    return parse.record, parse.content_hash, version_hash, [tuple(c) for c in cells]


def _as_before_0003(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The schema as it was before 0003; the store code of then kept no cross-year findings (0004),
    so saving into it must not refresh them."""
    storedb.downgrade(store.engine, "0002")
    monkeypatch.setattr(crossyear, "refresh", lambda conn, agencies: None)


def test_upgrade_flattens_stored_t4_and_keeps_the_report_unchanged(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    flat = make_record()
    flat["tables"]["t4"]["review_upheld"] = 2
    flat["tables"]["t4"]["review_total"] = 2
    for cell in flat["cells"]:
        if cell["table"] == "t4" and cell["col"] in ("review_upheld", "review_total"):
            cell["value"], cell["raw"] = 2, "2"
    body = html_body(flat)
    _as_before_0003(store, monkeypatch)
    assert store.save_record(_nested(flat), body, "text/html", URL).kind == "new"
    record, _, _, cells = _stored(store)
    assert record["tables"]["t4"] == {"cases": flat["tables"]["t4"]}
    assert ("cases", "cases", None) in cells  # the row the nested shape left behind

    monkeypatch.undo()
    storedb.upgrade(store.engine)

    record, parse_hash, version_hash, cells = _stored(store)
    assert record["tables"]["t4"] == flat["tables"]["t4"]
    assert list(record["tables"]["t4"]) == list(T4_COLS)
    assert parse_hash == version_hash == content_hash(flat)
    assert [c[1] for c in cells] == list(T4_COLS)
    assert {c[0] for c in cells} == {"cases"}
    assert dict((c[1], c[2]) for c in cells)["review_total"] == 2
    # the same report parsed by the flat parser is the same content: no new version, no re-parse
    assert store.save_record(flat, body, "text/html", URL).kind == "unchanged"


def test_downgrade_nests_again(store: Store) -> None:
    flat = make_record()
    store.save_record(flat, html_body(flat), "text/html", URL)
    storedb.downgrade(store.engine, "0002")
    record, parse_hash, version_hash, _ = _stored(store)
    assert record["tables"]["t4"] == {"cases": flat["tables"]["t4"]}
    assert parse_hash == version_hash == content_hash(_nested(flat))
    storedb.upgrade(store.engine)
    assert _stored(store)[0]["tables"]["t4"] == flat["tables"]["t4"]
