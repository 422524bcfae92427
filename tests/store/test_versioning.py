"""Versioning rules on SQLite and PostgreSQL: round trip, unchanged, A→B→A, chrome, batches."""

from __future__ import annotations

import pickle
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from govcrawl.store import Store
from govcrawl.store.models import Agency, Cell, CheckResult, CrawlRun, RawBody, Report, ReportParse, ReportVersion
from govcrawl.store.normalize import content_hash
from govcrawl.store.prepare import prepare_record

from .factory import AGENCY, html_body, make_record

URL = "http://www.example.gov.cn/art/2022/1/24/art_1.html"


def count(store: Store, model: Any) -> int:
    with store.reading() as conn:
        return int(conn.execute(select(func.count()).select_from(model)).scalar_one())


def versions(store: Store) -> list[Any]:
    with store.reading() as conn:
        return list(conn.execute(select(ReportVersion).order_by(ReportVersion.report_id, ReportVersion.number)).all())


def test_round_trip(store: Store) -> None:
    rec = make_record()
    body = html_body(rec)
    res = store.save_record(rec, body, "text/html", URL)
    assert (res.kind, res.version_number) == ("new", 1)
    with store.reading() as conn:
        agency = conn.execute(select(Agency)).one()
        assert (agency.key, agency.name, agency.region_code) == (AGENCY["id"], AGENCY["name"], "430300")
        report = conn.execute(select(Report)).one()
        assert (report.year, report.current_version_id) == (2021, res.version_id)
        v = conn.execute(select(ReportVersion)).one()
        assert v.valid_to is None and v.content_hash == content_hash(rec)
        assert v.first_seen.isoformat() == "2026-01-02T03:04:05+00:00"
        assert v.template_version == "v2021" and v.status == "parsed" and v.parser_version == "test-1"
        parse = conn.execute(select(ReportParse)).one()
        assert parse.record["tables"] == rec["tables"] and parse.change_id == 1 and parse.kind == "crawl"
        assert parse.check_status == "pass"
        licensing = conn.execute(select(Cell.value, Cell.raw).where(Cell.row_key == "administrative_licensing")).one()
        assert licensing == (565, "565")
        n_cells = conn.execute(select(func.count()).select_from(Cell)).scalar_one()
        assert n_cells == len(rec["cells"])
        assert conn.execute(select(func.count()).select_from(CheckResult)).scalar_one() == 2
        raw = conn.execute(select(RawBody)).one()
    assert store.raw_body(raw.sha256) == body
    assert store.raw.path(raw.sha256).parent.parent.name == raw.sha256[:2]


def test_same_content_twice_only_moves_last_seen(store: Store) -> None:
    rec = make_record()
    first = store.save_record(rec, html_body(rec), "text/html", URL, fetched_at="2026-01-01T00:00:00Z")
    again = store.save_record(rec, html_body(rec), "text/html", URL, fetched_at="2026-02-01T00:00:00Z")
    assert again.kind == "unchanged" and again.version_id == first.version_id
    (v,) = versions(store)
    assert v.first_seen.month == 1 and v.last_seen.month == 2 and v.valid_to is None
    assert count(store, ReportParse) == 1


def test_volatile_chrome_makes_no_new_version(store: Store) -> None:
    """Same report fetched twice: different view counter, clock, share widget and bytes."""
    text = "一、总体情况\n2021年，我局认真贯彻落实《条例》，全年主动公开信息1234条。\n"
    visit1 = make_record(
        overview="今天是2026年1月2日 星期五\n浏览次数：17\n" + text + "分享到：\n",
        fetched_at="2026-01-02T00:00:00Z",
        url=URL + "?_t=1767312000000",
    )
    visit2 = make_record(
        overview="今天是2026年3月9日 星期一\n" + text.replace("，", "， ") + "浏览次数：9921\n【打印】",
        fetched_at="2026-03-09T00:00:00Z",
        url=URL,
    )
    r1 = store.save_record(visit1, html_body(visit1, "views 17"), "text/html", visit1["source"]["url"])
    r2 = store.save_record(visit2, html_body(visit2, "views 9921"), "text/html", visit2["source"]["url"])
    assert (r1.kind, r2.kind) == ("new", "unchanged")
    assert count(store, ReportVersion) == 1 and count(store, RawBody) == 1
    # …but a real edit of the text is a change.
    edited = make_record(overview=text.replace("1234", "1235"))
    assert store.save_record(edited, html_body(edited), "text/html", URL).kind == "changed"


