"""Lists a script loads from a JSON API (portals.md §4.4): the column page ships an empty ``<ul>``
and a script asks an endpoint for the entries, page by page —
``$.getJSON('/api/content/list', {channelId: channelId, pageNo: pageNo, pageSize: pageSize}, …)``,
``$.ajax({url: …, data: {…}})``, ``$.post(…)``, ``fetch('/api/list?catId=' + catId + '&page=' + p)``.

Pure functions of the page and of the API's answers:

* ``api_lists``: the calls a page's scripts make, with their parameters resolved from the script
  (literals, or ``var channelId = 1578``) and the one parameter that is the page number (a key
  named as a page number whose value is the function's argument); a call whose other parameters do
  not resolve is left out — nothing is guessed.
* ``ApiList.url(page)`` / ``.form(page)``: the request for one page, as the script would make it.
* ``json_list``: the entries of an answer (the array of objects that have a URL and a Chinese title,
  wherever it sits) and the counts it declares (``total``, ``pages``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urljoin

from govcrawl.crawl.entries import script_entry
from govcrawl.crawl.pagers import script_value

MAX_CALLS = 10
MAX_JSON_BYTES = 5 * 1024 * 1024
_PAGE_KEY = re.compile(r"^(?:page|pageno|page_no|pagenum|pageindex|page_index|currentpage|curpage|pn|p)$", re.I)
_CALL = re.compile(r"""\$\.(getJSON|get|post)\(\s*(['"])([^'"\s]+)\2\s*,\s*\{([^{}]*)\}""")
_AJAX = re.compile(r"""\$\.ajax\(\s*\{(.{0,600}?)\}\s*\)""", re.S)
_AJAX_URL = re.compile(r"""\burl\s*:\s*(['"])([^'"\s]+)\1""")
_AJAX_DATA = re.compile(r"""\bdata\s*:\s*\{([^{}]*)\}""")
_AJAX_POST = re.compile(r"""\b(?:type|method)\s*:\s*['"]post['"]""", re.I)
_FETCH = re.compile(r"""fetch\(\s*((?:(['"])[^'"]*\2|[A-Za-z_$][\w$]*)"""
                    r"""(?:\s*\+\s*(?:(['"])[^'"]*\3|[A-Za-z_$][\w$]*))*)""")
_PAIR = re.compile(r"""['"]?([A-Za-z_$][\w$]*)['"]?\s*:\s*(\d+|"[^"\n]*"|'[^'\n]*'|[A-Za-z_$][\w$]*)""")
_PIECE = re.compile(r"""(['"])([^'"]*)\1|([A-Za-z_$][\w$]*)""")
_JSONISH = re.compile(r"(?:^|[/_.\-])(?:api|json|list|query|search|content|article|info)", re.I)


@dataclass(frozen=True)
class ApiList:
    endpoint: str                   # absolute
    params: tuple[tuple[str, str], ...]
    page_key: str
    method: str = "GET"

    def fields(self, page: int) -> dict[str, str]:
        return {**dict(self.params), self.page_key: str(page)}

    def url(self, page: int) -> str:
        if self.method == "POST":
            return self.endpoint
        joiner = "&" if "?" in self.endpoint else "?"
        return f"{self.endpoint}{joiner}{urlencode(self.fields(page))}"


def _resolved(pairs: list[tuple[str, str]], text: str) -> tuple[dict[str, str], str] | None:
    """The call's parameters with the page key's value left out; None if any other does not resolve."""
    params: dict[str, str] = {}
    page_key = None
    for key, token in pairs:
        value = script_value(token, text)
        if page_key is None and _PAGE_KEY.match(key) and (value is None or value == 1 or value == "1"):
            page_key = key
            continue
        if value is None:
            return None
        params[key] = str(value)
    return (params, page_key) if page_key else None


def _fetch_call(expr: str, text: str, base_url: str) -> ApiList | None:
    """``fetch('/api/list?catId=' + catId + '&page=' + p)``: the URL with the page's variable out."""
    url, page_key = "", None
    for piece in _PIECE.finditer(expr):
        if piece[2] is not None:
            url += piece[2]
            continue
        value = script_value(piece[3], text)
        if value is None:
            key = re.search(r"[?&]([\w$]+)=$", url)
            if key is None or not _PAGE_KEY.match(key[1]) or page_key:
                return None
            page_key = key[1]
            url = url[: key.start()] + ("?" if key[0][0] == "?" else "")
        else:
            url += str(value)
    if not page_key or not url:
        return None
    base, _, query = url.partition("?")
    params = tuple(tuple(p.split("=", 1)) for p in query.split("&") if "=" in p)
    return ApiList(urljoin(base_url, base), params, page_key)  # type: ignore[arg-type]


def api_lists(scripts: list[str], base_url: str) -> list[ApiList]:
    """The JSON list calls of a page's inline scripts (see the module docstring)."""
    text = "\n".join(scripts)
    found: list[ApiList] = []

    def add(url: str, body: str, method: str) -> None:
        resolved = _resolved(_PAIR.findall(body), text)
        if resolved and _JSONISH.search(url.split("?")[0]):
            params, key = resolved
            found.append(ApiList(urljoin(base_url, url), tuple(sorted(params.items())), key, method))

    for match in _CALL.finditer(text):
        add(match[3], match[4], "POST" if match[1] == "post" else "GET")
    for match in _AJAX.finditer(text):
        url, data = _AJAX_URL.search(match[1]), _AJAX_DATA.search(match[1])
        if url and data:
            add(url[2], data[1], "POST" if _AJAX_POST.search(match[1]) else "GET")
    for match in _FETCH.finditer(text):
        call = _fetch_call(match[1], text, base_url)
        if call is not None:
            found.append(call)
    return list(dict.fromkeys(found))[:MAX_CALLS]


_TOTAL_KEYS = ("total", "totalCount", "totalRecord", "totalElements", "recordCount", "count")
_PAGES_KEYS = ("pages", "totalPage", "totalPages", "pageCount", "pageTotal")


def _walk(value: Any, depth: int = 0) -> list[Any]:
    """Every dict and list inside a JSON value (bounded depth)."""
    if depth > 6:
        return []
    found = [value]
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    for child in list(children)[:200]:
        if isinstance(child, dict | list):
            found += _walk(child, depth + 1)
    return found


def json_list(body: bytes) -> tuple[list[tuple[str, str]], int | None, int | None] | None:
    """(entries, declared records, declared pages) of an API answer; None if it is not JSON."""
    if len(body) > MAX_JSON_BYTES:
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    entries: list[tuple[str, str]] = []
    total = pages = None
    for node in _walk(data):
        if isinstance(node, list) and not entries:
            entries = [e for e in (script_entry(item) for item in node) if e is not None]
        if isinstance(node, dict):
            for key in _TOTAL_KEYS:
                if total is None and isinstance(node.get(key), int):
                    total = node[key]
            for key in _PAGES_KEYS:
                if pages is None and isinstance(node.get(key), int):
                    pages = node[key]
    return entries, total, pages
