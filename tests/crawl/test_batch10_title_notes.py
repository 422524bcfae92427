"""Issue 12, a class of held-out round 10: a title's editorial note — (含附表), 【更正版】, [终稿],
(第二版), 〔简版〕, (公开版) … in any bracket, before or after the title — and the 书名号 a title is
set in (《…年度报告》) are not part of the agency's name; the agency is read without them, then
completed from the region as any short name is.  A bracket whose words name a unit ("(县新闻出版局)",
"(县政府)") is part of the name and stays.  Written on titles unlike the batch portal's."""

from __future__ import annotations

import pytest

from govcrawl.crawl.classify import is_report_title, is_undated_report_title
from govcrawl.crawl.registry import Site
from govcrawl.report.metadata import agency_from_title, find_title

_NOTED = [
    ("【最终版】榆林镇2023年度政府信息公开工作年度报告", "榆林镇"),
    ("2022年度沅陵县政府信息公开工作年度报告[终稿]", "沅陵县"),
    ("沅陵县人民政府2023年政府信息公开工作年度报告(第二版)", "沅陵县人民政府"),
    ("沅陵县交通运输局2024年政府信息公开工作年度报告〔简版〕", "沅陵县交通运输局"),
    ("沅陵县2021年政府信息公开年报（公开版）", "沅陵县"),
    ("沅陵县水利局2023年度政府信息公开工作年度报告（含统计附表）", "沅陵县水利局"),
    ("沅陵县医疗保障局2024年政府信息公开工作年度报告（2025年1月修订）", "沅陵县医疗保障局"),
    ("沅陵县2023年政府信息公开工作年度报告【全文+附件】", "沅陵县"),
]


@pytest.mark.parametrize(("title", "agency"), _NOTED)
def test_a_bracketed_editorial_note_is_no_part_of_the_agency(title: str, agency: str) -> None:
    assert is_report_title(title)
    assert agency_from_title(title) == agency


def test_a_correction_note_is_no_part_of_the_agency_either() -> None:
    # Whether a 更正版 is listed as a report is the decoy rule's question (更正说明 are not reports);
    # whose it is, is not.
    assert agency_from_title("【更正版】榆林镇2023年度政府信息公开工作年度报告") == "榆林镇"
    assert agency_from_title("沅陵县2023年度政府信息公开工作年度报告（更正稿）") == "沅陵县"


def test_book_title_marks_around_a_title_or_its_part_are_no_part_of_the_agency() -> None:
    assert agency_from_title("沅陵县财政局《2023年政府信息公开工作年度报告》") == "沅陵县财政局"
    assert agency_from_title("《沅陵县2022年度政府信息公开工作年度报告》（含附表）") == "沅陵县"
    assert agency_from_title("〈沅陵县审计局2024年政府信息公开工作年度报告〉") == "沅陵县审计局"
    # A year-less title in 书名号 still names its agency: a report title, not a column's name.
    assert is_undated_report_title("《沅陵县人民政府政府信息公开工作年度报告》")


def test_a_bracket_that_names_a_unit_is_part_of_the_name() -> None:
    assert (agency_from_title("中共沅陵县委宣传部（县新闻出版局）2023年政府信息公开工作年度报告（第二版）")
            == "中共沅陵县委宣传部(县新闻出版局)")
    assert agency_from_title("沅陵县人民政府办公室（县政务服务中心）2024年政府信息公开工作年度报告") == (
        "沅陵县人民政府办公室(县政务服务中心)")
    assert agency_from_title("中共沅陵县委（县政府）2023年度报告") == "中共沅陵县委(县政府)"


def test_the_short_name_left_is_completed_from_the_region() -> None:
    site = Site(id="yuanling", agency="沅陵县人民政府", cms="auto", start_urls=("http://www.yuanling.gov.test/",),
                region="测试省沅陵县")
    for title in ("《沅陵县2021年政府信息公开工作年度报告》", "沅陵县2024年政府信息公开工作年度报告（含附表）",
                  "沅陵县人民政府2020年政府信息公开工作年度报告（修改稿）"):
        assert site.agency_record(agency_from_title(title))["id"] == "yuanling"


def test_a_report_s_own_title_line_with_a_note_names_its_agency() -> None:
    lines = ["【更正版】", "沅陵县林业局2023年政府信息公开工作年度报告（更新版）",
             "根据《中华人民共和国政府信息公开条例》…"]
    title = find_title(None, lines)
    assert title is not None and agency_from_title(title) == "沅陵县林业局"
