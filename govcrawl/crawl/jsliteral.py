"""A JavaScript object or array literal as a page's script writes it, read without running anything
(portals.md §4.4): a JSON body's nested objects and arrays (``customFilter: {operator: "and",
properties: [{property: "channel_id", value: cfg.channelId}]}``, ``sorts: [{…}]`` — TRS 海云's 智能检索
``/irs/front/list``) read whole, bounded in length, depth and items.

Its own module because it is syntax only: where a literal closes (``literal_end``) and its value as
JSON would carry it (``object_pairs``) — objects, arrays, ``true``/``false``/``null``, quoted
strings.  Every other piece (a number, a name the script sets, a page's data attribute) is read by
the caller's ``leaf`` (``scriptlists``, which knows the script's names); a piece it does not read
leaves the whole literal unread (nothing is guessed).  ``jsexpr`` is the evaluator of expressions
(counts, addresses); it reads no object or array literal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from govcrawl.crawl.pagersettings import split_top

MAX_LITERAL_CHARS = 2000
MAX_LITERAL_DEPTH = 4
MAX_LITERAL_ITEMS = 40
_BRACKETS = {"{": "}", "[": "]", "(": ")"}
_ENTRY = re.compile(r"""['"]?([A-Za-z_$][\w$]*)['"]?\s*:\s*(.*)\Z""", re.S)
_UNREAD = object()  # a piece of a literal the script's text does not give (``null`` is a value)
# A literal's other pieces (a number, a name, a data attribute: its stripped source text), read by the
# caller: their value as JSON would carry it, or None when the script's text does not give it.
Leaf = Callable[[str], str | int | None]


def literal_end(text: str, start: int) -> int | None:
    """Where the object or array literal opened at ``text[start]`` closes (strings and brackets
    respected), just past it; None when it does not close within ``MAX_LITERAL_CHARS``."""
    closing, quote = [], ""
    for index in range(start, min(len(text), start + MAX_LITERAL_CHARS)):
        char = text[index]
        if quote:
            quote = "" if char == quote and text[index - 1] != "\\" else quote
        elif char in "'\"":
            quote = char
        elif char in _BRACKETS:
            closing.append(_BRACKETS[char])
        elif char in ")]}":
            if not closing or closing.pop() != char:
                return None
            if not closing:
                return index + 1
    return None


def _parts(body: str) -> list[str] | None:
    """An object's or array's body split at its top-level commas (``pagersettings.split_top``); None
    past ``MAX_LITERAL_ITEMS``."""
    found = [part.strip() for part in split_top(body, ",") if part.strip()]  # a trailing comma adds none
    return found if len(found) <= MAX_LITERAL_ITEMS else None


def _entries(body: str) -> list[tuple[str, str]] | None:
    """``key: value`` entries of an object literal's body, each value's source text; None if a part is
    no such entry (a spread, a method)."""
    entries = []
    for part in _parts(body) or []:
        entry = _ENTRY.match(part)
        if entry is None:
            return None
        entries.append((entry[1], re.sub(r"^(?:\+\+|\+(?!\+))\s*", "", entry[2].strip())))
    return entries


def _nested(source: str, leaf: Leaf, depth: int = 0, max_depth: int = MAX_LITERAL_DEPTH) -> object:
    """The value of a literal the script writes (an object, an array, a literal or a piece ``leaf``
    reads), as JSON would carry it; ``_UNREAD`` if any piece of it does not resolve (nothing is guessed)."""
    source = source.strip()
    if depth > max_depth:
        return _UNREAD
    if source[:1] in "{[":
        if literal_end(source, 0) != len(source):
            return _UNREAD
        if source[0] == "[":
            items = [_nested(part, leaf, depth + 1, max_depth) for part in _parts(source[1:-1]) or [""]] \
                if source[1:-1].strip() else []
            return _UNREAD if any(item is _UNREAD for item in items) else items
        entries = _entries(source[1:-1])
        if entries is None:
            return _UNREAD
        members = {key: _nested(value, leaf, depth + 1, max_depth) for key, value in entries}
        return _UNREAD if any(value is _UNREAD for value in members.values()) else members
    if source in ("true", "false", "null"):
        return json.loads(source)
    if source[:1] in "\"'" and source[-1:] == source[:1] and len(source) > 1 and source[0] not in source[1:-1]:
        return source[1:-1]
    value = leaf(source)
    return _UNREAD if value is None else value


def object_pairs(body: str, leaf: Leaf) -> tuple[list[tuple[str, str]], dict[str, str]] | None:
    """A JSON body's object literal (its body): its top-level ``key: token`` pairs, and those of its
    values that are objects or arrays, read whole (``_nested``) as JSON text; None if one is unread."""
    entries = _entries(body)
    if entries is None:
        return None
    nested: dict[str, str] = {}
    for key, value in entries:
        if value[:1] in "{[":
            read = _nested(value, leaf)
            if read is _UNREAD:
                return None
            nested[key] = json.dumps(read, ensure_ascii=False, separators=(",", ":"))
    return entries, nested


MAX_TREE_DEPTH = 12  # a column tree's levels, each an array and an object: six levels of columns


def _number(source: str) -> int | None:
    return int(source) if source.isdigit() else None


def literal_value(text: str, start: int) -> object | None:
    """The value of the literal opened at ``text[start]`` whose pieces are all written out — objects,
    arrays, strings, whole numbers, ``true``/``false``/``null`` (a gkmlpt script's ``tree: [{id: 2849,
    name: "…", children: […]}]``); None when it does not close or a piece is a name or an expression."""
    end = literal_end(text, start)
    if end is None:
        return None
    value = _nested(text[start:end], _number, max_depth=MAX_TREE_DEPTH)
    return None if value is _UNREAD else value
