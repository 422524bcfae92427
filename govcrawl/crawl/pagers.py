"""Pager recognisers shared by every family base and the generic path (portals.md §1, §7).

A list page says where its other pages are in one of a few ways.  Each recogniser here reads one
way, as a pure function of the page, and returns a ``Pager``: the other pages' URLs — only pages the
page *links* or *declares* (a script's page count with its naming rule), never a guessed
``2.html`` — and what the page declares (pages, records) for coverage accounting.

* TRS ``createPageHTML`` read by the page's own definition of it when the page has one (its
  argument order and its page-file naming rule, ``pagerule``); else by the conventions —
  4 arguments, 0-based (``index_1`` is page 2); 6 arguments, 1-based
  (``createPageHTML('page_div', 4, 1, 'index', 'shtml', 37)``, ``index_2`` is page 2) — each
  argument a literal, a variable the page's script sets, whatever its name (``var countPage =
  7//共多少页``, ``var _nPageCount = 3; var _sPageName = "index";``), or arithmetic over them
  (``Math.ceil(recordCount / pageSize)``, ``jsexpr``, never run) or a form field's value
  (``document.getElementById('hidTotal').value``) — set on the page, or in the one same-host script
  the page loads for it (``pagerscript.count_script``: the spider fetches it, size-capped, and a
  script that does not answer is a stated shortfall).
* Pager data (``pagerdata``): ``pageParam``'s ``{total:7,pageCount:3}``, a JSON data block
  (``<script type="application/json">{"pageCount": 3, "pageName": "nblist"}``), ``data-*``
  attributes — with the script's naming rule (``page == 1 ? "" : "_" + page``); when that script is
  a shared file the page loads, the convention of the block's family (``pageParam``: 海云's
  ``name_N``; else the family reading the page, classic TRS ``index_{N-1}``), no URL without one —
  its declared count is always read, so a wrong or missing name is a stated shortfall, never silence.
* A pager widget's options object (layui's ``laypage.render({count: 10, limit: 4, curr: 1, jump:
  …})``, ``$(…).pagination({totalData: 11, showData: 4})``): what it declares (``pagersettings``:
  one vocabulary of key names); its pages by its jump function's naming rule (``'index_' + (obj.curr
  - 1) + '.html'``, the page a parameter of it or a variable set from one), none without one.
* Printed counts: ``共 27 条``, ``共 12 条记录``, ``共 3 页``, ``页次：1/3``, ``1/11`` next to a pager.
* Links: numbered page links, 下一页 / 下页 / 尾页 / next / » links, ``?page=N`` links; the query
  parameter such links page by, whatever its name (``link_page_parameter``: ``&Page=2``).
* The next page the document names by relation (``rel_next``): ``<link rel="next" href="…">`` in the
  head, ``<a rel="next">`` — a server-rendered SPA (Nuxt, Next) whose pager is buttons without links
  names its next page only so.  Followed as the pager's next link, page by page.
* Form paging: a form with a page-number field (``page``, ``pageNo``, ``curpage`` …, a list-prefixed
  ``a1194PAGENUM``, or the field the pager script sets before ``submit()``) and a declared page
  count: one POST per declared page.

Pagers that print no count are followed link by link: every list page's own next link is followed
until there is none (the dupefilter and the page budget stop loops).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from govcrawl.crawl import jsexpr, pagerdata, pagerule
from govcrawl.crawl.pagefunc import MAX_SELECT_PAGES, PAGE_FILE, called_page_href, script_rule_urls
from govcrawl.crawl.pagersettings import OPTIONS_CHARS, Settings, object_literal, script_value, settings
from govcrawl.crawl.urls import document_base, link_href, page_url, query_items
from govcrawl.crawl.urls import usable_href as usable_href  # re-exported: the list recognisers' test

# Far above any real 年报 column (a county has ~20 agencies × a dozen years); a declared count past
# it is reported, not requested (the per-portal page budget is the hard limit).
MAX_DECLARED_PAGES = 10_000
_NAME_ARG = re.compile(r"^[\w\-]+$")

# "共 12 条", "共列出 12 条", "共收录 8 个" (a verb between 共 and the count that only a list uses).
COUNT_LEAD = r"共\s*(?:列出|收录)?\s*[:：]?\s*"
_RECORDS = re.compile(COUNT_LEAD + r"(\d+)\s*(?:条|篇|项|个)")
_PAGES = re.compile(r"共\s*[:：]?\s*(\d+)\s*页")
_PAGE_OF = re.compile(r"(?<![\d/\-.])(\d{1,5})\s*/\s*(\d{1,5})(?![\d/\-.])")  # 1/3, not 2024/1/30
_NEXT = re.compile(r"^(?:下一?页|后一?页|下页|next(?:\s*page)?|>|›|»|>>)$", re.I)
_LAST = re.compile(r"^(?:尾页|末页|最后一?页|last(?:\s*page)?|>\||»\|)$", re.I)
_BACK = re.compile(r"^(?:首页|第一页|上一?页|前一?页|first(?:\s*page)?|prev(?:ious)?(?:\s*page)?|<|‹|«|<<|\|<|\|«)$",
                   re.I)
_PAGE_FIELD = re.compile(r"^(?:page|pageno|page_no|pagenum|pagenumber|curpage|cur_page|currentpage|pageindex|"
                         r"page_index|p|pn|pageNo|PAGENUM)$", re.I)
# A page field named with its list's prefix (VSB's ``a1194PAGENUM``, ``list_pageNo``).
_PREFIXED_PAGE_FIELD = re.compile(r"^[A-Za-z]\w*?_?(?:pagenum|pageno|pagenumber|curpage|currentpage|pageindex)$", re.I)
# A script that sets a form field to the page it was asked for and submits the form:
# ``document.a1194a.a1194PAGENUM.value=n; document.a1194a.submit()``, ``form.pageNo.value = page``.
_SCRIPT_SETS_FIELD = re.compile(r"\.(\w+)\.value\s*=\s*[A-Za-z_$][\w$]*\s*;[^}]{0,200}?\.submit\(\)")
_PAGE_PARAM = re.compile(r"(?:^|[?&])(?:page|pageno|page_no|pagenum|curpage|cur_page|currentpage|pageindex|"
                         r"pn|p)=(\d+)", re.I)
_PAGER_CLASS = pagerdata.PAGER_MARK
# Query parameters that count records, not pages (``?start=0``, ``&offset=20``, Joomla's ``limitstart``,
# DataTables' ``iDisplayStart``): their 0 is the list's first page.
_OFFSET_PARAM = re.compile(r"^(?:start|offset|begin|skip|from|pos|startrow|start_row|startrecord|startindex|"
                           r"start_index|rowstart|limitstart|firstresult|idisplaystart)$", re.I)


@dataclass
class FormPaging:
    """POST paging: the form's action, its fields, and the field that carries the page number."""

    action: str
    fields: dict[str, str]
    page_field: str


