"""govcrawl.synth: valid random reports, faithful rendering, deterministic seed fixtures."""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

import pytest
from lxml import html as lxml_html

from govcrawl.report.template import (
    DECIMAL_COLS,
    SIGNED_COLS,
    T3_COLS,
    T3_RESULT_PARTS,
    T4_COLS,
    VERSIONS,
    TemplateVersion,
    all_cell_keys,
)
from govcrawl.synth.build_seed_fixtures import build
from govcrawl.synth.html import STYLES, Style, render_page
from govcrawl.synth.layout import build_tables, format_value
from govcrawl.synth.model import (
    ReportDoc,
    Value,
    cell_keys,
    check_identities,
    get_cell,
    load_seed_doc,
    random_report,
)
from govcrawl.synth.text import LAYOUTS, NULL_TOKENS, Layout, render_report_text, render_tables_text

ROOT = Path(__file__).resolve().parents[2]
SEEDS_DIR = ROOT / "fixtures" / "reports"
SEED_DIRS = sorted(SEEDS_DIR.glob("seed[0-9][0-9][0-9]"))
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def _docs() -> list[tuple[str, ReportDoc]]:
    docs = [
        (f"random-{v}-{i}", random_report(random.Random(i), v, 2020 + i)) for v in VERSIONS for i in range(3)
    ]
    docs += [(d.name, load_seed_doc(d)) for d in SEED_DIRS]
    return docs


DOCS = _docs()


# --------------------------------------------------------------------------------------------- H1–H5


def _n(value: Value) -> float:
    assert value is not None
    return float(value)


def _h_failures(doc: ReportDoc) -> list[str]:
    """H1–H4 recomputed independently of model.check_identities."""
    t3, t4 = doc.tables["t3"], doc.tables["t4"]
    bad = []
    for col in T3_COLS:
        lhs = _n(t3["new_received"][col]) + _n(t3["carried_over_from_prev"][col])
        if lhs != _n(t3["results_total"][col]) + _n(t3["carried_forward_to_next"][col]):
            bad.append(f"H1 {col}")
        parts = sum(_n(t3[r][col]) for r in T3_RESULT_PARTS[doc.template_version])
        if parts != _n(t3["results_total"][col]):
            bad.append(f"H2 {col}")
    for row, vals in t3.items():
        if sum(_n(vals[c]) for c in T3_COLS[:6]) != _n(vals["total"]):
            bad.append(f"H3 {row}")
    for i in range(0, 15, 5):
        if sum(_n(t4[c]) for c in T4_COLS[i : i + 4]) != _n(t4[T4_COLS[i + 4]]):
            bad.append(f"H4 {T4_COLS[i + 4]}")
    return bad


@pytest.mark.parametrize("version", VERSIONS)
def test_random_report_is_valid(version: TemplateVersion) -> None:
    for i in range(60):
        doc = random_report(random.Random(1000 + i), version, 2019 + i % 6)
        assert doc.template_version == version
        assert _h_failures(doc) == []
        assert check_identities(doc) == []
        assert sorted(cell_keys(version)) == sorted(
            ".".join(p for p in k if p) for k in all_cell_keys(version)
        )
        for key in cell_keys(version):
            value = get_cell(doc.tables, key)
            col = key.rsplit(".", 1)[1]
            assert value is not None, key
            if col in DECIMAL_COLS:
                assert isinstance(value, (int, float)) and value >= 0
            else:
                assert isinstance(value, int), key
                assert value >= 0 or col in SIGNED_COLS, key
        assert doc.sections[0][0] == "一、总体情况"
        assert len(doc.sections) == 6


def test_random_report_has_realistic_magnitudes() -> None:
    docs = [random_report(random.Random(i), "v2021", 2022) for i in range(40)]
    totals = [_n(d.tables["t3"]["new_received"]["total"]) for d in docs]
    assert max(totals) > 20
    assert len({d.agency_name for d in docs}) > 30
    sizes = [len(render_page(d, s, random.Random(0))[0]) for d in docs[:6] for s in STYLES]
    assert 35_000 < sum(sizes) / len(sizes) < 110_000


# --------------------------------------------------------------------------------------------- pages


def _decode(body: bytes, charset: str, style: Style) -> str:
    head = body[:600].decode("ascii", errors="replace")
    if style == "trs":
        assert 'content="text/html; charset=gb2312"' in head
        assert charset == "gbk"
        # declared gb2312, really GBK (portals.md §4.2): gb18030 decodes it
        return body.decode("gb18030")
    assert charset == "utf-8"
    return body.decode(charset)


