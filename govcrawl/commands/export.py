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
import sys
from pathlib import Path

from govcrawl.errors import UserError
from govcrawl.store.cliutil import add_store_args, open_store
from govcrawl.store.export import CursorError, Filters, export
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


def run(args: argparse.Namespace) -> int:
    since = 0
    if args.since is not None:
        since = _cursor(args.since)
    elif args.cursor_file and Path(args.cursor_file).exists():
        since = _cursor(Path(args.cursor_file).read_text() or "0")
    if args.format == "parquet" and not args.output:
        raise UserError("--format parquet needs -o FILE")
    shape = _shape(args)
    filters = Filters(args.region, args.agency, args.year, args.template, args.check_status)
    with open_store(args) as store:
        try:
            if args.format == "parquet":
                result = export(
                    store, "parquet", Path(args.output), all_versions=args.all_versions, since=since, filters=filters,
                    shape=shape, labels=bool(args.labels),
                )
            elif args.output:
                with open(args.output, "w", encoding="utf-8", newline="") as out:
                    result = export(
                        store, args.format, out, all_versions=args.all_versions, since=since, filters=filters,
                        shape=shape, labels=bool(args.labels),
                    )
            else:
                result = export(
                    store, args.format, sys.stdout, all_versions=args.all_versions, since=since, filters=filters,
                    shape=shape, labels=bool(args.labels),
                )
        except CursorError as exc:
            raise UserError(str(exc)) from exc
        except BrokenPipeError:
            raise  # the reader of stdout stopped (| head): not a failure of ours
        except OSError as exc:
            raise UserError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    if args.format == "csv" and args.output:
        write_sidecar(Path(args.output), shape, bool(args.labels))
    elif args.format == "csv":
        print("column types: export with -o FILE.csv for FILE.schema.json (README, Issue 15)", file=sys.stderr)
    if args.cursor_file:
        Path(args.cursor_file).write_text(f"{result.next_cursor}\n")
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
