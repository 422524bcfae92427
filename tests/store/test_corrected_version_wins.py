"""Two documents of one (agency, year) report at different URLs — an original and its corrected
re-publication, typically — rank by precedence, not by fetch order: a corrected or re-issued
version (a version note in its title) outranks the original, else the later publication date the
earlier, else the current version stays.  An outranked document is ``superseded``: no version, the
current one untouched — so an unchanged re-crawl that meets both stores nothing new.  The same URL
keeps the old rules (changed content → a new version, whatever the title)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from govcrawl.report.metadata import is_revised_title
from govcrawl.store import Store
from govcrawl.store.models import CrawlRun, RawBody, Report, ReportVersion
from govcrawl.store.status import format_status, status

from .factory import AGENCY, html_body, make_record, variant

ORIGINAL_URL = "http://www.qingshi.gov.test/xxgk/zfxxgknb/202401/t20240122_118830.html"
CORRECTED_URL = "http://www.qingshi.gov.test/xxgk/zfxxgknb/202402/t20240306_119342.html"
TITLE = "青石县文化旅游广电体育局2023年政府信息公开工作年度报告"


def original(licensing: int = 565, **changes: Any) -> dict[str, Any]:
    rec = make_record(year=2023, licensing=licensing, url=ORIGINAL_URL, fetched_at="2026-03-01T08:00:00Z")
    return variant(rec, **{"title": TITLE, "published_date": "2024-01-22", **changes})


def corrected(licensing: int = 556, **changes: Any) -> dict[str, Any]:
    """The same report re-published with one figure corrected, its title carrying the version note."""
    rec = make_record(year=2023, licensing=licensing, url=CORRECTED_URL, fetched_at="2026-03-01T08:05:00Z")
    return variant(rec, **{"title": TITLE + "（更正版）", "published_date": "2024-03-06", **changes})


def save(store: Store, rec: dict[str, Any], run: int | None = None) -> Any:
    return store.save_record(rec, html_body(rec), "text/html", rec["source"]["url"], run)


def version_count(store: Store) -> int:
    with store.reading() as conn:
        return int(conn.execute(select(func.count()).select_from(ReportVersion)).scalar_one())


def current(store: Store) -> Any:
    with store.reading() as conn:
        return conn.execute(
            select(ReportVersion).join(Report, Report.current_version_id == ReportVersion.id)
        ).one()


def test_original_then_corrected_makes_the_corrected_current(store: Store) -> None:
    assert save(store, original()).kind == "new"
    res = save(store, corrected())
    assert (res.kind, res.version_number, res.contested_with) == ("changed", 2, None)
    cur = current(store)
    assert cur.source_url == CORRECTED_URL and cur.title.endswith("（更正版）")


def test_corrected_then_original_keeps_the_corrected_and_stores_nothing(store: Store) -> None:
    first = save(store, corrected())
    bodies = store.raw.usage()
    res = save(store, original())
    assert res.kind == "superseded" and res.contested_with is None
    assert (res.version_id, res.version_number, res.parse_id) == (first.version_id, 1, None)
    assert version_count(store) == 1 and current(store).source_url == CORRECTED_URL
    assert store.raw.usage() == bodies  # the outranked document's body is not kept
    assert current(store).valid_to is None


@pytest.mark.parametrize("first_crawl", [("original", "corrected"), ("corrected", "original")])
@pytest.mark.parametrize("recrawl", [("original", "corrected"), ("corrected", "original")])
def test_an_unchanged_recrawl_of_both_documents_makes_no_version(
    store: Store, first_crawl: tuple[str, str], recrawl: tuple[str, str]
) -> None:
    docs = {"original": original, "corrected": corrected}
    for name in first_crawl:
        save(store, docs[name]())
    after_first = version_count(store)
    assert current(store).source_url == CORRECTED_URL
    for _ in range(2):
        run = store.start_run("re-crawl")
        kinds = {name: save(store, docs[name](), run).kind for name in recrawl}
        store.finish_run(run)
        assert kinds == {"original": "superseded", "corrected": "unchanged"}
        assert version_count(store) == after_first
        assert current(store).source_url == CORRECTED_URL
        with store.reading() as conn:
            counts = conn.execute(select(CrawlRun.records_new, CrawlRun.records_changed, CrawlRun.records_unchanged,
                                         CrawlRun.records_superseded).where(CrawlRun.id == run)).one()
        assert tuple(counts) == (0, 0, 1, 1)
    assert "superseded 1" in "\n".join(format_status(status(store)))


def test_the_version_note_outranks_a_later_date(store: Store) -> None:
    """A corrected version outranks the original even when the original's page shows a later date
    (re-dated when it was moved, say)."""
    save(store, corrected(published_date="2024-03-06"))
    assert save(store, original(published_date="2024-05-10")).kind == "superseded"
    assert current(store).source_url == CORRECTED_URL


@pytest.mark.parametrize(
    "note",
    ["【更正后】{}", "{}（修订版）", "{}(重新发布)", "{}更正稿", "[更正]{}", "{}〔更新版〕"],
)
def test_every_version_note_the_classifier_knows_ranks_the_same(store: Store, note: str) -> None:
    save(store, corrected(title=note.format(TITLE)))
    assert save(store, original()).kind == "superseded"


def test_the_current_version_ranks_by_its_current_parse(store: Store) -> None:
    """``govcrawl reparse`` and the crawl rank alike: a reparse that reads the version note the
    crawl's parser missed makes the stored version a corrected one."""
    missed = corrected(title=TITLE, parser_version="test-1")
    first = save(store, missed)
    assert store.save_parse(first.version_id, corrected(parser_version="test-2")).kind == "reparsed"
    # An original re-dated later: it would outrank the version by date, not the corrected version.
    assert save(store, original(published_date="2024-05-10")).kind == "superseded"
    assert version_count(store) == 1


