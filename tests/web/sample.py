"""A small real store for the web tests: what a person should see on each page is known here.

- 测试市文化旅游局 (``hn-test-wlgt``, registered): 2021 published 2022-01-24 (on time), one failed
  check (H1 5 vs 7), a derived and a blank cell, revised once (licensing 565 → 566, overview
  text changed); 2022 published 2023-03-02 (30 days late) whose carry-over (3) disagrees with
  2021's carried_forward_to_next (2); its in-force stock agrees with 2021 (3 + 1 − 0 = 4).
- ``hn-test-script``: a 2021 report whose title holds a ``<script>``.
- ``hn-test-quiet`` (registered): its list pages were read, no report → not found.
- ``hn-test-blocked`` (registered): every list page failed → unknown.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import Any

from govcrawl.crawl.registry import Site
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


def _set_cell(rec: dict[str, Any], table: str, row: str, col: str, value: Any, flags: list[str],
              block: str = "") -> None:
    if table == "t2":
        rec["tables"]["t2"][block][row][col] = value
    else:
        rec["tables"]["t3"][row][col] = value
    for cell in rec["cells"]:
        if cell["table"] == table and cell.get("block", "") == block and cell["row"] == row and cell["col"] == col:
            cell.update(value=value, flags=flags, raw=None if value is None else str(value))


def records() -> list[dict[str, Any]]:
    r2021 = make_record(year=2021, check_fail=True)
    r2021["published_date"] = "2022-01-24"
    r2021["checks"][0].update(lhs=5, rhs=7)
    r2021["source"]["attachments"] = [{"url": "http://hn-test-wlgt.gov.test/files/2021nb.pdf",
                                       "media_type": "application/pdf", "sha256": "1" * 64}]
    _set_cell(r2021, "t3", "partially_granted", "legal_service_org", 0, ["derived"])
    _set_cell(r2021, "t3", "withheld_state_secret", "other_org", None, ["blank"])
    _set_cell(r2021, "t3", "carried_forward_to_next", "total", 2, [])
    _set_cell(r2021, "t2", "normative_documents", "in_force_count", 3, [], "art20_1")
    r2021_v2 = copy.deepcopy(r2021)
    r2021_v2["tables"]["t2"]["art20_5"]["administrative_licensing"]["decision_count"] = 566
    r2021_v2["sections"]["overview"] = "2021年，我局修订了年度报告。"

    r2022 = make_record(year=2022, licensing=600, url="http://www.example.gov.cn/art/2023/3/2/art_9.html")
    r2022["published_date"] = "2023-03-02"
    _set_cell(r2022, "t3", "carried_over_from_prev", "total", 3, [])
    _set_cell(r2022, "t3", "new_received", "total", 4, [])
    _set_cell(r2022, "t2", "normative_documents", "issued_count", 1, [], "art20_1")
    _set_cell(r2022, "t2", "normative_documents", "in_force_count", 4, [], "art20_1")

    script = make_record(year=2021, agency={"id": "hn-test-script", "name": "测试市脚本局", **REGION},
                         url="http://script.gov.test/nb.html")
    script["title"] = SCRIPT_TITLE
    return [r2021, r2021_v2, r2022, script]


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
