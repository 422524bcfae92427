"""Fixtures: every storage test runs on SQLite and on a real PostgreSQL server started here.

The PostgreSQL tests are skipped when PostgreSQL is not installed — unless the env variable CI
is set, where a missing server fails the run (.ci/install-postgres.sh installs it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from govcrawl.store import Store
from govcrawl.store.models import Base
from govcrawl.testing.postgres import PostgresServer, find_bindir
from tests.parts import require

TEMPLATE_DB = "govcrawl_test"


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    require(find_bindir(), "PostgreSQL", "install-postgres.sh")
    with PostgresServer() as pg:
        url = pg.create_database(TEMPLATE_DB)
        Store.open(url, upgrade=True, data_dir=tmp_path_factory.mktemp("pgdata")).close()
        yield pg


@pytest.fixture(scope="session")
def pg_database(pg_server: PostgresServer) -> str:
    return pg_server.url(TEMPLATE_DB)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    Store.open(f"sqlite:///{path}", data_dir=path.parent).close()
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, upgraded database: a SQLite file or a PostgreSQL database."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        target = tmp_path / "store.sqlite3"
        target.write_bytes(template.read_bytes())
        yield f"sqlite:///{target}"
        return
    # One database for the session, emptied before each test (CREATE DATABASE costs ~0.6 s).
    url: str = request.getfixturevalue("pg_database")
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), autocommit=True) as conn:
        conn.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
        conn.execute("INSERT INTO counters (name, value) VALUES ('change', 0)")
    yield url


@pytest.fixture
def store(db_url: str, tmp_path: Path) -> Iterator[Store]:
    st = Store.open(db_url, data_dir=tmp_path / "data", upgrade=True)
    yield st
    st.close()
