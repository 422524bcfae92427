"""Engine set-up, configuration and migrations.

Configuration (first match wins):

- database URL: the ``url`` argument, env ``GOVCRAWL_DB_URL``, else the SQLite file
  ``./var/govcrawl/govcrawl.sqlite3``.  ``postgresql://…`` URLs use psycopg 3.
- data directory (raw bodies): env ``GOVCRAWL_DATA_DIR``, else the SQLite file's directory,
  else ``./var/govcrawl``.

SQLite: one connection per process (pool of one), ``BEGIN IMMEDIATE`` for write transactions
so concurrent processes queue on ``busy_timeout`` instead of failing on lock upgrade,
``journal_mode=DELETE`` (the rollback journal: the SQLite 3.40 on our machines has the WAL-reset
corruption bug fixed only in 3.51.3, see docs/crawling.md), ``foreign_keys=ON``.
PostgreSQL: ordinary pool, READ COMMITTED.

Migrations live in ``govcrawl/store/migrations`` (inside the package, so an installed
``govcrawl db upgrade`` works from any directory; there is no ``alembic.ini``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import ConnectionPoolEntry

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DEFAULT_DIR = Path("var") / "govcrawl"
DEFAULT_SQLITE_NAME = "govcrawl.sqlite3"
BUSY_TIMEOUT_MS = 60_000


class StoreError(Exception):
    """A store problem the user can act on (bad URL, database not upgraded, …)."""


def resolve_url(url: str | None = None) -> str:
    url = url or os.environ.get("GOVCRAWL_DB_URL") or f"sqlite:///{DEFAULT_DIR / DEFAULT_SQLITE_NAME}"
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif parsed.drivername not in ("sqlite", "sqlite+pysqlite", "postgresql+psycopg"):
        raise StoreError(f"unsupported database URL {parsed.drivername}://… (use sqlite:/// or postgresql://)")
    return parsed.render_as_string(hide_password=False)


def make_url_safe(url: str) -> str:
    """The URL with its password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<bad database URL>"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def resolve_data_dir(url: str, data_dir: str | Path | None = None) -> Path:
    if data_dir is not None:
        return Path(data_dir)
    env = os.environ.get("GOVCRAWL_DATA_DIR")
    if env:
        return Path(env)
    path = sqlite_path(url)
    return path.parent if path is not None else DEFAULT_DIR


def _sqlite_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's implicit BEGIN is DEFERRED).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = DELETE")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    mode = "DEFERRED" if conn.get_execution_options().get("govcrawl_readonly") else "IMMEDIATE"
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    url = resolve_url(url)
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, pool_size=1, max_overflow=0, pool_timeout=BUSY_TIMEOUT_MS / 1000, json_serializer=_json_dumps
        )
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_size=5, max_overflow=5, pool_pre_ping=True, json_serializer=_json_dumps)


def _json_dumps(value: Any) -> str:
    # Chinese text as UTF-8, not \uXXXX escapes: about half the size.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Create or upgrade the schema (``govcrawl db upgrade``)."""
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), revision)
