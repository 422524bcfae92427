"""部门年报 hubs — pages whose rows (or cards) link units' own 年报 lists (``hubunits.unit_lists``) —
whichever path reads them (issue 12, "Known debts"):

* ``cms: auto`` reads such a page as the hub family does: every hub entry of the unseen province's
  registries, rewritten as ``cms: auto``, finds the reports its family-named entry finds (it had
  found only the reports linked straight from the page, 3 of 7 on batch 1's, and said nothing);
* a path that does not follow those lists, and a unit's list that does not answer, are stated:
  a SHORT line naming the list and exit 4 (``COVERAGE_SHORTFALL``), never a silent exit 0.

End to end: ``govcrawl crawl`` (a separate process, as a user runs it) against the unseen
province's fixture server; the expected reports come from the portals' ground truth."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import yaml
from parsel import Selector

from govcrawl.crawl.hubunits import unit_lists
from govcrawl.errors import ExitCode
from govcrawl.province.fixture import Province
from govcrawl.province.unseen import PROVINCE, REGISTRIES, build_unseen
from govcrawl.province.unseen.measure import govcrawl
from tests.crawl.unseen_fixture import fetch


def hub_entries(batch: str) -> list[dict[str, Any]]:
    named = REGISTRIES[batch][0]
    return [e for e in yaml.safe_load(named.read_text(encoding="utf-8"))["sites"] if e.get("cms") == "hub"]


def crawl(province: Province, *entries: dict[str, Any]) -> tuple[int, str, set[tuple[str, int]]]:
    """(exit code, output, stored (agency, year)) of one crawl of ``entries``."""
    with tempfile.TemporaryDirectory(prefix="hub-") as tmp, province.server() as server:
        registry = Path(tmp) / "sites.yaml"
        registry.write_text(yaml.safe_dump({"province": PROVINCE, "sites": list(entries)}, allow_unicode=True),
                            encoding="utf-8")
        db = f"sqlite:///{tmp}/store.sqlite3"
        done = govcrawl("crawl", "--sites", str(registry), "--province", PROVINCE, "--db", db,
                        "--fixture-proxy", server.proxy, "--quiet")
        exported = govcrawl("export", "--db", db, "--format", "jsonl")
    stored = {(r["agency"]["name"], r["year"]) for r in map(json.loads, exported.stdout.splitlines())}
    return done.returncode, done.stdout + done.stderr, stored


def expected(province: Province, site_id: str) -> set[tuple[str, int]]:
    return {(t.agency_name, t.year) for t in province.reports() if t.site_id == site_id}


_BLOCKED = re.compile(r"^blocked portals: (.+)$", re.M)
_BLOCKED_HOST = re.compile(r"\(\w+ at ([\w.-]+)\)")


def blocked_hosts(output: str) -> set[str]:
    """Hosts the crawl's summary names as blocked ("blocked portals: x (ruishu at host)")."""
    return {host for line in _BLOCKED.findall(output) for host in _BLOCKED_HOST.findall(line)}


# A unit's list the crawl states it could not read: "list http://… not read: …, it did not answer".
_UNREAD_LIST = re.compile(r"\blist (https?://[^\s:]+)\S* not read\b")


def unread_hosts(output: str) -> set[str]:
    """Hosts of the lists the crawl's summary names as not read (a unit's list that never answered)."""
    return {urlsplit(url).hostname or "" for url in _UNREAD_LIST.findall(output)}


