"""Fixtures: a throwaway Redis server (the broker) for the distributed tests.

Skipped when redis-server is not installed — unless the env variable CI is set, where a missing
server fails the run (.ci/install-redis.sh installs it).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from govcrawl.testing.postgres import ci_requires_postgres
from govcrawl.testing.redis import RedisServer, find_redis_server


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    if find_redis_server() is None:
        if ci_requires_postgres():  # the same CI switch: a missing server is a failure there
            pytest.fail("CI is set but Redis is not installed: run .ci/install-redis.sh")
        pytest.skip("Redis is not installed (apt-get install redis-server); distributed tests skipped")
    with RedisServer() as server:
        yield server


@pytest.fixture
def broker(redis_server: RedisServer) -> Iterator[str]:
    """The broker URL, on an emptied Redis."""
    client = redis.Redis.from_url(redis_server.url())
    client.flushall()
    client.close()
    yield redis_server.url()
