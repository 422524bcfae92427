"""The models and the latest migration agree; upgrade works from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from govcrawl.cli import main
from govcrawl.store import Store, StoreError
from govcrawl.store import db as storedb
from govcrawl.store.models import Base


def test_models_match_latest_migration(store: Store) -> None:
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        assert compare_metadata(ctx, Base.metadata) == []
    assert storedb.current_revision(store.engine) == storedb.head_revision()


def test_db_upgrade_command_creates_sqlite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'g.sqlite3'}"
    assert main(["db", "upgrade", "--db", url]) == 0
    assert "empty → " in capsys.readouterr().out
    assert main(["db", "current", "--db", url]) == 0
    assert "up to date" in capsys.readouterr().out


def test_postgres_must_be_upgraded_explicitly(pg_server: object, tmp_path: Path) -> None:
    from govcrawl.testing.postgres import PostgresServer

    assert isinstance(pg_server, PostgresServer)
    url = pg_server.create_database("fresh_unupgraded")
    try:
        with pytest.raises(StoreError, match="govcrawl db upgrade"):
            Store.open(url, data_dir=tmp_path)
        assert main(["db", "upgrade", "--db", url]) == 0
        Store.open(url, data_dir=tmp_path).close()
    finally:
        pg_server.drop_database("fresh_unupgraded")


def test_bad_url_is_a_user_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--db", "mysql://x/y"]) == 2
    assert "unsupported database URL" in capsys.readouterr().err
