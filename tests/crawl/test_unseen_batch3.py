"""Issue 12, held-out batch 3 of the unseen province (govcrawl/province/unseen/batch3): the
measurement run on it (its fixture contract is tests/crawl/test_unseen_held_out.py's).  How the
crawler does on it is ``benchmarks/unseen_coverage.py --batch batch3`` (BENCHMARKS.md)."""

from __future__ import annotations

import pytest

from tests.crawl.unseen_fixture import assert_measurement_holds


@pytest.mark.slow
def test_batch3_measurement_runs() -> None:
    assert_measurement_holds("batch3")
