"""The next page a JSON list answer names itself (portals.md §4.4): APIs that page by a link rather
than by a page number the client counts —

* Django REST framework: ``{"count": 12, "next": "http://…/api/nb/?limit=5&offset=5", "previous":
  null, "results": […]}`` (limit/offset or page-number pagination alike);
* JSON:API and Laravel resources: ``{"data": […], "links": {"next": "…?page=2"}}``, Laravel's
  paginator ``{"data": […], "next_page_url": "…?page=2"}``;
* Graph-style cursors: ``{"data": […], "paging": {"next": "…&after=QVFIU…"}}``, HAL's
  ``{"_links": {"next": {"href": "…"}}}``.

``json_next`` reads it: the answer's top-level object and the objects under it through objects only
(not the rows: an article's own "next" is its neighbour, not the list's next page), a member named
as a next link whose value is a URL (a string, or an object's ``href``/``url``) — not a page number
(``"next": 2``) nor a flag (``"hasNext": true``).  The URL is the server's, so requesting it is not a
guess; the caller bounds the chain (the page budget, ``pagers.MAX_DECLARED_PAGES``).
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

MAX_JSON_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 3  # objects under the answer's top level that are read for a next link
# Member names of a next link, compared lower-cased without ``_`` and ``-``.
NEXT_KEYS = ("next", "nextpageurl", "nexturl", "nextlink", "nextpagelink", "nexthref")
_HOLDER_KEYS = ("href", "url", "link")
_URL = re.compile(r"^(?:https?://|/|\?|\.{1,2}/)[^\s<>\"']*$", re.I)


def _normal(key: str) -> str:
    return key.lower().replace("_", "").replace("-", "")


def _link(value: Any) -> str | None:
    if isinstance(value, dict):
        value = next((value[k] for k in _HOLDER_KEYS if isinstance(value.get(k), str)), None)
    if isinstance(value, str) and _URL.match(value.strip()):
        return value.strip()
    return None


def _objects(value: Any, depth: int = 0) -> list[dict[str, Any]]:
    """The answer's object, then those under it through objects only."""
    if not isinstance(value, dict) or depth > MAX_DEPTH:
        return []
    found = [value]
    for child in list(value.values())[:50]:
        found += _objects(child, depth + 1)
    return found


def next_link(data: Any, base_url: str) -> str | None:
    """The absolute URL of the next page a parsed JSON answer names, or None."""
    for node in _objects(data):
        for key, value in node.items():
            if _normal(str(key)) in NEXT_KEYS and (link := _link(value)) is not None:
                url = urljoin(base_url, link)
                return url if urlsplit(url).scheme in ("http", "https") else None
    return None


_NOT_JSON = object()


def loaded(body: bytes | str) -> Any:
    """A list answer's JSON, or ``_NOT_JSON`` when it is over ``MAX_JSON_BYTES`` or not JSON (the one
    bounded reader of list answers: this module's and ``scriptanswers.json_list``)."""
    if len(body) > MAX_JSON_BYTES:
        return _NOT_JSON
    try:
        return json.loads(body)
    except ValueError:
        return _NOT_JSON


def is_json(data: Any) -> bool:
    return data is not _NOT_JSON


def json_next(body: bytes | str, base_url: str) -> str | None:
    """The next page a JSON list answer names (see the module docstring); None when it names none
    or is not JSON."""
    data = loaded(body)
    return next_link(data, base_url) if is_json(data) else None
