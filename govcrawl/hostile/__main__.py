"""``python -m govcrawl.hostile [--port N]``: serve the hostile portals on 127.0.0.1 (a proxy)."""

from __future__ import annotations

import argparse
import time

from govcrawl.hostile.portals import server


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m govcrawl.hostile", description=__doc__)
    parser.add_argument("--port", type=int, default=8766)
    args = parser.parse_args()
    with server(args.port) as running:
        print(f"serving the hostile portals at {running.proxy} (proxy); Ctrl-C stops", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
