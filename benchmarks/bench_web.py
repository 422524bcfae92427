"""Web view benchmark: a synthetic province of 1,000 agencies over 5 years, served by waitress.

    python benchmarks/bench_web.py [--agencies 1000] [--years 5] [--repeat 30] [--keep DIR]
                                   [--screenshot docs/web-view]

Builds a SQLite store (unless ``--keep DIR`` holds one already): for each year a pool of real
records — synthetic reports (``govcrawl.synth``) rendered as pages and parsed by the real parser,
one in six printed with a contradiction (its checks fail) —
copied to every agency with its own agency, title, year, publication date (mostly on time, some late,
some undated, some missing) and licensing count; ~3 % of reports get a revised second version;
every portal has a list-page state (2 % blocked).  100 regions of 10 agencies.  Then times, over
HTTP on 127.0.0.1 (what a browser waits for, server and rendering included): the compliance page
of one year for the whole province, and the report page of random agencies.  Prints median, p95
and max; then the CPU time per page of the same two pages rendered in process (one at a time), a
figure a shared machine's load does not inflate.  ``--screenshot PREFIX`` also saves PNGs of the
compliance and a report page taken by headless chromium (``PREFIX-compliance.png``,
``PREFIX-report.png``).
"""

from __future__ import annotations

import argparse
import copy
import random
import statistics
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from govcrawl.crawl.registry import Site
from govcrawl.report import parse_report
from govcrawl.store import Store
from govcrawl.store.urlstate import UrlRow, save, url_key
from govcrawl.synth.html import render_page
from govcrawl.synth.model import random_report
from govcrawl.testing.browser import chromium, served
from govcrawl.web.app import create_app

POOL = 6
FIRST_YEAR = 2019


def agency(i: int) -> dict[str, str]:
    region = i // 10
    return {"id": f"bench-{i:04d}", "name": f"基准{region:02d}县第{i % 10}局",
            "region": f"基准省第{region:02d}县", "region_code": f"98{region // 10 + 1:02d}{region % 10 + 1:02d}"}


def sites(n: int) -> list[Site]:
    out = []
    for i in range(n):
        a = agency(i)
        out.append(Site(id=a["id"], agency=a["name"], cms="trs_classic", start_urls=(f"http://www.a{i:04d}.gov.test/",),
                        province="基准省", region=a["region"], region_code=a["region_code"]))
    return out


def pool(rng: random.Random, years: int) -> dict[int, list[tuple[dict[str, Any], bytes]]]:
    out: dict[int, list[tuple[dict[str, Any], bytes]]] = {}
    for year in range(FIRST_YEAR, FIRST_YEAR + years):
        version = "v2019" if year < 2020 else "v2021"
        out[year] = []
        for j in range(POOL):
            doc = random_report(rng, version, year)  # type: ignore[arg-type]
            granted = doc.tables["t3"]["granted"]
            if j == 0 and isinstance(granted["natural_person"], int):
                granted["natural_person"] += 1  # a report that contradicts itself: its checks fail
            body, _media = render_page(doc, "trs", rng)
            out[year].append((parse_report(body, "text/html", url="http://x.gov.test/r.html", agency={"id": "x"}),
                              body))
    return out


def build(store: Store, n: int, years: int, seed: int = 15) -> None:
    rng = random.Random(seed)
    t0 = time.perf_counter()
    reports = pool(rng, years)
    print(f"parsed a pool of {POOL * years} synthetic reports in {time.perf_counter() - t0:.1f} s", flush=True)
    t0 = time.perf_counter()
    saved = 0
    for year in range(FIRST_YEAR, FIRST_YEAR + years):
        with store.transaction():
            for i in range(n):
                roll = rng.random()
                if roll < 0.04:
                    continue  # not published (or not found)
                rec, body = reports[year][i % POOL]
                rec = copy.deepcopy(rec)
                rec["agency"] = agency(i)
                rec["year"] = year
                rec["title"] = f"{rec['agency']['name']}{year}年政府信息公开工作年度报告"
                if roll < 0.80:
                    rec["published_date"] = f"{year + 1}-01-{rng.randint(5, 31):02d}"
                elif roll < 0.95:
                    rec["published_date"] = f"{year + 1}-{rng.randint(2, 6):02d}-{rng.randint(1, 28):02d}"
                else:
                    rec["published_date"] = None
                t2 = rec["tables"].get("t2") or {}
                if "art20_5" in t2:
                    t2["art20_5"]["administrative_licensing"]["decision_count"] = rng.randint(0, 900)
                url = f"http://www.a{i:04d}.gov.test/nb/{year}.html"
                seen = datetime(year + 1, 2, 15, tzinfo=UTC)
                store.save_record(rec, body + f"<!-- {i} {year} -->".encode(), "text/html", url, fetched_at=seen)
                saved += 1
                if rng.random() < 0.03:
                    rec = copy.deepcopy(rec)
                    rec["sections"]["overview"] = (rec["sections"].get("overview") or "") + "（已修订）"
                    store.save_record(rec, body + f"<!-- {i} {year} v2 -->".encode(), "text/html", url,
                                      fetched_at=seen + timedelta(days=40))
    print(f"stored {saved} reports in {time.perf_counter() - t0:.1f} s", flush=True)
    when = datetime(FIRST_YEAR + years, 2, 15, tzinfo=UTC)
    for i in range(n):
        ok = rng.random() > 0.02
        u = f"http://www.a{i:04d}.gov.test/nb/index.html"
        save(store, UrlRow(key=url_key("GET", u), url=u, method="GET", host=f"www.a{i:04d}.gov.test", kind="list",
                           site_id=agency(i)["id"], report_year=None, first_fetched=when, last_fetched=when,
                           last_changed=None, last_status=200 if ok else 403, result="changed" if ok else "error",
                           error=None if ok else "HTTP 403", etag=None, last_modified=None, body_sha256=None,
                           media_type=None, stored_sha256=None, consecutive_errors=0 if ok else 2, interval_s=None,
                           next_due=when + timedelta(days=1)))