@dataclass
class Pager:
    """What one list page says about its list's other pages."""

    kinds: list[str] = field(default_factory=list)   # which recognisers fired ("trs4", "links", …)
    urls: list[str] = field(default_factory=list)    # other pages, absolute, in page order
    pages: int | None = None                         # pages the page declares
    records: int | None = None                       # entries the page declares
    current: int | None = None                       # this page's number (1-based) when declared
    next_url: str | None = None                      # the 下一页 link
    form: FormPaging | None = None
    capped: int = 0                                  # declared pages not listed (over MAX_DECLARED_PAGES)
    first_page: str | None = None                    # the list's first page, by the pager's naming
    _seen: set[str] = field(default_factory=set, repr=False)

    @property
    def found(self) -> bool:
        return bool(self.kinds)

    def add(self, url: str) -> None:
        if url not in self._seen:
            self._seen.add(url)
            self.urls.append(url)


TrsArgs = list[int | str | None]


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


def trs_arguments(text: str, fields: jsexpr.Fields | None = None) -> TrsArgs | None:
    """The arguments of the page's first ``createPageHTML`` call whose arguments all resolve
    (``trs_calls``)."""
    calls = trs_calls(text, fields)
    return calls[0] if calls else None


def _declared_range(pager: Pager, first: int, last: int) -> range:
    if last - first + 1 > MAX_DECLARED_PAGES:
        pager.capped = last - first + 1 - MAX_DECLARED_PAGES
        return range(first, first + MAX_DECLARED_PAGES)
    return range(first, last + 1)


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
        if isinstance(name, str) and isinstance(ext, str) and _NAME_ARG.match(name) and _NAME_ARG.match(ext):
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
        for page in _declared_range(pager, 2, pages):
            pager.add(urljoin(base_url, f"{name}_{page}.{ext}"))
    elif len(args) >= 4 and isinstance(args[0], int) and name_ext(2):
        name, ext = name_ext(2) or ("", "")
        pages, current = args[0], args[1]
        pager.kinds.append("trs4")
        pager.first_page = urljoin(base_url, f"{name}.{ext}")
        pager.pages, pager.current = pages, current + 1 if isinstance(current, int) else None
        for index in _declared_range(pager, 1, pages - 1):
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
            and _NAME_ARG.match(name) and _NAME_ARG.match(ext)):
        return False
    pager.kinds.append("trs_rule")
    pager.first_page = urljoin(base_url, f"{name}.{ext}")
    pager.pages = pages
    pager.current = rule.current_page(current) if isinstance(current, int) else None
    pager.records = records if isinstance(records, int) else pager.records
    for page in _declared_range(pager, 2, pages):
        pager.add(urljoin(base_url, f"{name}{rule.separator}{rule.suffix(page)}.{ext}"))
    return True


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
    base = HAIYUN_BASE if rule or block.kind == "page_param" else base
    path = urlsplit(base_url).path
    name = block.name or path.rsplit("/", 1)[-1].split(".")[0]
    ext = ((rule[2] if rule else None) or block.ext
           or (path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else "html"))
    if (base is None or not (_NAME_ARG.match(name) and _NAME_ARG.match(ext)) or not pages
            or (found.current or 1) != 1):
        return pager
    for page in _declared_range(pager, 2, pages):
        pager.add(urljoin(base_url, f"{name}{rule[1] if rule else _PARAM_SEPARATOR}{page - 1 + base}.{ext}"))
    return pager


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
_GOES_TO_VALUE = re.compile(r"(?:location(?:\.href)?|window\.open)\s*[=(]\s*(?:this|[\w$.]+)\.(?:value|options\b)")
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
        if _GOES_TO_VALUE.search(select.attrib.get("onchange", "")) and all(map(PAGE_FILE.match, values)):
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
        for page in _declared_range(pager, 2, pager.pages):
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


