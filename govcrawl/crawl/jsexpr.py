"""A pager call's arguments, and a tiny bounded evaluator for them (portals.md §1.1, §1.2).

A pager's count is not always a literal: templates pass ``createPageHTML(Math.ceil(recordCount /
pageSize), 0, "index", "shtml")`` after ``var recordCount = 12; var pageSize = 4;``, ``parseInt(total)
+ 1``, ``Math.floor((nCount - 1) / 15) + 1``; a widget's options ``pageCount: Math.ceil(total / 10)``.
``evaluate`` reads such an expression — numbers, strings, ``+ - * / %``, parentheses, the few pure
functions templates use (``Math.ceil/floor/round/max/min/abs``, ``parseInt``, ``parseFloat``,
``Number``) and variables the page's scripts set (``var name = <expression>``, a few levels deep) —
never by running it (no ``eval``): anything else (a function call, a property of an object, an
unknown name) leaves it unread (``None``), bounded in length and depth.

Two more things templates read a count from, both still without running anything:

* a form field of the page (``<input type="hidden" id="hidTotal" value="13">``) read by the script:
  ``document.getElementById('hidTotal').value``, ``document.querySelector('#hidTotal').value``,
  ``$('#hidTotal').val()``, ``jQuery("[name=total]").val()``, ``document.getElementsByName('total')[0]
  .value``, ``document.forms[0].total.value``, ``document.pageForm.total.value`` — the field's
  ``value`` attribute as the page has it (``fields_of``), a string (``parseInt`` around it makes it a
  number);
* a one-expression helper function of the script (``function v(id) { return parseInt(document
  .getElementById(id).value, 10); }``, ``var v = function (id) { return …; }``, ``const v = (id) =>
  …``): its expression with its parameters bound to the call's arguments.
"""

from __future__ import annotations

import html
import math
import operator
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

Value = int | float | str
Fields = Mapping[str, str]   # a page's form fields: ``#id`` and ``name`` → the field's value

MAX_EXPRESSION_CHARS = 300   # an argument is a short expression
MAX_NAME_DEPTH = 4           # ``var pages = Math.ceil(total / size)`` → ``var total = …``: levels of names
MAX_NUMBER = 10**12          # beyond any page or record count: an id or a timestamp, not a count
MAX_ASSIGNMENTS = 5          # assignments of one name tried (``page = page + 1`` before ``var page = 1``)
MAX_CALLS = 20               # calls of one function read per page
_CALL_ARGS_CHARS = 600       # how far past ``name(`` a call's arguments are read

_TOKEN = re.compile(r"""\s*(?:(\d+(?:\.\d+)?)|"([^"\\\n]*)"|'([^'\\\n]*)'|([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)"""
                    r"""|\.\s*([A-Za-z_$][\w$]*)|(===|!==|==|!=|<=|>=|[-+*/%(),\[\]<>?:]))""")
_OPERATORS: dict[str, Callable[[Any, Any], Any]] = {
    "===": operator.eq, "!==": operator.ne, "==": operator.eq, "!=": operator.ne, "<=": operator.le,
    ">=": operator.ge, "<": operator.lt, ">": operator.gt}
_COMPARISONS = tuple(_OPERATORS)
_FUNCTIONS: dict[str, Callable[..., float]] = {
    "Math.ceil": math.ceil, "Math.floor": math.floor, "Math.round": lambda x: math.floor(x + 0.5),
    "Math.abs": abs, "Math.max": max, "Math.min": min,
}
_NUMBER_OF = ("parseInt", "parseFloat", "Number")
# ``name = <expression>`` as a script sets it (not ``==``, not a URL's ``?page=``, not a field ``a.name =``).
_ASSIGNMENT = r"""(?<![\w$.?&/'"]){name}\s*=(?!=)\s*"""


class _Unread(Exception):
    """The expression is not one this evaluator reads."""


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or abs(value) > MAX_NUMBER:
        raise _Unread
    return value


