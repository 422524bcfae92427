"""Identities on small hand-made tables: contradictions fail and keep printed values; a value is
derived only where an identity leaves exactly one answer; D11 extra values need the identities."""

from __future__ import annotations

from typing import Any

from govcrawl.report import parse_report
from govcrawl.report import template as tpl
from govcrawl.synth.labels import T3_ROW_LABELS

# The template wording of table 三's row labels (shared with the renderer).
T3_LABELS = T3_ROW_LABELS


def report_text(rows: dict[str, list[str]], t4: list[str] | None = None) -> bytes:
    """A v2021 report in tab layout; rows default to zeros."""
    lines = ["某某县民政局2022年政府信息公开工作年度报告", "一、总体情况", "本年度工作有序开展。",
             "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
             "规章\t0\t0\t0", "行政规范性文件\t1\t0\t3", "第二十条第（五）项", "信息内容\t本年处理决定数量",
             "行政许可\t5", "第二十条第（六）项", "信息内容\t本年处理决定数量", "行政处罚\t2", "行政强制\t0",
             "第二十条第（八）项", "信息内容\t本年收费金额（单位：万元）", "行政事业性收费\t0",
             "三、收到和处理政府信息公开申请情况",
             "\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计"]
    for key in tpl.T3_ROWS["v2021"]:
        if key == "withheld_state_secret":
            lines.append("（三）不予公开")
        if key == "unavailable_not_held":
            lines.append("（四）无法提供")
        if key == "not_processed_petition_complaint":
            lines.append("（五）不予处理")
        if key == "other_no_correction":
            lines.append("（六）其他处理")
        lines.append("\t".join([T3_LABELS[key], *rows.get(key, ["0"] * 7)]))
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议\t行政诉讼",
              "\t".join(["0"] * 15) if t4 is None else "\t".join(t4),
              "五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项", "无。"]
    return "\n".join(lines).encode("utf-8")


def check(record: dict[str, Any], cid: str, scope: str) -> dict[str, Any]:
    return next(c for c in record["checks"] if c["id"] == cid and c["scope"] == scope)


def test_consistent_table_passes_every_identity() -> None:
    rows = {"new_received": ["3", "1", "0", "0", "0", "0", "4"], "granted": ["3", "1", "0", "0", "0", "0", "4"],
            "results_total": ["3", "1", "0", "0", "0", "0", "4"]}
    record = parse_report(report_text(rows))
    assert record["template_version"] == "v2021"
    assert {c["status"] for c in record["checks"]} == {"pass"}


def test_contradiction_is_kept_as_printed_and_fails() -> None:
    # 4 received, 4 granted, but the printed total says 5: the source contradicts itself.
    rows = {"new_received": ["3", "1", "0", "0", "0", "0", "4"], "granted": ["3", "1", "0", "0", "0", "0", "4"],
            "results_total": ["3", "1", "0", "0", "0", "0", "5"]}
    record = parse_report(report_text(rows))
    assert record["tables"]["t3"]["results_total"]["total"] == 5
    assert check(record, "H1", "total") == {"id": "H1", "scope": "total", "status": "fail", "lhs": 4, "rhs": 5}
    assert check(record, "H3", "results_total")["status"] == "fail"
    t4 = ["1", "0", "0", "0", "2"] + ["0"] * 10
    record = parse_report(report_text({}, t4))
    assert record["tables"]["t4"]["review_total"] == 2
    assert check(record, "H4", "review")["status"] == "fail"


def test_blank_total_forced_by_the_identities_is_derived() -> None:
    # docs/record.md: a cell the source does not print, whose value the identities leave unique,
    # is filled and flagged derived; raw stays as printed.
    rows = {"new_received": ["3", "1", "0", "0", "0", "0", ""], "granted": ["3", "1", "0", "0", "0", "0", "4"],
            "results_total": ["3", "1", "0", "0", "0", "0", "4"]}
    record = parse_report(report_text(rows))
    cell = next(c for c in record["cells"] if c["row"] == "new_received" and c["col"] == "total")
    assert cell["value"] == 4 == record["tables"]["t3"]["new_received"]["total"]
    assert cell["flags"] == ["blank", "derived"] and cell["raw"] == ""
    # The identity used to derive it was not assessable on the printed values, and stays so.
    assert check(record, "H3", "new_received")["status"] == "not_assessable"


def test_two_unknowns_are_not_derived() -> None:
    rows = {"new_received": ["3", "1", "0", "0"], "granted": ["3", "1", "0", "0", "0", "0", "4"],
            "results_total": ["3", "1", "0", "0", "0", "0", "4"]}
    record = parse_report(report_text(rows))
    row = record["tables"]["t3"]["new_received"]
    # H1 pins a short row down column by column (one unknown each), so it is derived...
    assert row["commercial_enterprise"] == 1 and row["total"] == 4
    rows["carried_over_from_prev"] = ["0", "0", "0", "0", "0"]
    record = parse_report(report_text(rows))
    row = record["tables"]["t3"]["new_received"]
    carried = record["tables"]["t3"]["carried_over_from_prev"]
    # ...with the carried-over row short too, H1 has two unknowns in each column: where they must
    # sum to 0, non-negativity leaves one answer (0); where they sum to 3, 1 or 4, none.
    for col in ("natural_person", "commercial_enterprise", "total"):
        assert row[col] is None and carried[col] is None
    for col in ("research_institution", "social_welfare_org", "legal_service_org", "other_org"):
        assert row[col] == 0 == carried[col]


