"""``govcrawl worker``: a Celery worker that crawls units of work from the Redis broker.

Run one per host-group slot on every machine (``--concurrency 1`` by default: one crawl process
at a time, which has its own per-host politeness inside).  See DEPLOY.md.
"""

from __future__ import annotations

import argparse
import os
import socket

from govcrawl.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("worker", help="crawl units of work from the broker (Celery worker)")
    parser.add_argument("--broker", metavar="URL",
                        help="Redis broker URL (default: $GOVCRAWL_BROKER_URL or redis://127.0.0.1:6379/0)")
    parser.add_argument("--concurrency", type=int, default=1,
                        help="units crawled at once by this worker (default 1; each is its own crawl process)")
    parser.add_argument("--name", help="worker name (default: govcrawl-<pid>@<host>)")
    parser.add_argument("--loglevel", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from govcrawl.distributed import config

    if args.broker:
        os.environ["GOVCRAWL_BROKER_URL"] = args.broker
    url = config.broker_url()
    if args.concurrency < 1:
        raise UserError("--concurrency must be at least 1")
    from govcrawl.distributed.app import connect, get_app

    connect(url).close()

    app = get_app()
    name = args.name or f"govcrawl-{os.getpid()}@{socket.gethostname()}"
    # solo: the task runs in the worker process itself (it only waits for its crawl child, whose
    # death-signal is tied to this process); threads for more than one unit at a time.
    pool = "solo" if args.concurrency == 1 else "threads"
    argv = ["worker", f"--pool={pool}", f"--concurrency={args.concurrency}", f"--hostname={name}",
            f"--queues={config.QUEUE}", f"--loglevel={args.loglevel}", "--without-gossip", "--without-mingle"]
    try:
        app.worker_main(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) or exc.code is None else 1
    return 0
