"""``govcrawl parse FILE-or-URL``: print one report's record as JSON (or ``--summary``)."""

from __future__ import annotations

import argparse
import json
import sys
import urllib.error
import urllib.request
from pathlib import Path

from govcrawl.errors import UserError
from govcrawl.report import parse_report
from govcrawl.report.summary import summarize

MAX_FETCH_BYTES = 60 * 1024 * 1024
_EXTENSION_TYPES = {
    ".html": "text/html", ".htm": "text/html", ".shtml": "text/html", ".xhtml": "text/html",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".doc": "application/msword",
    ".txt": "text/plain", ".md": "text/plain",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("parse", help="parse one report file or URL into a record")
    parser.add_argument("source", help="a file (HTML, PDF, DOCX, text) or an http(s) URL")
    parser.add_argument("--summary", action="store_true", help="print a short human-readable view")
    parser.add_argument("--media-type", help="override the media type (otherwise sniffed)")
    parser.set_defaults(func=run)


def read_source(source: str) -> tuple[bytes, str | None, str | None]:
    """(bytes, media type, url) of a file path or an http(s) URL; UserError when unreadable."""
    if source.startswith(("http://", "https://")):
        request = urllib.request.Request(source, headers={"User-Agent": "govcrawl (+annual-report research)"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                data = response.read(MAX_FETCH_BYTES + 1)
                media_type = response.headers.get("Content-Type")
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise UserError(f"cannot fetch {source}: {getattr(exc, 'reason', exc)}") from exc
        if len(data) > MAX_FETCH_BYTES:
            raise UserError(f"{source} is larger than {MAX_FETCH_BYTES} bytes; not a report")
        return data, media_type, source
    if "://" in source:
        raise UserError(f"only http and https URLs are supported, not {source.split('://')[0]}")
    path = Path(source)
    try:
        # The file name's extension is the declared type (the bytes still win: parse sniffs).
        return path.read_bytes(), _EXTENSION_TYPES.get(path.suffix.lower()), None
    except IsADirectoryError as exc:
        raise UserError(f"{source} is a directory, not a report file") from exc
    except OSError as exc:
        raise UserError(f"cannot read {source}: {exc.strerror or exc}") from exc


def run(args: argparse.Namespace) -> int:
    data, media_type, url = read_source(args.source)
    record = parse_report(data, args.media_type or media_type, url=url)
    if args.summary:
        print(summarize(record))
    else:
        json.dump(record, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return 0
