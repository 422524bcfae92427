"""Issue 12, held-out batch 29 of the unseen province (govcrawl/province/unseen/batch29): the measurement
holds on it — no non-report stored, none under another agency, every shortfall stated, every record as
docs/record.md says.  (Its fixture contract is tests/crawl/test_unseen_held_out.py's, as every batch's;
a per-portal test of its declared counts, as batches 22–28 have, is not written yet.)"""

from __future__ import annotations

import pytest

from tests.crawl.unseen_fixture import assert_measurement_holds


@pytest.mark.slow
def test_batch29_measurement_runs() -> None:
    assert_measurement_holds("batch29")
