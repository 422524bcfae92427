"""A throwaway PostgreSQL server for tests and benchmarks.

``PostgresServer`` finds the server binaries under ``/usr/lib/postgresql/<ver>/bin`` (or
``$GOVCRAWL_PG_BINDIR``, or ``pg_ctl`` on ``PATH``), runs ``initdb`` into a temporary directory,
starts the server on a free loopback TCP port (unix socket in the same directory), and removes
everything on ``stop()``.  PostgreSQL refuses to run as root, so when the tests run as root the
server runs as the ``postgres`` system user via ``runuser`` (the data directory is chowned to it).

    with PostgresServer() as pg:
        url = pg.create_database("t1")     # postgresql+psycopg://postgres@127.0.0.1:PORT/t1

``find_bindir()`` returns ``None`` when PostgreSQL is not installed; test suites skip their
PostgreSQL tests then — unless ``CI`` is set, where a missing server must fail the run
(``.ci/install-postgres.sh`` installs it).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

import psycopg
from psycopg import sql


class PostgresUnavailable(RuntimeError):
    """PostgreSQL server binaries are not installed."""


def _version_key(path: str) -> tuple[int, ...]:
    ver = Path(path).parent.name
    return tuple(int(p) for p in ver.split(".") if p.isdigit())


def find_bindir() -> Path | None:
    env = os.environ.get("GOVCRAWL_PG_BINDIR")
    if env and (Path(env) / "initdb").exists():
        return Path(env)
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    for cand in candidates:
        if (Path(cand) / "initdb").exists() and (Path(cand) / "pg_ctl").exists():
            return Path(cand)
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl and (Path(pg_ctl).parent / "initdb").exists():
        return Path(pg_ctl).parent
    return None


def ci_requires_postgres() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on now (the test servers' ports)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PostgresServer:
    """A private PostgreSQL cluster.  ``durable=False`` (the default for tests) turns off fsync."""

    def __init__(self, *, durable: bool = False, run_as: str | None = None) -> None:
        bindir = find_bindir()
        if bindir is None:
            raise PostgresUnavailable(
                "PostgreSQL is not installed (apt-get install postgresql, or .ci/install-postgres.sh)"
            )
        self.bindir = bindir
        self.durable = durable
        self.run_as = run_as if run_as is not None else ("postgres" if os.geteuid() == 0 else None)
        self.port = 0
        self.host = "127.0.0.1"
        self.user = "postgres"
        self._tmp: Path | None = None
        self._started = False
        self._opts: list[str] = []

    # -- lifecycle -------------------------------------------------------------------------------

    def __enter__(self) -> PostgresServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _cmd(self, *args: str) -> list[str]:
        if self.run_as:
            return ["runuser", "-u", self.run_as, "--", *args]
        return list(args)

    def _run(self, *args: str) -> None:
        proc = subprocess.run(self._cmd(*args), capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")

    @property
    def datadir(self) -> Path:
        assert self._tmp is not None
        return self._tmp / "data"

    def start(self) -> None:
        self._tmp = Path(tempfile.mkdtemp(prefix="govcrawl-pg-"))
        if self.run_as:
            pw = pwd.getpwnam(self.run_as)
            os.chown(self._tmp, pw.pw_uid, pw.pw_gid)
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.datadir),
            "-U",
            self.user,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        opts = [
            f"-c unix_socket_directories={self._tmp}",
            "-c listen_addresses=127.0.0.1",
            "-c max_connections=100",
            "-c shared_buffers=128MB",
        ]
        if not self.durable:
            opts += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        self._opts = opts
        last_error: Exception | None = None
        for _attempt in range(5):
            self.port = free_port()
            try:
                self._pg_ctl_start()
            except RuntimeError as exc:  # port taken between probe and bind: try another
                last_error = exc
                continue
            self._started = True
            return
        self.stop()
        raise RuntimeError(f"could not start PostgreSQL: {last_error}")

    def _pg_ctl_start(self) -> None:
        assert self._tmp is not None
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.datadir),
            "-l",
            str(self._tmp / "server.log"),
            "-w",
            "-t",
            "60",
            "-o",
            " ".join([f"-p {self.port}", *self._opts]),
            "start",
        )

    def restart(self, *, down_seconds: float = 0.0, mode: str = "fast") -> None:
        """Stop the server and start it again on the same port with the same data, as an
        administrator's restart does: ``mode`` ``fast`` (sessions are terminated, open
        transactions rolled back) or ``immediate`` (a crash: recovery on start).  The server stays
        down for ``down_seconds`` in between.  Clients see their connections dropped."""
        self.halt(mode=mode)
        if down_seconds > 0:
            time.sleep(down_seconds)
        self.resume()

    def halt(self, *, mode: str = "fast") -> None:
        """Stop the server, keeping its data and port, until ``resume()``: an outage that lasts
        as long as the caller wants (a test ends it on an event, not after a delay)."""
        if not self._started:
            raise RuntimeError("the server is not running")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", mode, "-w", "stop")
        self._started = False

    def resume(self) -> None:
        """Start a halted server again on the same port with the same data."""
        self._pg_ctl_start()
        self._started = True

    def stop(self) -> None:
        if self._tmp is None:
            return
        if self._started:
            with contextlib.suppress(RuntimeError):
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "-w", "stop")
            self._started = False
        shutil.rmtree(self._tmp, ignore_errors=True)
        self._tmp = None

    # -- databases -------------------------------------------------------------------------------

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{dbname}"

    def _admin(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(host=self.host, port=self.port, user=self.user, dbname="postgres", autocommit=True)

    def create_database(self, name: str, *, template: str | None = None) -> str:
        """Create database ``name`` (optionally copied from ``template``) and return its URL."""
        ident = sql.Identifier(name)
        with self._admin() as conn:
            if template:
                # FILE_COPY (PostgreSQL 15+) is faster than the default WAL_LOG for small databases.
                strategy = " STRATEGY FILE_COPY" if conn.info.server_version >= 150000 else ""
                stmt = sql.SQL("CREATE DATABASE {} TEMPLATE {}" + strategy).format(ident, sql.Identifier(template))
            else:
                stmt = sql.SQL("CREATE DATABASE {}").format(ident)
            for attempt in range(50):  # the template may still have a lingering session
                try:
                    conn.execute(stmt)
                    break
                except psycopg.errors.ObjectInUse:
                    if attempt == 49:
                        raise
                    time.sleep(0.1)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
