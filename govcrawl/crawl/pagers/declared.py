"""Pagers a page declares rather than links: settings given as data (``pageParam``, JSON blocks,
``data-*``), a pager widget's options object, a page-jump ``<select>``, and the URLs of the declared
pages by the naming rule of the page's own jump script — never a guessed page file."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from govcrawl.crawl import jsexpr, pagerdata
from govcrawl.crawl.pagefunc import MAX_SELECT_PAGES, PAGE_FILE, script_rule_urls
from govcrawl.crawl.pagers.loops import loop_pages
from govcrawl.crawl.pagers.model import NAME_ARG, Pager, declared_range
from govcrawl.crawl.pagersettings import OPTIONS_CHARS, Settings, object_literal, settings
from govcrawl.crawl.urls import page_url

# The TRS families' page-file conventions for a pager declared as data whose naming script is not in
# the page (a shared ``page.js``): the file index of page 1, page n ≥ 2 being ``<name>_<n - 1 + it>``
# — classic 0-based (``index_1.html`` is page 2), 海云 1-based (``nb_list_2.shtml``; portals.md §1.1,
# §1.2).  A ``pageParam`` element is 海云's own; other data blocks are named by the family reading them
# (its spider's ``page_base``), and by nothing on a page no family reads: declared, not requested.
CLASSIC_BASE, HAIYUN_BASE = 0, 1
_PARAM_SEPARATOR = "_"
_PARAM_RULE = re.compile(r"""page\s*==\s*1\s*\?\s*["']{2}\s*:\s*["']([_\-])["']\s*\+\s*page\s*\)"""
                         r"""(?:\s*\+\s*["']\.(\w+)["'])?""")
# A pager widget's options object: ``laypage.render({count: 37, limit: 10, …})``, a jQuery plugin's
# ``$('#p').pagination({totalPage: 4, …})``, ``jqPaginator``, ``twbsPagination``, ``new Paging('#p',
# {pageCount: 3})``.  Hanweb's ``jpage`` is its family's (its options name a data proxy, not pages).
_WIDGET_CALL = re.compile(r"""(?:\blaypage\s*\.\s*render|\.(?:pagination|paging|pager|page|createPage|pageInit"""
                          r"""|jqPaginator|twbsPagination|bootstrapPaginator|simplePagination)"""
                          r"""|\bnew\s+(?:Pagination|Paging|Pager|Page))\s*\(\s*(?:["'][^"'\n]{0,80}["']\s*,\s*)?\{""")



def _options_object(text: str, start: int) -> str:
    """The options object opening at ``text[start]`` (``{``), up to its closing brace (bounded)."""
    window = text[start: start + OPTIONS_CHARS]
    return object_literal(window) or window


def _declare(pager: Pager, found: Settings, kind: str) -> None:
    pager.kinds.append(kind)
    pager.pages, pager.records = found.page_count, found.records
    pager.current = found.current


def page_param(sel: Selector, text: str, base_url: str, pager: Pager | None = None,
               base: int | None = None) -> Pager:
    """Pager settings declared as data (``pagerdata``): TRS 海云's ``<div id="pageParam" data="{total:
    7,pageSize:3,pageCount:3,current:1}" url="nb_list" ext="shtml">``, a JSON data block (``<script
    type="application/json">{"pageCount": 3, "pageName": "nblist", …}``), ``data-*`` attributes: what
    they declare, always (any block but a ``pageParam`` only with a page count); the other pages by
    the naming rule in the page's script (``page == 1 ? "" : "_" + page``), else — the script a
    shared file the page loads — by the convention of the block's family: ``pageParam``'s 海云 one,
    else ``base`` (the family reading the page: ``CLASSIC_BASE``, ``HAIYUN_BASE``), the block's name
    or the page's own; none without (the declared count then says the list is short).  A declared
    current page 0 is a 0-based index: the first page."""
    pager = pager or Pager()
    for block in pagerdata.blocks(sel):
        found = settings(block.options, text, jsexpr.fields_of(text))
        pages = found.page_count
        if (block.kind == "page_param" and found.declared) or pages is not None:
            break
    else:
        return pager
    _declare(pager, found, block.kind)
    if found.current == 0:
        pager.current = 1
    rule = _PARAM_RULE.search(text)
    if not rule and block.kind == "json_data" and _written_pages(sel, base_url, pager):
        return pager
    base = HAIYUN_BASE if rule or block.kind == "page_param" else base
    if pages and (found.current or 1) == 1:
        convention_pages(pager, base_url, pages, base, block.name, (rule[2] if rule else None) or block.ext,
                         rule[1] if rule else _PARAM_SEPARATOR)
    return pager


def convention_pages(pager: Pager, base_url: str, pages: int, base: int | None, name: str | None = None,
                     ext: str | None = None, separator: str = _PARAM_SEPARATOR) -> Pager:
    """Pages 2 … ``pages`` of a count a first page declares with nothing naming them, named by a TRS
    family's page-file convention (``base``: ``CLASSIC_BASE`` or ``HAIYUN_BASE``) from the page's own
    file name (``index.htm`` → ``index_1.htm`` …) — none when no family reads the page (``base`` None)
    or the name is no page file's."""
    path = urlsplit(base_url).path
    name = name or path.rsplit("/", 1)[-1].split(".")[0]
    ext = ext or (path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else "html")
    if base is None or not (NAME_ARG.match(name) and NAME_ARG.match(ext)):
        return pager
    for page in declared_range(pager, 2, pages):
        pager.add(urljoin(base_url, f"{name}{separator}{page - 1 + base}.{ext}"))
    return pager


def _written_pages(sel: Selector, base_url: str, pager: Pager) -> bool:
    """The pages the page's own script writes from a data block's counts (a pager loop over a JSON
    island, ``i < d.pageCount``: ``loops``, ``islands``) added to ``pager`` — the page's own naming
    before any family's convention; False when its script writes none."""
    written = loop_pages(sel, base_url, Pager())
    if not written.urls:
        return False
    pager.kinds.append("loop")
    pager.current = written.current or pager.current
    for url in written.urls:
        pager.add(url)
    return True


def pager_widget(text: str, base_url: str, pager: Pager | None = None) -> Pager:
    """A pager widget's options (``laypage.render({elem: 'pg', count: 10, limit: 4, curr: 1, jump:
    …})``): the records and pages they declare; the pages' URLs come from the naming rule of the
    widget's jump function (``jump_rule_pages``), there being no other."""
    pager = pager or Pager()
    for calls, call in enumerate(_WIDGET_CALL.finditer(text)):
        if calls >= 20:
            break
        found = settings(_options_object(text, call.end() - 1), text, jsexpr.fields_of(text))
        if found.declared:
            _declare(pager, found, "widget")
            return pager
    return pager


_OPTION_PAGE = re.compile(r"^(?:第\s*)?(\d{1,5})\s*页?$")
# A select's change handler that navigates to the chosen option's value, and a value that is a page's
# address (a relative or absolute URL of a page, not a bare number or a script call).
GOES_TO_VALUE = re.compile(r"(?:location(?:\.href)?|window\.open)\s*[=(]\s*(?:this|[\w$.]+)\.(?:value|options\b)")
# The page-jump script's naming rule: ``"index_" + (n - 1) + ".shtml"`` (0-based file index) or
# ``"index_" + n + ".html"`` (1-based), with page 1 the column's index file; the page a field of the
# jump function's argument (a widget's ``jump: function (obj) { … 'index_' + (obj.curr - 1) … }``).
_JUMP_RULE = re.compile(r"""["']([\w\-]+?[_\-])["']\s*\+\s*\(?\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)\s*(-\s*1)?"""
                        r"""\s*\)?\s*\+\s*["']\.(s?html?)["']""")


def page_select(sel: Selector, text: str, base_url: str, pager: Pager | None = None,
                encoding: str | None = "utf-8") -> Pager:
    """A page-jump ``<select>`` whose options are the pages ("第1页" … "第4页"): the pages it
    declares, and their URLs when the page's script gives the file-naming rule (``encoding``: the
    page's, which its options' queries are sent in, ``urls.page_url``)."""
    pager = pager or Pager()
    for select in sel.xpath("//select"):
        numbers: list[int] = []
        for option in select.xpath("./option"):
            match = _OPTION_PAGE.match(" ".join(" ".join(option.xpath(".//text()").getall()).split()))
            if match is None:
                numbers = []
                break
            numbers.append(int(match[1]))
        if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
            continue
        selected = select.xpath("./option[@selected]/text()").get()
        pager.kinds.append("select")
        pager.pages = len(numbers)
        current = _OPTION_PAGE.match(selected.strip()) if selected else None
        pager.current = int(current[1]) if current else pager.current
        # A select that goes where its option says (``onchange="location.href=this.value"``, ``value=
        # "index_2.html"``): each option's value is its page's URL — no naming rule needed.
        values = [(option.attrib.get("value") or "").strip() for option in select.xpath("./option")]
        if GOES_TO_VALUE.search(select.attrib.get("onchange", "")) and all(map(PAGE_FILE.match, values)):
            pager.kinds.append("select_urls")
            for url in (page_url(base_url, value, encoding) for value in values[:MAX_SELECT_PAGES]):
                if url != base_url:
                    pager.add(url)
            return pager
        jump_rule_pages(text, base_url, pager)
        return pager
    return pager


def jump_rule_pages(text: str, base_url: str, pager: Pager) -> Pager:
    """The declared pages' URLs by the naming rule of the page's jump function (``function goPage(n)
    { location.href = n == 1 ? 'index.html' : 'index_' + n + '.html'; }``, reached from
    ``javascript:goPage(2)`` links or a page-jump ``<select>``)."""
    if not pager.pages or pager.pages < 2 or (pager.current or 1) != 1:
        return pager
    for rule in _JUMP_RULE.finditer(text):
        if not _is_parameter(rule[2].split(".")[0], text):
            continue  # the rule of a jump function's page parameter (or its argument's field) only
        offset = 1 if rule[3] else 0
        pager.kinds.append("jump_rule")
        for page in declared_range(pager, 2, pager.pages):
            pager.add(urljoin(base_url, f"{rule[1]}{page - offset}.{rule[4]}"))
        break
    return pager


def script_rule_pages(sel: Selector, text: str, base_url: str, pager: Pager,
                      encoding: str | None = "utf-8") -> Pager:
    """Pages whose URL rule is the page's own script (``pagefunc.script_rule_urls``), added to
    ``pager``."""
    found = script_rule_urls(sel, text, base_url, pager.current or 1, encoding)
    if found:
        pager.kinds.append("script_rule")
        for url in found:
            pager.add(url)
    return pager


def _is_parameter(name: str, text: str, depth: int = 2) -> bool:
    """``name`` is a page function's parameter (``function (e, page)``, ``(e, page) =>``), or a
    variable set from one (a widget callback's ``var n = api.getCurrent()``, ``let p = obj.curr``)."""
    own = rf"\([^()]{{0,80}}?(?<![\w$]){re.escape(name)}\s*(?:,[^()]{{0,80}})?\)"
    if re.search(rf"function\s*[\w$]*\s*{own}|{own}\s*=>", text):
        return True
    local = re.search(rf"(?:var|let|const)\s+{re.escape(name)}\s*=\s*([A-Za-z_$][\w$]*)\s*\.", text)
    return depth > 0 and local is not None and _is_parameter(local[1], text, depth - 1)

