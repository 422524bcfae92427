"""Incremental re-crawl (issue 5): the crawler's URL memory, conditional requests, the revisit
schedule, ``crawl --due`` and ``govcrawl schedule``.

One fixture province server runs in this process and counts what it is asked; the crawls are
``govcrawl crawl`` subprocesses routed through it (``--fixture-proxy``), all into one database.
The first two are the session's province crawls (tests/provincecrawl.py, shared with
test_province_e2e.py):

1. the first crawl of the province;
2. a re-crawl at once: only list pages are asked (static ones answer 304), no report page or
   attachment is requested, nothing is parsed, no version is made;
3. an agency corrects one report (new bytes, new Last-Modified); four months later every report
   page is due and asked conditionally: exactly that report gets a new version.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from govcrawl.crawl import revisit
from govcrawl.province.fixture import PROVINCE
from govcrawl.province.server import Portal
from govcrawl.province.server import Request as FixtureRequest
from tests.conftest import ROOT
from tests.provincecrawl import ProvinceCrawl, govcrawl


def _rows(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return list(conn.execute(sql, params))


def _static_report_page(portals: list[Portal], truth_urls: set[str]) -> tuple[Portal, str, str]:
    """A report served as a static HTML page with a table cell holding a number: (portal, path, url)."""
    for portal in portals:
        for host in portal.hosts:
            for path, resource in sorted(portal.resources.items()):
                url = f"http://{host}{path}"
                if url in truth_urls and resource.content_type and "html" in resource.content_type \
                        and re.search(rb"<td[^>]*>\s*\d+\s*</td>", resource.body):
                    return portal, path, url
    raise AssertionError("the fixture province has no static HTML report page")


@pytest.fixture(scope="module")
def recrawl(province_recrawled: ProvinceCrawl) -> dict[str, Any]:
    """The session's two province crawls (tests/provincecrawl.py), then a report corrected on its
    portal and a crawl four months later into the same store."""
    crawl = province_recrawled
    assert crawl.first is not None and crawl.second is not None
    assert crawl.after_first is not None and crawl.after_second is not None
    province = crawl.province
    db_path, db = crawl.db_path, crawl.db
    out: dict[str, Any] = {"db": db_path, "province": province}
    out["first"] = (crawl.first.done, crawl.first.requests, crawl.first.seconds)
    out["versions_1"] = _rows(crawl.after_first, "SELECT count(*) FROM report_versions")[0][0]
    out["parses_1"] = _rows(crawl.after_first, "SELECT count(*) FROM report_parses")[0][0]
    # (A URL's #fragment never reaches the server.)
    out["kinds"] = {url.split("#")[0]: kind
                    for url, kind in _rows(crawl.after_first, "SELECT url, kind FROM url_state WHERE method = 'GET'")}
    out["second"] = (crawl.second.done, crawl.second.requests, crawl.second.seconds)
    out["versions_2"] = _rows(crawl.after_second, "SELECT count(*) FROM report_versions")[0][0]
    out["parses_2"] = _rows(crawl.after_second, "SELECT count(*) FROM report_parses")[0][0]
    out["due_now"] = govcrawl("crawl", "--due", "--province", PROVINCE, "--db", db)

    truth_urls = {t.report_url or t.url for t in province.reports()}
    portal, path, url = _static_report_page(province.portals, truth_urls)
    body = portal.resources[path].body
    cell = re.search(rb"(<td[^>]*>\s*)(\d+)(\s*</td>)", body)
    assert cell is not None
    portal.replace(path, body[:cell.start(2)] + str(int(cell.group(2)) + 7).encode() + body[cell.end(2):])
    out["changed_url"] = url
    later = (datetime.now(UTC) + timedelta(days=120)).strftime("%Y-%m-%dT%H:%M")
    third = crawl.crawl("--as-of", later, "--fast")
    out["third"] = (third.done, third.requests, third.seconds)
    return out


def test_first_crawl_fetches_everything(recrawl: dict[str, Any]) -> None:
    done, requests, seconds = recrawl["first"]
    assert "137 new" in done.stdout
    assert len(requests) > 150
    print(f"first crawl: {len(requests)} requests, {seconds:.1f} s")


def test_recrawl_asks_only_list_pages_and_downloads_no_unchanged_body(recrawl: dict[str, Any]) -> None:
    _, first_requests, first_seconds = recrawl["first"]
    _, requests, seconds = recrawl["second"]
    kinds: dict[str, str] = recrawl["kinds"]
    redirected = {url for _, url, status in first_requests if 300 <= status < 400}
    asked = Counter(url for _, url, _ in requests)
    assert asked, "the re-crawl asked for nothing, not even the list pages"
    # A URL asked twice is a fault — unless the re-crawl's own fetch log says an ask timed out and was
    # retried (a list page of the portal whose registry download_timeout is 3 s, on a machine so busy
    # that the crawl waited longer than that): a retry is the crawler working, not re-asking.
    db = recrawl["db"]
    second_run = "(SELECT id FROM crawl_runs ORDER BY id LIMIT 1 OFFSET 1)"
    timed_out = {url for (url,) in _rows(db, "SELECT url FROM fetch_log WHERE error LIKE '%Timeout%' "
                                             f"AND crawl_run_id = {second_run}")}
    twice = {url: n for url, n in asked.items() if n > 1 and url not in timed_out}
    assert not twice, f"asked more than once in one re-crawl, no timeout logged: {twice}"
    for method, url, _ in requests:
        if url.endswith("/robots.txt") or url in redirected or method == "CONNECT":
            # robots.txt of a host met through a link; a link that redirects is followed again; an
            # https portal whose TLS is refused costs one handshake per crawl before http is used.
            continue
        kind = kinds.get(url, "list" if method == "POST" else None)
        assert kind == "list", f"{url} ({kind}) was requested although no report page is due"
    # Every static list page answered 304 (no body); the 200s are dynamic list pages without
    # validators (JSP, JSON API), whose identical bodies are not parsed.
    statuses = Counter(status for _, _, status in requests)
    assert statuses[304] >= 15
    with_validators = {url for (url,) in _rows(db, "SELECT url FROM url_state WHERE etag IS NOT NULL")}
    for _, url, status in requests:
        if status == 200 and not url.endswith("/robots.txt"):
            assert url not in with_validators, f"{url} offers an ETag but its unchanged body was downloaded"
    assert len(requests) < len(first_requests) / 4
    print(f"re-crawl: {len(requests)} requests ({dict(statuses)}) in {seconds:.1f} s; "
          f"first crawl {len(first_requests)} requests in {first_seconds:.1f} s")


def test_recrawl_parses_nothing_and_makes_no_version(recrawl: dict[str, Any]) -> None:
    done = recrawl["second"][0]
    assert recrawl["versions_2"] == recrawl["versions_1"]
    assert recrawl["parses_2"] == recrawl["parses_1"]
    assert "137 reports not re-parsed" in done.stdout
    runs = _rows(recrawl["db"], "SELECT records_new, records_changed, records_reparsed FROM crawl_runs ORDER BY id")
    assert runs[1] == (0, 0, 0)


def test_nothing_due_right_after_a_crawl(recrawl: dict[str, Any]) -> None:
    due = recrawl["due_now"]
    assert due.returncode == 0, due.stderr
    assert "nothing is due" in due.stdout


def test_changed_report_gets_exactly_one_new_version(recrawl: dict[str, Any]) -> None:
    _, requests, _ = recrawl["third"]
    db = recrawl["db"]
    changed = _rows(db, "SELECT r.key, v.source_url FROM report_versions v JOIN reports r ON r.id = v.report_id "
                        "WHERE v.number = 2")
    assert [url for _, url in changed] == [recrawl["changed_url"]]
    assert _rows(db, "SELECT count(*) FROM report_versions")[0][0] == recrawl["versions_2"] + 1
    # Four months on, report pages were due and asked conditionally: most answered 304.
    statuses = Counter(status for _, _, status in requests)
    assert statuses[304] > 100
    run = _rows(db, "SELECT records_new, records_changed FROM crawl_runs ORDER BY id DESC LIMIT 1")[0]
    assert run == (0, 1)


def test_due_picks_portals_whose_lists_are_due(recrawl: dict[str, Any], tmp_path: Path) -> None:
    # Two days later every list page's interval (a day at most) is over: all portals are due.
    # (Dry check through the command's own selection; the crawl itself is the test above.)
    from govcrawl.commands.crawl import due_sites
    from govcrawl.crawl.registry import registered_sites

    sites = [s for s in registered_sites() if s.province == PROVINCE]
    db = f"sqlite:///{recrawl['db']}"
    assert due_sites(sites, db, datetime.now(UTC)) == []
    later = due_sites(sites, db, datetime.now(UTC) + timedelta(days=200))
    blocked = {s.id for s in sites if s.cms == "waf"}  # their start pages back off (a week at most)
    assert {s.id for s in later} >= {s.id for s in sites} - blocked


def test_schedule_runs_crawl_due_periodically(tmp_path: Path) -> None:
    """`govcrawl schedule` (APScheduler): the first run crawls the never-crawled portal, the next
    finds nothing due."""
    registry = yaml.safe_load((ROOT / "govcrawl" / "sites" / "fixture.yaml").read_text(encoding="utf-8"))
    registry["sites"] = [s for s in registry["sites"] if s["id"] == "qingshan-gov"]
    sites = tmp_path / "one.yaml"
    sites.write_text(yaml.safe_dump(registry, allow_unicode=True), encoding="utf-8")
    done = govcrawl("schedule", "--every", "3s", "--runs", "2", "--sites", str(sites),
                    "--db", f"sqlite:///{tmp_path / 'db.sqlite3'}", timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    runs = done.stdout.split("crawl --due")
    assert len(runs) == 3, done.stdout
    assert "crawl finished: 1/1 portals" in runs[1] and "new" in runs[1]
    assert "nothing is due" in runs[2]


# -- the revisit schedule (pure) -------------------------------------------------------------

NOW_SUMMER = datetime(2026, 7, 1, tzinfo=UTC)
NOW_SPRING = datetime(2027, 2, 1, tzinfo=UTC)


def test_list_pages_adapt_and_burst_in_spring() -> None:
    first = revisit.next_interval("list", None, True, report_year=None, now=NOW_SUMMER)
    assert first == revisit.DAY
    grown = revisit.next_interval("list", first, False, report_year=None, now=NOW_SUMMER)
    assert grown == pytest.approx(1.4 * revisit.DAY)
    shrunk = revisit.next_interval("list", grown, True, report_year=None, now=NOW_SUMMER)
    assert shrunk == pytest.approx(0.8 * grown)
    interval = first
    for _ in range(50):
        interval = revisit.next_interval("list", interval, False, report_year=None, now=NOW_SUMMER)
    assert interval == revisit.LIST.high                       # clamped at a week in summer
    assert revisit.next_interval("list", interval, False, report_year=None, now=NOW_SPRING) == revisit.DAY


def test_past_reports_are_revisited_rarely() -> None:
    current = revisit.next_interval("page", None, True, report_year=2026, now=NOW_SPRING)
    past = revisit.next_interval("page", None, True, report_year=2021, now=NOW_SPRING)
    assert current == 7 * revisit.DAY and past == 90 * revisit.DAY
    for _ in range(50):
        past = revisit.next_interval("attachment", past, False, report_year=2021, now=NOW_SPRING)
    assert past == 365 * revisit.DAY


def test_errors_back_off_exponentially_and_are_capped() -> None:
    waits = [revisit.error_backoff(n) for n in range(0, 12)]
    assert waits[0] == 0 and waits[1] == revisit.HOUR and waits[2] == 2 * revisit.HOUR
    assert waits[-1] == revisit.ERROR_MAX and waits == sorted(waits)


# -- the fixture server answers conditional requests like a static web server ------------------

def test_fixture_server_conditional_get() -> None:
    portal = Portal()
    portal.hosts = ("www.example.gov.test",)
    portal.add("/a.html", b"<html>one</html>")

    def ask(**headers: str) -> Any:
        return portal.handle(FixtureRequest("GET", "www.example.gov.test", "/a.html", {}, headers))

    plain = ask()
    etag, modified = plain.headers["ETag"], plain.headers["Last-Modified"]
    assert plain.status == 200 and plain.body == b"<html>one</html>"
    assert ask(**{"if-none-match": etag}).status == 304
    assert ask(**{"if-modified-since": modified}).status == 304
    portal.replace("/a.html", b"<html>two</html>")
    assert ask(**{"if-none-match": etag}).status == 200
    assert ask(**{"if-modified-since": modified}).body == b"<html>two</html>"


def test_status_shows_the_url_memory(recrawl: dict[str, Any]) -> None:
    shown = govcrawl("status", "--db", f"sqlite:///{recrawl['db']}")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    start = lines.index("URLs the crawler knows   known  due now  failing")
    known = {line.split()[0]: [int(n) for n in line.split()[1:]] for line in lines[start + 1:start + 5]}
    lists = _rows(recrawl["db"], "SELECT count(*) FROM url_state WHERE kind = 'list'")[0][0]
    assert known["list"][0] == lists and set(known) == {"attachment", "list", "page", "robots"}
