"""The national report templates as data: keys, labels and aliases.

Everything here is copied from ../shared/docs/report-format.md §4–§7 and §12 (key lists in
template order).  Labels are stored *normalised* (see ``normalize.label_body``): NFKC, no
whitespace, no quotes, no leading ordinal.  Matching code never compares raw labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

TemplateVersion = Literal["v2019", "v2021"]
VERSIONS: Final[tuple[TemplateVersion, ...]] = ("v2019", "v2021")

SECTIONS: Final = (
    "overview",
    "proactive_disclosure",
    "applications",
    "review_litigation",
    "problems_improvements",
    "other_matters",
)

# Key phrase of each section heading (report-format.md §2): a heading is a line starting with the
# Chinese ordinal and containing the phrase.
SECTION_PHRASES: Final = {
    "overview": ("一", ("总体情况",)),
    "proactive_disclosure": ("二", ("主动公开政府信息情况", "主动公开政府信息的情况")),
    "applications": ("三", ("收到和处理政府信息公开申请",)),
    "review_litigation": ("四", ("行政复议",)),
    "problems_improvements": ("五", ("存在的主要问题",)),
    "other_matters": ("六", ("其他需要报告",)),
}


@dataclass(frozen=True)
class Block:
    """One block of table 二 (a 第二十条第（N）项 caption with its rows and value columns)."""

    key: str
    rows: tuple[str, ...]
    cols: tuple[str, ...]


T2: Final[dict[TemplateVersion, tuple[Block, ...]]] = {
    "v2021": (
        Block("art20_1", ("regulations", "normative_documents"), ("issued_count", "repealed_count", "in_force_count")),
        Block("art20_5", ("administrative_licensing",), ("decision_count",)),
        Block("art20_6", ("administrative_penalty", "administrative_coercion"), ("decision_count",)),
        Block("art20_8", ("administrative_fees",), ("fee_amount_10k_cny",)),
    ),
    "v2019": (
        Block(
            "art20_1",
            ("regulations", "normative_documents"),
            ("new_made_count", "new_published_count", "total_published_count"),
        ),
        Block(
            "art20_5",
            ("administrative_licensing", "other_external_services"),
            ("prev_year_item_count", "item_count_change", "decision_count"),
        ),
        Block(
            "art20_6",
            ("administrative_penalty", "administrative_coercion"),
            ("prev_year_item_count", "item_count_change", "decision_count"),
        ),
        Block("art20_8", ("administrative_fees",), ("prev_year_item_count", "item_count_change")),
        Block("art20_9", ("centralized_procurement",), ("procurement_item_count", "procurement_total_amount")),
    ),
}

T3_COLS: Final = (
    "natural_person",
    "commercial_enterprise",
    "research_institution",
    "social_welfare_org",
    "legal_service_org",
    "other_org",
    "total",
)
T3_ORG_COLS: Final = T3_COLS[1:6]

_T3_HEAD: Final = (
    "new_received",
    "carried_over_from_prev",
    "granted",
    "partially_granted",
    "withheld_state_secret",
    "withheld_prohibited_by_law",
    "withheld_three_security_one_stability",
    "withheld_third_party_rights",
    "withheld_internal_affairs",
    "withheld_process_info",
    "withheld_enforcement_case_file",
    "withheld_admin_inquiry",
    "unavailable_not_held",
    "unavailable_needs_creation",
    "unavailable_unclear_after_correction",
    "not_processed_petition_complaint",
    "not_processed_duplicate",
    "not_processed_publication",
    "not_processed_excessive_repeat",
    "not_processed_confirm_reissue",
)
_T3_TAIL: Final = ("results_total", "carried_forward_to_next")
T3_OTHER_V2021: Final = ("other_no_correction", "other_fee_unpaid", "other_misc")
T3_ROWS: Final[dict[TemplateVersion, tuple[str, ...]]] = {
    "v2021": _T3_HEAD + T3_OTHER_V2021 + _T3_TAIL,
    "v2019": _T3_HEAD + ("other_handling_total",) + _T3_TAIL,
}
# Rows that sum to results_total (H2), per version.
T3_RESULT_PARTS: Final[dict[TemplateVersion, tuple[str, ...]]] = {
    v: tuple(r for r in rows if r not in ("new_received", "carried_over_from_prev") + _T3_TAIL)
    for v, rows in T3_ROWS.items()
}

T4_COLS: Final = (
    "review_upheld",
    "review_corrected",
    "review_other",
    "review_pending",
    "review_total",
    "lit_direct_upheld",
    "lit_direct_corrected",
    "lit_direct_other",
    "lit_direct_pending",
    "lit_direct_total",
    "lit_after_review_upheld",
    "lit_after_review_corrected",
    "lit_after_review_other",
    "lit_after_review_pending",
    "lit_after_review_total",
)
# Row key of table 四's one data row (report-format.md §7).  Only ``cells`` entries and the store's
# cell rows carry it: in ``tables.t4`` the fifteen columns sit directly (docs/record.md).
T4_ROW: Final = "cases"

# Columns whose values may be decimals / negative (H5).
DECIMAL_COLS: Final = frozenset({"fee_amount_10k_cny", "procurement_total_amount"})
SIGNED_COLS: Final = frozenset({"item_count_change"})

# ---------------------------------------------------------------------------------------------
# Labels (normalised bodies).  Each entry: key -> aliases, most specific first.  Matching tries
# exact equality, then "startswith", then "contains" of the distinctive part (report-format.md §3).

T2_BLOCK_BY_ITEM: Final = {"一": "art20_1", "五": "art20_5", "六": "art20_6", "八": "art20_8", "九": "art20_9"}

T2_ROW_LABELS: Final = {
    "regulations": ("规章",),
    # 行政规范性文件 (v2021) and 规范性文件 (v2019) are the same row; the label is a version signal.
    "normative_documents": ("行政规范性文件", "规范性文件"),
    "administrative_licensing": ("行政许可",),
    "other_external_services": ("其他对外管理服务事项",),
    "administrative_penalty": ("行政处罚",),
    "administrative_coercion": ("行政强制",),
    "administrative_fees": ("行政事业性收费",),
    "centralized_procurement": ("政府集中采购",),
}
# Block each table-二 row belongs to (D4: infer the block from the rows when the caption is lost).
T2_ROW_BLOCK: Final = {
    "regulations": "art20_1",
    "normative_documents": "art20_1",
    "administrative_licensing": "art20_5",
    "other_external_services": "art20_5",
    "administrative_penalty": "art20_6",
    "administrative_coercion": "art20_6",
    "administrative_fees": "art20_8",
    "centralized_procurement": "art20_9",
}

# Table-二 header labels and the version each one signals.
T2_HEADER_LABELS: Final[dict[str, tuple[TemplateVersion | None, str | None]]] = {
    "信息内容": (None, None),
    "本年制发件数": ("v2021", "issued_count"),
    "本年废止件数": ("v2021", "repealed_count"),
    "现行有效件数": ("v2021", "in_force_count"),
    "本年处理决定数量": ("v2021", "decision_count"),
    "本年收费金额": ("v2021", "fee_amount_10k_cny"),
    "本年新制作数量": ("v2019", "new_made_count"),
    "本年新公开数量": ("v2019", "new_published_count"),
    "对外公开总数量": ("v2019", "total_published_count"),
    "上一年项目数量": ("v2019", "prev_year_item_count"),
    "本年增/减": ("v2019", "item_count_change"),
    "本年增减": ("v2019", "item_count_change"),
    "处理决定数量": ("v2019", "decision_count"),
    "采购项目数量": ("v2019", "procurement_item_count"),
    "采购总金额": ("v2019", "procurement_total_amount"),
}

T3_COL_LABELS: Final = {
    "natural_person": ("自然人",),
    "commercial_enterprise": ("商业企业", "商业机构"),
    "research_institution": ("科研机构",),
    "social_welfare_org": ("社会公益组织",),
    "legal_service_org": ("法律服务机构",),
    "other_org": ("其他组织", "其他"),
    "total": ("总计",),
}
# Header cells of table 三 that carry no column of their own.
T3_HEADER_NOISE: Final = ("申请人情况", "法人或其他组织", "本列数据的勾稽关系", "小计")

T3_ROW_LABELS: Final = {
    "new_received": ("本年新收政府信息公开申请数量", "本年新收"),
    "carried_over_from_prev": ("上年结转政府信息公开申请数量", "上年结转"),
    "granted": ("予以公开",),
    "partially_granted": ("部分公开",),
    "withheld_state_secret": ("属于国家秘密", "国家秘密"),
    # D: typo seen in the wild: 其他法律行政止公开
    "withheld_prohibited_by_law": ("其他法律行政法规禁止公开", "其他法律行政止公开", "法规禁止公开", "禁止公开"),
    "withheld_three_security_one_stability": ("危及三安全一稳定", "三安全一稳定"),
    "withheld_third_party_rights": ("保护第三方合法权益", "第三方合法权益"),
    "withheld_internal_affairs": ("属于三类内部事务信息", "内部事务信息"),
    "withheld_process_info": ("属于四类过程性信息", "过程性信息"),
    "withheld_enforcement_case_file": ("属于行政执法案卷", "行政执法案卷"),
    "withheld_admin_inquiry": ("属于行政查询事项", "行政查询事项"),
    "unavailable_not_held": ("本机关不掌握相关政府信息", "不掌握相关政府信息"),
    "unavailable_needs_creation": ("没有现成信息需要另行制作", "需要另行制作"),
    "unavailable_unclear_after_correction": ("补正后申请内容仍不明确", "仍不明确"),
    "not_processed_petition_complaint": ("信访举报投诉类申请", "信访举报投诉"),
    "not_processed_duplicate": ("重复申请",),
    "not_processed_publication": ("要求提供公开出版物", "公开出版物"),
    "not_processed_excessive_repeat": ("无正当理由大量反复申请", "大量反复申请"),
    "not_processed_confirm_reissue": ("要求行政机关确认或重新出具已获取信息", "重新出具已获取信息"),
    "other_no_correction": ("申请人无正当理由逾期不补正", "逾期不补正"),
    "other_fee_unpaid": ("申请人逾期未按收费通知要求缴纳费用", "未按收费通知要求缴纳费用", "缴纳费用"),
    "results_total": ("总计",),
    "carried_forward_to_next": ("结转下年度继续办理", "结转下年度"),
}
# Group headers of table 三: they carry no numbers in the template (D22: numbers printed on them are
# kept only for the one that is a data row in v2019, （六）其他处理).
T3_GROUP_LABELS: Final = {
    "results": ("本年度办理结果",),
    "withheld": ("不予公开",),
    "unavailable": ("无法提供",),
    "not_processed": ("不予处理",),
    "other_handling": ("其他处理",),
}

T4_HEADER_LABELS: Final = (
    "行政复议",
    "行政诉讼",
    "结果维持",
    "结果纠正",
    "其他结果",
    "尚未审结",
    "总计",
    "未经复议直接起诉",
    "复议后起诉",
    "结果",
)


def t2_block(version: TemplateVersion, key: str) -> Block | None:
    for block in T2[version]:
        if block.key == key:
            return block
    return None


def all_cell_keys(version: TemplateVersion) -> list[tuple[str, str, str, str]]:
    """Every (table, block, row, col) of a template version, in template order."""
    keys: list[tuple[str, str, str, str]] = []
    for block in T2[version]:
        keys += [("t2", block.key, row, col) for row in block.rows for col in block.cols]
    keys += [("t3", "", row, col) for row in T3_ROWS[version] for col in T3_COLS]
    keys += [("t4", "", T4_ROW, col) for col in T4_COLS]
    return keys
