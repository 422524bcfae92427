"""``govcrawl export``: current records (or all versions) as JSONL, or tables as CSV or Parquet.

CSV/Parquet: ``--per cell`` (one row per cell, the default), ``--per report`` (one row per report
version: who, title, URL, dates, check counts, flags, main totals) or ``--layout wide`` (the
per-report row plus one column per cell key).  A CSV written to a file gets a sidecar
``FILE.schema.json`` with each column's type and Chinese label, and the dtype maps for pandas
and DuckDB (a CSV has no types: ``region_code`` would load as an integer).

``--since CURSOR`` returns only what changed since the export that printed CURSOR; every export
prints its next cursor on stderr (``cursor: N``) and, with ``--cursor-file``, stores it there.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from govcrawl.errors import UserError
from govcrawl.store.cliutil import add_store_args, open_store
from govcrawl.store.export import CursorError, ExportResult, Filters, export
from govcrawl.store.tabular import Shape, columns_for, schema_document


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("export", help="export stored records (JSONL), or their cells (CSV, Parquet)")
    parser.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl")
    parser.add_argument("-o", "--output", metavar="PATH", help="output file (default: stdout; required for parquet)")
    parser.add_argument("--per", choices=("cell", "report"),
                        help="csv/parquet: one row per cell (default) or per report version")
    parser.add_argument("--layout", choices=("long", "wide"), default="long",
                        help="csv/parquet: wide = one row per report version with one column per cell key")
    parser.add_argument("--labels", choices=("zh",),
                        help="per-cell tables: add a label_zh column (中文标签); report/wide tables always "
                             "carry their labels in their schema (FILE.schema.json, Parquet field metadata)")
    parser.add_argument("--all-versions", action="store_true", help="every version, not only the current ones")
    parser.add_argument("--since", metavar="CURSOR", help="only what changed after this cursor (a previous export's)")
    parser.add_argument("--cursor-file", metavar="PATH", help="read --since from / write the next cursor to PATH")
    parser.add_argument("--region", help="region name or region code prefix (湖南省, 4303…)")
    parser.add_argument("--agency", help="agency id or exact name")
    parser.add_argument("--year", type=int)
    parser.add_argument("--template", choices=("v2019", "v2021", "none"))
    parser.add_argument("--check-status", choices=("pass", "fail", "not_assessable", "none"))
    add_store_args(parser)
    parser.set_defaults(func=run)


def _cursor(text: str) -> int:
    if not text.strip().isdigit():
        raise UserError(f"bad cursor {text.strip()!r}: a cursor is the number a previous export printed")
    return int(text.strip())


def _check_cursor_file(path: Path) -> None:
    """Fail before exporting when the next cursor could not be written (it would be lost)."""
    if path.is_dir():
        raise UserError(f"--cursor-file {path} is a directory")
    if not path.parent.is_dir():
        raise UserError(f"--cursor-file {path}: no directory {path.parent}")
    if (path.exists() and not os.access(path, os.W_OK)) or not os.access(path.parent, os.W_OK):
        raise UserError(f"--cursor-file {path} is not writable")


@contextmanager
def replaced_atomically(path: Path) -> Iterator[Path]:
    """A temporary name beside ``path`` to write to; renamed to ``path`` only when the block
    succeeds, removed otherwise (a failed export leaves no partial file)."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    mask = os.umask(0)
    os.umask(mask)
    tmp.chmod(0o666 & ~mask)  # mkstemp makes it 0600; the export gets the usual permissions
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_text_atomically(path: Path, text: str) -> None:
    with replaced_atomically(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


def run(args: argparse.Namespace) -> int:
    since = 0
    cursor_file = Path(args.cursor_file) if args.cursor_file else None
    if cursor_file is not None:
        _check_cursor_file(cursor_file)
    if args.since is not None:
        since = _cursor(args.since)
    elif cursor_file is not None and cursor_file.exists():
        since = _cursor(cursor_file.read_text() or "0")
    if args.format == "parquet" and not args.output:
        raise UserError("--format parquet needs -o FILE")
    output = Path(args.output) if args.output else None
    if output is not None and (output.is_dir() or not output.parent.is_dir()):
        raise UserError(f"cannot write {output}: " + ("a directory" if output.is_dir() else "no such directory"))
    shape = _shape(args)
    filters = Filters(args.region, args.agency, args.year, args.template, args.check_status)
    with open_store(args, read_only=True) as store:

        def write(out: IO[str] | Path) -> ExportResult:
            return export(store, args.format, out, all_versions=args.all_versions, since=since, filters=filters,
                          shape=shape, labels=bool(args.labels))

        try:
            if output is None:
                result = write(sys.stdout)
            else:
                # Written to a temporary name beside the output, renamed when complete.
                with replaced_atomically(output) as tmp:
                    if args.format == "parquet":
                        result = write(tmp)
                    else:
                        with open(tmp, "w", encoding="utf-8", newline="") as out:
                            result = write(out)
        except CursorError as exc:
            raise UserError(str(exc)) from exc
        except BrokenPipeError:
            raise  # the reader of stdout stopped (| head): not a failure of ours
        except OSError as exc:
            raise UserError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    if args.format == "csv" and output is not None:
        write_sidecar(output, shape, bool(args.labels))
    elif args.format == "csv":
        print("column types: export with -o FILE.csv for FILE.schema.json (README, Issue 15)", file=sys.stderr)
    if cursor_file is not None:
        try:
            write_text_atomically(cursor_file, f"{result.next_cursor}\n")
        except OSError as exc:
            raise UserError(f"cannot write --cursor-file {cursor_file}: {exc.strerror or exc}") from exc
    print(f"exported {result.records} records ({result.rows} rows); cursor: {result.next_cursor}", file=sys.stderr)
    return 0


def _shape(args: argparse.Namespace) -> Shape:
    if args.format == "jsonl":
        if args.per or args.layout != "long" or args.labels:
            raise UserError("--per, --layout and --labels shape CSV/Parquet tables; JSONL is one record per line")
        return "cell"
    if args.layout == "wide" and args.per == "cell":
        raise UserError("--layout wide is one row per report version: drop --per cell")
    shape: Shape = "wide" if args.layout == "wide" else "report" if args.per == "report" else "cell"
    if args.labels and shape != "cell":
        raise UserError(f"--labels is for --per cell; the {shape} table's Chinese labels are always in "
                        "FILE.schema.json (CSV) and the Parquet field metadata (label_zh)")
    return shape


def sidecar_path(output: Path) -> Path:
    """``reports.csv`` → ``reports.schema.json``."""
    return output.with_name(output.stem + ".schema.json")


def write_sidecar(output: Path, shape: Shape, labels: bool) -> None:
    doc = schema_document(columns_for(shape, labels=labels), shape)
    doc["csv"] = output.name
    path = sidecar_path(output)
    try:
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from exc
