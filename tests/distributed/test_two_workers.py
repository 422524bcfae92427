"""Two real Celery workers crawl the fixture province through a real Redis broker into a real
PostgreSQL store: every report is stored exactly once, no host is crawled by two processes at
once, and a worker killed (SIGKILL) mid-crawl has its unit finished by the other worker."""

from __future__ import annotations

import itertools
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psycopg
import pytest
import redis

from govcrawl.commands.dispatch import registry_yaml
from govcrawl.crawl.registry import registered_sites
from govcrawl.distributed.tracking import events, progress
from govcrawl.province.fixture import PROVINCE, build_province
from govcrawl.province.server import ProvinceServer
from govcrawl.report.normalize import squash
from govcrawl.testing.postgres import PostgresServer, find_bindir
from tests.conftest import ROOT
from tests.parts import require

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

LEASE_TTL = 6            # seconds: a dead worker's hosts are free again this soon
VISIBILITY = 12          # seconds: its unacknowledged unit goes back to the queue this soon
KILL_SUBSET = ("hycity-gov", "tongxi-gov", "vsbcounty-gov", "qingshan-gov")


@pytest.fixture(scope="module")
def pg() -> Iterator[PostgresServer]:
    require(find_bindir(), "PostgreSQL", "install-postgres.sh")
    with PostgresServer() as server:
        yield server


@pytest.fixture(scope="module")
def province_server() -> Iterator[ProvinceServer]:
    server = build_province().server().start()
    yield server
    server.stop()


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


@pytest.fixture
def cluster(broker: str, pg: PostgresServer, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Cluster]:
    name = re.sub(r"\W", "_", request.node.name)[:40].lower()
    db = pg.create_database(name)
    c = Cluster(broker, db, tmp_path)
    upgraded = govcrawl("db", "upgrade", "--db", db, env=c.env)
    assert upgraded.returncode == 0, upgraded.stderr
    yield c
    c.stop()


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


def test_two_workers_store_every_report_once_and_never_share_a_host(
    cluster: Cluster, province_server: ProvinceServer
) -> None:
    cluster.start_worker("w1@test")
    cluster.start_worker("w2@test")
    done = govcrawl("dispatch", "--province", PROVINCE, "--db", cluster.db, "--fixture-proxy", province_server.proxy,
                    "--wait", "--every", "2", env=cluster.env, timeout=400)
    assert done.returncode == 0, done.stdout + done.stderr + cluster.log("w1@test") + cluster.log("w2@test")
    assert "finished: 10 unit(s) done, 0 failed" in done.stdout
    assert "reports saved" in done.stderr                     # progress read from the store

    assert_each_report_once(cluster, why=done.stdout)
    assert_no_host_crawled_twice_at_once(cluster.db)

    client = redis.Redis.from_url(cluster.broker)
    dispatch = dispatch_id(done.stdout)
    state = progress(client, dispatch)
    assert state is not None and state.finished
    assert {s["worker"] for s in state.states.values()} == {"w1@test", "w2@test"}   # both did work
    finished = Counter(e["unit"] for e in events(client, dispatch) if e["state"] == "done")
    assert set(finished.values()) == {1} and len(finished) == 10                     # each unit crawled once
    # the hub crawled only hosts no other unit owns
    hub_runs = [i for i, (name, _) in runs(cluster.db).items() if name == "province-nb"]
    hub_hosts = {h for h, spans in host_intervals(cluster.db).items() for s in spans if s[2] in hub_runs}
    assert hub_hosts and all(h.endswith("province.gov.test") for h in hub_hosts), hub_hosts


def test_killed_worker_unit_is_finished_by_the_other(
    cluster: Cluster, province_server: ProvinceServer, tmp_path: Path
) -> None:
    portals = tmp_path / "portals.yaml"
    portals.write_text(registry_yaml([s for s in registered_sites() if s.id in KILL_SUBSET]), encoding="utf-8")
    cluster.start_worker("w1@test")
    cluster.start_worker("w2@test")
    queued = govcrawl("dispatch", "--all", "--sites", str(portals), "--db", cluster.db,
                      "--fixture-proxy", province_server.proxy, env=cluster.env)
    assert queued.returncode == 0, queued.stderr
    dispatch = dispatch_id(queued.stdout)
    client = redis.Redis.from_url(cluster.broker)

    # Kill w1 once a unit of its is really crawling: its crawl run has fetched pages and is open.
    killed_unit, killed_at, deadline = None, 0.0, time.monotonic() + 150
    while killed_unit is None and time.monotonic() < deadline:
        state = progress(client, dispatch)
        assert state is not None
        assert not state.finished, "every unit finished before w1 could be killed mid-crawl"
        for worker, unit in state.running():
            if worker != "w1@test":
                continue
            fetched, _ = fetches_of(cluster.db, ", ".join(state.sites[unit]))
            if fetched >= 3:
                cluster.kill("w1@test")
                killed_unit, killed_at = unit, time.time()
                break
        time.sleep(0.1)
    assert killed_unit is not None, "w1 never crawled a unit" + cluster.log("w1@test")
    run_name = ", ".join(progress(client, dispatch).sites[killed_unit])  # type: ignore[union-attr]
    fetched_before, _ = fetches_of(cluster.db, run_name)
    assert fetched_before >= 3

    watched = govcrawl("dispatch", "--watch", dispatch, "--db", cluster.db, "--every", "2", env=cluster.env,
                       timeout=300)
    assert watched.returncode == 0, watched.stdout + watched.stderr + cluster.log("w2@test")

    state = progress(client, dispatch)
    assert state is not None and state.finished
    assert state.states[killed_unit]["state"] == "done"
    assert state.states[killed_unit]["worker"] == "w2@test"          # the survivor finished it
    history = [(e["state"], e.get("worker")) for e in events(client, dispatch) if e["unit"] == killed_unit]
    assert ("running", "w1@test") in history and history[-1] == ("done", "w2@test"), history
    # The killed crawl stopped with its worker (its run stays open, nothing fetched after the kill) …
    open_runs = [i for i, (name, status) in runs(cluster.db).items() if name == run_name and status == "running"]
    assert len(open_runs) == 1
    _, last_after = fetches_of(cluster.db, run_name)
    assert last_after is not None and last_after.timestamp() < killed_at + 1.0, (last_after, killed_at)
    # … and every report is stored once, no version twice, no host crawled by two processes at once.
    assert_each_report_once(cluster, set(KILL_SUBSET))
    assert_no_host_crawled_twice_at_once(cluster.db)
