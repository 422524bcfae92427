"""`govcrawl parse`: JSON or a summary; not-a-report is a flagged record (exit 0); an unreadable
file is one line on stderr (exit 2), never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SEED_DIRS


def govcrawl(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "govcrawl", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def test_parse_prints_the_record_as_json() -> None:
    result = govcrawl("parse", str(SEED_DIRS[0] / "trs.html"))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["schema"] == "govcrawl.report/1"
    assert record["tables"]["t2"]["art20_5"]["administrative_licensing"]["decision_count"] == 565


def test_parse_summary() -> None:
    result = govcrawl("parse", str(SEED_DIRS[4] / "report.txt"), "--summary")
    assert result.returncode == 0
    assert "长沙市芙蓉区 — 2021 — template v2021 — published 2022-02-08" in result.stdout
    assert "flags: spam_injection" in result.stdout
    assert "checks: 48 pass, 0 fail, 0 not assessable" in result.stdout  # 45 identities + S5, S7, S8


def test_not_a_report_is_a_flagged_record(tmp_path: Path) -> None:
    page = tmp_path / "notice.html"
    page.write_text("<html><body><p>关于举办运动会的通知。</p></body></html>", encoding="utf-8")
    result = govcrawl("parse", str(page))
    assert result.returncode == 0
    assert "not_a_report" in json.loads(result.stdout)["flags"]
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    result = govcrawl("parse", str(broken), "--summary")
    assert result.returncode == 0
    assert "unreadable_pdf" in result.stdout or "truncated" in result.stdout


def test_unreadable_file_is_one_line_error(tmp_path: Path) -> None:
    for target in (tmp_path / "missing.html", tmp_path):
        result = govcrawl("parse", str(target))
        assert result.returncode == 2
        assert result.stderr.startswith("govcrawl: ")
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr
    result = govcrawl("parse", "ftp://example.gov.test/report.pdf")
    assert result.returncode == 2 and "only http and https" in result.stderr


def test_demo_parses_every_sample(tmp_path: Path) -> None:
    result = govcrawl("demo", "--samples")
    assert result.returncode == 0, result.stderr
    assert "reports parsed" in result.stdout
    assert "spam_injection ×4" in result.stdout
