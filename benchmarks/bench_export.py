"""Export benchmark (issue 15): the tables people load, for 1,000 agencies × 5 years.

    python benchmarks/bench_export.py [--agencies 1000] [--years 5] [--shapes report,wide,cell]

Stores agencies × years records (the parser's real output for seed 004, agency, year and a few
cells varied; bench_store.py's) in a fresh SQLite store, then for each export shape times the
export and the load in pandas (CSV with the sidecar's dtypes; Parquet with the nullable backend)
and DuckDB (CSV with the sidecar's types; Parquet), and checks the loaded dtypes against the
documented ones (govcrawl.store.tabular).  Prints one line per shape.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pandas as pd

from govcrawl.cli import main as govcrawl
from govcrawl.store import Store
from govcrawl.store.tabular import DUCKDB_TYPES, PANDAS_DTYPES, Shape, columns_for

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import base_record


def fill(db: str, data: Path, agencies: int, years: int) -> int:
    rec, body = base_record()
    with Store.open(db, data_dir=data, upgrade=True) as store:
        for a in range(agencies):
            with store.transaction():
                for y in range(years):
                    r = copy.deepcopy(rec)
                    r["agency"] = {"id": f"bench-{a:05d}", "name": f"基准县第{a}局", "region": f"示例省第{a // 50}县",
                                   "region_code": f"99{a // 50:02d}{a % 50:02d}"}
                    r["year"] = 2019 + y
                    r["tables"]["t3"]["new_received"]["total"] = a + y
                    src = f"http://bench{a}.gov.test/{r['year']}.html"
                    store.save_record(r, body + f"<!-- {a} {y} -->".encode(), "text/plain", src)
    return agencies * years


def run_shape(db: str, data: Path, out: Path, shape: Shape) -> str:
    opts = {"cell": [], "report": ["--per", "report"], "wide": ["--layout", "wide"]}[shape]
    columns = columns_for(shape)
    pandas_want = {c.name: PANDAS_DTYPES[c.kind] for c in columns}
    duck_want = [DUCKDB_TYPES[c.kind] for c in columns]
    parts = [f"{shape:>6}"]
    for fmt in ("csv", "parquet"):
        path = out / f"{shape}.{fmt}"
        t = time.perf_counter()
        assert govcrawl(["export", "--format", fmt, *opts, "-o", str(path), "--db", db, "--data-dir", str(data)]) == 0
        export_s = time.perf_counter() - t
        t = time.perf_counter()
        if fmt == "csv":
            schema = json.loads(path.with_name(path.stem + ".schema.json").read_text(encoding="utf-8"))
            df = pd.read_csv(path, dtype=schema["pandas_dtype"], keep_default_na=False, na_values=[""])
            rel = duckdb.sql(f"SELECT * FROM read_csv('{path}', header=true, types={schema['duckdb_types']!r})")
        else:
            df = pd.read_parquet(path, dtype_backend="numpy_nullable")
            rel = duckdb.sql(f"SELECT * FROM read_parquet('{path}')")
        rows = rel.aggregate("count(*)").fetchall()[0]
        load_s = time.perf_counter() - t
        assert {k: str(v) for k, v in df.dtypes.items()} == pandas_want, f"{shape} {fmt}: pandas dtypes differ"
        assert [str(t) for t in rel.types] == duck_want, f"{shape} {fmt}: DuckDB types differ"
        assert rows[0] == len(df)
        parts.append(f"{fmt} {len(df):>7} rows {path.stat().st_size / 1e6:6.2f} MB export {export_s:5.1f} s "
                     f"load {load_s:4.1f} s")
    return "  ".join(parts) + "  dtypes as documented (pandas, DuckDB)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--agencies", type=int, default=1000)
    ap.add_argument("--years", type=int, default=5)
    ap.add_argument("--shapes", default="report,wide,cell", help="export shapes to measure (comma-separated)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db, data = f"sqlite:///{root / 'store.sqlite3'}", root / "data"
        t = time.perf_counter()
        n = fill(db, data, args.agencies, args.years)
        print(f"stored {n} records ({args.agencies} agencies × {args.years} years) in {time.perf_counter() - t:.1f} s")
        for shape in args.shapes.split(","):
            if shape not in ("report", "wide", "cell"):
                ap.error(f"unknown shape {shape!r}")
            print(run_shape(db, data, root, shape), flush=True)  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
