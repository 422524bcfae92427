"""Crawl benchmark: a synthetic province of N agencies (≈6 reports each) on loopback, politeness off.

    python benchmarks/bench_crawl.py --agencies 100 300 1000
    python benchmarks/bench_crawl.py --agencies 1000 --recrawl    # + the cost of re-crawls (issue 5)
    python benchmarks/bench_crawl.py --agencies 1000 --repeat 3   # three crawls: the machine's speed varies

For each N: serve the province (benchmarks/synthetic_province.py, its own process), crawl it with
``govcrawl crawl --fast`` into a fresh SQLite store (another process), and report pages/s,
reports/s, the crawler's peak RSS, and requests per report beyond the list pages.
Issue targets: peak RSS < 500 MB and flat in N; ≥ 50 reports/s; ≤ 1.5 requests per report.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

CRAWL = """
import resource, sys
from govcrawl.cli import main
status = main(sys.argv[1:])
own = resource.getrusage(resource.RUSAGE_SELF)
print("PEAK_RSS_KB", own.ru_maxrss, file=sys.stderr)
print("CPU_S", own.ru_utime + own.ru_stime, file=sys.stderr)
sys.exit(status)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stats(proxy: str, path: str = "/__stats") -> dict[str, int]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}))
    with opener.open(f"http://stats.test{path}", timeout=10) as response:
        return dict(json.loads(response.read()))


def recrawl_line(name: str, seconds: float, statuses: dict[str, int], stdout: str) -> str:
    requests = sum(statuses.values())
    by_kind: dict[str, int] = {}
    for key, n in statuses.items():
        kind = key.split(":")[0]
        by_kind[kind] = by_kind.get(kind, 0) + n
    bodies = sum(n for key, n in statuses.items() if key.endswith(":200"))
    refetch = next((line for line in stdout.splitlines() if line.startswith("re-fetching")), "")
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items()))
    return (f"  {name}: {seconds:.1f} s, {requests} requests ({kinds}),"
            f" {sum(n for k, n in statuses.items() if k.endswith(':304'))} answered 304, "
            f"{bodies} bodies downloaded\n    {refetch}")


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a live process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
        for child in children:
            found += [child, *descendants(child)]
    return found


def run_watched(args: list[str]) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run a crawl, polling the CPU its child processes (the parse workers) have used."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(args, stdout=out, stderr=err, text=True, cwd=ROOT)
        children: dict[int, float] = {}
        while process.poll() is None:
            for child in descendants(process.pid):
                with contextlib.suppress(OSError, IndexError, ValueError):
                    children[child] = process_cpu(child)
            time.sleep(0.2)
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(args, process.returncode, out.read(), err.read()), sum(children.values())