def _norm(text: str) -> str:
    return re.sub(r"[\s\u00a0]+", "", text)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(("name", "doc"), DOCS, ids=[n for n, _ in DOCS])
def test_page_decodes_and_contains_every_printed_value(name: str, doc: ReportDoc, style: Style) -> None:
    body, charset = render_page(doc, style, random.Random(7))
    text = _decode(body, charset, style)
    tree = lxml_html.fromstring(text)
    assert tree.xpath("//meta[@name='ArticleTitle']/@content")[0].endswith(doc.title)
    assert tree.xpath("//meta[@name='SiteName']/@content")
    assert tree.xpath("//meta[@name='ContentSource']/@content") == [doc.source]
    if doc.published_date:
        assert tree.xpath("//meta[@name='PubDate']/@content")[0].startswith(doc.published_date)
    container = {
        "trs": "//div[@class='TRS_Editor']",
        "hanweb": "//div[@id='zoom']",
        "vsb": "//form[@name='_newscontent_fromname']//div[@class='v_news_content']",
    }[style]
    content = tree.xpath(container)
    assert len(content) == 1
    tables = content[0].xpath(".//table")
    assert len(tables) == 3
    expected = build_tables(doc)
    for table, key in zip(tables, ("t2", "t3", "t4"), strict=True):
        got = [_norm(td.text_content()) for td in table.xpath(".//td")]
        want = [_norm(c.text) for row in expected[key] for c in row]
        assert got == want, key
        # every non-null value of the doc is printed in its cell
        cells = {
            c.key: _norm(td.text_content())
            for c, td in zip([c for row in expected[key] for c in row], table.xpath(".//td"), strict=True)
        }
        for ckey in cell_keys(doc.template_version):
            if not ckey.startswith(key + ".") or any(ckey.startswith(r + ".") for r in doc.printed_rows):
                continue
            value = get_cell(doc.tables, ckey)
            raw = doc.raw_cells.get(ckey)
            if raw is not None:
                assert cells[ckey] == _norm(raw)
            elif value is None:
                assert cells[ckey] == ""
            else:
                assert cells[ckey] == format_value(value), ckey
        for rkey, tokens in doc.printed_rows.items():
            if rkey.startswith(key + "."):
                assert [cells[f"{rkey}#{i}"] for i in range(len(tokens))] == [_norm(t) for t in tokens]
    plain = _norm(content[0].text_content())
    for heading, paras in doc.sections:
        assert _norm(heading) in plain
        for para in paras:
            assert _norm(para) in plain


@pytest.mark.parametrize("style", STYLES)
def test_render_is_deterministic(style: Style) -> None:
    doc = random_report(random.Random(42), "v2021", 2023)
    again = random_report(random.Random(42), "v2021", 2023)
    assert doc == again
    a = render_page(doc, style, random.Random(3))
    b = render_page(again, style, random.Random(3))
    c = render_page(doc, style, random.Random(4))
    assert a == b
    assert a != c  # chrome (counters, dates) varies with the rng
    for layout in LAYOUTS:
        assert render_report_text(doc, layout, random.Random(9)) == render_report_text(
            doc, layout, random.Random(9)
        )


def test_spam_outside_text_goes_to_title_and_link_farm() -> None:
    doc = random_report(random.Random(5), "v2021", 2022)
    doc.spam = ["澳门赌场在线"]
    text = render_page(doc, "vsb", random.Random(1))[0].decode("utf-8")
    assert "<title>澳门赌场在线" in text
    assert 'style="display:none"' in text


# --------------------------------------------------------------------------------------------- text


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("name", "doc"), DOCS, ids=[n for n, _ in DOCS])
def test_text_layouts(name: str, doc: ReportDoc, layout: Layout) -> None:
    for seed in range(3):
        text = render_tables_text(doc, layout, random.Random(seed))
        assert doc.sections[1][0] in text and doc.sections[2][0] in text and doc.sections[3][0] in text
        tokens = re.split(r"[\n\t|]", text)
        tokens = [t.strip(" \u00a0") for t in tokens]
        numbers = [t for t in tokens if re.fullmatch(r"-?\d+(\.\d+)?", t)]
        printed = [
            format_value(get_cell(doc.tables, k))
            for k in cell_keys(doc.template_version)
            if get_cell(doc.tables, k) is not None
            and not any(k.startswith(r + ".") for r in doc.printed_rows)
        ]
        # every printed value occurs (multiset inclusion)
        for value in set(printed):
            assert numbers.count(value) >= printed.count(value), value
        if layout == "tabs":
            assert "\t" in text
        if layout == "pipes":
            assert all(line.endswith("|") for line in text.splitlines()[1:] if line and "、" not in line[:3])
        full = render_report_text(doc, layout, random.Random(seed))
        assert full.startswith(doc.title)
        for heading, _ in doc.sections:
            assert heading in full


