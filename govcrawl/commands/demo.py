"""``govcrawl demo``: the embedded default job.

Until the crawler lands it parses every bundled sample report (the five seeds as text and as
TRS / Hanweb / VSB portal pages, and the corpus PDFs when ../shared is beside the project),
stores them in the default SQLite store (a sample's four forms are one report: the first makes a
version, the others are the same content), and prints one line per report and a summary.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from govcrawl.errors import UserError
from govcrawl.report import parse_report
from govcrawl.store import Store, StoreError
from govcrawl.store.status import format_status, status

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("demo", help="parse the bundled sample reports and print a summary")
    parser.add_argument("--fixtures", type=Path, default=PROJECT_ROOT / "fixtures",
                        help="the fixtures directory (default: the project's)")
    parser.add_argument("--no-store", action="store_true", help="only parse, do not store")
    parser.set_defaults(func=run)


def sample_files(fixtures: Path) -> list[Path]:
    files = sorted(p for d in sorted((fixtures / "reports").glob("*")) for p in d.iterdir()
                   if p.suffix in (".txt", ".html", ".pdf", ".docx"))
    corpus = fixtures.parent.parent / "shared" / "corpus"
    files += sorted(corpus.glob("*/*.pdf"))
    return files


def run(args: argparse.Namespace) -> int:
    files = sample_files(args.fixtures)
    if not files:
        raise UserError(f"no sample reports under {args.fixtures}/reports")
    store = None
    if not args.no_store:
        try:
            store = Store.open()
        except StoreError as exc:
            raise UserError(f"cannot open the store: {exc}") from exc
    run_id = store.start_run("demo: bundled sample reports") if store else None
    saved: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    templates: Counter[str] = Counter()
    print(f"{'file':34} {'agency':26} {'year':>4} {'tmpl':5} {'checks':>12}  flags")
    for path in files:
        body = path.read_bytes()
        sample = path.parent.name if path.parent.name.startswith("seed") else path.stem
        record = parse_report(body, agency={"id": f"sample-{sample}"})
        if store is not None:
            saved[store.save_record(record, body, record["source"]["media_type"], path.as_uri(), run_id).kind] += 1
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
    if store is not None and run_id is not None:
        store.finish_run(run_id)
        print("stored: " + ", ".join(f"{n} {kind}" for kind, n in sorted(saved.items())))
        print()
        print("\n".join(format_status(status(store))))
        store.close()
        print("\nExport the stored records:  govcrawl export --format jsonl --output reports.jsonl")
    print("\nSee one report in full:  govcrawl parse fixtures/reports/seed004/trs.html --summary")
    return 0