def _joins(left: object, right: object) -> bool:
    """``+`` of a text and a number that JavaScript writes as one text (``'cur_page=' + 2``): only
    when the text is no number (a numeric text plus a number is left unread, as it always was)."""
    text, number = (left, right) if isinstance(left, str) else (right, left)
    return (isinstance(text, str) and isinstance(number, (int, float)) and not isinstance(number, bool)
            and not re.fullmatch(r"\s*-?\d+(?:\.\d+)?\s*", text))


def _truthy(value: object) -> bool:
    """A test's value as JavaScript takes it (``0``, ``''`` false); an element is not read."""
    if isinstance(value, _Element):
        raise _Unread
    return bool(value)


def _compare(op: str, left: object, right: object) -> bool:
    """``left op right`` as JavaScript compares two numbers or texts (``==`` a number with a numeric
    text as numbers; ``===`` not); anything else is not read."""
    if isinstance(left, _Element) or isinstance(right, _Element) or isinstance(left, bool) or isinstance(right, bool):
        raise _Unread
    if isinstance(left, str) != isinstance(right, str):
        if op in ("===", "!=="):
            return op == "!=="
        text = left if isinstance(left, str) else right
        if not re.fullmatch(r"\s*-?\d+(?:\.\d+)?\s*", str(text)):
            raise _Unread
        left, right = (float(v) if isinstance(v, str) else v for v in (left, right))
    return bool(_OPERATORS[op](left, right))


def _parse_number(text: str, integer: bool) -> float:
    match = re.match(r"\s*(-?\d+(?:\.\d+)?)", text)
    if match is None:
        raise _Unread
    return int(float(match[1])) if integer else float(match[1])


@dataclass(frozen=True)
class _Element:
    """A page element a script names — by ``#id``, or by name (``many``: ``getElementsByName``'s
    list of them) — or ``document.forms`` (``key`` ``""``) and one form of it (``form``)."""

    key: str
    many: bool = False
    form: bool = False


_Any = Value | _Element
_DOM_BY_ID = ("document.getElementById",)
_DOM_BY_SELECTOR = ("document.querySelector", "$", "jQuery")
_DOM_BY_NAME = ("document.getElementsByName",)
# A selector naming one field: ``#hidTotal``, ``input#hidTotal``, ``[name=total]``, ``input[name='total']``.
_SELECTOR = re.compile(r"""^\s*(?:[a-z]+)?(?:#([\w\-]+)|\[\s*name\s*=\s*["']?([\w\-]+)["']?\s*\])\s*$""", re.I)
# A one-expression helper: ``function v(id) { return …`` / ``v = function (id) { return …`` /
# ``v = (id) => …`` / ``v = id => …``.
_HELPER = (r"""(?:function\s+{name}\s*\(([^()]{{0,120}})\)\s*\{{\s*return\s+"""
           r"""|(?<![\w$.]){name}\s*=\s*(?:function\s*\(([^()]{{0,120}})\)\s*\{{\s*return\s+"""
           r"""|\(([^()]{{0,120}})\)\s*=>\s*(?:\{{\s*return\s+)?|([A-Za-z_$][\w$]*)\s*=>\s*(?:\{{\s*return\s+)?))""")
