"""Pagers whose URL rule is the page's own script (portals.md §1.2): pager links that call a
one-argument page function (``javascript:goPage(2)``, ``onclick="toPage('3')"``) the page defines,
and page-jump ``<select>``s whose handler builds the address from the chosen value.  The address is
read with the bounded evaluator (``jsexpr``, never run) for the page numbers the links and options
declare — never a URL the script does not build.  Pure functions of a page's text; ``pagers`` adds
what they find to a list page's pager.
"""

from __future__ import annotations

import re

from parsel import Selector

from govcrawl.crawl import jsexpr
from govcrawl.crawl.urls import NAVIGATES, page_url, usable_href

# A page's address as a link or option gives it: a relative or absolute URL of a page, not a bare
# number or a script call.
PAGE_FILE = re.compile(r"^(?!javascript:)(?:https?://[^\s\"'<>]+"
                       r"|[^\s\"'<>:]*\.[A-Za-z]{2,5}(?:\?[^\s\"'<>]*)?)$", re.I)
MAX_SELECT_PAGES = 500  # options of one page-jump <select> read
MAX_LINKS = 2000        # links looked through for page-function calls

# A pager's call of a one-argument page function: ``href="javascript:goPage(2)"``, ``onclick="toPage('3');
# return false"``; and a select's handler that passes its value on (``onchange="goPage(this.value)"``).
_PAGE_CALL = re.compile(r"""^\s*(?:javascript:)?\s*([A-Za-z_$][\w$]*)\s*\(\s*(["']?)(\d{1,5})\2\s*\)\s*;?""")
_SELECT_CALL = re.compile(r"""(?<![\w$.])([A-Za-z_$][\w$]*)\s*\(\s*this\.(?:options\[\s*this\.selectedIndex\s*\]\.)?"""
                          r"""value\s*\)""")
_THIS_VALUE = re.compile(r"this\.(?:options\[\s*this\.selectedIndex\s*\]\.)?value")
_PAGE_VALUE = "_govcrawl_page_"  # the name a select's ``this.value`` is read as
SCRIPT_BODY_CHARS = 1500  # how far past a page function's definition its navigation is looked for


def _page_function(text: str, name: str) -> tuple[str, str] | None:
    """(parameter, the address expression) of the page's own one-parameter function ``name`` that
    navigates (``function goPage(p) { location.href = 'list.jsp?page=' + p; }``, ``var toPage =
    function (n) { … }``); None when the page defines no such function."""
    head = re.escape(name)
    for definition in re.finditer(rf"(?:function\s+{head}|(?<![\w$.]){head}\s*=\s*function)\s*\(\s*"
                                  r"([A-Za-z_$][\w$]*)\s*\)\s*\{", text):
        body = text[definition.end(): definition.end() + SCRIPT_BODY_CHARS]
        body = body[: jsexpr.block_end(body)]
        navigation = NAVIGATES.search(body)
        if navigation is not None:
            return definition[1], jsexpr.expression_at(body, navigation.end())
    return None


def _built_href(expression: str, name: str, page: int | str, text: str) -> str | None:
    """The address ``expression`` builds with ``name`` bound to ``page`` (the page's variables read
    as its scripts set them, ``jsexpr``); None when it builds none."""
    value = jsexpr.evaluate(expression, _scripts(text), names={name: page}, joins=True)
    if not isinstance(value, str) or not usable_href(value) or not PAGE_FILE.match(value.split("#")[0]):
        return None
    return value


def _built_url(expression: str, name: str, page: int | str, text: str, base_url: str,
               encoding: str | None) -> str | None:
    """``_built_href``, joined as the page's links are."""
    value = _built_href(expression, name, page, text)
    return None if value is None else page_url(base_url, value, encoding)


def called_page_href(link: Selector, text: str, rules: dict[str, tuple[str, str] | None]) -> str | None:
    """The address a pager link's call of the page's own page function builds
    (``href="javascript:goPage(2)"`` → ``iList.jsp?cat_id=10086&cur_page=2``), ``rules`` the page
    functions already read; None when the link calls none, or the function builds no address."""
    href = (link.attrib.get("href") or "").strip()
    for script in (href if href.lower().startswith("javascript:") else "", link.attrib.get("onclick") or ""):
        call = _PAGE_CALL.match(script)
        if call is None:
            continue
        if call[1] not in rules:
            rules[call[1]] = _page_function(text, call[1])
        rule = rules[call[1]]
        return None if rule is None else _built_href(rule[1], rule[0], int(call[3]), text)
    return None


def _scripts(text: str) -> str:
    return "\n".join(re.findall(r"<script\b[^>]*>(.*?)</script>", text, re.I | re.S)[:50])


def script_rule_urls(sel: Selector, text: str, base_url: str, current: int,
                     encoding: str | None = "utf-8") -> list[str]:
    """Pages whose URL rule is the page's own script: pager links that call a page function
    (``javascript:goPage(2)``) defined in the page (``function goPage(p) { location.href =
    'iList.jsp?cat_id=' + catId + '&cur_page=' + p; }``), or a page-jump ``<select>`` whose handler
    builds the address from its value (``onchange="location.href='list_'+this.value+'.htm'"``, or
    passes the value to such a function).  The address is read with the bounded evaluator
    (``jsexpr``) for the page numbers the links and options declare — never a URL the script does
    not build.  The ``current`` page is not added again."""
    found: list[str] = []
    rules: dict[str, tuple[str, str] | None] = {}

    def rule_of(function: str) -> tuple[str, str] | None:
        if function not in rules:
            rules[function] = _page_function(text, function)
        return rules[function]

    for link in sel.xpath("//a")[:MAX_LINKS]:
        href = (link.attrib.get("href") or "").strip()
        for script in (href if href.lower().startswith("javascript:") else "", link.attrib.get("onclick") or ""):
            call = _PAGE_CALL.match(script)
            if call is None:
                continue
            built = called_page_href(link, text, rules) if int(call[3]) != current else None
            if built is not None:
                found.append(page_url(base_url, built, encoding))
            break
    for select in sel.xpath("//select[@onchange]"):
        handler = select.attrib["onchange"]
        values = [(option.attrib.get("value") or "").strip() for option in select.xpath("./option")]
        if not values or not all(value.isdigit() for value in values):
            continue
        selected = select.xpath("./option[@selected]/@value").get()
        call = _SELECT_CALL.search(handler)
        rule = rule_of(call[1]) if call else None
        navigation = NAVIGATES.search(handler) if rule is None else None
        if navigation is not None:
            rule = (_PAGE_VALUE, _THIS_VALUE.sub(_PAGE_VALUE, jsexpr.expression_at(handler, navigation.end())))
        if rule is None:
            continue
        for value in values[:MAX_SELECT_PAGES]:
            if value == (selected or "").strip():
                continue
            url = _built_url(rule[1], rule[0], int(value), text, base_url, encoding)
            if url is not None:
                found.append(url)
    return found
