"""Two different documents of one (agency, year) report that no version note tells apart: two
agencies' reports merged by a wrong attribution, or a report published twice with different
contents.  The store's precedence keeps one current (the later publication, else the one it had:
the other is ``changed`` or ``superseded`` with ``contested_with``) — the crawl says so (a SHORT
line, exit 4) instead of printing "2023:changed" as if the portal had updated it.  A corrected
version beside its original is ranked by its note and no conflict."""

from __future__ import annotations

from typing import Any

import pytest

from govcrawl.crawl.coverage import coverage_lines
from govcrawl.crawl.state import CrawlState, tally_item


def _record(url: str, agency: str = "mengshan-gov/濛山县人民政府", year: int = 2023) -> dict[str, Any]:
    return {"agency": {"id": agency, "name": agency.split("/")[1]}, "year": year,
            "source": {"url": url}, "checks": [], "flags": []}


A = "http://www.mengshan.gov.test/xxgk/2023/a.htm"
B = "http://www.mengshan.gov.test/bgs/2023/b.htm"
CONFLICT = f"濛山县人民政府 2023: {B} (current) and {A}"


@pytest.mark.parametrize("order", ["a-first", "b-first"])
def test_a_second_document_for_the_same_report_without_a_version_note_is_a_stated_shortfall(order: str) -> None:
    """B outranks A (a later publication, no version note on either): whichever came first, the
    crawl names the pair, the current one first."""
    state = CrawlState(writer=None, run_id=None)
    if order == "a-first":
        tally_item(state, _record(A), "new")
        tally_item(state, _record(B), "changed", contested_with=A)
    else:
        tally_item(state, _record(B), "new")
        tally_item(state, _record(A), "superseded", contested_with=B)
        tally_item(state, _record(A), "superseded", contested_with=B)  # met twice: named once
    portal = state.coverage["mengshan-gov"]
    assert portal.falls_short and state.short_portals == ["mengshan-gov"]
    assert portal.as_dict()["conflicts"] == [CONFLICT]
    assert any(line.startswith("  SHORT mengshan-gov: two different documents of one report, no version note")
               for line in coverage_lines(state.coverage))
    assert state.per_report[("mengshan-gov/濛山县人民政府", 2023)] == ("changed" if order == "a-first" else "new")


def test_a_corrected_version_beside_its_original_is_no_conflict() -> None:
    state = CrawlState(writer=None, run_id=None)
    tally_item(state, _record(A), "new")
    tally_item(state, _record(B), "changed")       # the corrected version: ranked by its note
    tally_item(state, _record(A), "superseded")    # the original met again (a hub)
    assert not state.coverage["mengshan-gov"].conflicts
    assert state.saved["superseded"] == 1
    assert state.per_report[("mengshan-gov/濛山县人民政府", 2023)] == "changed"


def test_one_document_reached_twice_or_updated_since_the_last_crawl_is_no_conflict() -> None:
    state = CrawlState(writer=None, run_id=None)
    url = "http://www.mengshan.gov.test/xxgk/2023/a.htm"
    tally_item(state, _record(url), "changed")            # updated since the last crawl: news, not a conflict
    tally_item(state, _record(url), "unchanged")          # the same page again (its portal and a hub)
    tally_item(state, _record("http://hub.mengshan.gov.test/copy.htm"), "unchanged")  # republished as is
    tally_item(state, _record(url, year=2022), "new")     # another year of the same agency
    tally_item(state, _record(url, agency="mengshan-gov/濛山县财政局"), "new")  # another agency
    assert not state.coverage["mengshan-gov"].conflicts
    assert not state.coverage["mengshan-gov"].falls_short
