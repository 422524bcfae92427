"""The five seeds: every printed number comes out right; ambiguous cells are null and flagged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govcrawl.report import parse_report
from govcrawl.report.normalize import squash
from tests.conftest import SEED_DIRS
from tests.report.expected import assert_matches_expected

TABLE_SECTIONS = ("proactive_disclosure", "applications", "review_litigation")


def _load(seed_dir: Path) -> tuple[dict, dict]:
    expected = json.loads((seed_dir / "expected.json").read_text(encoding="utf-8"))
    record = parse_report((seed_dir / "report.txt").read_bytes(), "text/plain")
    return record, expected


@pytest.mark.parametrize("seed_dir", SEED_DIRS, ids=[d.name for d in SEED_DIRS])
def test_seed_text_values(seed_dir: Path) -> None:
    record, expected = _load(seed_dir)
    assert_matches_expected(record, expected)


@pytest.mark.parametrize("seed_dir", SEED_DIRS, ids=[d.name for d in SEED_DIRS])
def test_seed_text_metadata(seed_dir: Path) -> None:
    record, expected = _load(seed_dir)
    assert record["year"] == expected["year"]
    assert squash(record["agency"]["name"]) == squash(expected["agency_name"])
    assert record["published_date"] == expected["published_date"]
    assert squash(record["title"]) == squash(expected["title"])
    for key, prefix in expected.get("sections", {}).items():
        if key in TABLE_SECTIONS:
            # Sections 二–四 keep their narrative only; the cells are in record["tables"].
            assert "第二十条" not in record["sections"][key]
            assert "结果维持" not in record["sections"][key]
            continue
        assert squash(record["sections"][key]).startswith(squash(prefix)), key


@pytest.mark.parametrize("seed_dir", SEED_DIRS, ids=[d.name for d in SEED_DIRS])
def test_seed_chrome_never_reaches_record(seed_dir: Path) -> None:
    record, _ = _load(seed_dir)
    text = json.dumps(record["sections"], ensure_ascii=False)
    for chrome in ("扫一扫在手机打开当前页", "无障碍阅读", "进入适老模式", "浏览次数", "Baidu", "相关解读", "今天是"):
        assert chrome not in text


def test_seed001_short_rows_are_not_filled_by_position() -> None:
    seed = next(d for d in SEED_DIRS if d.name == "seed001")
    record, _ = _load(seed)
    # 一、本年新收 prints four 0s for seven columns: no cell is filled from them by position; every
    # cell is 0 because the identities with the all-zero 总计/结转 rows force it (flag derived).
    cells = [c for c in record["cells"] if c["row"] == "new_received"]
    assert all(c["value"] == 0 and c["flags"] == ["incomplete_row", "derived"] and c["raw"] is None for c in cells)
    # table 二 (八) prints one value for two columns and no identity covers table 二: nulls
    fees = record["tables"]["t2"]["art20_8"]["administrative_fees"]
    assert fees == {"prev_year_item_count": None, "item_count_change": None}
    assert any(u["row"] == "new_received" and u["reason"] == "incomplete_row" for u in record["unassigned_rows"])
    assert record["tables"]["t2"]["art20_6"]["administrative_penalty"]["item_count_change"] == -2
    assert record["tables"]["t2"]["art20_9"]["centralized_procurement"]["procurement_total_amount"] == 272.2


def test_seed004_spam_and_identities() -> None:
    seed = next(d for d in SEED_DIRS if d.name == "seed004")
    record, _ = _load(seed)
    assert "spam_injection" in record["flags"]
    assert "凯发一触即发" in record["integrity"]["spam_terms"]
    statuses = {(c["id"], c["scope"]): c["status"] for c in record["checks"]}
    assert statuses[("H1", "natural_person")] == "pass"
    assert statuses[("H1", "total")] == "pass"
    assert statuses[("H2", "total")] == "pass"
    assert statuses[("H4", "review")] == "pass"
    assert all(s != "fail" for s in statuses.values())
