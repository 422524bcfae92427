"""Pagers that submit a form: ASP.NET postbacks, legacy ASP/JSP forms with a page-number field and a
declared page count (one POST per declared page), and GET forms whose page field the pager's links
set before ``submit()`` (one GET of the form's query per declared page)."""

from __future__ import annotations

import re

from parsel import Selector

from govcrawl.crawl.pagers.model import MAX_DECLARED_PAGES, FormPaging, Pager
from govcrawl.crawl.urls import page_url

_PAGE_FIELD = re.compile(r"^(?:page|pageno|page_no|pagenum|pagenumber|curpage|cur_page|currentpage|pageindex|"
                         r"page_index|p|pn|pageNo|PAGENUM)$", re.I)
# A page field named with its list's prefix (VSB's ``a1194PAGENUM``, ``list_pageNo``).
_PREFIXED_PAGE_FIELD = re.compile(r"^[A-Za-z]\w*?_?(?:pagenum|pageno|pagenumber|curpage|currentpage|pageindex)$", re.I)
# A script that sets a form field to the page it was asked for and submits the form:
# ``document.a1194a.a1194PAGENUM.value=n; document.a1194a.submit()``, ``form.pageNo.value = page``, or a
# pager link's own ``javascript:document.pageForm.pageIndex.value=2;document.pageForm.submit();``.
_SCRIPT_SETS_FIELD = re.compile(r"""\.(\w+)\.value\s*=\s*(?:[A-Za-z_$][\w$]*|(["']?)\d{1,6}\2)\s*;"""
                                r"""[^}]{0,200}?\.submit\(\)""")
MAX_LINKS = 2000  # links looked through for a pager script


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
    """A form with a page-number field: ASP.NET's postback; a POST form (legacy ASP/JSP lists) with
    a field named as a page number, or one the page's pager script sets to the page it goes to before
    submitting; a GET form whose page field the pager script sets (its pages are that form submitted
    as a browser submits it — never a parameter guessed onto the list's URL)."""
    postback = postback_paging(sel, base_url, encoding)
    if postback is not None:
        return postback
    scripts = [*sel.xpath("//script[not(@src)]/text()").getall()[:50],
               *(script for link in sel.xpath("//a")[:MAX_LINKS]
                 for script in (link.attrib.get("href") or "", link.attrib.get("onclick") or "")
                 if ".submit(" in script)]
    script_set = {match[0] for match in _SCRIPT_SETS_FIELD.findall(" ".join(scripts))}
    for form in sel.xpath("//form"):
        fields: dict[str, str] = {}
        for node in form.xpath(".//input[@name]|.//select[@name]"):
            if node.attrib.get("type", "").lower() not in ("submit", "button", "image", "reset"):
                fields[node.attrib["name"]] = node.attrib.get("value", "")
        # The field the pager script fills first; else one named as a page number.
        page_field = next((name for name in fields if name in script_set), None) or next(
            (name for name in fields if _PAGE_FIELD.match(name) or _PREFIXED_PAGE_FIELD.match(name)), None)
        if page_field is None:
            continue
        method = form.attrib.get("method", "get").strip().lower()
        # A GET form's pages are ordinary ``?page=N`` links, unless its pager's script fills the field.
        if method == "post" or page_field in script_set:
            return FormPaging(page_url(base_url, form.attrib.get("action") or base_url, encoding), fields, page_field,
                              "post" if method == "post" else "get")
    return None



def form_pages(pager: Pager) -> list[int]:
    """The page numbers to POST for a form pager (2 … declared pages, from its first page)."""
    if pager.form is None or not pager.pages or (pager.current or 1) != 1:
        return []
    last = min(pager.pages, MAX_DECLARED_PAGES + 1)
    return list(range(2, last + 1))
