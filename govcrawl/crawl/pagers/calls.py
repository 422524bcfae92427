"""A pager given as the arguments of a site's pager-init call (portals.md §1.2): the page's script
hands its own pager code the list's counts and the address of page N, and the numbered links exist
only once that code runs::

    kpPager.init({el: "#kpPage", total: 11, size: 4, current: 1, tpl: "index_{n}.html"});
    Pager.create("pageBar", {recordCount: 23, pageSize: 10, pageUrl: "list-{page}.htm"});
    initPage(23, 10, 1, "list_%d.shtml")      // with the page's ``function initPage(total, size, cur, url)``

Every CMS names the call differently (``kpPager.init``, ``pageInit``, ``initPage``, ``Pager.create``,
a jQuery plugin): the call is recognised by what it is given, not by its name — settings that
declare a count (``pagersettings``: one vocabulary of key names) and a page-address template, a
string with one page placeholder (``{n}``, ``{page}``, ``{{number}}``, ``{0}``, ``%d``).  Positional
arguments are read by the names of the page's own definition of the function (a call without one
says nothing that can be told apart: which number is the record count?).  The template names page N
with N the page number, or the row offset ``size × (N − 1)`` when its placeholder names an offset
(``{start}``, ``{offset}``: ``model.is_offset_name``).  Nothing is guessed: no template, no URL — the
declared count then says the list is short.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from parsel import Selector

from govcrawl.crawl import jsexpr
from govcrawl.crawl.pagefunc import PAGE_FILE
from govcrawl.crawl.pagers.model import Pager, declared_range, is_offset_name
from govcrawl.crawl.pagersettings import (
    OPTIONS_CHARS,
    Settings,
    bare_name,
    object_literal,
    object_members,
    parameter_value,
    settings,
    split_top,
)
from govcrawl.crawl.urls import usable_href

MAX_SCRIPTS = 50            # a page's inline scripts looked through
MAX_SCRIPT_CHARS = 100_000
MAX_CALLS = 300             # calls looked at per page (a pager's is one of a few dozen)
MAX_ARGUMENTS = 12
# A call: ``name(``, ``obj.method(``, ``$('#p').pagination(`` — not a keyword, not a definition.
_CALL = re.compile(r"(?<![\w$])([A-Za-z_$][\w$]*)\s*\(")
_KEYWORDS = {"if", "for", "while", "switch", "catch", "function", "return", "typeof", "with", "new"}
# One page placeholder in an address: ``{n}``, ``{{page}}``, ``{ pageNo }``, ``{0}``, ``%d``, ``[page]``.
_PLACEHOLDER = re.compile(r"\{\{?\s*([A-Za-z_]\w{0,20}|\d)\s*\}?\}|%d|\[(page\w{0,10}|n)\]")
_PAGE_NAME = re.compile(r"^(?:%d|\d|n|p|i|pn|pg|no|num|number|cur|curr|current|index|page\w{0,10})$", re.I)
_QUERY_OR_PATH = re.compile(r"^[?/][^\s\"'<>]*$")  # ``?page=2``, ``/nb/list/2``: a page address too
_DEFINITION = r"(?:function\s+{name}|(?<![\w$.]){name}\s*[=:]\s*function)\s*\(([^()]{{0,300}})\)"


def pager_call(sel: Selector, base_url: str, pager: Pager | None = None) -> Pager:
    """The first call of the page's inline scripts whose arguments declare a count and a page-address
    template (see the module docstring): its counts, and from the first page the URLs of pages 2 …
    N by the template."""
    pager = pager or Pager()
    scripts = "\n".join(sel.xpath("//script[not(@src)]/text()").getall()[:MAX_SCRIPTS])[:MAX_SCRIPT_CHARS]
    for calls, call in enumerate(_CALL.finditer(scripts)):
        if calls >= MAX_CALLS:
            break
        if call[1] in _KEYWORDS or re.search(r"function\s*$", scripts[max(0, call.start() - 20): call.start()]):
            continue
        args = _arguments(scripts, call.end())
        if not args:
            continue
        found = _read(call[1], args, scripts)
        if found is None:
            continue
        declared, template = found
        pager.kinds.append("pager_call")
        pager.pages, pager.records, pager.current = declared.page_count, declared.records, declared.current
        if (declared.current or 1) == 1 and declared.page_count:
            for page in declared_range(pager, 2, declared.page_count):
                pager.add(urljoin(base_url, _address(template, page, declared.size)))
        return pager
    return pager


def _arguments(text: str, start: int) -> list[str]:
    """The arguments of the call whose ``(`` was read just before ``text[start]`` (source text, split
    at top-level commas); [] when it does not close within an options object's reach."""
    for index, char in jsexpr.top_level(text, start, start + OPTIONS_CHARS):
        if char == ")":
            args = [arg.strip() for arg in split_top(text[start:index], ",")]
            return args if len(args) <= MAX_ARGUMENTS and any(args) else []
    return []


def _read(name: str, args: list[str], script: str) -> tuple[Settings, str] | None:
    """(what the call declares, its page-address template), or None when it declares no count or
    gives no template (or a template by offset without the page size that steps it)."""
    for arg in args:
        literal = object_literal(arg) if arg.startswith("{") else None
        if literal is None:
            continue
        found = settings(literal, script, jsexpr.fields_of(script))
        template = _template(list(object_members(literal).values()), script)
        if found.page_count and template and (found.size or not _by_offset(template)):
            return found, template
    template = _template(args, script)
    params = _parameters(name, script, len(args))
    if template is None or params is None:
        return None
    values: dict[str, int] = {}
    for param, arg in zip(params, args, strict=True):
        value = parameter_value(arg, script)
        if value is not None and value.isdigit():
            values.setdefault(bare_name(param), int(value))
    found = Settings.declared_by(values)
    return (found, template) if found.page_count and (found.size or not _by_offset(template)) else None


def _template(raws: list[str], script: str) -> str | None:
    """The one value among ``raws`` (source texts) that is a page address with one page placeholder."""
    for raw in raws:
        value = parameter_value(raw, script)
        found = list(_PLACEHOLDER.finditer(value or ""))
        if value is None or len(found) != 1 or not _page_placeholder(found[0][1] or found[0][2] or "%d"):
            continue
        sample = _PLACEHOLDER.sub("2", value).split("#")[0]
        if usable_href(sample) and (PAGE_FILE.match(sample) or _QUERY_OR_PATH.match(sample)):
            return value
    return None


def _page_placeholder(name: str) -> bool:
    """A placeholder for a page (``{n}``, ``{page}``, ``%d``) or a row offset (``{start}``), not for
    an entry (``item_{id}.html``: a list's row template)."""
    return bool(_PAGE_NAME.match(name)) or is_offset_name(name)


def _by_offset(template: str) -> bool:
    placeholder = _PLACEHOLDER.search(template)
    return bool(placeholder and is_offset_name(placeholder[1] or placeholder[2] or ""))


def _address(template: str, page: int, size: int | None) -> str:
    """Page ``page``'s address by ``template``: the page number, or the row offset when the
    placeholder names one (``_read`` saw the call declare its page size)."""
    value = (size or 0) * (page - 1) if _by_offset(template) else page
    return _PLACEHOLDER.sub(str(value), template, count=1)


def _parameters(name: str, script: str, count: int) -> list[str] | None:
    """The parameter names of the page's own definition of ``name`` taking ``count`` arguments."""
    for definition in re.finditer(_DEFINITION.format(name=re.escape(name)), script):
        params = [p.strip() for p in definition[1].split(",") if p.strip()]
        if len(params) == count:
            return params
    return None
