"""Issue 12, a class of held-out round 17 (any family), tested on a report written unlike the batch's:
a report file that comes cut short — served whole-looking (200, its declared length the cut one),
starting ``%PDF-`` with no end of file — is never a report read: "nothing half-parsed is stored as
good".

1. what the reader made of it is stored flagged ``truncated`` and never with status ``parsed``: a
   cut after its tables (every number read) is ``partial``, a cut before them ``unparsed``; a file
   cut too short to open (a PDF's first kilobytes, a Word zip without its directory) is flagged
   ``truncated`` beside why it is unreadable.
2. the crawl says so: the portal falls short with a SHORT line naming the report, its URL and what
   was stored, and the crawl exits 4 — not only "record flags: truncated ×1".
3. every crawl that meets it says so again: its URL is not marked stored in the URL memory, so the
   next crawl reads it again (and a whole copy at that URL replaces it).
"""

from __future__ import annotations

import asyncio
import random
from concurrent.futures import Future
from typing import Any

import pytest
from scrapy.utils.test import get_crawler
from sqlalchemy import select

from govcrawl.commands.crawl import exit_code
from govcrawl.crawl import state as crawl_state
from govcrawl.crawl.coverage import coverage_lines
from govcrawl.crawl.items import ReportItem
from govcrawl.crawl.state import CrawlState, tally_item
from govcrawl.errors import ExitCode
from govcrawl.province.content import report_doc
from govcrawl.report import parse_report
from govcrawl.store import Store
from govcrawl.store.models import ReportVersion
from govcrawl.store.store import SaveResult
from govcrawl.synth.docx import render_docx
from govcrawl.synth.pdf import render_pdf
from pipelines.store import StoreVersionPipeline
from tests.store.conftest import db_url, pg_database, pg_server, sqlite_template, store  # noqa: F401

SITE = "zhijiang-czj"
AGENCY = {"id": f"{SITE}/芷江县财政局", "name": "芷江县财政局", "region": "测试省芷江县"}
URL = "http://czj.zhijiang.gov.test/attach/0/c2f7e0a1b3d94e8f.pdf"


def _doc() -> Any:
    return report_doc(random.Random(5), "芷江县财政局", "芷江县财政局", "v2021", 2023)


def _pdf() -> bytes:
    return render_pdf(_doc(), random.Random(5))


def _record(fraction: float) -> dict[str, Any]:
    data = _pdf()
    return parse_report(data[: int(len(data) * fraction)], "application/pdf", url=URL, agency=AGENCY)


# -- 1 -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("fraction", "status"), [(0.9, "partial"), (0.5, "unparsed")])
def test_1_a_cut_document_is_never_stored_as_parsed(store: Store, fraction: float, status: str) -> None:  # noqa: F811
    record = _record(fraction)
    assert "truncated" in record["flags"]
    assert store.save_record(record, b"%PDF-1.4 cut", "application/pdf", URL).kind == "new"
    with store.reading() as conn:
        assert conn.execute(select(ReportVersion.status)).scalar_one() == status


def test_1_the_whole_document_is_parsed(store: Store) -> None:  # noqa: F811
    record = _record(1.0)
    assert record["template_version"] == "v2021" and "truncated" not in record["flags"]
    store.save_record(record, _pdf(), "application/pdf", URL)
    with store.reading() as conn:
        assert conn.execute(select(ReportVersion.status)).scalar_one() == "parsed"


# -- 2 -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fraction", [0.9, 0.5])
def test_2_a_cut_document_is_a_stated_shortfall(fraction: float) -> None:
    state = CrawlState(writer=None, run_id=None)
    tally_item(state, _record(fraction), "new")
    assert state.short_portals == [SITE] and exit_code(state, []) == ExitCode.COVERAGE_SHORTFALL
    lines = [line for line in coverage_lines(state.coverage) if line.startswith(f"  SHORT {SITE}:")]
    assert len(lines) == 1 and "incomplete" in lines[0] and "芷江县财政局 2023" in lines[0] and URL in lines[0]
    assert ("stored as partial" if fraction == 0.9 else "stored unparsed") in lines[0]


@pytest.mark.parametrize(("render", "fraction", "reason"), [(_pdf, 0.05, "unreadable_pdf"),
                                                            (lambda: render_docx(_doc()), 0.6, "unreadable_docx")])
def test_2_a_document_cut_too_short_to_open_says_it_was_cut(render: Any, fraction: float, reason: str) -> None:
    """Cut before anything could be opened (a PDF's first kilobytes, a Word file's zip without its
    directory): flagged ``truncated`` beside the reason it is unreadable — and stated."""
    data = render()
    record = parse_report(data[: int(len(data) * fraction)], None, url=URL, agency=AGENCY)
    assert {reason, "truncated"} <= set(record["flags"]) and record["template_version"] is None
    record["year"] = 2023  # the crawl's listed year (parsejob.complete)
    state = CrawlState(writer=None, run_id=None)
    tally_item(state, record, "new")
    assert state.short_portals == [SITE] and "stored unparsed" in state.coverage[SITE].incomplete[0]


def test_2_a_whole_document_is_no_shortfall() -> None:
    state = CrawlState(writer=None, run_id=None)
    tally_item(state, _record(1.0), "new")
    assert not state.short_portals and exit_code(state, []) == ExitCode.OK


# -- 3 -----------------------------------------------------------------------------------------------
class _Writer:
    def submit(self, *_args: Any, **_kwargs: Any) -> Future[SaveResult]:
        done: Future[SaveResult] = Future()
        done.set_result(SaveResult("new", 1, 1, 1, 1))
        return done


class _Urls:
    def __init__(self) -> None:
        self.marked: list[str | None] = []

    def stored(self, key: str | None) -> None:
        self.marked.append(key)


@pytest.mark.parametrize(("fraction", "marked"), [(0.9, []), (1.0, ["GET " + URL])])
def test_3_a_cut_document_is_read_again_next_crawl(monkeypatch: pytest.MonkeyPatch, fraction: float,
                                                   marked: list[str]) -> None:
    urls = _Urls()
    state = CrawlState(writer=_Writer(), run_id=None)  # type: ignore[arg-type]
    state.urls = urls  # type: ignore[assignment]
    monkeypatch.setattr(crawl_state, "_DEFAULT", [state])  # the crawl's one state, as the runner installs it
    item = ReportItem(site_id=SITE, url=URL, title="芷江县财政局2023年政府信息公开工作年度报告", agency=AGENCY,
                      media_type="application/pdf", url_key="GET " + URL, record=_record(fraction))
    asyncio.run(StoreVersionPipeline(get_crawler()).process_item(item))
    assert urls.marked == marked
    assert bool(state.coverage[SITE].incomplete) == (fraction < 1)
