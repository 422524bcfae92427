"""Issue 15: progress per portal with counts and an ETA, on a real crawl of fixture portals."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from scrapy import Request

from govcrawl.crawl.progress import PortalProgress, duration
from govcrawl.crawl.registry import registered_sites
from govcrawl.crawl.state import CrawlState
from tests.conftest import ROOT

PORTALS = ("qingshan-gov", "hackedcounty-gov", "wafportal-rs")  # two of one family (one crawler), one blocked


def test_crawl_prints_each_portal_once_with_its_counts_and_an_eta(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    args = [arg for site in PORTALS for arg in ("--site", site)]
    run = subprocess.run([sys.executable, "-m", "govcrawl", "crawl", *args, "--db", f"sqlite:///{db}",
                          "--progress-every", "0.2"], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert "Traceback" not in run.stderr
    done = re.findall(r"^… portal (\S+) done: (\d+) reports.*?, (\d+) pages(.*)$", run.stderr, flags=re.M)
    names = [d[0] for d in done]
    assert sorted(names) == sorted(PORTALS)  # each once, the last ones when the crawl ends
    with sqlite3.connect(db) as conn:
        stored = dict(conn.execute(
            "SELECT CASE WHEN instr(a.key, '/') > 0 THEN substr(a.key, 1, instr(a.key, '/') - 1) ELSE a.key END,"
            " count(*) FROM reports r JOIN agencies a ON a.id = r.agency_id GROUP BY 1").fetchall())
    for site, reports, pages, rest in done:
        # A portal is reported done only once its reports are stored: the count is the final one.
        assert int(reports) == stored.get(site, 0), (site, reports, stored)
        if site == "wafportal-rs":
            assert "blocked" in rest
        else:
            assert int(pages) > 0
    assert stored.get("qingshan-gov", 0) > 0 and stored.get("hackedcounty-gov", 0) > 0
    totals = re.findall(r"^… portals (\d+)/3, reports (\d+), pages (\d+).*elapsed \S+(, ETA ~\S+)?$",
                        run.stderr, flags=re.M)
    assert totals, run.stderr
    finished = [int(t[0]) for t in totals]
    assert finished == sorted(finished)  # never goes back
    assert all(t[3] for t in totals if 0 < int(t[0]) < 3)  # an ETA once a portal has finished
    assert not any(t[3] for t in totals if int(t[0]) == 0)


def test_eta_and_per_portal_accounting() -> None:
    sites = [s for s in registered_sites() if s.id in PORTALS]
    clock = [100.0]
    state = CrawlState(writer=None, run_id=None, portals_total=len(sites))
    progress = PortalProgress(state, sites, clock=lambda: clock[0])
    first, second = sites[0], sites[1]
    pages = [Request(f"http://x.test/{i}", meta={"site": first}) for i in range(3)]
    for request in pages:
        progress._scheduled(request)
    progress._scheduled(Request("http://y.test/", meta={"site": second}))
    progress._answered(pages[0])
    clock[0] = 110.0
    assert progress.tick() == ["portals 0/3, reports 0, pages 1, failures 0, blocked portals 0, elapsed 10s"]
    for request in pages[1:]:
        progress._answered(request)
    state.per_report[(f"{first.id}/某某局", 2023)] = "new"  # an agency of the portal, by id prefix
    clock[0] = 115.0
    assert not any("done" in line for line in progress.tick())  # quiet once: not yet done
    clock[0] = 120.0
    lines = progress.tick()
    assert lines[0] == f"portal {first.id} done: 1 reports (1 new), 3 pages"
    assert lines[1].endswith("elapsed 20s, ETA ~40s")  # 20 s per portal, two left
    assert progress.tick()[:-1] == []  # reported once
    assert duration(59) == "59s" and duration(61) == "1m01s" and duration(7322) == "2h02m"
