"""What a pager's settings declare (portals.md §1.2, §7): one vocabulary of names for a list's
record count, page count, page size and current page, read wherever a page or an answer states them —
a ``pageParam`` element's ``data``, a JSON data block, a pager widget's options object, a list API's
JSON answer (``scriptlists``) — each value a number, a variable the page's scripts set, or an
expression over them (``jsexpr``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl

from govcrawl.crawl import jsexpr

# Not a name inside a URL string (``'?page=' + page``: a query parameter, not an assignment).
_JS_VAR = r"""(?:var|let|const)?\s*(?<![\w$.?&/'"]){name}\s*=\s*(\d+|"[^"\n]*"|'[^'\n]*')"""
_NAME = re.compile(r"^[A-Za-z_$][\w$.]*$")

# What a pager's settings declare, by key (a ``pageParam`` element's ``data``, a pager widget's
# options object, a list API's JSON answer): they name the same four numbers differently (海云
# ``totalPage``/``totalRecord``, ``pageCount``/``total``, layui's ``count``/``limit``/``curr``,
# ``pageSize``, ``perPage``, Spring's ``totalElements``, jQuery plugins' ``totalData``/``showData``,
# ``items``/``itemsOnPage``, ``totalCounts`` …).  Compared lower-cased; within a kind, the first name
# listed that is present wins (``count`` last: some answers use it for one page's rows).
SETTING_KEYS = {
    "records": ("total", "totalcount", "totalrecord", "totalrecords", "totalelements", "recordcount", "totalnum",
                "totalrow", "totalrows", "rowcount", "totaldata", "totalnumber", "totalcounts", "totalitems", "items",
                "count"),
    "pages": ("pages", "totalpage", "totalpages", "pagecount", "pagetotal", "countpage", "maxpage"),
    "size": ("pagesize", "perpage", "limit", "size", "rows", "pagelimit", "numperpage", "showdata", "itemsonpage",
             "itemsperpage"),
    "current": ("current", "currentpage", "curr", "curpage", "pageno", "pageindex", "page", "cur", "nowpage",
                "pagenumber", "startpage"),
}
_SETTING = re.compile(r"""(?<![\w$.])["']?([A-Za-z_$][\w$]*)["']?\s*:\s*""")
OPTIONS_CHARS = 2000  # how far an options object is read (a pager's options are a few lines)


def script_value(token: str, text: str, fields: jsexpr.Fields | None = None) -> int | str | None:
    """A literal argument, or the value a script gives that variable (``var countPage = 7``,
    ``var _sPageName = "index"``), or an expression over both (``Math.ceil(recordCount / pageSize)``,
    ``jsexpr``) and the page's form fields (``fields``: ``parseInt($('#hidTotal').val())``): a number
    as an int, a string without its quotes."""
    if token.isdigit():
        return int(token)
    if token[:1] in "\"'" and token[-1:] == token[:1] and len(token) > 1:
        return token[1:-1]
    match = re.search(_JS_VAR.format(name=re.escape(token)), text) if _NAME.match(token) else None
    if match is None:
        value = jsexpr.evaluate(token, text, fields=fields)
        return value if isinstance(value, (int, str)) else None  # an unread or fractional count: None
    found = match[1]
    return int(found) if found.isdigit() else found[1:-1]


@dataclass
class Settings:
    """The four numbers a pager's settings may declare."""

    records: int | None = None
    pages: int | None = None
    size: int | None = None
    current: int | None = None

    @classmethod
    def declared_by(cls, values: dict[str, int]) -> Settings:
        """The four numbers ``values`` declare, whatever their keys are called (``SETTING_KEYS``)."""
        return cls(*(declared_setting(values, kind) for kind in ("records", "pages", "size", "current")))

    @property
    def declared(self) -> bool:
        return self.records is not None or self.pages is not None

    @property
    def page_count(self) -> int | None:
        """The pages declared, else those the record count and page size make."""
        if self.pages is not None:
            return self.pages
        if self.records is not None and self.size:
            return max(1, -(-self.records // self.size))
        return None


def declared_setting(values: dict[str, int], kind: str) -> int | None:
    """The number of ``kind`` (``records``, ``pages``, ``size``, ``current``) that ``values`` declare,
    whatever the key is called (``SETTING_KEYS``)."""
    lowered: dict[str, int] = {}
    for key, value in values.items():
        lowered.setdefault(key.lower(), value)
    return next((lowered[name] for name in SETTING_KEYS[kind] if name in lowered), None)


def settings(options: str, script: str = "", fields: jsexpr.Fields | None = None) -> Settings:
    """The counts an options text declares (``{totalPage:3,currentPage:1,totalRecord:7}``), each
    value a number, a variable ``script`` sets (``count: total`` with ``var total = 37``) or an
    expression over them (``pageCount: Math.ceil(total / 10)``) and the page's form fields."""
    values: dict[str, int] = {}
    options = options[:OPTIONS_CHARS]
    for match in _SETTING.finditer(options):
        key = match[1]
        if key in values or not any(key.lower() in names for names in SETTING_KEYS.values()):
            continue
        value = script_value(jsexpr.expression_at(options, match.end()).strip(), script, fields)
        if isinstance(value, str) and value.isdigit():
            value = int(value)  # ``"totalPage": "3"``
        if isinstance(value, int):
            values[key] = value
    return Settings.declared_by(values)


def object_literal(text: str) -> str | None:
    """The object literal ``text`` opens with (after blanks), up to its closing brace — braces inside
    its strings skipped; None when ``text`` opens no object or does not close it (the caller bounds
    ``text``)."""
    start = len(text) - len(text.lstrip())
    if not text[start:].startswith("{"):
        return None
    depth, quote, escaped = 0, "", False
    for index in range(start, len(text)):
        char = text[index]
        if quote:
            escaped, quote = (not escaped and char == "\\"), ("" if char == quote and not escaped else quote)
            continue
        if char in "'\"":
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return text[start:index + 1]
    return None


# -- the parameters a script sends with a list request -------------------------------------------
# A widget's ``ajaxParam``, jQuery's ``data``: an object literal (``{columnid: 4471, unitid: '8830'}``,
# keys quoted or not, values literals or variables the script sets), a query string (``'col=1&
# columnid=4471'``, or one built from variables: ``'columnid=' + cid + '&unitid=' + uid``), or a
# variable that holds either (``ajaxParam: param`` after ``var param = {…}``).  Every form says the
# same thing, and the server wants all of it (portals.md §1.3).
_IDENTIFIER = re.compile(r"^[A-Za-z_$][\w$]*$")
_MEMBER = re.compile(r"""^\s*(?:["']([^"'\n]{1,80})["']|([A-Za-z_$][\w$]*))\s*:\s*(.*?)\s*$""", re.S)
_STRING = re.compile(r"""^(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")$""")
_JS_LITERALS = {"true": "true", "false": "false", "null": "", "undefined": ""}
MAX_MEMBERS = 100


def split_top(text: str, separator: str) -> list[str]:
    """``text`` split at the ``separator`` characters outside its strings, brackets and braces."""
    pieces: list[str] = []
    depth, quote, escaped, begin = 0, "", False, 0
    for index, char in enumerate(text):
        if quote:
            escaped, quote = (not escaped and char == "\\"), ("" if char == quote and not escaped else quote)
        elif char in "'\"":
            quote = char
        elif char in "{[(":
            depth += 1
        elif char in "}])":
            depth -= 1
        elif char == separator and depth == 0:
            pieces.append(text[begin:index])
            begin = index + 1
    pieces.append(text[begin:])
    return pieces


def object_members(literal: str) -> dict[str, str]:
    """The top-level members of an object literal (``{a: 1, 'b': f(x, y), c: {…}}``): key → the
    source text of its value (nested objects, calls and strings kept whole)."""
    inner = literal.strip()
    if not (inner.startswith("{") and inner.endswith("}")):
        return {}
    members: dict[str, str] = {}
    for piece in split_top(inner[1:-1], ",")[:MAX_MEMBERS]:
        match = _MEMBER.match(piece)
        if match:
            members.setdefault(match[1] or match[2], match[3])
    return members


def _assigned(name: str, script: str) -> str | None:
    """The source text right after a script's ``name = `` (``var name = {…}``, ``var name = '…'``)."""
    match = re.search(rf"(?<![\w$.?&/'\"]){re.escape(name)}\s*=(?!=)\s*", script)
    return script[match.end(): match.end() + OPTIONS_CHARS] if match else None


def _typed(raw: str, script: str) -> int | float | str | None:
    raw = raw.strip()
    if raw in _JS_LITERALS:
        return _JS_LITERALS[raw]
    if _STRING.match(raw):
        return re.sub(r"\\(.)", r"\1", raw[1:-1])
    value = jsexpr.evaluate(raw, script)
    if value is not None:
        return value
    pieces = split_top(raw, "+")
    if len(pieces) < 2 or len(pieces) > MAX_MEMBERS:
        return None
    # A string joined from pieces (``'columnid=' + cid + '&unitid=' + 8830``): the request's text,
    # as JavaScript joins a string and a number (the count evaluator, ``jsexpr``, never coerces).
    joined: int | float | str | None = None
    for piece in pieces:
        part = _typed(piece, script)
        if part is None:
            return None
        if joined is None:
            joined = part
        elif isinstance(joined, str) or isinstance(part, str):
            joined = _as_text(joined) + _as_text(part)
        else:
            joined = joined + part
    return joined


def _as_text(value: int | float | str) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parameter_value(raw: str, script: str = "") -> str | None:
    """A parameter's value as a request sends it: a literal (a string, a number, ``true``), else what
    the script sets the expression to (``cid``, ``'columnid=' + cid``); None when it does not say."""
    value = _typed(raw, script)
    return None if value is None else _as_text(value)


def request_parameters(value: str, script: str = "", depth: int = 2) -> dict[str, str] | None:
    """The parameters a script value sends with a request (see above): name → value, in order; a
    member whose value the script does not say is sent as its source text (``webname: siteName``);
    None when ``value`` is none of the forms."""
    value = value.strip()
    if value.startswith("{"):
        literal = object_literal(value)
        if literal is None:
            return None
        return {key: found if (found := parameter_value(raw, script)) is not None else raw
                for key, raw in object_members(literal).items()}
    if _IDENTIFIER.match(value) and depth > 0 and value not in _JS_LITERALS:
        assigned = _assigned(value, script)
        if assigned is not None and assigned.lstrip().startswith("{"):
            return request_parameters(assigned, script, depth - 1)
    text = parameter_value(value, script)
    if text is None or "=" not in text:
        return None
    return dict(parse_qsl(text.lstrip("?&"), keep_blank_values=True))


MAX_COUNTED_CHARS = 32 * 1024  # a pager's script read for the counts its variables name
_JS_NUMBER_VAR = re.compile(r"""(?<![\w$.])([A-Za-z_$][\w$]*)\s*=\s*["']?(\d{1,9})["']?\s*[;,\n]""")
# A type prefix before a variable's name (TRS's stock ``_nRecordCount``, ``iPageCount``).
_TYPE_PREFIX = re.compile(r"^[_$]*(?:[a-z](?=[A-Z]))?")


def bare_name(name: str) -> str:
    """A variable's or parameter's name without its type prefix (``_nRecordCount`` → ``RecordCount``),
    as ``SETTING_KEYS`` names it."""
    return _TYPE_PREFIX.sub("", name)


def script_counts(script: str) -> Settings:
    """What a pager's script declares by its variables' names (``var countPage = 3; var recordCount =
    11;``, ``var _nRecordCount = 14``), the names read as a pager's settings are (``SETTING_KEYS``)."""
    values: dict[str, int] = {}
    for name, value in _JS_NUMBER_VAR.findall(script[:MAX_COUNTED_CHARS]):
        values.setdefault(bare_name(name), int(value))
    return Settings.declared_by(values)
