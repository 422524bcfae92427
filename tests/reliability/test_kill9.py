"""Kill -9 in the middle of a crawl, crawl again: the store ends up record for record like an
uninterrupted crawl's (benchmarks/kill9_trials.py runs the full campaign of ≥ 20 trials)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.provincecrawl import ProvinceCrawl
from tests.reliability.conftest import Reference


@pytest.mark.slow
def test_killed_crawls_resume_to_the_reference_records(
    kill9: ModuleType, fixture_proxy: str, reference: Reference, tmp_path: Path
) -> None:
    # One kill while reports are being stored: once a third of the reference's reports are in the
    # store (the crawl's own progress, not a delay, so the kill lands mid-crawl under any load).
    # One trial proves the property; the kill at other moments is benchmarks/kill9_trials.py's
    # campaign (20 trials), and tests/crawl/test_resume.py kills at 40 reports and checks what is
    # fetched again.  (It was two trials at timed delays, 4 crawls.)
    at_reports = len(reference.dump["reports"]) // 3
    result = kill9.one_trial(reference.dump, fixture_proxy, tmp_path / "t0" / "store.sqlite3", 600.0, at_reports)
    assert result["problems"] == [], result
    assert result["killed"], "the crawl finished before it could be killed: the test proved nothing"
    assert at_reports <= result["reports_at_kill"] < len(reference.dump["reports"]), result


def test_comparison_sees_a_lost_and_a_duplicated_version(province_crawl: ProvinceCrawl, tmp_path: Path) -> None:
    """The comparison is what the trials rest on: it must notice what a bad resume would do.
    (On the session's province crawl, tests/provincecrawl.py: any whole-province store will do.)"""
    import shutil
    import sqlite3

    from govcrawl.testing.dbcompare import canonical_dump, compare_dumps, consistency_problems

    assert province_crawl.after_first is not None
    reference_dump = canonical_dump(f"sqlite:///{province_crawl.after_first}")
    db = tmp_path / "store.sqlite3"
    shutil.copy(province_crawl.after_first, db)
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
    problems = compare_dumps(reference_dump, canonical_dump(f"sqlite:///{db}"))
    assert any(victim[1] in p for p in problems), problems
    assert len(problems) == 2, problems
    found = consistency_problems(f"sqlite:///{db}")
    assert any("cells stored" in p for p in found), found
    assert any("open versions" in p for p in found), found