_INPUT = re.compile(r"<input\b([^>]{0,600})>", re.I)
_ATTRIBUTE = re.compile(r"""([\w:\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
MAX_FIELDS = 500             # a page's form fields read (a list page has a handful)


def fields_of(page: str) -> dict[str, str]:
    """The page's form fields a script may read its counts from: ``<input>``s by ``#id`` and by
    ``name``, each its ``value`` attribute (the first of a name wins)."""
    fields: dict[str, str] = {}
    for count, tag in enumerate(_INPUT.finditer(page)):
        if count >= MAX_FIELDS:
            break
        attrs = {m[1].lower(): next(v for v in m.groups()[1:] if v is not None) for m in _ATTRIBUTE.finditer(tag[1])}
        value = html.unescape(attrs.get("value", ""))
        if attrs.get("id"):
            fields.setdefault("#" + attrs["id"], value)
        if attrs.get("name"):
            fields.setdefault(attrs["name"], value)
    return fields


@dataclass
class _Scope:
    """What names mean in an expression: the script's variables and helpers, the page's fields, a
    helper's parameters (``local``), and how many levels of names may still be followed."""

    script: str
    fields: Fields
    depth: int
    local: dict[str, _Any]
    joins: bool = False  # a text + a number is a text (an address built), not unread

    def inner(self, local: dict[str, _Any] | None = None) -> _Scope:
        return _Scope(self.script, self.fields, self.depth - 1, local or {}, self.joins)


class _Parser:
    """Recursive descent over one expression's tokens, its names read in ``scope``."""

    def __init__(self, text: str, scope: _Scope) -> None:
        self.tokens: list[tuple[str, Value]] = []
        position = 0
        while position < len(text):
            match = _TOKEN.match(text, position)
            if match is None or match.end() == position:
                break  # something this evaluator does not read (``?``, a backslash …)
            number, double, single, name, member, punct = match.groups()
            if number is not None:
                self.tokens.append(("num", float(number) if "." in number else int(number)))
            elif double is not None or single is not None:
                self.tokens.append(("str", double if double is not None else single or ""))
            elif name is not None:
                self.tokens.append(("name", name))
            elif member is not None:
                self.tokens.append(("member", member))
            else:
                self.tokens.append(("op", punct))
            position = match.end()
        self.complete = not text[position:].strip()
        self.index = 0
        self.scope = scope

    def peek(self) -> tuple[str, Value] | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self, op: str) -> bool:
        if self.peek() == ("op", op):
            self.index += 1
            return True
        return False

    def conditional(self) -> _Any:
        """``test ? a : b`` (a page's first-page rule: ``i == 0 ? 'index.htm' : 'index_' + i + '.htm'``):
        only the branch the test takes is read — the other is skipped unread, as JavaScript skips it.
        A comparison's value is a test's only: no count or text (``evaluate`` reads none)."""
        test = self.comparison()
        if not self.take("?"):
            return test
        if _truthy(test):
            value = self.conditional()
            if not self.take(":"):
                raise _Unread
            self.skip_branch(then=False)
            return value
        self.skip_branch(then=True)
        if not self.take(":"):
            raise _Unread
        return self.conditional()

    def comparison(self) -> _Any:
        value = self.expression()
        token = self.peek()
        if token is not None and token[0] == "op" and token[1] in _COMPARISONS:
            self.index += 1
            return _compare(str(token[1]), value, self.expression())
        return value

    def skip_branch(self, then: bool) -> None:
        """Past the branch of a conditional not taken: the ``then`` branch up to its ``:``, the else
        branch up to what closes the enclosing expression (``)``, ``]``, ``,``, an outer ``:``, the
        end) — nested parentheses and conditionals kept whole."""
        depth = nested = 0
        while (token := self.peek()) is not None:
            op = token[1] if token[0] == "op" else None
            if op in ("(", "["):
                depth += 1
            elif op in (")", "]") and depth:
                depth -= 1
            elif depth == 0 and op == "?":
                nested += 1
            elif depth == 0 and op == ":" and nested:
                nested -= 1
            elif depth == 0 and (op == ":" or (not then and op in (")", "]", ","))):
                return
            self.index += 1
        if then:
            raise _Unread

    def expression(self) -> _Any:
        value = self.term()
        while (token := self.peek()) in (("op", "+"), ("op", "-")):
            self.index += 1
            right = self.term()
            if token == ("op", "+") and isinstance(value, str) and isinstance(right, str):
                value = value + right
            elif token == ("op", "+") and self.scope.joins and _joins(value, right):
                # ``'list_' + n + '.htm'``: a URL built (an integral number written as JavaScript does)
                value = "".join(str(_clean(v)) if isinstance(v, (int, float)) else str(v) for v in (value, right))
            else:
                left, other = _number(value), _number(right)
                value = left + other if token == ("op", "+") else left - other
        return value

    def term(self) -> _Any:
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

    def unary(self) -> _Any:
        if self.take("-"):
            return -_number(self.unary())
        if self.take("+"):
            value = self.unary()
            if isinstance(value, str) and re.fullmatch(r"\s*\d{1,12}\s*", value):
                return int(value)  # ``+field.value``: a numeric string made a number
            return _number(value)
        return self.postfix(self.primary())

    def primary(self) -> _Any:
        token = self.peek()
        if token is None:
            raise _Unread
        self.index += 1
        kind, value = token
        if kind in ("num", "str"):
            return value
        if token == ("op", "("):
            inner = self.conditional()
            if not self.take(")"):
                raise _Unread
            return inner
        if kind != "name":
            raise _Unread
        name = str(value)
        if self.take("("):
            return self.call(name, self.arguments())
        return self.resolve(name)

    def arguments(self) -> list[_Any]:
        """A call's arguments, after its ``(``, through its ``)``."""
        args: list[_Any] = []
        if not self.take(")"):
            args.append(self.conditional())
            while self.take(","):
                args.append(self.conditional())
            if not self.take(")"):
                raise _Unread
        return args

    def postfix(self, value: _Any) -> _Any:
        """Members and items after a value: ``….value``, ``….val()``, ``…[0]``, ``forms['f'].total``."""
        while (token := self.peek()) is not None and (token[0] == "member" or token == ("op", "[")):
            self.index += 1
            if token[0] == "member":
                key: _Any = str(token[1])
                if self.take("("):
                    if key != "val" or self.arguments() or not isinstance(value, _Element):
                        raise _Unread  # jQuery's ``.val()``, no other method
                    key = "value"
            else:
                key = self.conditional()
                if not self.take("]"):
                    raise _Unread
            value = self.member(value, key)
        return value

    def member(self, value: _Any, key: _Any) -> _Any:
        if not isinstance(value, _Element):
            raise _Unread
        if value.key == "" and not value.form:       # document.forms[…]: one form
            return _Element("", form=True)
        if value.form and isinstance(key, str):       # a form's field by its name
            return _Element(key)
        if value.many and key == 0:                   # getElementsByName(…)[0]
            return _Element(value.key)
        if key == "value" and not value.many and not value.form:
            found = self.scope.fields.get(value.key)
            if found is None and not value.key.startswith("#"):
                found = self.scope.fields.get("#" + value.key)  # ``form.x`` names a field by id too
            if found is None:
                raise _Unread
            return found
        raise _Unread

    def resolve(self, name: str) -> _Any:
        """A name: a helper's parameter, the page's ``document.<form>.<field>``, a variable the
        script sets (``total``, ``cfg.total``), or a field of a variable holding an element
        (``el.value`` after ``var el = document.getElementById('total')``).  The names bound here
        (a counter's value, a pager function's parameters) hold inside the variables read too
        (``var pages = Math.ceil(total / size)`` with ``total`` a parameter)."""
        head, _, rest = name.partition(".")
        if head in self.scope.local:
            value = self.scope.local[head]
        elif head == "document" and rest:
            return self.document(rest.split("."))
        elif ((found := _variable(name, self.scope.inner(self.scope.local))) is not None
              or (rest and (found := _object_member(head, rest, self.scope.script)) is not None)):
            return found
        elif not rest or (found := _variable(head, self.scope.inner(self.scope.local))) is None:
            raise _Unread
        else:
            value = found
        for key in rest.split(".") if rest else ():
            value = self.member(value, key)
        return value

    def document(self, parts: list[str]) -> _Any:
        """``document.forms.f.total.value``, ``document.pageForm.total.value``: a form and its fields."""
        # ``document.forms`` (then an index or a name), or a form by its name, ``document.<form>``.
        value: _Any = _Element("", form=parts[0] != "forms")
        for key in parts[1:]:
            value = self.member(value, key)
        return value

    def call(self, name: str, args: list[_Any]) -> _Any:
        if name in _NUMBER_OF:
            first = args[0] if args else None
            if not isinstance(first, (int, float, str)) or isinstance(first, bool):
                raise _Unread
            value = first if isinstance(first, (int, float)) else _parse_number(str(first), name == "parseInt")
            return math.trunc(value) if name == "parseInt" else value
        function = _FUNCTIONS.get(name)
        if function is not None:
            if len(args) != 1 and name not in ("Math.max", "Math.min"):
                raise _Unread
            return function(*(_number(arg) for arg in args))  # type: ignore[no-any-return]
        text = args[0] if len(args) == 1 else None
        if isinstance(text, str) and name in _DOM_BY_ID + _DOM_BY_NAME:
            return _Element(("#" + text) if name in _DOM_BY_ID else text, many=name in _DOM_BY_NAME)
        if isinstance(text, str) and name in _DOM_BY_SELECTOR:
            selector = _SELECTOR.match(text)
            if selector is None:
                raise _Unread
            return _Element("#" + selector[1] if selector[1] else selector[2])
        return self.helper(name, args)

    def helper(self, name: str, args: list[_Any]) -> _Any:
        """A call of the script's own one-expression function, its parameters bound to ``args``."""
        if "." in name or self.scope.depth <= 1 or not self.scope.script:
            raise _Unread
        match = re.search(_HELPER.format(name=re.escape(name)), self.scope.script)
        if match is None:
            raise _Unread
        params = [p.strip() for p in next(g for g in match.groups() if g is not None).split(",") if p.strip()]
        if len(args) != len(params):
            raise _Unread
        local = dict(zip(params, args, strict=True))
        found = _evaluate(expression_at(self.scope.script, match.end()), self.scope.inner(local))
        if found is None:
            raise _Unread
        return found


