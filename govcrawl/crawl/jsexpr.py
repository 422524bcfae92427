"""A pager call's arguments, and a tiny bounded evaluator for them (portals.md §1.1, §1.2).

A pager's count is not always a literal: templates pass ``createPageHTML(Math.ceil(recordCount /
pageSize), 0, "index", "shtml")`` after ``var recordCount = 12; var pageSize = 4;``, ``parseInt(total)
+ 1``, ``Math.floor((nCount - 1) / 15) + 1``; a widget's options ``pageCount: Math.ceil(total / 10)``.
``evaluate`` reads such an expression — numbers, strings, ``+ - * / %``, parentheses, the few pure
functions templates use (``Math.ceil/floor/round/max/min/abs``, ``parseInt``, ``parseFloat``,
``Number``) and variables the page's scripts set (``var name = <expression>``, a few levels deep) —
never by running it (no ``eval``): anything else (a function call, a property of an object, an
unknown name) leaves it unread (``None``), bounded in length and depth.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator

Value = int | float | str

MAX_EXPRESSION_CHARS = 300   # an argument is a short expression
MAX_NAME_DEPTH = 4           # ``var pages = Math.ceil(total / size)`` → ``var total = …``: levels of names
MAX_NUMBER = 10**12          # beyond any page or record count: an id or a timestamp, not a count
MAX_ASSIGNMENTS = 5          # assignments of one name tried (``page = page + 1`` before ``var page = 1``)
MAX_CALLS = 20               # calls of one function read per page
_CALL_ARGS_CHARS = 600       # how far past ``name(`` a call's arguments are read

_TOKEN = re.compile(r"""\s*(?:(\d+(?:\.\d+)?)|"([^"\\\n]*)"|'([^'\\\n]*)'|([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)"""
                    r"""|([-+*/%(),]))""")
_FUNCTIONS: dict[str, Callable[..., float]] = {
    "Math.ceil": math.ceil, "Math.floor": math.floor, "Math.round": lambda x: math.floor(x + 0.5),
    "Math.abs": abs, "Math.max": max, "Math.min": min,
}
_NUMBER_OF = ("parseInt", "parseFloat", "Number")
# ``name = <expression>`` as a script sets it (not ``==``, not a URL's ``?page=``, not a field ``a.name =``).
_ASSIGNMENT = r"""(?<![\w$.?&/'"]){name}\s*=(?!=)\s*"""


class _Unread(Exception):
    """The expression is not one this evaluator reads."""


def _number(value: Value | None) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or abs(value) > MAX_NUMBER:
        raise _Unread
    return value


def _parse_number(text: str, integer: bool) -> float:
    match = re.match(r"\s*(-?\d+(?:\.\d+)?)", text)
    if match is None:
        raise _Unread
    return int(float(match[1])) if integer else float(match[1])


class _Parser:
    """Recursive descent over one expression's tokens; ``resolve`` gives a variable's value."""

    def __init__(self, text: str, resolve: Callable[[str], Value | None]) -> None:
        self.tokens: list[tuple[str, Value]] = []
        position = 0
        while position < len(text):
            match = _TOKEN.match(text, position)
            if match is None or match.end() == position:
                break  # something this evaluator does not read (``[``, ``?``, a backslash …)
            number, double, single, name, punct = match.groups()
            if number is not None:
                self.tokens.append(("num", float(number) if "." in number else int(number)))
            elif double is not None or single is not None:
                self.tokens.append(("str", double if double is not None else single or ""))
            elif name is not None:
                self.tokens.append(("name", name))
            else:
                self.tokens.append(("op", punct))
            position = match.end()
        self.complete = not text[position:].strip()
        self.index = 0
        self.resolve = resolve

    def peek(self) -> tuple[str, Value] | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self, op: str) -> bool:
        if self.peek() == ("op", op):
            self.index += 1
            return True
        return False

    def expression(self) -> Value:
        value = self.term()
        while (token := self.peek()) in (("op", "+"), ("op", "-")):
            self.index += 1
            right = self.term()
            if token == ("op", "+") and isinstance(value, str) and isinstance(right, str):
                value = value + right
            else:
                left, other = _number(value), _number(right)
                value = left + other if token == ("op", "+") else left - other
        return value

    def term(self) -> Value:
        value = self.unary()
        while (token := self.peek()) in (("op", "*"), ("op", "/"), ("op", "%")):
            self.index += 1
            left, right = _number(value), _number(self.unary())
            if token == ("op", "*"):
                value = left * right
            elif right == 0:
                raise _Unread
            else:
                value = left / right if token == ("op", "/") else math.fmod(left, right)
        return value

    def unary(self) -> Value:
        if self.take("-"):
            return -_number(self.unary())
        if self.take("+"):
            return _number(self.unary())
        return self.primary()

    def primary(self) -> Value:
        token = self.peek()
        if token is None:
            raise _Unread
        self.index += 1
        kind, value = token
        if kind in ("num", "str"):
            return value
        if token == ("op", "("):
            inner = self.expression()
            if not self.take(")"):
                raise _Unread
            return inner
        if kind != "name":
            raise _Unread
        name = str(value)
        if self.take("("):
            return self.call(name)
        resolved = self.resolve(name)
        if resolved is None:
            raise _Unread
        return resolved

    def call(self, name: str) -> Value:
        args = [self.expression()]
        while self.take(","):
            args.append(self.expression())
        if not self.take(")"):
            raise _Unread
        if name in _NUMBER_OF:
            first = args[0]
            value = first if isinstance(first, (int, float)) else _parse_number(str(first), name == "parseInt")
            return math.trunc(value) if name == "parseInt" else value
        function = _FUNCTIONS.get(name)
        if function is None or (len(args) != 1 and name not in ("Math.max", "Math.min")):
            raise _Unread
        return function(*(_number(arg) for arg in args))  # type: ignore[no-any-return]


