"""The JSON API and the CSV over plain HTTP (the app served by waitress on 127.0.0.1)."""

from __future__ import annotations

import copy
import csv
import io
import json
import urllib.error
import urllib.request
from typing import Any

import pytest

from govcrawl.report.schema import assert_valid_record
from govcrawl.report.template import T2, T3_COLS, T3_ROWS, T4_COLS
from govcrawl.store import Store
from govcrawl.store.export import export
from govcrawl.web.app import create_app
from tests.web import sample


def _get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def _json(url: str) -> Any:
    status, ctype, body = _get(url)
    assert status == 200 and ctype.startswith("application/json"), (status, body[:200])
    return json.loads(body)


def test_change_feed_pages_hand_out_each_record_once(base_url: str, web_store: Store) -> None:
    seen: list[dict[str, Any]] = []
    cursor, pages = 0, 0
    while True:
        page = _json(f"{base_url}/api/changes?since={cursor}&limit=1")
        seen += page["records"]
        cursor = page["next_cursor"]
        pages += 1
        if not page["more"]:
            break
        assert pages < 10
    # Three current reports (2021 v2, 2022, the <script> one), one per page.
    assert sorted((r["agency"]["id"], r["year"], r["version"]["number"]) for r in seen) == [
        ("hn-test-script", 2021, 1), ("hn-test-wlgt", 2021, 2), ("hn-test-wlgt", 2022, 1)]
    assert _json(f"{base_url}/api/changes?since={cursor}")["records"] == []
    for record in seen:
        assert_valid_record(record)
    # The same records as `govcrawl export --format jsonl` (one path builds both).
    out = io.StringIO()
    export(web_store, "jsonl", out)
    exported = {(r["agency"]["id"], r["year"]): r for r in map(json.loads, out.getvalue().splitlines())}
    assert {(r["agency"]["id"], r["year"]): r for r in seen} == exported


def test_api_record_has_the_documented_shape(base_url: str) -> None:
    rec = _json(f"{base_url}/api/report?agency=hn-test-wlgt&year=2021")
    assert rec["schema"] == "govcrawl.report/1"
    assert rec["agency"] == {"id": "hn-test-wlgt", "name": "测试市文化旅游局", "region": "湖南省测试市",
                             "region_code": "430300"}
    assert rec["tables"]["t2"]["art20_5"]["administrative_licensing"]["decision_count"] == 566
    assert set(rec["tables"]["t2"]) == {b.key for b in T2["v2021"]}
    assert set(rec["tables"]["t3"]) == set(T3_ROWS["v2021"])
    assert all(set(cols) == set(T3_COLS) for cols in rec["tables"]["t3"].values())
    assert set(rec["tables"]["t4"]) == set(T4_COLS)  # flat: column key → value (docs/record.md)
    assert rec["version"]["number"] == 2 and rec["version"]["valid_to"] is None
    assert rec["title"] == "测试市文化旅游局 2021年政府信息公开工作年度报告"
    status, _ctype, body = _get(f"{base_url}/api/report?agency=hn-test-wlgt&year=1999")
    assert status == 404 and "no report" in json.loads(body)["error"]


def test_bad_cursor_and_bad_numbers_are_client_errors(base_url: str) -> None:
    status, _c, body = _get(f"{base_url}/api/changes?since=999999")
    assert status == 400 and "ahead of this store" in json.loads(body)["error"]
    status, _c, body = _get(f"{base_url}/report?agency=hn-test-wlgt&year=twenty")
    assert status == 400 and "year must be a whole number" in body.decode()
    status, _c, body = _get(f"{base_url}/report?agency=nobody&year=2021")
    assert status == 404 and "no agency" in body.decode()


def test_compliance_csv(base_url: str) -> None:
    status, ctype, body = _get(f"{base_url}/compliance.csv?year=2022")
    assert status == 200 and ctype.startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    by_agency = {r["agency_key"]: r for r in rows}
    assert by_agency["hn-test-wlgt"]["status"] == "late"
    assert by_agency["hn-test-wlgt"]["days_late"] == "30"
    assert by_agency["hn-test-wlgt"]["published"] == "2023-03-02"
    assert by_agency["hn-test-quiet"]["status"] == "not_found"
    assert by_agency["hn-test-blocked"]["status"] == "unknown"
    assert "failed" in by_agency["hn-test-blocked"]["reason"]
    assert {r["region_code"] for r in rows} == {"430300"}
    api = _json(f"{base_url}/api/compliance?year=2022")
    assert api["deadline"] == "2023-01-31"
    assert api["counts"] == {"late": 1, "not_found": 1, "unknown": 2}