def test_a_b_a_makes_three_versions(store: Store) -> None:
    a, b = make_record(licensing=565), make_record(licensing=566)
    kinds = [
        store.save_record(r, html_body(r), "text/html", URL, fetched_at=f"2026-0{i + 1}-01T00:00:00Z").kind
        for i, r in enumerate([a, b, a])
    ]
    assert kinds == ["new", "changed", "changed"]
    vs = versions(store)
    assert [v.number for v in vs] == [1, 2, 3]
    assert vs[0].content_hash == vs[2].content_hash != vs[1].content_hash
    assert [v.valid_to is None for v in vs] == [False, False, True]
    assert vs[0].valid_to == vs[1].valid_from and vs[1].valid_to == vs[2].valid_from
    with store.reading() as conn:
        assert conn.execute(select(Report.current_version_id)).scalar_one() == vs[2].id


def test_new_pdf_same_parse_is_unchanged_but_parser_change_on_same_bytes_is_a_reparse(store: Store) -> None:
    rec = make_record()
    body = html_body(rec)
    store.save_record(rec, body, "text/html", URL)
    # Same bytes, new parser that reads them differently: a new parse of version 1.
    newer = make_record(licensing=566, parser_version="test-2")
    res = store.save_record(newer, body, "text/html", URL)
    assert (res.kind, res.version_number) == ("reparsed", 1)
    assert count(store, ReportVersion) == 1 and count(store, ReportParse) == 2
    with store.reading() as conn:
        kinds = conn.execute(select(ReportParse.kind).order_by(ReportParse.number)).scalars().all()
        assert kinds == ["crawl", "reparse"]
    # Later fetch with new chrome and the new parser: same content as the latest parse.
    assert store.save_record(newer, html_body(newer, "x"), "text/html", URL).kind == "unchanged"


def test_years_and_agencies_are_separate_reports(store: Store) -> None:
    other = {**AGENCY, "id": "hn-test-other", "name": "另一局"}
    for rec in (make_record(), make_record(year=2022), make_record(agency=other)):
        assert store.save_record(rec, html_body(rec), "text/html", URL).kind == "new"
    assert count(store, Report) == 3 and count(store, Agency) == 2


def test_unknown_year_is_kept_per_url(store: Store) -> None:
    rec = make_record()
    rec["year"] = None
    store.save_record(rec, b"a", "text/html", URL)
    store.save_record(rec, b"b", "text/html", URL + "2")
    assert count(store, Report) == 2


def test_agency_details_update_without_new_version(store: Store) -> None:
    rec = make_record()
    store.save_record(rec, html_body(rec), "text/html", URL)
    renamed = make_record(agency={**AGENCY, "name": "测试市文旅广体局"})
    renamed["title"] = rec["title"]
    assert store.save_record(renamed, html_body(renamed), "text/html", URL).kind == "unchanged"
    with store.reading() as conn:
        assert conn.execute(select(Agency.name)).scalar_one() == "测试市文旅广体局"


def test_record_without_agency_is_refused(store: Store) -> None:
    rec = make_record()
    rec["agency"] = None
    with pytest.raises(ValueError, match=r"agency\.id"):
        store.save_record(rec, b"x", "text/html", URL)