def test_lines_layout_prints_null_tokens() -> None:
    doc = random_report(random.Random(8), "v2019", 2020)
    doc.tables["t3"]["granted"]["research_institution"] = None
    text = render_tables_text(doc, "lines", random.Random(2))
    lines = [ln for ln in text.split("\n") if ln]
    i = next(k for k, ln in enumerate(lines) if "予以公开" in ln)
    assert lines[i + 3] in NULL_TOKENS
    tabs = render_tables_text(doc, "tabs", random.Random(2))
    row = next(ln for ln in tabs.split("\n") if "予以公开" in ln).split("\t")
    assert row[5] == ""


# --------------------------------------------------------------------------------------------- seeds


@pytest.mark.parametrize("seed_dir", SEED_DIRS, ids=[d.name for d in SEED_DIRS])
def test_seed_expected_json_is_complete(seed_dir: Path) -> None:
    exp = json.loads((seed_dir / "expected.json").read_text(encoding="utf-8"))
    version = exp["template_version"]
    assert version in VERSIONS
    tables = exp["tables"]
    keys = cell_keys(version)
    for table, block, row, col in all_cell_keys(version):
        if table == "t2":
            assert col in tables["t2"][block][row]
        elif table == "t3":
            assert col in tables["t3"][row]
        else:
            assert col in tables["t4"]
    assert sum(len(c) for b in tables["t2"].values() for c in b.values()) + sum(
        len(r) for r in tables["t3"].values()
    ) + len(tables["t4"]) == len(keys)
    nulls = {k for k in keys if get_cell(tables, k) is None}
    assert nulls == set(exp["null_cells"])
    for key, reason in exp["null_cells"].items():
        assert reason in ("incomplete_row", "blank", "missing", "ambiguous")
        if reason == "incomplete_row":
            row_key = key.rsplit(".", 1)[0]
            assert row_key in exp["printed_rows"]
            assert all(get_cell(tables, k) is None for k in keys if k.startswith(row_key + "."))
    for row_key, tokens in exp["printed_rows"].items():
        ncols = sum(1 for k in keys if k.startswith(row_key + "."))
        assert len(tokens) != ncols
    assert set(exp["sections"]) == {
        "overview",
        "proactive_disclosure",
        "applications",
        "review_litigation",
        "problems_improvements",
        "other_matters",
    }
    text = (seed_dir / "report.txt").read_bytes()
    if SHARED_SEEDS.exists():
        assert text == (SHARED_SEEDS / exp["seed"]).read_bytes()


@pytest.mark.parametrize("seed_dir", SEED_DIRS, ids=[d.name for d in SEED_DIRS])
def test_load_seed_doc(seed_dir: Path) -> None:
    exp = json.loads((seed_dir / "expected.json").read_text(encoding="utf-8"))
    doc = load_seed_doc(seed_dir)
    assert doc.title == exp["title"] and doc.year == exp["year"]
    for (heading, paras), key in zip(doc.sections, exp["sections"], strict=True):
        assert heading.strip()
        if exp["sections"][key] and key in ("overview", "problems_improvements", "other_matters"):
            assert paras[0].startswith(exp["sections"][key])


def test_seed_fixture_pages_are_up_to_date(tmp_path: Path) -> None:
    for seed_dir in SEED_DIRS:
        dst = tmp_path / seed_dir.name
        dst.mkdir()
        for name in ("report.txt", "expected.json"):
            shutil.copyfile(seed_dir / name, dst / name)
    build(tmp_path)
    for seed_dir in SEED_DIRS:
        for style in STYLES:
            committed = seed_dir / f"{style}.html"
            assert committed.exists()
            assert (tmp_path / seed_dir.name / f"{style}.html").read_bytes() == committed.read_bytes(), (
                committed
            )
