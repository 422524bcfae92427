"""history, diff, status and reparse (real parser over stored seed bodies)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from govcrawl.cli import main
from govcrawl.store import Store
from govcrawl.store.history import diff, find_report, history
from govcrawl.store.models import ReportParse, ReportVersion
from govcrawl.store.reparse import reparse

from .factory import AGENCY, html_body, make_record

URL = "http://www.example.gov.cn/a.html"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def test_history_and_diff(store: Store, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = make_record(licensing=565)
    b = make_record(licensing=566, overview=a["sections"]["overview"] + "\n全年新增公开目录30条。", check_fail=True)
    for rec in (a, b):
        store.save_record(rec, html_body(rec), "text/html", URL)
    report_id, key, _ = find_report(store, AGENCY["name"], 2021)
    assert key == AGENCY["id"]
    assert [v.number for v in history(store, report_id)] == [1, 2]
    d = diff(store, report_id, (1, None), (2, None))
    assert any(line.startswith("行政许可 565 → 566") for line in d.cells)
    assert len(d.cells) == 1
    assert "check H1 total: pass → fail" in d.fields
    assert "+全年新增公开目录30条。" in d.text

    args = ["--db", db_url, "--data-dir", str(store.raw.root)]
    assert main(["history", AGENCY["id"], "2021", *args]) == 0
    out = capsys.readouterr().out
    assert "v1" in out and "v2" in out and "(current)" in out
    assert main(["diff", AGENCY["id"], "2021", *args]) == 0
    out = capsys.readouterr().out
    assert "行政许可 565 → 566" in out and "全年新增公开目录30条" in out
    assert main(["diff", AGENCY["id"], "1999", *args]) == 2
    assert "no report" in capsys.readouterr().err
    assert main(["status", *args]) == 0
    out = capsys.readouterr().out
    assert "agencies:  1" in out and "2021" in out and "fail 1" in out


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not beside the project")
def test_reparse_adds_parses_not_versions(store: Store, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))[:3]
    for i, path in enumerate(seeds):
        # Stored as if an older parser had read these bodies (placeholder records).
        rec = make_record(agency={**AGENCY, "id": f"seed-{i}"}, parser_version="0.0-old")
        assert store.save_record(rec, path.read_bytes(), "text/plain", f"{URL}?{i}").kind == "new"
    summary = reparse(store, workers=2)
    assert (summary.total, summary.reparsed, summary.failed) == (3, 3, 0)
    with store.reading() as conn:
        assert conn.execute(select(func.count()).select_from(ReportVersion)).scalar_one() == 3
        kinds = conn.execute(select(ReportParse.kind, ReportParse.parser_version).order_by(ReportParse.id)).all()
    assert [k for k, _ in kinds] == ["crawl"] * 3 + ["reparse"] * 3
    assert kinds[-1][1] != "0.0-old"
    # A second run finds nothing new; the CLI says so.
    assert main(["reparse", "-j", "2", "--db", db_url, "--data-dir", str(store.raw.root)]) == 0
    assert "0 new parse(s), 3 unchanged" in capsys.readouterr().out
    # The history tells a parser change (parse 2 of version 1) from an agency's edit.
    report_id, _, _ = find_report(store, "seed-0", 2021)
    (v,) = history(store, report_id)
    assert [p[1] for p in v.parses] == ["crawl", "reparse"]
    # A crawl with the new parser over the same bytes is "unchanged" now.
    from govcrawl.report import parse_report

    fresh = parse_report(seeds[0].read_bytes(), "text/plain", url=f"{URL}?0", agency={**AGENCY, "id": "seed-0"})
    assert store.save_record(fresh, seeds[0].read_bytes(), "text/plain", f"{URL}?0").kind == "unchanged"


def _page(seed: str, counter: int, today: str) -> bytes:
    paras = "".join(f"<p>{line}</p>" for line in seed.splitlines())
    return (
        f'<html><head><title>报告</title></head><body><div class="top">今天是{today} 星期五</div>'
        f'<div class="nav">首页 | 政务公开</div><div class="article"><div class="info">来源：区政府办 '
        f"发布时间：2022-01-24 浏览次数：{counter}</div>{paras}</div>"
        f'<div class="share">分享到：微信 微博</div><div class="footer">网站访问量：{counter * 7}</div></body></html>'
    ).encode()


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not beside the project")
def test_same_page_with_other_counters_and_chrome_is_unchanged_end_to_end(store: Store) -> None:
    """Parser + store: one report page fetched twice with different counters, date line and URL noise."""
    from govcrawl.report import parse_report

    seed = sorted(SEEDS.glob("004_*.txt"))[0].read_text(encoding="utf-8")
    agency = {**AGENCY, "id": "seed-4"}
    kinds = []
    for counter, today, url in ((17, "2026年1月2日", URL + "?t=1767312000000"), (9921, "2026年3月9日", URL)):
        body = _page(seed, counter, today)
        rec = parse_report(body, "text/html", url=url, agency=agency)
        kinds.append(store.save_record(rec, body, "text/html", url).kind)
    assert kinds == ["new", "unchanged"]
    edited = _page(seed.replace("139", "140", 1), 5, "2026年4月1日")
    rec = parse_report(edited, "text/html", url=URL, agency=agency)
    assert store.save_record(rec, edited, "text/html", URL).kind == "changed"
