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
* A pager given as the arguments of a site's pager-init call, whatever it is named (``kpPager.init({total:
  11, size: 4, tpl: "index_{n}.html"})``, ``initPage(23, 10, 1, "list_%d.shtml")`` by the page's own
  definition of it; ``calls``): what it declares, and its pages by its page-address template.
* A pager widget's page-change callback (``onPageChange: function (e) { location.href = … e.pageIndex
  … }``, ``getLink: n => …``; ``callbacks``), for a widget declared by its options or its element's
  ``data-*`` (Epoint's ``m-pagination``): its pages' addresses, once the callback bound to the
  page's own declared current value builds the page's own URL — else none.
* A pager the page's own script writes in a loop (``for (var i = 0; i < countPage; i++) { … 'index_'
  + i + '.htm' … }``, ``loops``): the links it writes, read for each value of the loop (its bounds,
  its variables, ``?:`` and ``if`` read as the page's script sets them), and what its script
  declares (``recordCount``) — in the page or in a function the page calls with its counts, or over a
  JSON data island's counts (``islands``: ``i < d.pageCount``); such a loop names the pages of a JSON
  block's declared count before any family convention does.
* Printed counts: ``共 27 条``, ``共 12 条记录``, ``共 3 页``, ``页次：1/3``, ``1/11`` next to a pager.
* Links: numbered page links, 下一页 / 下页 / 尾页 / next / » links (arrows beside the words too: "下一页
  »", "Next ›"), ``?page=N`` links; a link only its marks call next (``class="next"``, an icon's
  ``aria-label="下一页"``) when its address is the list's next page (``pageurls``: ``/list/page2/``,
  ``/list/page/2/``, ``/list/p/2/``, ``/list/2/``, ``?page=2``, ``index_2.html``; never a post under the
  list); the query parameter such links page by, whatever its name (``link_page_parameter``: ``&Page=2``).
* The next page a "加载更多" link names (``more_link``): ``<div class="kl-more"><a class="more-btn"
  href="index_1.shtml">点击加载更多</a>`` — the list's own next page file (same directory, its name with a
  page number), which the page's script appends in place; each page names only the next, a chain
  followed page by page as the next link is.  A "更多" to another column is not one.
* The next page the document names by relation (``rel_next``): ``<link rel="next" href="…">`` in the
  head, ``<a rel="next">`` — a server-rendered SPA (Nuxt, Next) whose pager is buttons without links
  names its next page only so.  Followed as the pager's next link, page by page.
* Form paging: a form with a page-number field (``page``, ``pageNo``, ``curpage`` …, a list-prefixed
  ``a1194PAGENUM``, or the field the pager script sets before ``submit()``) and a declared page
  count: one POST per declared page; a GET form whose page field the pager's script (or its links'
  ``javascript:``) sets before ``submit()``: one GET per declared page, the form's action with all
  its fields as the query, in the page's encoding.

Pagers that print no count are followed link by link: every list page's own next link is followed
until there is none (the dupefilter and the page budget stop loops).

Modules: ``model`` (``Pager``, the declared-pages cap, the offset names), ``trs`` (``createPageHTML``),
``declared`` (data blocks, widgets, page selects, jump rules), ``calls`` (pager-init calls), ``callbacks``
(a widget's page-change callback), ``links`` (links, ``rel="next"``, "加载更多" links, printed counts),
``pageurls`` (a next page's address shapes), ``forms`` (form paging), ``loops`` (a script's own pager loop);
this module runs them all on one page (``recognise``).
"""

from __future__ import annotations

from parsel import Selector

from govcrawl.crawl.pagers.callbacks import callback_pages
from govcrawl.crawl.pagers.calls import pager_call
from govcrawl.crawl.pagers.declared import (
    CLASSIC_BASE,
    HAIYUN_BASE,
    convention_pages,
    jump_rule_pages,
    page_param,
    page_select,
    pager_widget,
    script_rule_pages,
)
from govcrawl.crawl.pagers.forms import form_pages, form_paging, postback_paging
from govcrawl.crawl.pagers.links import (
    COUNT_LEAD,
    first_page_alias,
    link_page_parameter,
    linked_pages,
    more_link,
    pager_text,
    printed_counts,
    rel_next,
)
from govcrawl.crawl.pagers.loops import loop_pages
from govcrawl.crawl.pagers.model import MAX_DECLARED_PAGES, FormPaging, Pager, TrsArgs, is_offset_name
from govcrawl.crawl.pagers.trs import trs_arguments, trs_call, trs_calls, trs_script
from govcrawl.crawl.urls import document_base
from govcrawl.crawl.urls import usable_href as usable_href  # re-exported: the list recognisers' test

__all__ = ["CLASSIC_BASE", "COUNT_LEAD", "HAIYUN_BASE", "MAX_DECLARED_PAGES", "FormPaging", "Pager", "TrsArgs",
           "callback_pages", "convention_pages", "first_page_alias", "form_pages", "form_paging", "is_offset_name",
           "jump_rule_pages",
           "link_page_parameter", "linked_pages", "loop_pages", "more_link", "page_param", "page_select", "pager_call",
           "pager_widget", "postback_paging", "printed_counts", "recognise", "rel_next", "script_rule_pages",
           "trs_arguments", "trs_call", "trs_calls", "trs_script", "usable_href"]


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
    if not pager.urls and pager.kinds in ([], ["widget"]):  # a named widget may carry its page template too
        pager_call(sel, base_url, pager)
    if not pager.found:
        page_select(sel, text, base_url, pager, encoding)
    if not pager.found:
        loop_pages(sel, base_url, pager, encoding, own)
    records, pages, current = printed_counts(pager_text(sel))
    if pager.records is None:
        pager.records = records
    if pager.pages is None and pages is not None:
        pager.pages = pages
        pager.current = pager.current or current
        pager.kinds.append("count")
    elif records is not None and "count" not in pager.kinds:
        pager.kinds.append("count")
    linked_pages(sel, base_url, pager, encoding, own)
    linked = bool(pager.urls)
    if not linked:
        script_rule_pages(sel, text, base_url, pager, encoding)
    # The jump function's rule names every declared page; its linked calls (``toPage(2)``) only some.
    if not linked and "select" not in pager.kinds and len(pager.urls) < (pager.pages or 0) - 1:
        jump_rule_pages(text, base_url, pager)
    # A widget's page-change callback names every declared page when nothing else named them.
    if not linked and "select" not in pager.kinds and len(pager.urls) < (pager.pages or 0) - 1:
        callback_pages(text, base_url, pager, own)
    rel_next(sel, base_url, pager, encoding, own)  # after the declared pages: it adds the next, if new
    more_link(sel, base_url, pager, encoding, own)  # a "加载更多" link to the list's next page file
    if own != base_url and own in pager._seen:
        pager.urls = [url for url in pager.urls if url != own]
    form = form_paging(sel, base_url, encoding)
    if form is not None and pager.pages and pager.pages > 1 and not {"links", "rel_next", "more"} & set(pager.kinds):
        pager.form = form
        pager.kinds.append("form")
    return pager

