"""Store benchmark: save N records into SQLite and PostgreSQL, export them to JSONL.

    python benchmarks/bench_store.py [-n 10000] [--batch 100] [--no-postgres]

Records are the parser's real output for seed 004 (about 36 KB of JSON, 200 cells, 40 checks)
with agency, year and one cell varied, so every record is a new report; each has its own ~10 KB
raw body (fsynced to disk).  PostgreSQL is a throwaway local server with fsync on (durable).
Prints records/s for storing (batched transactions of --batch, and one transaction per record on
a 1,000-record sample) and seconds for exporting all records to JSONL.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from govcrawl.store import Store
from govcrawl.store.export import export

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "004_85b1cd000e56671f.txt"


def base_record() -> tuple[dict[str, Any], bytes]:
    from govcrawl.report import parse_report

    body = SEED.read_bytes()
    return parse_report(body, "text/plain", url="http://example.gov.cn/r.html", agency={"id": "x"}), body


def records(n: int, offset: int = 0) -> list[tuple[dict[str, Any], bytes, str]]:
    rec, body = base_record()
    out = []
    for i in range(offset, offset + n):
        r = copy.deepcopy(rec)
        agency = f"bench-{i // 10:05d}"
        r["agency"] = {"id": agency, "name": f"基准局{i // 10}", "region": "湖南省长沙市", "region_code": "430100"}
        r["year"] = 2015 + i % 10
        r["tables"]["t2"]["art20_5"]["administrative_licensing"]["decision_count"] = i
        url = f"http://example.gov.cn/{agency}/{r['year']}.html"
        out.append((r, body + f"<!-- {i} -->".encode(), url))
    return out


def bench(
    url: str,
    data_dir: Path,
    recs: list[tuple[dict[str, Any], bytes, str]],
    batch: int,
    single: list[tuple[dict[str, Any], bytes, str]],
) -> dict[str, float]:
    store = Store.open(url, data_dir=data_dir, upgrade=True)
    try:
        t = time.perf_counter()
        for start in range(0, len(recs), batch):
            with store.transaction():
                for rec, body, src in recs[start : start + batch]:
                    store.save_record(rec, body, "text/plain", src)
        batched = len(recs) / (time.perf_counter() - t)
        t = time.perf_counter()
        for rec, body, src in single:
            store.save_record(rec, body, "text/plain", src)
        per_record = len(single) / (time.perf_counter() - t)
        t = time.perf_counter()
        for rec, body, src in recs[: len(single)]:  # unchanged re-fetches
            store.save_record(rec, body, "text/plain", src)
        unchanged = len(single) / (time.perf_counter() - t)
        t = time.perf_counter()
        with open(os.devnull, "w", encoding="utf-8") as out:
            result = export(store, "jsonl", out)
        export_s = time.perf_counter() - t
        assert result.records == len(recs) + len(single), result
    finally:
        store.close()
    return {
        "batched_rps": batched,
        "single_rps": per_record,
        "unchanged_rps": unchanged,
        "export_s": export_s,
        "exported": float(result.records),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10_000)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--single", type=int, default=1_000)
    ap.add_argument("--no-postgres", action="store_true")
    args = ap.parse_args()
    recs, single = records(args.n), records(args.single, offset=args.n)
    size = sum(len(json.dumps(r, ensure_ascii=False).encode()) for r, _, _ in recs[:100]) / 100
    print(
        f"{args.n} records (+{args.single} one per transaction), ~{size / 1024:.0f} KB JSON each, {os.cpu_count()} CPUs"
    )
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="govcrawl-bench-") as tmp:
        results["SQLite"] = bench(f"sqlite:///{tmp}/bench.sqlite3", Path(tmp) / "sqlite-data", recs, args.batch, single)
        db_mb = Path(f"{tmp}/bench.sqlite3").stat().st_size / 1e6
        print(f"SQLite file {db_mb:.0f} MB for {args.n + args.single} records")
        if not args.no_postgres:
            from govcrawl.testing.postgres import PostgresServer

            with PostgresServer(durable=True) as pg:
                url = pg.create_database("bench")
                results["PostgreSQL"] = bench(url, Path(tmp) / "pg-data", recs, args.batch, single)
    print(
        f"{'':12} {'store, batches of ' + str(args.batch):>24} {'store, 1 per tx':>16} "
        f"{'unchanged re-fetch':>19} {'export JSONL':>13}"
    )
    for name, r in results.items():
        print(
            f"{name:12} {r['batched_rps']:>18.0f} rec/s {r['single_rps']:>10.0f} rec/s "
            f"{r['unchanged_rps']:>13.0f} rec/s {r['export_s']:>10.1f} s  ({r['exported']:.0f} records)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
