"""Crawl the unseen province as a user would and score the store against the portals' ground truth.

``measure(batches)`` serves the portals on 127.0.0.1, crawls each registry file with ``govcrawl
crawl --sites FILE --fixture-proxy …`` into a fresh SQLite store (a separate process, like a user's
command), exports the records, crawls again unchanged, and compares:

* per portal: reports found with the right agency, year and cells / expected; found with other
  cells; found under another year; stored under another agency (in any version); missing;
* non-reports stored as reports (decoys, and records that match no list entry at all);
* per crawl command: its exit code, and per portal with a shortfall whether the summary names it;
* requests made by the first crawl and by the unchanged re-crawl.

Nothing here knows what any portal serves: the truth comes from ``build_unseen`` (``Truth``).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

import yaml

from govcrawl.province.content import Truth
from govcrawl.province.fixture import Province
from govcrawl.province.unseen import BATCHES, PROVINCE, build_unseen, registries
from govcrawl.report.schema import check_record

ROOT = Path(__file__).resolve().parents[3]
CRAWL_TIMEOUT = 600
MAX_LISTED = 40  # addresses listed by name in the table's notes


@dataclass
class CrawlRun:
    registry: str
    sites: list[str]
    exit_code: int
    output: str
    requests: int
    by_host: dict[str, int] = field(default_factory=dict)  # requests per host
    # addresses the run asked that the fixture does not serve (404/410): a page made up — or a portal's
    # one deliberate dead link, which its module's docstring names
    not_found: list[str] = field(default_factory=list)


@dataclass
class PortalScore:
    site_id: str
    agency: str
    expected: int = 0
    found: int = 0                # right agency, year and every cell
    wrong_cells: int = 0          # right agency and year, some cell differs
    wrong_year: int = 0
    other_agency: int = 0         # stored under another agency (any version)
    missing: int = 0
    decoys: int = 0
    decoys_stored: int = 0
    exit_code: int | None = None
    stated: bool = False          # the crawl's output names this portal's shortfall
    parseable: int = 0            # reports whose served bytes the parser reads to their exact cells
    requests: int = 0             # first crawl, on the hosts of this portal's fixture (shared hosts: shared)
    recrawl_requests: int = 0     # the unchanged re-crawl
    problems: list[str] = field(default_factory=list)

    @property
    def shortfall(self) -> bool:
        """Reports the crawl did not store at all: what its summary and exit code must own up to
        (a report stored with other cells or under another agency is counted, but it is not a
        list harvested short)."""
        return self.missing > 0


@dataclass
class Measurement:
    portals: list[PortalScore]
    runs: list[CrawlRun]
    recrawls: list[CrawlRun]
    unknown_records: list[str]    # stored records that match no list entry (URL, title)
    decoys_stored: list[str]
    records: int
    invalid_records: list[str] = field(default_factory=list)  # departures from docs/record.md

    @property
    def expected(self) -> int:
        return sum(p.expected for p in self.portals)

    @property
    def found(self) -> int:
        return sum(p.found for p in self.portals)

    @property
    def other_agency(self) -> int:
        return sum(p.other_agency for p in self.portals)

    @property
    def non_reports_stored(self) -> int:
        return len(self.decoys_stored) + len(self.unknown_records)

    @property
    def shortfalls_unstated(self) -> list[str]:
        return [p.site_id for p in self.portals if p.shortfall and not (p.stated and p.exit_code)]

    def as_dict(self) -> dict[str, Any]:
        return {
            "expected": self.expected, "found": self.found, "records": self.records,
            "other_agency": self.other_agency, "non_reports_stored": self.non_reports_stored,
            "decoys_stored": self.decoys_stored, "unknown_records": self.unknown_records,
            "shortfalls_unstated": self.shortfalls_unstated, "invalid_records": self.invalid_records,
            "portals": [{**p.__dict__, "shortfall": p.shortfall} for p in self.portals],
            "runs": [{**r.__dict__, "output": r.output[-20_000:]} for r in self.runs],
            "recrawls": [{**r.__dict__, "output": r.output[-20_000:]} for r in self.recrawls],
        }


def govcrawl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "govcrawl", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=CRAWL_TIMEOUT)


def _url(url: str | None) -> str:
    if not url:
        return ""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, parts.query, ""))


def _core(name: str) -> str:
    """One agency, however it is written: 岑川县 = 岑川县人民政府 (the registry's rule), spaces ignored."""
    return re.sub(r"\s|人民政府(?:办公室)?$|政府$", "", name or "")


def flat_cells(tables: dict[str, Any]) -> dict[str, Any]:
    """Dotted cell keys → values, for the record shape and the synth model alike (table 四 as one
    row ``{"cases": {…}}`` or flat, both give ``t4.<col>``)."""
    out: dict[str, Any] = {}
    for block, rows in (tables.get("t2") or {}).items():
        for row, cols in rows.items():
            for col, value in cols.items():
                out[f"t2.{block}.{row}.{col}"] = value
    for row, cols in (tables.get("t3") or {}).items():
        for col, value in cols.items():
            out[f"t3.{row}.{col}"] = value
    for key, value in (tables.get("t4") or {}).items():
        if isinstance(value, dict):
            out.update({f"t4.{col}": v for col, v in value.items()})
        else:
            out[f"t4.{key}"] = value
    return out


def _same_value(a: Any, b: Any) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float):
        return abs(float(a) - float(b)) < 1e-9
    return bool(a == b)