def first_page_alias(url: str, first: str) -> bool:
    """Is ``url`` the list's first page ``first`` with its page parameter set to 1, or its record
    offset set to 0 — a later page's link back to the first (``List?columnId=27&page=1`` for
    ``List?columnId=27``, ``ndbg?start=0`` for ``ndbg`` paged ``?start=4``, ``?start=8``): the same
    page by another name, not another page of the list."""
    here, there = urlsplit(url), urlsplit(first)
    if (here.scheme, here.netloc.lower(), here.path) != (there.scheme, there.netloc.lower(), there.path):
        return False
    query, own = query_items(url), query_items(first)
    extra = [name for name in query if name not in own]
    if len(extra) != 1 or any(query.get(name) != value for name, value in own.items()):
        return False
    name = extra[0].decode("utf-8", "replace")
    if query[extra[0]] == b"0" and _OFFSET_PARAM.match(name):
        return True
    return query[extra[0]] == b"1" and bool(_PAGE_PARAM.fullmatch(f"{name}=1"))


def printed_counts(text: str) -> tuple[int | None, int | None, int | None]:
    """(records, pages, current page) printed by a pager: 共 N 条(记录), 共 N 页, 页次：1/3."""
    records = _RECORDS.search(text)
    pages = _PAGES.search(text)
    page_of = _PAGE_OF.search(text)
    if page_of and int(page_of[1]) > int(page_of[2]):
        page_of = None  # not a page position
    current = int(page_of[1]) if page_of else None
    total_pages = int(pages[1]) if pages else (int(page_of[2]) if page_of else None)
    return (int(records[1]) if records else None), total_pages, current


