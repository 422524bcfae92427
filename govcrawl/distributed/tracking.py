"""What a dispatch is doing, kept in Redis beside the queue (read by ``dispatch --wait``).

Keys (kept 30 days):

``govcrawl:dispatch:<id>``         hash: ``created`` (epoch seconds), ``units``, ``what``, ``db``
``govcrawl:dispatch:<id>:units``   hash: unit id → its site ids (JSON)
``govcrawl:dispatch:<id>:state``   hash: unit id → {"state", "worker", "at", …} (JSON); states
                                   ``queued``, ``waiting`` (hosts leased by another unit), ``running``,
                                   ``done``, ``failed``
``govcrawl:dispatch:<id>:events``  list: every state change, oldest first (the audit trail)
``govcrawl:dispatches``            sorted set: dispatch ids by creation time
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import redis

KEEP_SECONDS = 30 * 24 * 3600
FINAL = ("done", "failed")


def _key(dispatch: str, part: str = "") -> str:
    return f"govcrawl:dispatch:{dispatch}" + (f":{part}" if part else "")


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def create(client: redis.Redis, dispatch: str, what: str, db: str, units: dict[str, Sequence[str]]) -> None:
    now = time.time()
    pipe = client.pipeline()
    pipe.hset(_key(dispatch), mapping={"created": str(now), "units": str(len(units)), "what": what, "db": db})
    if units:
        pipe.hset(_key(dispatch, "units"), mapping={u: json.dumps(list(ids)) for u, ids in units.items()})
        pipe.hset(_key(dispatch, "state"), mapping={u: json.dumps({"state": "queued", "at": now}) for u in units})
    pipe.zadd("govcrawl:dispatches", {dispatch: now})
    for part in ("", "units", "state", "events"):
        pipe.expire(_key(dispatch, part), KEEP_SECONDS)
    pipe.execute()


def set_state(client: redis.Redis, dispatch: str, unit: str, state: str, **info: Any) -> None:
    entry = {"state": state, "at": time.time(), **info}
    text = json.dumps(entry, ensure_ascii=False)
    pipe = client.pipeline()
    pipe.hset(_key(dispatch, "state"), unit, text)
    pipe.rpush(_key(dispatch, "events"), json.dumps({"unit": unit, **entry}, ensure_ascii=False))
    pipe.expire(_key(dispatch, "events"), KEEP_SECONDS)
    pipe.execute()


def unit_state(client: redis.Redis, dispatch: str, unit: str) -> dict[str, Any] | None:
    raw = client.hget(_key(dispatch, "state"), unit)
    return dict(json.loads(raw)) if raw is not None else None


def events(client: redis.Redis, dispatch: str) -> list[dict[str, Any]]:
    return [dict(json.loads(e)) for e in client.lrange(_key(dispatch, "events"), 0, -1)]


@dataclass
class Progress:
    dispatch: str
    created: float
    what: str
    db: str
    states: dict[str, dict[str, Any]] = field(default_factory=dict)
    sites: dict[str, list[str]] = field(default_factory=dict)

    @property
    def counts(self) -> Counter[str]:
        return Counter(s.get("state", "?") for s in self.states.values())

    @property
    def finished(self) -> bool:
        return all(s.get("state") in FINAL for s in self.states.values())

    def running(self) -> list[tuple[str, str]]:
        """(worker, unit) of every running unit."""
        return sorted((str(s.get("worker", "?")), u) for u, s in self.states.items() if s.get("state") == "running")


def progress(client: redis.Redis, dispatch: str) -> Progress | None:
    head = client.hgetall(_key(dispatch))
    if not head:
        return None
    info = {_text(k): _text(v) for k, v in head.items()}
    states = {_text(k): dict(json.loads(v)) for k, v in client.hgetall(_key(dispatch, "state")).items()}
    sites = {_text(k): list(json.loads(v)) for k, v in client.hgetall(_key(dispatch, "units")).items()}
    return Progress(dispatch=dispatch, created=float(info.get("created", 0)), what=info.get("what", ""),
                    db=info.get("db", ""), states=states, sites=sites)