def test_undated_report_seen_late_is_not_called_late(tmp_store: Store) -> None:
    rec = sample.records()[0]
    rec["published_date"] = None
    tmp_store.save_record(rec, b"<html>undated</html>", "text/html", rec["source"]["url"],
                          fetched_at="2022-03-01T00:00:00Z")
    early = sample.records()[2]  # 2022, no printed date, seen before its deadline
    early["published_date"] = None
    tmp_store.save_record(early, b"<html>early</html>", "text/html", early["source"]["url"],
                          fetched_at="2023-01-10T00:00:00Z")
    client = create_app(tmp_store, sample.SITES).test_client()
    y2021 = {r["agency_key"]: r for r in client.get("/api/compliance?year=2021").json["rows"]}
    assert y2021["hn-test-wlgt"]["status"] == "undated"
    y2022 = {r["agency_key"]: r for r in client.get("/api/compliance?year=2022").json["rows"]}
    assert (y2022["hn-test-wlgt"]["status"], y2022["hn-test-wlgt"]["date_source"]) == ("on_time", "first_seen")


@pytest.mark.parametrize("path", ["/", "/region/430300", "/agency?key=hn-test-wlgt", "/search?q=测试"])
def test_pages_answer(base_url: str, path: str) -> None:
    status, ctype, _body = _get(base_url + path.replace("测试", "%E6%B5%8B%E8%AF%95"))
    assert status == 200 and ctype.startswith("text/html")


def test_lists_read_before_a_report_was_due_prove_nothing(base_url: str) -> None:
    # The sample's list pages were last read on 2024-02-01: proof for 2022, not for 2024's report.
    rows = {r["agency_key"]: r for r in _json(f"{base_url}/api/compliance?year=2024")["rows"]}
    assert rows["hn-test-quiet"]["status"] == "unknown"
    assert "before the report was due" in rows["hn-test-quiet"]["reason"]
    rows = {r["agency_key"]: r for r in _json(f"{base_url}/api/compliance?year=2022")["rows"]}
    assert rows["hn-test-quiet"]["status"] == "not_found"


def test_compliance_counts_cross_year_findings(base_url: str) -> None:
    rows = {r["agency_key"]: r for r in _json(f"{base_url}/api/compliance?year=2022")["rows"]}
    assert rows["hn-test-wlgt"]["cross_year_fails"] == 2  # X1 natural_person and total: 3 against 2
    assert rows["hn-test-quiet"]["cross_year_fails"] == 0
    status, _c, body = _get(f"{base_url}/compliance?year=2022&sort=cross_year_fails&desc=1")
    assert status == 200 and body.decode().index('data-agency="hn-test-wlgt"') < body.decode().index(
        'data-agency="hn-test-quiet"')


def test_agency_without_region_and_hostile_links(tmp_store: Store) -> None:
    rec = sample.records()[0]
    rec["agency"] = {"id": "nowhere", "name": "无地区局"}
    rec["source"]["attachments"] = [{"url": "javascript:alert(1)", "media_type": None, "sha256": None}]
    rec["template_version"] = None
    rec["flags"] = ["tables_missing"]
    tmp_store.save_record(rec, b"<html>x</html>", "text/html", "http://nowhere.gov.test/nb.html")
    client = create_app(tmp_store, []).test_client()
    index = client.get("/").get_data(as_text=True)
    assert "/region/-" in index
    region = client.get("/region/-").get_data(as_text=True)
    assert "无地区局" in region
    agency = client.get("/agency?key=nowhere").get_data(as_text=True)
    assert "无地区代码" in agency
    page = client.get("/report?agency=nowhere&year=2021").get_data(as_text=True)
    assert 'href="javascript:' not in page and 'href="#"' in page
    assert "未识别出模板表格（tables_missing）" in page


def test_regions_sort_by_their_share_of_late_reports(tmp_store: Store) -> None:
    recs = sample.records()
    late, on_time = recs[2], copy.deepcopy(recs[2])  # 2022, published 2023-03-02
    on_time["agency"] = {"id": "zz-other", "name": "另一县统计局", "region": "湖南省另一县", "region_code": "430100"}
    on_time["published_date"] = "2023-01-20"
    for rec in (late, on_time):
        tmp_store.save_record(rec, json.dumps(rec["agency"]).encode(), "text/html", rec["source"]["url"])
    client = create_app(tmp_store, []).test_client()

    def regions(query: str) -> list[str]:
        page = client.get(f"/compliance?year=2022{query}").get_data(as_text=True)
        table = page[page.index('<table class="data regions">'):page.index("</table>", page.index("data regions"))]
        return sorted(("430100", "430300"), key=table.index)  # the region codes in the order shown

    assert regions("") == ["430100", "430300"]
    assert regions("&rsort=late&rdesc=1") == ["430300", "430100"]
    assert regions("&rsort=on_time&rdesc=1") == ["430100", "430300"]
