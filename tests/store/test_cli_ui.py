"""Issue 15: the CLI as users expect — --version, global options on either side of the command,
--json on status/history/diff, `govcrawl sites`, tables aligned for CJK text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from govcrawl import __version__
from govcrawl.cli import main
from govcrawl.crawl.registry import registered_sites
from govcrawl.store import Store
from govcrawl.textui import pad, table

from .factory import AGENCY, html_body, make_record

URL = "http://www.example.gov.cn/a.html"


def govcrawl(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "govcrawl", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


@pytest.fixture
def two_versions(db_url: str, tmp_path: Path) -> list[str]:
    data = tmp_path / "data"
    with Store.open(db_url, data_dir=data) as store:
        for licensing, fail in ((565, False), (566, True)):
            rec = make_record(licensing=licensing, check_fail=fail)
            rec["tables"]["t4"]["review_total"] = licensing - 565
            store.save_record(rec, html_body(rec), "text/html", URL)
    return ["--db", db_url, "--data-dir", str(data)]


def _json(capsys: pytest.CaptureFixture[str]) -> object:
    return json.loads(capsys.readouterr().out)


def test_version_from_any_directory(tmp_path: Path) -> None:
    shown = govcrawl("--version", cwd=tmp_path)
    assert shown.returncode == 0 and shown.stdout.strip() == f"govcrawl {__version__}"


def test_global_options_before_or_after_the_command(two_versions: list[str],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db, data = two_versions[1], two_versions[3]
    for argv in (["status", "--json", "--no-disk", "--db", db, "--data-dir", data],
                 ["--db", db, "--data-dir", data, "status", "--json", "--no-disk"],
                 ["-v", "--db", db, "status", "--data-dir", data, "--json", "--no-disk"],
                 ["status", "--json", "--no-disk", "-v", "--db", db, "--data-dir", data]):
        assert main(argv) == 0, argv
        doc = _json(capsys)
        assert isinstance(doc, dict) and doc["reports"] == 1 and doc["versions"] == 2, argv
    assert main(["--db", db, "db", "current"]) == 0 and main(["db", "current", "-v", "--db", db]) == 0  # nested
    capsys.readouterr()
    if not db.startswith("sqlite"):
        return  # the rest is about the command line and logging, not the database: once is enough
    # -v after the command turns logging below warnings on, as before it
    shown = govcrawl("history", AGENCY["id"], "2021", *two_versions, "-v", cwd=Path(data))
    assert shown.returncode == 0 and "INFO " in shown.stderr
    before = govcrawl("-v", "history", AGENCY["id"], "2021", *two_versions, cwd=Path(data))
    assert before.returncode == 0 and "INFO " in before.stderr
    assert "INFO " not in govcrawl("history", AGENCY["id"], "2021", *two_versions, cwd=Path(data)).stderr
    # a store option before a command that has no store: one line, usage error
    refused = govcrawl("--db", db, "sites", cwd=Path(data))
    assert refused.returncode == 2 and "sites does not use --db" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_status_history_diff_json(two_versions: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--json", "--no-disk", *two_versions]) == 0
    status = _json(capsys)
    assert isinstance(status, dict)
    assert status["reports_per_year"] == [{"year": 2021, "reports": 1, "amended": 1}]
    assert status["check_status"] == {"fail": 1} and status["agencies"] == 1
    assert status["last_run"] is None

    assert main(["history", AGENCY["name"], "2021", "--json", *two_versions]) == 0
    history = _json(capsys)
    assert isinstance(history, dict)
    assert history["agency"] == {"id": AGENCY["id"], "name": AGENCY["name"]} and history["year"] == 2021
    versions = history["versions"]
    assert [v["number"] for v in versions] == [1, 2] and [v["current"] for v in versions] == [False, True]
    assert versions[0]["valid_to"] == versions[1]["valid_from"]
    assert versions[1]["parses"][0]["check_status"] == "fail" and versions[1]["source_url"] == URL

    assert main(["diff", AGENCY["id"], "2021", "--json", *two_versions]) == 0
    diff = _json(capsys)
    assert isinstance(diff, dict)
    assert (diff["from"], diff["to"]) == ("version 1 parse 1", "version 2 parse 1")
    cells = {c["key"]: c for c in diff["cells"]}
    assert set(cells) == {"t2.art20_5.administrative_licensing.decision_count", "t4.review_total"}
    lic = cells["t2.art20_5.administrative_licensing.decision_count"]
    assert (lic["label"], lic["from"]["value"], lic["to"]["value"]) == ("行政许可", 565, 566)
    assert cells["t4.review_total"]["label"] == "行政复议 总计"
    assert "check H1 total: pass → fail" in diff["report"]

    assert main(["diff", AGENCY["id"], "1999", "--json", *two_versions]) == 2  # one line, no JSON, no traceback
    assert "no report" in capsys.readouterr().err


def test_sites_lists_and_filters_the_registry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    every = registered_sites()
    listed = govcrawl("sites", "--json", cwd=tmp_path)  # the command itself, from another directory
    assert listed.returncode == 0
    assert [s["id"] for s in json.loads(listed.stdout)] == [s.id for s in every]

    def ids(*args: str) -> list[str]:
        # The filters in-process (the same main(); a process each cost ~1.5 CPU s of imports).
        capsys.readouterr()
        status = main(["sites", "--json", *args])
        shown = capsys.readouterr().out
        return [s["id"] for s in json.loads(shown)] if status == 0 else []

    trs = [s.id for s in every if s.cms.startswith("trs")]
    assert ids("--family", "trs") == trs and len(trs) >= 2
    assert ids("--family", "TRS_CLASSIC") == [s.id for s in every if s.cms == "trs_classic"]
    one = every[0]
    assert one.region_code and one.region
    assert ids("--region", one.region_code) == [s.id for s in every if (s.region_code or "").startswith(
        one.region_code)]
    assert ids("--region", one.region) == [s.id for s in every if (s.region or "").startswith(one.region)]
    assert ids("--province", one.province) == [s.id for s in every if s.province == one.province]
    assert ids(one.agency) == [s.id for s in every if one.agency in s.agency] and one.id in ids(one.agency)
    host = one.hosts[0]
    assert one.id in ids(host.upper())  # text: case-insensitive, in the start URLs too
    capsys.readouterr()
    assert main(["sites", "--province", "没有这个省"]) == 1
    none = capsys.readouterr()
    assert "no portal matches" in none.err and not none.out

    text = govcrawl("sites", "--family", "trs", cwd=tmp_path)
    lines = text.stdout.splitlines()
    header = lines[0]
    rows = [line for line in lines[2:] if line.strip() and "portals" not in line]
    assert len(rows) == len(trs)
    # CJK-aligned: the region and code columns start at the same display column on every row.
    region_at = cell_len(header[:header.index("region")])
    code_at = cell_len(header[:header.index("code")])
    for row, site in zip(rows, [s for s in every if s.cms.startswith("trs")], strict=True):
        assert cell_len(row[:row.index(site.region or "")]) == region_at
        assert cell_len(row[:row.index(site.region_code or "")]) == code_at


def test_table_and_pad_measure_display_width() -> None:
    out = table(("name", "n"), [("青山县人民政府", 1), ("ab", 22), ("[bold]x[/bold]", 3)], right=("n",))
    lines = [line for line in out.splitlines() if line.strip() and set(line.strip()) != {"─"}]
    ends = {cell_len(line) for line in lines}
    assert len(ends) == 1, out  # right-aligned numbers end in one display column
    assert "[bold]x[/bold]" in out  # text, never markup
    assert cell_len(pad("青山县", 10)) == 10 and pad("abcdefghijkl", 4) == "abcdefghijkl"
