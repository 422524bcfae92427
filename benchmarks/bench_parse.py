"""Parse benchmark: govcrawl's full parse against trafilatura's own extraction, same pages.

    python benchmarks/bench_parse.py [--pages 240] [--repeat 3]

Generates realistic report pages (both templates, the three portal styles, ~60 KB each, full page
chrome) with govcrawl.synth, then times, in one process on one core:
  * ``trafilatura.extract(page, include_tables=True)``
  * ``govcrawl.report.parse_report(page, media_type)``
and prints reports per second for each and their ratio (issue target: parse ≤ 1.3 × trafilatura).
Both are given the same bytes; the best of ``--repeat`` runs is reported to damp noise.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable

import trafilatura

from govcrawl.report import parse_report
from govcrawl.synth.html import render_page
from govcrawl.synth.model import random_report


def make_pages(n: int, seed: int = 1) -> list[tuple[bytes, str]]:
    rng = random.Random(seed)
    pages = []
    for i in range(n):
        version = "v2019" if i % 2 else "v2021"
        year = rng.choice([2019, 2020]) if version == "v2019" else rng.choice([2021, 2022, 2023, 2024])
        doc = random_report(rng, version, year)  # type: ignore[arg-type]
        body, charset = render_page(doc, ("trs", "hanweb", "vsb")[i % 3], rng)  # type: ignore[arg-type]
        pages.append((body, f"text/html; charset={charset}"))
    return pages


def best_time(fn: Callable[[], None], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=240)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    pages = make_pages(args.pages)
    sizes = [len(p) for p, _ in pages]
    print(f"{len(pages)} pages, mean {statistics.mean(sizes) / 1024:.1f} KB "
          f"(min {min(sizes) / 1024:.0f}, max {max(sizes) / 1024:.0f})")

    def run_trafilatura() -> None:
        for body, _ in pages:
            trafilatura.extract(body, include_tables=True)

    def run_parse() -> None:
        for body, media_type in pages:
            parse_report(body, media_type)

    bad = [r for r in (parse_report(b, m) for b, m in pages[:20]) if r["template_version"] is None]
    if bad:
        print("parse failed on generated pages", file=sys.stderr)
        return 1
    t_traf = best_time(run_trafilatura, args.repeat)
    t_parse = best_time(run_parse, args.repeat)
    n = len(pages)
    timings = (("trafilatura.extract(include_tables=True)", t_traf), ("govcrawl parse_report (full)", t_parse))
    for label, seconds in timings:
        print(f"{label:41} {n / seconds:7.1f} reports/s/core ({1000 * seconds / n:.1f} ms each)")
    print(f"ratio parse / trafilatura: {t_parse / t_traf:.2f}x (target <= 1.30x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
