"""Bad input never raises out of the parser: it yields a record whose flags say what happened,
and what is stored is never wrong (a truncated page loses cells, it does not change them)."""

from __future__ import annotations

import json
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govcrawl.report import parse_report
from tests.conftest import SEED_DIRS
from tests.report.expected import flat_tables


def _valid(record: dict) -> None:
    assert record["schema"] == "govcrawl.report/1"
    assert isinstance(record["flags"], list)
    json.dumps(record, ensure_ascii=False)  # serialisable as is


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096), st.sampled_from([None, "text/html", "application/pdf", "text/plain",
                                                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]))
def test_arbitrary_bytes_never_raise(data: bytes, media_type: str | None) -> None:
    record = parse_report(data, media_type)
    _valid(record)
    if record["template_version"] is None:
        assert record["flags"], "a record without tables must say why"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_text_never_raises(text: str) -> None:
    _valid(parse_report(text.encode("utf-8"), "text/plain"))


def test_truncated_pages_lose_cells_but_never_change_them() -> None:
    rng = random.Random(7)
    for seed_dir in SEED_DIRS:
        for style in ("trs", "hanweb", "vsb"):
            page = (seed_dir / f"{style}.html").read_bytes()
            full = flat_tables(parse_report(page, "text/html")["tables"])
            for _ in range(6):
                cut = rng.randrange(len(page) // 4, len(page))
                record = parse_report(page[:cut], "text/html")
                _valid(record)
                got = flat_tables(record["tables"])
                wrong = {k: (v, full.get(k)) for k, v in got.items()
                         if v is not None and k in full and full[k] != v and not _derived(record, k)}
                assert not wrong, (seed_dir.name, style, cut, wrong)


def _derived(record: dict, key: str) -> bool:
    for cell in record["cells"]:
        if ".".join(p for p in (cell["table"], cell.get("block"), cell["row"], cell["col"]) if p) == key:
            return "derived" in cell["flags"]
    return False


def test_truncated_text_report_is_flagged_partial() -> None:
    text = (SEED_DIRS[0] / "report.txt").read_bytes()
    cut = text.index("三、收到和处理政府信息公开申请情况".encode())
    record = parse_report(text[:cut], "text/plain")
    assert "partial" in record["flags"]
    assert record["missing_tables"] == ["t3", "t4"]
    assert all(v is None for row in record["tables"]["t3"].values() for v in row.values())
    assert record["tables"]["t2"]["art20_5"]["administrative_licensing"]["decision_count"] == 565


def test_huge_table_is_bounded() -> None:
    rows = "".join(f"<tr><td>行政许可</td><td>{i}</td></tr>" for i in range(60_000))
    page = f"<html><body><p>二、主动公开政府信息情况</p><table>{rows}</table></body></html>".encode()
    record = parse_report(page, "text/html")
    _valid(record)


def test_deeply_nested_markup() -> None:
    depth = 20_000
    page = ("<html><body>" + "<div>" * depth + "一、总体情况" + "</div>" * depth + "</body></html>").encode()
    record = parse_report(page, "text/html")
    _valid(record)


def test_not_a_report_is_flagged() -> None:
    page = "<html><head><title>通知公告</title></head><body><p>关于举办运动会的通知。</p></body></html>"
    record = parse_report(page.encode(), "text/html")
    assert record["template_version"] is None
    assert "not_a_report" in record["flags"]


def test_gbk_page_without_declared_charset_and_mislabelled_utf8() -> None:
    page = (SEED_DIRS[0] / "trs.html").read_bytes()
    expected = flat_tables(parse_report(page, "text/html")["tables"])
    undeclared = page.replace(b"charset=gb2312", b"").replace(b"charset=GB2312", b"")
    assert flat_tables(parse_report(undeclared, "text/html")["tables"]) == expected
    mislabelled = parse_report(page, "text/html; charset=utf-8")
    assert flat_tables(mislabelled["tables"]) == expected
    assert mislabelled["flags"].count("charset_mismatch") == 1  # flagged once, not per decoding attempt


def test_picture_only_report_is_flagged_image_only() -> None:
    page = ("<html><head><meta name='ArticleTitle' content='某县人民政府2019年政府信息公开工作年度报告（图片版）'>"
            "</head><body><div id='zoom'><p><img src='/picture/0/s1.jpg'></p><p><img src='/picture/0/s2.jpg'></p>"
            "</div></body></html>").encode()
    record = parse_report(page, "text/html")
    assert record["year"] == 2019
    assert "image_only" in record["flags"]


def test_legacy_report_is_flagged() -> None:
    text = ("某市人民政府2012年政府信息公开工作年度报告\n一、概述\n……\n二、主动公开政府信息情况\n"
            "三、依申请公开政府信息情况\n")
    record = parse_report(text.encode(), "text/plain")
    assert "legacy_template" in record["flags"]
