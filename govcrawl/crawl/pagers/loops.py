"""A pager the page's own script writes in a loop (portals.md §1.2): no ``createPageHTML``, no page
link in the HTML — a template's integrator wrote their own::

    var countPage = 3; var currentPage = 0; var recordCount = 12;
    for (var i = 0; i < countPage; i++) {
      var f = i == 0 ? 'index.htm' : 'index_' + i + '.htm';
      h += i == currentPage ? '<b>' + (i + 1) + '</b>' : '<a href="' + f + '">' + (i + 1) + '</a>';
    }
    document.getElementById('gxPage').innerHTML = h;

``loop_pages`` reads the links such a loop writes as the script builds them, never by running it:
the loop's bounds and statements read with the bounded evaluator (``jsexpr``), the loop variable
bound to each value in turn and the loop's own variables (``var f = …``) read in order, ``if`` /
``else`` and ``?:`` taken as the values say; the HTML a statement writes (``h += …``,
``document.write(…)``, ``.append(…)``, ``arr.push(…)``) searched for its ``href``s, or the ``.href``
it sets.  A loop inside a function the page calls (``function pageBar(total, cur) {…}`` then
``pageBar(3, 1)``) has its parameters bound to that call's arguments.  A loop over a JSON data island's
counts (``for (i = 0; i < d.pageCount; i++)`` after ``var d = JSON.parse(…textContent)``, or over
``window.__INITIAL_STATE__``'s) reads them as the page's own variables (``islands.bindings``).
The page declares what the loop's script names (``recordCount``, ``countPage``:
``pagersettings.script_counts``), and the pages of a loop that runs over all of them (from a literal
first page to its bound).  Only the links the loop writes are the list's pages: nothing is guessed,
and a loop that writes no link is no pager.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from parsel import Selector

from govcrawl.crawl import islands, jsexpr
from govcrawl.crawl.pagers.model import Pager
from govcrawl.crawl.pagersettings import script_counts
from govcrawl.crawl.urls import page_url, usable_href

MAX_SCRIPTS = 50         # a page's inline scripts looked through for a pager loop
MAX_SCRIPT_CHARS = 100_000
MAX_LOOPS = 20           # ``for`` loops tried per page
MAX_BODY_CHARS = 3000    # a pager loop's body is a few lines
MAX_STATEMENTS = 40      # statements read per iteration
MAX_NESTING = 6          # blocks within blocks read
# Values of one loop read (each a few evaluations; ~0.3 ms): past it, the loop's pages are counted as
# declared and not listed (``Pager.capped``: a stated shortfall), as a count past MAX_DECLARED_PAGES is.
MAX_LOOP_VALUES = 1000

_IDENT = r"[A-Za-z_$][\w$]*"
# ``for (var i = 0; i < countPage; i++) {`` (``<=``, ``++i``, ``i += 1``, ``i = i + 1``).
_FOR = re.compile(rf"""\bfor\s*\(\s*(?:var\s+|let\s+)?({_IDENT})\s*=\s*([^;{{}}]{{1,120}});\s*\1\s*(<=?)\s*"""
                  rf"""([^;{{}}]{{1,120}});\s*(?:\1\s*\+\+|\+\+\s*\1|\1\s*\+=\s*1|\1\s*=\s*\1\s*\+\s*1)\s*\)\s*\{{""")
_FUNCTION = re.compile(rf"""(?:\bfunction\s+({_IDENT})|(?<![\w$.])({_IDENT})\s*=\s*function)\s*"""
                       rf"""\(([^()]{{0,200}})\)\s*\{{""")
_ASSIGN = re.compile(rf"""^(?:(?:var|let|const)\s+)?({_IDENT}(?:\.{_IDENT})*)\s*(\+?=)(?!=)\s*(.+)$""", re.S)
# A call whose argument is HTML the loop writes (or an array of it, joined later).
_WRITES = re.compile(r"""(?:\bdocument\.write(?:ln)?|\.append|\.html|\.push|\.insertAdjacentHTML)\s*\(""")
_SET_HREF = re.compile(r"""\.setAttribute\(\s*["']href["']\s*,""")
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
_IF = re.compile(r"if\s*\(")
_ELSE = re.compile(r"else\b")


def loop_pages(sel: Selector, base_url: str, pager: Pager, encoding: str | None = "utf-8",
               own: str | None = None) -> Pager:
    """The pages a pager loop of the page's inline scripts writes links to (see the module
    docstring), added to ``pager`` with what the loop's script declares; ``own``: this page's URL
    (its own link is the current page, not another)."""
    scripts = [s for s in sel.xpath("//script[not(@src)]/text()").getall()[:MAX_SCRIPTS] if "for" in s]
    every = "\n".join(sel.xpath("//script[not(@src)]/text()").getall()[:MAX_SCRIPTS])[:MAX_SCRIPT_CHARS]
    # A loop over a data island's counts (``i < d.pageCount``, ``d = JSON.parse(…textContent)``): its
    # members bound as the script's own variables (``islands.bindings``).
    island_vars = islands.bindings(sel) if scripts else ""
    every = f"{every}\n{island_vars}" if island_vars else every
    tried = 0
    for script in scripts:
        script = script[:MAX_SCRIPT_CHARS]
        for loop in _FOR.finditer(script):
            tried += 1
            if tried > MAX_LOOPS:
                return pager
            if _read_loop(loop, script, every, base_url, pager, encoding, own or base_url):
                if pager.records is None and island_vars:
                    pager.records = islands.declared(sel)[0]
                return pager
    return pager


def _read_loop(loop: re.Match[str], script: str, every: str, base_url: str, pager: Pager,
               encoding: str | None, own: str) -> bool:
    """One loop: when it writes links, its pages added to ``pager`` (True)."""
    names = _parameters(script, loop.start(), every)
    if names is None:
        return False
    variable, first, compare, bound = loop[1], loop[2], loop[3], loop[4]
    start, last = (jsexpr.evaluate(e.strip(), every, names=names) for e in (first, bound))
    if not isinstance(start, int) or not isinstance(last, int):
        return False
    last = last if compare == "<=" else last - 1
    body = script[loop.end(): loop.end() + MAX_BODY_CHARS]
    body = body[: jsexpr.block_end(body)]
    host = urlsplit(base_url).hostname
    links: list[str] = []
    current = None
    whole = first.strip().isdigit()  # from a literal first page: the n-th value is page n
    for value in range(start, min(last, start + MAX_LOOP_VALUES - 1) + 1):
        hrefs = [url for href in _written(body, every, {**names, variable: value}, MAX_NESTING)
                 if urlsplit(url := page_url(base_url, href, encoding)).hostname == host]
        if whole and (not hrefs or own in hrefs):
            current = current or value - start + 1
        links += [url for url in hrefs if url != own]
    if not links:
        return False
    pager.kinds.append("loop")
    counts = script_counts(script)
    # A loop from a literal first page to its bound writes every page: the pages it runs over.
    iterations = last - start + 1
    pager.pages = counts.page_count or (iterations if whole else None)
    pager.records = counts.records
    pager.current = current
    pager.capped = max(0, iterations - MAX_LOOP_VALUES)
    for url in links:
        pager.add(url)
    return True


def _parameters(script: str, at: int, every: str) -> dict[str, jsexpr.Value] | None:
    """The loop's enclosing function's parameters bound to the arguments of the page's call of it
    (``{}`` for a loop outside a named function); None when the function has parameters and the
    page does not call it with arguments it can read."""
    enclosing = None
    for definition in _FUNCTION.finditer(script, 0, at):
        if jsexpr.block_end(script, definition.end()) >= at:
            enclosing = definition
    if enclosing is None or not enclosing[3].strip():
        return {}
    params = [p.strip() for p in enclosing[3].split(",")]
    name = enclosing[1] or enclosing[2]
    for start, args in jsexpr.call_arguments(every, name):
        if re.search(r"function\s*$", every[max(0, start - 40): start]) or len(args) != len(params):
            continue
        values = [jsexpr.evaluate(arg, every) for arg in args]
        bound = {p: v for p, v in zip(params, values, strict=True) if v is not None}
        return bound or None
    return None


def _written(body: str, script: str, names: dict[str, jsexpr.Value], depth: int) -> Iterator[str]:
    """The hrefs the statements of a block write, its variables bound to ``names`` (updated as the
    block sets its own, in order)."""
    position, statements = 0, 0
    while position < len(body) and statements < MAX_STATEMENTS and depth > 0:
        statements += 1
        position = _skip_space(body, position)
        if position >= len(body):
            return
        if _IF.match(body, position):
            clauses, position = _chain(body, position)
            for test, text in clauses:  # the first clause whose test holds; one not read, read either way
                truth = True if test is None else jsexpr.truth(test, script, names)
                if truth is False:
                    continue
                yield from _written(text, script, names, depth - 1)
                if truth:
                    break
            continue
        text, position = _statement(body, position)
        if text.startswith("{"):
            yield from _written(text[1:-1], script, names, depth - 1)
        else:
            yield from _writes(text.strip(), script, names)


def _chain(body: str, position: int) -> tuple[list[tuple[str | None, str]], int]:
    """An ``if (…) … else if (…) … else …`` chain at ``position``: its (test, statement) clauses
    (the last ``else``'s test None) and where the next statement begins."""
    clauses: list[tuple[str | None, str]] = []
    while len(clauses) < MAX_STATEMENTS:
        branch = _IF.match(body, position)
        if branch is None:
            text, position = _statement(body, position)
            clauses.append((None, text))
            return clauses, position
        close = _closing(body, branch.end())
        if close is None:
            return clauses, len(body)
        text, position = _statement(body, close + 1)
        clauses.append((body[branch.end(): close], text))
        after = _skip_space(body, position)
        if not _ELSE.match(body, after):
            return clauses, position
        position = _skip_space(body, after + 4)
    return clauses, position


def _writes(statement: str, script: str, names: dict[str, jsexpr.Value]) -> Iterator[str]:
    """The hrefs one statement writes; an assignment of the loop's own variable binds it."""
    assign = _ASSIGN.match(statement)
    if assign is not None:
        target, op, expression = assign.groups()
        value = jsexpr.evaluate(expression, script, names=names, joins=True)
        if target.endswith(".href") and isinstance(value, str):
            yield value
        elif isinstance(value, str) and (op == "+=" or "." in target):
            yield from _hrefs(value)
        if "." not in target and op == "=":
            if value is None:
                names.pop(target, None)
            else:
                names[target] = value
            if isinstance(value, str):
                yield from _hrefs(value)
        return
    for call in (*_WRITES.finditer(statement), *_SET_HREF.finditer(statement)):
        args = _arguments(statement, call.end())
        value = jsexpr.evaluate(args[-1], script, names=names, joins=True) if args else None
        if isinstance(value, str):
            yield from ([value] if call.re is _SET_HREF else _hrefs(value))


def _hrefs(html: str) -> Iterator[str]:
    for match in _HREF.finditer(html):
        href = next(v for v in match.groups() if v is not None).strip()
        if href and usable_href(href):
            yield href


def _arguments(text: str, start: int) -> list[str]:
    """The arguments of the call whose ``(`` was read just before ``text[start]``."""
    args, begin = [], start
    for index, char in jsexpr.top_level(text, start, len(text)):
        if char in ",)":
            args.append(text[begin:index].strip())
            begin = index + 1
            if char == ")":
                return args
    return []


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and (text[position].isspace() or text[position] == ";"):
        position += 1
    return position


def _closing(text: str, start: int) -> int | None:
    """The ``)`` closing the parenthesis opened just before ``text[start]``."""
    for index, char in jsexpr.top_level(text, start, len(text)):
        if char == ")":
            return index
    return None


def _statement(body: str, position: int) -> tuple[str, int]:
    """The statement or ``{…}`` block at ``position`` and where the next begins."""
    position = _skip_space(body, position)
    if body.startswith("{", position):
        end = jsexpr.block_end(body, position + 1)
        return body[position: end + 1], end + 1
    for index, char in jsexpr.top_level(body, position, len(body)):
        if char in ";}":
            return body[position:index], index + 1
        if char == "{":  # ``function () {…}`` inside a statement: its block is the statement's
            end = jsexpr.block_end(body, index + 1)
            return body[position: end + 1], end + 1
    return body[position:], len(body)
