"""Lists a page's scripts request (portals.md §4.4): the column page ships no rows (an empty ``<ul>``)
and a script asks an endpoint for them, page by page —

* ``$.getJSON('/common/search/' + channelId, {_isJson: true, _pageSize: 3, page: page}, …)``,
  ``$.get(…)``, ``$.post(…)`` (the URL a concatenation of literals and variables the script sets);
* ``$.ajax({url: …, type: 'post', data: {…}})``, the data also an object variable the script sets
  (``data: params`` with ``var params = {…}``), or sent as a JSON body (``data: JSON.stringify(params)``,
  ``contentType: "application/json"`` — a Spring ``@RequestBody`` API);
* ``fetch('/api/list?catId=' + catId + '&page=' + p)``, and any GET whose URL carries the page the
  same way — ``$.getJSON(searchUrl + page, function …)`` with ``var searchUrl = "…&page="``,
  ``$.get(…)``, ``axios.get(…)``, ``$.ajax({url: listApi + '&pageNo=' + n, success: …})`` (a JSON
  search API the page calls with no parameter object; 开普云's ``/common/search/<id>``).

One recogniser and one reader, pure functions of the page and of the answers:

* ``script_lists``: the requests a page's scripts make, built only from what the script says (the
  URL, the literals and the variables it sets — ``var channelId = 1578`` — and the one parameter
  that is the page number); a call whose other parameters do not resolve is left out (nothing is
  guessed), and so is a call with no page parameter.
* ``ScriptList.url(page)`` / ``.fields(page)``: the request for one page, as the script makes it
  (GET: the fields in the query, in the script's order; POST: the fields as the form, or
  ``.json_body(page)`` when the script sends JSON — numbers stay numbers).
* ``json_list``: the entries of a JSON answer (the first array of objects that have a URL and a
  Chinese title, wherever it sits) and the counts it declares (``total``, ``pages``); None when the
  answer is not JSON — the base then reads it as HTML rows (a list put into a ``<div>``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, NamedTuple
from urllib.parse import urlencode, urljoin

from govcrawl.crawl.entries import script_entry
from govcrawl.crawl.pagers import declared_setting, script_value

MAX_CALLS = 10
MAX_JSON_BYTES = 5 * 1024 * 1024
MAX_ITEMS = 2_000
MAX_DEPTH = 6
_PAGE_KEY = re.compile(r"^(?:page|pageno|page_no|pagenum|pageindex|page_index|currentpage|curpage|currpage|cur_page"
                       r"|current|pn|p)$", re.I)
_SIZE_KEY = re.compile(r"size|rows|limit|perPage", re.I)
_EXPR = r"""(?:["'][^"'\n]*["']|[A-Za-z_$][\w$]*)(?:\s*\+\s*(?:["'][^"'\n]*["']|[A-Za-z_$][\w$]*))*"""
_CALL = re.compile(rf"""\$\.(getJSON|get|post)\(\s*({_EXPR})\s*,\s*\{{([^{{}}]{{0,600}})\}}""")
_AJAX = re.compile(r"""\$\.ajax\(\s*\{""")
AJAX_CHARS = 800  # an $.ajax call's settings are read from this much of the script after it
_AJAX_URL = re.compile(rf"""\burl\s*:\s*({_EXPR})""")
_AJAX_DATA = re.compile(r"""\bdata\s*:\s*(?:JSON\.stringify\(\s*)?(?:\{([^{}]*)\}|([A-Za-z_$][\w$]*))""")
_AJAX_JSON = re.compile(r"""\bdata\s*:\s*JSON\.stringify\(|\bcontentType\s*:\s*['"]application/json""", re.I)
# ``var params = {channelCode: "zfxxgknb", pageNo: 1, pageSize: 4};`` — the object a call sends by name.
_OBJECT_VAR = r"""(?:var|let|const)?\s*(?<![\w$.]){name}\s*=\s*\{{([^{{}}]{{0,600}})\}}"""
_NUMBER = re.compile(r"-?\d+")
_AJAX_POST = re.compile(r"""\b(?:type|method)\s*:\s*['"]post['"]""", re.I)
# A GET whose URL expression holds the page (``…&page=' + page``); an object literal after the URL,
# when there is one, is read by ``_CALL`` instead.
_URL_CALL = re.compile(rf"""(?:\bfetch|\$\.getJSON|\$\.get|\baxios\.get)\(\s*({_EXPR})""")
_PAIR = re.compile(r"""['"]?([A-Za-z_$][\w$]*)['"]?\s*:\s*(-?\d+|"[^"\n]*"|'[^'\n]*'|[A-Za-z_$][\w$]*)""")
_PIECE = re.compile(r"""(['"])([^'"]*)\1|([A-Za-z_$][\w$]*)""")
_LITERALS = {"true": "true", "false": "false"}


@dataclass(frozen=True)
class ScriptList:
    """A list request a script makes: ``fields`` (the page's one set to the page asked) in the query
    of a GET to ``endpoint``, or posted to it."""

    endpoint: str                          # absolute
    method: str                            # "GET" or "POST"
    params: tuple[tuple[str, str], ...]    # in the script's order; the page key's value is "1"
    page_key: str
    size: int | None = None                # entries per page, when the script says
    json: bool = False                     # POSTed as a JSON body, not a form
    numbers: frozenset[str] = frozenset()  # keys whose values the script writes as numbers

    def json_body(self, page: int) -> str:
        """The JSON body the script sends for page ``page`` (its numbers as numbers)."""
        fields = self.fields(page)
        return json.dumps({k: int(v) if (k in self.numbers or k == self.page_key) and _NUMBER.fullmatch(v) else v
                           for k, v in fields.items()}, ensure_ascii=False, separators=(",", ":"))

    def fields(self, page: int) -> dict[str, str]:
        return {key: str(page) if key == self.page_key else value for key, value in self.params}

    def url(self, page: int) -> str:
        if self.method == "POST":
            return self.endpoint
        joiner = "&" if "?" in self.endpoint else "?"
        return f"{self.endpoint}{joiner}{urlencode(self.fields(page))}"


def _value(token: str, text: str) -> str | None:
    if token in _LITERALS:
        return _LITERALS[token]
    if token.startswith("-") and token[1:].isdigit():
        return token
    value = script_value(token, text)
    return None if value is None else str(value)


def _fields(pairs: list[tuple[str, str]], text: str) -> tuple[tuple[tuple[str, str], ...], str, int | None] | None:
    """(params, page key, page size) of a call's object literal; None if a parameter other than the
    page does not resolve, or none is the page."""
    params: list[tuple[str, str]] = []
    page_key, size = None, None
    for key, token in pairs:
        if page_key is None and _PAGE_KEY.match(key):
            page_key = key
            params.append((key, "1"))
            continue
        value = _value(token, text)
        if value is None:
            return None
        params.append((key, value))
        if size is None and _SIZE_KEY.search(key) and value.isdigit():
            size = int(value)
    return (tuple(params), page_key, size) if page_key else None


def _url(expr: str, text: str) -> str | None:
    """A URL expression whose pieces are all literals or variables the script sets."""
    url = ""
    for piece in _PIECE.finditer(expr):
        value = piece[2] if piece[2] is not None else _value(piece[3], text)
        if value is None:
            return None
        url += value
    return url or None


def _paged_url_call(expr: str, text: str, base_url: str) -> ScriptList | None:
    """``fetch('/api/list?catId=' + catId + '&page=' + p)``: the URL with the page's variable out (the
    one variable the script does not set, right after a page parameter's ``=``); None without one."""
    url, page_key = "", None
    for piece in _PIECE.finditer(expr):
        if piece[2] is not None:
            url += piece[2]
            continue
        value = _value(piece[3], text)
        if value is not None:
            url += value
            continue
        key = re.search(r"[?&]([\w$]+)=$", url)
        if key is None or not _PAGE_KEY.match(key[1]) or page_key:
            return None
        page_key = key[1]
        url += "1"
    if not page_key:
        return None
    base, _, query = url.partition("?")
    params = tuple((k, v) for k, _, v in (p.partition("=") for p in query.split("&") if "=" in p))
    size = next((int(v) for k, v in params if _SIZE_KEY.search(k) and v.isdigit()), None)
    return ScriptList(urljoin(base_url, base), "GET", params, page_key, size)


def _object_variable(name: str, text: str) -> str | None:
    """The body of the object literal a script gives a variable (``var params = {…}``), or None."""
    match = re.search(_OBJECT_VAR.format(name=re.escape(name)), text)
    return match[1] if match else None


def script_lists(scripts: list[str], base_url: str) -> list[ScriptList]:
    """The list requests of a page's inline scripts (see the module docstring)."""
    text = "\n".join(scripts)
    found: list[ScriptList] = []

    def add(url_expr: str, body: str, method: str, as_json: bool = False) -> None:
        url = _url(url_expr, text)
        pairs = _PAIR.findall(body)
        fields = _fields(pairs, text)
        if url and fields and not url.startswith(("javascript:", "#")):
            params, page_key, size = fields
            numbers = frozenset(k for k, token in pairs if _NUMBER.fullmatch(token)
                                or isinstance(script_value(token, text), int))
            found.append(ScriptList(urljoin(base_url, url), method, params, page_key, size, as_json,
                                    numbers if as_json else frozenset()))

    for match in _CALL.finditer(text):
        add(match[2], match[3], "POST" if match[1] == "post" else "GET")
    for match in _AJAX.finditer(text):
        settings = text[match.end(): match.end() + AJAX_CHARS].split("$.ajax(", 1)[0]
        url, data = _AJAX_URL.search(settings), _AJAX_DATA.search(settings)
        body = (data[1] if data[1] is not None else _object_variable(data[2], text)) if data else None
        if url and body is not None:
            posted = bool(_AJAX_POST.search(settings))
            add(url[1], body, "POST" if posted else "GET", as_json=posted and bool(_AJAX_JSON.search(settings)))
        elif url and not _AJAX_POST.search(settings):  # no data: the page is in the URL, if anywhere
            call = _paged_url_call(url[1], text, base_url)
            if call is not None:
                found.append(call)
    for match in _URL_CALL.finditer(text):
        call = _paged_url_call(match[1], text, base_url)
        if call is not None:
            found.append(call)
    return list(dict.fromkeys(found))[:MAX_CALLS]


class ListAnswer(NamedTuple):
    entries: list[tuple[str, str]]   # (href, title)
    total: int | None                # records the answer declares
    pages: int | None                # pages the answer declares




def _walk(value: Any, depth: int = 0) -> list[Any]:
    """Every dict and list inside a JSON value, the value first (bounded depth and breadth)."""
    if depth > MAX_DEPTH:
        return []
    found = [value]
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    for child in list(children)[:200]:
        if isinstance(child, dict | list):
            found += _walk(child, depth + 1)
    return found


def _declared(node: dict[str, Any], kind: str) -> int | None:
    """The records or pages a JSON object declares, by the shared pager vocabulary (the same names a
    ``pageParam`` or a pager widget uses: one reader of declared sizes)."""
    numbers = {str(k): v for k, v in node.items() if isinstance(v, int) and not isinstance(v, bool)}
    return declared_setting(numbers, kind)


def json_list(body: bytes | str) -> ListAnswer | None:
    """The entries and declared counts of a list answer; None if it is not JSON."""
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
            entries = [e for e in (script_entry(item) for item in node[:MAX_ITEMS]) if e is not None]
        if isinstance(node, dict):
            total = total if total is not None else _declared(node, "records")
            pages = pages if pages is not None else _declared(node, "pages")
    return ListAnswer(entries, total, pages)
