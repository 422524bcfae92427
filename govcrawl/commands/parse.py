"""``govcrawl parse FILE-or-URL``: print one report's record as JSON (or ``--summary``).

The bytes are read with a cap (a report over ``MAX_FETCH_BYTES`` is not one: ``parse /dev/zero``
stops there), a URL's body within ``--timeout`` seconds in all (a body still arriving then is cut
short: its record is flagged ``truncated`` and not parsed), and the parse runs under the crawl's
time and memory limits (``govcrawl.parsepool``).
"""

from __future__ import annotations

import argparse
import http.client
import json
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govcrawl.errors import ExitCode, UserError
from govcrawl.report.summary import summarize

MAX_FETCH_BYTES = 60 * 1024 * 1024
FETCH_SECONDS = 60.0
_CHUNK = 64 * 1024
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
    parser.add_argument("--timeout", type=float, default=FETCH_SECONDS, metavar="SECONDS",
                        help=f"time to download a URL's whole body (default {FETCH_SECONDS:g})")
    parser.set_defaults(func=run)


@dataclass
class Source:
    data: bytes
    media_type: str | None = None
    url: str | None = None
    cut_short: str | None = None  # why the body is incomplete (it is then not parsed)


def _fetch(url: str, timeout: float) -> Source:
    request = urllib.request.Request(url, headers={"User-Agent": "govcrawl (+annual-report research)"})
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    size = 0
    try:
        with urllib.request.urlopen(request, timeout=min(timeout, 30.0)) as response:
            media_type = response.headers.get("Content-Type")
            while True:
                if time.monotonic() > deadline:
                    return Source(b"".join(chunks), media_type, url,
                                  f"the body was still arriving after {timeout:g} s ({size} bytes read)")
                chunk = response.read1(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > MAX_FETCH_BYTES:
                    raise UserError(f"{url} is larger than {MAX_FETCH_BYTES} bytes; not a report")
                chunks.append(chunk)
    except http.client.IncompleteRead as exc:
        return Source(b"".join(chunks) + exc.partial, None, url,
                      "the connection closed before the body was complete")
    except TimeoutError:
        if not chunks:
            raise UserError(f"cannot fetch {url}: no answer within {min(timeout, 30.0):g} s") from None
        return Source(b"".join(chunks), None, url, f"the body stopped arriving ({size} bytes read)")
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
        raise UserError(f"cannot fetch {url}: {getattr(exc, 'reason', None) or exc}") from exc
    return Source(b"".join(chunks), media_type, url)


def read_source(source: str, timeout: float = FETCH_SECONDS) -> Source:
    """The bytes of a file path or an http(s) URL, read with a cap; UserError when unreadable."""
    if source.startswith(("http://", "https://")):
        return _fetch(source, timeout)
    if "://" in source:
        raise UserError(f"only http and https URLs are supported, not {source.split('://')[0]}")
    try:
        with open(source, "rb") as fh:
            data = fh.read(MAX_FETCH_BYTES + 1)
    except IsADirectoryError as exc:
        raise UserError(f"{source} is a directory, not a report file") from exc
    except OSError as exc:
        raise UserError(f"cannot read {source}: {exc.strerror or exc}") from exc
    if len(data) > MAX_FETCH_BYTES:
        raise UserError(f"{source} is larger than {MAX_FETCH_BYTES} bytes; not a report")
    # The file name's extension is the declared type (the bytes still win: parse sniffs).
    return Source(data, _EXTENSION_TYPES.get(Path(source).suffix.lower()), None)


def parse_bounded(data: bytes, media_type: str | None, url: str | None) -> dict[str, Any]:
    """``parse_report`` in a worker under the parse time and memory limits."""
    from govcrawl.crawl.parsejob import unparsed
    from govcrawl.parsepool import ParseLimitExceeded, ParsePool
    from govcrawl.report import parse_report

    # A picture's OCR widens the worker's limits itself (parsepool.widen_limits).
    with ParsePool(1) as pool:
        try:
            record: dict[str, Any] = pool.submit(parse_report, data, media_type, url=url).result()
        except ParseLimitExceeded as exc:
            record = unparsed(exc.flag, str(exc), data, media_type, url=url)
    return record


def run(args: argparse.Namespace) -> int:
    from govcrawl.crawl.parsejob import unparsed

    source = read_source(args.source, args.timeout)
    media_type = args.media_type or source.media_type
    if source.cut_short:
        record = unparsed("truncated", f"not parsed: {source.cut_short}", source.data, media_type, url=source.url)
        print(f"govcrawl: {source.url}: {source.cut_short}; not parsed (flagged truncated)", file=sys.stderr)
    else:
        record = parse_bounded(source.data, media_type, source.url)
    if args.summary:
        print(summarize(record))
    else:
        json.dump(record, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return ExitCode.FAILED if source.cut_short else ExitCode.OK
