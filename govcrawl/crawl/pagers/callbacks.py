"""A pager widget's page-change callback as the URL rule of its pages (portals.md §1.2).

A jQuery pagination plugin is given the list's counts and a function it calls with the page chosen;
on a statically published list that function goes to the page's file, and is the only place the
page's HTML says where page N is (the pager element itself is empty, ``<div id="pager"
class="m-pagination" data-pageindex="0" data-total="10">``)::

    $('#pager').pagination({pageIndex: 0, pageSize: 4, total: 10,
        onPageChange: function (e) { location.href = (e.pageIndex === 0 ? 'subpage' : (e.pageIndex + 1)) + '.html'; }});
    $('#pg').twbsPagination({totalPages: 5, startPage: 1, onPageClick: function (event, page) { … }});
    $.jqPaginator('#p', {totalCounts: 37, pageSize: 10, currentPage: 1, onPageChange: goPage});
    kkpager.generPageHtml({pno: 1, total: 4, getLink: function (n) { return 'list_' + n + '.html'; }});

The callback (a function in the options, or the page's own function the options name) navigates
(``location.href = …``, ``window.open(…)``) or returns an address; which of its parameters — or
which field of one (``e.pageIndex``, ``obj.curr``) — is the page, and from what base, is read by
the page itself: bound to the page's own declared current value (``pageIndex: 0``; undeclared, 0
and 1 tried and exactly one must fit) the address must be the page's own URL.  Only then are pages
2 … N the addresses it builds for the values after it (read with ``jsexpr``, never run).  A
callback that fetches rows in place (``loadList(e.pageIndex)``) or builds another address for the
page itself names no page: none is requested, and the declared count states the list short.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from parsel import Selector

from govcrawl.crawl import jsexpr, pagerdata
from govcrawl.crawl.pagefunc import PAGE_FILE
from govcrawl.crawl.pagers.calls import MAX_CALLS, MAX_SCRIPT_CHARS, MAX_SCRIPTS
from govcrawl.crawl.pagers.model import Pager, declared_range
from govcrawl.crawl.pagersettings import OPTIONS_CHARS, object_literal, object_members, settings
from govcrawl.crawl.urls import NAVIGATES, usable_href

_OPTIONS_OPEN = re.compile(r"[(,]\s*(?=\{)")  # an options object passed to a call
_FUNCTION = re.compile(r"^(?:function\s*[\w$]*\s*\(([^()]{0,120})\)\s*\{|\(([^()]{0,120})\)\s*=>\s*\{?"
                       r"|([A-Za-z_$][\w$]*)\s*=>\s*\{?)")
_NAME = re.compile(r"^[A-Za-z_$][\w$]*$")
_RETURNS = re.compile(r"(?<![\w$])return\s+")
_PAGE = "_govcrawl_page_"  # the name the callback's page value is read as
# A current page named as an index (``pageIndex``, ``data-page-index``, ``curIndex``): 0-based.
_INDEX_KEY = re.compile(r"""(?<![\w$])["']?(?:page_?index|pageidx|cur(?:rent)?_?index)["']?\s*:""", re.I)
BODY_CHARS = 1500          # a callback's body read


def callback_pages(text: str, base_url: str, pager: Pager, own: str | None = None) -> Pager:
    """The declared pages' URLs (``pager.pages``, what the widget's options or its element declare) by
    the page-change callback of a pager widget's options (see the module docstring), added to
    ``pager``; nothing when no
    callback builds this page's own address (``own``, else ``base_url``) for its declared current
    value.  ``base_url``: what the addresses it builds resolve against (the document's ``<base>``)."""
    if not pager.pages or pager.pages < 2 or (pager.current or 1) != 1:
        return pager
    sel = Selector(text=text)
    scripts = "\n".join(sel.xpath("//script[not(@src)]/text()").getall()[:MAX_SCRIPTS])[:MAX_SCRIPT_CHARS]
    own = (own or base_url).split("#")[0]
    for calls, opening in enumerate(_OPTIONS_OPEN.finditer(scripts)):
        if calls >= MAX_CALLS:
            break
        options = object_literal(scripts[opening.end(): opening.end() + OPTIONS_CHARS])
        if options is None:
            continue
        # The count is the pager's (``pager.pages``: these options' or the element's ``data-*``).
        found = settings(options, scripts, jsexpr.fields_of(text))
        current, declared_in = found.current, options
        if current is None:
            current, declared_in = _data_current(sel, text)
        # The page value the list's first page has: 0 when the current page is declared as an index
        # (``pageIndex: 0``, ``data-pageindex``; on page 2 it is 1), else 1 — undeclared, whichever
        # of 0 and 1 builds this page's address (a static page that declares no current page shows
        # the first).  From a later page nothing is scheduled: the first page named them all.
        first = 0 if current is not None and (current == 0 or _INDEX_KEY.search(declared_in)) else 1
        if current is not None and current != first:
            continue
        for value in object_members(options).values():
            rule = _callback(value.strip(), scripts)
            if rule is None:
                continue
            fit = _own_value(rule, current, scripts, base_url, own)
            if fit is None:
                continue
            start, body, expression = fit
            built = [_build(body, expression, start + page - 1, scripts, base_url)
                     for page in declared_range(pager, 2, pager.pages)]
            pager.kinds.append("callback_rule")
            for url in built:
                if url is None:
                    break  # pages past one it does not build: the declared count says the list is short
                pager.add(url)
            return pager
    return pager


def _data_current(sel: Selector, text: str) -> tuple[int | None, str]:
    """The current page a pager element's data attributes declare (``data-pageindex="0"``), and
    the settings' text that declares it."""
    for block in pagerdata.blocks(sel):
        found = settings(block.options, text)
        if found.declared:
            return found.current, block.options
    return None, ""


def _callback(value: str, scripts: str) -> tuple[list[str], str, str] | None:
    """(parameters, body, the address expression) of an option that is a function — written there or
    the page's own one it names — which navigates or returns an address; None otherwise."""
    if _NAME.match(value) and value not in ("true", "false", "null", "undefined"):
        definition = re.search(rf"(?:function\s+{re.escape(value)}|(?<![\w$.]){re.escape(value)}\s*=\s*function)"
                               r"\s*\(([^()]{0,120})\)\s*\{", scripts)
        if definition is None:
            return None
        params, rest = definition[1], scripts[definition.end(): definition.end() + BODY_CHARS]
    else:
        head = _FUNCTION.match(value)
        if head is None:
            return None
        params = next(group for group in head.groups() if group is not None)
        rest = value[head.end(): head.end() + BODY_CHARS]
        if not head[0].rstrip().endswith("{"):  # ``n => 'list_' + n + '.html'``: the expression itself
            return [p.strip() for p in params.split(",") if p.strip()], rest, rest
    body = rest[: jsexpr.block_end(rest)]
    found = NAVIGATES.search(body) or _RETURNS.search(body)
    if found is None:
        return None
    names = [p.strip() for p in params.split(",") if p.strip()]
    return (names, body, jsexpr.expression_at(body, found.end())) if names else None


def _bound(rule: tuple[list[str], str, str]) -> list[tuple[str, str]]:
    """(body, expression) with one parameter — or one field of it, ``e.pageIndex`` — read as the
    page value, for each parameter the expression uses so (a parameter read by two fields is none)."""
    params, body, expression = rule
    bound = []
    for param in params:
        use = re.compile(rf"(?<![\w$.]){re.escape(param)}(\.[A-Za-z_$][\w$]*)?(?![\w$])")
        fields = {match[1] for match in use.finditer(body)}
        if fields and len(fields) == 1:
            bound.append((use.sub(_PAGE, body), use.sub(_PAGE, expression)))
    return bound


def _build(body: str, expression: str, value: int, scripts: str, base_url: str) -> str | None:
    built = jsexpr.evaluate(expression, body + "\n" + scripts, names={_PAGE: value}, joins=True)
    if not isinstance(built, str) or not usable_href(built):
        return None
    href = built.split("#")[0]
    if not (PAGE_FILE.match(href) or re.match(r"^[?/][^\s\"'<>]*$", href)):
        return None
    return urljoin(base_url, href)


def _own_value(rule: tuple[list[str], str, str], current: int | None, scripts: str, base_url: str,
               own: str) -> tuple[int, str, str] | None:
    """(the value of the callback's page that builds this page's own address — the declared current
    one; undeclared, the one of 0 and 1 that does —, the body and expression so bound); None when
    no binding builds it."""
    for body, expression in _bound(rule):
        fits = [value for value in ((current,) if current is not None else (0, 1))
                if _build(body, expression, value, scripts, base_url) == own]
        if len(fits) == 1:
            return fits[0], body, expression
    return None
