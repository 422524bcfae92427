"""Lists a page's scripts request (portals.md §4.4): the column page ships no rows (an empty ``<ul>``)
and a script asks an endpoint for them, page by page —

* ``$.getJSON('/common/search/' + channelId, {_isJson: true, _pageSize: 3, page: page}, …)``,
  ``$.get(…)``, ``$.post(…)`` (the URL a concatenation of literals and variables the script sets);
* ``$.ajax({url: …, type: 'post', data: {…}})``, the data also an object variable the script sets
  (``data: params`` with ``var params = {…}``), or sent as a JSON body (``data: JSON.stringify(params)``,
  ``contentType: "application/json"`` — a Spring ``@RequestBody`` API), its object literal nesting
  objects and arrays when a search API wants a filter (TRS 海云's ``/irs/front/list``: ``customFilter:
  {operator: "and", properties: [{property: "channel_id", value: cfg.channelId}]}``, ``sorts: [{…}]``)
  — read whole (``jsliteral``), every piece a literal or a name the script sets, else the call is left out;
* the same JSON POST by ``axios.post(url, {…})`` or ``fetch(url, {method: 'POST', body:
  JSON.stringify({…})})``;
* ``fetch('/api/list?catId=' + catId + '&page=' + p)``, and any GET whose URL carries the page the
  same way — ``$.getJSON(searchUrl + page, function …)`` with ``var searchUrl = "…&page="``,
  ``$.get(…)``, ``axios.get(…)``, ``$.ajax({url: listApi + '&pageNo=' + n, success: …})`` (a JSON
  search API the page calls with no parameter object; 开普云's ``/common/search/<id>``);
* a URL the script builds before the call, in a statement of its own (``var url = '/api/v2/list/' +
  el.dataset.catalog + '?pageNo=' + n;`` then ``$.getJSON(url, …)``, a name set once, read as its
  expression: ``_inlined``) or by a template literal (`` `${nav.dataset.api}?page=${p}` ``, read as
  the concatenation it writes: ``_untemplated``) — of a list whose first page is in the HTML and
  whose later pages the pager element's data attributes (``data-total``) declare.

* names a script reads from the page: a config object's members (``$.getJSON(listCfg.api, {channelId:
  listCfg.channelId, …})`` with ``var listCfg = {api: '/api/content/list', …}`` — the call often in a
  script *file* of the page, which the base reads), and data attributes (``btn.dataset.api``,
  ``$(this).data('url')`` with ``<button data-api="/nb/list.json">``, ``loadmore.page_data``).  A list
  that grows in place by a "加载更多" control or a scroll sentinel is ``loadmore``'s.

One recogniser and one reader, pure functions of the page and of the answers:

* ``script_lists``: the requests a page's scripts make, built only from what the script says (the
  URL, the literals and the variables it sets — ``var channelId = 1578`` — and the one parameter
  that is the page number); a call whose other parameters do not resolve is left out (nothing is
  guessed), and so is a call with no page parameter — but a GET of one whole JSON document
  (``_data_call``: ``$.getJSON(url, cb)``, ``fetch(url).then(r => r.json())``, ``dataType: 'json'``, a
  ``.json`` URL; no parameters, no page or batch in its query), one request with no page, as a feed's.
* ``ScriptList.url(page)`` / ``.fields(page)``: the request for one page, as the script makes it
  (GET: the fields in the query, in the script's order; POST: the fields as the form, or
  ``.json_body(page)`` when the script sends JSON — numbers stay numbers, objects and arrays as written).
* ``scriptanswers.json_list`` (the answers' reader, its own module): the entries of a JSON answer
  (the first array of objects that have a URL and a Chinese title, wherever it sits) and the counts
  it declares (``total``, ``pages``); None when the answer is not JSON — the base then reads it as
  HTML rows (a list put into a ``<div>``).

A list a script fills from a feed (``$.get('/zwgk/nb/rss.xml', function (xml) {…})``, the page's
``<link rel="alternate" type="application/rss+xml" href="…">``) is one request with no page
(``page_key`` empty): ``script_lists`` names a call whose URL is a feed's (``.xml``, ``.rss``,
``.atom``, a path saying rss, atom or feed) and ``feed_links`` the feeds a page's head links; its
answer is read by ``scriptanswers.xml_list``: the items of an RSS 2.0 feed (``<item><title><link>``), an Atom feed
(``<entry><title><link href>``) or a plain XML list (the repeated element whose children hold a URL
and a Chinese title) — parsed safely (defusedxml, no DTD hence no entities, size-capped).  A paged
feed (RFC 5005) names its next document (``scriptanswers.feed_next``: ``<link rel="next">``), read as the same list.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import urlencode, urljoin, urlsplit

from parsel import Selector

from govcrawl.crawl.jsliteral import literal_end, object_pairs
from govcrawl.crawl.pagers.model import is_offset_name
from govcrawl.crawl.pagersettings import script_value

MAX_CALLS = 10
_PAGE_KEY = re.compile(r"^(?:page|pageno|page_no|pagenum|pageindex|page_index|currentpage|curpage|currpage|cur_page"
                       r"|current|pn|p)$", re.I)
_SIZE_KEY = re.compile(r"size|rows|limit|perPage", re.I)
# A page's data attribute as a script reads it (``btn.dataset.api``, ``$(this).data('url')``,
# ``$('#more').attr('data-size')``, ``el.getAttribute('data-total')``): the value the page's element says.
DATA_REF_RE = re.compile(r"""(?:[A-Za-z_$][\w$]*|\$\(\s*(?:this|["'][^"'()\n]{1,60}["'])\s*\))"""
                          r"""(?:\.dataset\.([A-Za-z_$][\w$]*)|\.data\(\s*["']([\w-]+)["']\s*\)"""
                          r"""|\.(?:attr|getAttribute)\(\s*["']data-([\w-]+)["']\s*\))""")
_DATA_REF = DATA_REF_RE.pattern.replace("([", "(?:[")  # embedded in the patterns below: no groups
# A variable, or a member of an object the script sets (``listCfg.api`` with ``var listCfg = {api: …}``).
_NAME = r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*"
_TOKEN = rf"""["'][^"'\n]*["']|{_DATA_REF}|{_NAME}"""
_EXPR = rf"""(?:{_TOKEN})(?:\s*\+\s*(?:{_TOKEN}))*"""
_CALL = re.compile(rf"""\$\.(getJSON|get|post)\(\s*({_EXPR})\s*,\s*\{{([^{{}}]{{0,600}})\}}""")
_AJAX = re.compile(r"""\$\.ajax\(\s*\{""")
AJAX_CHARS = 800  # an $.ajax call's settings are read from this much of the script after it
# A URL expression is read only whole: up to the end of its option (``url: api + id,``) or argument
# (``fetch(api + id)``) — ``'nbdata_' + (pageIndex + 1) + '.json'`` is no ``'nbdata_'`` request.
_AJAX_URL = re.compile(rf"""\burl\s*:\s*({_EXPR})(?=[ \t]*(?:[,}}\r\n]|//|/\*|$))""")
_AJAX_DATA = re.compile(r"""\bdata\s*:\s*(?:JSON\.stringify\(\s*)?(?:\{([^{}]*)\}|([A-Za-z_$][\w$]*))""")
_AJAX_JSON = re.compile(r"""\bdata\s*:\s*JSON\.stringify\(|\bcontentType\s*:\s*['"]application/json""", re.I)
# ``var params = {channelCode: "zfxxgknb", pageNo: 1, pageSize: 4};`` — the object a call sends by name.
_OBJECT_VAR = r"""(?:var|let|const)?\s*(?<![\w$.]){name}\s*=\s*\{{([^{{}}]{{0,600}})\}}"""
_NUMBER = re.compile(r"-?\d+")
_AJAX_POST = re.compile(r"""\b(?:type|method)\s*:\s*['"]post['"]""", re.I)
# A GET whose URL expression holds the page (``…&page=' + page``); an object literal after the URL,
# when there is one, is read by ``_CALL`` instead.
_URL_CALL = re.compile(rf"""(?:\bfetch|\$\.getJSON|\$\.get|\baxios\.get)\(\s*({_EXPR})(?=\s*[,)])""")
# A parameter: ``key: value`` (``page: ++page``, ``size: +cfg.size`` — a number made of the variable).
_PAIR = re.compile(rf"""['"]?([A-Za-z_$][\w$]*)['"]?\s*:\s*(?:\+\+|\+(?!\+))?\s*"""
                   rf"""(-?\d+|"[^"\n]*"|'[^'\n]*'|{_DATA_REF}|{_NAME})""")
_PIECE = re.compile(rf"""(['"])([^'"]*)\1|({_DATA_REF}|{_NAME})""")
_LITERALS = {"true": "true", "false": "false"}
# A feed's or an XML list's URL: its file's extension, or a path segment that says rss, atom or feed.
_FEED_URL = re.compile(r"^[^?#]*(?:\.(?:xml|rss|atom)(?=$|[?#])|/(?:rss|atom|feeds?)(?:[/._?#-]|$))", re.I)
_FEED_TYPE = re.compile(r"^application/(?:rss|atom)\+xml$|^(?:application|text)/xml$", re.I)
# A JSON document's URL (``/zwgk/bmnb/units.json?v=2``), and what says a call reads its answer as JSON:
# ``$.getJSON`` itself, an ``$.ajax``'s ``dataType: 'json'``, a ``fetch(…).then(r => r.json())``.
_JSON_URL = re.compile(r"^[^?#]*\.json(?=$|[?#])", re.I)
_JSON_TYPE = re.compile(r"""\bdataType\s*:\s*['"]json['"]""", re.I)
_JSON_READ = re.compile(r"""\.json\(\s*\)""")
# Parameters after a call's URL: ``, {…}`` or ``, params, callback`` (a lone name is the callback).
_PARAMS_AFTER = re.compile(r"\s*,\s*(?:\{|[A-Za-z_$][\w$]*\s*,)")
JSON_READ_CHARS = 200  # how far after a ``fetch(`` its ``.json()`` is looked for


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
    nested: frozenset[str] = frozenset()   # keys whose values are objects or arrays (held as JSON text)

    def json_body(self, page: int) -> str:
        """The JSON body the script sends for page ``page`` (its numbers as numbers, its objects and
        arrays as it writes them)."""
        fields = self.fields(page)
        return json.dumps({k: json.loads(v) if k in self.nested else
                           int(v) if (k in self.numbers or k == self.page_key) and _NUMBER.fullmatch(v) else v
                           for k, v in fields.items()}, ensure_ascii=False, separators=(",", ":"))

    def fields(self, page: int) -> dict[str, str]:
        return {key: str(page) if key == self.page_key else value for key, value in self.params}

    def url(self, page: int) -> str:
        if self.method == "POST" or (not self.params and not self.page_key):  # a feed: no query of its own
            return self.endpoint
        joiner = "&" if "?" in self.endpoint else "?"
        return f"{self.endpoint}{joiner}{urlencode(self.fields(page))}"


class Scope(NamedTuple):
    """What a script's names resolve against: its text (``var`` and object literals it sets) and the
    page's data attributes (``data-api="/nb/list.json"``, by name, each with one value on the page)."""

    text: str
    data: dict[str, str]


def _camel_to_data(name: str) -> str:
    """``dataset.pageSize`` names ``data-page-size``."""
    return re.sub(r"[A-Z]", lambda m: "-" + m[0].lower(), name)


def token_value(token: str, scope: Scope, depth: int = 0) -> str | None:
    """The value of one token of a script (a literal, a variable or an object's member the script
    sets, a page's data attribute read), as text; None when ``scope`` does not give it."""
    if token in _LITERALS:
        return _LITERALS[token]
    if token.startswith("-") and token[1:].isdigit():
        return token
    data = DATA_REF_RE.fullmatch(token)
    if data:
        return scope.data.get((_camel_to_data(data[1]) if data[1] else data[2] or data[3]).lower())
    if "." in token:  # ``listCfg.api``: the member of the object literal the script sets
        name, _, member = token.partition(".")
        body = _object_variable(name, scope.text) if depth == 0 and "." not in member else None
        pair = next((t for k, t in _PAIR.findall(body or "") if k == member), None)
        return None if pair is None else token_value(pair, scope, depth + 1)
    value = script_value(token, scope.text)
    return None if value is None else str(value)


def _fields(pairs: list[tuple[str, str]], scope: Scope,
            nested: dict[str, str] | None = None) -> tuple[tuple[tuple[str, str], ...], str, int | None] | None:
    """(params, page key, page size) of a call's object literal; None if a parameter other than the
    page does not resolve, or none is the page.  ``nested``: the keys whose values are objects or
    arrays, already read (``jsliteral.object_pairs``), as JSON text."""
    params: list[tuple[str, str]] = []
    page_key, size = None, None
    for key, token in pairs:
        if nested and key in nested:
            params.append((key, nested[key]))
            continue
        if page_key is None and _PAGE_KEY.match(key):
            page_key = key
            params.append((key, "1"))
            continue
        value = token_value(token, scope)
        if value is None:
            return None
        params.append((key, value))
        if size is None and _SIZE_KEY.search(key) and value.isdigit():
            size = int(value)
    return (tuple(params), page_key, size) if page_key else None


# A URL a script builds in a statement of its own before the call (``var url = '/api/v2/list/' +
# el.dataset.catalog + '?page=' + n;`` then ``$.getJSON(url, render)``): the name is read as the
# expression it is set to — when the script sets it once (nothing is picked), a few names deep.
_BUILT = r"""(?<![\w$.?&/'"]){name}\s*=(?!=)\s*({expr})\s*(?=[;,)\n]|$)"""
MAX_BUILT_DEPTH = 3
MAX_BUILT_ASSIGNMENTS = 5  # assignments of one name read (more: a name the script reuses, not a URL)
# A template literal (`` `/api/list/${cat}?page=${page}` ``): read as the concatenation it writes when each
# ``${…}`` holds one name (a variable, an object's member, a data attribute) and its text no quote.
_TEMPLATE = re.compile(r"`([^`\\]{0,400})`")
_TEMPLATE_SLOT = re.compile(r"\$\{([^{}]{0,80})\}")
MAX_TEMPLATES = 200  # template literals read from one page's scripts


def _concatenation(template: re.Match[str]) -> str:
    """A template literal written as the string concatenation it is (``'/api/' + cat + '?page=' +
    page``); the literal itself when a slot holds more than a name or its text a quote."""
    body, texts, names, at = template[1], [], [], 0
    for slot in _TEMPLATE_SLOT.finditer(body):
        name = slot[1].strip()
        if not re.fullmatch(rf"{_DATA_REF}|{_NAME}", name):
            return template[0]
        texts.append(body[at:slot.start()])
        names.append(name)
        at = slot.end()
    texts.append(body[at:])
    if any("${" in text or re.search(r"['\"\n]", text) for text in texts):
        return template[0]
    pieces = [f"'{texts[0]}'"]
    for name, text in zip(names, texts[1:], strict=True):
        pieces += [name, f"'{text}'"] if text else [name]
    return " + ".join(pieces)


def _untemplated(text: str) -> str:
    """The scripts with their template literals written as concatenations (``_concatenation``)."""
    count = 0

    def one(template: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return _concatenation(template) if count <= MAX_TEMPLATES else template[0]

    return _TEMPLATE.sub(one, text)


def _inlined(expr: str, scope: Scope, depth: int = 0) -> str:
    """``expr`` with each name the script sets once to an expression (``_BUILT``) written as that
    expression — read before the name's value, which would be the expression's first literal only
    (``script_value`` reads ``var url = '/api/' + id`` as ``'/api/'``)."""
    pieces = []
    for piece in _PIECE.finditer(expr):
        name = piece[3]
        if depth >= MAX_BUILT_DEPTH or name is None or DATA_REF_RE.fullmatch(name):
            pieces.append(piece[0])
            continue
        pattern = re.compile(_BUILT.format(name=re.escape(name), expr=_EXPR))
        assignments = [m[1].strip() for m in itertools.islice(pattern.finditer(scope.text), MAX_BUILT_ASSIGNMENTS + 1)]
        built = set(assignments) if len(assignments) <= MAX_BUILT_ASSIGNMENTS else set()
        own = next(iter(built)) if len(built) == 1 else None
        if own is None or any(p[3] == name for p in _PIECE.finditer(own)):  # unset, set twice, or itself
            pieces.append(piece[0])
            continue
        pieces.append(_inlined(own, scope, depth + 1))
    return " + ".join(pieces)


def _url(expr: str, scope: Scope) -> str | None:
    """A URL expression whose pieces are all literals or variables the script sets."""
    url = ""
    for piece in _PIECE.finditer(_inlined(expr, scope)):
        value = piece[2] if piece[2] is not None else token_value(piece[3], scope)
        if value is None:
            return None
        url += value
    return url or None


def _paged_url_call(expr: str, scope: Scope, base_url: str) -> ScriptList | None:
    """``fetch('/api/list?catId=' + catId + '&page=' + p)``: the URL with the page's variable out (the
    one variable the script does not set, right after a page parameter's ``=``); None without one."""
    url, page_key = "", None
    for piece in _PIECE.finditer(_inlined(expr, scope)):
        if piece[2] is not None:
            url += piece[2]
            continue
        value = token_value(piece[3], scope)
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


# ``data: JSON.stringify({…`` or ``data: {…``, the object literal opening at the match's end.
_AJAX_DATA_OBJECT = re.compile(r"""\bdata\s*:\s*(?:JSON\.stringify\(\s*)?\{""")
# The other JSON POSTs of a script: ``axios.post(url, {…})`` (axios sends an object as JSON) and
# ``fetch(url, {method: 'POST', body: JSON.stringify({…})})``.
_AXIOS_POST = re.compile(rf"""\baxios\.post\(\s*({_EXPR})\s*,\s*(?=\{{)""")
_FETCH_OPTIONS = re.compile(rf"""\bfetch\(\s*({_EXPR})\s*,\s*(?=\{{)""")
_FETCH_BODY = re.compile(r"""\bbody\s*:\s*JSON\.stringify\(\s*(?=\{)""")


def _numeric(token: str, scope: Scope) -> bool:
    """Does the script write this value as a number (``4``, ``var size = 4``, ``cfg.pageSize`` with
    ``var cfg = {pageSize: 4}``)?"""
    if _NUMBER.fullmatch(token) or isinstance(script_value(token, scope.text), int):
        return True
    name, _, member = token.partition(".")
    if not member or "." in member or DATA_REF_RE.fullmatch(token):
        return False
    pair = next((t for k, t in _PAIR.findall(_object_variable(name, scope.text) or "") if k == member), None)
    return pair is not None and _NUMBER.fullmatch(pair) is not None


def _leaf(source: str, scope: Scope) -> str | int | None:
    """A piece of a JSON body's literal (``jsliteral``) that is a number, a name the script sets or a
    page's data attribute: its value, a number when the script writes one (``_numeric``); None when
    it is no such piece or does not resolve."""
    if not re.fullmatch(_TOKEN, source):
        return None
    value = token_value(source, scope)
    if value is None:
        return None
    return int(value) if _NUMBER.fullmatch(value) and _numeric(source, scope) else value


def script_lists(scripts: list[str], base_url: str, attrs: dict[str, str] | None = None) -> list[ScriptList]:
    """The list requests of a page's scripts (see the module docstring); ``attrs``: the page's data
    attributes (``loadmore.page_data``), which a script may read its URL or parameters from."""
    text = _untemplated("\n".join(scripts))
    scope = Scope(text, attrs or {})
    found: list[ScriptList] = []

    def add(url_expr: str, body: str, method: str, as_json: bool = False) -> None:
        url = _url(url_expr, scope)
        # A JSON body may nest objects and arrays (read whole); a form's or a query's fields are flat.
        read = object_pairs(body, lambda piece: _leaf(piece, scope)) if as_json and re.search(r"[{\[]", body) \
            else None
        if as_json and read is None and re.search(r"[{\[]", body):
            return
        pairs, nested = read if read is not None else (_PAIR.findall(body), {})
        fields = _fields(pairs, scope, nested)
        if url and fields and not url.startswith(("javascript:", "#")):
            params, page_key, size = fields
            numbers = frozenset(k for k, token in pairs if k not in nested and _numeric(token, scope))
            found.append(ScriptList(urljoin(base_url, url), method, params, page_key, size, as_json,
                                    numbers if as_json else frozenset(), frozenset(nested)))

    for match in _CALL.finditer(text):
        add(match[2], match[3], "POST" if match[1] == "post" else "GET")
    for match in _AJAX.finditer(text):
        settings = text[match.end(): match.end() + AJAX_CHARS].split("$.ajax(", 1)[0]
        url, data = _AJAX_URL.search(settings), _AJAX_DATA.search(settings)
        body = (data[1] if data[1] is not None else _object_variable(data[2], text)) if data else None
        opened = _AJAX_DATA_OBJECT.search(settings)
        if body is None and opened:  # an object literal with objects or arrays in it: read whole
            start = match.end() + opened.end() - 1
            end = literal_end(text, start)
            body = text[start + 1:end - 1] if end else None
        if url and body is not None:
            posted = bool(_AJAX_POST.search(settings))
            add(url[1], body, "POST" if posted else "GET", as_json=posted and bool(_AJAX_JSON.search(settings)))
        elif url and not _AJAX_POST.search(settings):  # no data: the page is in the URL, if anywhere
            call = (_paged_url_call(url[1], scope, base_url) or _feed_call(url[1], scope, base_url)
                    or _data_call(url[1], scope, base_url, bool(_JSON_TYPE.search(settings))))
            if call is not None:
                found.append(call)
    for match in _AXIOS_POST.finditer(text):
        end = literal_end(text, match.end())
        if end:
            add(match[1], text[match.end() + 1:end - 1], "POST", as_json=True)
    for match in _FETCH_OPTIONS.finditer(text):
        end = literal_end(text, match.end())
        options = text[match.end():end] if end else ""
        body = _FETCH_BODY.search(options)
        if _AJAX_POST.search(options) and body:
            close = literal_end(options, body.end())
            if close:
                add(match[1], options[body.end() + 1:close - 1], "POST", as_json=True)
    for match in _URL_CALL.finditer(text):
        as_json = match[0].startswith("$.getJSON") or bool(
            _JSON_READ.search(text, match.end(), match.end() + JSON_READ_CHARS))
        # A call with an object after its URL sends parameters (``_CALL`` reads those): no document.
        whole = not _PARAMS_AFTER.match(text, match.end())
        call = (_paged_url_call(match[1], scope, base_url) or _feed_call(match[1], scope, base_url)
                or (_data_call(match[1], scope, base_url, as_json) if whole else None))
        if call is not None:
            found.append(call)
    return list(dict.fromkeys(found))[:MAX_CALLS]


def _feed_call(expr: str, scope: Scope, base_url: str) -> ScriptList | None:
    """A GET of a feed (``$.get('/zwgk/nb/rss.xml', function (xml) {…})``): its URL, all of it
    literals or names the script sets, one request with no page; None for any other URL."""
    url = _url(expr, scope)
    return _feed(urljoin(base_url, url)) if url and _FEED_URL.match(url) else None


def _data_call(expr: str, scope: Scope, base_url: str, as_json: bool) -> ScriptList | None:
    """A GET of one JSON document that holds a whole list — a 部门年报 page's units with their links
    (``$.getJSON('/zwgk/bmnb/data/bmnb.json?v=…', render)``, ``fetch('/nb/units.json')``, an
    ``$.ajax`` with ``dataType: 'json'``): its URL, all of it literals or names the script sets, one
    request with no page, as a feed's; None unless the call or the URL says JSON."""
    url = _url(expr, scope)
    if not url or url.startswith(("javascript:", "#")) or not (as_json or _JSON_URL.match(url)):
        return None
    # A URL that names a page or a batch (``?limit=5&offset=5``, a sentinel's ``data-next``) is one
    # page of a longer list — the load-more and next-link readers' — not the whole document.
    keys = [k for k, _, _v in (p.partition("=") for p in urlsplit(url).query.split("&"))]
    if any(_PAGE_KEY.match(k) or _SIZE_KEY.search(k) or is_offset_name(k) for k in keys):
        return None
    return _feed(urljoin(base_url, url))


def _feed(url: str) -> ScriptList:
    return ScriptList(url, "GET", (), "")


def feed_links(sel: Selector, base_url: str) -> list[ScriptList]:
    """The feeds a page's head links (``<link rel="alternate" type="application/rss+xml" href="…">``,
    Atom's too), each one request with no page."""
    found = []
    for node in sel.xpath("//link[@href][@type]")[:MAX_CALLS]:
        rel = node.attrib.get("rel", "").lower().split()
        href = node.attrib["href"].strip()
        if "alternate" in rel and _FEED_TYPE.match(node.attrib["type"].strip()) and href \
                and not href.lower().startswith(("javascript:", "#")):
            found.append(_feed(urljoin(base_url, href)))
    return list(dict.fromkeys(found))
