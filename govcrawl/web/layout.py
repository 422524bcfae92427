"""The three report tables laid out as in the national template, with their Chinese labels.

Pure data built from ``govcrawl.report.template`` (keys) — the page templates only iterate.  A
``Grid`` is header rows plus body rows; each body row names the stored cell of each column as a
``(table, block, row, col)`` key, so the same layout serves every version of every report.
Table 四 is read by column key alone (``t4_key``): the record's ``tables.t4`` maps the fifteen
column keys directly to values (docs/record.md) and this is the one place that knows how its
cells are keyed in the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from govcrawl.report import template as tpl

CellKey = tuple[str, str, str, str]

BLOCK_CAPTIONS: Final = {block: f"第二十条第（{item}）项" for item, block in tpl.T2_BLOCK_BY_ITEM.items()}
# Column labels of table 二 as each template version prints them (the first label listed for it).
T2_COL_LABELS: Final[dict[str, dict[str, str]]] = {
    version: {col: label for label, (v, col) in reversed(tpl.T2_HEADER_LABELS.items()) if col and v == version}
    for version in tpl.VERSIONS
}
T3_COL_LABELS: Final = {key: aliases[0] for key, aliases in tpl.T3_COL_LABELS.items()}
T3_ROW_LABELS: Final = {key: aliases[0] for key, aliases in tpl.T3_ROW_LABELS.items()}
T3_ROW_LABELS.update(other_misc="其他", other_handling_total="（六）其他处理")
# Group headings of table 三 printed above their first row (they carry no numbers).
T3_GROUPS: Final = {
    "granted": "三、本年度办理结果",
    "withheld_state_secret": "（三）不予公开",
    "unavailable_not_held": "（四）无法提供",
    "not_processed_petition_complaint": "（五）不予处理",
    "other_no_correction": "（六）其他处理",
}
T4_GROUPS: Final = (("review", "行政复议", ""), ("lit_direct", "行政诉讼", "未经复议直接起诉"),
                    ("lit_after_review", "行政诉讼", "复议后起诉"))
T4_OUTCOMES: Final = (("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"),
                      ("pending", "尚未审结"), ("total", "总计"))


def t4_key(col: str) -> CellKey:
    """The stored cell of table 四's column ``col``."""
    return ("t4", "", tpl.T4_ROW, col)


@dataclass(frozen=True)
class HeaderCell:
    label: str
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True)
class BodyRow:
    label: str
    cells: tuple[CellKey, ...]
    level: int = 0           # indentation of the label
    heading: bool = False    # a group heading: no cells


@dataclass(frozen=True)
class Grid:
    caption: str
    header: tuple[tuple[HeaderCell, ...], ...]
    rows: tuple[BodyRow, ...] = field(default_factory=tuple)


def table2(version: str) -> list[Grid]:
    """Table 二: one grid per block (第二十条第（N）项), its columns as that version prints them."""
    blocks = tpl.T2.get(version, tpl.T2["v2021"])  # type: ignore[call-overload]
    labels = T2_COL_LABELS.get(version, T2_COL_LABELS["v2021"])
    grids = []
    for block in blocks:
        header = ((HeaderCell("信息内容"), *(HeaderCell(labels.get(c, c)) for c in block.cols)),)
        rows = tuple(
            BodyRow(tpl.T2_ROW_LABELS[row][0], tuple(("t2", block.key, row, c) for c in block.cols))
            for row in block.rows
        )
        grids.append(Grid(BLOCK_CAPTIONS.get(block.key, block.key), header, rows))
    return grids


def table3(version: str) -> Grid:
    header = (
        (HeaderCell("本列数据的勾稽关系", rowspan=3), HeaderCell("申请人情况", colspan=7)),
        (HeaderCell("自然人", rowspan=2), HeaderCell("法人或其他组织", colspan=5), HeaderCell("总计", rowspan=2)),
        tuple(HeaderCell(T3_COL_LABELS[c]) for c in tpl.T3_ORG_COLS),
    )
    rows: list[BodyRow] = []
    for row in tpl.T3_ROWS.get(version, tpl.T3_ROWS["v2021"]):  # type: ignore[call-overload]
        group = T3_GROUPS.get(row)
        if group:
            rows.append(BodyRow(group, (), level=0 if group.startswith("三") else 1, heading=True))
        level = 0 if row in ("new_received", "carried_over_from_prev", "results_total", "carried_forward_to_next") \
            else (1 if row in ("granted", "partially_granted", "other_handling_total") else 2)
        rows.append(BodyRow(T3_ROW_LABELS.get(row, row), tuple(("t3", "", row, c) for c in tpl.T3_COLS), level))
    return Grid("三、收到和处理政府信息公开申请情况", header, tuple(rows))


def table4() -> Grid:
    header = (
        (HeaderCell("行政复议", colspan=5), HeaderCell("行政诉讼", colspan=10)),
        (HeaderCell("", colspan=5), HeaderCell("未经复议直接起诉", colspan=5), HeaderCell("复议后起诉", colspan=5)),
        tuple(HeaderCell(label) for _group in T4_GROUPS for _key, label in T4_OUTCOMES),
    )
    cells = tuple(t4_key(f"{group}_{key}") for group, _a, _b in T4_GROUPS for key, _label in T4_OUTCOMES)
    return Grid("四、政府信息公开行政复议、行政诉讼情况", header, (BodyRow("", cells),))


def scope_label(scope: str) -> str:
    """The Chinese label of a cross-year check's scope (a table 三 column or a table 二 row)."""
    if scope in T3_COL_LABELS:
        return "总计" if scope == "total" else T3_COL_LABELS[scope]
    aliases = tpl.T2_ROW_LABELS.get(scope)
    return aliases[0] if aliases else scope


SECTION_TITLES: Final = {
    "overview": "一、总体情况",
    "proactive_disclosure": "二、主动公开政府信息情况",
    "applications": "三、收到和处理政府信息公开申请情况",
    "review_litigation": "四、政府信息公开行政复议、行政诉讼情况",
    "problems_improvements": "五、存在的主要问题及改进情况",
    "other_matters": "六、其他需要报告的事项",
}
