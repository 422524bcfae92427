"""Issue 12, the measurement on held-out batches 3–15 of the unseen province, in one run: their
portals served together, each registry file crawled by its own command, the store exported once —
and what must hold on any batch does (no non-report stored, none under another agency, every
shortfall stated in the summary and the exit code, every record as docs/record.md says).  One run
instead of thirteen saves the suite the thirteen servers and exports, not a check; the newer
batches keep a measurement test of their own (tests/crawl/test_unseen_batch16.py …), and every
batch's figures are ``benchmarks/unseen_coverage.py --batch all`` (BENCHMARKS.md)."""

from __future__ import annotations

import pytest

from govcrawl.province.unseen import BATCHES
from tests.crawl.unseen_fixture import assert_measurement_holds

OLDER = BATCHES[BATCHES.index("batch3"):BATCHES.index("batch15") + 1]


@pytest.mark.slow
def test_batches_3_to_15_measurement_runs() -> None:
    assert len(OLDER) == 13
    assert_measurement_holds(*OLDER)
