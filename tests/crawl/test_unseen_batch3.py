"""Issue 12, held-out batch 3 of the unseen province (govcrawl/province/unseen/batch3): the
fixture's own contract — every registry entry is a plain user entry whose start page the fixture
server serves, every list entry of the ground truth is served (the report's bytes where an
attachment holds them), the truth is well formed.  How the crawler does on it is a measurement
(``benchmarks/unseen_coverage.py --batch batch3``, BENCHMARKS.md), not a gate of this file."""

from __future__ import annotations

import pytest

from govcrawl.province.unseen import build_unseen, registries
from govcrawl.province.unseen.batch3.waf_zhangshan import CLEARANCE, clearance_value
from govcrawl.province.unseen.measure import Measurement, measure
from tests.crawl.unseen_fixture import assert_registered_as_a_user_would, fetch, registry_entries

BATCH = ("batch3",)
WAF_COOKIE = f"{CLEARANCE}={clearance_value()}"  # what a browser sends once 加速乐's script ran


def test_batch3_is_registered_with_plain_entries() -> None:
    assert_registered_as_a_user_would("batch3", ('portals', 'holdout'))


def test_batch3_truth_is_well_formed() -> None:
    province = build_unseen(BATCH)
    entries = {e["id"] for e in registry_entries(BATCH)}
    assert {t.site_id for t in province.truth} == entries, "a registry entry without ground truth"
    reports, decoys = province.reports(), province.decoys()
    assert len(reports) >= 45 and len(decoys) >= 20
    assert len({(t.agency_name, t.year) for t in reports}) == len(reports)
    assert len({t.url for t in province.truth}) == len(province.truth)
    for truth in reports:
        assert truth.doc is not None and truth.doc.year == truth.year and truth.doc.agency_name == truth.agency_name
    # Report-like titles that are not reports: each decoy's title names a 年度 document of some kind.
    assert all(("年" in t.title) for t in decoys)


def test_batch3_start_pages_and_every_entry_are_served() -> None:
    province = build_unseen(BATCH)
    waf_hosts = {"www.zhangshan.gov.test"}
    with province.server() as server:
        for entry in registry_entries(BATCH):
            for url in entry["start_urls"]:
                status, _, body = fetch(server.proxy, url.split("#")[0])
                if any(h in url for h in waf_hosts):
                    assert status == 521 and b"document.cookie" in body, url  # the WAF answers first
                    status, _, body = fetch(server.proxy, url, cookie=WAF_COOKIE)
                assert status == 200 and body, url
        for truth in province.truth:
            cookie = WAF_COOKIE if any(h in truth.url for h in waf_hosts) else None
            status, _, body = fetch(server.proxy, truth.url, cookie=cookie)
            assert status == 200 and body, truth.url
            if truth.report_url:
                status, media, body = fetch(server.proxy, truth.report_url, referer=truth.url, cookie=cookie)
                assert status == 200 and media.startswith(truth.media_type), (truth.report_url, media)
                assert not body.lstrip().startswith(b"<"), f"{truth.report_url}: an error page, not the file"


@pytest.mark.slow
def test_batch3_measurement_runs() -> None:
    """The measurement itself on batch 3: every entry is scored against its truth, each registry file
    is crawled by its own command and its exit code recorded — and what must hold on any batch does:
    no non-report stored, none under another agency, every shortfall stated, every record as
    docs/record.md says.  (The unchanged re-crawl is measured on batches 1–2, test_unseen_province.py,
    and by benchmarks/unseen_coverage.py.)"""
    m: Measurement = measure(BATCH, ceiling=False, recrawl=False)
    assert {p.site_id for p in m.portals} == {e["id"] for e in registry_entries(BATCH)}
    assert m.expected == len(build_unseen(BATCH).reports())
    assert [r.registry for r in m.runs] == [p.name for p in registries(BATCH)]
    assert all(r.exit_code is not None for r in m.runs)
    assert m.non_reports_stored == 0, m.decoys_stored + m.unknown_records
    assert m.other_agency == 0, [x for p in m.portals for x in p.problems if "stored under" in x]
    assert not m.shortfalls_unstated, m.shortfalls_unstated
    assert not m.invalid_records, m.invalid_records[:5]
