"""One line per failure, honest exit codes (issue 14 item 6): what a user sees when the registry,
the database path, the output path or a portal is wrong."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from govcrawl.cli import main
from govcrawl.commands.export import replaced_atomically
from govcrawl.errors import ExitCode

SITE = """\
province: 测试省
sites:
  - id: dead-portal
    agency: 测试县人民政府
    cms: {cms}
    {urls_key}: [{url}]
"""


def govcrawl(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "govcrawl", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


@pytest.fixture
def in_process(capsys: pytest.CaptureFixture[str]) -> Callable[..., subprocess.CompletedProcess[str]]:
    """``govcrawl ARGS`` in this process (no interpreter start-up): for the commands that fail
    before doing any work."""

    def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(list(args), code, out, err)

    return run


def one_line(run: subprocess.CompletedProcess[str]) -> str:
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("govcrawl: "), run.stderr
    return lines[0]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def registry(tmp_path: Path, *, cms: str = "trs_classic", urls_key: str = "start_urls", url: str = "") -> Path:
    path = tmp_path / "sites.yaml"
    path.write_text(SITE.format(cms=cms, urls_key=urls_key, url=url or "http://www.dead.gov.test/"),
                    encoding="utf-8")
    return path


def test_an_unknown_cms_family_is_one_line_naming_the_families(tmp_path: Path, in_process: Any) -> None:
    run = in_process("crawl", "--all", "--sites", str(registry(tmp_path, cms="trs-classic")), "--no-store",
                   cwd=tmp_path)
    assert run.returncode == ExitCode.USER_ERROR
    line = one_line(run)
    assert "unknown cms 'trs-classic'" in line and "trs_classic" in line and "hanweb" in line


def test_an_unknown_key_names_the_likely_one(tmp_path: Path, in_process: Any) -> None:
    run = in_process("crawl", "--all", "--sites", str(registry(tmp_path, urls_key="start_url")), "--no-store",
                   cwd=tmp_path)
    assert run.returncode == ExitCode.USER_ERROR
    assert "unknown key 'start_url' (did you mean 'start_urls'?)" in one_line(run)


@pytest.mark.parametrize("command", ["export", "status", "history", "diff"])
def test_read_only_commands_refuse_a_database_that_does_not_exist(tmp_path: Path, command: str,
                                                                   in_process: Any) -> None:
    missing = tmp_path / "typo.sqlite3"
    extra = ["some-agency", "2023"] if command in ("history", "diff") else []
    run = in_process(command, *extra, "--db", f"sqlite:///{missing}", cwd=tmp_path)
    assert run.returncode == ExitCode.USER_ERROR
    assert f"no database at {missing}" in one_line(run)
    assert not missing.exists()


def test_export_checks_the_cursor_file_before_writing_anything(tmp_path: Path, in_process: Any) -> None:
    db = tmp_path / "store.sqlite3"
    sqlite3.connect(db).close()
    (tmp_path / "cursors").mkdir()
    out = tmp_path / "reports.jsonl"
    run = in_process("export", "--db", f"sqlite:///{db}", "-o", str(out), "--cursor-file",
                     str(tmp_path / "cursors"), cwd=tmp_path)
    assert run.returncode == ExitCode.USER_ERROR
    assert "is a directory" in one_line(run)
    assert not out.exists()


def test_a_failed_output_leaves_no_partial_file(tmp_path: Path) -> None:
    out = tmp_path / "reports.jsonl"
    with pytest.raises(RuntimeError), replaced_atomically(out) as tmp:
        tmp.write_text('{"half": ')
        raise RuntimeError("the export failed half way")
    assert list(tmp_path.iterdir()) == []
    with replaced_atomically(out) as tmp:
        tmp.write_text("{}\n")
    assert out.read_text() == "{}\n" and list(tmp_path.iterdir()) == [out]


def test_an_unreachable_portal_exits_3_with_no_traceback(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{closed_port()}/zwgk/index.html"
    run = govcrawl("crawl", "--all", "--sites", str(registry(tmp_path, url=url)), "--no-store", "--quiet",
                   cwd=tmp_path)
    assert run.returncode == ExitCode.PORTALS_UNREACHABLE, run.stdout + run.stderr
    assert "unreachable portals (no answer from their hosts): dead-portal" in run.stdout
    assert "Traceback" not in run.stderr
    assert len(run.stderr.splitlines()) <= 6, run.stderr
