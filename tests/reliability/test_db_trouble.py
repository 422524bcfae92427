"""Database trouble during a crawl: PostgreSQL restarted or gone, a read-only SQLite file, a full
disk.  The crawl reconnects, or stops with one clear line; what was stored stays intact."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from govcrawl.errors import ExitCode
from govcrawl.store import Store
from govcrawl.testing.dbcompare import canonical_dump, compare_dumps, consistency_problems, sqlite_integrity
from govcrawl.testing.postgres import PostgresServer, find_bindir
from tests.parts import require
from tests.reliability.conftest import ROOT, Reference, crawl_command, crawl_env, run


@pytest.fixture(scope="module")
def pg() -> Iterator[PostgresServer]:
    """A server of this module's own: its tests restart it."""
    require(find_bindir(), "PostgreSQL", "install-postgres.sh")
    with PostgresServer() as server:
        yield server


def _reports(url: str) -> int:
    try:
        with psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), connect_timeout=2) as conn:
            row = conn.execute("SELECT count(*) FROM reports").fetchone()
            return int(row[0]) if row else 0
    except psycopg.Error:
        return -1


def _start_crawl(url: str, proxy: str, data: Path, tmp_path: Path, **env: str) -> subprocess.Popen[str]:
    out = (tmp_path / "crawl.out").open("w")
    err = (tmp_path / "crawl.err").open("w")
    return subprocess.Popen(crawl_command(url, proxy), cwd=ROOT, stdout=out, stderr=err, text=True,
                            env=crawl_env(GOVCRAWL_DATA_DIR=str(data), **env))


def _wait_for_reports(proc: subprocess.Popen[str], url: str, n: int, timeout: float = 400) -> None:
    deadline = time.monotonic() + timeout
    while _reports(url) < n:
        assert proc.poll() is None, "the crawl ended before the fault could be injected"
        assert time.monotonic() < deadline, "the crawl stored too few reports in time"
        time.sleep(0.2)


def _stderr_lines(tmp_path: Path) -> list[str]:
    return [line for line in (tmp_path / "crawl.err").read_text().splitlines() if line.strip()]


@pytest.mark.slow
@pytest.mark.postgres
def test_postgres_restart_mid_crawl_reconnects_and_loses_nothing(
    pg: PostgresServer, fixture_proxy: str, reference: Reference, tmp_path: Path
) -> None:
    url = pg.create_database("restart_mid_crawl")
    data = tmp_path / "data"
    Store.open(url, upgrade=True, data_dir=data).close()
    proc = _start_crawl(url, fixture_proxy, data, tmp_path)
    try:
        _wait_for_reports(proc, url, 20)
        pg.restart(down_seconds=2.0)  # sessions terminated, transactions in flight rolled back
        # 3: the province's WAF portals are blocked by design; nothing else may go wrong
        assert proc.wait(400) == ExitCode.PORTALS_UNREACHABLE, (tmp_path / "crawl.err").read_text()[-3000:]
    finally:
        if proc.poll() is None:
            proc.kill()
    err = (tmp_path / "crawl.err").read_text()
    assert "Traceback" not in err and "could not store" not in err, err[-3000:]
    assert consistency_problems(url, data_dir=data) == []
    assert compare_dumps(reference.dump, canonical_dump(url)) == []


@pytest.mark.slow
@pytest.mark.postgres
def test_postgres_gone_too_long_stops_the_crawl_with_one_clear_line(
    pg: PostgresServer, fixture_proxy: str, reference: Reference, tmp_path: Path
) -> None:
    url = pg.create_database("gone_too_long")
    data = tmp_path / "data"
    Store.open(url, upgrade=True, data_dir=data).close()
    proc = _start_crawl(url, fixture_proxy, data, tmp_path, GOVCRAWL_DB_RECONNECT_TIMEOUT="3")
    try:
        _wait_for_reports(proc, url, 10)
        # The outage lasts until the crawl has given up (it was 15 s on the clock: on a loaded
        # machine the crawl could reach its next write after the server was back).
        pg.halt()
        try:
            status = proc.wait(300)
        finally:
            pg.resume()
    finally:
        if proc.poll() is None:
            proc.kill()
    lines = _stderr_lines(tmp_path)
    assert status == 2, lines[-20:]
    assert lines[-1].startswith("govcrawl: crawl stopped: ") and "unreachable for 3 s" in lines[-1], lines[-5:]
    assert not any("Traceback" in line for line in lines), lines
    # Back up: what was stored before the outage is whole, and is what the reference holds.
    stored = canonical_dump(url)
    assert stored["reports"], "nothing was stored before the outage"
    assert consistency_problems(url, data_dir=data) == []
    assert compare_dumps(reference.dump, stored, subset=True) == []


@contextlib.contextmanager
def _mounted(*args: str, target: Path) -> Iterator[None]:
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", *args, str(target)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here ({done.stderr.strip()}); needs root with CAP_SYS_ADMIN")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_read_only_sqlite_gives_one_line_and_leaves_the_file_alone(
    fixture_proxy: str, reference: Reference, tmp_path: Path
) -> None:
    # chmod does not stop root: a read-only bind mount does (EROFS), for root as for anyone.
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(reference.db, src / "store.sqlite3")
    before = _sha(src / "store.sqlite3")
    ro = tmp_path / "ro"
    with _mounted("--bind", str(src), target=ro):
        remount = subprocess.run(["mount", "-o", "remount,bind,ro", str(ro)], capture_output=True, text=True)
        if remount.returncode != 0:
            pytest.skip(f"cannot remount read-only: {remount.stderr.strip()}")
        done = run(crawl_command(f"sqlite:///{ro / 'store.sqlite3'}", fixture_proxy))
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode == 2, done.stderr[-3000:]
    assert len(lines) == 1, lines
    assert lines[0].startswith("govcrawl: ") and "read-only" in lines[0], lines
    assert _sha(src / "store.sqlite3") == before
    assert sqlite_integrity(src / "store.sqlite3") == "ok"


@pytest.mark.slow
def test_full_disk_stops_the_crawl_cleanly_and_keeps_the_database_sound(
    fixture_proxy: str, reference: Reference, tmp_path: Path
) -> None:
    # A real limit: a tmpfs smaller than the crawl's database plus raw bodies (about half).
    need = reference.db.stat().st_size + sum(p.stat().st_size for p in reference.db.parent.rglob("*") if p.is_file())
    size_kb = max(1024, need // 2 // 1024)
    disk = tmp_path / "disk"
    with _mounted("-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", target=disk):
        db = disk / "store.sqlite3"
        done = run(crawl_command(f"sqlite:///{db}", fixture_proxy))
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        assert done.returncode == 2, done.stderr[-3000:]
        assert lines[-1].startswith("govcrawl: crawl stopped: cannot write to "), lines[-5:]
        assert "full" in lines[-1] or "No space left" in lines[-1], lines[-1]
        assert not any("Traceback" in line for line in lines), done.stderr[-3000:]
        # Copy out (the full tmpfs has no room for a rollback journal) and inspect.
        shutil.copytree(disk, tmp_path / "after")
    after = tmp_path / "after" / "store.sqlite3"
    assert sqlite_integrity(after) == "ok"
    url = f"sqlite:///{after}"
    assert consistency_problems(url, data_dir=after.parent) == []
    stored = canonical_dump(url)
    assert 0 < len(stored["reports"]) < len(reference.dump["reports"])
    assert compare_dumps(reference.dump, stored, subset=True) == []
