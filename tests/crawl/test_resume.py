"""A crawl stopped by Ctrl-C or ``kill -9`` and run again (issue 5): nothing stored is lost, the
second run does not fetch again the report pages the first one already had, and no report gets a
second version.  (benchmarks/kill9_trials.py repeats the kill at twenty random moments and
compares whole databases; this is the check of *what is fetched again*.)"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from govcrawl.province.fixture import PROVINCE, build_province
from tests.conftest import ROOT


def _count(db: Path, sql: str) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute(sql).fetchone()[0])
    except sqlite3.Error:  # not created yet, or locked by the writer for a moment
        return 0


def _on_disk(data_dir: Path, sha: str | None) -> bool:
    return sha is not None and (data_dir / "raw" / sha[:2] / sha[2:4] / sha).exists()


@pytest.mark.slow
@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_stopped_crawl_resumes_without_refetching(tmp_path: Path, stop: signal.Signals) -> None:
    db = tmp_path / "govcrawl.sqlite3"
    province = build_province()
    with province.server() as server:
        command = [sys.executable, "-m", "govcrawl", "crawl", "--province", PROVINCE, "--db", f"sqlite:///{db}",
                   "--fixture-proxy", server.proxy, "--quiet"]
        first = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 300
        while _count(db, "SELECT count(*) FROM report_versions") < 40:
            assert first.poll() is None, "the crawl ended before it could be stopped"
            assert time.monotonic() < deadline
            time.sleep(0.2)
        first.send_signal(stop)
        out = first.communicate(timeout=120)[0]
        stored_at_stop = _count(db, "SELECT count(*) FROM report_versions")
        # (Ctrl-C finishes the reports already downloaded: it may store them all.)
        assert 40 <= stored_at_stop <= len(province.reports())
        if stop == signal.SIGINT:
            assert "stopped early" in out, out
        # What the stopped crawl had committed about its report pages and attachments: those with
        # a body on disk to replay, or whose record is stored, must not be fetched again.
        with sqlite3.connect(db) as conn:
            known = [(url.split("#")[0], kind) for url, kind, body, stored in conn.execute(
                "SELECT url, kind, body_sha256, stored_sha256 FROM url_state WHERE kind IN ('page', 'attachment')"
                " AND consecutive_errors = 0") if (kind == "page" and _on_disk(tmp_path, body)) or stored == body]
        first_requests = list(server.requests)

        second = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
        # The province's WAF portals are blocked by design: exit 3 (ExitCode.PORTALS_UNREACHABLE).
        assert second.returncode in (0, 3), second.stdout + second.stderr
        second_requests = server.requests[len(first_requests):]

    # Everything is stored, once.
    assert _count(db, "SELECT count(*) FROM reports") == len(province.reports())
    assert _count(db, "SELECT count(*) FROM report_versions") == len(province.reports())
    assert _count(db, "SELECT count(*) FROM report_versions WHERE number > 1") == 0
    # Nothing the first run had committed is fetched again: article pages are replayed from the
    # store (and not parsed when their record is stored), stored attachments are not asked.
    asked_again = {url for _, url, _ in second_requests}
    assert known and not [url for url, _ in known if url in asked_again]
    # Report URLs fetched by the first run but not yet committed when it stopped are asked again.
    with sqlite3.connect(db) as conn:
        kinds = {url.split("#")[0]: kind for url, kind in conn.execute("SELECT url, kind FROM url_state")}
    fetched_first = {url for _, url, status in first_requests if status == 200}
    again = {url for url in asked_again & fetched_first if kinds.get(url) in ("page", "attachment")}
    print(f"{stop.name}: stopped with {stored_at_stop} of {len(province.reports())} reports stored; first run "
          f"{len(first_requests)} requests, resumed run {len(second_requests)}; {len(known)} report URLs "
          f"committed and not asked again, {len(again)} fetched but not yet committed, asked again")
