"""Crawl the hostile portals once, the way a user would, and measure it.

``crawl_hostile(db_url)`` serves the hostile portals in this process (so their request log can be
read), runs ``govcrawl crawl --sites fixtures/hostile/sites.yaml --all --fixture-proxy …`` in a
subprocess — from an empty temporary directory, as a pip-installed tool is run: the crawl's
settings (robots.txt, limits, pipelines) must not depend on finding ``scrapy.cfg`` — and samples
the peak resident memory (``VmHWM``) of that process and of every process under it (the parse
workers) while it runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from govcrawl.hostile.portals import build
from govcrawl.province.server import Portal, ProvinceServer

ROOT = Path(__file__).resolve().parents[2]
SITES = ROOT / "fixtures" / "hostile" / "sites.yaml"


@dataclass
class HostileRun:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    requests: list[tuple[float, str, str, int]]  # (seconds since the crawl started, method, url, status)
    peak_rss_kb: int                # the crawl process
    peak_rss_tree_kb: int           # the crawl process and every process under it, each at its peak
    portals: list[Portal] = field(repr=False, default_factory=list)
    cwd_files: list[str] = field(default_factory=list)  # what the crawl left in its working directory


def _children(pid: int) -> set[int]:
    """``pid`` and every process under it (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, grew = {pid}, True
    while grew:
        more = {p for p, parent in parents.items() if parent in tree} - tree
        grew = bool(more)
        tree |= more
    return tree


def _hwm_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def crawl_hostile(db_url: str, *, portals: list[Portal] | None = None, timeout: float = 600,
                  extra: tuple[str, ...] = ()) -> HostileRun:
    """Crawl the hostile portals (``portals``, default freshly built) into ``db_url``; ``extra``
    are more ``govcrawl crawl`` arguments (``--fresh`` …)."""
    portals = portals if portals is not None else build()
    server = ProvinceServer(portals).start()
    try:
        cmd = [sys.executable, "-m", "govcrawl", "crawl", "--sites", str(SITES), "--all", "--db", db_url,
               "--quiet", "--fixture-proxy", server.proxy, *extra]
        started = time.monotonic()
        elsewhere = tempfile.TemporaryDirectory(prefix="govcrawl-cwd-")
        # The parse time limit is the crawl's default (30 s; it was 15 s here).  It is wall-clock
        # time from the moment a parse is handed to a worker, the worker's start-up included: at
        # load average ~15 a good PDF's parse passed 15 s and was stored without values.
        env = {**os.environ, "GOVCRAWL_PARSE_SECONDS": os.environ.get("GOVCRAWL_PARSE_SECONDS", "30")}
        proc = subprocess.Popen(cmd, cwd=elsewhere.name, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)
        peaks: dict[int, int] = {}
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                for pid in _children(proc.pid):
                    peaks[pid] = max(peaks.get(pid, 0), _hwm_kb(pid))
                done.wait(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            stdout, stderr = proc.communicate(timeout=timeout)
        finally:
            done.set()
            sampler.join()
            if proc.poll() is None:
                proc.kill()
            leftovers = os.listdir(elsewhere.name)
            elsewhere.cleanup()
        seconds = time.monotonic() - started
        requests = [(t - started, m, u, s) for t, m, u, s in list(server.timed)]
    finally:
        server.stop()
    return HostileRun(proc.returncode, stdout, stderr, seconds, requests, peaks.get(proc.pid, 0),
                      sum(peaks.values()), portals, leftovers)
