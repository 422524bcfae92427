"""End to end: crawl the whole fixture province (served on 127.0.0.1) into a fresh SQLite store;
every report is found with its exact values, no decoy is stored, and a second crawl of the
unchanged province creates no new version.  (The two crawls are the session's, shared with
test_recrawl.py: tests/provincecrawl.py.)"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from govcrawl.errors import ExitCode
from govcrawl.report.normalize import squash
from govcrawl.report.schema import assert_valid_record
from tests.conftest import FIXTURES
from tests.provincecrawl import ProvinceCrawl, copy_store, govcrawl
from tests.report.expected import expected_values, flat_tables


@pytest.fixture(scope="module")
def crawled(province_recrawled: ProvinceCrawl) -> dict[str, Any]:
    """The session's province crawl (default politeness, in a subprocess) and its re-crawl."""
    crawl = province_recrawled
    assert crawl.first is not None and crawl.second is not None
    assert "blocked portals: wafportal-" in crawl.first.done.stdout
    return {"first": crawl.first.done, "records": crawl.records, "second": crawl.second.done,
            "after_second": crawl.after_second, "all_versions": crawl.all_versions, "province": crawl.province}


def _key(agency_name: str, year: int | None) -> tuple[str, int | None]:
    return squash(agency_name), year


def test_every_report_found_and_no_decoy(crawled: dict[str, Any]) -> None:
    province = crawled["province"]  # its truth (the session builds it once)
    stored = {_key(r["agency"]["name"], r["year"]) for r in crawled["records"]}
    wanted = {_key(t.agency_name, t.year) for t in province.reports()}
    assert stored == wanted
    titles = {squash(r["title"] or "") for r in crawled["records"]}
    for decoy in province.decoys():
        assert squash(decoy.title) not in titles


def test_exact_values(crawled: dict[str, Any]) -> None:
    province = crawled["province"]  # its truth (the session builds it once)
    by_key = {_key(r["agency"]["name"], r["year"]): r for r in crawled["records"]}
    for truth in province.reports():
        record = by_key[_key(truth.agency_name, truth.year)]
        assert set(truth.flags) <= set(record["flags"]), (truth.url, record["flags"])
        if truth.seed:
            expected = json.loads((FIXTURES / "reports" / truth.seed / "expected.json").read_text(encoding="utf-8"))
            assert flat_tables(record["tables"]) == expected_values(expected), truth.url
        elif truth.doc is None or "image_only" in truth.flags:
            # bytes the parser cannot read (old .doc) or values only in pictures: flagged, no value invented
            assert not any(v is not None for v in flat_tables(record["tables"]).values()), truth.url
        else:
            assert flat_tables(record["tables"]) == flat_tables(dict(truth.doc.tables)), truth.url
        assert record["source"]["media_type"].startswith(truth.media_type)
        assert record["source"]["url"] == (truth.report_url or truth.url)


def test_second_crawl_makes_no_new_version(crawled: dict[str, Any]) -> None:
    # The WAF portals' pages back off after the first crawl's challenges: not asked, not blocked again.
    assert crawled["second"].returncode in (ExitCode.OK, ExitCode.PORTALS_UNREACHABLE), crawled["second"].stderr
    assert len(crawled["all_versions"]) == len(crawled["records"])
    finished = next(line for line in crawled["second"].stdout.splitlines() if line.startswith("crawl finished"))
    assert "unchanged" in finished and "new" not in finished.split("reports (")[1]


def test_summary_names_agencies_and_years(crawled: dict[str, Any]) -> None:
    out = crawled["first"].stdout
    assert "crawl finished: " in out
    assert "青山县人民政府" in out and "2019:new" in out


def test_reparse_yields_the_records_the_crawl_made(crawled: dict[str, Any], tmp_path: Path) -> None:
    # One completion path (govcrawl.crawl.parsejob): a reparse with the same parser makes the
    # crawl's own records — the .doc and .ofd reports keep the year their list entry named, the
    # attachments keep their page URL, the agency keeps its portal — so no parse row is added.
    db = f"sqlite:///{copy_store(crawled['after_second'], tmp_path / 'store')}"
    run = govcrawl("reparse", "--db", db)
    assert run.returncode == 0, run.stderr
    total = len(crawled["records"])
    assert f"reparsed {total} version(s): 0 new parse(s), {total} unchanged, 0 failed" in run.stdout, run.stdout
    export = govcrawl("export", "--db", db, "--format", "jsonl")
    assert [json.loads(line) for line in export.stdout.splitlines() if line.strip()] == crawled["records"]


def test_exported_records_match_the_documented_shape(crawled: dict[str, Any]) -> None:
    # the crawl parsed them in worker processes: check what the store hands downstream
    assert crawled["records"]
    for record in crawled["records"] + crawled["all_versions"]:
        assert_valid_record(record)