def test_a_notice_about_a_correction_is_no_version_note() -> None:
    assert is_revised_title(TITLE + "（更正版）") and is_revised_title(TITLE + "修订版")
    assert not is_revised_title(TITLE + "（更正说明）")
    assert not is_revised_title(TITLE + "（含附表）")
    assert not is_revised_title(f"关于{TITLE}的更正")
    assert not is_revised_title(TITLE + "勘误表")
    assert not is_revised_title(None)


def test_without_notes_the_later_publication_wins_in_either_order(store: Store) -> None:
    early = original(published_date="2024-01-22")
    late = variant(corrected(), title=TITLE, published_date="2024-03-06")
    res = save(store, early), save(store, late)
    assert [r.kind for r in res] == ["new", "changed"]
    # No version note between them: ranked by date, and the pair is named (two agencies' reports
    # taken for one would look like this too).
    assert res[1].contested_with == ORIGINAL_URL
    again = save(store, early), save(store, late)
    assert [r.kind for r in again] == ["superseded", "unchanged"] and version_count(store) == 2
    assert again[0].contested_with == CORRECTED_URL


def test_without_notes_the_later_publication_wins_when_it_comes_first(store: Store) -> None:
    late = variant(corrected(), title=TITLE, published_date="2024-03-06")
    save(store, late)
    res = save(store, original(published_date="2024-01-22"))
    assert (res.kind, res.contested_with) == ("superseded", CORRECTED_URL)
    assert version_count(store) == 1 and current(store).published_date == "2024-03-06"


def test_a_tie_keeps_the_current_version(store: Store) -> None:
    """Neither document outranks the other (no notes, same date; or a date missing): the one
    stored first stays current, and re-saving both makes nothing."""
    a = original()
    b = variant(corrected(), title=TITLE, published_date="2024-01-22")
    c = variant(corrected(), title=TITLE, published_date=None)
    assert save(store, a).kind == "new"
    for rec in (b, c, a, b, c):
        res = save(store, rec)
        assert res.kind == ("unchanged" if rec is a else "superseded")
    assert save(store, b).contested_with == ORIGINAL_URL
    assert version_count(store) == 1 and current(store).source_url == ORIGINAL_URL


