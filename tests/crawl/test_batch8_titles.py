"""Issue 12, title and agency classes of held-out rounds 7 and 8, each on wording unlike the batches':

1. a year-first title whose agency is a 人民政府 ("2022年某县人民政府信息公开工作年度报告") names that
   人民政府 — the 政府 of 政府信息公开 is shared, not cut off ("某县人民");
2. a note on the link's form in brackets ("（附件下载）", "(点击下载)", "【PDF版】"-like) is not part of
   the agency;
3. a correction or statement about a report ("…有关数据的更正说明", "…的勘误") is not a report;
4. a tooltip's other fields (发布机构, 信息来源, 索引号 …), one per line, are not part of the title;
5. a portal registered under a district's short name (芦湾区人民政府, region …桐州市芦湾区) names its
   own reports and its units' as it is registered: not completed with the city it left out.
"""

from __future__ import annotations

from parsel import Selector

from govcrawl.crawl.classify import is_report_title
from govcrawl.crawl.entries import link_title
from govcrawl.crawl.registry import Site
from govcrawl.report.metadata import agency_from_title


def test_1_a_year_first_title_keeps_its_peoples_government() -> None:
    assert agency_from_title("2022年桐溪县人民政府信息公开工作年度报告") == "桐溪县人民政府"
    assert agency_from_title("2021年度芦湾区人民政府信息公开年报") == "芦湾区人民政府"
    # Unchanged: a title whose 政府信息公开 follows the agency and the year.
    assert agency_from_title("桐溪县人民政府2023年政府信息公开工作年度报告") == "桐溪县人民政府"
    assert agency_from_title("2023年桐溪县教育局政府信息公开工作年度报告") == "桐溪县教育局"


def test_2_a_note_on_the_links_form_is_not_the_agency() -> None:
    assert agency_from_title("桐溪县人民政府2024年政府信息公开工作年度报告（附件下载）") == "桐溪县人民政府"
    assert agency_from_title("桐溪县财政局2023年度政府信息公开工作年度报告(点击下载)") == "桐溪县财政局"
    assert agency_from_title("桐溪县2022年政府信息公开工作年度报告（在线预览）") == "桐溪县"
    assert agency_from_title("桐溪县民政局2023年度政府信息公开工作年度报告（PDF）") == "桐溪县民政局"
    assert agency_from_title("桐溪县民政局2024年政府信息公开工作年报(docx)") == "桐溪县民政局"


def test_3_a_correction_about_a_report_is_not_a_report() -> None:
    assert not is_report_title("关于《桐溪县2023年政府信息公开工作年度报告》有关数据的更正说明")
    assert not is_report_title("桐溪县2022年度政府信息公开工作年度报告勘误")
    assert not is_report_title("关于2023年政府信息公开工作年度报告的说明")
    assert is_report_title("桐溪县2023年政府信息公开工作年度报告")


def test_4_a_tooltips_other_fields_are_not_the_title() -> None:
    for fields in ("发布机构：桐溪县水务局", "信息来源：县政府办", "索引号：TX-2024-0012"):
        html = (f'<a href="view.jsp?id=7" title="标题：2023年度政府信息公开工作年度报告&#10;{fields}&#10;'
                f'发布日期：2024-01-22">2023年度政府信息公开工作年…</a>')
        assert link_title(Selector(text=html).css("a")[0]) == "2023年度政府信息公开工作年度报告", fields


def test_5_a_district_registered_without_its_city_is_named_as_registered() -> None:
    short = Site(id="luwan", agency="芦湾区人民政府", cms="auto", start_urls=("http://www.luwan.gov.test/",),
                 region="测试省桐州市芦湾区")
    own = short.agency_record("芦湾区人民政府")
    assert (own["id"], own["name"]) == ("luwan", "芦湾区人民政府")
    assert short.agency_record("芦湾区")["id"] == "luwan"
    assert short.agency_record("芦湾区教育局")["name"] == "芦湾区教育局"
    assert short.agency_record("区卫生健康局")["name"] == "芦湾区卫生健康局"
    assert short.agency_record("桐州市统计局")["name"] == "桐州市统计局"
    # Registered with its city: the district's units carry the city as before.
    full = Site(id="luwan", agency="桐州市芦湾区人民政府", cms="auto", start_urls=("http://www.luwan.gov.test/",),
                region="测试省桐州市芦湾区")
    assert full.agency_record("芦湾区教育局")["name"] == "桐州市芦湾区教育局"
    assert full.agency_record("芦湾区")["id"] == "luwan"
