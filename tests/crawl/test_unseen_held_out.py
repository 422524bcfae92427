"""Issue 12, the held-out batches of the unseen province (batch 3 onward, each written after the
batches before it were measured and merged, apart from the crawler's engineers): each fixture's own
contract — every registry entry is a plain user entry, the batch's hosts are its own, the ground
truth is well formed, every start page and every list entry is served (the report's bytes where an
attachment holds them, a republished report the same under both URLs).  How the crawler does on a
batch is a measurement (``benchmarks/unseen_coverage.py --batch …``, BENCHMARKS.md), not a gate of
this file; each batch's own file checks the counts its portals declare and runs the measurement."""

from __future__ import annotations

import re

import pytest

from govcrawl.province.unseen import BATCHES, build_unseen, portal_classes
from tests.crawl.unseen_fixture import assert_registered_as_a_user_would, fetch, registry_entries

HELD_OUT = BATCHES[BATCHES.index("batch3"):]


def _earlier(batch: str) -> tuple[str, ...]:
    return BATCHES[: BATCHES.index(batch)]


@pytest.mark.parametrize("batch", HELD_OUT)
def test_registered_with_plain_entries(batch: str) -> None:
    assert_registered_as_a_user_would(batch, _earlier(batch))


@pytest.mark.parametrize("batch", HELD_OUT)
def test_hosts_are_its_own(batch: str) -> None:
    mine = {h for cls in portal_classes((batch,)) for h in cls.hosts}
    earlier = {h for cls in portal_classes(_earlier(batch)) for h in cls.hosts}
    assert mine and not mine & earlier


@pytest.mark.parametrize("batch", HELD_OUT)
def test_truth_is_well_formed(batch: str) -> None:
    province = build_unseen((batch,))
    assert {t.site_id for t in province.truth} == {e["id"] for e in registry_entries((batch,))}, \
        "a registry entry without ground truth"
    reports, decoys = province.reports(), province.decoys()
    assert len(reports) >= 45 and len(decoys) >= 20
    # one report per agency and year, also under the registry's rule (县人民政府办公室 = 县人民政府)
    assert len({(re.sub(r"人民政府(?:办公室)?$", "", t.agency_name), t.year) for t in reports}) == len(reports)
    urls = [t.url for t in province.truth] + [u for t in province.truth for u in t.also_at]
    assert len(set(urls)) == len(urls)
    for truth in reports:
        assert truth.doc is not None and truth.doc.year == truth.year and truth.doc.agency_name == truth.agency_name
    # Report-like titles that are not reports: each decoy's title names a 年度 document of some kind.
    assert all(("年" in t.title) for t in decoys)
    media = {t.media_type.split(";")[0] for t in reports}
    assert {"text/html", "application/pdf", "application/ofd"} <= media and any("word" in m for m in media)


@pytest.mark.parametrize("batch", HELD_OUT)
def test_start_pages_and_every_entry_are_served(batch: str) -> None:
    """As a browser gets them: a WAF's challenge first, then, with the cookie its script sets, the page."""
    province = build_unseen((batch,))
    cookies = {h: cls.browser_cookie for cls in portal_classes((batch,)) if hasattr(cls, "browser_cookie")
               for h in cls.hosts}

    def cookie_for(url: str) -> str | None:
        return next((c for h, c in cookies.items() if f"//{h}/" in url), None)

    with province.server() as server:
        for entry in registry_entries((batch,)):
            for url in entry["start_urls"]:
                status, _, body = fetch(server.proxy, url.split("#")[0])
                if cookie_for(url):
                    assert status == 521 and b"document.cookie" in body, url  # the WAF answers first
                    status, _, body = fetch(server.proxy, url.split("#")[0], cookie=cookie_for(url))
                assert status == 200 and body, url
        for truth in province.truth:
            cookie = cookie_for(truth.url)
            for url in (truth.url, *truth.also_at):
                status, _, body = fetch(server.proxy, url, cookie=cookie)
                assert status == 200 and body, url
            if truth.also_at:  # republished: the same page under its second URL
                assert fetch(server.proxy, truth.also_at[0])[2] == fetch(server.proxy, truth.url)[2]
            if truth.report_url:
                status, media, body = fetch(server.proxy, truth.report_url, referer=truth.url, cookie=cookie)
                assert status == 200 and media.startswith(truth.media_type), (truth.report_url, media)
                assert not body.lstrip().startswith(b"<"), f"{truth.report_url}: an error page, not the file"
            elif truth.kind == "report" and truth.media_type != "text/html":
                status, media, body = fetch(server.proxy, truth.url, cookie=cookie)
                assert media.startswith(truth.media_type) and not body.lstrip().startswith(b"<"), truth.url
