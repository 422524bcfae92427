"""OCR benchmark (issue 13): picture reports rendered from synthetic fixture reports.

    python benchmarks/bench_ocr.py                          # 2 reports (v2021, v2019), all conditions
    python benchmarks/bench_ocr.py --reports 4 --conditions clean combined
    python benchmarks/bench_ocr.py --cache /tmp/ocr-pages ...   # rendered pages kept between runs

Each report is drawn by the synth model (``govcrawl.synth.model.random_report``), rendered to a
born-digital PDF (``govcrawl.synth.pdf.render_pdf``) and rasterised by poppler's ``pdftoppm`` at
150 dpi in grey (the CJK font is the system's; ``.ci/install-ocr.sh`` installs it).  Only the
title page and the pages that hold tables are kept (the others carry no cells).  Then each
condition degrades the pages and the whole report is parsed from its pictures through the OCR
reader and the same record builder every input goes through:

* ``clean``: as rendered; ``blur``: Gaussian blur radius 1.2 px; ``skew``: rotated 2°;
  ``jpeg``: JPEG quality 40; ``combined``: blur, then 2° skew, then JPEG 40.

Every cell the template defines is compared with the model's value: exact, null (with its
reason flag), wrong but flagged (``ocr_suspect``, ``unreadable``, …) or **wrong and unflagged**.
Targets (issue 13): exact ≥ 99.5 % of cells, 0 wrong cells without a flag; seconds per page.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from govcrawl.report import ocr  # noqa: E402
from govcrawl.report.image import to_grey  # noqa: E402
from govcrawl.report.ocr import document_from_pages  # noqa: E402
from govcrawl.report.parse import build_record  # noqa: E402
from govcrawl.synth.model import ReportDoc, cell_keys, get_cell, random_report  # noqa: E402
from govcrawl.synth.pdf import render_pdf  # noqa: E402
from govcrawl.synth.raster import CONDITIONS, degrade, rasterise, table_pages  # noqa: E402

# Flags that tell a reader a cell's value is not to be trusted as printed.
DOUBT_FLAGS = {"ocr_suspect", "unreadable", "ambiguous", "incomplete_row", "too_many_values",
               "duplicate_row_conflict", "derived"}


def record_cells(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for cell in record["cells"]:
        if cell["table"] == "t2":
            key = f"t2.{cell.get('block')}.{cell['row']}.{cell['col']}"
        elif cell["table"] == "t3":
            key = f"t3.{cell['row']}.{cell['col']}"
        else:
            key = f"t4.{cell['col']}"  # the row level of table 四 is going away (docs/record.md)
        out[key] = cell
    return out


def score(doc: ReportDoc, record: dict[str, Any]) -> dict[str, Any]:
    cells = record_cells(record)
    tally = {"cells": 0, "exact": 0, "null": 0, "wrong_flagged": 0, "wrong_unflagged": 0}
    wrong: list[str] = []
    for key in cell_keys(doc.template_version):
        truth = get_cell(doc.tables, key)
        got = cells.get(key if not key.startswith("t4.") else "t4." + key.split(".")[-1])
        tally["cells"] += 1
        value = got["value"] if got else None
        if value is not None and truth is not None and float(value) == float(truth):
            tally["exact"] += 1
        elif value is None:
            tally["null"] += 1
        elif DOUBT_FLAGS & set(got["flags"] if got else ()):
            tally["wrong_flagged"] += 1
        else:
            tally["wrong_unflagged"] += 1
            wrong.append(f"{key}: {value} (truth {truth})")
    return {**tally, "wrong_examples": wrong[:5]}


def report_pages(n: int, seed: int, cache: Path | None) -> tuple[ReportDoc, str, list[Image.Image]]:
    """Report ``n``'s model and its rendered pages (from ``cache`` when it holds them: rendering
    is deterministic for a seed, and pdftoppm costs seconds a page)."""
    rng = random.Random(seed + n)
    version = "v2021" if n % 2 == 0 else "v2019"
    doc = random_report(rng, version, 2022 if version == "v2021" else 2020)
    folder = cache / f"seed{seed}-report{n}" if cache else None
    if folder and folder.is_dir() and any(folder.glob("page*.png")):
        return doc, version, [Image.open(p).convert("L") for p in sorted(folder.glob("page*.png"))]
    pdf = render_pdf(doc, rng)
    pages = rasterise(pdf, table_pages(pdf))
    if folder:
        folder.mkdir(parents=True, exist_ok=True)
        for i, page in enumerate(pages):
            page.save(folder / f"page{i:02d}.png")
    return doc, version, pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--cache", type=Path, help="folder keeping the rendered pages between runs")
    parser.add_argument("--conditions", nargs="+", default=list(CONDITIONS), choices=CONDITIONS)
    args = parser.parse_args(argv)
    os.environ.setdefault("GOVCRAWL_OCR_THREADS", "2")
    # Accuracy is measured on whole reports: the per-document wall-clock budget (which a shared,
    # loaded machine can exhaust) must not cut pages off here.
    ocr.MAX_OCR_SECONDS = float("inf")
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)

    totals: dict[str, dict[str, float]] = {c: {} for c in args.conditions}
    for n in range(args.reports):
        doc, version, pages = report_pages(n, args.seed, args.cache)
        for condition in args.conditions:
            grey = [to_grey(degrade(p, condition)) for p in pages]
            started, cpu_started = time.perf_counter(), time.process_time()
            record = build_record(document_from_pages(grey, "image/png"))
            seconds = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
            result = score(doc, record)
            line = (f"report {n} {version} {condition:9s} pages {len(grey)} "
                    f"{seconds / len(grey):6.1f} s/page (CPU {cpu / len(grey):5.1f} s/page)  "
                    f"cells {result['cells']}  exact {result['exact']}  "
                    f"null {result['null']}  wrong flagged {result['wrong_flagged']}  "
                    f"wrong UNFLAGGED {result['wrong_unflagged']}  year {record['year']}  "
                    f"version {record['template_version']}")
            print(line, flush=True)
            for example in result["wrong_examples"]:
                print("    wrong:", example)
            acc = totals[condition]
            for key in ("cells", "exact", "null", "wrong_flagged", "wrong_unflagged"):
                acc[key] = acc.get(key, 0) + result[key]
            acc["seconds"] = acc.get("seconds", 0) + seconds
            acc["cpu"] = acc.get("cpu", 0) + cpu
            acc["pages"] = acc.get("pages", 0) + len(grey)
    print()
    print("condition   cells  exact %  null  wrong-flagged  wrong-UNFLAGGED  s/page  CPU s/page")
    for condition, acc in totals.items():
        print(f"{condition:10s} {int(acc['cells']):6d}  {100 * acc['exact'] / acc['cells']:6.2f}  "
              f"{int(acc['null']):4d}  {int(acc['wrong_flagged']):13d}  {int(acc['wrong_unflagged']):15d}  "
              f"{acc['seconds'] / acc['pages']:6.1f}  {acc['cpu'] / acc['pages']:6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
