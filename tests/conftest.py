"""Shared test helpers: where the fixtures and the shared reference material live."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from govcrawl.report.schema import check_record

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
