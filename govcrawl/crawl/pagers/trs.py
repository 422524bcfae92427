"""TRS ``createPageHTML`` pagers: the call's arguments resolved (literals, script variables, form
fields, arithmetic — ``jsexpr``, never run), read by the page's own definition of the function when
it has one (``pagerule``), else by the TRS conventions (4 arguments 0-based, 6 arguments 1-based)."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urljoin

from govcrawl.crawl import jsexpr, pagerule
from govcrawl.crawl.pagers.model import NAME_ARG, Pager, TrsArgs, declared_range
from govcrawl.crawl.pagersettings import script_value


def trs_calls(text: str, fields: jsexpr.Fields | None = None, scope: str | None = None) -> list[TrsArgs]:
    """The arguments of every ``createPageHTML`` call of ``text`` whose arguments all resolve (a
    function's own definition, ``function createPageHTML(_nPageCount, …)``, does not), its names read
    in ``scope`` (the page's scripts; by default ``text``); the page's form fields (``fields``, else
    the ``<input>``s of ``scope``) are what ``….value`` reads, a field's digits a number as the pager
    function takes them."""
    scope = text if scope is None else scope
    fields = jsexpr.fields_of(scope) if fields is None else fields
    calls = []
    for _start, tokens in jsexpr.call_arguments(text, "createPageHTML"):
        args = [int(v) if isinstance(v := script_value(token, scope, fields), str) and v.isdigit() else v
                for token in tokens]
        if 2 <= len(args) <= 8 and None not in args:
            calls.append(args)
    return calls


# A ``createPageHTML`` call whose string arguments are written as HTML entities (``&quot;``, ``&#39;``).
_ESCAPED_CALL = re.compile(r"createPageHTML\s*\([^()<>]{0,200}?&(?:quot|#0*39|#x0*27|apos);")


def trs_arguments(text: str, fields: jsexpr.Fields | None = None) -> TrsArgs | None:
    """The arguments of the page's first ``createPageHTML`` call whose arguments all resolve
    (``trs_calls``)."""
    calls = trs_calls(text, fields)
    if not calls and _ESCAPED_CALL.search(text):
        # A template that escaped its pager script shows the call as text ("createPageHTML(3, 0,
        # &quot;index&quot;, &quot;shtml&quot;)" in a cell): nothing runs, but the page still declares it.
        calls = trs_calls(unescape(text), fields)
    return calls[0] if calls else None


def trs_script(text: str, base_url: str, pager: Pager | None = None, fields: jsexpr.Fields | None = None) -> Pager:
    """TRS ``createPageHTML`` calls: the 6-argument 1-based form (``'page_div', pages, current,
    'index', 'shtml'[, records]``), else the 4-argument 0-based one (``pages, current, 'index',
    'html'``) — each argument a literal, a variable the page's script sets (the stock template's
    ``countPage``/``currentPage``, ``_nPageCount``/``_sPageName``, any name) or a form field's value."""
    args = trs_arguments(text, fields)
    return trs_call(text, args, base_url, pager) if args else pager or Pager()


def trs_call(text: str, args: TrsArgs, base_url: str, pager: Pager | None = None) -> Pager:
    """One ``createPageHTML`` call's pager (``args`` resolved, ``trs_calls``), read by the page's own
    definition of the function (in ``text``) when it has one, else by the TRS conventions."""
    pager = pager or Pager()
    if _trs_own_rule(text, args, base_url, pager):
        return pager

    def name_ext(first: int) -> tuple[str, str] | None:
        name, ext = (args + [None, None])[first: first + 2]
        if isinstance(name, str) and isinstance(ext, str) and NAME_ARG.match(name) and NAME_ARG.match(ext):
            return name, ext
        return None

    if len(args) in (5, 6) and isinstance(args[0], str) and isinstance(args[1], int) and name_ext(3):
        name, ext = name_ext(3) or ("", "")
        pages, current = args[1], args[2]
        records = args[5] if len(args) == 6 and isinstance(args[5], int) else None
        pager.kinds.append("trs6")
        pager.first_page = urljoin(base_url, f"{name}.{ext}")
        pager.pages, pager.current = pages, current if isinstance(current, int) else None
        pager.records = pager.records if records is None else records
        for page in declared_range(pager, 2, pages):
            pager.add(urljoin(base_url, f"{name}_{page}.{ext}"))
    elif len(args) >= 4 and isinstance(args[0], int) and name_ext(2):
        name, ext = name_ext(2) or ("", "")
        pages, current = args[0], args[1]
        pager.kinds.append("trs4")
        pager.first_page = urljoin(base_url, f"{name}.{ext}")
        pager.pages, pager.current = pages, current + 1 if isinstance(current, int) else None
        for index in declared_range(pager, 1, pages - 1):
            pager.add(urljoin(base_url, f"{name}_{index}.{ext}"))
    return pager


def _trs_own_rule(text: str, args: list[int | str | None], base_url: str, pager: Pager) -> bool:
    """The call read by the page's own ``createPageHTML`` definition (``pagerule``): its argument
    order and its page-file naming, whatever they are; False when the page defines none."""
    rule = pagerule.page_rule(text, "createPageHTML", len(args))
    if rule is None:
        return False
    pages, name, ext = args[rule.count], args[rule.name], args[rule.ext]
    current = args[rule.current] if rule.current is not None else None
    records = args[rule.records] if rule.records is not None else None
    if not (isinstance(pages, int) and isinstance(name, str) and isinstance(ext, str)
            and NAME_ARG.match(name) and NAME_ARG.match(ext)):
        return False
    pager.kinds.append("trs_rule")
    pager.first_page = urljoin(base_url, f"{name}.{ext}")
    pager.pages = pages
    pager.current = rule.current_page(current) if isinstance(current, int) else None
    pager.records = records if isinstance(records, int) else pager.records
    for page in declared_range(pager, 2, pages):
        pager.add(urljoin(base_url, f"{name}{rule.separator}{rule.suffix(page)}.{ext}"))
    return True

