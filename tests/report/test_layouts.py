"""Layouts that used to read as nothing (issue 13 item 4): each pinned on the real corpus text
and on variants written here."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from govcrawl.cli import main
from govcrawl.report import parse_report
from tests.conftest import FIXTURES
from tests.report.expected import assert_matches_expected
from tests.report.test_identities import report_text

KEWEI = "zxj6827111-blip__KIROGOVCOMPARE/kewei-2024-source.md"


def test_label_space_value_lines_kewei(shared_dir: Path) -> None:
    record = parse_report((shared_dir / "corpus" / KEWEI).read_bytes(), url=KEWEI)
    t2 = record["tables"]["t2"]
    # `行政许可 97`, `行政处罚 0`, `行政强制 0`, `行政事业性收费 0` (PDF text): were all null
    assert t2["art20_5"]["administrative_licensing"]["decision_count"] == 97
    assert t2["art20_6"]["administrative_penalty"]["decision_count"] == 0
    assert t2["art20_6"]["administrative_coercion"]["decision_count"] == 0
    assert t2["art20_8"]["administrative_fees"]["fee_amount_10k_cny"] == 0
    assert t2["art20_1"]["normative_documents"] == {"issued_count": 13, "repealed_count": 0, "in_force_count": 55}


def test_label_space_value_variants() -> None:
    text = report_text({}).decode()
    text = text.replace("行政许可\t5", "行政许可  1,204").replace("行政处罚\t2", "行政处罚 37件")
    text = text.replace("行政事业性收费\t0", "行政事业性收费 12.5")
    t2 = parse_report(text.encode())["tables"]["t2"]
    assert t2["art20_5"]["administrative_licensing"]["decision_count"] == 1204
    assert t2["art20_6"]["administrative_penalty"]["decision_count"] == 37
    assert t2["art20_8"]["administrative_fees"]["fee_amount_10k_cny"] == 12.5
    # a sentence that ends in a number is narrative, not a row
    text = report_text({}).decode().replace("行政许可\t5", "本年度办理行政许可事项，共计 97")
    t2 = parse_report(text.encode())["tables"]["t2"]
    assert t2["art20_5"]["administrative_licensing"]["decision_count"] is None


def _seed_fragment(seed: str) -> bytes:
    """The article body of a seed's Hanweb page, cut out without <html>/<body> (as CMS exports
    and saved pages have it)."""
    page = (FIXTURES / "reports" / seed / "hanweb.html").read_text(encoding="utf-8")
    body = page[page.index('<div id="zoom"'):]
    return body[: body.rindex("</table>") + len("</table>")].encode("utf-8")


def test_html_fragment_is_sniffed_as_html() -> None:
    for seed in ("seed000", "seed001", "seed004"):
        data = _seed_fragment(seed)
        assert b"<html" not in data.lower() and b"<body" not in data.lower()
        expected = json.loads((FIXTURES / "reports" / seed / "expected.json").read_text(encoding="utf-8"))
        for declared in (None, "text/plain"):  # undeclared, or mislabelled as text
            record = parse_report(data, declared)
            assert record["source"]["media_type"] == "text/html"
            assert_matches_expected(record, expected)


def test_parse_honours_the_file_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # markup of only two kinds (<div>, <br>) is not enough to sniff: the .html name says it
    text = (FIXTURES / "reports" / "seed000" / "report.txt").read_text(encoding="utf-8")
    fragment = "<div>" + "<br>\n".join(line for line in text.splitlines() if line.strip()) + "</div>"
    path = tmp_path / "report.html"
    path.write_text(fragment, encoding="utf-8")
    assert main(["parse", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["source"]["media_type"] == "text/html"
    expected = json.loads((FIXTURES / "reports" / "seed000" / "expected.json").read_text(encoding="utf-8"))
    assert_matches_expected(record, expected)


SHUYANG = "zxj6827111-blip__KIROGOVCOMPARE/沭阳县人民政府2025年政府信息公开工作年度报告-沭阳县人民政府.txt"


def test_per_row_markdown_blocks_shuyang(shared_dir: Path) -> None:
    """OCR output: markdown headings (## 三、…), table 三 as one small table per row with made-up
    headers (类别 | 数据1 …), table 四 as three five-column blocks under their captions."""
    record = parse_report((shared_dir / "corpus" / SHUYANG).read_bytes(), url=SHUYANG)
    t3, t4 = record["tables"]["t3"], record["tables"]["t4"]
    assert "partial" not in record["flags"]
    assert list(t3["new_received"].values()) == [705, 3, 0, 0, 5, 0, 713]
    assert list(t3["withheld_admin_inquiry"].values()) == [9, 0, 0, 0, 0, 0, 9]
    assert list(t3["other_fee_unpaid"].values()) == [7, 0, 0, 0, 0, 0, 7]
    assert list(t3["results_total"].values()) == [710, 3, 0, 0, 5, 0, 718]
    assert list(t4.values()) == [27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10]
    assert sum(v is None for row in t3.values() for v in row.values()) == 0
    assert all(c["status"] == "pass" for c in record["checks"])


def _t4_text(block: str) -> bytes:
    text = report_text({}).decode()
    start = text.index("四、政府信息公开行政复议")
    end = text.index("五、存在的主要问题")
    return (text[:start] + "## 四、政府信息公开行政复议、行政诉讼情况\n" + block + "\n" + text[end:]).encode()


def test_table_four_in_captioned_blocks_in_any_order() -> None:
    outcomes = "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|---|---|---|---|---|\n"
    block = (f"### 行政诉讼（复议后起诉）\n{outcomes}| 1 | 0 | 0 | 1 | 2 |\n"
             f"### 行政复议\n{outcomes}| 4 | 1 | 0 | 0 | 5 |\n"
             f"### 行政诉讼（未经复议直接起诉）\n{outcomes}| 0 | 0 | 3 | 0 | 3 |")
    record = parse_report(_t4_text(block))
    assert list(record["tables"]["t4"].values()) == [4, 1, 0, 0, 5, 0, 0, 3, 0, 3, 1, 0, 0, 1, 2]


def test_five_values_under_the_whole_table_four_header_are_not_placed() -> None:
    # the usual header (both litigation groups, fifteen outcome labels) and a row of five values:
    # which five columns they are the source does not say
    header = ("行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"
              + "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2))
    record = parse_report(_t4_text(header + "\n1\t0\t0\t1\t2"))
    assert set(record["tables"]["t4"].values()) == {None}


@pytest.mark.parametrize("seed", ["seed000", "seed001", "seed004"])
def test_report_table_cut_at_a_page_break_is_joined(seed: str) -> None:
    """Table 三 continued in a second <table> with no header cue (a page break in the Word file the
    page was pasted from), a page number between them."""
    page = (FIXTURES / "reports" / seed / "hanweb.html").read_text(encoding="utf-8")
    cut_at = page.rindex("<tr", 0, page.index("行政执法案卷"))
    page = (page[:cut_at] + "</tbody></table>\n<p style='page-break-after:always'></p><p>- 3 -</p>\n"
            "<table border='1' cellspacing='0'><tbody>" + page[cut_at:])
    record = parse_report(page.encode("utf-8"), "text/html; charset=utf-8")
    expected = json.loads((FIXTURES / "reports" / seed / "expected.json").read_text(encoding="utf-8"))
    assert_matches_expected(record, expected)


@pytest.mark.parametrize("seed", ["seed003", "seed004"])
def test_layout_table_wrapping_a_pre_report_is_not_a_report_table(seed: str) -> None:
    text = (FIXTURES / "reports" / seed / "report.txt").read_text(encoding="utf-8")
    page = ("<html><head><title>政府信息公开</title></head><body><table width='100%'>"
            "<tr><td class='nav'>首页 | 政务公开 | 年度报告</td></tr>"
            f"<tr><td><pre>{html.escape(text)}</pre></td></tr></table></body></html>")
    record = parse_report(page.encode("utf-8"), "text/html; charset=utf-8")
    expected = json.loads((FIXTURES / "reports" / seed / "expected.json").read_text(encoding="utf-8"))
    assert_matches_expected(record, expected)
