"""Page files a "加载更多" script fetches by a counter it steps (portals.md §4.4).

A list with no pager at all, only a "点击加载更多" button (or a scroll handler), whose script fetches
the column's static page files one by one and appends their rows::

    var nbTotal = 12, nbSize = 5, nbCur = 0;
    $('#btnMore').on('click', function () {
      nbCur++;
      $.get('index_' + nbCur + '.html', function (html) { $('.nb-list').append(…); });
    });

The page files' naming is the script's: the URL expression of its fetch (``$.get``, ``$.getJSON``,
``fetch``, ``axios.get``, ``$(…).load``, ``xhr.open('GET', …)``, ``$.ajax({url: …})``) built around
one counter the script steps (``nbCur++``, ``++page``, ``p += 1``, ``n = n + 1``, before the fetch or
after it, or in the expression itself), starting from the value the script gives it — or one it sets
from each answer instead (``$.getJSON('nbdata_' + (pageIndex + 1) + '.json', function (res) {
pageIndex = res.pageIndex; … })``: TRS's static JSON page files), the next file then built from the
number the last answer gives; the other names in it are read as the script sets them, or as the
page's data attributes say (``$('#more').data('url')``; ``jsexpr``, never run).  ``counter_fetch`` reads that rule;
``CounterFetch.url(n)`` is the file the script fetches on the n-th click.  Nothing is guessed: a page
whose fetch has no such counter, or whose counter's start is not set, has none; the crawler asks for
the next file only while the list's declared count is not yet harvested (and the last answer brought
entries), within the page budget.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urljoin

from parsel import Selector

from govcrawl.crawl import jsexpr, loadmore

MAX_SCRIPT_CHARS = 200_000  # a list page's inline scripts read for the fetch
MAX_FETCHES = 20            # fetch calls looked at per page
MAX_CONTROLS = 5000         # elements looked through for a "加载更多" control
MAX_ANSWER_BYTES = 5 * 1024 * 1024  # a page file's JSON answer read for the counter it sets
_IDENT = r"[A-Za-z_$][\w$]*"
# Where a fetch's URL expression starts.
_FETCH = re.compile(r"""(?:(?:\$|jQuery)\.(?:get|getJSON)|\bfetch|\baxios\.get|\.load)\(\s*"""
                    r"""|\.open\(\s*['"]GET['"]\s*,\s*"""
                    r"""|(?:\$|jQuery)\.ajax\(\s*\{[^{}]{0,300}?\burl\s*:\s*""", re.I)
# A control that loads more of the list in place: its words, or its class or id.
_MORE_TEXT = re.compile(r"^(?:点击|查看|显示)?(?:加载|查看|显示)更多(?:内容|信息|数据|记录)?$"
                        r"|^(?:load|show|view)\s*more$", re.I)
_MORE_MARK = re.compile(r"load[-_]?more|more[-_]?(?:btn|button)|btn[-_]?more|sentinel|infinite|scroll[-_]?load", re.I)
_SCROLL = re.compile(r"""\.scroll\(|addEventListener\(\s*['"]scroll['"]|\bonscroll\b|IntersectionObserver""")
_STRING = re.compile(r"""'[^'\\\n]*'|"[^"\\\n]*\"""")


@dataclass(frozen=True)
class CounterFetch:
    """A script's fetch of the list's next page file: its URL expression (``'index_' + nbCur +
    '.html'``, increments taken out), the counter in it, the counter's value at the first fetch, and
    its step; the script's text, to read the expression's other names."""

    expression: str
    counter: str
    first: int
    step: int
    script: str
    base_url: str
    answer: tuple[str, ...] = ()  # the answer's member the script sets the counter from, if it does

    def url(self, fetch: int, answer: bytes | str | None = None) -> str | None:
        """The file of the ``fetch``-th fetch (1: the first click), absolute; None when the
        expression does not read to a URL — or, for a counter the script sets from each answer
        (``pageIndex = res.pageIndex``), when the previous ``answer`` gives no such number."""
        value: int | None = self.first + (fetch - 1) * self.step
        if self.answer and fetch > 1:
            value = answered(answer, self.answer)
        if value is None:
            return None
        built = concatenation(self.expression, self.script, {self.counter: value})
        if not isinstance(built, str) or not built.strip() or built.strip().lower().startswith("javascript:"):
            return None
        return urljoin(self.base_url, built.strip().split()[0])  # ``.load('p_2.html .list li')``: the URL


def _operands(expression: str) -> list[str] | None:
    """The operands of a top-level ``+`` chain (strings and parentheses respected); None when the
    expression is empty."""
    parts: list[str] = []
    begin = 0
    for index, char in jsexpr.top_level(expression, 0, len(expression)):
        if char == "+":
            parts.append(expression[begin:index])
            begin = index + 1
    parts.append(expression[begin:])
    parts = [part.strip() for part in parts]
    return parts if all(parts) else None


def concatenation(expression: str, script: str, names: dict[str, jsexpr.Value]) -> jsexpr.Value | None:
    """A ``+`` chain read as the script runs it, left to right: a string on either side makes it a
    string (``'index_' + 2 + '.html'``), numbers add; each operand an expression ``jsexpr`` reads."""
    operands = _operands(expression)
    if not operands:
        return None
    value: jsexpr.Value | None = None
    for operand in operands:
        found = jsexpr.evaluate(operand, script, names=names)
        if found is None:
            return None
        if value is None:
            value = found
        elif isinstance(value, str) or isinstance(found, str):
            value = f"{_js_text(value)}{_js_text(found)}"
        else:
            value = value + found
    return value


def _js_text(value: jsexpr.Value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _steps(name: str, script: str) -> list[tuple[int, int]]:
    """Where the script steps ``name`` up, and by how much: ``name++``, ``++name``, ``name += 2``,
    ``name = name + 1``."""
    ident = re.escape(name)
    found: list[tuple[int, int]] = []
    for match in re.finditer(rf"(?<![\w$.]){ident}\s*\+\+|\+\+\s*{ident}(?![\w$])"
                             rf"|(?<![\w$.]){ident}\s*\+=\s*(\d{{1,3}})(?![\w$])"
                             rf"|(?<![\w$.]){ident}\s*=\s*{ident}\s*\+\s*(\d{{1,3}})(?![\w$.])", script):
        found.append((match.start(), int(match[1] or match[2] or 1)))
    return found


def _names(expression: str) -> set[str]:
    """The names an expression reads (outside its strings; members and calls not)."""
    bare = _STRING.sub("''", expression)
    return {m[1] for m in re.finditer(rf"(?<![\w$.])({_IDENT})(?![\w$]|\s*\(|\s*\.)", bare)}


def _loads_more(sel: Selector, script: str) -> bool:
    """Does the page have a control that loads more of its list in place — a button or link that
    says so ("点击加载更多", "查看更多", "load more"), an element marked as one (``btn-more``,
    ``load-more``, a sentinel) — or a scroll handler?"""
    if _SCROLL.search(script):
        return True
    for node in sel.xpath("//body//*[self::a or self::button or self::div or self::span or self::p or self::li]"
                          "[@id or @class or @onclick or self::button or self::a]")[:MAX_CONTROLS]:
        marker = f"{node.attrib.get('id', '')} {node.attrib.get('class', '')}"
        if _MORE_MARK.search(marker):
            return True
        if node.root.tag not in ("a", "button") and node.xpath("*[not(self::i or self::span or self::em)]"):
            continue  # a block of other elements: not a control's words
        text = "".join(node.xpath("normalize-space(.)").get("").split())
        if text and len(text) <= 12 and _MORE_TEXT.match(text):
            return True
    return False


def counter_fetch(sel: Selector, base_url: str) -> CounterFetch | None:
    """The fetch of a list page's "加载更多" script (see the module docstring), or None: the page
    has no control that loads more in place, or no script fetch whose URL is built around one
    counter the script sets and steps."""
    script = "\n".join(sel.xpath("//script[not(@src)]/text()").getall())[:MAX_SCRIPT_CHARS]
    if not script or not _FETCH.search(script) or not _loads_more(sel, script):
        return None
    script = loadmore.with_page_data(script, loadmore.page_data(sel))  # ``$('#more').data('url')``
    for calls, match in enumerate(_FETCH.finditer(script)):
        if calls >= MAX_FETCHES:
            break
        found = _fetch_rule(jsexpr.expression_at(script, match.end()), match.start(), script, base_url)
        if found is not None:
            return found
    return None


def _fetch_rule(expression: str, at: int, script: str, base_url: str) -> CounterFetch | None:
    """The rule of one fetch: its expression with one counter the script steps (the counter's first
    fetched value: its start, stepped first when the step comes before the fetch or in the
    expression as ``++n``) — or, stepped nowhere, one the script sets from each answer (``pageIndex =
    res.pageIndex`` in the fetch's callback; ``'nbdata_' + (pageIndex + 1) + '.json'``)."""
    pre = re.findall(rf"\+\+\s*({_IDENT})", _STRING.sub("''", expression))
    post = re.findall(rf"({_IDENT})\s*\+\+", _STRING.sub("''", expression))
    plain = re.sub(rf"\+\+\s*(?={_IDENT})|(?<=[\w$])\s*\+\+", "", expression)
    answer: tuple[str, ...] = ()
    counters = [name for name in _names(plain) if name in pre or name in post or _steps(name, script)]
    if not counters:
        from_answer = {name: member for name in _names(plain) if (member := _answer_member(name, script))}
        counters, answer = list(from_answer), next(iter(from_answer.values()), ())
    if len(counters) != 1:
        return None
    counter = counters[0]
    start = jsexpr.variable(counter, script)
    if not isinstance(start, int):
        return None
    steps = _steps(counter, script)
    step = steps[0][1] if steps else 1
    stepped_first = counter in pre or (counter not in post and any(where < at for where, _by in steps))
    found = CounterFetch(plain.strip(), counter, start + (step if stepped_first else 0), step, script, base_url,
                         answer)
    return found if found.url(1) is not None else None


def _answer_member(name: str, script: str) -> tuple[str, ...]:
    """The member of an answer the script sets ``name`` from (``pageIndex = res.pageIndex``, ``cur =
    data.page.current``), the answer being a callback's parameter (``function (res)``, ``res =>``);
    empty when it sets it from none."""
    for match in re.finditer(rf"(?<![\w$.]){re.escape(name)}\s*=(?!=)\s*({_IDENT})((?:\.{_IDENT}){{1,3}})"
                             rf"\s*[;,\n}}]", script):
        holder = re.escape(match[1])
        if re.search(rf"function\s*[\w$]*\s*\(\s*{holder}\s*[,)]|\(\s*{holder}\s*[,)][^()]{{0,40}}\)\s*=>"
                     rf"|(?<![\w$.]){holder}\s*=>", script):
            return tuple(match[2].split(".")[1:])
    return ()


def answered(answer: bytes | str | None, member: tuple[str, ...]) -> int | None:
    """The number at ``member`` of a JSON answer (``{"pageIndex": 2, …}``), or None."""
    if answer is None or len(answer) > MAX_ANSWER_BYTES:
        return None
    try:
        value = json.loads(answer)
    except ValueError:
        return None
    for key in member:
        value = value.get(key) if isinstance(value, dict) else None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None
