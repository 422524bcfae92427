"""Run-together tables (平潭: cells concatenated with no separator): a value goes into a cell only
where the digits have exactly one reading; otherwise the cells are null ``ambiguous``."""

from __future__ import annotations

from pathlib import Path

from govcrawl.report import parse_report
from govcrawl.report import template as tpl
from govcrawl.report.fused import is_fused, readings
from tests.conftest import SEED_DIRS

PINGTAN = "changwu__pingtan-gov-zwgk-archive"


def _pingtan(shared_dir: Path, number: str) -> dict:  # type: ignore[type-arg]
    path = next((shared_dir / "corpus" / PINGTAN).glob(f"{number}_*/page.txt"))
    return parse_report(path.read_bytes(), "text/plain")


def test_readings() -> None:
    three = ("issued_count", "repealed_count", "in_force_count")
    assert readings("000", three, "t2") == (["0", "0", "0"], None)  # no leading zeros: one reading
    assert readings("6233440", three, "t2") == (None, "ambiguous")  # no identity in table 二
    assert readings("4529", ("decision_count",), "t2") == (["4529"], None)
    # table 三: the 总计 column is the sum of the six others (H3)
    assert readings("21710000218", tpl.T3_COLS, "t3") == (["217", "1", "0", "0", "0", "0", "218"], None)
    assert readings("330000033", tpl.T3_COLS, "t3") == (None, "ambiguous")  # 33|0… and 3|30… both hold
    assert readings("21317000001324019", tpl.T4_COLS, "t4")[0] == (
        ["2", "1", "3", "1", "7", "0", "0", "0", "0", "0", "13", "2", "4", "0", "19"])
    assert readings("123", tpl.T3_COLS, "t3") == (None, "incomplete_row")
    assert readings("9" * 40, tpl.T3_COLS, "t3") == (None, "ambiguous")  # bounded search, no reading


def test_pingtan_2024(shared_dir: Path) -> None:
    record = _pingtan(shared_dir, "97791")
    assert record["template_version"] == "v2021"
    t2 = record["tables"]["t2"]
    assert t2["art20_5"]["administrative_licensing"]["decision_count"] == 4529
    assert t2["art20_6"]["administrative_penalty"]["decision_count"] == 1100
    assert t2["art20_6"]["administrative_coercion"]["decision_count"] == 65
    assert t2["art20_8"]["administrative_fees"]["fee_amount_10k_cny"] == 18651.06
    assert t2["art20_1"]["regulations"] == {"issued_count": 0, "repealed_count": 0, "in_force_count": 0}
    # `行政规范性文件6233440`: 6|233|440, 62|334|40, … — no way to tell
    assert set(t2["art20_1"]["normative_documents"].values()) == {None}
    flags = {c["col"]: c["flags"] for c in record["cells"] if c["row"] == "normative_documents"}
    assert all(f == ["ambiguous"] for f in flags.values())
    t3 = record["tables"]["t3"]
    assert list(t3["new_received"].values()) == [217, 1, 0, 0, 0, 0, 218]
    assert list(t3["withheld_internal_affairs"].values()) == [32, 0, 0, 0, 0, 0, 32]
    assert list(t3["other_misc"].values()) == [1, 1, 0, 0, 0, 0, 2]
    assert list(record["tables"]["t4"].values()) == [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]
    assert all(c["status"] != "fail" for c in record["checks"])


def test_pingtan_2025(shared_dir: Path) -> None:
    record = _pingtan(shared_dir, "105587")
    assert record["template_version"] == "v2021"
    assert record["tables"]["t2"]["art20_5"]["administrative_licensing"]["decision_count"] == 2418
    granted = {c["col"]: c for c in record["cells"] if c["row"] == "granted"}
    # `330000033`: 33|0|0|0|0|0|33 and 3|30|0|0|0|0|33 both satisfy H3: never read by position
    assert granted["commercial_enterprise"]["flags"][0] == "ambiguous"
    for cell in granted.values():
        assert cell["value"] is None or "derived" in cell["flags"]
    assert list(record["tables"]["t4"].values()) == [25, 3, 8, 0, 36, 3, 3, 0, 0, 6, 3, 0, 0, 0, 3]


def test_only_a_glued_table_area_is_read_as_one(shared_dir: Path) -> None:
    paragraph = ("依据条例第二十条第（五）项，全年办理行政许可2418件、行政处罚644件、行政强制64件，"
                 "收费4166万元，本年新收申请154件，其中自然人151件、商业企业3件，结转6件，复议36件，诉讼9件。")
    assert not is_fused(paragraph)
    texts = [d / "report.txt" for d in SEED_DIRS] + [
        p for p in (shared_dir / "corpus").rglob("*") if p.suffix in (".md", ".txt") and PINGTAN not in str(p)]
    for path in texts:
        assert not any(is_fused(line) for line in path.read_text(encoding="utf-8").splitlines()), path
    for path in (shared_dir / "corpus" / PINGTAN).glob("*/page.txt"):
        assert any(is_fused(line) for line in path.read_text(encoding="utf-8").splitlines()), path


def test_pingtan_2019_space_separated_runs(shared_dir: Path) -> None:
    """平潭 2019 prints table 三's total rows as digit runs with spaces (``总计23 0 00 0 023``):
    the joined digits have one reading under H3 whether the spaces are cell boundaries or not.
    Table 二's glued rows (``行政许可3960181``: 39|60|181, 396|0|181, …) stay null ``ambiguous``."""
    record = _pingtan(shared_dir, "80576")
    assert record["template_version"] == "v2019"
    t3 = record["tables"]["t3"]
    assert list(t3["new_received"].values()) == [23, 0, 0, 0, 0, 0, 23]
    assert list(t3["results_total"].values()) == [23, 0, 0, 0, 0, 0, 23]
    assert list(t3["other_handling_total"].values()) == [0] * 7
    assert list(t3["carried_forward_to_next"].values()) == [0] * 7
    assert all(c["status"] != "fail" for c in record["checks"])
    nulls = [c for c in record["cells"] if c["value"] is None]
    assert len(nulls) == 19 and all(c["table"] == "t2" and c["flags"] == ["ambiguous"] for c in nulls)


def test_space_separated_runs_are_one_value_string() -> None:
    from govcrawl.report.fused import fused_rows

    line = ("二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000"
            "三、收到和处理政府信息公开申请情况（七）总计23 0 00 0 023"
            "四、结转下年度继续办理 0 0 00 00 0 五、存在的主要问题")
    values = [r.values for r in fused_rows(line) if r.values]
    assert ["230000023"] in values and ["0000000"] in values
