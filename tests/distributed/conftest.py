"""Fixtures: a throwaway Redis server (the broker) for the distributed tests.

Skipped when redis-server is not installed — unless the env variable CI is set, where a missing
server fails the run (.ci/install-redis.sh installs it).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from govcrawl.testing.redis import RedisServer, find_redis_server
from tests.parts import require


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    require(find_redis_server(), "Redis", "install-redis.sh")
    with RedisServer() as server:
        yield server


@pytest.fixture
def broker(redis_server: RedisServer) -> Iterator[str]:
    """The broker URL, on an emptied Redis."""
    client = redis.Redis.from_url(redis_server.url())
    client.flushall()
    client.close()
    yield redis_server.url()
