"""What every portal spider shares: start from the registry's URLs, follow report links chosen
by title, read report pages, follow their attachments, and yield ``ReportItem``s.

A family base only implements ``parse_list`` (its list markup and pagination); a portal is a
registry entry (``govcrawl/sites/*.yaml``) or a subclass of a few lines.

One spider instance may crawl many portals of its family (``sites=[…]``): a province of a thousand
agencies is then a handful of crawlers, not a thousand (memory stays flat).  Every request carries
its portal in ``meta["site"]``; callbacks read it with ``self.site_of(response)`` and make follow-up
requests with ``self.request(response, url, callback)``, which passes it on.  Families written that
way set ``supports_many_sites = True``; others get one crawler per portal.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urljoin, urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from govcrawl.crawl import detect, entries, owner, pagers, scriptlists
from govcrawl.crawl.classify import (
    is_attachment_url,
    is_other_document_title,
    is_report_title,
    is_undated_report_title,
    report_year,
)
from govcrawl.crawl.coverage import PortalCoverage
from govcrawl.crawl.entries import count_entries
from govcrawl.crawl.items import ReportItem
from govcrawl.crawl.registry import Site
from govcrawl.crawl.state import CrawlState, existing_state
from govcrawl.report.metadata import full_name

# Content containers of the families (portals.md §1); the first one present is the article body.
CONTENT_SELECTORS = (
    "div.TRS_Editor", "div.trs_editor_view", "#zoom", ".v_news_content", "#UCAP-CONTENT", "div.article-con",
    "div.Custom_UnionStyle", "div.content", "article", "body",
)
_TABLE_CUES = ("第二十条", "申请人情况", "自然人", "行政复议")
# A file URL inside a script (attachment links written by JS).
_SCRIPT_FILE = re.compile(r"""["'(]([^"'()<>\s]+?\.(?:pdf|docx?|wps|ofd|xlsx?)"""
                          r"""|[^"'()<>\s]*(?:downfile|download)\.jsp\?[^"'()<>\s]+)["')]""", re.I)
_YEAR = re.compile(r"(?:19|20)\d{2}")
HOME_PATHS = frozenset({"", "/", "/index.html", "/index.htm", "/index.shtml", "/default.html", "/default.htm",
                        "/index.jsp", "/index.php", "/index.aspx", "/default.aspx"})
NAV_DEPTH = 3
MAX_INLINE_SCRIPTS = 100  # a page's inline scripts read for the list requests they make
MAX_PAGE_SCRIPTS = 3  # a list page's own script files read for the list request they make
MAX_SCRIPT_BYTES = 512 * 1024
MAX_CACHED_SCRIPTS = 50  # script files kept per crawler (list pages of a portal share one)
# Script files that are libraries or widgets, not a site's list code: not fetched.
_LIBRARY_SCRIPT = re.compile(r"jquery|bootstrap|layui|layer\.|vue|react|angular|swiper|echarts|axios|lodash|"
                             r"polyfill|html5shiv|respond|jiucuo|conac|wza|barrier|common\.min", re.I)
_SOFT_404 = ("页面不存在", "页面未找到", "您访问的页面不存在", "404 Not Found", "页面已删除")


def site_meta(site: Site) -> dict[str, Any]:
    """Request meta a registry entry's options ask for: ``download_timeout`` (seconds; a slow
    portal's own timeout, instead of the crawl's ``DOWNLOAD_TIMEOUT``) and ``download_maxsize``
    (bytes; instead of ``DOWNLOAD_MAXSIZE``)."""
    meta: dict[str, Any] = {}
    timeout = site.options.get("download_timeout")
    if timeout:
        meta["download_timeout"] = float(timeout)
    maxsize = site.options.get("download_maxsize")
    if maxsize:
        meta["download_maxsize"] = int(maxsize)
    return meta


# Query parameters that name the document a viewer shows (pdf.js ``viewer.html?file=…``, OFD and
# Office web viewers' ``url=``/``src=``).
_VIEWER_PARAMS = frozenset({"file", "url", "src", "path", "filepath", "fileurl", "doc"})


