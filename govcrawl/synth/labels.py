"""Canonical printed labels of the report templates (report-format.md §4–§7), keyed for rendering.

Label keys (also used by ``ReportDoc.labels`` overrides):

* ``t2.caption.<block>``, ``t2.header.info``, ``t2.header.<block>.<col>``, ``t2.row.<block>.<row>``
* ``t3.note``, ``t3.applicant``, ``t3.legal_person``, ``t3.col.<col>``, ``t3.row.<row>``,
  ``t3.group.<group>`` (results, withheld, unavailable, not_processed, other_handling)
* ``t4.review``, ``t4.litigation``, ``t4.direct``, ``t4.after_review``, ``t4.col.<col>``

A ``\\n`` inside a label is a line break inside the cell (``<br />`` in HTML).
"""

from __future__ import annotations

from typing import Final

from govcrawl.report.template import T2, T3_COLS, T4_COLS, TemplateVersion

SECTION_HEADINGS: Final[tuple[str, ...]] = (
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
)
# D18 variant of heading 五.
HEADING_5_VARIANT: Final = "五、政府信息公开工作存在的主要问题及改进情况"

T2_CAPTION_ITEM: Final = {"art20_1": "一", "art20_5": "五", "art20_6": "六", "art20_8": "八", "art20_9": "九"}

_T2_HEADERS: Final[dict[TemplateVersion, dict[str, str]]] = {
    "v2021": {
        "issued_count": "本年制发件数",
        "repealed_count": "本年废止件数",
        "in_force_count": "现行有效件数",
        "decision_count": "本年处理决定数量",
        "fee_amount_10k_cny": "本年收费金额（单位：万元）",
    },
    "v2019": {
        "new_made_count": "本年新\n制作数量",
        "new_published_count": "本年新\n公开数量",
        "total_published_count": "对外公开总数量",
        "prev_year_item_count": "上一年项目数量",
        "item_count_change": "本年增/减",
        "decision_count": "处理决定数量",
        "procurement_item_count": "采购项目数量",
        "procurement_total_amount": "采购总金额",
    },
}

_T2_ROWS: Final[dict[TemplateVersion, dict[str, str]]] = {
    "v2021": {
        "regulations": "规章",
        "normative_documents": "行政规范性文件",
        "administrative_licensing": "行政许可",
        "administrative_penalty": "行政处罚",
        "administrative_coercion": "行政强制",
        "administrative_fees": "行政事业性收费",
    },
    "v2019": {
        "regulations": "规章",
        "normative_documents": "规范性文件",
        "administrative_licensing": "行政许可",
        "other_external_services": "其他对外管理服务事项",
        "administrative_penalty": "行政处罚",
        "administrative_coercion": "行政强制",
        "administrative_fees": "行政事业性收费",
        "centralized_procurement": "政府集中采购",
    },
}

T3_NOTE: Final = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_COL_LABELS: Final = {
    "natural_person": "自然人",
    "commercial_enterprise": "商业\n企业",
    "research_institution": "科研\n机构",
    "social_welfare_org": "社会公益组织",
    "legal_service_org": "法律服务机构",
    "other_org": "其他",
    "total": "总计",
}
T3_ROW_LABELS: Final = {
    "new_received": "一、本年新收政府信息公开申请数量",
    "carried_over_from_prev": "二、上年结转政府信息公开申请数量",
    "granted": "（一）予以公开",
    "partially_granted": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "withheld_state_secret": "1.属于国家秘密",
    "withheld_prohibited_by_law": "2.其他法律行政法规禁止公开",
    "withheld_three_security_one_stability": "3.危及“三安全一稳定”",
    "withheld_third_party_rights": "4.保护第三方合法权益",
    "withheld_internal_affairs": "5.属于三类内部事务信息",
    "withheld_process_info": "6.属于四类过程性信息",
    "withheld_enforcement_case_file": "7.属于行政执法案卷",
    "withheld_admin_inquiry": "8.属于行政查询事项",
    "unavailable_not_held": "1.本机关不掌握相关政府信息",
    "unavailable_needs_creation": "2.没有现成信息需要另行制作",
    "unavailable_unclear_after_correction": "3.补正后申请内容仍不明确",
    "not_processed_petition_complaint": "1.信访举报投诉类申请",
    "not_processed_duplicate": "2.重复申请",
    "not_processed_publication": "3.要求提供公开出版物",
    "not_processed_excessive_repeat": "4.无正当理由大量反复申请",
    "not_processed_confirm_reissue": "5.要求行政机关确认或重新出具已获取信息",
    "other_no_correction": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other_fee_unpaid": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "other_misc": "3.其他",
    "other_handling_total": "（六）其他处理",
    "results_total": "（七）总计",
    "carried_forward_to_next": "四、结转下年度继续办理",
}
T3_GROUP_LABELS: Final = {
    "results": "三、本年度办理结果",
    "withheld": "（三）不予公开",
    "unavailable": "（四）无法提供",
    "not_processed": "（五）不予处理",
    "other_handling": "（六）其他处理",
}
T4_GROUP_LABELS: Final = {
    "review": "行政复议",
    "litigation": "行政诉讼",
    "direct": "未经复议直接起诉",
    "after_review": "复议后起诉",
}
T4_SUB_LABELS: Final = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")


def canonical_labels(version: TemplateVersion) -> dict[str, str]:
    """Every label key of a template version mapped to its template wording."""
    labels: dict[str, str] = {"t2.header.info": "信息内容"}
    for block in T2[version]:
        labels[f"t2.caption.{block.key}"] = f"第二十条第（{T2_CAPTION_ITEM[block.key]}）项"
        for col in block.cols:
            labels[f"t2.header.{block.key}.{col}"] = _T2_HEADERS[version][col]
        for row in block.rows:
            labels[f"t2.row.{block.key}.{row}"] = _T2_ROWS[version][row]
    labels["t3.note"] = T3_NOTE
    labels["t3.applicant"] = "申请人情况"
    labels["t3.legal_person"] = "法人或其他组织"
    for col in T3_COLS:
        labels[f"t3.col.{col}"] = T3_COL_LABELS[col]
    for row, text in T3_ROW_LABELS.items():
        labels[f"t3.row.{row}"] = text
    for group, text in T3_GROUP_LABELS.items():
        labels[f"t3.group.{group}"] = text
    for key, text in T4_GROUP_LABELS.items():
        labels[f"t4.{key}"] = text
    for i, col in enumerate(T4_COLS):
        labels[f"t4.col.{col}"] = T4_SUB_LABELS[i % 5]
    return labels
