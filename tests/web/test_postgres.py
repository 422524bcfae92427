"""The web view over a PostgreSQL store (a real server started here), and the v2019 layout."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from govcrawl.store import Store
from govcrawl.testing.postgres import PostgresServer, find_bindir
from govcrawl.web import layout
from govcrawl.web.app import create_app
from tests.parts import require
from tests.web import sample


@pytest.fixture(scope="module")
def pg_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    require(find_bindir(), "PostgreSQL", "install-postgres.sh")
    with PostgresServer() as pg:
        url = pg.create_database("govcrawl_web")
        store = Store.open(url, data_dir=tmp_path_factory.mktemp("pgweb"), upgrade=True)
        sample.fill(store)
        yield store
        store.close()


@pytest.mark.postgres
def test_pages_and_api_on_postgresql(pg_store: Store) -> None:
    client = create_app(pg_store, sample.SITES).test_client()
    page = client.get("/report?agency=hn-test-wlgt&year=2021").get_data(as_text=True)
    assert "行政许可 565 → 566" in page
    assert 'class="cell flag-derived"' in page
    assert "&lt;script&gt;" not in page  # (that title is on the other report)
    script = client.get("/report?agency=hn-test-script&year=2021").get_data(as_text=True)
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;测试报告" in script
    assert "<script>" not in script
    rows = {r["agency_key"]: r for r in client.get("/api/compliance?year=2022").get_json()["rows"]}
    assert (rows["hn-test-wlgt"]["status"], rows["hn-test-wlgt"]["days_late"]) == ("late", 30)
    assert rows["hn-test-blocked"]["status"] == "unknown"
    feed = client.get("/api/changes?since=0&limit=2").get_json()
    assert len(feed["records"]) == 2 and feed["more"] is True
    rest = client.get(f"/api/changes?since={feed['next_cursor']}").get_json()
    assert len(rest["records"]) == 1 and rest["more"] is False
    agency = client.get("/agency?key=hn-test-wlgt").get_data(as_text=True)
    assert 'data-series="本年新收申请" data-year="2022" data-value="4"' in agency


def test_v2019_layout_has_its_own_columns_and_rows() -> None:
    blocks = layout.table2("v2019")
    assert [g.caption for g in blocks] == ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项",
                                           "第二十条第（八）项", "第二十条第（九）项"]
    assert [h.label for h in blocks[0].header[0]] == ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]
    assert [h.label for h in blocks[1].header[0]][1:] == ["上一年项目数量", "本年增/减", "处理决定数量"]
    v2021 = [h.label for h in layout.table2("v2021")[0].header[0]]
    assert v2021 == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    rows19 = [r.label for r in layout.table3("v2019").rows]
    rows21 = [r.label for r in layout.table3("v2021").rows]
    assert "（六）其他处理" in rows19 and "申请人无正当理由逾期不补正" not in rows19
    assert "申请人无正当理由逾期不补正" in rows21
    assert len(layout.table4().rows[0].cells) == 15


def test_store_path_does_not_matter(tmp_path: Path) -> None:
    """The app takes an open store: the same pages from a store opened anywhere."""
    store = Store.open(f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}", data_dir=tmp_path)
    try:
        sample.fill(store)
        assert create_app(store, sample.SITES).test_client().get("/compliance?year=2021").status_code == 200
    finally:
        store.close()
