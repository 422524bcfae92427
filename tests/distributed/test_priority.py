"""``dispatch --agency`` jumps the queue: with a province already queued, the next free worker
takes the agency's unit first (real Redis broker, real worker process)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis

from govcrawl.distributed.tracking import events
from govcrawl.province.fixture import PROVINCE
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def test_agency_unit_runs_before_queued_province_units(broker: str, tmp_path: Path) -> None:
    env = dict(os.environ, GOVCRAWL_BROKER_URL=broker, GOVCRAWL_DATA_DIR=str(tmp_path / "raw"))
    db = f"sqlite:///{tmp_path / 'store.sqlite3'}"

    def dispatch(*args: str) -> str:
        out = subprocess.run([sys.executable, "-m", "govcrawl", "dispatch", *args, "--db", db], capture_output=True,
                             text=True, cwd=ROOT, env=env, timeout=120)
        assert out.returncode == 0, out.stderr
        return out.stdout.split()[1].rstrip(":")

    province = dispatch("--province", PROVINCE)
    agency = dispatch("--agency", "qingshan-gov")
    assert province != agency
    client = redis.Redis.from_url(broker)
    worker = subprocess.Popen([sys.executable, "-m", "govcrawl", "worker", "--name", "solo@test"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 300  # bounds a hang only: the worker starts slowly on a loaded machine
        first: str | None = None
        while first is None and time.monotonic() < deadline:
            for dispatch_id in (province, agency):
                if any(e["state"] == "running" for e in events(client, dispatch_id)):
                    first = dispatch_id
            time.sleep(0.1)
        assert first == agency, "the province unit ran before the agency's"
        assert not any(e["state"] == "running" for e in events(client, province))
    finally:
        worker.kill()
        worker.wait()
