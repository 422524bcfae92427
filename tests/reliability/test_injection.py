"""Nothing gets in: hostile text in records is stored and read back as text (SQLite and
PostgreSQL), the tables survive it, CSV exports neutralise spreadsheet formulas, and the product
code builds no SQL by string formatting."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from govcrawl.store import Store
from govcrawl.store.export import Filters, export
from govcrawl.store.models import Agency, Base, Cell, Report, ReportParse, ReportVersion
from govcrawl.store.normalize import canonical_url
from govcrawl.testing.dbcompare import consistency_problems
from tests.reliability.conftest import ROOT
from tests.store.conftest import db_url, pg_database, pg_server, sqlite_template  # noqa: F401
from tests.store.factory import html_body, make_record

HOSTILE = [
    "'); DROP TABLE reports;--",
    "\"; DELETE FROM agencies WHERE ''='",
    "Robert'); DROP TABLE report_versions; --",
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "%s %(name)s {0} :param ?",
    "\\'; \\x00 $$ ; $tag$ drop $tag$",
    "a\x00b",  # NUL
    "长" * 20_000,  # very long
]


def _hostile_record(i: int, text: str) -> dict:
    agency = {"id": f"inj/{i}/{text[:100]}", "name": text, "region": text, "region_code": "990000"}
    record = make_record(agency=agency, year=2020 + i % 5, url=f"http://inj.test/{i}?q={text[:200]}")
    record["title"] = text
    record["sections"]["overview"] = text
    for cell in record["cells"][:3]:
        cell["raw"] = text
    return record


def _expected(text: str) -> str:
    """What the store must give back: the text itself; PostgreSQL cannot hold NUL in text, so
    NUL must come back removed there — never an error, never a lost record."""
    return text


@pytest.fixture
def hostile_store(db_url: str, tmp_path: Path):  # noqa: F811
    store = Store.open(db_url, data_dir=tmp_path / "data", upgrade=True)
    yield store
    store.close()


def test_hostile_text_is_stored_verbatim_and_tables_survive(hostile_store: Store) -> None:
    store = hostile_store
    pg = store.dialect == "postgresql"
    records = [_hostile_record(i, text) for i, text in enumerate(HOSTILE)]
    for record in records:
        result = store.save_record(record, html_body(record), "text/html", record["source"]["url"])
        assert result.kind == "new"
    tables_before = set(Base.metadata.tables)
    with store.reading() as conn:
        assert tables_before <= set(inspect(conn).get_table_names())
        for record, text in zip(records, HOSTILE, strict=True):
            want = text.replace("\x00", "") if pg else text
            key = record["agency"]["id"].replace("\x00", "") if pg else record["agency"]["id"]
            agency = conn.execute(select(Agency.name, Agency.region).where(Agency.key == key)).one()
            assert agency.name == want[:300] and agency.region == want[:300]  # the columns' lengths
            version = conn.execute(
                select(ReportVersion.title, ReportVersion.source_url, ReportVersion.current_parse_id)
                .join(Report, Report.current_version_id == ReportVersion.id)
                .join(Agency, Agency.id == Report.agency_id)
                .where(Agency.key == key)
            ).one()
            assert version.title == want
            assert version.source_url == canonical_url(record["source"]["url"]).replace("\x00", "" if pg else "\x00")
            stored = conn.execute(select(ReportParse.record).where(ReportParse.id == version.current_parse_id)).one()
            assert stored.record["title"] == text  # JSON keeps even NUL (as \u0000)
            raws = set(conn.execute(select(Cell.raw).where(Cell.parse_id == version.current_parse_id)).scalars())
            assert want in raws
        assert conn.execute(select(Report.id)).all().__len__() == len(HOSTILE)
    assert consistency_problems(store.url, data_dir=store.raw.root) == []


FORMULAS = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1+1"]


def _csv_rows(store: Store, texts: list[str]) -> list[dict[str, str]]:
    for i, text in enumerate(texts):
        record = _hostile_record(i, text)
        store.save_record(record, html_body(record), "text/html", record["source"]["url"])
    out = io.StringIO()
    export(store, "csv", out, filters=Filters())
    # newline="": read as a spreadsheet or any RFC 4180 reader does (CR and LF both end a row).
    return list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))


def _assert_no_formula(rows: list[dict[str, str]]) -> None:
    assert rows
    for row in rows:
        for column, value in row.items():
            assert isinstance(value, str) and not value.startswith(("=", "+", "-", "@", "\t", "\r")), (column, value)


def test_csv_export_neutralises_formulas(hostile_store: Store) -> None:
    rows = _csv_rows(hostile_store, FORMULAS)
    _assert_no_formula(rows)
    raws = {row["raw"] for row in rows}
    assert "'=cmd|' /C calc'!A0" in raws and "'@SUM(A1:A9)" in raws and "'\t=1+1" in raws
    names = {row["agency_name"] for row in rows}
    assert "'+1+1" in names and "'-2+3" in names


def test_csv_export_keeps_a_carriage_return_inside_its_cell(hostile_store: Store) -> None:
    rows = _csv_rows(hostile_store, ["\r=1+1", "x\r=cmd|' /C calc'!A0"])
    _assert_no_formula(rows)
    assert {row["raw"] for row in rows} >= {"'\r=1+1", "x\r=cmd|' /C calc'!A0"}


# -- static check: no SQL built by string formatting in the product code ------------------------

PRODUCT = [ROOT / "govcrawl", ROOT / "pipelines", ROOT / "spiders"]
# f-strings / % / .format() / concatenation feeding text(), execute(), exec_driver_sql(),
# executemany(), copy(), sql.SQL().
_SQL_CALL = re.compile(
    r"\b(text|execute|executemany|exec_driver_sql|copy|SQL|executescript)\(\s*"
    r"(f[\"']|[\"'][^\"']*[\"']\s*(%|\.format\(|\+)|[A-Za-z_][\w.]*\s*(%|\+)\s*)"
)
# Reviewed uses, each with its reason: what is formatted in is never data.
ALLOWED = {
    ("govcrawl/store/db.py", 'cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")'):
        "a module constant (PRAGMA takes no bind parameters)",
    ("govcrawl/store/db.py", 'conn.exec_driver_sql(f"BEGIN {mode}")'):
        "mode is one of two literals chosen in code",
    ("govcrawl/store/store.py", 'cur.copy(f"COPY {table} ({\', \'.join(columns)}) FROM STDIN")'):
        "table and columns are model names fixed in code (COPY takes no identifiers as parameters)",
    ("govcrawl/store/store.py",
     'driver.executemany(f"INSERT INTO {table} ({\', \'.join(columns)}) VALUES ({marks})", rows)'):
        "table/columns are model names fixed in code; values are bound (?)",
    ("govcrawl/testing/postgres.py", 'sql.SQL("CREATE DATABASE {} TEMPLATE {}" + strategy)'):
        "strategy is a literal chosen in code; the names are sql.Identifier (test helper)",
}


def _formatted_sql() -> list[tuple[str, str]]:
    found = []
    for base in PRODUCT:
        for path in sorted(base.rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            for line in path.read_text(encoding="utf-8").splitlines():
                stripped = line.strip()
                if _SQL_CALL.search(stripped) and not stripped.startswith("#"):
                    found.append((rel, stripped))
    return found


def test_no_sql_is_built_by_string_formatting() -> None:
    unexpected = [(p, line) for p, line in _formatted_sql() if not any(p == ap and al in line for ap, al in ALLOWED)]
    assert unexpected == [], "SQL built by string formatting (bind parameters instead, or allow-list with a reason)"


def test_the_static_check_catches_formatted_sql() -> None:
    for bad in ['conn.execute(text(f"SELECT * FROM reports WHERE key = \'{key}\'"))',
                'cur.execute("DELETE FROM reports WHERE id = %s" % rid)',
                'conn.exec_driver_sql("SELECT " + column)',
                "conn.execute(text('SELECT {}'.format(x)))"]:
        assert _SQL_CALL.search(bad), bad
    for good in ['conn.execute(text("SELECT * FROM reports WHERE key = :k"), {"k": key})',
                 "conn.execute(select(Report.id).where(Report.key == key))"]:
        assert not _SQL_CALL.search(good), good
