"""End to end, fixtures 8–10: ``govcrawl crawl --sites`` of the hub, the WAF portal and the hacked
county (plus 青山县, a portal the hub links to) into a fresh SQLite store, in a subprocess that
also reports what the fixture server was asked (``ProvinceServer.requests``).

* hub: reports reached both by the hub and by their own portal are stored once, under the owner's
  agency; the dead host is in the fetch log with its DNS failure, the expired links with theirs;
* WAF: every portal is logged as blocked, each challenge URL asked once (no retry storm), the
  summary lists the blocked portals, nothing stored;
* hacked county: spam-titled reports flagged, exact values, and not one request to the spam host
  or the mirror.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from govcrawl.crawl.registry import load_sites
from govcrawl.errors import ExitCode
from govcrawl.province.fixture import build_province
from govcrawl.province.portals import hacked_county, province_hub, waf_portal
from govcrawl.province.portals.trs_classic import SITE_ID as QINGSHAN
from govcrawl.report.normalize import squash
from govcrawl.store.models import Agency, FetchLog, Report, ReportVersion
from tests.conftest import ROOT
from tests.report.expected import flat_tables

SITES_FILES = [ROOT / "govcrawl" / "sites" / "fixture.yaml", ROOT / "govcrawl" / "sites" / "fixture-obstacles.yaml"]
MARK = "@@requests@@"
# Serve and crawl in one process so the server's request log can be read after the crawl.
HARNESS = f"""
import json, sys
import govcrawl.province.fixture as fixture
servers = []
_server = fixture.Province.server
def server(self, port=0):
    servers.append(_server(self, port))
    return servers[-1]