def machine_cpu() -> tuple[float, float]:
    """(busy, total) jiffies of the whole machine so far, from /proc/stat."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return sum(values) - idle, sum(values)


def run_one(agencies: int, store: bool, recrawl: bool = False) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="govcrawl-bench-"))
    port = free_port()
    proxy = f"http://127.0.0.1:{port}"
    sites = work / "sites.yaml"
    sites.write_text(subprocess.run([sys.executable, str(HERE / "synthetic_province.py"), "sites", "--agencies",
                                     str(agencies)], capture_output=True, text=True, check=True).stdout)
    server = subprocess.Popen([sys.executable, str(HERE / "synthetic_province.py"), "serve", "--agencies",
                               str(agencies), "--port", str(port)], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        server.stdout.readline()  # "serving …" once the report pages are rendered
        server_cpu = process_cpu(server.pid)
        args = ["crawl", "--sites", str(sites), "--all", "--fast", "--quiet", "--fixture-proxy", proxy,
                "--db", f"sqlite:///{work / 'bench.sqlite3'}"]
        if not store:
            args.append("--no-store")
        busy_before, total_before = machine_cpu()
        start = time.perf_counter()
        crawl, workers_cpu = run_watched([sys.executable, "-c", CRAWL, *args])
        seconds = time.perf_counter() - start
        busy_after, total_after = machine_cpu()
        busy = (busy_after - busy_before) / max(total_after - total_before, 1)
        if crawl.returncode not in (0, 1, 3, 4):  # 3: blocked portals (the WAF fixtures)
            raise RuntimeError(crawl.stderr[-2000:])
        peak = next(int(line.split()[1]) for line in crawl.stderr.splitlines() if line.startswith("PEAK_RSS_KB"))
        crawler_cpu = next(float(line.split()[1]) for line in crawl.stderr.splitlines() if line.startswith("CPU_S"))
        server_cpu = process_cpu(server.pid) - server_cpu
        counts = stats(proxy)
        if recrawl:
            # The same crawl again at once, and again as if 120 days later (every report page due).
            first = stats(proxy, "/__statuses")
            print(recrawl_line("first crawl", seconds, first, crawl.stdout), flush=True)
            later = (datetime.now(UTC) + timedelta(days=120)).strftime("%Y-%m-%dT%H:%M")
            for name, extra in (("re-crawl at once", []), ("re-crawl 120 days later", ["--as-of", later])):
                before = stats(proxy, "/__statuses")
                start = time.perf_counter()
                again = subprocess.run([sys.executable, "-c", CRAWL, *args, *extra], capture_output=True, text=True,
                                       cwd=ROOT)
                spent = time.perf_counter() - start
                if again.returncode not in (0, 1, 3, 4):
                    raise RuntimeError(again.stderr[-2000:])
                after = stats(proxy, "/__statuses")
                delta = {k: after[k] - before.get(k, 0) for k in after if after[k] - before.get(k, 0)}
                print(recrawl_line(name, spent, delta, again.stdout), flush=True)
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)
    reports = counts.get("report", 0)
    pages = sum(counts.values())
    beyond_lists = pages - counts.get("list", 0) - counts.get("robots", 0)
    found = next((int(w) for line in crawl.stdout.splitlines() if line.startswith("crawl finished")
                  for w in [line.split(" reports")[0].rsplit(" ", 1)[1]]), 0)
    return {"agencies": agencies, "seconds": seconds, "requests": pages, "pages_per_s": pages / seconds,
            "reports_found": found, "reports_per_s": found / seconds, "peak_rss_mb": peak / 1024,
            "requests_per_report": beyond_lists / max(found, 1), "report_pages": reports,
            "cpu_crawler": crawler_cpu, "cpu_workers": workers_cpu, "cpu_server": server_cpu, "machine_busy": busy}


def machine_speed() -> float:
    """ms of CPU to parse one of the synthetic province's report pages, best of 3 rounds in this
    process: this machine's speed at the moment of the run.  Its shared cores vary by a third from
    one minute to the next, and every figure above varies with them."""
    from synthetic_province import SyntheticProvince

    from govcrawl.report import parse_report

    pages = [page for pool in SyntheticProvince(1).pool.values() for page in pool]
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for page in pages:
            parse_report(page, "text/html", url="http://www.a0000.gov.test/t20210120_1.html")
        best = min(best, time.process_time() - start)
    return 1000 * best / len(pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agencies", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--no-store", action="store_true", help="parse but do not store (isolates the store)")
    parser.add_argument("--recrawl", action="store_true",
                        help="then crawl again at once and 120 days later: the cost of incremental re-crawls")
    parser.add_argument("--repeat", type=int, default=1, help="crawl each N this many times")
    args = parser.parse_args(argv)
    print(f"{'N':>5} {'seconds':>8} {'requests':>8} {'pages/s':>8} {'reports':>8} {'reports/s':>9} "
          f"{'peak MB':>8} {'req/report':>10}")
    for n in [n for n in args.agencies for _ in range(args.repeat)]:
        speed = machine_speed()
        r = run_one(n, store=not args.no_store, recrawl=args.recrawl)
        print(f"{n:5d} {r['seconds']:8.1f} {r['requests']:8.0f} {r['pages_per_s']:8.1f} {r['reports_found']:8.0f} "
              f"{r['reports_per_s']:9.1f} {r['peak_rss_mb']:8.0f} {r['requests_per_report']:10.2f}", flush=True)
        print(f"      CPU seconds: crawl process {r['cpu_crawler']:.1f}, parse workers {r['cpu_workers']:.1f}, "
              f"fixture server {r['cpu_server']:.1f}; machine busy {100 * r['machine_busy']:.0f} %; "
              f"machine speed just before: {speed:.1f} ms per page parsed", flush=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