def test_failure_mid_batch_leaves_nothing(store: Store) -> None:
    """A storage failure on the third record of a batch: none of the batch is stored."""
    good = [make_record(year=y) for y in (2019, 2020)]
    bad = make_record(year=2021)
    bad["checks"][0]["status"] = "bogus"  # violates the check_results CHECK constraint
    store.save_record(make_record(year=2018), b"before", "text/html", URL)
    before = {m: count(store, m) for m in (Report, ReportVersion, ReportParse, Cell, CheckResult, RawBody)}
    with pytest.raises(IntegrityError, match=r"(?i)check"), store.transaction():
        for rec in [*good, bad]:
            store.save_record(rec, html_body(rec), "text/html", URL)
    after = {m: count(store, m) for m in before}
    assert after == before
    # The store is still usable and ids cached during the failed batch are not reused.
    res = store.save_record(good[0], html_body(good[0]), "text/html", URL)
    assert res.kind == "new"
    with store.reading() as conn:
        assert conn.execute(select(Report.year).where(Report.id == res.report_id)).scalar_one() == 2019


def test_batch_is_one_transaction_and_counts_into_run(store: Store) -> None:
    run = store.start_run("test")
    with store.transaction():
        for y in (2019, 2020, 2021):
            rec = make_record(year=y)
            store.save_record(rec, html_body(rec), "text/html", URL, run)
        store.save_record(make_record(year=2021), b"other bytes", "text/html", URL, run)
    store.log_fetch(
        URL, http_status=200, etag='"abc"', last_modified="Mon, 24 Jan 2022 00:00:00 GMT", body=b"x", crawl_run_id=run
    )
    store.log_fetch(URL + "?x", http_status=None, error="timeout", crawl_run_id=run)
    store.finish_run(run)
    with store.reading() as conn:
        r = conn.execute(select(CrawlRun)).one()
    assert (r.records_new, r.records_unchanged, r.pages_fetched, r.fetch_errors, r.status) == (3, 1, 2, 1, "finished")
    info = store.last_fetch(URL)
    assert info is not None and info.etag == '"abc"' and info.http_status == 200
    assert store.last_fetch(URL + "?x") is None


def test_change_ids_are_dense_and_ordered(store: Store) -> None:
    for lic in (1, 2, 3):
        rec = make_record(licensing=lic)
        store.save_record(rec, html_body(rec), "text/html", URL)
    with store.reading() as conn:
        ids = conn.execute(select(ReportParse.change_id).order_by(ReportParse.id)).scalars().all()
    assert ids == [1, 2, 3] and store.max_change_id() == 3


def test_record_prepared_in_a_worker_is_stored_like_one_prepared_by_the_store(store: Store) -> None:
    """A crawl's parse workers hand ``save_record`` the record's hash, JSON and rows, pickled
    across the process boundary; what is stored must be what the store itself would store."""
    rec = make_record()
    other = {**rec, "agency": {**rec["agency"], "id": "other-agency"}}
    prepared = pickle.loads(pickle.dumps(prepare_record(other)))
    plain = store.save_record(rec, html_body(rec), "text/html", URL)
    handed = store.save_record(other, html_body(other), "text/html", URL.replace("art_1", "art_2"), prepared=prepared)

    def stored(parse_id: int | None) -> tuple[Any, ...]:
        with store.reading() as conn:
            parse = conn.execute(select(ReportParse).where(ReportParse.id == parse_id)).one()
            cells = conn.execute(select(Cell.table_key, Cell.block_key, Cell.row_key, Cell.col_key, Cell.value,
                                        Cell.raw, Cell.flags).where(Cell.parse_id == parse_id)
                                 .order_by(Cell.id)).all()
            checks = conn.execute(select(CheckResult.check_id, CheckResult.scope, CheckResult.status,
                                         CheckResult.lhs, CheckResult.rhs).where(CheckResult.parse_id == parse_id)
                                  .order_by(CheckResult.id)).all()
        record = dict(parse.record)
        record.pop("agency")
        return record, [tuple(c) for c in cells], [tuple(c) for c in checks]

    assert stored(handed.parse_id) == stored(plain.parse_id)
    with store.reading() as conn:
        parse = conn.execute(select(ReportParse).where(ReportParse.id == handed.parse_id)).one()
    assert isinstance(parse.record, dict)  # the JSON text went in as JSON, not as a JSON string
    assert parse.content_hash == content_hash(other) and parse.record["agency"]["id"] == "other-agency"
