"""Record fidelity (issue 13): cells exact against hand-read values, wrong numbers, derived and
null cells, records matching docs/record.md — and parse time against trafilatura on HTML.

    python benchmarks/bench_fidelity.py [--pages 120] [--repeat 3] [--ofd 40]

Hand-read values: fixtures/reports/seed*/expected.json (the five seeds, each as its text, as
TRS / Hanweb / VSB pages, as Word 97 .doc files and as an OFD) and fixtures/corpus/*.expected.json
(the 洪泽区 PDFs, read from ../shared/corpus).  A cell is *exact* when the record has the
hand-read value (for a cell the source does not print: the value the identities force,
``derived_cells``); *wrong* when the record has a number that differs — the number that must
stay 0; *null* when the record has no value where the source determines one (a miss, not an
error).  The timing part is bench_parse.py's: the same generated pages through
``trafilatura.extract(include_tables=True)`` and through ``parse_report``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from bench_parse import best_time, make_pages  # noqa: E402

from govcrawl.province.content import seed_doc  # noqa: E402
from govcrawl.report import parse_report  # noqa: E402
from govcrawl.report.schema import check_record  # noqa: E402
from govcrawl.synth.ofd import render_ofd  # noqa: E402
from tests.report.expected import cell_flags, expected_values, flat_tables  # noqa: E402


def _sources() -> list[tuple[str, bytes, str | None, dict[str, Any]]]:
    out = []
    for seed_dir in sorted((ROOT / "fixtures" / "reports").glob("seed*")):
        expected = json.loads((seed_dir / "expected.json").read_text(encoding="utf-8"))
        for name in ("report.txt", "trs.html", "hanweb.html", "vsb.html"):
            media = "text/plain" if name.endswith(".txt") else "text/html"
            out.append((f"{seed_dir.name}/{name}", (seed_dir / name).read_bytes(), media, expected))
        # The seed as binary Word 97 files LibreOffice wrote (fixtures/reports/*/report.doc, pasted.doc).
        for name in ("report.doc", "pasted.doc"):
            if (seed_dir / name).exists():
                out.append((f"{seed_dir.name}/{name}", (seed_dir / name).read_bytes(), None, expected))
        # The seed as a converter's OFD (rules as paths, characters placed one by one).
        ofd = render_ofd(seed_doc(seed_dir.name), random.Random(seed_dir.name))
        out.append((f"{seed_dir.name}/report.ofd", ofd, None, expected))
    for exp_path in sorted((ROOT / "fixtures" / "corpus").glob("*.expected.json")):
        expected = json.loads(exp_path.read_text(encoding="utf-8"))
        source = (ROOT / expected["source"]).resolve()
        if source.is_file():
            out.append((source.name, source.read_bytes(), None, expected))
    return out


def fidelity() -> dict[str, int]:
    totals = {"sources": 0, "cells": 0, "exact": 0, "wrong": 0, "missed": 0, "derived": 0,
              "null_as_expected": 0, "records_off_schema": 0}
    for name, data, media, expected in _sources():
        record = parse_report(data, media)
        got = flat_tables(record["tables"])
        want = expected_values(expected)
        flags = cell_flags(record)
        totals["sources"] += 1
        totals["records_off_schema"] += bool(check_record(record))
        for key, value in want.items():
            totals["cells"] += 1
            have = got.get(key)
            if value is None:
                totals["null_as_expected"] += have is None
                totals["wrong"] += have is not None
            elif have == value:
                totals["exact"] += 1
                totals["derived"] += "derived" in flags.get(key, [])
            elif have is None:
                totals["missed"] += 1
            else:
                totals["wrong"] += 1
                print(f"  WRONG {name} {key}: {have} (hand-read {value})")
    return totals


def corpus_texts() -> None:
    """Corpus texts without hand-read files: how many cells each record fills, and why the rest
    are null (their exactness is pinned cell by cell in tests/report/test_{positions,layouts,fused}.py)."""
    corpus = ROOT.parent / "shared" / "corpus"
    for path in sorted(p for p in corpus.rglob("*") if p.suffix in (".md", ".txt") and p.name != "MANIFEST.md"):
        record = parse_report(path.read_bytes(), "text/plain")
        cells = [c for c in record["cells"] if c["table"] in ("t2", "t3", "t4")]
        filled = sum(c["value"] is not None for c in cells)
        derived = sum("derived" in c["flags"] for c in cells)
        nulls: dict[str, int] = {}
        for c in cells:
            if c["value"] is None:
                nulls[c["flags"][0]] = nulls.get(c["flags"][0], 0) + 1
        checks = [c["status"] for c in record["checks"]]
        name = path.parent.name if path.name == "page.txt" else path.stem
        print(f"  {name[:34]:34} {record['template_version']}: {filled}/{len(cells)} cells ({derived} derived), "
              f"null {nulls or '-'}; checks {checks.count('pass')} pass {checks.count('fail')} fail")


def ofd_renderings(count: int) -> None:
    """Random reports of both templates as converters' OFDs (the rng picks each converter's
    habits): cells exact against the values rendered, wrong, null; seconds per document."""
    from govcrawl.synth.model import random_report
    from tests.report.expected import flat_tables as flat

    cells = exact = wrong = null = 0
    seconds = 0.0
    for seed in range(count):
        rng = random.Random(seed)
        version = rng.choice(["v2019", "v2021"])
        year = rng.choice([2019, 2020]) if version == "v2019" else rng.choice([2021, 2022, 2023, 2024])
        doc = random_report(rng, version, year)  # type: ignore[arg-type]
        truth = flat(dict(doc.tables))
        data = render_ofd(doc, rng)
        started = time.perf_counter()
        got = flat(parse_report(data, None, url="report.ofd")["tables"])
        seconds += time.perf_counter() - started
        for key, value in truth.items():
            cells += 1
            exact += got.get(key) == value
            wrong += got.get(key) is not None and got.get(key) != value
            null += got.get(key) is None and value is not None
    print(f"{count} OFD renderings: {exact}/{cells} cells exact, {wrong} WRONG, {null} null; "
          f"{seconds / max(count, 1):.2f} s per document")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=120)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--ofd", type=int, default=40, help="random reports rendered as OFD")
    args = parser.parse_args(argv)

    t = fidelity()
    determined = t["cells"] - t["null_as_expected"]
    print(f"{t['sources']} sources, {t['cells']} cells: {t['exact']} exact of {determined} the source determines "
          f"({100 * t['exact'] / max(determined, 1):.2f} %), {t['derived']} of them derived; "
          f"{t['null_as_expected']} null as hand-read; {t['missed']} missed (null); {t['wrong']} WRONG; "
          f"{t['records_off_schema']} records off docs/record.md")

    print("corpus texts:")
    corpus_texts()
    ofd_renderings(args.ofd)

    import trafilatura

    pages = make_pages(args.pages)

    def run_trafilatura() -> None:
        for page, _ in pages:
            trafilatura.extract(page, include_tables=True)

    def run_parse() -> None:
        for page, media in pages:
            parse_report(page, media)

    started = time.perf_counter()
    traf = best_time(run_trafilatura, args.repeat)
    ours = best_time(run_parse, args.repeat)
    print(f"{len(pages)} HTML pages: trafilatura {len(pages) / traf:.1f} pages/s, parse_report "
          f"{len(pages) / ours:.1f} pages/s; parse / trafilatura = {ours / traf:.2f}× (target ≤ 1.3×) "
          f"[{time.perf_counter() - started:.0f} s]")
    return 1 if t["wrong"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
