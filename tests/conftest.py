"""Shared test helpers: where the fixtures and the shared reference material live."""

from __future__ import annotations

import functools
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from govcrawl.report.schema import check_record
from tests.provincecrawl import SHARING, province_crawl, province_recrawled  # noqa: F401  (session fixtures)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SEED_DIRS = sorted((FIXTURES / "reports").glob("seed*"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (reference corpus) is not beside the project")
    return SHARED


# ---------------------------------------------------------------------------------------------
# Every record a test produces matches docs/record.md.  ``parse_report`` — the one in-process
# entry point of the parser (the CLI, the crawl's parse step when it runs in-process, reparse) —
# is wrapped for the whole session: each record it returns is checked by
# ``govcrawl.report.schema.check_record``, and a test during which any record departs from the
# contract fails at teardown with the departures.  Records parsed in other processes (crawl
# workers, CLI subprocesses) are checked where the tests read them back (store, export).

_DEPARTURES: list[str] = []


def _checking(parse: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    @functools.wraps(parse)
    def parse_report(*args: Any, **kwargs: Any) -> dict[str, Any]:
        record = parse(*args, **kwargs)
        errors = check_record(record)
        if errors:
            where = kwargs.get("url") or record.get("source", {}).get("sha256") or "<input>"
            _DEPARTURES.append(f"{where}: " + "; ".join(errors[:8]))
        return record

    return parse_report


def pytest_configure(config: pytest.Config) -> None:
    _private_default_store(config)
    import govcrawl.report.parse as parse_module

    original = parse_module.parse_report
    checked = _checking(original)
    for module in list(sys.modules.values()):
        if getattr(module, "parse_report", None) is original:
            module.parse_report = checked  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _records_match_the_documented_shape() -> Iterator[None]:
    del _DEPARTURES[:]
    yield
    if _DEPARTURES:
        found = list(_DEPARTURES)
        del _DEPARTURES[:]
        pytest.fail("records departing from docs/record.md:\n  " + "\n  ".join(found[:10]), pytrace=False)


# ---------------------------------------------------------------------------------------------
# Parallel runs (pytest-xdist, .ci/run): each worker is a session of its own — its own tmp_path
# base, PostgreSQL and Redis servers (session fixtures), free ports.  Here: a private default
# store per worker, and which tests go to one worker together.

def _private_default_store(config: pytest.Config) -> None:
    """A command or store opened without ``--db`` uses ``$GOVCRAWL_DB_URL``, else
    ``./var/govcrawl`` under the working directory — the checkout, shared by every worker.  Each
    session gets a private default store instead (removed at the end)."""
    if os.environ.get("GOVCRAWL_DB_URL"):
        return
    where = Path(tempfile.mkdtemp(prefix=f"govcrawl-default-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}-"))
    os.environ["GOVCRAWL_DB_URL"] = f"sqlite:///{where / 'govcrawl.sqlite3'}"
    config.add_cleanup(lambda: shutil.rmtree(where, ignore_errors=True))


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """``--dist loadfile``, with the modules that share the session's province crawl
    (tests/provincecrawl.py: SHARING) as one unit, so the crawl is made on one worker only.
    (``--dist loadgroup`` would do it with marks, but pytest 9 ignores the node ids xdist 3.8
    rewrites for it: every test went to any worker.)"""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadScopeScheduling

    config.option.loadscopereorder = False  # the workers' collection order: LONGEST_FIRST

    class LoadFileSharing(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return "province crawl" if path in SHARING else path

    return LoadFileSharing(config, log)


# The modules that take longest (wall time on a loaded machine: OCR, whole crawls, outages,
# distributed workers), started first so that no worker is left with one of them at the end.
LONGEST_FIRST = (
    "tests/hostile/test_hostile_crawl.py", *sorted(SHARING), "tests/reliability/test_db_trouble.py",
    "tests/distributed/test_two_workers.py", "tests/reliability/test_fuzz.py",
    "tests/distributed/test_killed_worker.py",
    "tests/report/test_ocr.py", "tests/crawl/test_resume.py", "tests/crawl/test_unseen_province.py",
    "tests/crawl/test_obstacles.py", "tests/crawl/test_registry_contract.py", "tests/hostile/test_hostile_inputs.py",
    "tests/crawl/test_hub_unit_lists.py", "tests/crawl/test_unseen_batch3.py", "tests/crawl/test_unseen_batch5.py",
    "tests/crawl/test_unseen_batch4.py", "tests/crawl/test_unseen_batch6.py", "tests/crawl/test_coverage_crawl.py",
    "tests/report/test_pdf_docx.py",
    "tests/report/test_property.py", "tests/crawl/test_progress.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under pytest-xdist, every worker orders its collection the same way: LONGEST_FIRST, then
    the rest as collected (the scheduler hands out modules in that order)."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return
    rank = {path: i for i, path in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))
