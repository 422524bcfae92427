"""A small real store for the web tests: what a person should see on each page is known here.

- 测试市文化旅游局 (``hn-test-wlgt``, registered): 2021 published 2022-01-24 (on time), printing
  3 new requests of which 2 from persons (so H1 total and H3 new_received fail), a derived and a
  blank cell, revised once (licensing 565 → 566, overview text changed); 2022 published
  2023-03-02 (30 days late) whose carry-over (3) disagrees with 2021's carried_forward_to_next
  (2); its in-force stock agrees with 2021 (3 + 1 − 0 = 4).

Checks are the parser's own checker's (``run_checks``) over the values, and every record matches
docs/record.md (the HTTP tests check the API's records with ``assert_valid_record``).
- ``hn-test-script``: a 2021 report whose title holds a ``<script>``.
- ``hn-test-quiet`` (registered): its list pages were read, no report → not found.
- ``hn-test-blocked`` (registered): every list page failed → unknown.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import Any

from govcrawl.crawl.registry import Site
from govcrawl.report.checks import run_checks
from govcrawl.report.tables import CellResult
from govcrawl.store import Store
from govcrawl.store.urlstate import UrlRow, save, url_key
from tests.store.factory import AGENCY, html_body, make_record

SCRIPT_TITLE = "<script>window.__pwned = 1</script>测试报告"
REGION = {"region": "湖南省测试市", "region_code": "430300"}


def _site(key: str, name: str) -> Site:
    return Site(id=key, agency=name, cms="trs_classic", start_urls=(f"http://{key}.gov.test/",), province="湖南省",
                **REGION)


SITES = [
    _site("hn-test-wlgt", AGENCY["name"]),
    _site("hn-test-quiet", "测试市统计局"),
    _site("hn-test-blocked", "测试市审计局"),
]


def _set_cell(rec: dict[str, Any], table: str, row: str, col: str, value: Any, flags: list[str] | None = None,
              block: str = "") -> None:
    """Set one cell in ``tables`` and in ``cells`` alike (docs/record.md: the two agree)."""
    if table == "t2":
        rec["tables"]["t2"][block][row][col] = value
    else:
        rec["tables"]["t3"][row][col] = value
    for cell in rec["cells"]:
        if cell["table"] == table and cell.get("block", "") == block and cell["row"] == row and cell["col"] == col:
            cell.update(value=value, raw=None if value is None else str(value))
            if flags is not None:
                cell["flags"] = flags


def _row(rec: dict[str, Any], row: str, **cols: int) -> None:
    for col, value in cols.items():
        _set_cell(rec, "t3", row, col, value)


def _checked(rec: dict[str, Any]) -> dict[str, Any]:
    """The record's ``checks`` as the parser's own checker finds them for its values."""
    cells = {(c["table"], c.get("block") or "", c["row"], c["col"]): CellResult(c["value"], c["raw"], list(c["flags"]))
             for c in rec["cells"]}
    rec["checks"] = run_checks(rec["template_version"], cells)
    return rec


def records() -> list[dict[str, Any]]:
    r2021 = make_record(year=2021)
    r2021["published_date"] = "2022-01-24"
    r2021["source"]["attachments"] = [{"url": "http://hn-test-wlgt.gov.test/files/2021nb.pdf",
                                       "media_type": "application/pdf", "sha256": "1" * 64}]
    _row(r2021, "new_received", natural_person=2, total=3)  # the report contradicts itself: H1 fails
    _row(r2021, "carried_forward_to_next", natural_person=2, total=2)
    _set_cell(r2021, "t3", "partially_granted", "legal_service_org", 0, ["derived"])
    _set_cell(r2021, "t3", "withheld_state_secret", "other_org", None, ["blank"])
    _set_cell(r2021, "t2", "normative_documents", "in_force_count", 3, None, "art20_1")
    r2021_v2 = copy.deepcopy(r2021)
    _set_cell(r2021_v2, "t2", "administrative_licensing", "decision_count", 566, None, "art20_5")
    r2021_v2["sections"]["overview"] = "2021年，我局修订了年度报告。"

    r2022 = make_record(year=2022, licensing=600, url="http://www.example.gov.cn/art/2023/3/2/art_9.html")
    r2022["published_date"] = "2023-03-02"
    _row(r2022, "new_received", natural_person=4, total=4)
    _row(r2022, "carried_over_from_prev", natural_person=3, total=3)  # 2021 carried forward 2
    _row(r2022, "granted", natural_person=7, total=7)
    _row(r2022, "results_total", natural_person=7, total=7)
    _set_cell(r2022, "t2", "normative_documents", "issued_count", 1, None, "art20_1")
    _set_cell(r2022, "t2", "normative_documents", "in_force_count", 4, None, "art20_1")

    script = make_record(year=2021, agency={"id": "hn-test-script", "name": "测试市脚本局", **REGION},
                         url="http://script.gov.test/nb.html")
    script["title"] = SCRIPT_TITLE
    return [_checked(r) for r in (r2021, r2021_v2, r2022, script)]


def _list_state(site: str, ok: bool, when: datetime) -> UrlRow:
    url = f"http://{site}.gov.test/"
    return UrlRow(key=url_key("GET", url), url=url, method="GET", host=f"{site}.gov.test", kind="list",
                  site_id=site, report_year=None, first_fetched=when, last_fetched=when, last_changed=None,
                  last_status=200 if ok else None, result="changed" if ok else "error",
                  error=None if ok else "connection refused", etag=None, last_modified=None, body_sha256=None,
                  media_type=None, stored_sha256=None, consecutive_errors=0 if ok else 3, interval_s=None,
                  next_due=when + timedelta(days=1))


def fill(store: Store) -> None:
    seen = datetime(2024, 2, 1, tzinfo=UTC)
    for i, rec in enumerate(records()):
        store.save_record(rec, html_body(rec, chrome=str(i)), "text/html", rec["source"]["url"],
                          fetched_at=seen + timedelta(hours=i))
    for site, ok in (("hn-test-wlgt", True), ("hn-test-quiet", True), ("hn-test-blocked", False)):
        save(store, _list_state(site, ok, seen))