def embedded_files(response: TextResponse) -> Iterator[str]:
    """Files a page shows in an ``<iframe>``/``<embed>``/``<object>``: the frame's own URL when it is
    a file, else the file its viewer is asked to show (``/pdfjs/web/viewer.html?file=%2F…pdf``,
    resolved as the viewer resolves it: against the viewer's URL)."""
    seen: set[str] = set()
    for node in response.xpath("//iframe[@src] | //embed[@src] | //object[@data]")[:20]:
        frame = response.urljoin((node.attrib.get("src") or node.attrib.get("data") or "").strip())
        candidates = [frame] if is_attachment_url(urlsplit(frame).path) else [
            urljoin(frame, value) for key, value in parse_qsl(urlsplit(frame).query)
            if key.lower() in _VIEWER_PARAMS and is_attachment_url(urlsplit(value).path)]
        for url in candidates:
            if url not in seen and url.startswith(("http://", "https://")):
                seen.add(url)
                yield url


def _names_report(title: str) -> bool:
    return is_report_title(title) or is_undated_report_title(title)


class PortalSpider(scrapy.Spider):
    site: ClassVar[Site]
    supports_many_sites: ClassVar[bool] = False

    def __init__(self, *args: Any, sites: list[Site] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if sites:
            self.sites = list(sites)
        elif getattr(self, "site", None):
            self.sites = [self.site]
        else:
            raise ValueError(f"{type(self).__name__} has no registry entry (site)")
        self.allowed_domains = sorted({d for s in self.sites for d in s.allowed_domains})
        self.start_urls = [u for s in self.sites for u in s.start_urls]

    async def start(self) -> AsyncIterator[Any]:
        for site in self.sites:
            for url in site.start_urls:
                yield scrapy.Request(url, callback=self.parse_entry,
                                     meta={"site": site, "start_url": True, **site_meta(site)})

    def parse_entry(self, response: Response) -> Iterator[Any]:
        """A start page, or a page navigation led to: toward the 年报 lists when it lists no report
        itself (``navigate``), then read as a list."""
        if isinstance(response, TextResponse):
            ways = list(self.navigate(response))
            if ways:  # a way in (home page, 信息公开 area), not a list: its columns are not the 年报's
                response.meta["way_in"] = True
            yield from ways
        yield from self.parse_list(response)

    def navigates_from(self, response: TextResponse) -> bool:
        """Does this start page lead to the lists rather than being one?  A family's start URL is
        its 年报 list, unless it is the portal's home page (the URL a user has)."""
        return urlsplit(response.meta.get("redirect_urls", [response.url])[0]).path in HOME_PATHS

    def navigate(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """Links toward the 年报 lists — the 年报 column, the 信息公开 area (often on another host of
        the portal's domain, or a link a script writes) — from a page that lists no report itself, at
        most ``NAV_DEPTH`` links from the start page; a 年报 column reached so is read, not left."""
        depth = int(response.meta.get("nav_depth", 0))
        if depth >= NAV_DEPTH or response.meta.get("list_url") or response.meta.get("nav_kind") == "nb_column":
            return
        if depth == 0 and not self.navigates_from(response):
            return
        if any(is_report_title(title) for _href, title in entries.list_entries(response.selector)):
            return
        requests = []
        for link in detect.navigation_links(response.selector, response.url):
            # nb_column links first: they are the lists themselves.
            priority = 10 if link.kind == "nb_column" else 5
            requests.append(self.request(response, link.url, self.parse_entry, priority=priority,
                                         meta={"nav_depth": depth + 1, "new_list": True, "nav_kind": link.kind}))
        yield from self.paged(response, requests, "nav")

    def site_of(self, response: Response) -> Site:
        site = response.meta.get("site")
        return site if isinstance(site, Site) else self.sites[0]

    def request(self, response: Response, url: str, callback: Any, **kwargs: Any) -> scrapy.Request:
        """A follow-up request (URL relative to the response) that keeps the portal in its meta."""
        meta = dict(kwargs.pop("meta", {}) or {})
        meta["site"] = self.site_of(response)
        meta = {**site_meta(meta["site"]), **meta}
        return scrapy.Request(response.urljoin(url), callback=callback, meta=meta, **kwargs)

    def parse_list(self, response: Response) -> Iterator[Any]:
        """A list page: follow its report entries, then its other pages.  Families with HTML lists
        implement ``list_entries`` and ``next_pages``; others override this.

        The shared pager recogniser reads what the page declares (coverage accounting).  When the
        family's pager schedules nothing from a list's first page while the page shows a pager the
        recogniser can follow, the list is paged the generic way, with a warning.  Units' own 年报
        lists the page links (a 部门年报 hub's rows) that this path did not request are a shortfall."""
        if not isinstance(response, TextResponse):
            return
        yield from self.harvest_list(response)
        self.account_unit_lists(response)

    def account_unit_lists(self, response: TextResponse) -> None:
        """Units' own 年报 lists the page links (``entries.unit_lists``) that were not requested for
        the portal: stated as lists not read (only the hub family follows them)."""
        coverage = self.coverage(response)
        for href, unit in entries.unit_lists(response.selector):
            url = response.urljoin(href)
            if url not in coverage.requested and urlsplit(url).scheme in ("http", "https"):
                coverage.lists_unread.setdefault(
                    url, f"{unit}'s own 年报 list, linked from {response.url}; the {self.site_of(response).cms} "
                         f"path does not follow a 部门年报 page's list links (cms: hub or auto does)")

    def harvest_list(self, response: TextResponse) -> Iterator[Any]:
        reports = 0
        hrefs = set()
        for href, title in self.entries_of(response):
            hrefs.add(href)
            request = self.follow_report(response, href, title)
            if request is not None:
                reports += 1
                yield request
        pager = pagers.recognise(response.text, response.url)
        self.account_list_page(response, pager, count_entries(response.selector), hrefs)
        # Only a list's first page (a start URL, a list a family found) schedules other lists of its
        # column, and falls back to the generic pager; later pages of a family-paged list were scheduled.
        first = bool(response.meta.get("start_url") or response.meta.get("new_list"))
        if first and not response.meta.get("way_in"):
            yield from self.paged(response, self.column_lists(response, shows_reports=reports > 0), "column")
        # A "加载更多" control declares the records of a list that grows in place: counted always, so a
        # list whose other pages are not read falls short, and says so.
        more = scriptlists.load_more(response.selector) if first else None
        if more is not None:
            self.coverage(response).declare(self.list_key(response), records=more.total)
        if first and (not reports or more is not None):  # rows a script requests (JSON, or HTML put into a div)
            yield from self.paged(response, self.script_list_requests(response, more), "column")
        if first and pager.pages is None:
            yield from self.count_script_requests(response)
        family = list(self.next_pages(response))
        if family or not (first or response.meta.get("paged_by") == "generic"):
            yield from self.paged(response, family, "family")
            return
        generic = self.generic_pages(response, pager)
        if generic and response.meta.get("paged_by") != "generic":
            self.warn_coverage(response, f"{self.site_of(response).cms} pager found no other page of {response.url}; "
                                         f"followed the page's own pager ({', '.join(pager.kinds)})")
        yield from self.paged(response, generic, "generic")

    def list_entries(self, response: TextResponse) -> Iterator[tuple[str, str]]:
        """(href, title) of every entry of a list page: by default every link of the page, read by the
        shared recogniser (``follow_report`` keeps the reports); families with a known list markup
        narrow it."""
        return entries.list_entries(response.selector)

    def entries_of(self, response: TextResponse) -> Iterator[tuple[str, str]]:
        """The family's list entries, then the entries a script writes from an array of objects
        (a list rendered client-side, whatever the family, portals.md §4.4)."""
        seen: set[str] = set()
        family = list(self.list_entries(response))
        for href, title in family:
            seen.add(href.strip())
            yield href, title
        for href, title in self.entries_beside_family_markup(response, family):
            seen.add(href)
            yield href, title
        for href, title in entries.script_entries(response.selector):
            if href not in seen:
                seen.add(href)
                yield href, title
        for href, title in entries.option_entries(response.selector):  # options of a 区县年报 box
            if href not in seen:
                yield href, title

    def entries_beside_family_markup(self, response: TextResponse,
                                     family: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Report links the shared recogniser finds on a page where the family's list markup found
        none (a site of the family that lists in cards, a timeline, ``<p>`` rows or ``<h3>`` blocks):
        the family's markup is a narrowing, not the definition of a list entry."""
        if type(self).list_entries is PortalSpider.list_entries or any(_names_report(t) for _h, t in family):
            return []
        known = {href.strip() for href, _title in family}
        found = [(href, title) for href, title in entries.list_entries(response.selector)
                 if _names_report(title) and href not in known]
        if found and self.crawler.stats:
            self.crawler.stats.inc_value("govcrawl/entries_beside_family_markup", len(found))
        if found:
            self.logger.info("%s: %d report link(s) outside the %s list markup", response.url, len(found),
                             self.site_of(response).cms)
        return found

    def column_lists(self, response: TextResponse, shows_reports: bool) -> list[scrapy.Request]:
        """Other lists of this list's column (``detect.column_lists``: year tabs, 年报 sub-columns)."""
        return [self.request(response, url, self.parse_list, meta={"new_list": True})
                for url in detect.column_lists(response.selector, response.url, shows_reports)]

    # -- lists a page's scripts request (govcrawl.crawl.scriptlists) -------------------------
    def script_list_requests(self, response: TextResponse,
                             more: scriptlists.LoadMore | None = None) -> list[scrapy.Request]:
        """Page 1 of each list the page's scripts request (a page that shows no report itself), or the
        later pages of a list that grows by a "加载更多" control; when the page's inline scripts make no
        such request, the page's own script files (not a way in: a list page's), read for it."""
        scripts = response.xpath("//script[not(@src)]/text()").getall()[:MAX_INLINE_SCRIPTS]
        attrs = scriptlists.page_data(response.selector)
        shown = count_entries(response.selector)
        found = scriptlists.script_lists(scripts, response.url, attrs)
        if found or response.meta.get("way_in"):
            return self.script_list_starts(response, found, more, self.list_key(response), shown)
        meta = {"page_scripts": scripts, "page_attrs": attrs, "load_more": more, "page_url": response.url,
                "page_shown": shown, "script_referer": response.url, "list_url": self.list_key(response)}
        requests: list[scrapy.Request] = []
        for url in self.own_scripts(response):
            cached = self._script_texts.get(url)
            if cached is not None:  # another list page of the portal loads the same file
                found = scriptlists.script_lists([*scripts, cached], response.url, attrs)
                requests += self.script_list_starts(response, found, more, self.list_key(response), shown)
            else:
                requests.append(self.request(response, url, self.parse_page_script, meta=dict(meta), dont_filter=True,
                                             headers={"Referer": response.url}))
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

    def parse_page_script(self, response: Response) -> Iterator[Any]:
        """A list page's own script file: the list requests it makes, its names resolved against the
        page's inline scripts and data attributes (``listCfg.api``, ``btn.dataset.api``)."""
        if len(response.body) > MAX_SCRIPT_BYTES:
            return
        text = response.body.decode(getattr(response, "encoding", None) or "utf-8", "replace")
        if len(self._script_texts) < MAX_CACHED_SCRIPTS:
            self._script_texts[response.url] = text
        meta = response.meta
        found = scriptlists.script_lists([*meta["page_scripts"], text], meta["page_url"], meta["page_attrs"])
        yield from self.paged(response, self.script_list_starts(response, found, meta["load_more"], meta["list_url"],
                                                                meta["page_shown"]), "column")

    def script_list_starts(self, response: Response, found: list[scriptlists.ScriptList],
                           more: scriptlists.LoadMore | None, key: str, shown: int) -> list[scrapy.Request]:
        """Page 1 of each list; for a list that grows in place (``more``), its pages after the one the
        page shows, counted as that list's: up to the declared records at the script's page size (else
        the entries shown), or — no size known — the next page, whose answer declares the rest."""
        if more is None:
            return [self.script_list_page(response, one, 1) for one in found]
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
        meta = {"script_list": found, "new_list": number == 1 if new_list is None else new_list,
                "script_referer": referer, "site": self.site_of(response), **site_meta(self.site_of(response))}
        if list_url:
            meta["list_url"] = list_url
        headers = {"Referer": referer, "X-Requested-With": "XMLHttpRequest"}
        if found.method == "POST" and found.json:  # a JSON body, as a ``@RequestBody`` API wants it
            return scrapy.Request(found.url(number), method="POST", body=found.json_body(number),
                                  callback=self.parse_script_list, meta={**meta, "form_page": number},
                                  headers={**headers, "Content-Type": "application/json;charset=UTF-8",
                                           "Accept": "application/json, text/javascript, */*; q=0.01"},
                                  dont_filter=True)
        if found.method == "POST":
            return scrapy.FormRequest(found.url(number), formdata=found.fields(number), callback=self.parse_script_list,
                                      meta={**meta, "form_page": number}, headers=headers, dont_filter=True)
        return scrapy.Request(found.url(number), callback=self.parse_script_list, meta=meta, headers=headers)

    def parse_script_list(self, response: Response) -> Iterator[Any]:
        """One page of a script's list: its entries (a JSON list of objects, or HTML rows), the counts
        it declares, and (from page 1) the other pages — by the declared pages, else the declared total
        and the page size (the script's, else the entries of page 1)."""
        answer = scriptlists.json_list(response.text if isinstance(response, TextResponse) else response.body)
        key = self.list_key(response)
        if answer is not None:
            rows, total, pages = answer
            self.coverage(response).declare(key, records=total, pages=pages)
            self.coverage(response).harvested(key, entries=len(rows))
        elif isinstance(response, TextResponse):
            rows = list(self.entries_of(response))
            pager = pagers.recognise(response.text, response.url)
            shown = count_entries(response.selector)
            self.account_list_page(response, pager, shown, {href for href, _title in rows})
            total, pages = pager.records, pager.pages
            if not shown:
                self.warn_coverage(response, f"script list {response.url} answered neither JSON entries nor rows")
        else:
            self.warn_coverage(response, f"script list {response.url} answered neither JSON nor HTML")
            return
        for href, title in rows:
            request = self.follow_report(response, href, title)
            if request is not None:
                yield request
        found: scriptlists.ScriptList = response.meta["script_list"]
        if pages is None and total and (found.size or rows):
            pages = -(-total // (found.size or len(rows)))
        if response.meta.get("new_list") and pages:
            others = [self.script_list_page(response, found, n)
                      for n in range(2, min(pages, pagers.MAX_DECLARED_PAGES) + 1)]
            yield from self.paged(response, others, "family")

    # -- a pager's count in a script the page loads (pagers.count_script) ----------------------
    def count_script_requests(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """The script a list's first page takes its page count from (a column's ``./pagecount.js``
        setting ``countPage``), when its pager call names a variable the page does not set: one
        request, size-capped, through the page budget (not the dupefilter: two columns may load one
        script, and each list needs its answer)."""
        url = pagers.count_script(response.text, response.url)
        if url is None or not self.coverage(response).take_page():
            return
        inline = "\n".join(response.xpath("//script[not(@src)]/text()").getall()[:MAX_INLINE_SCRIPTS])
        yield self.request(response, url, self.parse_count_script, errback=self.count_script_failed,
                           dont_filter=True, headers={"Referer": response.url},
                           meta={"list_url": self.list_key(response), "list_page": response.url,
                                 "pager_scripts": inline, "download_maxsize": pagers.MAX_COUNT_SCRIPT_BYTES})

    def parse_count_script(self, response: Response) -> Iterator[Any]:
        """The count script answered: the list's declared pages (and records), read with the page's
        own pager call, and its other pages requested; a script that sets no count is stated (the
        list's later pages are then not requested — a shortfall said, never silence)."""
        body = response.text if isinstance(response, TextResponse) else response.body.decode("utf-8", "replace")
        script = body[: pagers.MAX_COUNT_SCRIPT_BYTES]
        pager = pagers.trs_script(script + "\n" + response.meta["pager_scripts"], response.meta["list_page"])
        key = self.list_key(response)
        coverage = self.coverage(response)
        if not pager.pages:
            coverage.lists_unread.setdefault(key, f"its pager takes its page count from {response.url}, which sets "
                                                  f"none; its pages after the first were not requested")
            return
        coverage.declare(key, records=pagers.script_counts(script).records, pages=pager.pages)
        yield from self.paged(response, [self.request(response, url, self.parse_list) for url in pager.urls], "family")

    def count_script_failed(self, failure: Failure) -> None:
        """The count script did not answer (404, timeout, over its size cap): the list's size is
        unknown and its later pages unrequested — stated."""
        request = getattr(failure, "request", None)
        if request is None:
            return
        site = request.meta.get("site")
        coverage = self.coverage_of(site if isinstance(site, Site) else self.sites[0])
        coverage.lists_unread.setdefault(str(request.meta.get("list_url")),
                                         f"its pager takes its page count from {request.url}, which did not "
                                         f"answer ({failure.getErrorMessage()}); its pages after the first were "
                                         f"not requested")

    def next_pages(self, response: TextResponse) -> Iterator[scrapy.Request]:
        """Requests for the list's other pages (scheduled from its first page)."""
        return iter(())

    # -- pages, budget and coverage ----------------------------------------------------------
    def coverage(self, response: Response) -> PortalCoverage:
        return self.coverage_of(self.site_of(response))

    def coverage_of(self, site: Site) -> PortalCoverage:
        budget = site.options.get("page_budget") or self.settings.getint("GOVCRAWL_PAGE_BUDGET", 0) or None
        # The crawl's state when there is one (the runner installs it, the pipelines make it for
        # ``scrapy crawl``); else a spider-local tally — counting never opens a store.
        state = existing_state(self.crawler)
        if state is None:
            state = self.__dict__.setdefault("_local_state", CrawlState(writer=None, run_id=None))
        return state.portal_coverage(site.id, int(budget) if budget else None)

    @staticmethod
    def list_key(response: Response) -> str:
        """The list a list page belongs to: its first page's URL."""
        return str(response.meta.get("list_url") or response.url)

    def account_list_page(self, response: Response, pager: pagers.Pager | None, entries: int,
                          hrefs: set[str] | None = None) -> None:
        """Count a list page (``hrefs``: its entries, when the caller has read them; else read here)."""
        coverage = self.coverage(response)
        key = self.list_key(response)
        if pager is not None:
            coverage.declare(key, records=pager.records, pages=pager.pages)
            if pager.capped:
                coverage.budget_refused += pager.capped
        if hrefs is None and isinstance(response, TextResponse) and entries:
            hrefs = {href for href, _title in self.entries_of(response)}
        links = frozenset(hrefs) if hrefs and entries else None
        if not coverage.harvested(key, entries=entries, links=links):
            self.warn_coverage(response, f"{response.url} answered the entries of a page of its list already "
                                         f"read (page {response.meta.get('form_page', '?')} not counted)")

    def warn_coverage(self, response: Response, message: str) -> None:
        self.logger.warning(message)
        self.coverage(response).warnings.append(message)
        if self.crawler.stats:
            self.crawler.stats.inc_value("govcrawl/pager_fallbacks")

    def generic_pages(self, response: TextResponse, pager: pagers.Pager) -> list[scrapy.Request]:
        """The other pages the shared recogniser found: linked or declared URLs, or form POSTs."""
        requests = [self.request(response, url, self.parse_list) for url in pager.urls]
        if pager.form is not None:
            for number in pagers.form_pages(pager):
                fields = {**pager.form.fields, pager.form.page_field: str(number)}
                requests.append(scrapy.FormRequest(pager.form.action, formdata=fields, callback=self.parse_list,
                                                   meta={"site": self.site_of(response), "form_page": number,
                                                         **site_meta(self.site_of(response))},
                                                   headers={"Referer": response.url}, dont_filter=True))
        return requests

    def paged(self, response: Response, requests: list[Any], by: str) -> Iterator[Any]:
        """Other pages of this response's list, through the portal's page budget (every page is
        requested once; refused pages are counted and logged)."""
        coverage = self.coverage(response)
        key = self.list_key(response)
        for request in requests:
            if not isinstance(request, scrapy.Request):
                yield request
                continue
            ident = request.url + ("#" + str(request.meta["form_page"]) if "form_page" in request.meta else "")
            if ident in coverage.requested or ident == response.url:
                continue
            if not coverage.take_page():
                if coverage.budget_refused == 1:
                    self.logger.warning("%s: page budget of %d list pages reached; the rest of its lists is not "
                                        "requested", coverage.site_id, coverage.budget)
                if self.crawler.stats:
                    self.crawler.stats.inc_value("govcrawl/page_budget_refused")
                continue
            coverage.requested.add(ident)
            if not request.meta.get("new_list"):
                request.meta.setdefault("list_url", key)
            request.meta.setdefault("paged_by", by)
            yield request

    # -- shared steps ----------------------------------------------------------------------
    def follow_report(self, response: Response, href: str, title: str,
                      publisher: str | None = None) -> scrapy.Request | None:
        """A request for a list entry if its title names an annual report, else None (decoy).
        ``publisher``: the agency the list row names beside the title (a list API's ``publisher``
        field), the report's agency when neither the title nor the page names one."""
        stats = self.crawler.stats
        # A title without a year is followed when it otherwise names a report and its agency: the
        # year is on the page (kept only if the page holds a report, see parse_report_page).
        undated = not is_report_title(title) and is_undated_report_title(title)
        if not is_report_title(title) and not undated:
            if stats:
                stats.inc_value("govcrawl/list_entries_skipped")
            return None
        url = response.urljoin(href)
        if urlsplit(url).scheme not in ("http", "https"):  # javascript:, mailto:, ftp:, file: …
            if stats:
                stats.inc_value("govcrawl/non_http_links_skipped")
            return None
        if stats:
            stats.inc_value("govcrawl/report_links")
        site = self.site_of(response)
        publisher = owner.publisher_name(publisher, site.agency) if publisher else None
        year = report_year(title)
        if year is not None:
            agency = str(site.agency_record(self.agency_in_title(title) or publisher)["name"])
            self.coverage(response).years_listed.setdefault(agency, set()).add(year)
        # The report's year sets how often its page is revisited (govcrawl.crawl.revisit).
        meta: dict[str, Any] = {"report_year": report_year(title), "undated_title": undated}
        if publisher:
            meta["entry_publisher"] = publisher
        if is_attachment_url(url):
            return self.request(response, url, self.parse_attachment, cb_kwargs={"title": title, "page_url": None},
                                headers={"Referer": response.url}, meta=meta)
        return self.request(response, url, self.parse_report_page, cb_kwargs={"title": title},
                            headers={"Referer": response.url}, meta=meta)

    def parse_report_page(self, response: Response, title: str) -> Iterator[Any]:
        if not isinstance(response, TextResponse):  # the link led straight to a file
            yield self.item(response, title)
            return
        if self.is_soft_404(response):
            self.logger.warning("soft 404 at %s", response.url)
            if self.crawler.stats:
                self.crawler.stats.inc_value("govcrawl/soft_404")
            return
        if self.has_report_tables(response):
            # The report is on the page (the common case): no need to look for attachments.
            yield self.item(response, title)
            return
        if self.declares_other_document(response):
            # A link whose list said nothing of it ("查看" in a 年报 matrix) to a page that says it
            # is something else (法治政府建设年度报告, 解读) and shows no report table.
            self.logger.info("not a report: %s declares another document", response.url)
            self.unlist(response, title)
            if self.crawler.stats:
                self.crawler.stats.inc_value("govcrawl/list_entries_skipped")
            return
        attachments = list(self.attachment_links(response))
        if attachments:
            # The page is a stub ("详见附件"): the report is the attachment, published by whoever the
            # page names (its 发布机构, its heading) when the list title names nobody — a file says
            # nothing of its page.
            meta = {"report_year": response.meta.get("report_year"),
                    "entry_publisher": response.meta.get("entry_publisher")}
            if self.agency_in_title(title) is None:
                stub_agency = self.page_agency(response, None)
                if stub_agency:
                    meta["stub_agency"] = stub_agency
            for url, _name in attachments:
                yield self.request(response, url, self.parse_attachment,
                                   cb_kwargs={"title": title, "page_url": response.url},
                                   headers={"Referer": response.url}, meta=dict(meta))
            return
        if response.meta.get("undated_title"):
            # A year-less title whose page is neither tables nor attachments: a column page or a
            # notice, not a report; counted, never stored.
            self.warn_coverage(response, f"entry {title!r} ({response.url}) names no year and holds no report")
            return
        # Neither tables nor attachments (a picture-only report, a page of prose): parsed and
        # flagged as it is (image_only, tables_missing).
        yield self.item(response, title)

    def parse_attachment(self, response: Response, title: str, page_url: str | None) -> Iterator[Any]:
        if isinstance(response, TextResponse) and b"<html" in response.body[:2048].lower():
            # A download endpoint answering with an HTML error page (VSB without Referer, …).
            self.logger.warning("attachment %s answered with an HTML page, not a file", response.url)
            if self.crawler.stats:
                self.crawler.stats.inc_value("govcrawl/attachment_error_pages")
            return
        yield self.item(response, title, page_url)

    # -- helpers ---------------------------------------------------------------------------
    def content(self, response: TextResponse) -> Any:
        for css in CONTENT_SELECTORS:
            found = response.css(css)
            if found:
                return found[0]
        return response

    def attachment_scope(self, response: TextResponse) -> Any:
        """Where a page lists its attachments: the article body, unless a family knows better."""
        return self.content(response)

    def attachment_links(self, response: TextResponse) -> Iterator[tuple[str, str]]:
        """Files the article links: in its body (or the family's attachment block); failing that,
        anywhere on the page — a sibling block after the editor div (``div.fj``, 附件：…) — and
        links written by a script (``var fj = '<a href=…pdf>'``)."""
        found = list(self._attachments_in(response, self.attachment_scope(response)))
        if not found:
            found = [(url, "") for url in embedded_files(response)]
        if not found:
            found = list(self._attachments_in(response, response))
            seen = {url for url, _ in found}
            for script in response.xpath("//script/text()").getall():
                for href in _SCRIPT_FILE.findall(script):
                    url = response.urljoin(href)
                    if url not in seen and url.startswith(("http://", "https://")):
                        seen.add(url)
                        found.append((url, ""))
        yield from found

    def _attachments_in(self, response: TextResponse, scope: Any) -> Iterator[tuple[str, str]]:
        seen: set[str] = set()
        for link in scope.css("a[href]"):
            href = link.attrib.get("href", "")
            name = " ".join(link.css("::text").getall()).strip()
            if not (is_attachment_url(href) or is_attachment_url(name)):
                continue
            url = response.urljoin(href)
            if url not in seen and url.startswith(("http://", "https://")):
                seen.add(url)
                yield url, name

    def has_report_tables(self, response: TextResponse) -> bool:
        text = response.text
        if not any(cue in text for cue in _TABLE_CUES):
            return False
        # Lower-casing a whole page costs more than the rest of this check: only for odd markup.
        return "<table" in text or "<TABLE" in text or "<table" in text.lower()

    def unlist(self, response: Response, title: str) -> None:
        """Take back the year a list entry's title promised, once its page says it is no report."""
        year = report_year(title)
        if year is not None:
            agency = str(self.site_of(response).agency_record(self.agency_in_title(title))["name"])
            self.coverage(response).years_listed.get(agency, set()).discard(year)

    def relist(self, response: Response, title: str, listed: str | None, agency: str) -> None:
        """The year a list entry promised under one name (abbreviated, or none: the portal's), moved to
        the name the document gives."""
        year = report_year(title)
        if year is None:
            return
        site = self.site_of(response)
        years = self.coverage(response).years_listed
        years.get(str(site.agency_record(listed)["name"]), set()).discard(year)
        years.setdefault(str(site.agency_record(agency)["name"]), set()).add(year)

    def declares_other_document(self, response: TextResponse) -> bool:
        """The page's own title (``ArticleTitle``, else its heading) names another document."""
        declared = response.xpath('//meta[@name="ArticleTitle"]/@content').get() \
            or " ".join(response.css("h1 ::text").getall()) or " ".join(response.css("h2 ::text").getall()[:5])
        return bool(declared) and is_other_document_title(declared)

    def is_soft_404(self, response: TextResponse) -> bool:
        if len(response.body) > 20_000:
            return False
        text = response.text
        return any(marker in text for marker in _SOFT_404) and "年度报告" not in text

    def item(self, response: Response, title: str, page_url: str | None = None) -> ReportItem:
        content_type = response.headers.get("Content-Type")
        site = self.site_of(response)
        return ReportItem(
            site_id=site.id,
            url=response.url,
            title=title,
            agency=site.agency_record(self.report_agency(response, title, page_url)),
            body=response.body,
            media_type=content_type.decode("latin-1") if content_type else None,
            page_url=page_url,
            fetched_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            url_key=response.meta.get("url_key"),
        )

    def report_agency(self, response: Response, title: str, page_url: str | None) -> str | None:
        """The agency that published a report: its list title, else what the page says (``page_agency``;
        for a file, what the page that links it says), else the publisher its list row names (a list
        API's ``publisher``), else — on a host of the portal that is not the portal's own (a bureau
        sub-host) — that host, so two agencies never merge into one record.  A year the list promised
        under one name and found under another moves with it (coverage)."""
        publisher = response.meta.get("entry_publisher")
        listed = self.agency_in_title(title)
        found = listed
        if found is None and isinstance(response, TextResponse):
            found = self.page_agency(response, page_url)
        if found is None:
            found = response.meta.get("stub_agency") or publisher
        if found is not None and isinstance(response, TextResponse):
            found = full_name(found, response.xpath('//meta[@name="ContentSource"]/@content').get())
        if found is None:
            site = self.site_of(response)
            host = urlsplit(page_url or response.url).hostname or ""
            if host and host not in site.hosts:
                found = host
        if found != (listed or publisher) and found is not None:
            self.relist(response, title, listed or publisher, found)
        return found

    def page_agency(self, response: TextResponse, page_url: str | None) -> str | None:
        """The agency a report page names: its own title (``ArticleTitle`` meta, ``<h1>``, ``<title>``,
        a heading of the article), its publisher (发布机构, ContentSource), else a unit its breadcrumb
        walks through or — off the portal's own hosts — its footer's 主办单位, when that is another agency
        than the portal's (``owner``)."""
        site = self.site_of(response)
        for declared in (response.xpath('//meta[@name="ArticleTitle"]/@content').get(),
                         " ".join(response.css("h1 ::text").getall()),
                         owner.report_part(response.css("title::text").get()),
                         *owner.heading_titles(response.selector)):
            if declared and is_report_title(declared):
                found = self.agency_in_title(declared)
                if found:
                    return found
        found = owner.declared_publisher(response.selector, site.agency)
        if found is None:
            found = owner.breadcrumb_unit(response.selector)
        host = urlsplit(page_url or response.url).hostname or ""
        if found is None and host and host not in site.hosts:
            found = owner.footer_sponsor(response.selector)
        if found is None or owner.is_government_office(found) or site.agency_record(found)["id"] == site.id:
            return None
        return found

    def agency_in_title(self, title: str) -> str | None:
        from govcrawl.report.metadata import agency_from_title

        found = agency_from_title(title)
        # "苕原县政府信息公开", "…门户网站": a site's name left over from a page title, not an agency.
        return None if found and owner.is_site_name(found) else found
