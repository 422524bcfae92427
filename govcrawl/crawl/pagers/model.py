"""What a list page says about its list's other pages (``Pager``), and the bound on what a page
may declare — shared by every pager recogniser (``govcrawl.crawl.pagers``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Far above any real 年报 column (a county has ~20 agencies × a dozen years); a declared count past
# it is reported, not requested (the per-portal page budget is the hard limit).
MAX_DECLARED_PAGES = 10_000
NAME_ARG = re.compile(r"^[\w\-]+$")

# Parameters that count rows, not pages (``?start=0``, ``&offset=20``, Joomla's ``limitstart``,
# DataTables' ``iDisplayStart``, Hibernate's ``firstResult``, the JSP pager taglib's ``pager.offset``):
# their 0 is a list's first page and their step is its page size.  One vocabulary for every reader —
# pager links (``pagers.links``), a script's list requests (``scriptlists``).
_OFFSET_NAME = re.compile(r"^(?:start|offset|begin|skip|from|pos|startrow|startrecord|startindex|rowstart|"
                          r"limitstart|firstresult|firstrow|beginindex|beginrow|idisplaystart)$", re.I)


def is_offset_name(name: str) -> bool:
    """Does a parameter named ``name`` carry a row offset?  Read with its separators and a namespace
    gone (``start_row``, ``pager.offset``, ``page.start``), as such names vary only so."""
    return bool(_OFFSET_NAME.match(name.rsplit(".", 1)[-1].replace("_", "").replace("-", "")))


@dataclass
class FormPaging:
    """Form paging: the form's action, its fields, the field that carries the page number, and how
    the form is sent (``post``; ``get``: its fields are the query of the page's URL)."""

    action: str
    fields: dict[str, str]
    page_field: str
    method: str = "post"


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


# A ``createPageHTML`` call's arguments, each resolved to a number or a string (``pagers.trs``).
TrsArgs = list[int | str | None]


def declared_range(pager: Pager, first: int, last: int) -> range:
    """Pages ``first`` … ``last``, cut at ``MAX_DECLARED_PAGES`` (the rest counted in ``pager.capped``)."""
    if last - first + 1 > MAX_DECLARED_PAGES:
        pager.capped = last - first + 1 - MAX_DECLARED_PAGES
        return range(first, first + MAX_DECLARED_PAGES)
    return range(first, last + 1)

