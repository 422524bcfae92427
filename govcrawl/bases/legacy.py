"""Custom legacy 信息公开目录 portals: Struts/ASP actions, GBK (portals.md §1.7, §4.2).

Lists and articles are query-string actions — ``News_listGkmlNews.action?classid=…&pageNo=N`` and
``News_showGkmlNews.action?messagekey=NNN`` — laid out in UPPERCASE ``<TABLE>`` markup; the pager
prints ``共 N 页`` and links ``…&pageNo=N`` (an ASP list ``ArticleList.asp?ClassID=…&Page=N``), so the
first page schedules every other page by setting that parameter on its own URL: the registry's
``options.page_param``, else the parameter the page's own pager links vary — never a name guessed
for a page that links none (its declared count then states the list short).  A parameter that is a
row offset (the JSP pager taglib's ``pager.offset=5``, ``start=10``: ``pagers.is_offset_name``) steps
by the page size its links declare, from 0 or from 1 (ColdFusion's ``startrow=1, 5, 9``: ``offset_origin``).  A pager
whose links only fill and submit a form (``document.pageForm.pageIndex.value=2;…submit()``) names no
parameter in a link: its pages are that form submitted (``pagers.form_paging``), every field of it.

Charsets: such servers send ``Content-Type: text/html`` without a charset and declare it in a
malformed meta (``<META httpequiv="ContentType" CONTENT="…charset=gbk">``).  Old w3lib did not see
it (scrapy/w3lib#155) and decoded the page as cp1252 — every title and the soft-404 text mojibake;
w3lib 2 reads any ``charset`` in a meta.  The spider does not depend on that: it reads any
``charset=`` in the first bytes, or ``options.encoding``, decodes GB2312/GBK as GB18030 (the pages
hold characters only GB18030 has) and report items carry that charset in their media type.
Slow servers: the registry entry's ``options.download_timeout`` bounds each request.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from w3lib.encoding import read_bom

from govcrawl.bases.base import PortalSpider
from govcrawl.bases.core import page_encoding
from govcrawl.crawl.charset import widened
from govcrawl.crawl.entries import by_address, entry_title, scoped_links
from govcrawl.crawl.items import ReportItem
from govcrawl.crawl.pagers import MAX_DECLARED_PAGES, form_paging, is_offset_name, link_page_parameter, printed_counts
from govcrawl.crawl.urls import query_items
from govcrawl.crawl.urls import with_param as with_param  # re-exported (tests, registry-made spiders)

_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def page_charset(response: TextResponse, override: str | None = None) -> str | None:
    """The charset to decode with: the registry override, a byte-order mark (a page saved as UTF-8
    with a BOM under an old ``charset=gb2312`` meta is UTF-8, as a browser reads it), the header's,
    else any ``charset=`` in the page head (however malformed its meta); GB2312/GBK widened to GB18030."""
    declared: str | None = override
    if declared is None:
        declared, _bom = read_bom(response.body[:4])
    if declared is None:
        header = response.headers.get(b"Content-Type") or b""
        match = _CHARSET.search(header) or _CHARSET.search(response.body[:4096])
        declared = match[1].decode("ascii") if match else None
    if declared is None:
        return None
    return widened(declared)


class GkmlActionSpider(PortalSpider):
    supports_many_sites = True

    def decoded(self, response: Response) -> Response:
        """``response`` decoded with the charset the page really uses."""
        if not isinstance(response, TextResponse):
            return response
        override = self.site_of(response).options.get("encoding")
        charset = page_charset(response, str(override) if override else None)
        if charset is None or charset.lower() == response.encoding.lower():
            return response
        return response.replace(encoding=charset)

    def parse_list(self, response: Response) -> Iterator[Any]:
        yield from super().parse_list(self.decoded(response))

    def parse_report_page(self, response: Response, title: str) -> Iterator[Any]:
        yield from super().parse_report_page(self.decoded(response), title)

    def page_param(self, response: TextResponse) -> str | None:
        """The list's page parameter: the registry's, else the one its pager links vary (ASP lists
        page by ``Page=``, Struts actions by ``pageNo=``, JSP pager taglibs by ``pager.offset=``, …);
        None when neither names one."""
        named = self.site_of(response).options.get("page_param")
        found = named or link_page_parameter(response.selector, response.url, page_encoding(response))
        return str(found) if found else None

    def list_entries(self, response: TextResponse) -> Iterator[tuple[str, str]]:
        page_param = self.page_param(response)
        # ``title=`` may be a tooltip (文章标题：… 作者：…); a pager's links are not entries; one per address
        yield from by_address((href, entry_title(link)) for href, link in scoped_links(
            response.selector, ("table td", "ul li")) if not (page_param and f"{page_param}=" in href))

    def next_pages(self, response: TextResponse) -> Iterator[scrapy.Request]:
        named = self.site_of(response).options.get("page_param")
        encoding = page_encoding(response)
        form = None if named or link_page_parameter(response.selector, response.url, encoding) else \
            form_paging(response.selector, response.url, encoding)
        if form is not None:
            # No link names the page parameter: the pager is a form its links' script fills and submits
            # (``document.pageForm.pageIndex.value=2;document.pageForm.submit()``) — its pages are that
            # form submitted, every field of it, not a parameter guessed onto this page's URL.
            if response.meta.get("form_page") or query_items(response.url).get(form.page_field.encode(), b"1") != b"1":
                return  # later pages were scheduled by the first one
            forms = response.xpath("//form[.//*[@name=$name]]//text()", name=form.page_field)
            text = " ".join(forms.getall())  # 共 11 条 … 第 1/3 页 in the form, else on the page
            pages = printed_counts(text)[1] or printed_counts(response.text)[1]
            last = min(pages or 0, MAX_DECLARED_PAGES + 1)
            yield from self.form_requests(response, form, list(range(2, last + 1)))
            return
        page_param = self.page_param(response)
        if page_param is None:
            return  # no link names how the list pages: a declared count states it short
        offset = is_offset_name(page_param)
        origin = self.offset_origin(response, page_param) if offset else (1, 1)
        if origin is None:
            return  # an offset pager whose links do not say how it steps: its declared count states it short
        first, step = origin
        if query_items(response.url).get(page_param.encode(), str(first).encode()) != str(first).encode():
            return  # later pages were scheduled by the first one
        pager = " ".join(" ".join(cell.css("::text").getall())
                         for cell in response.xpath('//*[a[contains(@href, $p)]]', p=f"{page_param}="))
        records, pages, _current = printed_counts(pager or response.text)  # 共 N 页, 页次：1/3
        if offset and pages is None and records is not None:
            pages = -(-records // step)
        for number in range(2, min(pages or 0, MAX_DECLARED_PAGES + 1) + 1):
            value = first + step * (number - 1)
            yield self.request(response, with_param(response.url, page_param, str(value)), self.parse_list)

    def offset_origin(self, response: TextResponse, page_param: str) -> tuple[int, int] | None:
        """(the first page's offset, the page size) of an offset pager, as its links and this page say:
        offsets count rows from 0 (``pager.offset=0, 5, 10``) or, as ColdFusion's ``startrow`` does,
        from 1 (``startrow=1, 5, 9``).  Two offsets (the page's own and its links') step by their
        smallest difference and start at its remainder; one linked offset alone is the page size from
        0, or from 1 when it is one more than the rows this page shows.  None when neither fits."""
        here = urlsplit(response.url).path
        values = set()
        for href in [response.url, *response.xpath("//a/@href").getall()[:2000]]:
            url = response.urljoin(href.strip())
            value = query_items(url).get(page_param.encode(), b"")
            if urlsplit(url).path == here and value.isdigit():
                values.add(int(value))
        later = sorted(v for v in values if v > 1)
        if not later:
            return None
        ordered = sorted(values)
        steps = [b - a for a, b in pairwise(ordered) if b - a > 1]
        if len(later) > 1 or len(ordered) > len(later):
            step = min(steps) if steps else later[0]
            return (later[0] % step, step) if later[0] % step in (0, 1) else None
        shown = len(list(self.list_entries(response)))
        return (1, later[0] - 1) if shown == later[0] - 1 else (0, later[0])

    def item(self, response: Response, title: str, page_url: str | None = None) -> ReportItem:
        found = super().item(response, title, page_url)
        if isinstance(response, TextResponse) and found.media_type and "charset" not in found.media_type.lower():
            found.media_type = f"{found.media_type}; charset={response.encoding}"
        return found


FAMILIES = {"gkml_action": GkmlActionSpider}
