"""Batch 11's title class: "X关于YYYY年度政府信息公开工作的年度报告" — a 的 between the work and the
report word, without 情况 — names X, not "X政府信息公开工作的" (zhangyang-gov's 2021 report was
stored under that).  Titles here are other agencies' phrasings of the same construction."""

from __future__ import annotations

import pytest

from govcrawl.report.metadata import agency_from_title


@pytest.mark.parametrize(("title", "agency"), [
    ("青杉区人民政府关于2020年度政府信息公开工作的年度报告", "青杉区人民政府"),
    ("青杉区财政局关于2022年政府信息公开工作的报告", "青杉区财政局"),
    ("关于青杉区教育局2021年度政府信息公开工作的年报", "青杉区教育局"),
    ("青杉区卫生健康委员会关于2023年度政府信息公开工作情况的报告", "青杉区卫生健康委员会"),
    ("青杉区目的地营销中心2023年度政府信息公开工作年度报告", "青杉区目的地营销中心"),  # a 的 inside a name stays
])
def test_a_de_before_the_report_word_is_not_the_agency(title: str, agency: str) -> None:
    assert agency_from_title(title) == agency