def cells_match(record: dict[str, Any], truth: Truth) -> bool:
    if truth.doc is None:
        return True
    if "image_only" in truth.flags:
        # Values only in pictures that carry none (a scan stand-in): the right record is flagged and
        # invents no value — as the bundled province scores it (test_province_e2e).
        return "image_only" in (record.get("flags") or []) and all(
            v is None for v in flat_cells(record.get("tables") or {}).values())
    want = flat_cells(dict(truth.doc.tables))
    got = flat_cells(record.get("tables") or {})
    return all(_same_value(got.get(k), v) for k, v in want.items())


def _record_urls(record: dict[str, Any]) -> list[str]:
    source = record.get("source") or {}
    urls = [source.get("url"), source.get("page_url"), source.get("listed_url")]
    urls += [a.get("url") for a in source.get("attachments") or []]
    exact = [_url(u) for u in urls if u]
    # A list may link a page with a view parameter the page's truth does not carry
    # (``t20240131_1.html?isMobile=false``): the same page, matched after the exact URLs.
    return exact + [u.split("?", 1)[0] for u in exact if "?" in u]


def _states(output: str, site_id: str, agency: str) -> bool:
    """Does a line of the crawl's output name this portal together with a shortfall?  A portal
    reported as blocked (a WAF challenge it must not solve) states why it found nothing."""
    shortfall = re.compile(r"\d+\s*/\s*\d+|\d+\s+of\s+\d+|declared|fewer|shortfall|missed|missing|incomplete|"
                           r"budget|not harvested|blocked|少于", re.I)
    for line in output.splitlines():
        if (site_id in line or (agency and agency in line)) and shortfall.search(line):
            return True
    return False


def _crawl(registry: Path, db: str, proxy: str, requests: list[Any]) -> CrawlRun:
    before = len(requests)
    done = govcrawl("crawl", "--sites", str(registry), "--province", PROVINCE, "--db", db,
                    "--fixture-proxy", proxy, "--quiet")
    hosts = Counter((urlsplit(url).hostname or "") for _, url, _ in requests[before:])
    missing = sorted({url for _, url, status in requests[before:]
                      if status in (404, 410) and not url.endswith("/robots.txt")})
    return CrawlRun(registry.name, [s.id for s in _sites(registry)], done.returncode,
                    done.stdout + done.stderr, len(requests) - before, dict(hosts), missing)


@dataclass(frozen=True)
class Entry:
    id: str
    agency: str


def _sites(registry: Path) -> list[Entry]:
    """The registry's entries, read as plain YAML: an entry this release's loader refuses (no
    ``cms``, an unknown family) is still a portal the measurement expects reports from."""
    data = yaml.safe_load(registry.read_text(encoding="utf-8"))
    return [Entry(str(e["id"]), str(e.get("agency") or "")) for e in data["sites"]]


