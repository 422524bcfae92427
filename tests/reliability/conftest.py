"""Fixtures of the reliability tests: a standalone fixture-province server, one reference crawl of
it (the records every interrupted or troubled crawl must end up with), crawl subprocesses."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from govcrawl.testing.dbcompare import canonical_dump, consistency_problems

ROOT = Path(__file__).resolve().parents[2]
PROVINCE = "示例省"


def load_benchmark(name: str) -> ModuleType:
    """A script of benchmarks/ as a module (the directory is not a package)."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def kill9() -> ModuleType:
    return load_benchmark("kill9_trials")


@pytest.fixture(scope="session")
def fixture_proxy(kill9: ModuleType) -> Iterator[str]:
    """``govcrawl serve-province`` in its own process: killing a crawl never kills the portals."""
    server = kill9.FixtureServer()
    try:
        yield server.proxy
    finally:
        server.stop()


@dataclass
class Reference:
    dump: dict[str, Any]
    seconds: float
    db: Path


@pytest.fixture(scope="session")
def reference(kill9: ModuleType, fixture_proxy: str, tmp_path_factory: pytest.TempPathFactory) -> Reference:
    db = tmp_path_factory.mktemp("reference") / "store.sqlite3"
    status, seconds, out = kill9.crawl(db, fixture_proxy)
    assert status in (0, 1, 3), out  # 3: the province's WAF portals are blocked by design
    url = f"sqlite:///{db}"
    assert consistency_problems(url, data_dir=db.parent) == []
    dump = canonical_dump(url)
    assert len(dump["reports"]) >= 100, "the reference crawl found too few reports"
    return Reference(dump, seconds, db)


def crawl_command(db_url: str, proxy: str) -> list[str]:
    return [sys.executable, "-m", "govcrawl", "crawl", "--province", PROVINCE, "--db", db_url,
            "--fast", "--quiet", "--fixture-proxy", proxy]


def crawl_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(extra)
    return env


def run(cmd: list[str], *, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
