"""Two real Celery workers crawl the fixture province through a real Redis broker into a real
PostgreSQL store: every report is stored exactly once and no host is crawled by two processes at
once (tests/distributed/cluster.py)."""

from __future__ import annotations

from collections import Counter

import pytest
import redis

from govcrawl.distributed.tracking import events, progress
from govcrawl.province.fixture import PROVINCE
from govcrawl.province.server import ProvinceServer
from tests.distributed.cluster import (
    Cluster,
    assert_each_report_once,
    assert_no_host_crawled_twice_at_once,
    dispatch_id,
    govcrawl,
    host_intervals,
    runs,
)

pytestmark = [pytest.mark.slow, pytest.mark.postgres]


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
