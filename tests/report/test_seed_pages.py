"""Each seed rendered as a real portal page (TRS GBK Word-pasted, Hanweb #zoom, VSB
v_news_content) with full page chrome parses to the same record as its text form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govcrawl.report import parse_report
from govcrawl.report.normalize import squash
from tests.conftest import SEED_DIRS
from tests.report.expected import assert_matches_expected, flat_tables

STYLES = ("trs", "hanweb", "vsb")
CASES = [(d, s) for d in SEED_DIRS for s in STYLES]
CHROME = ("扫一扫", "无障碍", "适老模式", "浏览次数", "网站标识码", "ICP备", "公网安备", "打印本页", "关闭窗口",
          "分享到", "上一篇", "下一篇", "今天是", "位访客", "字体", "当前位置")


@pytest.mark.parametrize(("seed_dir", "style"), CASES, ids=[f"{d.name}-{s}" for d, s in CASES])
def test_page_matches_text_form(seed_dir: Path, style: str) -> None:
    page = (seed_dir / f"{style}.html").read_bytes()
    record = parse_report(page, "text/html")
    text_record = parse_report((seed_dir / "report.txt").read_bytes(), "text/plain")
    expected = json.loads((seed_dir / "expected.json").read_text(encoding="utf-8"))
    assert_matches_expected(record, expected)
    assert flat_tables(record["tables"]) == flat_tables(text_record["tables"])
    for key in ("year", "template_version", "published_date"):
        assert record[key] == text_record[key], key
    assert squash(record["agency"]["name"]) == squash(text_record["agency"]["name"])
    assert sorted(record["flags"]) == sorted(text_record["flags"])
    sections = json.dumps(record["sections"], ensure_ascii=False)
    assert [c for c in CHROME if c in sections] == []
    # The narrative of 一 and 五 is all there.
    for key in ("overview", "problems_improvements"):
        assert squash(record["sections"][key]) == squash(text_record["sections"][key]), key


def test_trs_pages_are_gbk_and_declare_it() -> None:
    for seed_dir in SEED_DIRS:
        page = (seed_dir / "trs.html").read_bytes()
        assert b"charset=gb2312" in page.lower() or b"charset=gbk" in page.lower()
        with pytest.raises(UnicodeDecodeError):
            page.decode("utf-8")
