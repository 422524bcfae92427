"""End to end: crawl the whole fixture province (served on 127.0.0.1) into a fresh SQLite store;
every report is found with its exact values, no decoy is stored, and a second crawl of the
unchanged province creates no new version."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from govcrawl.province.fixture import PROVINCE, build_province
from govcrawl.report.normalize import squash
from govcrawl.report.schema import assert_valid_record
from tests.conftest import FIXTURES, ROOT
from tests.report.expected import expected_values, flat_tables


def govcrawl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "govcrawl", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = f"sqlite:///{tmp_path_factory.mktemp('crawl') / 'govcrawl.sqlite3'}"
    first = govcrawl("crawl", "--province", PROVINCE, "--db", db, "--quiet")
    assert first.returncode == 0, first.stdout + first.stderr
    export = govcrawl("export", "--db", db, "--format", "jsonl")
    assert export.returncode == 0, export.stderr
    records = [json.loads(line) for line in export.stdout.splitlines() if line.strip()]
    second = govcrawl("crawl", "--province", PROVINCE, "--db", db, "--quiet")
    again = govcrawl("export", "--db", db, "--format", "jsonl", "--all-versions")
    return {"first": first, "records": records, "second": second, "db": db,
            "all_versions": [json.loads(line) for line in again.stdout.splitlines() if line.strip()]}


def _key(agency_name: str, year: int | None) -> tuple[str, int | None]:
    return squash(agency_name), year


def test_every_report_found_and_no_decoy(crawled: dict[str, Any]) -> None:
    province = build_province()
    stored = {_key(r["agency"]["name"], r["year"]) for r in crawled["records"]}
    wanted = {_key(t.agency_name, t.year) for t in province.reports()}
    assert stored == wanted
    titles = {squash(r["title"] or "") for r in crawled["records"]}
    for decoy in province.decoys():
        assert squash(decoy.title) not in titles


def test_exact_values(crawled: dict[str, Any]) -> None:
    province = build_province()
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
    assert crawled["second"].returncode == 0, crawled["second"].stderr
    assert len(crawled["all_versions"]) == len(crawled["records"])
    finished = next(line for line in crawled["second"].stdout.splitlines() if line.startswith("crawl finished"))
    assert "unchanged" in finished and "new" not in finished.split("reports (")[1]


def test_summary_names_agencies_and_years(crawled: dict[str, Any]) -> None:
    out = crawled["first"].stdout
    assert "crawl finished: " in out
    assert "青山县人民政府" in out and "2019:new" in out


def test_exported_records_match_the_documented_shape(crawled: dict[str, Any]) -> None:
    # the crawl parsed them in worker processes: check what the store hands downstream
    assert crawled["records"]
    for record in crawled["records"] + crawled["all_versions"]:
        assert_valid_record(record)