def test_auto_entries_on_hubs_find_what_the_hub_entries_find() -> None:
    """Every hub entry of every batch, rewritten as ``cms: auto``, in one crawl (as a province's
    registry holds them): each finds its hub's reports, and the crawl exits 0 — but for the reports
    behind a WAF challenge (batch 10's 瑞数 host), which the crawl must state (blocked, exit 3), and
    those whose unit's list never answers (batch 14's 502), which it must state (not read, exit 4)."""
    entries = [{**entry, "cms": "auto"} for batch in REGISTRIES for entry in hub_entries(batch)]
    assert len(entries) >= 4
    province = build_unseen(tuple(REGISTRIES))
    code, output, stored = crawl(province, *entries)
    blocked, unread = blocked_hosts(output), unread_hosts(output)
    missing = {e["id"]: sorted((t.agency_name, t.year) for t in province.reports()
                               if t.site_id == e["id"] and (t.agency_name, t.year) not in stored
                               and urlsplit(t.url).hostname not in blocked | unread) for e in entries}
    assert not any(missing.values()), f"missing {missing}\n{output[-2000:]}"
    assert code == (ExitCode.PORTALS_UNREACHABLE if blocked else ExitCode.COVERAGE_SHORTFALL if unread
                    else ExitCode.OK), output[-2000:]


def first_hub() -> tuple[Province, dict[str, Any], list[str]]:
    """Batch 1's hub entry, its province, and the units' lists (absolute URLs) its start page links."""
    province = build_unseen(("portals",))
    (entry,) = hub_entries("portals")
    start = entry["start_urls"][0]
    with province.server() as server:
        status, _, body = fetch(server.proxy, start)
    assert status == 200
    links = [urljoin(start, href) for href, _unit in unit_lists(Selector(text=body.decode("utf-8")))]
    assert links, "the hub's start page links no unit's list"
    return province, entry, links


def unpublish(province: Province, url: str) -> None:
    """Take the page at ``url`` (a directory URL: its index page) off the fixture: it answers 404."""
    for portal in province.portals:
        for host, path in list(portal.pages):
            here = f"http://{host}{path}"
            if here == url or (url.endswith("/") and here.startswith(url) and "/" not in here[len(url):]
                               and here[len(url):].startswith("index.")):
                del portal.pages[(host, path)]


def test_a_path_that_does_not_follow_unit_lists_states_them() -> None:
    """A family whose lists are report links (trs_classic, which the hub page's URLs look like)
    reads the hub page: the reports it links directly are found, the units' lists are stated."""
    province, entry, links = first_hub()
    code, output, stored = crawl(province, {**entry, "cms": "trs_classic"})
    assert stored < expected(province, entry["id"])
    assert code == ExitCode.COVERAGE_SHORTFALL, output[-2000:]
    short = [line for line in output.splitlines() if "SHORT" in line and entry["id"] in line]
    for url in links:
        assert any(url in line and "not read" in line for line in short), (url, short)


def test_a_unit_list_that_does_not_answer_is_stated() -> None:
    """The hub follows a unit's list that answers 404: the units' other reports are found, the
    dead list is a SHORT line and exit 4."""
    province, entry, links = first_hub()
    dead = links[0]
    unpublish(province, dead)
    code, output, stored = crawl(province, {**entry, "cms": "auto"})
    assert stored and stored < expected(province, entry["id"])
    assert code == ExitCode.COVERAGE_SHORTFALL, output[-2000:]
    assert any("SHORT" in line and dead in line and "not read" in line for line in output.splitlines()), output[-2000:]


def test_a_home_page_s_more_links_are_no_unit_lists() -> None:
    """A portal's home page: section headings (通知公告, 政务动态) each with a "更多" link — no unit's
    年报 list, so no hub and nothing stated; the same cards on a 部门年报 page naming bureaus are."""
    cards = ('<div class="box"><h3>{0}</h3><a href="/{1}/">更多</a><ul><li><a href="/{1}/t1.html">关于做好'
             '春节期间安全生产工作的通知</a><span>2025-01-20</span></li></ul></div>')
    home = ("<html><head><title>榆台县人民政府</title></head><body>" + cards.format("通知公告", "tzgg")
            + cards.format("政务动态", "zwdt") + "</body></html>")
    assert unit_lists(Selector(text=home)) == []
    hub = ('<html><head><title>部门政府信息公开年报_榆台县人民政府</title></head><body>'
           + cards.format("县财政局", "czj") + cards.format("县民政局", "mzj") + "</body></html>")
    assert unit_lists(Selector(text=hub)) == [("/czj/", "县财政局"), ("/mzj/", "县民政局")]