fixture.Province.server = server
from govcrawl.cli import main
code = main(sys.argv[1:])
print({MARK!r} + json.dumps(servers[0].requests if servers else []))
sys.exit(code)
"""


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = f"sqlite:///{tmp_path_factory.mktemp('obstacles') / 'govcrawl.sqlite3'}"
    args = ["crawl", "--all", "--db", db, "--quiet"]
    for path in SITES_FILES:
        args += ["--sites", str(path)]
    run = subprocess.run([sys.executable, "-c", HARNESS, *args], capture_output=True, text=True, cwd=ROOT,
                         timeout=900)
    # The WAF portal is blocked: the crawl says so in its exit status (ExitCode.PORTALS_UNREACHABLE).
    assert run.returncode == ExitCode.PORTALS_UNREACHABLE, run.stdout[-3000:] + run.stderr[-3000:]
    out, _, requests = run.stdout.partition(MARK)
    export = subprocess.run([sys.executable, "-m", "govcrawl", "export", "--db", db, "--format", "jsonl"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert export.returncode == 0, export.stderr
    engine = create_engine(db)
    with Session(engine) as session:
        fetches = [(f.url, f.http_status, f.error) for f in session.scalars(select(FetchLog))]
        reports = session.execute(
            select(Agency.key, Report.year, Report.id).join(Agency, Agency.id == Report.agency_id)).all()
        versions = Counter(session.scalars(select(ReportVersion.report_id)))
    engine.dispose()
    return {
        "summary": out,
        "requests": [tuple(r) for r in json.loads(requests)],
        "fetches": fetches,
        "reports": reports,
        "versions": versions,
        "records": [json.loads(line) for line in export.stdout.splitlines() if line.strip()],
    }


def host(url: str) -> str:
    return urlsplit(url).hostname or ""


# -- 8: the province hub -------------------------------------------------------------------------
def test_hub_reports_are_stored_once_under_their_owner(crawl: dict[str, Any]) -> None:
    province = build_province()
    keys = [(agency, year) for agency, year, _id in crawl["reports"]]
    assert len(keys) == len(set(keys))
    assert all(n == 1 for n in crawl["versions"].values()), "a report got a second version in one crawl"
    # The hub links to every other portal's reports; whichever spider fetched one, it is stored
    # under its owner's agency: the hub's agency holds only its own 示例省… reports.
    hub_id = province_hub.SITE_ID
    agencies = {agency for agency, _year, _id in crawl["reports"]}
    assert not {a for a in agencies if a.startswith(f"{hub_id}/") and not a.startswith(f"{hub_id}/示例省")}
    other = {t.site_id for t in province.reports()} - {hub_id}
    assert {a.split("/")[0] for a in agencies} == other | {hub_id}
    # 青山县's reports: linked from the hub and listed by 青山县 — fetched by whichever spider asks
    # first (once, with the process-wide dupefilter; else by both) — one report row, one version.
    fetched = Counter(url for url, status, _error in crawl["fetches"] if status == 200)
    qingshan = [t for t in province.reports() if t.site_id == QINGSHAN]
    assert qingshan and all(1 <= fetched[t.url] <= 2 for t in qingshan)
    for truth in qingshan:
        agency = QINGSHAN if truth.agency_name == "青山县人民政府" else f"{QINGSHAN}/{truth.agency_name}"
        assert keys.count((agency, truth.year)) == 1, truth.title


def test_hub_own_reports_and_values(crawl: dict[str, Any]) -> None:
    by_key = {(r["agency"]["id"], r["year"]): r for r in crawl["records"]}
    hub = next(p for p in build_province().portals if isinstance(p, province_hub.ProvinceHub))
    for truth in (t for t in hub.truth if t.kind == "report"):
        agency = province_hub.SITE_ID if truth.agency_name == province_hub.AGENCY \
            else f"{province_hub.SITE_ID}/{truth.agency_name}"
        record = by_key[(agency, truth.year)]
        assert truth.doc is not None
        assert flat_tables(record["tables"]) == flat_tables(dict(truth.doc.tables)), truth.url
        assert record["source"]["url"] == (truth.report_url or truth.url)
        assert record["source"]["media_type"].startswith(truth.media_type)
    titles = {squash(r["title"] or "") for r in crawl["records"]}
    assert not any(squash(t.title) in titles for t in hub.truth if t.kind == "decoy")


def test_dead_host_and_expired_links_are_in_the_fetch_log_with_their_reason(crawl: dict[str, Any]) -> None:
    errors: dict[str, list[str]] = {}
    for url, _status, error in crawl["fetches"]:
        if error:
            errors.setdefault(url, []).append(error)
    for _tab, _title, url, kind in province_hub.DEAD_LINKS:
        reasons = " | ".join(errors.get(url, []))
        if kind == "gone":
            assert "CannotResolveHostError" in reasons and "does not resolve" in reasons, url
            assert len(errors[url]) == 1, "an unresolvable name is not retried"
        elif kind == "moved":
            assert "expired link: redirected to the home page" in reasons, url
        else:
            assert "HTTP 404" in reasons, url
    assert not any(host(url) == province_hub.GONE_HOST for _m, url, _s in crawl["requests"])
    assert not any(host(r["source"]["url"]) == province_hub.GONE_HOST for r in crawl["records"])
    assert {squash(r["agency"]["name"] or "") for r in crawl["records"]}.isdisjoint(
        {"示例省旧城县", "示例省原农业厅", "示例省原粮食局"})


# -- 9: the WAF-protected portal -----------------------------------------------------------------
def test_waf_portals_are_blocked_without_a_retry_storm(crawl: dict[str, Any]) -> None:
    sites = {s.id: s for s in load_sites(SITES_FILES[1]) if s.id in waf_portal.SITE_IDS}
    blocked = {url: error for url, _status, error in crawl["fetches"]
               if host(url) == waf_portal.HOST and error and error.startswith("blocked:")}
    kinds = {"wafportal-rs": "ruishu", "wafportal-jsl": "jiasule", "wafportal-wzws": "wzws"}
    for site_id, site in sites.items():
        for url in site.start_urls:
            assert f"blocked: {kinds[site_id]} WAF challenge" in blocked.get(url, "") \
                or "suspended" in blocked.get(url, ""), url
    asked = Counter(urlsplit(url).path for _m, url, _s in crawl["requests"] if host(url) == waf_portal.HOST)
    challenges = {p: n for p, n in asked.items() if p != "/robots.txt"}
    assert all(n == 1 for n in challenges.values()), challenges        # never retried
    assert not any(p.startswith("/WZWSREL") for p in challenges)      # the 302 is not followed
    assert sum(asked.values()) <= sum(len(s.start_urls) for s in sites.values()) + 3  # + robots.txt per crawler
    summary = crawl["summary"]
    line = next(line for line in summary.splitlines() if line.startswith("blocked portals: "))
    for site_id, kind in kinds.items():
        assert f"{site_id} ({kind} at {waf_portal.HOST})" in line
    assert not any(agency.startswith("wafportal-") for agency, _y, _i in crawl["reports"])


# -- 10: the hacked county -----------------------------------------------------------------------
def test_hacked_county_reports_flagged_exact_and_clones_never_asked(crawl: dict[str, Any]) -> None:
    clones = {hacked_county.MIRROR_HOST, hacked_county.SPAM_HOST}
    assert not [url for _m, url, _s in crawl["requests"] if host(url) in clones]
    assert not [url for url, _s, _e in crawl["fetches"] if host(url) in clones]
    portal = next(p for p in build_province().portals if isinstance(p, hacked_county.HackedCounty))
    truths = {(t.agency_name, t.year): t for t in portal.truth if t.kind == "report"}
    records = {(r["agency"]["name"], r["year"]): r for r in crawl["records"]
               if r["agency"]["id"].startswith(hacked_county.SITE_ID)}
    assert set(records) == set(truths)
    for key, truth in truths.items():
        record = records[key]
        assert truth.doc is not None
        assert flat_tables(record["tables"]) == flat_tables(dict(truth.doc.tables)), truth.url
        assert ("spam_injection" in record["flags"]) == ("spam_injection" in truth.flags), truth.url
        assert host(record["source"]["url"]) == hacked_county.HOST
    assert "spam_injection" in crawl["summary"]
