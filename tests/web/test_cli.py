"""``govcrawl web`` as a user starts it: a real process bound to 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from govcrawl.cli import main
from govcrawl.store import Store
from govcrawl.testing.postgres import free_port
from tests.web import sample


def test_web_command_serves_the_store_on_loopback(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    store = Store.open(f"sqlite:///{db}", data_dir=tmp_path)
    sample.fill(store)
    store.close()
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "govcrawl", "web", "--db", f"sqlite:///{db}", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in line
        body = b""
        # The socket is bound just after the line is printed: ask until it answers (the deadline
        # only bounds a hang; a loaded machine may take seconds between the two).
        deadline = time.monotonic() + 120
        while not body and time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/compliance?year=2022", timeout=60) as resp:
                    body = resp.read()
            except OSError:
                time.sleep(0.1)
        assert "逾期发布" in body.decode()
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_web_command_bad_database_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["web", "--db", "mysql://x/y"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("govcrawl: ") and "unsupported database URL" in err and len(err.splitlines()) == 1


def test_web_command_does_not_migrate_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "absent.sqlite3"
    assert main(["web", "--db", f"sqlite:///{db}"]) == 2
    assert "no store at" in capsys.readouterr().err
    assert not db.exists()