def _pager_text(sel: Selector) -> str:
    """The visible text of the page's pager blocks (elements whose class/id names a pager, and the
    parents of next-page links), else of the whole body without scripts."""
    parts: list[str] = []
    for node in sel.xpath("//*[@class or @id]"):
        marker = f"{node.attrib.get('class', '')} {node.attrib.get('id', '')}"
        if _PAGER_CLASS.search(marker) and len(node.xpath(".//text()").getall()) < 200:
            parts.append(" ".join(node.xpath(".//text()[not(ancestor::script)]").getall()))
            parts.extend(_count_lines(node))
    for link in sel.xpath("//a"):
        if _NEXT.match(" ".join(link.xpath(".//text()").getall()).strip()):
            parts.append(" ".join(link.xpath("../..//text()[not(ancestor::script)]").getall()))
    if parts:
        return " ".join(parts)
    return " ".join(sel.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]").getall())


# A pager's counts printed beside it rather than in it: PagedList.Mvc's ``<ul class="pagination">``
# with "第 1 页，共 3 页" in the ``<p>`` after it and "共 11 条记录" above the table before it.  Only
# short, link-free lines among the pager's nearest siblings (not the list's rows, not a menu).
_NEAR_SIBLINGS = 3
_COUNT_LINE_CHARS = 60


def _count_lines(pager: Selector) -> list[str]:
    lines = []
    near = f"[position() <= {_NEAR_SIBLINGS}][not(.//a)][not(self::script or self::style)]"
    for node in pager.xpath(f"preceding-sibling::*{near} | following-sibling::*{near}"):
        text = " ".join(" ".join(node.xpath(".//text()").getall()).split())
        if text and len(text) <= _COUNT_LINE_CHARS:
            lines.append(text)
    return lines


def linked_pages(sel: Selector, base_url: str, pager: Pager | None = None, encoding: str | None = "utf-8",
                 here: str | None = None) -> Pager:
    """Pages the pager links: next/last links, numbered links, ``?page=N`` links — escaped as a
    browser sends them from a page in ``encoding`` (``urls.page_url``); ``base_url`` is what its links
    resolve against (``urls.document_base``), ``here`` the page's own URL (by default the same)."""
    pager = pager or Pager()
    here = (here or base_url).split("#")[0]
    found = False
    for link in sel.xpath("//a[@href]"):
        href = link_href(link)  # its href, else the address its script opens (``location.href='…'``)
        if href is None:
            continue
        text = " ".join(" ".join(link.xpath(".//text()").getall()).split())
        url = page_url(base_url, href, encoding).split("#")[0]
        if url == here:
            continue
        if _NEXT.match(text):
            pager.next_url = pager.next_url or url
            pager.add(url)
            found = True
        elif (_LAST.match(text) or (text.isdigit() and 0 < int(text) < 10_000 and _in_pager(link))
              or (_PAGE_PARAM.search(urlsplit(url).query) and urlsplit(url).path == urlsplit(here).path)):
            pager.add(url)
            found = True
    if found:
        pager.kinds.append("links")
    return pager


# Past this many ``rel`` links a page is not naming its list's next page (bounded read).
_MAX_REL_LINKS = 200


