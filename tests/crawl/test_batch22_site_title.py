"""Issue 12, a class of held-out round 22: a page ``<title>`` that the SITE's name opens ("垤山县人民政府
垤山县卫生健康局2024年…年度报告", set off by a space, a bar or a dash) is the report's title after it — read
whole, the site's agency and the report's ran together into one name no agency has ("垤山县人民政府垤山县
卫生健康局"), a report stored under another agency.  A title with a space of its own, or whose agency
is the opening's, stays whole."""

from __future__ import annotations

from govcrawl.report.metadata import agency_from_title, find_title, without_site_name
from govcrawl.report.parse import parse_report


def test_a_site_name_opening_the_title_is_cut() -> None:
    for declared in ("垤山县人民政府 垤山县卫生健康局2024年政府信息公开工作年度报告",
                     "垤山县人民政府|垤山县卫生健康局2024年政府信息公开工作年度报告",
                     "垤山县人民政府 — 垤山县卫生健康局2024年政府信息公开工作年度报告",
                     "垤山县人民政府_垤山县卫生健康局2024年度政府信息公开工作年度报告"):
        title = find_title(declared, [])
        assert title and title.startswith("垤山县卫生健康局2024年"), declared
        assert agency_from_title(title) == "垤山县卫生健康局"
    # a town's report on its county's site: the town, written short, is its own agency
    town = "龙潭乡2023年政府信息公开工作年度报告"
    assert without_site_name(f"椑川县人民政府 {town}") == town


def test_a_title_whose_agency_is_its_opening_stays_whole() -> None:
    for declared in ("桐溪县 2024年政府信息公开工作年度报告",              # the county's title, with a space
                     "桐溪县人民政府 2024年政府信息公开工作年度报告",        # the opening IS the agency
                     "桐溪县人民政府 政府信息公开工作年度报告（2024年）",
                     "2024年 桐溪县财政局政府信息公开工作年度报告",          # no unit opens it
                     "政务公开 桐溪县财政局2024年政府信息公开工作年度报告"):  # chrome that is no unit's name
        assert without_site_name(declared) == declared, declared
    assert agency_from_title(find_title("桐溪县人民政府 2024年政府信息公开工作年度报告", [])) == "桐溪县人民政府"


def test_a_report_page_titled_with_the_site_name_first_is_its_department_s() -> None:
    page = ("<html><head><meta charset='utf-8'><title>栎阳市人民政府 栎阳市生态环境局2023年度政府信息公开工作年度报告"
            "</title><meta name='SiteName' content='栎阳市人民政府'></head><body><div class='nav'>首页 政务公开</div>"
            "<div id='zoom'><p>本报告由栎阳市生态环境局编制。</p><p>一、总体情况</p><p>2023年，本机关认真贯彻落实"
            "《条例》。</p></div></body></html>").encode()
    record = parse_report(page, "text/html")
    assert record["agency"]["name"] == "栎阳市生态环境局"
    assert record["title"] == "栎阳市生态环境局2023年度政府信息公开工作年度报告"
    assert record["year"] == 2023
