"""``govcrawl serve-province``: serve the fixture province on 127.0.0.1 for your own experiments.

Point a crawler's HTTP proxy at it (``scrapy crawl qingshan-gov -s GOVCRAWL_FIXTURE_PROXY=…``) or
fetch with ``curl -x http://127.0.0.1:PORT http://www.qingshan.gov.test/…``.
"""

from __future__ import annotations

import argparse
import time


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("serve-province", help="serve the bundled fixture province on 127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from govcrawl.province.fixture import build_province

    province = build_province()
    with province.server(args.port) as server:
        hosts = " ".join(province.hosts)
        print(f"serving {len(province.portals)} portals on {server.proxy} (use it as an HTTP proxy): {hosts}")
        print(f"scrapy crawl SITE -s GOVCRAWL_FIXTURE_PROXY={server.proxy} "
              f"-s GOVCRAWL_FIXTURE_HOSTS={','.join(province.hosts)}")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0