def rel_next(sel: Selector, base_url: str, pager: Pager | None = None, encoding: str | None = "utf-8",
             here: str | None = None) -> Pager:
    """The next page the document names by relation: ``<link rel="next" href="…">`` (HTML's and
    search engines' way, kept by server-rendered SPAs whose pager is buttons), ``<a rel="next">``
    whatever its text (an icon).  The server's own URL, so following it is no guess; it becomes the
    pager's next link (the caller bounds the chain)."""
    pager = pager or Pager()
    here = (here or base_url).split("#")[0]
    for node in sel.xpath("//link[@rel][@href] | //a[@rel]")[:_MAX_REL_LINKS]:
        if "next" not in (node.attrib.get("rel") or "").lower().split():
            continue
        href = (node.attrib.get("href") or "").strip() if node.root.tag == "link" else link_href(node)
        if not href or not usable_href(href):
            continue
        url = page_url(base_url, href, encoding).split("#")[0]
        if url == here or urlsplit(url).scheme not in ("http", "https"):
            continue
        pager.next_url = pager.next_url or url
        pager.add(url)
        if "rel_next" not in pager.kinds:
            pager.kinds.append("rel_next")
    return pager


def link_page_parameter(sel: Selector, base_url: str, encoding: str | None = "utf-8") -> str | None:
    """The query parameter a page's pager links page by, whatever the server calls it (``Page=2``,
    ``pageNo=3``, ``curpage=2``, ``p=2``): the one numeric parameter in which a pager link (下一页 /
    尾页 / 首页 / 上一页 / a number — a last page links only back) to this page's own path differs from
    this page's query (``ArticleList.asp?ClassID=12`` → ``…?ClassID=12&Page=2``); the name most such
    links vary, else None.  Queries are compared as the bytes sent (a link's raw ``BigClassName=政务公开``
    in a GBK page is the page's own ``%D5%FE…``: ``encoding`` is the page's)."""
    here = urlsplit(base_url.split("#")[0])
    own = query_items(base_url)
    votes: dict[str, int] = {}
    page = sel.get()
    rules: dict[str, tuple[str, str] | None] = {}
    joined = document_base(sel, base_url)
    for link in sel.xpath("//a[@href]")[:2000]:
        href = link_href(link) or called_page_href(link, page, rules)  # ``javascript:goPage(2)``: its rule
        text = " ".join(" ".join(link.xpath(".//text()").getall()).split())
        if href is None or not (_NEXT.match(text) or _LAST.match(text) or _BACK.match(text)
                                or (text.isdigit() and _in_pager(link))):
            continue
        url = page_url(joined, href, encoding)
        if urlsplit(url).path != here.path:
            continue
        query = query_items(url)
        changed = [key for key, value in query.items() if own.get(key) != value]
        if len(changed) == 1 and query[changed[0]].isdigit() and set(own) <= set(query):
            name = changed[0].decode("utf-8", "replace")
            votes[name] = votes.get(name, 0) + 1
    return max(votes, key=lambda name: votes[name]) if votes else None


def _in_pager(link: Selector) -> bool:
    """A numbered link is a page link when a pager-looking block or a next/last link is near it."""
    for ancestor in link.xpath("ancestor::*[position() <= 3]"):
        marker = f"{ancestor.attrib.get('class', '')} {ancestor.attrib.get('id', '')}"
        if _PAGER_CLASS.search(marker):
            return True
        texts = [" ".join(a.xpath(".//text()").getall()).strip() for a in ancestor.xpath(".//a")]
        if any(_NEXT.match(t) or _LAST.match(t) for t in texts):
            return True
    return False


# ASP.NET's pager links: ``javascript:__doPostBack('ctl00$…$AspNetPager1','2')`` — the page posts its
# form back with the control in ``__EVENTTARGET`` and the page number in ``__EVENTARGUMENT``.
_POSTBACK = re.compile(r"""__doPostBack\(\s*['"]([^'"]{1,200})['"]\s*,\s*['"](\d{1,6})['"]\s*\)""")


