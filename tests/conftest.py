"""Shared test helpers: where the fixtures and the shared reference material live."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
SEED_DIRS = sorted((FIXTURES / "reports").glob("seed*"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (reference corpus) is not beside the project")
    return SHARED
