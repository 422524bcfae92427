"""Fixtures: a throwaway Redis server (the broker), a PostgreSQL server and the fixture province
per module, and a cluster of workers on them (tests/distributed/cluster.py).

Skipped when redis-server is not installed — unless the env variable CI is set, where a missing
server fails the run (.ci/install-redis.sh installs it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from govcrawl.province.fixture import build_province
from govcrawl.province.server import ProvinceServer
from govcrawl.testing.postgres import PostgresServer, find_bindir
from govcrawl.testing.redis import RedisServer, find_redis_server
from tests.distributed.cluster import Cluster, govcrawl
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


@pytest.fixture
def cluster(broker: str, pg: PostgresServer, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Cluster]:
    name = re.sub(r"\W", "_", request.node.name)[:40].lower()
    db = pg.create_database(name)
    c = Cluster(broker, db, tmp_path)
    upgraded = govcrawl("db", "upgrade", "--db", db, env=c.env)
    assert upgraded.returncode == 0, upgraded.stderr
    yield c
    c.stop()