def _export(db: str, all_versions: bool) -> list[dict[str, Any]]:
    args = ["export", "--db", db, "--format", "jsonl"] + (["--all-versions"] if all_versions else [])
    done = govcrawl(*args)
    if done.returncode != 0:
        return []
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def measure(batches: tuple[str, ...] = BATCHES, workdir: Path | None = None, ceiling: bool = True,
            recrawl: bool = True) -> Measurement:
    """Crawl the registry files of ``batches`` into one store, export and score it; then (``recrawl``)
    crawl them again unchanged, for the re-crawl's exit codes and requests; ``ceiling``: also parse
    every report's bytes directly (what a perfect crawler would store)."""
    province = build_unseen(batches)
    with tempfile.TemporaryDirectory(prefix="unseen-") as tmp:
        db = f"sqlite:///{Path(workdir or tmp) / 'unseen.sqlite3'}"
        with province.server() as server:
            files = registries(batches)
            runs = [_crawl(path, db, server.proxy, server.requests) for path in files]
            records = _export(db, all_versions=False)
            versions = _export(db, all_versions=True)
            recrawls = [_crawl(path, db, server.proxy, server.requests) for path in files] if recrawl else []
    measured = score(province.truth, records, versions, runs, recrawls, files)
    readable = parse_ceiling(province) if ceiling else Counter()
    for p in measured.portals:
        p.parseable = readable.get(p.site_id, 0)
    hosts_of = {site: portal.hosts for portal in province.portals for site in getattr(portal, "site_ids", ())}
    for p in measured.portals:
        hosts = hosts_of.get(p.site_id, ())
        p.requests = sum(run.by_host.get(h, 0) for run in runs for h in hosts)
        p.recrawl_requests = sum(run.by_host.get(h, 0) for run in recrawls for h in hosts)
    return measured


def parse_ceiling(province: Province) -> Counter[str]:
    """Per portal, the reports a perfect crawler would store right: each report's bytes, fetched
    from its portal as a browser would (with the article as Referer), parsed in-process.  What the
    crawl misses beyond this is the crawl's; what this misses is the parser's."""
    from govcrawl.province.server import Request
    from govcrawl.report import parse_report

    route = {host: portal for portal in province.portals for host in portal.hosts}
    readable: Counter[str] = Counter()
    for t in province.reports():
        parts = urlsplit(t.report_url or t.url)
        host = parts.hostname or ""
        answer = route[host].handle(Request("GET", host, parts.path or "/", parse_qs(parts.query),
                                            {"referer": t.url}))
        record = parse_report(answer.body, (answer.content_type or "").split(";")[0] or None, url=t.url)
        if answer.status == 200 and record.get("year") == t.year and cells_match(record, t):
            readable[t.site_id] += 1
    return readable


def score(truth: list[Truth], records: list[dict[str, Any]], versions: list[dict[str, Any]],
          runs: list[CrawlRun], recrawls: list[CrawlRun], files: list[Path]) -> Measurement:
    by_url: dict[str, Truth] = {}
    for t in truth:
        by_url[_url(t.url)] = t
        if t.report_url:
            by_url.setdefault(_url(t.report_url), t)
        for url in t.also_at:
            by_url.setdefault(_url(url), t)

    def truth_of(record: dict[str, Any]) -> Truth | None:
        for url in _record_urls(record):
            if url in by_url:
                return by_url[url]
        return None

    sites = {s.id: s for path in files for s in _sites(path)}
    run_of = {site: run for run in runs for site in run.sites}
    portals: dict[str, PortalScore] = {}
    for site_id, site in sites.items():
        run = run_of[site_id]
        portals[site_id] = PortalScore(site_id, site.agency, exit_code=run.exit_code,
                                       stated=_states(run.output, site_id, site.agency))

    current: dict[int, dict[str, Any]] = {}  # id(truth) → its current record
    unknown: list[str] = []
    decoys_stored: list[str] = []
    for record in records:
        entry = truth_of(record)
        flagged = "not_a_report" in (record.get("flags") or [])
        if entry is None:
            if not flagged:
                unknown.append(f"{(record.get('source') or {}).get('url')} {record.get('title')}")
        elif entry.kind == "decoy":
            if not flagged:
                decoys_stored.append(f"{entry.site_id}: {entry.title}")
                portals[entry.site_id].decoys_stored += 1
        else:
            current[id(entry)] = record
    # A report stored under another agency in any version (also one a later version overwrote).
    elsewhere: dict[int, str] = {}
    for version in versions:
        entry = truth_of(version)
        name = (version.get("agency") or {}).get("name") or ""
        if entry is not None and entry.kind == "report" and _core(name) != _core(entry.agency_name):
            elsewhere[id(entry)] = name

    for t in truth:
        p = portals[t.site_id]
        if t.kind == "decoy":
            p.decoys += 1
            continue
        p.expected += 1
        stored = current.get(id(t))
        if id(t) in elsewhere:
            p.other_agency += 1
            overwritten = "" if stored is not None else " (and overwritten since)"
            p.problems.append(f"{t.year} {t.agency_name}: stored under {elsewhere[id(t)]!r}{overwritten}")
        elif stored is None:
            p.missing += 1
            p.problems.append(f"missing {t.year} {t.title}")
        elif stored.get("year") != t.year:
            p.wrong_year += 1
            p.problems.append(f"{t.title}: stored as year {stored.get('year')}")
        elif not cells_match(stored, t):
            p.wrong_cells += 1
            p.problems.append(f"{t.title}: cells differ")
        else:
            p.found += 1
    invalid = [f"{(r.get('source') or {}).get('url')}: {errors[0]}" for r in records if (errors := check_record(r))]
    return Measurement(list(portals.values()), runs, recrawls, unknown, decoys_stored, len(records), invalid)


