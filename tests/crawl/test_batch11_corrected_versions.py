"""Issue 12, a class of held-out round 11: a report issued in a corrected or revised version — a
report's title with an editorial version note, (更正版), 【更正后】, (修订版), (更新版), (重新发布) …,
in any bracket, or unbracketed after it ("…年度报告更正稿") — is a report, its note no part of the
agency; a notice ABOUT a correction — its head noun a 更正说明, 更正公告, 勘误表, 更正声明, "…的更正" —
stays a decoy.  Decided by what the title is (its end, read without version notes), not by the word
更正 anywhere.  Written on titles unlike the batch portal's."""

from __future__ import annotations

import pytest

from govcrawl.crawl.classify import is_other_document_title, is_report_title, is_undated_report_title
from govcrawl.report.metadata import agency_from_title

_VERSIONS = [
    ("【更正后】辰溪县卫生健康局2022年度政府信息公开工作年度报告", "辰溪县卫生健康局"),
    ("辰溪县2023年政府信息公开工作年度报告(修订版)", "辰溪县"),
    ("辰溪县民政局2024年政府信息公开工作年度报告〔更新版〕", "辰溪县民政局"),
    ("辰溪县人民政府2021年政府信息公开工作年度报告（重新发布）", "辰溪县人民政府"),
    ("[更正]辰溪县火马冲镇2023年政府信息公开工作年度报告", "辰溪县火马冲镇"),
]
_NOTICES = [
    "辰溪县2023年政府信息公开工作年度报告更正声明",
    "关于辰溪县民政局2022年度政府信息公开工作年度报告的更正",
    "辰溪县2023年政府信息公开工作年度报告勘误表",
    "辰溪县人民政府2023年政府信息公开工作年度报告（更正说明）",
    "关于更正《辰溪县2023年政府信息公开工作年度报告》部分数据的启事",
    "辰溪县2023年政府信息公开工作年度报告数据更正情况",
]


@pytest.mark.parametrize(("title", "agency"), _VERSIONS)
def test_a_report_in_a_corrected_version_is_a_report(title: str, agency: str) -> None:
    assert is_report_title(title)
    assert not is_other_document_title(title)
    assert agency_from_title(title) == agency


def test_an_unbracketed_version_word_after_the_report_is_a_report() -> None:
    assert is_report_title("辰溪县2023年政府信息公开工作年度报告更正稿")
    assert is_report_title("辰溪县2023年政府信息公开工作年度报告修订版")


def test_an_undated_report_in_a_corrected_version_is_a_report() -> None:
    assert is_undated_report_title("辰溪县人民政府政府信息公开工作年度报告（更正版）")
    assert not is_undated_report_title("辰溪县人民政府政府信息公开工作年度报告更正公告")


@pytest.mark.parametrize("title", _NOTICES)
def test_a_notice_about_a_correction_is_no_report(title: str) -> None:
    assert not is_report_title(title)
    assert is_other_document_title(title)
