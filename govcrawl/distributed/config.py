"""Settings of the distributed crawl, from the environment (same on every machine).

``GOVCRAWL_BROKER_URL``          the Redis broker (and result backend), default redis://127.0.0.1:6379/0
``GOVCRAWL_LEASE_TTL``           seconds a host lease lives without renewal (default 60; renewed every third)
``GOVCRAWL_VISIBILITY_TIMEOUT``  seconds before an unacknowledged unit (its worker died) goes back to the
                                 queue (default 300; a live worker keeps its unit's message fresh)
``GOVCRAWL_RESTORE_INTERVAL``    how often an idle worker looks for such units (seconds, default 10)
"""

from __future__ import annotations

import os

DEFAULT_BROKER_URL = "redis://127.0.0.1:6379/0"
QUEUE = "govcrawl"
PRIORITY_URGENT = 0     # Redis transport: 0 is served first (``dispatch --agency``)
PRIORITY_NORMAL = 6     # province and --all units


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        return default
    return value if value > 0 else default


def broker_url() -> str:
    return os.environ.get("GOVCRAWL_BROKER_URL", "").strip() or DEFAULT_BROKER_URL


def lease_ttl() -> float:
    return _float("GOVCRAWL_LEASE_TTL", 60.0)


def visibility_timeout() -> float:
    return _float("GOVCRAWL_VISIBILITY_TIMEOUT", 300.0)


def restore_interval() -> float:
    return _float("GOVCRAWL_RESTORE_INTERVAL", 10.0)


def retry_countdown() -> float:
    """How long a unit that cannot get its hosts waits before asking again."""
    return max(1.0, min(lease_ttl() / 2, visibility_timeout() / 3, 30.0))