def table(m: Measurement) -> list[str]:
    """The figures as Markdown (BENCHMARKS.md)."""
    lines = ["| portal | found / expected | other cells | other year | under another agency | missing | "
             "decoys stored | exit | shortfall stated | requests (first / re-crawl) | parser ceiling |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for p in m.portals:
        stated = "—" if not p.shortfall else ("yes" if p.stated and p.exit_code else "no")
        lines.append(f"| {p.site_id} | {p.found} / {p.expected} | {p.wrong_cells} | {p.wrong_year} | "
                     f"{p.other_agency} | {p.missing} | {p.decoys_stored} / {p.decoys} | {p.exit_code} | {stated} | "
                     f"{p.requests} / {p.recrawl_requests} | {p.parseable} / {p.expected} |")
    share = 100.0 * m.found / m.expected if m.expected else 0.0
    lines.append(f"| **all** | **{m.found} / {m.expected}** ({share:.0f} %) | "
                 f"{sum(p.wrong_cells for p in m.portals)} | {sum(p.wrong_year for p in m.portals)} | "
                 f"{m.other_agency} | {sum(p.missing for p in m.portals)} | "
                 f"{len(m.decoys_stored)} / {sum(p.decoys for p in m.portals)} | | | "
                 f"{sum(r.requests for r in m.runs)} / {sum(r.requests for r in m.recrawls)} | "
                 f"{sum(p.parseable for p in m.portals)} / {m.expected} |")
    lines.append("")
    lines.append("Requests are counted per fixture portal's hosts: portals that share a host (a city's column and "
                 "its 部门年报 page; two departments' gkmlpt on one city host) show the same shared count. "
                 "Parser ceiling: reports whose bytes, fetched directly, parse to the right year and cells.")
    lines.append("")
    lines.append(f"Non-reports stored as reports: {m.non_reports_stored} ({len(m.decoys_stored)} decoys, "
                 f"{len(m.unknown_records)} records matching no list entry). Shortfalls not stated in both "
                 f"summary and exit code: {len(m.shortfalls_unstated)} of "
                 f"{sum(p.shortfall for p in m.portals)} ({', '.join(m.shortfalls_unstated) or 'none'}). "
                 f"Stored records departing from docs/record.md: {len(m.invalid_records)} of {m.records}.")
    not_found = sorted({url for run in m.runs for url in run.not_found})
    lines.append("")
    lines.append(f"Addresses the first crawl asked that the portals do not serve (404/410; a page made up, or a "
                 f"portal's deliberate dead link): {len(not_found)}" + (":" if not_found else "."))
    lines += [f"  {url}" for url in not_found[:MAX_LISTED]]
    if len(not_found) > MAX_LISTED:
        lines.append(f"  … and {len(not_found) - MAX_LISTED} more")
    lines.append("")
    lines.append("| registry file | exit (first) | requests (first crawl) | exit (re-crawl) "
                 "| requests (unchanged re-crawl) |")
    lines.append("|---|---|---|---|---|")
    for i, first in enumerate(m.runs):
        again = m.recrawls[i] if i < len(m.recrawls) else None  # measured without the re-crawl: "—"
        lines.append(f"| {first.registry} | {first.exit_code} | {first.requests} | "
                     f"{again.exit_code if again else '—'} | {again.requests if again else '—'} |")
    return lines


def summary_counts(m: Measurement) -> Counter[str]:
    return Counter({"expected": m.expected, "found": m.found, "other_agency": m.other_agency,
                    "non_reports_stored": m.non_reports_stored})
