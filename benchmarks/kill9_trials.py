"""Kill -9 trials: a crawl killed at a random moment and run again stores exactly what an
uninterrupted crawl stores.

    python benchmarks/kill9_trials.py --trials 20 [--seed 9] [--json]

One standalone fixture server (``govcrawl serve-province``, its own process, so killing a crawl
never kills the portals) serves the fixture province.  First an uninterrupted reference crawl
into a fresh SQLite store, timed.  Then each trial: a crawl into a fresh store, SIGKILL to its
whole process group (the crawl and its parse workers) after a seeded random delay spread over the
reference crawl's duration; ``PRAGMA integrity_check`` and the store's consistency invariants on
what the killed crawl left; the same crawl again, to completion; and a record-for-record
comparison with the reference (``govcrawl.testing.dbcompare``: reports, versions with their
content hash, status and template, current parse with cells and checks — no timestamps, ids or
crawl state).  Exit status 1 when any trial differs, 0 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from govcrawl.testing.dbcompare import (  # noqa: E402
    canonical_dump,
    compare_dumps,
    consistency_problems,
    sqlite_integrity,
)

PROVINCE = "示例省"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class FixtureServer:
    """``govcrawl serve-province`` in its own process."""

    def __init__(self) -> None:
        # Port 0: the server binds a free port itself and names it (no probe-then-bind race with
        # other test workers).
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "govcrawl", "serve-province", "--port", "0"],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        found = re.search(r"on (http://127\.0\.0\.1:(\d+))", line)
        if not line.startswith("serving") or found is None:
            self.stop()
            raise RuntimeError(f"fixture server did not start: {line!r}")
        self.proxy, self.port = found.group(1), int(found.group(2))

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def crawl_command(db: Path, proxy: str) -> list[str]:
    return [sys.executable, "-m", "govcrawl", "crawl", "--province", PROVINCE, "--db", f"sqlite:///{db}",
            "--fast", "--quiet", "--fixture-proxy", proxy]


def crawl(db: Path, proxy: str, timeout: float = 300) -> tuple[int, float, str]:
    start = time.perf_counter()
    proc = subprocess.run(crawl_command(db, proxy), cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    return proc.returncode, time.perf_counter() - start, proc.stdout[-4000:] + proc.stderr[-8000:]


def crawl_killed(db: Path, proxy: str, delay: float, at_reports: int | None = None) -> bool:
    """Start a crawl and SIGKILL its process group after ``delay`` s — or, given ``at_reports``,
    once that many reports are stored (the crawl's own progress, whatever the machine's load;
    ``delay`` then only bounds a hang); False if it ended first."""
    proc = subprocess.Popen(crawl_command(db, proxy), cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + delay
    try:
        while at_reports is not None and stored_reports(db) < at_reports:
            if proc.poll() is not None or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        proc.wait(0 if at_reports is not None else delay)
        return False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return True


def stored_reports(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(str(db))
    try:
        return int(conn.execute("SELECT count(*) FROM reports").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def one_trial(reference: dict[str, Any], proxy: str, db: Path, delay: float,
              at_reports: int | None = None) -> dict[str, Any]:
    """Crawl into ``db`` (a fresh path), SIGKILL after ``delay`` s (or at ``at_reports`` stored
    reports: ``crawl_killed``), check what is left, crawl again to completion and compare with
    ``reference`` (a ``canonical_dump``).  ``problems`` lists every difference (empty: nothing
    lost, nothing duplicated)."""
    db.parent.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{db}"
    killed = crawl_killed(db, proxy, delay, at_reports)
    at_kill = stored_reports(db)
    problems: list[str] = []
    if db.exists():
        integrity = sqlite_integrity(db)
        if integrity != "ok":
            problems.append(f"integrity after kill: {integrity}")
        problems += [f"after kill: {p}" for p in consistency_problems(url, data_dir=db.parent)]
        # What the killed crawl committed is already exactly what the reference holds.
        problems += [f"after kill: {p}" for p in compare_dumps(reference, canonical_dump(url), subset=True)]
    status, seconds, out = crawl(db, proxy)
    if status not in (0, 1, 3):  # 3: the province's WAF portals are blocked by design
        problems.append(f"resume crawl exit {status}: {out[-300:]}")
    integrity = sqlite_integrity(db)
    if integrity != "ok":
        problems.append(f"integrity after resume: {integrity}")
    problems += consistency_problems(url, data_dir=db.parent)
    problems += compare_dumps(reference, canonical_dump(url))
    if problems:
        (db.parent / "resume-output.txt").write_text(out)
    return {"kill_after_s": round(delay, 2), "killed": killed, "reports_at_kill": at_kill,
            "resume_s": round(seconds, 1), "problems": problems}


def run_trials(trials: int, seed: int, work: Path, log: Any = None) -> dict[str, Any]:
    def say(msg: str) -> None:
        if log is not None:
            print(msg, file=log, flush=True)

    started = time.perf_counter()
    server = FixtureServer()
    results: list[dict[str, Any]] = []
    try:
        # Two uninterrupted crawls: the first also warms the fixture server (its one-time hangs),
        # the second is the reference and times the crawl the trials will see.  They must agree,
        # or the comparison would blame the kill for the crawl's own nondeterminism.
        first_db = work / "warm-up" / "store.sqlite3"
        first_db.parent.mkdir(parents=True)
        status, _, out = crawl(first_db, server.proxy)
        if status not in (0, 1, 3):  # 3: the province's WAF portals are blocked by design
            raise RuntimeError(f"first crawl failed ({status}): {out}")
        ref_db = work / "reference" / "store.sqlite3"
        ref_db.parent.mkdir(parents=True)
        status, ref_seconds, out = crawl(ref_db, server.proxy)
        if status not in (0, 1, 3):  # 3: the province's WAF portals are blocked by design
            raise RuntimeError(f"reference crawl failed ({status}): {out}")
        reference = canonical_dump(f"sqlite:///{ref_db}")
        differ = compare_dumps(canonical_dump(f"sqlite:///{first_db}"), reference)
        if differ:
            raise RuntimeError(f"two uninterrupted crawls differ: {differ[:5]}")
        ref_problems = consistency_problems(f"sqlite:///{ref_db}", data_dir=ref_db.parent)
        if ref_problems:
            raise RuntimeError(f"reference store inconsistent: {ref_problems}")
        say(f"reference crawl: {len(reference['reports'])} reports in {ref_seconds:.1f} s")
        rng = random.Random(seed)
        for trial in range(trials):
            db = work / f"trial{trial:03d}" / "store.sqlite3"
            # Spread over the whole crawl, start-up (imports, schema creation) included.
            result = one_trial(reference, server.proxy, db, rng.uniform(0.2, ref_seconds))
            result["trial"] = trial
            results.append(result)
            problems = result["problems"]
            say(f"trial {trial:3d}: kill at {result['kill_after_s']:5.2f} s "
                f"({'killed' if result['killed'] else 'finished first'}), "
                f"{result['reports_at_kill']:3d} reports stored at kill, resume {result['resume_s']:4.1f} s: "
                + ("OK" if not problems else f"{len(problems)} problem(s): {problems[:3]}"))
            if not problems:
                shutil.rmtree(db.parent, ignore_errors=True)
    finally:
        server.stop()
    return {
        "trials": trials,
        "killed_mid_crawl": sum(r["killed"] for r in results),
        "mismatched_trials": sum(bool(r["problems"]) for r in results),
        "reference_reports": len(reference["reports"]),
        "reference_crawl_s": round(ref_seconds, 1),
        "total_s": round(time.perf_counter() - started, 1),
        "results": results,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # still stop the fixture server
    work = Path(tempfile.mkdtemp(prefix="govcrawl-kill9-"))
    try:
        summary = run_trials(args.trials, args.seed, work, log=sys.stderr)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(f"kill -9 trials: {summary['trials']} ({summary['killed_mid_crawl']} killed mid-crawl), "
              f"mismatched: {summary['mismatched_trials']}, reference {summary['reference_reports']} reports "
              f"in {summary['reference_crawl_s']} s, total {summary['total_s']} s")
    return 1 if summary["mismatched_trials"] else 0


if __name__ == "__main__":
    sys.exit(main())
