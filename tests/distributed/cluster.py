"""A real distributed crawl for the tests: Celery workers (``govcrawl worker``) on one Redis
broker storing into one PostgreSQL database, and what the tests read back from that store."""

from __future__ import annotations

import itertools
import json
import os
import re
import signal
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psycopg

from govcrawl.province.fixture import build_province
from govcrawl.report.normalize import squash
from tests.conftest import ROOT

LEASE_TTL = 6            # seconds: a dead worker's hosts are free again this soon
VISIBILITY = 12          # seconds: its unacknowledged unit goes back to the queue this soon


def govcrawl(*args: str, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "govcrawl", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=timeout, env=env)


class Cluster:
    """Real worker processes on one broker, storing into one PostgreSQL database."""

    def __init__(self, broker: str, db: str, tmp: Path) -> None:
        self.broker, self.db, self.tmp = broker, db, tmp
        self.env = dict(os.environ, GOVCRAWL_BROKER_URL=broker, GOVCRAWL_LEASE_TTL=str(LEASE_TTL),
                        GOVCRAWL_VISIBILITY_TIMEOUT=str(VISIBILITY), GOVCRAWL_RESTORE_INTERVAL="1",
                        GOVCRAWL_DATA_DIR=str(tmp / "raw"))
        self.workers: dict[str, subprocess.Popen[bytes]] = {}

    def start_worker(self, name: str) -> None:
        log = (self.tmp / f"{name}.log").open("wb")
        self.workers[name] = subprocess.Popen([sys.executable, "-m", "govcrawl", "worker", "--name", name],
                                              stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, env=self.env)

    def kill(self, name: str) -> None:
        self.workers[name].send_signal(signal.SIGKILL)
        self.workers[name].wait()

    def stop(self) -> None:
        for proc in self.workers.values():   # their crawl children die with them (PR_SET_PDEATHSIG)
            if proc.poll() is None:
                proc.kill()
                proc.wait()

    def log(self, name: str) -> str:
        return (self.tmp / f"{name}.log").read_text(errors="replace")[-3000:]


def records(c: Cluster, *extra: str) -> list[dict[str, Any]]:
    out = govcrawl("export", "--db", c.db, "--format", "jsonl", *extra, env=c.env)
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def assert_each_report_once(c: Cluster, site_ids: set[str] | None = None, why: str = "") -> None:
    truth = [t for t in build_province().reports() if site_ids is None or t.site_id in site_ids]
    latest = records(c)
    keys = [(squash(r["agency"]["name"]), r["year"]) for r in latest]
    assert len(keys) == len(set(keys)), [k for k, n in Counter(keys).items() if n > 1]
    wanted = {(squash(t.agency_name), t.year) for t in truth}
    assert set(keys) == wanted, (sorted(wanted - set(keys)), sorted(set(keys) - wanted), why)
    assert len(records(c, "--all-versions")) == len(latest)     # no report stored twice as versions


def host_intervals(db: str) -> dict[str, list[tuple[datetime, datetime, int]]]:
    """host → (first fetch, last fetch, crawl run) of every crawl run that fetched from it."""
    spans: dict[tuple[str, int], list[datetime]] = {}
    with psycopg.connect(db.replace("postgresql+psycopg", "postgresql")) as conn:
        for run_id, url, at in conn.execute("SELECT crawl_run_id, url, fetched_at FROM fetch_log"):
            host = urlsplit(url).hostname or ""
            span = spans.setdefault((host, run_id), [at, at])
            span[0], span[1] = min(span[0], at), max(span[1], at)
    out: dict[str, list[tuple[datetime, datetime, int]]] = defaultdict(list)
    for (host, run_id), (first, last) in spans.items():
        out[host].append((first, last, run_id))
    return out


def assert_no_host_crawled_twice_at_once(db: str) -> None:
    intervals = host_intervals(db)
    assert intervals, "nothing was fetched"
    for host, spans in intervals.items():
        spans.sort()
        for (_, end, run), (start, _, other) in itertools.pairwise(spans):
            assert end < start, f"{host}: crawl runs {run} and {other} fetched it at the same time"


def runs(db: str) -> dict[int, tuple[str, str]]:
    with psycopg.connect(db.replace("postgresql+psycopg", "postgresql")) as conn:
        return {i: (n, s) for i, n, s in conn.execute("SELECT id, name, status FROM crawl_runs")}


def fetches_of(db: str, run_name: str) -> tuple[int, datetime | None]:
    with psycopg.connect(db.replace("postgresql+psycopg", "postgresql")) as conn:
        row = conn.execute("SELECT count(f.id), max(f.fetched_at) FROM crawl_runs r JOIN fetch_log f ON "
                           "f.crawl_run_id = r.id WHERE r.name = %s AND r.status = 'running'", (run_name,)).fetchone()
    assert row is not None
    return int(row[0]), row[1]


def dispatch_id(stdout: str) -> str:
    match = re.search(r"^dispatched (\S+):", stdout, re.M)
    assert match, stdout
    return match.group(1)
