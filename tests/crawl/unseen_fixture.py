"""What the unseen province's fixture checks share (tests/crawl/test_unseen_*.py): a request
through the fixture proxy, the pages and links a check reads through it, a batch's ground truth per
site, a batch's registry entries, and the check that a batch is registered the way a user would write it."""

from __future__ import annotations

import os
import re
import urllib.error
import urllib.request
from html import unescape
from typing import Any
from urllib.parse import urljoin

import yaml

from govcrawl.crawl.registry import load_sites, registered_sites
from govcrawl.province.fixture import Province
from govcrawl.province.unseen import PROVINCE, REGISTRIES, registries
from govcrawl.province.unseen.measure import Measurement

PLAIN_KEYS = {"id", "agency", "region", "region_code", "cms", "start_urls"}


def fetch(proxy: str, url: str, referer: str | None = None, cookie: str | None = None,
          data: bytes | None = None) -> tuple[int, str, bytes]:
    """(status, Content-Type, body) of ``url`` through the fixture proxy; an error status is an answer."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}))
    headers = {"Referer": referer} if referer else {}
    if cookie:
        headers["Cookie"] = cookie
    try:
        with opener.open(urllib.request.Request(url, data=data, headers=headers), timeout=60) as response:
            return response.status, response.headers.get("Content-Type") or "", response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type") or "", error.read()


class Pages:
    """The pages a check reads through the fixture proxy (``server.proxy``): each must answer 200."""

    def __init__(self, proxy: str) -> None:
        self.proxy = proxy

    def page(self, url: str, encoding: str = "utf-8", data: bytes | None = None, cookie: str | None = None) -> str:
        """``url``'s body decoded as ``encoding`` (a POST of ``data`` when given); anything but 200 fails."""
        status, _, body = fetch(self.proxy, url, data=data, cookie=cookie)
        assert status == 200, url
        return body.decode(encoding)

    def filed(self, reports: list[Any], site: str, encoding: str = "utf-8") -> tuple[str, str, str]:
        """``site``'s first report held in a file (not an image-only scan): its article's URL, the file's URL
        and the article's text; the file must answer 200 with the report's media type."""
        report = next(t for t in reports if t.site_id == site and t.report_url and "image_only" not in t.flags)
        assert report.report_url
        assert fetch(self.proxy, report.report_url)[:2] == (200, report.media_type), site
        return report.url, report.report_url, self.page(report.url, encoding)

    def units_named_in_full(self, reports: list[Any], site: str, short: str, encoding: str = "utf-8") -> int:
        """How many of ``site``'s reports have a title that begins with a unit's short name ``short``
        (县教育局, 石门乡) — at least one — each naming its agency in full on its page and not in its title."""
        units = [t for t in reports if t.site_id == site and t.title.startswith(short)]
        assert units, (site, short)
        for unit in units:
            assert unit.agency_name not in unit.title, site
            assert unit.agency_name in self.page(unit.url, encoding), site
        return len(units)

    def links(self, url: str, pattern: str, encoding: str = "utf-8") -> list[str]:
        """What ``pattern`` finds on the page at ``url``, as absolute URLs (see ``found``)."""
        return found(url, pattern, self.page(url, encoding))


def found(url: str, pattern: str, text: str) -> list[str]:
    """Every match of ``pattern`` (one group, or none) in ``text``, unescaped and joined to ``url``, in order."""
    return [urljoin(url, unescape(h)) for h in re.findall(pattern, text)]


def truth_urls(province: Province, site: str) -> set[str]:
    """The URLs of ``site``'s ground truth (its reports and its decoys)."""
    return {t.url for t in province.truth if t.site_id == site}


def missing_reports(province: Province, site: str, served: set[str]) -> list[str]:
    """``site``'s reports (not its decoys) whose URLs are not among ``served``, in truth order."""
    return [t.url for t in province.truth if t.site_id == site and t.url not in served and t.kind == "report"]


def truth_counts(province: Province) -> dict[str, int]:
    """How many ground-truth entries (reports and decoys) each site of ``province`` has."""
    return {site: sum(1 for t in province.truth if t.site_id == site) for site in {t.site_id for t in province.truth}}


def declared_number(pattern: str, text: str) -> int:
    """The number a portal's page declares (the first group of ``pattern``); it must be there."""
    found = re.search(pattern, text)
    assert found, pattern
    return int(found[1])


def registry_entries(batches: tuple[str, ...]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for path in registries(batches):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["province"] == PROVINCE
        out += data["sites"]
    return out


def assert_plain_entries(entries: list[dict[str, Any]]) -> None:
    """Unique ids, only the keys a user writes, none in the bundled registry (`crawl --all`)."""
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids))
    for entry in entries:
        assert set(entry) <= PLAIN_KEYS, f"{entry['id']}: {set(entry) - PLAIN_KEYS} is not a plain entry"
    assert not {s.id for s in registered_sites()} & set(ids)


def assert_registered_as_a_user_would(batch: str, earlier: tuple[str, ...]) -> None:
    """A later batch: plain entries, ids of its own, one file naming families, one with auto / no cms."""
    assert set(registries((batch,))) == set(REGISTRIES[batch])
    entries = registry_entries((batch,))
    assert len(entries) >= 10
    assert_plain_entries(entries)
    assert not {e["id"] for e in registry_entries(earlier)} & {e["id"] for e in entries}
    named, unknown = REGISTRIES[batch]
    assert all(site.cms != "auto" for site in load_sites(named))
    assert all(e.get("cms", "auto") == "auto" for e in yaml.safe_load(unknown.read_text(encoding="utf-8"))["sites"])


def assert_measurement_holds(*batches: str) -> Measurement:
    """The measurement itself on held-out batches: every entry is scored against its truth, each
    registry file is crawled by its own command and its exit code recorded — and what must hold on
    any batch does: no non-report stored, none under another agency, every shortfall stated, every
    record as docs/record.md says.  Several batches may be served together and exported once.  (The
    unchanged re-crawl is measured on batches 1–2, test_unseen_province.py, and by
    benchmarks/unseen_coverage.py.)"""
    from govcrawl.province.unseen import build_unseen
    from govcrawl.province.unseen.measure import measure

    # The crawls OCR one page of a scan (GOVCRAWL_OCR_PAGES): the scans here are image-only stand-ins
    # with no value to read, and reading all their pages costs ~50 CPU s a scan — what is checked is the crawl
    # (the OCR reader has its tests, tests/report/test_ocr.py; the benchmark reads every page).
    saved = os.environ.get("GOVCRAWL_OCR_PAGES")
    os.environ["GOVCRAWL_OCR_PAGES"] = "1"
    try:
        m = measure(batches, ceiling=False, recrawl=False)
    finally:
        if saved is None:
            del os.environ["GOVCRAWL_OCR_PAGES"]
        else:
            os.environ["GOVCRAWL_OCR_PAGES"] = saved
    assert {p.site_id for p in m.portals} == {e["id"] for e in registry_entries(batches)}
    assert m.expected == len(build_unseen(batches).reports())
    assert [r.registry for r in m.runs] == [p.name for p in registries(batches)]
    assert all(r.exit_code is not None for r in m.runs)
    assert m.non_reports_stored == 0, m.decoys_stored + m.unknown_records
    assert m.other_agency == 0, [x for p in m.portals for x in p.problems if "stored under" in x]
    assert not m.shortfalls_unstated, m.shortfalls_unstated
    assert not m.invalid_records, m.invalid_records[:5]
    return m
