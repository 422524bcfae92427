"""The ``govcrawl`` command.

Each sub-command lives in ``govcrawl/commands/<name>.py`` and exposes ``register(subparsers)``,
which adds its parser and sets ``func`` (a callable taking the parsed arguments and returning an
exit status).  Errors meant for the user are raised as ``UserError`` and printed as one line;
a traceback is never the user interface.

Global options (``-v/--verbose``, and ``--db``/``--data-dir`` for the commands that open a store)
go before or after the command name: ``govcrawl -v status`` and ``govcrawl status -v`` are the
same.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from govcrawl.errors import UserError

__all__ = ["UserError", "build_parser", "main"]

# Options that every command (verbose) or every store command (db, data_dir) shares.
GLOBAL_DESTS = ("verbose", "db", "data_dir")

COMMAND_MODULES = ("parse", "demo", "crawl", "serve", "db", "export", "history", "diff", "status", "reparse",
                   "schedule", "worker", "dispatch", "web", "sites", "add_site")


class _Parser(argparse.ArgumentParser):
    """Checks, after parsing, that a global option given before the command is one it takes."""

    takes: dict[str, set[str]]

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, rest = super().parse_known_args(args, namespace)
        takes = getattr(self, "takes", None)
        command = getattr(parsed, "command", None)
        if takes is not None and command in takes:
            for dest in ("db", "data_dir"):
                if getattr(parsed, dest, None) is not None and dest not in takes[command]:
                    self.error(f"{command} does not use --{dest.replace('_', '-')}")
        return parsed, rest


def _share_global_options(parser: argparse.ArgumentParser) -> set[str]:
    """Let a command's parser accept the global options too, without its defaults overwriting the
    values given before the command (argparse copies every sub-parser default over them)."""
    dests = set()
    for action in parser._actions:
        if action.dest in GLOBAL_DESTS:
            action.default = argparse.SUPPRESS
            dests.add(action.dest)
        elif isinstance(action, argparse._SubParsersAction):  # ``db upgrade``: the same, one level down
            for nested in action.choices.values():
                dests |= _share_global_options(nested)
    if "verbose" not in dests:
        parser.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                            help="log debug messages (also before the command)")
    return dests


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("govcrawl")
    except PackageNotFoundError:  # run from a source tree that is not installed
        from govcrawl import __version__

        return __version__


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="govcrawl", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"govcrawl {version()}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages (also after the command)")
    parser.add_argument("--db", metavar="URL", help="database URL, for the commands that use one (also after them)")
    parser.add_argument("--data-dir", metavar="DIR", help="raw-body directory, for the store commands")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"govcrawl.commands.{name}")
        module.register(sub)
    parser.takes = {name: _share_global_options(command) for name, command in sub.choices.items()}
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
