"""A throwaway Redis server for tests and benchmarks (the broker of ``govcrawl.distributed``).

``RedisServer`` runs ``redis-server`` (``$GOVCRAWL_REDIS_SERVER``, or on ``PATH``, or
``/usr/bin/redis-server``) on a free loopback port, no persistence, in a temporary directory it
removes on ``stop()``::

    with RedisServer() as server:
        url = server.url()           # redis://127.0.0.1:PORT/0

``find_redis_server()`` returns ``None`` when Redis is not installed; the test suite skips its
distributed tests then — unless ``CI`` is set, where a missing server must fail the run
(``.ci/install-redis.sh`` installs it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

import redis

from govcrawl.testing.postgres import free_port


class RedisUnavailable(RuntimeError):
    """The redis-server binary is not installed."""


def find_redis_server() -> Path | None:
    env = os.environ.get("GOVCRAWL_REDIS_SERVER")
    if env and Path(env).exists():
        return Path(env)
    found = shutil.which("redis-server")
    if found:
        return Path(found)
    fallback = Path("/usr/bin/redis-server")
    return fallback if fallback.exists() else None


class RedisServer:
    """A private redis-server process on 127.0.0.1."""

    def __init__(self) -> None:
        binary = find_redis_server()
        if binary is None:
            raise RedisUnavailable("Redis is not installed (apt-get install redis-server, or .ci/install-redis.sh)")
        self.binary = binary
        self.host = "127.0.0.1"
        self.port = 0
        self._tmp: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> RedisServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def url(self, db: int = 0) -> str:
        return f"redis://{self.host}:{self.port}/{db}"

    def start(self) -> RedisServer:
        self._tmp = Path(tempfile.mkdtemp(prefix="govcrawl-redis-"))
        last = ""
        for _attempt in range(5):
            self.port = free_port()
            log = self._tmp / "redis.log"
            self._proc = subprocess.Popen(
                [str(self.binary), "--port", str(self.port), "--bind", self.host, "--save", "",
                 "--appendonly", "no", "--dir", str(self._tmp), "--logfile", str(log), "--daemonize", "no",
                 "--protected-mode", "yes"],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            client = redis.Redis(host=self.host, port=self.port, socket_connect_timeout=0.5)
            try:
                deadline = time.monotonic() + 10
                while time.monotonic() < deadline:
                    if self._proc.poll() is not None:
                        break
                    try:
                        client.ping()
                        return self
                    except redis.ConnectionError:
                        time.sleep(0.05)
            finally:
                client.close()
            last = log.read_text(errors="replace")[-500:] if log.exists() else ""
            self._kill()  # port taken between probe and bind, or too slow: try another
        self.stop()
        raise RuntimeError(f"could not start redis-server: {last}")

    def _kill(self) -> None:
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.terminate()
                try:
                    self._proc.wait(10)
                except subprocess.TimeoutExpired:
                    self._proc.kill()
                    self._proc.wait()
            self._proc = None

    def stop(self) -> None:
        self._kill()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None
