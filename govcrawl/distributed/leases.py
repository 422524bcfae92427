"""Host leases in Redis: a unit's crawl owns its hosts while it runs, on any machine.

A lease is one Redis key per host (``govcrawl:lease:<host>``) holding the holder's token, with a
TTL.  ``acquire`` takes all of a unit's hosts or none (one Lua script, so two workers can never
split a unit's hosts between them); the holder renews them every third of the TTL while its crawl
runs and deletes them when it ends.  A holder that dies stops renewing: its hosts are free again
after the TTL, and only then can the unit's redelivered message crawl them elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import redis

PREFIX = "govcrawl:lease:"

_ACQUIRE = """
for i, k in ipairs(KEYS) do
  local v = redis.call('GET', k)
  if v and v ~= ARGV[1] then return v end
end
for i, k in ipairs(KEYS) do redis.call('SET', k, ARGV[1], 'PX', ARGV[2]) end
return 1
"""
_RENEW = """
local ok = 1
for i, k in ipairs(KEYS) do
  if redis.call('GET', k) == ARGV[1] then redis.call('PEXPIRE', k, ARGV[2]) else ok = 0 end
end
return ok
"""
_RELEASE = """
for i, k in ipairs(KEYS) do
  if redis.call('GET', k) == ARGV[1] then redis.call('DEL', k) end
end
return 1
"""


class HostLeases:
    """The leases of one unit's hosts, held under ``token``."""

    def __init__(self, client: redis.Redis, hosts: Sequence[str], token: str, ttl: float) -> None:
        self.client = client
        self.keys = [PREFIX + h for h in sorted(set(hosts))]
        self.token = token
        self.ttl_ms = max(1, int(ttl * 1000))
        self._acquire: Any = client.register_script(_ACQUIRE)
        self._renew: Any = client.register_script(_RENEW)
        self._release: Any = client.register_script(_RELEASE)

    def acquire(self) -> str | None:
        """Take every host; ``None`` on success, else the token of a holder in the way."""
        result = self._acquire(keys=self.keys, args=[self.token, self.ttl_ms])
        if result == 1:
            return None
        return result.decode() if isinstance(result, bytes) else str(result)

    def renew(self) -> bool:
        """Extend every host's lease; ``False`` when one was lost (expired or taken)."""
        return bool(self._renew(keys=self.keys, args=[self.token, self.ttl_ms]) == 1)

    def release(self) -> None:
        self._release(keys=self.keys, args=[self.token])


def holders(client: redis.Redis) -> dict[str, str]:
    """Every leased host and its holder (for ``dispatch --wait`` and tests)."""
    out: dict[str, str] = {}
    for key in client.scan_iter(match=PREFIX + "*", count=500):
        value = client.get(key)
        if value is not None:
            name = key.decode() if isinstance(key, bytes) else str(key)
            out[name[len(PREFIX):]] = value.decode() if isinstance(value, bytes) else str(value)
    return out
