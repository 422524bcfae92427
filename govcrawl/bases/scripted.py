"""Lists a page's scripts request (``govcrawl.crawl.scriptlists``: JSON list APIs, HTML rows put
into a div; ``loadmore``: "加载更多" controls and infinite-scroll sentinels; answers that name their next page —
``govcrawl.crawl.nextlinks``) and a pager's count in a script file the page loads (``pagerscript``:
a count script, or the site script that fills an empty pager): the requests, as the page's scripts
make them, and what they answer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import HtmlResponse, Response, TextResponse
from twisted.python.failure import Failure

from govcrawl.bases.core import page_encoding, site_meta
from govcrawl.bases.reports import ReportSteps
from govcrawl.crawl import (
    hubunits,
    jsexpr,
    loadmore,
    morepages,
    nextlinks,
    pagers,
    pagerscript,
    scriptanswers,
    scriptlists,
    urls,
)
from govcrawl.crawl.entries import count_entries, names_nianbao
from govcrawl.crawl.registry import Site

MAX_INLINE_SCRIPTS = 100  # a page's inline scripts read for the list requests they make
MAX_PAGE_SCRIPTS = 3  # a list page's own script files read for the list request they make
MAX_SCRIPT_BYTES = 512 * 1024
MAX_CACHED_SCRIPTS = 50  # script files kept per crawler (list pages of a portal share one)
# Script files that are libraries or widgets, not a site's list code: not fetched.
_LIBRARY_SCRIPT = pagerscript.LIBRARY_SCRIPT


class ScriptListSteps(ReportSteps):
    def script_list_requests(self, response: TextResponse,
                             more: loadmore.LoadMore | None = None) -> list[scrapy.Request]:
        """Page 1 of each list the page's scripts request (a page that shows no report itself), or the
        later pages of a list that grows by a "加载更多" control; when the page's inline scripts make no
        such request, the page's own script files (not a way in: a list page's), read for it."""
        scripts = response.xpath("//script[not(@src)]/text()").getall()[:MAX_INLINE_SCRIPTS]
        attrs = loadmore.page_data(response.selector)
        shown = count_entries(response.selector)
        found = scriptlists.script_lists(scripts, response.url, attrs)
        if not found and more is None:  # no request the scripts make: a feed the page's head names, if any
            found = scriptlists.feed_links(response.selector, response.url)
        if found or response.meta.get("way_in"):
            return self.script_list_starts(response, found, more, self.list_key(response), shown)
        meta = {"page_scripts": scripts, "page_attrs": attrs, "load_more": more, "page_url": response.url,
                "page_shown": shown, "script_referer": response.url, "list_url": self.list_key(response)}
        requests: list[scrapy.Request] = []
        own = self.own_scripts(response)
        if not own:  # no script of the page's own to read: the URL a "more" control names, if any
            return self.script_list_starts(response, [], more, self.list_key(response), shown)
        for url in own:
            cached = self._script_texts.get(url)
            if cached is not None:  # another list page of the portal loads the same file
                found = scriptlists.script_lists([*scripts, cached], response.url, attrs)
                requests += self.script_list_starts(response, found, more, self.list_key(response), shown)
            else:
                requests.append(self.page_script_request(response, url, self.parse_page_script, meta))
        return requests

    @property
    def _script_texts(self) -> dict[str, str]:
        cache: dict[str, str] = self.__dict__.setdefault("_script_text_cache", {})
        return cache

    def own_scripts(self, response: TextResponse) -> list[str]:
        """The page's own script files (its host's, not a library's), at most ``MAX_PAGE_SCRIPTS``."""
        host = urlsplit(response.url).hostname
        urls = []
        for src in response.xpath("//script/@src").getall():
            url = response.urljoin(src.strip())
            parts = urlsplit(url)
            if parts.hostname == host and not _LIBRARY_SCRIPT.search(parts.path.rsplit("/", 1)[-1]):
                urls.append(url)
        return list(dict.fromkeys(urls))[:MAX_PAGE_SCRIPTS]

    def page_script_request(self, response: Response, url: str, callback: Any, meta: dict[str, Any],
                            errback: Any = None, page: str | None = None) -> scrapy.Request:
        """The request for one of a page's own script files (``own_scripts``), size-capped, as the page
        (``page``, else the response) loads it; not through the dupefilter — two pages may load one
        file, and each needs its answer (``page_script_text`` keeps it for the next)."""
        return self.request(response, url, callback, meta={**meta, "download_maxsize": MAX_SCRIPT_BYTES},
                            dont_filter=True, headers={"Referer": page or response.url}, errback=errback)

    def page_script_text(self, response: Response) -> str | None:
        """The text of a page's own script file that answered (``page_script_request``), kept for the
        other pages that load it; None when it is over ``MAX_SCRIPT_BYTES``."""
        if len(response.body) > MAX_SCRIPT_BYTES:
            return None
        text = response.body.decode(getattr(response, "encoding", None) or "utf-8", "replace")
        if len(self._script_texts) < MAX_CACHED_SCRIPTS:
            self._script_texts[response.url] = text
        return text

    def parse_page_script(self, response: Response) -> Iterator[Any]:
        """A list page's own script file: the list requests it makes, its names resolved against the
        page's inline scripts and data attributes (``listCfg.api``, ``btn.dataset.api``)."""
        text = self.page_script_text(response)
        if text is None:
            return
        meta = response.meta
        found = scriptlists.script_lists([*meta["page_scripts"], text], meta["page_url"], meta["page_attrs"])
        yield from self.paged(response, self.script_list_starts(response, found, meta["load_more"], meta["list_url"],
                                                                meta["page_shown"]), "column")

    def script_list_starts(self, response: Response, found: list[scriptlists.ScriptList],
                           more: loadmore.LoadMore | None, key: str, shown: int) -> list[scrapy.Request]:
        """Page 1 of each list; for a list that grows in place (``more``), its pages after the one the
        page shows, counted as that list's: up to the declared records at the script's page size (else
        the entries shown), or — no size known — the next page, whose answer declares the rest; when
        the scripts make no readable request, the URL the control names (a sentinel's ``data-next``),
        whose answer names its own next page."""
        if more is None:  # a feed (no page) is the page's whole list: counted as the page's
            return [self.script_list_page(response, one, 1, list_url=None if one.page_key else key) for one in found]
        if not found and more.url:
            return [self.next_list_page(response, more.url, key, 1)]
        requests = []
        for one in found:
            current = more.current if more.current is not None else (1 if shown else 0)
            size = one.size or shown
            if not size:
                requests.append(self.script_list_page(response, one, current + 1, list_url=key, new_list=True))
                continue
            last = min(-(-more.total // size), current + pagers.MAX_DECLARED_PAGES)
            requests += [self.script_list_page(response, one, n, list_url=key, new_list=False)
                         for n in range(current + 1, last + 1)]
        return requests

    def script_list_page(self, response: Response, found: scriptlists.ScriptList, number: int,
                         list_url: str | None = None, new_list: bool | None = None) -> scrapy.Request:
        """The request for page ``number``, as the script makes it (an XMLHttpRequest from the page);
        ``list_url``: the list it continues (a page that grows by "加载更多"), when not its own."""
        referer = response.meta.get("script_referer") or response.url
        # A URL the page's script writes raw goes in the page's encoding (its answers' own is not it).
        encoding = response.meta.get("page_encoding") or page_encoding(response)
        url = urls.escaped(found.url(number), encoding)
        # Does the page that asks speak of 年报? (a unit's link labelled "2024年度" is then its 年报)
        nianbao = response.meta.get("page_nianbao")
        if nianbao is None:
            nianbao = isinstance(response, HtmlResponse) and names_nianbao(response.selector)
        meta = {"script_list": found, "new_list": number == 1 if new_list is None else new_list,
                "script_referer": referer, "page_encoding": encoding, "site": self.site_of(response),
                "page_nianbao": nianbao,
                **site_meta(self.site_of(response))}
        if list_url:
            meta["list_url"] = list_url
        headers = {"Referer": referer, "X-Requested-With": "XMLHttpRequest"}
        if found.method == "POST" and found.json:  # a JSON body, as a ``@RequestBody`` API wants it
            return scrapy.Request(url, method="POST", body=found.json_body(number),
                                  callback=self.parse_script_list, meta={**meta, "form_page": number},
                                  headers={**headers, "Content-Type": "application/json;charset=UTF-8",
                                           "Accept": "application/json, text/javascript, */*; q=0.01"},
                                  dont_filter=True)
        if found.method == "POST":
            return scrapy.FormRequest(url, formdata=found.fields(number), callback=self.parse_script_list,
                                      meta={**meta, "form_page": number}, headers=headers, dont_filter=True)
        return scrapy.Request(url, callback=self.parse_script_list, meta=meta, headers=headers)

    @staticmethod
    def is_list_answer(response: Response) -> bool:
        """A JSON answer where a page was expected (a start URL that is a list's API, a link or a later
        page that answers JSON): read as a script's list answer is (``parse_script_list``), since a
        page's readers cannot read it."""
        if not isinstance(response, TextResponse) or response.text.lstrip("\ufeff \t\r\n")[:1] not in ("{", "["):
            return False
        return scriptanswers.json_list(response.text) is not None

    def next_list_page(self, response: Response, url: str, key: str, hop: int) -> scrapy.Request:
        """A list page the page or the previous answer names as the next (a sentinel's ``data-next``, a
        JSON answer's ``next``): requested as the script would, counted as list ``key``'s."""
        referer = response.meta.get("script_referer") or response.url
        site = self.site_of(response)
        encoding = response.meta.get("page_encoding") or page_encoding(response)
        return scrapy.Request(urls.escaped(url, encoding), callback=self.parse_script_list,
                              meta={"next_hop": hop, "new_list": False, "list_url": key, "script_referer": referer,
                                    "page_encoding": encoding, "site": site, **site_meta(site)},
                              headers={"Referer": referer, "X-Requested-With": "XMLHttpRequest"})

    def parse_script_list(self, response: Response) -> Iterator[Any]:
        """One page of a script's list: its entries (a JSON list of objects, a feed's or an XML list's
        items — one document, no page after it — or HTML rows), the counts
        it declares, and (from page 1) the other pages — by the declared pages, else the declared total
        and the page size (the script's, else the entries of page 1); a list paged by the next page
        each answer names (no page number to count), that page."""
        body = response.text if isinstance(response, TextResponse) else response.body
        answer = scriptanswers.json_list(body)
        feed = scriptanswers.xml_list(response.body) if answer is None else None  # an RSS, Atom or XML list
        answer = answer if feed is None else feed
        key = self.list_key(response)
        # An answer of units that hold their links (a 部门年报 page's): each link its unit's.
        grouped = scriptanswers.json_units(body, bool(response.meta.get("page_nianbao"))) if feed is None else None
        units = grouped.units if grouped else {}
        if answer is not None:
            rows, total, pages = grouped.entries if grouped else answer.entries, answer.total, answer.pages
            self.coverage(response).declare(key, records=total, pages=pages)
            # An answer of units counts its units (one listed with no link yet too), as a hub of cards does.
            fresh = self.coverage(response).harvested(key, entries=max(len(rows), grouped.named if grouped else 0),
                                                      links=frozenset(href for href, _title in rows) or None)
            if not fresh:
                self.warn_coverage(response, f"{response.url} answered the entries of a page of its list already "
                                             f"read (not counted)")
            fresh = fresh and bool(rows)
        elif isinstance(response, TextResponse):
            rows = list(self.entries_of(response))
            pager = pagers.recognise(response.text, response.url, page_encoding(response))
            shown = count_entries(response.selector)
            fresh = self.account_list_page(response, pager, shown, {href for href, _title in rows}) and shown > 0
            total, pages = pager.records, pager.pages
            if not shown:
                self.warn_coverage(response, f"script list {response.url} answered neither JSON entries nor rows")
        else:
            self.warn_coverage(response, f"script list {response.url} answered neither JSON nor HTML")
            return
        lists: list[scrapy.Request] = []  # units' own lists (the hub's): through the page budget, as pages
        for href, title in rows:
            request = self.follow_script_entry(response, href, title, units.get(href))
            if request is not None and request.meta.get("new_list"):
                lists.append(request)
            elif request is not None:
                yield request
        yield from self.paged(response, lists, "hub")
        rule: morepages.CounterFetch | None = response.meta.get("counter_fetch")
        if rule is not None:  # a "加载更多" script's page file: its next, while the list is short
            fetch = int(response.meta["counter_fetch_n"]) + 1
            yield from self.paged(response, self.counter_pages(response, rule, fetch, key, fresh, body), "family")
            return
        found: scriptlists.ScriptList | None = response.meta.get("script_list")
        if found is not None and pages is None and total and (found.size or rows):
            pages = -(-total // (found.size or len(rows)))
        if found is not None and response.meta.get("new_list") and pages:
            others = [self.script_list_page(response, found, n)
                      for n in range(2, min(pages, pagers.MAX_DECLARED_PAGES) + 1)]
            yield from self.paged(response, others, "family")
        elif feed is not None:  # a feed is one document, or names its next (RFC 5005)
            yield from self.follow_named(response, scriptanswers.feed_next(response.body, response.url), key)
        elif found is None or response.meta.get("new_list"):  # no page number to count: the next it names
            yield from self.follow_next(response, body if answer is not None else None, key)

    def follow_script_entry(self, response: Response, href: str, title: str,
                            unit: str | None) -> scrapy.Request | None:
        """An entry of a script's list; ``unit``: the unit whose link it is, in an answer of units.  A
        unit's link to its own 年报 list ("年报专栏") is the hub family's to follow (``cms: auto`` hands
        it over): on any other path it is stated as a list not read, never a silent miss."""
        if unit and hubunits.is_unit_list_text(title, title):
            url = urls.escaped(response.urljoin(href), response.meta.get("page_encoding") or "utf-8")
            self.coverage(response).lists_unread.setdefault(
                url, f"{unit}'s own 年报 list, named in {response.url}; the {self.site_of(response).cms} path does "
                     f"not follow a 部门年报 page's list links (cms: hub or auto does)")
            return None
        return self.follow_report(response, href, title)

    def counter_pages(self, response: Response, rule: morepages.CounterFetch, fetch: int, key: str,
                      fresh: bool = True, answer: str | bytes | None = None) -> list[scrapy.Request]:
        """The page file a "加载更多" script fetches on its ``fetch``-th click (``morepages``), counted as
        list ``key``'s — while that list has not harvested what it declares and the last page it
        answered brought entries (``fresh``); a counter the script sets from each answer, from the
        last ``answer`` (one that gives none is stated); a chain longer than
        ``pagers.MAX_DECLARED_PAGES`` is cut and stated."""
        if not fresh or self.coverage(response).list_of(key).met:
            return []
        url = rule.url(fetch, answer)
        if url is None and rule.answer and fetch > 1:
            self.coverage(response).lists_unread.setdefault(
                key, f"its 加载更多 script takes its next page file from the answer's {'.'.join(rule.answer)}, "
                     f"which {response.url} does not give; its later page files were not requested")
        if url is None:
            return []
        if fetch > pagers.MAX_DECLARED_PAGES:
            self.coverage(response).lists_unread.setdefault(
                key, f"its 加载更多 script fetches page files one by one; {url} and after were not requested")
            return []
        request = self.next_list_page(response, url, key, fetch)
        request.meta.update(counter_fetch=rule, counter_fetch_n=fetch)
        return [request]

    def follow_next(self, response: Response, body: str | bytes | None, key: str) -> Iterator[scrapy.Request]:
        """The next page an answer names (a JSON answer's ``next`` link; an HTML answer's own "more"
        control or sentinel)."""
        url = None
        if body is not None:
            url = nextlinks.json_next(body, response.url)
        elif isinstance(response, TextResponse) and (more := loadmore.load_more(response.selector, response.url)):
            url = more.url
        yield from self.follow_named(response, url, key)

    def follow_named(self, response: Response, url: str | None, key: str) -> Iterator[scrapy.Request]:
        """The next page of list ``key`` an answer names, through the page budget; a chain longer than
        ``pagers.MAX_DECLARED_PAGES`` is cut and stated."""
        if url is None:
            return
        hop = int(response.meta.get("next_hop", 0)) + 1
        if hop > pagers.MAX_DECLARED_PAGES:
            self.coverage(response).lists_unread.setdefault(
                key, f"its answers name a next page {hop} times; {url} and after were not requested")
            return
        yield from self.paged(response, [self.next_list_page(response, url, key, hop)], "family")

    # -- a pager's count, or its call, in a script the page loads (pagerscript) -----------------
    def count_script_requests(self, response: TextResponse, filler: bool = False) -> Iterator[scrapy.Request]:
        """The script a list's first page takes its page count from (a column's ``./pagecount.js``
        setting ``countPage``), when its pager call names a variable the page does not set; else, when
        ``filler`` (a page that lists its entries itself, declares no pager and links no other page —
        a list a script writes has its pager filled by that script, ``script_list_requests``), the
        site script that fills its empty pager element (its ``createPageHTML`` call reading the page's
        hidden fields): one request, size-capped, through the page budget (not the dupefilter: two
        columns may load one script, and each list needs its answer)."""
        url = pagerscript.count_script(response.text, response.url)
        filler = filler and url is None
        if filler:
            url = pagerscript.filler_script(response.selector, response.url)
        if url is None or not self.coverage(response).take_page():
            return
        inline = "\n".join(response.xpath("//script[not(@src)]/text()").getall()[:MAX_INLINE_SCRIPTS])
        yield self.request(response, url, self.parse_count_script, errback=self.count_script_failed,
                           dont_filter=True, headers={"Referer": response.url},
                           meta={"list_url": self.list_key(response), "list_page": response.url,
                                 "pager_scripts": inline, "pager_fields": jsexpr.fields_of(response.text),
                                 "pager_filler": filler, "download_maxsize": pagerscript.MAX_COUNT_SCRIPT_BYTES})

    def parse_count_script(self, response: Response) -> Iterator[Any]:
        """The count script answered: the list's declared pages (and records), read with the page's
        own pager call and form fields, and its other pages requested; a count script that sets no
        count is stated (the list's later pages are then not requested — a shortfall said, never
        silence); a pager's filler with no readable call says nothing (the page declared no count)."""
        body = response.text if isinstance(response, TextResponse) else response.body.decode("utf-8", "replace")
        script = body[: pagerscript.MAX_COUNT_SCRIPT_BYTES]
        pager = pagers.trs_script(script + "\n" + response.meta["pager_scripts"], response.meta["list_page"],
                                  fields=response.meta.get("pager_fields") or {})
        key = self.list_key(response)
        coverage = self.coverage(response)
        if not pager.pages:
            if not response.meta.get("pager_filler"):
                coverage.lists_unread.setdefault(key, f"its pager takes its page count from {response.url}, which "
                                                      f"sets none; its pages after the first were not requested")
            return
        records = pager.records if pager.records is not None else pagerscript.script_counts(script).records
        coverage.declare(key, records=records, pages=pager.pages)
        yield from self.paged(response, [self.request(response, url, self.parse_list) for url in pager.urls], "family")

    def count_script_failed(self, failure: Failure) -> None:
        """The count script did not answer (404, timeout, over its size cap): the list's size is
        unknown and its later pages unrequested — stated.  A pager's filler (a site script that may
        fill an empty pager element; the page itself declared no count) that does not answer is a
        warning: nothing said the list had other pages, so it is not a list unread."""
        request = getattr(failure, "request", None)
        if request is None:
            return
        site = request.meta.get("site")
        coverage = self.coverage_of(site if isinstance(site, Site) else self.sites[0])
        if request.meta.get("pager_filler"):
            message = (f"list {request.meta.get('list_url')}: its empty pager element may be filled by "
                       f"{request.url}, which did not answer ({failure.getErrorMessage()}); the page declares "
                       f"no other page")
            self.logger.warning(message)
            coverage.warnings.append(message)
            return
        coverage.lists_unread.setdefault(str(request.meta.get("list_url")),
                                         f"its pager takes its page count from {request.url}, which did not "
                                         f"answer ({failure.getErrorMessage()}); its pages after the first were "
                                         f"not requested")
