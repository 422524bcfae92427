"""A worker killed (SIGKILL) mid-crawl has its unit finished by the other worker, and what it had
stored is neither lost nor stored twice (tests/distributed/cluster.py).  Its own module, so that the
suite's workers run it beside test_two_workers.py."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import redis

from govcrawl.commands.dispatch import registry_yaml
from govcrawl.crawl.registry import registered_sites
from govcrawl.distributed.tracking import events, progress
from govcrawl.province.server import ProvinceServer
from tests.distributed.cluster import (
    Cluster,
    assert_each_report_once,
    assert_no_host_crawled_twice_at_once,
    dispatch_id,
    fetches_of,
    govcrawl,
    runs,
)

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
KILL_SUBSET = ("hycity-gov", "tongxi-gov", "vsbcounty-gov", "qingshan-gov")


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
