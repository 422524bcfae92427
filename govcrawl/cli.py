"""The ``govcrawl`` command.

Each sub-command lives in ``govcrawl/commands/<name>.py`` and exposes ``register(subparsers)``,
which adds its parser and sets ``func`` (a callable taking the parsed arguments and returning an
exit status).  Errors meant for the user are raised as ``UserError`` and printed as one line;
a traceback is never the user interface.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from govcrawl.errors import UserError

__all__ = ["UserError", "build_parser", "main"]

COMMAND_MODULES = ("parse", "demo", "crawl", "serve", "db", "export", "history", "diff", "status", "reparse",
                   "schedule", "worker", "dispatch", "add_site")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="govcrawl", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"govcrawl.commands.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        status: int = args.func(args)
    except UserError as exc:
        print(f"govcrawl: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("govcrawl: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return status


if __name__ == "__main__":
    sys.exit(main())
