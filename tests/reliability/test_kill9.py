"""Kill -9 in the middle of a crawl, crawl again: the store ends up record for record like an
uninterrupted crawl's (benchmarks/kill9_trials.py runs the full campaign of ≥ 20 trials)."""

from __future__ import annotations

import random
from pathlib import Path
from types import ModuleType

import pytest

from tests.reliability.conftest import Reference


@pytest.mark.slow
def test_killed_crawls_resume_to_the_reference_records(
    kill9: ModuleType, fixture_proxy: str, reference: Reference, tmp_path: Path
) -> None:
    rng = random.Random(6)
    # Two kills while reports are being stored.  The reference crawl was the server's first (it
    # waited out the fixture's one-time hangs); later crawls are faster, hence the early fractions.
    delays = [reference.seconds * rng.uniform(0.25, 0.4), reference.seconds * rng.uniform(0.45, 0.6)]
    results = [kill9.one_trial(reference.dump, fixture_proxy, tmp_path / f"t{i}" / "store.sqlite3", d)
               for i, d in enumerate(delays)]
    for result in results:
        assert result["problems"] == [], result
    assert any(r["killed"] for r in results), "no trial was killed mid-crawl: the test proved nothing"


def test_comparison_sees_a_lost_and_a_duplicated_version(reference: Reference, tmp_path: Path) -> None:
    """The comparison is what the trials rest on: it must notice what a bad resume would do."""
    import shutil
    import sqlite3

    from govcrawl.testing.dbcompare import canonical_dump, compare_dumps, consistency_problems

    db = tmp_path / "store.sqlite3"
    shutil.copy(reference.db, db)
    conn = sqlite3.connect(db)
    with conn:
        victim = conn.execute("SELECT id, key FROM reports ORDER BY key LIMIT 1").fetchone()
        # A duplicated version: the same content stored again as version 2.
        conn.execute(
            "INSERT INTO report_versions (report_id, number, content_hash, valid_from, first_seen, last_seen, "
            "source_url, media_type, raw_sha256, parser_version, template_version, status, title, "
            "published_date, crawl_run_id, current_parse_id) "
            "SELECT report_id, 2, content_hash, valid_from, first_seen, last_seen, source_url, media_type, "
            "raw_sha256, parser_version, template_version, status, title, published_date, crawl_run_id, "
            "current_parse_id FROM report_versions WHERE report_id = ?", (victim[0],))
        # A lost report's cells: a half-written parse.
        other = conn.execute("SELECT current_parse_id FROM report_versions WHERE report_id != ? LIMIT 1",
                             (victim[0],)).fetchone()[0]
        conn.execute("DELETE FROM cells WHERE parse_id = ?", (other,))
    conn.close()
    problems = compare_dumps(reference.dump, canonical_dump(f"sqlite:///{db}"))
    assert any(victim[1] in p for p in problems), problems
    assert len(problems) == 2, problems
    found = consistency_problems(f"sqlite:///{db}")
    assert any("cells stored" in p for p in found), found
    assert any("open versions" in p for p in found), found
