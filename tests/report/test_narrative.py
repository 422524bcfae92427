"""Text-vs-table checks (issue 13 item 6): figures the prose states, the year, section 五."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from govcrawl.report import parse_report
from govcrawl.report.narrative import stated_figures
from govcrawl.report.schema import assert_valid_record
from govcrawl.synth.model import random_report
from govcrawl.synth.text import render_report_text
from tests.conftest import SEED_DIRS


def _checks(record: dict[str, Any], check_id: str) -> dict[str, dict[str, Any]]:
    assert_valid_record(record)
    return {c["scope"]: c for c in record["checks"] if c["id"] == check_id}


def _seed(name: str) -> str:
    return (next(d for d in SEED_DIRS if name in d.name) / "report.txt").read_text(encoding="utf-8")


def test_seed004_handled_figure_matches_table() -> None:
    record = parse_report(_seed("004").encode(), "text/plain")
    s5 = _checks(record, "S5")
    assert s5["handled"]["status"] == "pass" and s5["handled"]["lhs"] == 139  # 137 new + 0 carried + … = 139
    assert "共办理政府信息公开申请139件" in s5["handled"]["evidence"]
    assert _checks(record, "S7")["year"] == {**_checks(record, "S7")["year"], "status": "pass", "lhs": 2021,
                                            "rhs": 2021}
    assert _checks(record, "S8")["problems_improvements"]["status"] == "pass"


def test_a_figure_the_table_contradicts_fails() -> None:
    text = _seed("004").replace("共办理政府信息公开申请139件", "共办理政府信息公开申请152件")
    check = _checks(parse_report(text.encode(), "text/plain"), "S5")["handled"]
    assert check["status"] == "fail" and check["lhs"] == 152


def test_seed000_received_figure() -> None:
    check = _checks(parse_report(_seed("000").encode(), "text/plain"), "S5")["new_received"]
    assert (check["status"], check["lhs"], check["rhs"]) == ("pass", 1, 1)


def test_year_in_title_against_statistical_period() -> None:
    text = _seed("004")
    assert "统计期限自2021年1月1日起" in text
    wrong = text.replace("统计期限自2021年1月1日起,至2021年12月31日止", "统计期限自2020年1月1日起,至2020年12月31日止")
    check = _checks(parse_report(wrong.encode(), "text/plain"), "S7")["year"]
    assert (check["status"], check["lhs"], check["rhs"]) == ("fail", 2021, 2020)


def test_empty_section_five_fails() -> None:
    lines = _seed("000").splitlines()
    five = next(i for i, line in enumerate(lines) if line.startswith("五、"))
    six = next(i for i, line in enumerate(lines) if line.startswith("六、"))
    emptied = "\n".join(lines[: five + 1] + lines[six:])
    check = _checks(parse_report(emptied.encode(), "text/plain"), "S8")["problems_improvements"]
    assert check["status"] == "fail" and check["lhs"] == 0


def test_shanghai_corpus_statements(shared_dir: Path) -> None:
    path = shared_dir / "corpus" / "zxj6827111-blip__KIROGOVCOMPARE" / "shanghai-office-sample-source.md"
    s5 = _checks(parse_report(path.read_bytes(), "text/plain"), "S5")
    # "市政府共受理政府信息公开申请 1295 件，办结 1191 件（含上年结转 189 件）", wrapped over lines
    assert {k: (c["lhs"], c["status"]) for k, c in s5.items()} == {
        "new_received": (1295, "pass"), "results_total": (1191, "pass"), "carried_over_from_prev": (189, "pass")}


def test_pingtan_run_together_report_statements(shared_dir: Path) -> None:
    path = next((shared_dir / "corpus" / "changwu__pingtan-gov-zwgk-archive").glob("105587_*/page.txt"))
    record = parse_report(path.read_bytes(), "text/plain")
    s5 = _checks(record, "S5")
    assert {k: c["lhs"] for k, c in s5.items()} == {
        "new_received": 154, "results_total": 148, "carried_forward_to_next": 6, "review_total": 36,
        "litigation_total": 9}
    # Its run-together tables (行政规范性文件6233440) are read where only one reading exists;
    # every figure the prose states agrees with them.
    assert all(c["status"] == "pass" for c in s5.values()), s5


@pytest.mark.parametrize("sentence, expected", [
    ("2025年，全区共收到政府信息公开申请154件，共办结148件，结转至2026年6件。",
     {"new_received": 154, "results_total": 148, "carried_forward_to_next": 6}),
    ("全年收到政府信息公开申请 34 件，上年结转政府信息公开\n申请 2 件，所有申请均已按要求办理完成。",
     {"new_received": 34, "carried_over_from_prev": 2}),
    ("全年办理因政府信息公开申请引发的行政复议36起，行政诉讼9起。", {"review_total": 36, "litigation_total": 9}),
    ("依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件 74 件。", {}),
    ("全年共承办市长热线、市长信箱来信交办事项共计163件。", {}),
    ("所有办结的信息公开申请中同意公开答复9件，部分公开答复0件。", {}),
    ("一、本年新收政府信息公开申请数量\n1\n0\n0", {}),
])
def test_stated_figures(sentence: str, expected: dict[str, int]) -> None:
    assert {scope: n for scope, n, _ in stated_figures(sentence)} == expected


def test_synthetic_reports_review_and_litigation_against_table_four() -> None:
    seen = 0
    for n in range(6):
        doc = random_report(random.Random(100 + n), "v2021", 2022)
        record = parse_report(render_report_text(doc, "tabs", random.Random(n)).encode(), "text/plain")
        s5 = _checks(record, "S5")
        for scope in ("review_total", "litigation_total"):
            if scope in s5:
                seen += 1
                assert s5[scope]["status"] == "pass", s5[scope]
        assert all(c["status"] != "fail" for c in s5.values()), s5
    assert seen


def test_hzq2024_text_states_another_scope_than_its_table(shared_dir: Path) -> None:
    path = shared_dir / "corpus" / "zxj6827111-blip__KIROGOVCOMPARE" / "hzq2024_working.pdf"
    record = parse_report(path.read_bytes(), url=path.name)
    check = _checks(record, "S5")["new_received"]
    # "区政府办代表区政府受理政府信息公开申请 17 件" against the district's table 三 (95): reported.
    assert (check["status"], check["lhs"], check["rhs"]) == ("fail", 17, 95)
    assert _checks(record, "S7")["year"]["status"] == "pass"
