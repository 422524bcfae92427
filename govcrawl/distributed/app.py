"""The Celery app and its one task: crawl one unit of work.

The task (``govcrawl.crawl_unit``) takes a unit's payload (see ``dispatch.py``), leases the unit's
hosts (``leases.py``), runs ``python -m govcrawl crawl --site … --db …`` as a child process (a
Twisted reactor cannot restart, and a child that dies cannot take the worker with it), renews
the leases while the child runs, and records the outcome (``tracking.py``).

Delivery guarantees:

* ``acks_late``: the message is acknowledged when the crawl has ended, not when it starts; a worker
  killed mid-crawl leaves it unacknowledged, and the broker hands it to another worker after the
  visibility timeout (``reject_on_worker_lost`` does the same at once for a pool child that dies).
  While its crawl runs, the worker keeps the message's delivery time fresh, so a long crawl is
  not redelivered to a second worker behind its back.
* A unit whose hosts are leased by someone else is retried later (``task.retry``), never run.
* The crawl child gets ``PR_SET_PDEATHSIG``: when its worker dies (even by SIGKILL) the child is
  killed with it, so nothing crawls on without a lease.
* A unit already ``done`` in this dispatch is not crawled again (a duplicate delivery is harmless).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
import uuid
from functools import cache
from pathlib import Path
from typing import Any

import redis
from celery import Celery

from govcrawl.distributed import config, tracking
from govcrawl.distributed.leases import HostLeases
from govcrawl.errors import UserError
from govcrawl.proc import die_with_parent

TASK_NAME = "govcrawl.crawl_unit"
MAX_CRASHES = 3   # a crawl child that crashes (not: finishes with failures) is retried this often


def make_app(broker: str | None = None) -> Any:
    url = broker or config.broker_url()
    app = Celery("govcrawl", broker=url, backend=url)
    visibility = config.visibility_timeout()
    transport = {
        "visibility_timeout": visibility,
        "unacked_restore_interval": config.restore_interval(),
        "unacked_restore_throttle": 1,     # sweep every interval (kombu's default: every 10th)
        "priority_steps": list(range(10)),
        "sep": ":",
        "queue_order_strategy": "priority",
    }
    app.conf.update(
        task_default_queue=config.QUEUE,
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,      # a worker holds one unit: the next is chosen by priority when it is free
        task_default_priority=config.PRIORITY_NORMAL,
        broker_transport_options=transport,
        result_backend_transport_options={"visibility_timeout": visibility},
        result_expires=7 * 24 * 3600,
        broker_connection_retry_on_startup=False,
        broker_connection_timeout=5,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        task_publish_retry_policy={"max_retries": 2, "interval_start": 0.2, "interval_step": 0.5},
    )
    # A broker hiccup or a full disk inside the task: retried with back-off, never acknowledged as lost.
    app.task(bind=True, name=TASK_NAME, acks_late=True, reject_on_worker_lost=True, max_retries=None,
             autoretry_for=(redis.RedisError, OSError), retry_backoff=2, retry_backoff_max=60)(crawl_unit)
    return app


@cache
def get_app() -> Any:
    return make_app()


def redis_client(url: str | None = None) -> redis.Redis:
    return redis.Redis.from_url(url or config.broker_url(), socket_connect_timeout=5, socket_timeout=30,
                                health_check_interval=30)


def connect(url: str) -> redis.Redis:
    """A client of the broker, checked: one line (``UserError``), not a traceback, when it is not there."""
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=3, socket_timeout=10)
    except ValueError as exc:
        raise UserError(f"bad broker URL {url!r}: {exc}") from exc
    try:
        client.ping()
    except redis.RedisError as exc:
        client.close()
        raise UserError(f"cannot reach the broker at {url}: {exc}") from exc
    return client


def crawl_command(payload: dict[str, Any], registry: Path | None) -> list[str]:
    cmd = [sys.executable, "-m", "govcrawl", "crawl", "--quiet"]
    for site_id in payload["sites"]:
        cmd += ["--site", site_id]
    if registry is not None:
        cmd += ["--sites", str(registry)]
    if payload.get("db"):
        cmd += ["--db", payload["db"]]
    if payload.get("fixture_proxy"):
        cmd += ["--fixture-proxy", payload["fixture_proxy"]]
    if payload.get("fast"):
        cmd.append("--fast")
    return cmd


def crawl_env(payload: dict[str, Any]) -> dict[str, str]:
    env = dict(os.environ)
    env["GOVCRAWL_SCRAPY_SETTINGS"] = "govcrawl.distributed.scrapy_settings"
    env["GOVCRAWL_DENY_HOSTS"] = ",".join(payload.get("deny") or ())
    env["GOVCRAWL_FIXTURE_EXTRA_HOSTS"] = ",".join(payload.get("fixture_hosts") or ())
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _summary(output: str) -> str:
    lines = [line for line in output.splitlines() if line.startswith("crawl finished")]
    if lines:
        return lines[-1]
    tail = [line for line in output.splitlines() if line.strip()]
    return tail[-1][:300] if tail else ""


def _touch_message(client: redis.Redis, delivery_tag: str | None) -> None:
    """Keep our unacknowledged message's delivery time fresh (kombu's Redis transport restores
    messages older than the visibility timeout to the queue); XX: never re-add a restored one."""
    if delivery_tag:
        client.zadd("unacked_index", {delivery_tag: time.time()}, xx=True)


def crawl_unit(self: Any, payload: dict[str, Any]) -> dict[str, Any]:
    dispatch, unit = payload["dispatch"], payload["unit"]
    client = redis_client(self.app.conf.broker_url)
    worker = str(self.request.hostname or f"{os.uname().nodename}:{os.getpid()}")
    previous = tracking.unit_state(client, dispatch, unit)
    if previous is not None and previous.get("state") == "done":
        return {"unit": unit, "state": "done", "duplicate": True}

    ttl = config.lease_ttl()
    token = f"{worker}|{dispatch}|{unit}|{uuid.uuid4().hex[:8]}"
    leases = HostLeases(client, payload["keys"], token, ttl)
    holder = leases.acquire()
    if holder is not None:
        tracking.set_state(client, dispatch, unit, "waiting", worker=worker, holder=holder.split("|")[0])
        raise self.retry(countdown=config.retry_countdown(), max_retries=None, priority=payload.get("priority"))

    previous = tracking.unit_state(client, dispatch, unit)
    if previous is not None and previous.get("state") == "done":  # finished while we waited for the hosts
        leases.release()
        return {"unit": unit, "state": "done", "duplicate": True}

    crashes = int(payload.get("crashes", 0))
    delivery_tag = (self.request.delivery_info or {}).get("delivery_tag")
    started = time.time()
    tracking.set_state(client, dispatch, unit, "running", worker=worker, pid=os.getpid(), started=started)
    workdir = Path(tempfile.mkdtemp(prefix="govcrawl-unit-"))
    log_path = workdir / "crawl.log"
    registry: Path | None = None
    if payload.get("registry"):
        registry = workdir / "sites.yaml"
        registry.write_text(payload["registry"], encoding="utf-8")
    lost = False
    renewed_at = time.monotonic()
    try:
        with log_path.open("wb") as log_file:
            child = subprocess.Popen(crawl_command(payload, registry), stdout=log_file, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, env=crawl_env(payload), preexec_fn=die_with_parent)
            while True:
                try:
                    child.wait(timeout=ttl / 3)
                    break
                except subprocess.TimeoutExpired:
                    pass
                try:
                    renewed = leases.renew()
                    _touch_message(client, delivery_tag)
                    renewed_at = time.monotonic()
                except redis.RedisError:  # a broker hiccup: fine while the last renewal still holds
                    renewed = time.monotonic() - renewed_at < ttl * 2 / 3
                if not renewed:  # someone else may own our hosts now: stop at once
                    lost = True
                    child.kill()
                    child.wait()
                    break
        output = log_path.read_text(encoding="utf-8", errors="replace")
    finally:
        with contextlib.suppress(redis.RedisError):
            leases.release()
    finished = time.time()
    summary = _summary(output)
    info: dict[str, Any] = {"worker": worker, "started": started, "finished": finished,
                            "returncode": child.returncode, "summary": summary}
    if lost:
        tracking.set_state(client, dispatch, unit, "waiting", **info, reason="lease lost")
        raise self.retry(countdown=config.retry_countdown(), max_retries=None, priority=payload.get("priority"))
    # The crawl ran: 1 with failures, 3 with blocked/unreachable portals, 4 short of a list's
    # declared count (govcrawl.errors.ExitCode) — each reported in its summary, none a crash.
    if child.returncode in (0, 1, 3, 4):
        tracking.set_state(client, dispatch, unit, "done", **info)
        _cleanup(workdir)
        return {"unit": unit, "state": "done", **info}
    if child.returncode == 2 or crashes + 1 >= MAX_CRASHES:  # 2: the crawl refused its arguments
        tracking.set_state(client, dispatch, unit, "failed", **info, log=str(log_path), tail=output[-2000:])
        return {"unit": unit, "state": "failed", **info}
    tracking.set_state(client, dispatch, unit, "waiting", **info, reason=f"crawl exited {child.returncode}")
    _cleanup(workdir)
    raise self.retry(args=[{**payload, "crashes": crashes + 1}], countdown=config.retry_countdown(),
                     max_retries=None, priority=payload.get("priority"))


def _cleanup(workdir: Path) -> None:
    for path in workdir.iterdir():
        path.unlink(missing_ok=True)
    workdir.rmdir()
