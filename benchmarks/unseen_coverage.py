"""Coverage on portals nobody tuned the crawler for (issue 12, "Done when").

    python benchmarks/unseen_coverage.py                    # every batch
    python benchmarks/unseen_coverage.py --batch portals    # batch 1 only
    python benchmarks/unseen_coverage.py --batch holdout --json var/unseen-holdout.json
    python benchmarks/unseen_coverage.py --batch batch3 --problems   # held-out batch 3, every miss
    python benchmarks/unseen_coverage.py --batch batch4 --problems   # held-out batch 4, every miss
    python benchmarks/unseen_coverage.py --batch batch5 --problems   # held-out batch 5, every miss
    python benchmarks/unseen_coverage.py --batch batch6 --problems   # held-out batch 6, every miss
    python benchmarks/unseen_coverage.py --batch batch7 --problems   # held-out batch 7, every miss
    python benchmarks/unseen_coverage.py --batch batch8 --problems   # held-out batch 8, every miss
    python benchmarks/unseen_coverage.py --batch batch9 --problems   # held-out batch 9, every miss
    python benchmarks/unseen_coverage.py --batch batch10 --problems  # held-out batch 10, every miss
    python benchmarks/unseen_coverage.py --batch batch11 --problems  # held-out batch 11, every miss
    python benchmarks/unseen_coverage.py --batch batch12 --problems  # held-out batch 12, every miss
    python benchmarks/unseen_coverage.py --batch batch13 --problems  # held-out batch 13, every miss

Serves the unseen province (govcrawl/province/unseen, 未见省) on 127.0.0.1, crawls each of its
registry files with ``govcrawl crawl --sites FILE --fixture-proxy …`` into a fresh SQLite store,
crawls again unchanged, and prints per portal the reports found with the right agency, year and
cells against the portal's ground truth, non-reports stored, reports stored under another agency,
the exit codes and whether each shortfall is stated, and the requests of both crawls
(Markdown, as in BENCHMARKS.md).  Targets: ≥ 95 % found; 0 non-reports; 0 under another agency;
every shortfall in the summary and the exit code.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govcrawl.province.unseen import BATCHES  # noqa: E402
from govcrawl.province.unseen.measure import measure, table  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batch", choices=(*BATCHES, "all"), default="all")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--problems", action="store_true", help="list every miss per portal")
    args = parser.parse_args()
    batches = BATCHES if args.batch == "all" else (args.batch,)
    started = time.monotonic()
    result = measure(batches)
    print(f"unseen province, batches {', '.join(batches)}: {time.monotonic() - started:.0f} s\n")
    print("\n".join(table(result)))
    if args.problems:
        for portal in result.portals:
            for problem in portal.problems:
                print(f"  {portal.site_id}: {problem}")
        for line in result.decoys_stored + result.unknown_records:
            print(f"  stored, not a report: {line}")
        for line in result.invalid_records:
            print(f"  not a docs/record.md record: {line}")
        for run in result.runs:
            print(f"\n--- {run.registry} (exit {run.exit_code}) ---\n{run.output.strip()[-3000:]}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result.as_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