def _clean(value: Value) -> Value:
    """An integral number as an int (``Math.ceil(12 / 4)`` is 3, not 3.0)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def evaluate(expression: str, script: str = "", depth: int = MAX_NAME_DEPTH,
             fields: Fields | None = None, names: Mapping[str, Value] | None = None,
             joins: bool = False) -> Value | None:
    """The value of ``expression`` (the whole of it), its variables as ``script`` sets them and its
    form fields as the page has them (``fields``, ``fields_of``) — but ``names`` as given (a counter
    at the value it has when the script uses it); None when it is not one this evaluator reads.
    ``joins``: a text and a number added are a text (``'list.jsp?page=' + n``, an address a script
    builds) — off for counts, where such a sum is no count."""
    value = _evaluate(expression, _Scope(script, fields or {}, depth, dict(names or {}), joins))
    return value if isinstance(value, (int, float, str)) else None


def truth(expression: str, script: str = "", names: Mapping[str, Value] | None = None) -> bool | None:
    """Whether a test (``i == currentPage``, ``n > 1``) holds, read as ``evaluate`` reads; None when
    it is not one this evaluator reads."""
    value = evaluate(f"({expression}) ? 1 : 0", script, names=names)
    return None if value is None else value == 1


def _evaluate(expression: str, scope: _Scope) -> _Any | None:
    expression = expression.strip()
    if not expression or len(expression) > MAX_EXPRESSION_CHARS or scope.depth <= 0:
        return None
    parser = _Parser(expression, scope)
    if not parser.complete:
        return None
    try:
        value = parser.conditional()
    except (_Unread, ValueError, OverflowError, TypeError):
        return None
    if parser.index != len(parser.tokens) or isinstance(value, bool):
        return None
    return value if isinstance(value, _Element) else _clean(value)


def variable(name: str, script: str, depth: int = MAX_NAME_DEPTH, fields: Fields | None = None) -> Value | None:
    """The value ``script`` gives ``name`` (``var total = 12``, ``pages = Math.ceil(total / size);``,
    ``var total = $('#hidTotal').val()``) where it first sets it to something this evaluator reads;
    None when it never does."""
    value = _variable(name, _Scope(script, fields or {}, depth, {}))
    return value if isinstance(value, (int, float, str)) else None


def _variable(name: str, scope: _Scope) -> _Any | None:
    if scope.depth <= 0 or not scope.script:
        return None
    for tries, match in enumerate(re.finditer(_ASSIGNMENT.format(name=re.escape(name)), scope.script)):
        value = _evaluate(expression_at(scope.script, match.end()), scope)
        if value is not None or tries >= MAX_ASSIGNMENTS:
            return value
    return None


def _object_member(head: str, path: str, script: str) -> int | str | None:
    """``opts.total`` where the script assigns ``var opts = {id: 'fy_box', total: 3, …}``: the property
    of the object literal, when it is written out (a number or a string)."""
    # jsliteral reads its pieces through pagersettings, which imports this module: imported here.
    from govcrawl.crawl.jsliteral import literal_value

    for tries, match in enumerate(re.finditer(_ASSIGNMENT.format(name=re.escape(head)), script)):
        if tries >= MAX_ASSIGNMENTS:
            break
        if not script.startswith("{", match.end()):
            continue
        value = literal_value(script, match.end())
        for key in path.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, (int, str)) and not isinstance(value, bool):
            return value
    return None


def _code(text: str, start: int, end: int) -> Iterator[tuple[int, str, bool]]:
    """Each character of ``text[start:end]`` outside comments (``// …`` to the line's end, ``/* … */``),
    with its index and whether it belongs to a string (its quotes too)."""
    quote, index, stop = "", start, min(len(text), end)
    while index < stop:
        char = text[index]
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "/" and text[index + 1: index + 2] in ("/", "*"):
            index = _comment_end(text, index)
            continue
        yield index, char, bool(quote) or char in "'\""
        index += 1


def top_level(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """The characters of ``text[start:end]`` outside strings, comments and parentheses, with their index
    (an unmatched ``)`` is yielded: it ends the expression or call it closes).  A comment is skipped
    (``3,  // 总页数`` beside each argument of a call: "(从0开始)" inside it is no parenthesis)."""
    depth = 0
    for index, char, quoted in _code(text, start, end):
        if quoted:
            continue
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif depth == 0:
            yield index, char


def _comment_end(text: str, start: int) -> int:
    """Where the comment opening at ``text[start]`` (``//`` or ``/*``) ends: its line's end, or past ``*/``."""
    if text.startswith("//", start):
        end = text.find("\n", start)
        return len(text) if end < 0 else end
    end = text.find("*/", start + 2)
    return len(text) if end < 0 else end + 2


def without_comments(source: str) -> str:
    """``source`` with its comments (``// …`` to the line's end, ``/* … */``) left out, strings kept whole."""
    return "".join(char for _index, char, _quoted in _code(source, 0, len(source)))


def block_end(text: str, start: int = 0) -> int:
    """Where the block whose ``{`` was read just before ``text[start]`` closes (strings and
    parentheses respected); ``len(text)`` when it does not close in ``text``."""
    depth = 0
    for index, char in top_level(text, start, len(text)):
        if char == "{":
            depth += 1
        elif char == "}":
            if depth == 0:
                return index
            depth -= 1
    return len(text)


def expression_at(text: str, start: int) -> str:
    """The expression that starts at ``text[start]``: up to the first top-level ``,``, ``;``, ``)``,
    ``}``, comment or line end (parentheses and strings respected)."""
    end = min(len(text), start + MAX_EXPRESSION_CHARS + 1)
    for index, char in top_level(text, start, end):
        if char in ",;)}\n" or text.startswith(("//", "/*"), index):
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
        begin = match.end()
        for index, char in top_level(text, match.end(), match.end() + _CALL_ARGS_CHARS):
            if char in ",)":
                args.append(without_comments(text[begin:index]).strip())
                begin = index + 1
                if char == ")":
                    yield match.start(), args
                    break
