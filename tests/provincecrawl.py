"""One crawl of the fixture province (示例省) for every module that checks a whole-province crawl:
tests/crawl/test_province_e2e.py (what was stored), tests/crawl/test_recrawl.py (what a re-crawl
asks and stores) and the store comparison of tests/reliability/test_kill9.py.  Each of them used to
crawl the province itself; the crawls were identical, so they are made once per session.

The province is served in the test process (its request log is read, and the re-crawl test edits
a report on it) and crawled by ``govcrawl crawl`` subprocesses through ``--fixture-proxy``, with the
default politeness — the crawl as a user runs it.  After each of the first two crawls the store
(database and raw bodies) is copied, so a test reads the store as that crawl left it whatever
later crawls of the session do to the live one.  Under pytest-xdist the modules of ``SHARING``
run on one worker (tests/conftest.py: pytest_xdist_make_scheduler), so the crawl is made once.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from govcrawl.errors import ExitCode
from govcrawl.province.fixture import PROVINCE, Province, build_province
from govcrawl.province.server import ProvinceServer

ROOT = Path(__file__).resolve().parents[1]
# The modules that use these fixtures (paths as in pytest's node ids).
SHARING = frozenset({"tests/crawl/test_province_e2e.py", "tests/crawl/test_recrawl.py",
                     "tests/reliability/test_kill9.py"})


def govcrawl(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "govcrawl", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=timeout)


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@dataclass
class Crawl:
    done: subprocess.CompletedProcess[str]
    requests: list[tuple[str, str, int]]  # what the fixture server was asked: (method, url, status)
    seconds: float


@dataclass
class ProvinceCrawl:
    province: Province
    server: ProvinceServer
    work: Path
    first: Crawl | None = None
    after_first: Path | None = None        # a copy of the store after the first crawl
    records: list[dict[str, Any]] = field(default_factory=list)       # `export` after the first crawl
    second: Crawl | None = None
    after_second: Path | None = None       # a copy of the store after the second crawl
    all_versions: list[dict[str, Any]] = field(default_factory=list)  # `export --all-versions` then

    @property
    def db_path(self) -> Path:
        """The live store: later crawls of the session go on changing it."""
        return self.work / "live" / "govcrawl.sqlite3"

    @property
    def db(self) -> str:
        return f"sqlite:///{self.db_path}"

    def crawl(self, *extra: str) -> Crawl:
        before = len(self.server.requests)
        started = time.monotonic()
        done = govcrawl("crawl", "--province", PROVINCE, "--db", self.db, "--fixture-proxy", self.server.proxy,
                        "--quiet", *extra)
        # The province's three WAF portals are blocked by design: ExitCode.PORTALS_UNREACHABLE (a
        # later crawl may not ask them again while they back off: then 0).
        assert done.returncode in (ExitCode.OK, ExitCode.PORTALS_UNREACHABLE), done.stdout + done.stderr
        return Crawl(done, list(self.server.requests[before:]), time.monotonic() - started)

    def snapshot(self, name: str) -> Path:
        """A copy of the live store (database and raw bodies); returns the copy's database path."""
        target = self.work / name
        shutil.copytree(self.db_path.parent, target)
        return target / self.db_path.name


def copy_store(db_path: Path, into: Path) -> Path:
    """A private copy of a snapshot (database and raw bodies) for a test that writes to it."""
    shutil.copytree(db_path.parent, into)
    return into / db_path.name


@pytest.fixture(scope="session")
def province_crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProvinceCrawl]:
    """The first crawl of the fixture province into an empty store."""
    work = tmp_path_factory.mktemp("province")
    (work / "live").mkdir()
    province = build_province()
    with province.server() as server:
        crawl = ProvinceCrawl(province=province, server=server, work=work)
        crawl.first = crawl.crawl()
        assert crawl.first.done.returncode == ExitCode.PORTALS_UNREACHABLE, crawl.first.done.stdout
        exported = govcrawl("export", "--db", crawl.db, "--format", "jsonl")
        assert exported.returncode == 0, exported.stderr
        crawl.records = jsonl(exported.stdout)
        crawl.after_first = crawl.snapshot("after-first")
        yield crawl


@pytest.fixture(scope="session")
def province_recrawled(province_crawl: ProvinceCrawl) -> ProvinceCrawl:
    """The same province crawled again at once, unchanged."""
    crawl = province_crawl
    if crawl.second is None:
        crawl.second = crawl.crawl()
        again = govcrawl("export", "--db", crawl.db, "--format", "jsonl", "--all-versions")
        assert again.returncode == 0, again.stderr
        crawl.all_versions = jsonl(again.stdout)
        crawl.after_second = crawl.snapshot("after-second")
    return crawl
