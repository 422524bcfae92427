"""Crawl the hostile portals once and print the figures RELIABILITY.md quotes.

    python benchmarks/hostile_crawl.py [--json]

Serves govcrawl/hostile/portals.py on 127.0.0.1, runs ``govcrawl crawl --sites
fixtures/hostile/sites.yaml --all --fixture-proxy …`` into a fresh SQLite store in a subprocess,
and reports the wall time, the requests the portals received (by host, and the failing ones per
URL), and the peak resident memory of the crawl process and of its parse workers.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from govcrawl.hostile.harness import crawl_hostile


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="govcrawl-hostile-") as work:
        run = crawl_hostile(f"sqlite:///{Path(work) / 'govcrawl.sqlite3'}")
    hosts = Counter(urlsplit(u).hostname for _t, _m, u, _s in run.requests)
    per_url = Counter(u for _t, _m, u, _s in run.requests)
    figures = {
        "returncode": run.returncode,
        "seconds": round(run.seconds, 1),
        "requests": len(run.requests),
        "requests_by_host": dict(hosts),
        "max_requests_per_url": max(per_url.values()) if per_url else 0,
        "peak_rss_mb_crawl": round(run.peak_rss_kb / 1024),
        "peak_rss_mb_with_workers": round(run.peak_rss_tree_kb / 1024),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:28} {value}")
        print("\n" + run.stdout.strip())
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
