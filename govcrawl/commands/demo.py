"""``govcrawl demo``: the embedded default job.

Serves the bundled fixture province (fictitious portals of the real CMS families) on 127.0.0.1,
crawls it into the default SQLite store and prints the crawl summary and the store's status.
``--samples`` instead parses the bundled sample reports (the seeds as text and portal pages, and
the corpus PDFs when ../shared is beside the project) and prints one line per report.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from govcrawl.errors import UserError
from govcrawl.report import parse_report

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("demo", help="crawl the bundled fixture province into SQLite and summarise")
    parser.add_argument("--db", help="database URL (default: ./var/govcrawl/govcrawl.sqlite3)")
    parser.add_argument("--samples", action="store_true", help="only parse the bundled sample reports")
    parser.add_argument("--fixtures", type=Path, default=PROJECT_ROOT / "fixtures", help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.samples:
        return parse_samples(args.fixtures)
    from govcrawl.crawl.registry import registered_sites
    from govcrawl.crawl.runner import CrawlOptions, print_progress, run_crawl, summary_lines
    from govcrawl.province.fixture import PROVINCE
    from govcrawl.store import Store
    from govcrawl.store.status import format_status, status

    sites = [s for s in registered_sites() if s.province == PROVINCE]
    print(f"Serving the fixture province {PROVINCE} on 127.0.0.1 and crawling its {len(sites)} portals …")
    state = run_crawl(sites, CrawlOptions(db_url=args.db, log_level="ERROR", progress=print_progress,
                                          progress_every=3.0))
    print("\n".join(summary_lines(state)))
    store = Store.open(args.db)
    print()
    print("\n".join(format_status(status(store))))
    store.close()
    print("\nExport the records:   govcrawl export --format jsonl -o reports.jsonl   (also csv, parquet)")
    print("One report in full:   govcrawl parse fixtures/reports/seed004/trs.html --summary")
    return 0


def sample_files(fixtures: Path) -> list[Path]:
    files = sorted(p for d in sorted((fixtures / "reports").glob("*")) for p in d.iterdir()
                   if p.suffix in (".txt", ".html", ".pdf", ".docx"))
    files += sorted((fixtures.parent.parent / "shared" / "corpus").glob("*/*.pdf"))
    return files


def parse_samples(fixtures: Path) -> int:
    files = sample_files(fixtures)
    if not files:
        raise UserError(f"no sample reports under {fixtures}/reports")
    statuses: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    templates: Counter[str] = Counter()
    print(f"{'file':34} {'agency':26} {'year':>4} {'tmpl':5} {'checks':>12}  flags")
    for path in files:
        record = parse_report(path.read_bytes())
        counts = Counter(c["status"] for c in record["checks"])
        statuses.update(counts)
        flags.update(record["flags"])
        templates[record["template_version"] or "none"] += 1
        name = f"{path.parent.name}/{path.name}"
        checks = f"{counts['pass']}✓ {counts['fail']}✗ {counts['not_assessable']}?"
        print(f"{name[-34:]:34} {(record['agency']['name'] or '?')[:24]:26} {record['year'] or '?':>4} "
              f"{(record['template_version'] or '-'):5} {checks:>12}  {','.join(record['flags']) or '-'}")
    print()
    print(f"{len(files)} reports parsed: " + ", ".join(f"{n} {t}" for t, n in sorted(templates.items())))
    print(f"checks: {statuses['pass']} pass, {statuses['fail']} fail, {statuses['not_assessable']} not assessable")
    print("flags: " + (", ".join(f"{f} ×{n}" for f, n in flags.most_common()) or "none"))
    return 0
