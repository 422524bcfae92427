"""The charset a page really uses, when its ``Content-Type`` header says otherwise (portals.md §6).

Old servers in front of GBK sites send ``charset=utf-8`` (or a list, ``charset=utf-8,gbk``) while the
page's own ``<meta>`` says ``gb2312``; Scrapy believes the header, and every Chinese character of the
page is then U+FFFD — no title matches, the list looks empty.  A page whose bytes do not decode
under the header's charset is decoded with the charset the page itself declares, else GB18030 (the
superset of GB2312/GBK that Chinese government sites use), but only when that decodes it without
error.  A page that decodes under its header is left alone.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.http import Response, TextResponse
from w3lib.encoding import html_body_declared_encoding, resolve_encoding

from govcrawl.report.text import normalise_charset

FALLBACK = "gb18030"


def widened(encoding: str) -> str:
    """``encoding`` resolved to its codec's name, a GB2312/GBK label widened to GB18030 (their
    superset).  Widened here, not left to w3lib: its resolve_encoding gave gb18030 for them before
    2.6 and gives gbk since."""
    resolved = resolve_encoding(encoding) or encoding
    return normalise_charset(resolved) or resolved


def _decodes(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def true_encoding(body: bytes, encoding: str) -> str | None:
    """The encoding to decode ``body`` with, if not ``encoding`` (the one the response chose): the
    page's declared one, else GB18030 — whichever decodes it cleanly; None to keep ``encoding``."""
    if not body or _decodes(body, encoding):
        return None
    declared = html_body_declared_encoding(body)
    for candidate in (widened(declared) if declared else None, FALLBACK):
        if candidate and candidate.lower() != encoding.lower() and _decodes(body, candidate):
            return candidate
    return None


class CharsetMiddleware:
    """Downloader middleware: a text response re-decoded by ``true_encoding`` (after decompression)."""

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        if not isinstance(response, TextResponse):
            return response
        better = true_encoding(response.body, response.encoding)
        return response.replace(encoding=better) if better else response
