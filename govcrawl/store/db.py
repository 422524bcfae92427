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

import errno
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

from govcrawl.store.prepare import json_dumps

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DEFAULT_DIR = Path("var") / "govcrawl"
DEFAULT_SQLITE_NAME = "govcrawl.sqlite3"
BUSY_TIMEOUT_MS = 60_000
CONNECT_TIMEOUT_S = 10


class StoreError(Exception):
    """A store problem the user can act on (bad URL, database not upgraded, …)."""


# SQLite result codes (``sqlite3.Error.sqlite_errorcode & 0xff``) no retry can cure, with what to say.
_SQLITE_FATAL = {
    8: "the database is read-only",            # SQLITE_READONLY
    10: "disk I/O error",                      # SQLITE_IOERR
    11: "the database file is corrupt",        # SQLITE_CORRUPT
    13: "the database or disk is full",        # SQLITE_FULL
    14: "the database file cannot be opened",  # SQLITE_CANTOPEN
    26: "the file is not a database",          # SQLITE_NOTADB
}


def error_kind(exc: BaseException) -> str | None:
    """How a store call's exception should be handled: ``"disconnect"`` (the server went away or
    is restarting: reconnect and retry the call), ``"fatal"`` (the database cannot take writes at
    all — read-only, full, corrupt, out of resources: retrying is pointless, stop), or ``None``
    (a problem of this call only, e.g. one bad record)."""
    orig = getattr(exc, "orig", None) or exc
    if getattr(exc, "connection_invalidated", False):
        return "disconnect"
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return "fatal" if code & 0xFF in _SQLITE_FATAL else None
    if isinstance(orig, PermissionError | IsADirectoryError):
        return "fatal"
    if isinstance(orig, OSError) and orig.errno in (errno.ENOSPC, errno.EROFS, errno.EDQUOT, errno.EIO):
        return "fatal"
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return None
    if isinstance(orig, psycopg.Error):
        sqlstate = orig.sqlstate or ""
        if isinstance(orig, psycopg.OperationalError) and (not sqlstate or sqlstate[:2] in ("08", "57")):
            return "disconnect"  # connection refused/lost, admin/crash shutdown, cannot connect now
        if sqlstate[:2] in ("53", "58") or sqlstate == "25006":  # resources, system error, read-only
            return "fatal"
    return None


def describe_error(exc: BaseException) -> str:
    """One line for the user: what the database said, without SQL, parameters or tracebacks."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _SQLITE_FATAL:
        return _SQLITE_FATAL[code & 0xFF]
    text = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    return text[:300]


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


_NUL_FREE_DUMPERS: list[type[Any]] = []


def _nul_free_dumpers() -> list[type[Any]]:
    """psycopg's str dumpers (text and binary format), minus NUL characters.

    PostgreSQL text cannot hold NUL (``\\x00``): psycopg raises ``DataError`` and the whole record
    would be lost over one stray byte of a hostile page.  Text columns get the text without its
    NULs; the stored record (a JSON column) keeps them, escaped as ``\\u0000``.
    """
    if not _NUL_FREE_DUMPERS:
        import psycopg
        from psycopg.adapt import Dumper, PyFormat

        for fmt in (PyFormat.TEXT, PyFormat.BINARY):
            base: Any = psycopg.adapters.get_dumper(str, fmt)  # a C class: wrapped, not subclassed

            class NulFree(Dumper):
                oid = base.oid
                format = base.format
                _base = base

                def __init__(self, cls: type, context: Any = None) -> None:
                    super().__init__(cls, context)
                    self._inner = self._base(cls, context)

                def dump(self, obj: Any) -> Any:
                    return self._inner.dump(obj.replace("\x00", "") if "\x00" in obj else obj)

            _NUL_FREE_DUMPERS.append(NulFree)
    return _NUL_FREE_DUMPERS


def _pg_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    for dumper in _nul_free_dumpers():
        dbapi_connection.adapters.register_dumper(str, dumper)


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
            url, pool_size=1, max_overflow=0, pool_timeout=BUSY_TIMEOUT_MS / 1000, json_serializer=json_dumps
        )
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # pool_pre_ping: a connection the server dropped (restart, failover) is replaced on checkout;
    # connect_timeout: an unreachable server is an error in seconds, not a hang.
    engine = create_engine(url, pool_size=5, max_overflow=5, pool_pre_ping=True, json_serializer=json_dumps,
                           connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    event.listen(engine, "connect", _pg_connect)
    return engine


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