def postback_paging(sel: Selector, base_url: str, encoding: str | None = "utf-8") -> FormPaging | None:
    """ASP.NET paging (an AspNetPager, a GridView's pager): the form that holds ``__EVENTTARGET``,
    posted with the pager control's name as the target and the page as the argument."""
    targets = [m[1] for href in sel.xpath("//a/@href").getall()[:2000] if (m := _POSTBACK.search(href))]
    form = sel.xpath("//form[.//input[@name='__EVENTTARGET']]")
    if not targets or not form:
        return None
    fields = {node.attrib["name"]: node.attrib.get("value", "")
              for node in form[0].xpath(".//input[@name]")
              if node.attrib.get("type", "").lower() not in ("submit", "button", "image", "reset", "checkbox", "radio")}
    fields["__EVENTTARGET"] = max(set(targets), key=targets.count)  # the pager's own control
    return FormPaging(page_url(base_url, form[0].attrib.get("action") or base_url, encoding), fields, "__EVENTARGUMENT")


def form_paging(sel: Selector, base_url: str, encoding: str | None = "utf-8") -> FormPaging | None:
    """A form with a page-number field (legacy ASP/JSP lists paged by POST): ASP.NET's postback, a
    field named as a page number, or one the page's pager script sets to the page it goes to before
    submitting."""
    postback = postback_paging(sel, base_url, encoding)
    if postback is not None:
        return postback
    scripts = " ".join(sel.xpath("//script[not(@src)]/text()").getall()[:50])
    script_set = set(_SCRIPT_SETS_FIELD.findall(scripts))
    for form in sel.xpath("//form"):
        fields: dict[str, str] = {}
        page_field = None
        for node in form.xpath(".//input[@name]|.//select[@name]"):
            name = node.attrib["name"]
            if node.attrib.get("type", "").lower() in ("submit", "button", "image", "reset"):
                continue
            fields[name] = node.attrib.get("value", "")
            if page_field is None and (_PAGE_FIELD.match(name) or _PREFIXED_PAGE_FIELD.match(name)
                                       or name in script_set):
                page_field = name
        if page_field is not None:
            method = form.attrib.get("method", "get").lower()
            if method != "post":
                continue  # a GET form's pages are ordinary ``?page=N`` links
            return FormPaging(page_url(base_url, form.attrib.get("action") or base_url, encoding), fields, page_field)
    return None


def recognise(text: str, base_url: str, encoding: str | None = "utf-8") -> Pager:
    """Every recogniser on one list page; what they found, merged.  ``encoding``: the page's, which
    the queries of the URLs it links are sent in (``urls.page_url``)."""
    sel = Selector(text=text)
    own = base_url.split("#")[0]
    base_url = document_base(sel, base_url)  # relative links, and scripts' addresses, resolve against <base>
    pager = trs_script(text, base_url)
    if not pager.found:
        page_param(sel, text, base_url, pager)
    if not pager.found:
        pager_widget(text, base_url, pager)
    if not pager.found:
        page_select(sel, text, base_url, pager, encoding)
    records, pages, current = printed_counts(_pager_text(sel))
    if pager.records is None:
        pager.records = records
    if pager.pages is None and pages is not None:
        pager.pages = pages
        pager.current = pager.current or current
        pager.kinds.append("count")
    elif records is not None and "count" not in pager.kinds:
        pager.kinds.append("count")
    linked_pages(sel, base_url, pager, encoding, own)
    if not pager.urls:
        script_rule_pages(sel, text, base_url, pager, encoding)
    if not pager.urls and "select" not in pager.kinds:
        jump_rule_pages(text, base_url, pager)
    rel_next(sel, base_url, pager, encoding, own)  # after the declared pages: it adds the next, if new
    if own != base_url and own in pager._seen:
        pager.urls = [url for url in pager.urls if url != own]
    form = form_paging(sel, base_url, encoding)
    if form is not None and pager.pages and pager.pages > 1 and not {"links", "rel_next"} & set(pager.kinds):
        pager.form = form
        pager.kinds.append("form")
    return pager


def form_pages(pager: Pager) -> list[int]:
    """The page numbers to POST for a form pager (2 … declared pages, from its first page)."""
    if pager.form is None or not pager.pages or (pager.current or 1) != 1:
        return []
    last = min(pager.pages, MAX_DECLARED_PAGES + 1)
    return list(range(2, last + 1))
