"""Held-out report layouts (issue 13): cells exact, wrong and null (with the reason) on the seed
and random reports rendered in ten editors' layouts no other fixture has (govcrawl/synth/editors.py).

    python benchmarks/bench_layouts.py [--layout NAME] [-v]

A cell is *exact* when the record has its true value; *wrong* when the record has another number
(the figure that must stay 0); *null* when the record has no value — counted by its first flag
(``blank``, ``incomplete_row``, ``missing`` …).  A cell the page prints as ``—``/``/``/``无`` has
no number in the source: null ``blank`` is right for it, and ``derived`` when the identities force it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from govcrawl.report import parse_report  # noqa: E402
from govcrawl.report.schema import check_record  # noqa: E402
from govcrawl.synth.editors import layout_pages  # noqa: E402
from tests.report.expected import cell_flags, flat_tables  # noqa: E402


def measure(only: str | None = None, verbose: bool = False) -> dict[str, Counter[str]]:
    per_layout: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for layout, name, page, truth in layout_pages(ROOT):
        if only and layout != only:
            continue
        record = parse_report(page)
        got = flat_tables(record["tables"])
        flags = cell_flags(record)
        t = per_layout[layout]
        t["pages"] += 1
        t["off_schema"] += bool(check_record(record))
        for key, value in truth.items():
            have = got.get(key)
            if value is None:
                t["true_null"] += 1
                if have is not None:
                    t["wrong"] += 1
                    print(f"  WRONG {layout}/{name} {key}: {have} (source prints none)")
                continue
            t["cells"] += 1
            if have == value:
                t["exact"] += 1
            elif have is None:
                reason = (flags.get(key) or ["(no flag)"])[0]
                t[f"null:{reason}"] += 1
                if verbose:
                    print(f"  null {layout}/{name} {key} {flags.get(key)}")
            else:
                t["wrong"] += 1
                print(f"  WRONG {layout}/{name} {key}: {have} (true {value})")
    return per_layout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layout")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    per_layout = measure(args.layout, args.verbose)
    total: Counter[str] = Counter()
    print(f"{'layout':15} pages  cells  exact  wrong  null (reason: count)")
    for layout, t in per_layout.items():
        total.update(t)
        nulls = {k[5:]: v for k, v in sorted(t.items()) if k.startswith("null:")}
        print(f"{layout:15} {t['pages']:5} {t['cells']:6} {t['exact']:6} {t['wrong']:6}  {nulls or '-'}"
              + (f"  OFF-SCHEMA {t['off_schema']}" if t["off_schema"] else ""))
    nulls = sum(v for k, v in total.items() if k.startswith("null:"))
    flagless = total["null:(no flag)"]
    print(f"all: {total['pages']} pages, {total['cells']} cells with a true value: {total['exact']} exact "
          f"({100 * total['exact'] / max(total['cells'], 1):.2f} %), {total['wrong']} WRONG, {nulls} null "
          f"({flagless} without a reason); {total['off_schema']} records off docs/record.md")
    return 1 if total["wrong"] or flagless else 0


if __name__ == "__main__":
    raise SystemExit(main())
