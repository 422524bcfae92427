"""The web view in a real headless chromium: what a person sees on the report page, the
compliance page, a chart, and the way there from the search box."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from selenium.webdriver.common.by import By

from tests.web.sample import SCRIPT_TITLE


def _row_cells(driver: Any, caption: str, label: str) -> list[Any]:
    """The value cells of the row labelled ``label`` in the table captioned ``caption``."""
    for table in driver.find_elements(By.CSS_SELECTOR, "table.report-table"):
        if table.find_element(By.TAG_NAME, "caption").text.startswith(caption):
            for row in table.find_elements(By.CSS_SELECTOR, "tbody tr"):
                heads = row.find_elements(By.TAG_NAME, "th")
                if heads and heads[0].text == label:
                    return list(row.find_elements(By.CSS_SELECTOR, "td.cell"))
    raise AssertionError(f"no row {label!r} in table {caption!r}")


def test_report_page_shows_tables_flags_checks_and_versions(browser: Any, base_url: str) -> None:
    browser.get(f"{base_url}/report?agency=hn-test-wlgt&year=2021")
    title = browser.find_element(By.CSS_SELECTOR, "h1.report-title").text
    assert title == "测试市文化旅游局 2021年政府信息公开工作年度报告"

    # Table 二 as in the template: the current version (2) prints 566 licensing decisions.
    licensing = _row_cells(browser, "第二十条第（五）项", "行政许可")
    assert [c.find_element(By.CLASS_NAME, "v").text for c in licensing] == ["566"]
    # Table 三, Chinese row labels; the derived and the blank cell carry their flag visibly.
    partial = _row_cells(browser, "三、", "部分公开")
    assert partial[4].find_element(By.CLASS_NAME, "v").text == "0"
    assert partial[4].find_element(By.CLASS_NAME, "flag").text == "derived"
    assert partial[4].find_element(By.CLASS_NAME, "flag").is_displayed()
    secret = _row_cells(browser, "三、", "属于国家秘密")
    assert secret[5].find_element(By.CLASS_NAME, "v").text == ""
    assert secret[5].find_element(By.CLASS_NAME, "flag").text == "blank"
    new = _row_cells(browser, "三、", "本年新收政府信息公开申请数量")
    assert [c.text for c in new] == ["2", "0", "0", "0", "0", "0", "3"]
    # Table 四: fifteen columns under 行政复议 / 行政诉讼.
    t4 = next(t for t in browser.find_elements(By.CSS_SELECTOR, "table.report-table")
              if t.find_element(By.TAG_NAME, "caption").text.startswith("四、"))
    assert len(t4.find_elements(By.CSS_SELECTOR, "td.cell")) == 15
    assert "复议后起诉" in t4.text

    # The failed checks (3 new requests printed, 2 from persons), highlighted with both sides.
    failed = browser.find_elements(By.CSS_SELECTOR, "table.failed-checks tbody tr")
    assert [r.text.split() for r in failed] == [["H1", "total", "3", "2"], ["H3", "new_received", "3", "2"]]
    assert failed[0].value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"
    # Cross-year finding against 2022: carried over 3, but 2021 carried forward 2.
    findings = browser.find_element(By.CSS_SELECTOR, "table.crossyear")  # the first: findings only
    x1 = [r.text for r in findings.find_elements(By.CSS_SELECTOR, "tbody tr")]
    assert x1 == ["2021→2022 X1 上年结转 = 上一年度结转下年度继续办理 自然人 fail 3 2",
                  "2021→2022 X1 上年结转 = 上一年度结转下年度继续办理 总计 fail 3 2"]
    assert "7 项一致，2 项不一致" in browser.find_element(By.CSS_SELECTOR, "section.cross-year").text

    # Source link and attachment.
    source = browser.find_element(By.CSS_SELECTOR, "p.source")
    assert "http://www.example.gov.cn/art/2022/1/24/art_1.html" in source.text
    assert source.find_element(By.LINK_TEXT, "2021nb.pdf").get_attribute("href").endswith("/files/2021nb.pdf")
    # Versions, and what changed between them (cells and text).
    diff = browser.find_element(By.CSS_SELECTOR, "details.diff")
    assert diff.get_attribute("open") is not None
    assert "行政许可 565 → 566" in diff.text
    assert "+2021年，我局修订了年度报告。" in diff.text
    assert "2021年，我局修订了年度报告。" in browser.find_element(By.CSS_SELECTOR, "section.sections").text

    # The first version is one click away and shows its own numbers.
    browser.find_element(By.CSS_SELECTOR, "section.versions tbody tr:first-child a").click()
    licensing = _row_cells(browser, "第二十条第（五）项", "行政许可")
    assert licensing[0].text == "565"


def test_script_in_a_title_shows_as_text(browser: Any, base_url: str) -> None:
    browser.get(f"{base_url}/report?agency=hn-test-script&year=2021")
    assert browser.find_element(By.CSS_SELECTOR, "h1.report-title").text == SCRIPT_TITLE
    assert SCRIPT_TITLE in browser.title
    assert browser.execute_script("return window.__pwned === undefined") is True


def test_compliance_page_statuses_counts_sorting(browser: Any, base_url: str) -> None:
    browser.get(f"{base_url}/compliance?year=2022")
    rows = {r.get_attribute("data-agency"): r
            for r in browser.find_elements(By.CSS_SELECTOR, "table.compliance tbody tr")}
    assert set(rows) == {"hn-test-wlgt", "hn-test-quiet", "hn-test-blocked", "hn-test-script"}
    late = rows["hn-test-wlgt"]
    assert late.find_element(By.CLASS_NAME, "status").text == "逾期发布"
    assert late.find_element(By.CLASS_NAME, "days-late").text == "30"
    assert "2023-03-02" in late.text
    assert rows["hn-test-quiet"].find_element(By.CLASS_NAME, "status").text == "未找到"
    # A portal whose lists all failed is "unknown", never "not published".
    assert rows["hn-test-blocked"].find_element(By.CLASS_NAME, "status").text == "无法判断"
    counts = {c.get_attribute("data-status"): c.find_element(By.TAG_NAME, "b").text
              for c in browser.find_elements(By.CSS_SELECTOR, "p.counts .count")}
    assert counts == {"on_time": "0", "late": "1", "undated": "0", "not_found": "1", "unknown": "2"}
    region = browser.find_element(By.CSS_SELECTOR, "table.regions tbody tr").text.split()
    assert region[:2] == ["湖南省测试市", "430300"]

    # Sorting by days late, twice: descending puts the late agency first.
    browser.find_element(By.PARTIAL_LINK_TEXT, "逾期天数").click()
    browser.find_element(By.PARTIAL_LINK_TEXT, "逾期天数").click()
    first = browser.find_element(By.CSS_SELECTOR, "table.compliance tbody tr")
    assert first.get_attribute("data-agency") == "hn-test-wlgt"
    assert "desc=1" in browser.current_url

    # 2021: on time (published 2022-01-24), a failed check and a revision.
    browser.find_element(By.LINK_TEXT, "2021").click()
    row = browser.find_element(By.CSS_SELECTOR, "tr[data-agency='hn-test-wlgt']")
    assert row.find_element(By.CLASS_NAME, "status").text == "按时发布"
    assert "已修订" in row.text
    assert browser.find_element(By.CSS_SELECTOR, "a.csv").get_attribute("href").endswith("/compliance.csv?year=2021")


def test_year_over_year_chart_and_table(browser: Any, base_url: str) -> None:
    browser.get(f"{base_url}/agency?key={quote('hn-test-wlgt')}")
    chart = browser.find_elements(By.CSS_SELECTOR, "svg.chart")[0]
    assert chart.size["width"] > 300 and chart.size["height"] > 100
    points = {(p.get_attribute("data-series"), p.get_attribute("data-year")): p.get_attribute("data-value")
              for p in chart.find_elements(By.TAG_NAME, "circle")}
    assert points[("本年新收申请", "2021")] == "3"
    assert points[("本年新收申请", "2022")] == "4"
    assert chart.find_elements(By.TAG_NAME, "polyline")[0].is_displayed()
    received = browser.find_element(By.CSS_SELECTOR, "table.trend td[data-metric='received'][data-year='2022']")
    assert received.text == "4"
    # The agency page lists the cross-year findings too.
    assert "X1" in browser.find_element(By.CSS_SELECTOR, "table.crossyear").text


def test_search_to_region_to_report(browser: Any, base_url: str) -> None:
    browser.get(base_url + "/")
    box = browser.find_element(By.CSS_SELECTOR, "form.search input[name=q]")
    box.send_keys("文化旅游")
    box.submit()
    browser.find_element(By.LINK_TEXT, "测试市文化旅游局").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "测试市文化旅游局"
    browser.find_element(By.LINK_TEXT, "430300").click()
    assert "湖南省测试市" in browser.find_element(By.TAG_NAME, "h1").text
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.chart")) == 2


def test_pages_load_nothing_from_the_network(browser: Any, base_url: str) -> None:
    for path in ("/", "/compliance?year=2022", "/report?agency=hn-test-wlgt&year=2021", "/region/430300"):
        browser.get(base_url + path)
        urls = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        assert urls, path  # the style sheet at least
        assert all(u.startswith(base_url) for u in urls), urls