def revised_report(store: Store, year: int) -> str:
    """An agency whose report for ``year`` was revised (its page shows a diff), else any."""
    from sqlalchemy import select

    from govcrawl.store.models import Agency, Report, ReportVersion

    with store.reading() as conn:
        key = conn.execute(
            select(Agency.key).join(Report, Report.agency_id == Agency.id)
            .join(ReportVersion, ReportVersion.id == Report.current_version_id)
            .where(Report.year == year).order_by(ReportVersion.number.desc(), Agency.key).limit(1)
        ).scalar()
    return str(key)


def timed(url: str) -> tuple[float, int]:
    t = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as resp:
        size = len(resp.read())
        assert resp.status == 200, url
    return (time.perf_counter() - t) * 1000, size


def summary(name: str, times: list[float], size: int) -> str:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    return (f"{name:<40} median {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms   "
            f"max {times[-1]:7.1f} ms   ({len(times)} requests, {size / 1024:.0f} KB)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agencies", type=int, default=1000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--keep", type=Path, help="build the store here (reused when it exists)")
    parser.add_argument("--screenshot", help="save PNGs PREFIX-compliance.png and PREFIX-report.png")
    args = parser.parse_args(argv)

    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-web-"))
    root.mkdir(parents=True, exist_ok=True)
    db = root / "store.sqlite3"
    fresh = not db.exists()
    store = Store.open(f"sqlite:///{db}", data_dir=root, fsync_raw=False)
    if fresh:
        build(store, args.agencies, args.years)
    year = FIRST_YEAR + args.years - 2
    rng = random.Random(1)
    changes = max(store.max_change_id() - 100, 1)
    app = create_app(store, sites(args.agencies))
    with served(app) as base:
        timed(f"{base}/compliance?year={year}")  # warm-up: templates compiled, pages cached by SQLite
        results = []
        for name, make in (
            (f"compliance {year}", lambda: f"{base}/compliance?year={year}"),
            (f"compliance {year} sorted", lambda: f"{base}/compliance?year={year}&sort=days_late&desc=1"),
            ("report page", lambda: f"{base}/report?agency=bench-{rng.randrange(args.agencies):04d}&year={year}"),
            ("agency page", lambda: f"{base}/agency?key=bench-{rng.randrange(args.agencies):04d}"),
            ("region page (10 agencies)", lambda: f"{base}/region/98{rng.randrange(1, 11):02d}01"),
            ("api/changes (100 records)", lambda: f"{base}/api/changes?since={rng.randrange(changes)}&limit=100"),
        ):
            times, size = [], 0
            for _ in range(args.repeat):
                try:
                    ms, size = timed(make())
                except urllib.error.HTTPError as exc:  # an agency without a report that year
                    if exc.code != 404:
                        raise
                    continue
                times.append(ms)
            results.append(summary(name, times, size))
        # The same pages in process, one at a time: CPU seconds per page, which a loaded machine
        # does not inflate as it does wall-clock time.
        client = app.test_client()
        for name, path in ((f"compliance {year}", f"/compliance?year={year}"),
                           ("report page", f"/report?agency={revised_report(store, year)}&year={year}")):
            cpu = []
            for _ in range(args.repeat):
                t = time.process_time()
                assert client.get(path).status_code == 200
                cpu.append((time.process_time() - t) * 1000)
            results.append(f"{name + ' (CPU, in process)':<40} median {statistics.median(cpu):7.1f} ms   "
                           f"min {min(cpu):7.1f} ms")
        print(f"{args.agencies} agencies x {args.years} years, store {db} ({db.stat().st_size / 1e6:.0f} MB)")
        print("\n".join(results))
        if args.screenshot:
            with chromium(1200, 820) as browser:
                browser.get(f"{base}/compliance?year={year}")
                browser.save_screenshot(f"{args.screenshot}-compliance.png")
                browser.get(f"{base}/report?agency={revised_report(store, year)}&year={year}")
                browser.save_screenshot(f"{args.screenshot}-report.png")
            print(f"screenshots: {args.screenshot}-compliance.png, {args.screenshot}-report.png")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
