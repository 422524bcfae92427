"""Distributed crawl benchmark: the synthetic province crawled by 1 and by 2 Celery workers.

    python benchmarks/bench_distributed.py --agencies 1000 --workers 1 2 --batch 50

For each worker count: serve the province (benchmarks/synthetic_province.py, its own process),
start a throwaway Redis (broker) and PostgreSQL (store, fsync off), start the workers
(``govcrawl worker``), ``govcrawl dispatch --all --sites … --fast --batch B --wait``, and time it
from dispatch to the last unit done.  Reports are counted in the store.  Speed-up is against the
first worker count.  Everything runs on this machine, so the workers share its cores with the
fixture server, Redis and PostgreSQL: on a 2-core machine this measures the overhead of the
distribution more than a gain (the crawl is CPU-bound here; see BENCHMARKS.md, crawl).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench_crawl import free_port, stats  # noqa: E402

from govcrawl.testing.postgres import PostgresServer  # noqa: E402
from govcrawl.testing.redis import RedisServer  # noqa: E402


def count_reports(db: str) -> int:
    with psycopg.connect(db.replace("postgresql+psycopg", "postgresql")) as conn:
        row = conn.execute("SELECT count(*) FROM reports").fetchone()
    return int(row[0]) if row else 0


def run_one(agencies: int, workers: int, batch: int, pg: PostgresServer, work: Path) -> dict[str, float]:
    port = free_port()
    proxy = f"http://127.0.0.1:{port}"
    sites = work / "sites.yaml"
    if not sites.exists():
        sites.write_text(subprocess.run([sys.executable, str(HERE / "synthetic_province.py"), "sites", "--agencies",
                                         str(agencies)], capture_output=True, text=True, check=True).stdout)
    db = pg.create_database(f"bench_{workers}w_{int(time.time())}")
    server = subprocess.Popen([sys.executable, str(HERE / "synthetic_province.py"), "serve", "--agencies",
                               str(agencies), "--port", str(port)], stdout=subprocess.PIPE, text=True)
    procs: list[subprocess.Popen[bytes]] = []
    with RedisServer() as broker:
        env = dict(os.environ, GOVCRAWL_BROKER_URL=broker.url(), GOVCRAWL_DATA_DIR=str(work / f"raw{workers}"))
        try:
            assert server.stdout is not None
            server.stdout.readline()  # "serving …" once the report pages are rendered
            subprocess.run([sys.executable, "-m", "govcrawl", "db", "upgrade", "--db", db], env=env, check=True,
                           capture_output=True, cwd=ROOT)
            for i in range(workers):
                log = (work / f"worker{workers}-{i}.log").open("wb")
                procs.append(subprocess.Popen([sys.executable, "-m", "govcrawl", "worker", "--name", f"bench{i}@local",
                                               "--loglevel", "WARNING"], stdout=log, stderr=subprocess.STDOUT,
                                              env=env, cwd=ROOT))
            time.sleep(3)  # workers up before the clock starts
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "govcrawl", "dispatch", "--all", "--sites", str(sites),
                                   "--fast", "--fixture-proxy", proxy, "--db", db, "--batch", str(batch), "--wait",
                                   "--every", "10"], capture_output=True, text=True, env=env, cwd=ROOT)
            seconds = time.perf_counter() - start
            (work / f"dispatch{workers}.log").write_text(done.stdout + done.stderr, encoding="utf-8")
            if done.returncode != 0:
                raise RuntimeError(done.stdout[-2000:] + done.stderr[-2000:])
            counts = stats(proxy)
        finally:
            for proc in procs:
                proc.kill()
                proc.wait()
            server.terminate()
            server.wait()
    reports = count_reports(db)
    pages = sum(counts.values())
    return {"workers": workers, "seconds": seconds, "requests": pages, "reports": reports,
            "reports_per_s": reports / seconds, "pages_per_s": pages / seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agencies", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch", type=int, default=50, help="portals per unit of work (dispatch --batch)")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="govcrawl-bench-dist-"))
    print(f"synthetic province of {args.agencies} agencies, units of {args.batch} portals, "
          f"{os.cpu_count()} CPUs; PostgreSQL store, Redis broker, all on this machine")
    print(f"{'workers':>7} {'seconds':>8} {'requests':>8} {'pages/s':>8} {'reports':>8} {'reports/s':>9} "
          f"{'speed-up':>8}")
    base: float | None = None
    with PostgresServer() as pg:
        for n in args.workers:
            r = run_one(args.agencies, n, args.batch, pg, work)
            base = base or r["reports_per_s"]
            print(f"{n:7d} {r['seconds']:8.1f} {r['requests']:8.0f} {r['pages_per_s']:8.1f} {r['reports']:8.0f} "
                  f"{r['reports_per_s']:9.1f} {r['reports_per_s'] / base:7.2f}×", flush=True)
    print(f"(logs in {work})")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