def test_same_url_with_changed_content_is_a_new_version_whatever_its_rank(store: Store) -> None:
    save(store, corrected())
    # The corrected page edited in place, its note dropped and its date earlier: same document.
    edited = corrected(licensing=557, title=TITLE, published_date="2024-01-01")
    res = save(store, edited)
    assert (res.kind, res.version_number, res.contested_with) == ("changed", 2, None)
    assert current(store).title == TITLE
    # …and A→B→A at one URL is still three versions.
    assert save(store, corrected()).kind == "changed" and version_count(store) == 3


def test_a_copy_at_another_url_is_unchanged(store: Store) -> None:
    save(store, corrected())
    copy = corrected()
    copy["source"]["url"] = "http://hub.qingshi.gov.test/nb/2023/wlgt.html"
    res = store.save_record(copy, html_body(copy, "hub chrome"), "text/html", copy["source"]["url"])
    assert res.kind == "unchanged" and version_count(store) == 1


def test_other_agencies_and_years_are_other_reports(store: Store) -> None:
    save(store, corrected())
    other_year = original(year=2022)
    other_agency = original(agency={**AGENCY, "id": "hn-test-other", "name": "青石县民政局"})
    assert save(store, other_year).kind == "new" and save(store, other_agency).kind == "new"
    with store.reading() as conn:
        assert conn.execute(select(func.count()).select_from(RawBody)).scalar_one() == 3


def test_through_the_crawl_pipeline_a_corrected_version_is_no_conflict_and_a_tie_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a crawl prints: ``superseded`` among the kinds, no SHORT for a corrected version beside
    its original (in either fetch order), a SHORT naming the pair when no note or date ranks them."""
    import asyncio

    from scrapy.utils.test import get_crawler

    from govcrawl.crawl import state as crawl_state
    from govcrawl.crawl.items import ReportItem
    from govcrawl.crawl.runner import summary_lines
    from govcrawl.crawl.state import CrawlState
    from govcrawl.crawl.writer import StoreWriter
    from pipelines.store import StoreVersionPipeline

    url = f"sqlite:///{tmp_path / 'crawl.sqlite3'}"
    undated = "http://www.qingshi.gov.test/bmxxgk/mzj/2022nb.html"
    tie = [original(year=2022, published_date=None),
           variant(corrected(year=2022), title=TITLE.replace("2023", "2022"), published_date=None)]
    tie[1]["source"]["url"] = undated

    def crawl(records: list[dict[str, Any]]) -> list[str]:
        writer = StoreWriter(url)
        state = CrawlState(writer=writer, run_id=writer.call(Store.start_run, "test"), portals_total=1)
        monkeypatch.setattr(crawl_state, "_DEFAULT", [state])
        pipeline = StoreVersionPipeline(get_crawler())
        try:
            for rec in records:
                item = ReportItem(site_id="qingshi-gov", url=rec["source"]["url"], title=rec["title"],
                                  agency=rec["agency"], body=html_body(rec), media_type="text/html", record=rec)
                asyncio.run(pipeline.process_item(item))
            return summary_lines(state)
        finally:
            writer.call(Store.finish_run, state.run_id)
            writer.close()

    first = crawl([corrected(), original()])
    assert "(1 new, 1 superseded)" in first[0] and not any("SHORT" in line for line in first)
    again = crawl([original(), corrected()])
    assert "(1 superseded, 1 unchanged)" in again[0] and not any("SHORT" in line for line in again)
    with_tie = crawl([*tie, original(), corrected()])
    short = [line for line in with_tie if "SHORT" in line]
    assert len(short) == 1 and short[0].endswith(f"{ORIGINAL_URL} (current) and {undated}")
    store = Store.open(url)
    try:
        assert version_count(store) == 2  # the corrected 2023 report and the 2022 one stored first
        assert "superseded 2" in "\n".join(format_status(status(store)))
    finally:
        store.close()