def test_short_row_is_null_not_left_aligned() -> None:
    # Two short rows whose values the identities cannot place (their column totals are not 0):
    # nothing may be filled in.
    rows = {"granted": ["3", "1", "4"], "partially_granted": ["1", "1", "2"],
            "results_total": ["4", "2", "0", "0", "0", "0", "6"], "new_received": ["4", "2", "0", "0", "0", "0", "6"]}
    record = parse_report(report_text(rows))
    granted = record["tables"]["t3"]["granted"]
    assert [granted[c] for c in ("natural_person", "commercial_enterprise", "total")] == [None] * 3
    flags = {c["col"]: c["flags"] for c in record["cells"] if c["row"] == "granted"}
    assert all(f[0] == "incomplete_row" for f in flags.values())
    assert check(record, "H2", "total")["status"] == "not_assessable"


def test_a_short_row_that_contradicts_the_forced_values_keeps_its_nulls() -> None:
    # Every total is 0, which forces 0 into every cell of the short row, but it printed a 3: the
    # source contradicts the identities there, so nothing is filled in.
    rows = {"granted": ["3", "0", "3"]}
    record = parse_report(report_text(rows))
    cells = [c for c in record["cells"] if c["row"] == "granted"]
    assert all(c["value"] is None and "derivation_conflict" in c["flags"] for c in cells)


def test_short_row_may_only_be_derived() -> None:
    # One short row whose every cell the identities pin down: derived, flagged, never positional.
    rows = {"new_received": ["3", "1", "0", "0", "0", "0", "4"], "granted": ["3", "1", "4"],
            "results_total": ["3", "1", "0", "0", "0", "0", "4"]}
    record = parse_report(report_text(rows))
    cells = {c["col"]: c for c in record["cells"] if c["row"] == "granted"}
    assert {col: c["value"] for col, c in cells.items()} == {
        "natural_person": 3, "commercial_enterprise": 1, "research_institution": 0, "social_welfare_org": 0,
        "legal_service_org": 0, "other_org": 0, "total": 4}
    assert all(c["flags"] == ["incomplete_row", "derived"] for c in cells.values())


def test_extra_leading_value_dropped_only_when_identities_confirm() -> None:
    ok = {"new_received": ["3", "1", "0", "0", "0", "0", "4"], "granted": ["3", "1", "0", "0", "0", "0", "4"],
          "results_total": ["3", "3", "1", "0", "0", "0", "0", "4"]}
    record = parse_report(report_text(ok))
    assert record["tables"]["t3"]["results_total"]["natural_person"] == 3
    bad = dict(ok, results_total=["3", "3", "1", "0", "0", "0", "0", "9"])
    record = parse_report(report_text(bad))
    cells = [c for c in record["cells"] if c["row"] == "results_total"]
    # The printed row is rejected; what the identities pin down is derived, the 9 never appears.
    assert all(c["flags"][0] == "too_many_values" for c in cells)
    assert all(c["value"] is None or "derived" in c["flags"] for c in cells)
    assert 9 not in [c["value"] for c in cells]


def test_space_separated_rows_and_fused_group_label() -> None:
    """PDF-text layout: ``label n n n …`` on one line; D6 group label fused with its first sub-row."""
    text = report_text({}).decode().replace("\t", " ")
    text = text.replace("（四）无法提供\n1.本机关不掌握相关政府信息 0 0 0 0 0 0 0",
                        "（四）无 1.本机关不掌握相关政府信息 746 12 0 0 0 0 758")
    text = text.replace("一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0",
                        "一、本年新收政府信息公开申请数量 746 12 0 0 0 0 758")
    text = text.replace("（七）总计 0 0 0 0 0 0 0", "（七）总计 746 12 0 0 0 0 758")
    record = parse_report(text.encode())
    t3 = record["tables"]["t3"]
    assert list(t3["unavailable_not_held"].values()) == [746, 12, 0, 0, 0, 0, 758]
    assert {c["status"] for c in record["checks"]} == {"pass"}


def test_chinese_numeral_year_in_title() -> None:
    text = report_text({}).decode().replace("某某县民政局2022年政府信息公开工作年度报告",
                                            "某某县民政局二〇二二年度政府信息公开工作年度报告")
    record = parse_report(text.encode())
    assert record["year"] == 2022
    assert record["agency"]["name"] == "某某县民政局"