def _clean(value: Value) -> Value:
    """An integral number as an int (``Math.ceil(12 / 4)`` is 3, not 3.0)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def evaluate(expression: str, script: str = "", depth: int = MAX_NAME_DEPTH) -> Value | None:
    """The value of ``expression`` (the whole of it), its variables as ``script`` sets them; None when
    it is not one this evaluator reads."""
    expression = expression.strip()
    if not expression or len(expression) > MAX_EXPRESSION_CHARS:
        return None
    parser = _Parser(expression, lambda name: variable(name, script, depth - 1))
    if not parser.complete:
        return None
    try:
        value = parser.expression()
    except (_Unread, ValueError, OverflowError, TypeError):
        return None
    return _clean(value) if parser.index == len(parser.tokens) else None


def variable(name: str, script: str, depth: int = MAX_NAME_DEPTH) -> Value | None:
    """The value ``script`` gives ``name`` (``var total = 12``, ``pages = Math.ceil(total / size);``)
    where it first sets it to something this evaluator reads; None when it never does."""
    if depth <= 0 or not script:
        return None
    for tries, match in enumerate(re.finditer(_ASSIGNMENT.format(name=re.escape(name)), script)):
        value = evaluate(expression_at(script, match.end()), script, depth)
        if value is not None or tries >= MAX_ASSIGNMENTS:
            return value
    return None


def expression_at(text: str, start: int) -> str:
    """The expression that starts at ``text[start]``: up to the first top-level ``,``, ``;``, ``)``,
    ``}``, comment or line end (parentheses and strings respected)."""
    depth, quote = 0, ""
    end = min(len(text), start + MAX_EXPRESSION_CHARS + 1)
    for index in range(start, end):
        char = text[index]
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif (char in ",;)}\n" or text.startswith(("//", "/*"), index)) and depth == 0:
            return text[start:index]
    return text[start:end]


def call_arguments(text: str, function: str) -> Iterator[tuple[int, list[str]]]:
    """The calls of ``function`` in ``text`` (the first ``MAX_CALLS``): where each starts, and its
    arguments' source text, split at top-level commas (``createPageHTML(Math.ceil(a / b), 0, "index",
    "html")`` → ``["Math.ceil(a / b)", "0", '"index"', '"html"']``)."""
    opening = re.compile(rf"(?<![\w$]){re.escape(function)}\s*\(")
    for calls, match in enumerate(opening.finditer(text)):
        if calls >= MAX_CALLS:
            return
        args: list[str] = []
        depth, quote, begin = 0, "", match.end()
        for index in range(match.end(), min(len(text), match.end() + _CALL_ARGS_CHARS)):
            char = text[index]
            if quote:
                quote = "" if char == quote else quote
            elif char in "'\"":
                quote = char
            elif char == "(":
                depth += 1
            elif char == ")" and depth:
                depth -= 1
            elif char in ",)" and depth == 0:
                args.append(text[begin:index].strip())
                begin = index + 1
                if char == ")":
                    yield match.start(), args
                    break
