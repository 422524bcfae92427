"""The page-file naming rule a list page's own pager function declares (portals.md §1.1, §1.2).

TRS pagers are re-implemented site by site: the call ``createPageHTML(…)`` says how many pages there
are, but which file is page *n* is the business of the function it calls.  When that function is in
the page, it says so itself::

    function createPageHTML(div, pages, cur, name, ext, total) {
      function u(n) { return n == 1 ? name + '.' + ext : name + '_' + (n - 1) + '.' + ext; }
      …

Here page 2 is ``name_1.ext``: the variable ``n`` is 1-based (``n == 1`` is the plain name) and the
file suffix is ``n - 1``.  The stock 4-argument template's ``i === 0 ? … : name + "_" + i + …`` is
0-based with the suffix ``i``.  ``page_rule`` reads such a rule — the expression ``<name> + "_" +
<n ± k> + "." + <ext>`` built from two of the function's own parameters, and the first-page test on
the same variable (``n == 1 ?``, ``i === 0 ?``, ``if (n > 1)``) that says where it counts from — and
which of the function's parameters are the page count, the current page and the record count (by
their names; else positions: numbers before the name are count then current, a number after the
extension is the record count).  No rule in the page: ``None`` (the family's convention applies).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DEFINITION = re.compile(r"function\s+([A-Za-z_$][\w$]*)\s*\(([^()]{0,300})\)\s*\{")
_IDENT = r"[A-Za-z_$][\w$]*"
# ``name + "_" + (n - 1) + "." + ext`` (also ``'_'``, ``"-"``, ``n``, ``(i + 1)``).
_FILE_EXPR = re.compile(rf"""({_IDENT})\s*\+\s*["']([_\-])["']\s*\+\s*\(?\s*({_IDENT})\s*(?:([-+])\s*(\d))?\s*\)?"""
                        rf"""\s*\+\s*["']\.["']\s*\+\s*({_IDENT})""")
# Parameter names, tried in this order (``nRecordCount`` is a record count, not a page count).
_RECORDS_NAME = re.compile(r"record|rows|total(?!page)", re.I)
_COUNT_NAME = re.compile(r"count|pages$|totalpage|maxpage|pagetotal", re.I)
_CURRENT_NAME = re.compile(r"cur|index|current|now|pageno|idx", re.I)
BODY_CHARS = 4000  # how far past a definition its body is read (a pager function is a few lines)


@dataclass(frozen=True)
class PageRule:
    """Where a pager function's arguments are, and how it names page n ≥ 2."""

    count: int            # argument positions
    current: int | None
    records: int | None
    name: int
    ext: int
    separator: str        # "_" or "-"
    base: int             # the value of the rule's variable on page 1 (0 or 1)
    shift: int            # file suffix = variable + shift

    def suffix(self, page: int) -> int:
        """The file suffix of 1-based page ``page``."""
        return page - 1 + self.base + self.shift

    def current_page(self, value: int) -> int:
        """A current-page argument as a 1-based page (counted as the rule's variable is)."""
        return value + 1 - self.base


def _base(body: str, var: str) -> int | None:
    """Where the rule's variable starts: the page-1 test on it (``n == 1 ?``, ``i === 0``, ``n > 1``)."""
    test = re.search(rf"(?<![\w$.]){re.escape(var)}\s*(?:===?|!==?|<=|>)\s*([01])(?!\d)", body)
    return int(test[1]) if test else None


def page_rule(text: str, function: str, arguments: int) -> PageRule | None:
    """The naming rule of the page's own definition of ``function`` (called with ``arguments``
    arguments), or None when the page does not define it or its body names no page file."""
    for definition in _DEFINITION.finditer(text):
        params = [p.strip() for p in definition[2].split(",") if p.strip()]
        if definition[1] != function or len(params) != arguments:
            continue
        body = text[definition.end(): definition.end() + BODY_CHARS]
        for expr in _FILE_EXPR.finditer(body):
            name, separator, var, sign, amount, ext = expr.groups()
            if name not in params or ext not in params:
                continue
            base = _base(body, var)
            if base is None:
                continue
            shift = (int(amount) if sign == "+" else -int(amount)) if sign else 0
            positions = _numbers(params, params.index(name), params.index(ext))
            if positions is None:
                continue
            count, current, records = positions
            return PageRule(count, current, records, params.index(name), params.index(ext), separator, base, shift)
    return None


def _numbers(params: list[str], name: int, ext: int) -> tuple[int, int | None, int | None] | None:
    """(count, current, records) positions: by the parameters' names, else by their places."""
    others = [i for i in range(len(params)) if i not in (name, ext)]
    by_name: dict[str, int] = {}
    for i in others:
        for role, pattern in (("records", _RECORDS_NAME), ("count", _COUNT_NAME), ("current", _CURRENT_NAME)):
            if role not in by_name and pattern.search(params[i]):
                by_name[role] = i
                break
    if "count" in by_name:
        return by_name["count"], by_name.get("current"), by_name.get("records")
    before = [i for i in others if i < min(name, ext)]
    after = [i for i in others if i > max(name, ext)]
    if not before:
        return None
    # A leading container id is a string argument; the caller checks the count is a number.
    numbers = before[-2:] if len(before) >= 2 else before
    return numbers[0], numbers[1] if len(numbers) > 1 else None, after[0] if after else None
