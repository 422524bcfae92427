"""Two different documents of one crawl stored as one (agency, year) report: two agencies' reports
merged by a wrong attribution, or a report published twice with different contents.  The store
keeps both as versions, but the earlier one stops being the report's current version — the crawl
says so (a SHORT line, exit 4) instead of printing "2023:changed" as if the portal had updated it."""

from __future__ import annotations

from typing import Any

from govcrawl.crawl.coverage import coverage_lines
from govcrawl.crawl.state import CrawlState, tally_item


def _record(url: str, agency: str = "mengshan-gov/濛山县人民政府", year: int = 2023) -> dict[str, Any]:
    return {"agency": {"id": agency, "name": agency.split("/")[1]}, "year": year,
            "source": {"url": url}, "checks": [], "flags": []}


def test_a_second_document_for_the_same_report_in_one_crawl_is_a_stated_shortfall() -> None:
    state = CrawlState(writer=None, run_id=None)
    tally_item(state, _record("http://www.mengshan.gov.test/xxgk/2023/a.htm"), "new")
    tally_item(state, _record("http://www.mengshan.gov.test/bgs/2023/b.htm"), "changed")
    portal = state.coverage["mengshan-gov"]
    assert portal.falls_short and state.short_portals == ["mengshan-gov"]
    assert portal.as_dict()["conflicts"] == [
        "濛山县人民政府 2023: http://www.mengshan.gov.test/xxgk/2023/a.htm and http://www.mengshan.gov.test/bgs/2023/b.htm"]
    assert any(line.startswith("  SHORT mengshan-gov: two different documents stored as one report")
               for line in coverage_lines(state.coverage))


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
