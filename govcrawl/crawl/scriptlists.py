"""Lists a page's script requests as JSON (portals.md §4.4): the column page holds no rows, its script
asks an API for them — ``$.getJSON('/common/search/' + channelId, {_isJson: true, _pageSize: 3,
page: page}, …)`` with ``var channelId = "4127"``.  (``scriptapi`` reads the $.ajax/fetch forms
and is tried when this finds nothing; the two were written in parallel and are to be folded into
one reader.)

* ``script_list_request``: such a request (GET or POST), built only from what the script
  says (the path, the variables it names, the literal parameters, the page parameter set to 1);
* ``json_list``: the entries (via ``entries.script_entries``' reading of an object: its URL-looking
  value and its longest Chinese string) and the declared total and page size of an answer.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urljoin

from govcrawl.crawl.entries import script_entry

_CALL = re.compile(r"""\$\.(getJSON|get|post)\(\s*((?:["'][^"']*["']|[A-Za-z_$][\w$]*)(?:\s*\+\s*(?:["'][^"']*["']|"""
                   r"""[A-Za-z_$][\w$]*))*)\s*,\s*\{([^{}]{0,400})\}""")
_PART = re.compile(r"""["']([^"']*)["']|([A-Za-z_$][\w$]*)""")
_PARAM = re.compile(r"""([A-Za-z_$][\w$]*)\s*:\s*(?:["']([^"']*)["']|(-?\d+|true|false)|([A-Za-z_$][\w$]*))""")
_PAGE_NAME = re.compile(r"^(?:page|pageNo|pageNum|pageIndex|curPage|currPage|cur_page|currentPage|p)$", re.I)
_SIZE_NAME = re.compile(r"size|rows|limit|perPage", re.I)
MAX_ITEMS = 1_000


def _variable(script: str, name: str) -> str | None:
    match = re.search(rf"""\bvar\s+{re.escape(name)}\s*=\s*["']([^"']*)["']""", script)
    return match[1] if match else None


@dataclass(frozen=True)
class ScriptList:
    """A list request a script makes: GET ``url`` with ``params`` in the query, or POST them."""

    url: str
    method: str  # "GET" or "POST"
    params: dict[str, str]
    page_name: str
    size: int | None

    def page(self, number: int) -> dict[str, str]:
        return {**self.params, self.page_name: str(number)}

    def get_url(self, number: int) -> str:
        return f"{self.url}?{urlencode(self.page(number))}"


def script_list_request(scripts: str, base_url: str) -> ScriptList | None:
    """The list request of a script (``$.getJSON``/``$.get``/``$.post``) whose URL parts and parameters
    are all literals or variables the script sets and one of whose parameters is the page, else None."""
    for call in _CALL.finditer(scripts):
        path = ""
        for literal, name in _PART.findall(call[2]):
            value = literal if not name else _variable(scripts, name)
            if value is None:
                path = ""
                break
            path += value
        if not path or not path.startswith(("/", "http")):
            continue
        params: dict[str, str] = {}
        page_name, size = None, None
        for key, text, number, name in _PARAM.findall(call[3]):
            if _PAGE_NAME.match(key):
                page_name, params[key] = key, "1"
            elif name:
                value = _variable(scripts, name)
                if value is None:
                    break
                params[key] = value
            else:
                params[key] = text or number
            if _SIZE_NAME.search(key) and (number or text).isdigit():
                size = int(number or text)
        else:
            if page_name is None:
                continue
            return ScriptList(urljoin(base_url, path), "POST" if call[1] == "post" else "GET", params, page_name, size)
    return None


def _rows(value: Any, depth: int = 0) -> list[dict[str, Any]]:
    """The first list of objects in a JSON answer (``data.results``, ``rows``, ``list`` …)."""
    if depth > 4:
        return []
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value[:5]):
        return value[:MAX_ITEMS]
    if isinstance(value, dict):
        for item in value.values():
            found = _rows(item, depth + 1)
            if found:
                return found
    return []


def _total(value: Any, depth: int = 0) -> int | None:
    if depth > 4 or not isinstance(value, dict):
        return None
    for key in ("total", "totalCount", "totalRecord", "count", "recordCount"):
        if isinstance(value.get(key), int):
            return int(value[key])
    for item in value.values():
        found = _total(item, depth + 1)
        if found is not None:
            return found
    return None


def json_list(body: str) -> tuple[list[tuple[str, str]], int | None]:
    """(href, title) entries and the declared total of a JSON list answer ([] and None if not JSON)."""
    try:
        value = json.loads(body)
    except ValueError:
        return [], None
    found = [entry for item in _rows(value) if (entry := script_entry(item))]
    return found, _total(value)
