"""Hanweb 大汉 JCMS / JPaaS family (portals.md §1.3).

A column page ``/col/col<columnid>/index.html`` ships its first records inside
``<script type="text/xml"><datastore>…<record><![CDATA[<li><a href=… title=…>]]></record>…`` (an HTML
parser sees no links there) and its paging settings: a jpage widget call naming ``proxyUrl``,
``totalRecord``, ``perPage`` and ``ajaxParam`` (``columnid``, ``unitid``, ``webid``, …).  The rest of
the list comes from the proxy:
``POST <proxyUrl>?startrecord=&endrecord=&perpage=`` with the ``ajaxParam`` fields as the form body
(the widget loads three pages per request), answering ``<datastore><totalrecord>…`` XML.  The
embedded datastore may carry the same ``<totalrecord>`` (a call that names no ``totalRecord`` is
then sized by it); whatever declares it, a count past what was harvested is a stated shortfall.  Registry
option ``jpage: get`` uses the ``?page=N&…`` GET variant instead.  The same settings may be plain
script variables (``var totalRecord = 37;`` …, read by a shared script); a page with no settings
at all pages through the datastore's ``<nextgroup>`` link (the next record window, with its
parameters), each answer's own ``<nextgroup>`` leading on until one has none.

A proxy may answer JSON(P) with the datastore as one of its strings (``raw({"result":"<datastore>…"})``):
the string is read as the datastore.

What the page and the proxy say is read by ``govcrawl.crawl.hanwebdata`` (pure functions: the
datastore XML, untrusted, parsed safely and size-capped; the widget's settings); this module asks.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import scrapy
from parsel import Selector
from scrapy.http import Response, TextResponse

from govcrawl.bases.base import PortalSpider
from govcrawl.bases.core import page_encoding, site_meta
from govcrawl.crawl import entries, pagers
from govcrawl.crawl.hanwebdata import (
    MAX_DATASTORE_BYTES,
    Datastore,
    JpageConfig,
    jpage_configs,
    nextgroup_links,
    parse_datastore,
    record_links,
    unit_pager,
)


@dataclass(frozen=True)
class ProxyPaging:
    """How one list's proxy is asked, carried by its requests so that each answer can go on."""

    proxy: str  # absolute, with whatever query the page wrote
    params: dict[str, str]
    per_page: int
    group: int
    shown: int  # records the list page carried: the proxy's pages start after them
    method: str  # "get": ?page=N; "post": record windows
    referer: str
    upto: int | None = None  # the records every page was asked for up to, at once (None: one after another)

    @property
    def step(self) -> int:
        """Records per request: a page (GET), a group of pages (POST window)."""
        return self.per_page if self.method == "get" else self.per_page * self.group

    @property
    def first_record(self) -> int:
        """The first record asked for: the page holding the record after the shown ones (GET), or
        that record (POST)."""
        if self.method == "get":
            return self.shown // self.per_page * self.per_page + 1
        return self.shown + 1

    @property
    def base(self) -> str:
        return self.proxy.split("?", 1)[0]

    @property
    def query(self) -> dict[str, str]:
        """The query the page wrote into the proxy's URL (kept in a GET page's query)."""
        return dict(parse_qsl(urlsplit(self.proxy).query, keep_blank_values=True))



class HanwebSpider(PortalSpider):
    """Registry options: ``jpage: post`` (default) or ``get``."""

    supports_many_sites = True

    def parse_list(self, response: Response) -> Iterator[Any]:
        if self.is_list_answer(response):
            yield from self.parse_script_list(response)
            return
        if not isinstance(response, TextResponse):
            return
        # A column page may hold several units (one per department, one per year …), each its own
        # datastore, widget call and proxy window: each is its own list, so one unit's shortfall
        # cannot hide behind another's surplus, and its proxy window starts after its own records.
        stores: dict[str, Datastore] = {}
        for script in response.xpath('//script[@type="text/xml"]'):
            store = self._datastore(response, script.xpath("text()").get() or "")
            unit = script.xpath("ancestor::*[@id][1]/@id").get() or f"#{len(stores)}"
            stores[unit if unit not in stores else f"{unit}#{len(stores)}"] = store
            yield from self._follow_records(response, store.records)
        shown = sum(len(store.records) for store in stores.values())
        declared = {unit: s.total_record for unit, s in stores.items() if s.total_record is not None}
        configs = jpage_configs(response.text, declared)
        page_key = self.list_key(response)
        # Units are told apart only when every widget call names its unit's element.
        split = len(stores) > 1 and all(config.unit in stores for config in configs)

        def key(unit: str | None) -> str:
            return f"{page_key}#{unit}" if split and unit in stores else page_key

        if not shown:  # an older template with a plain HTML list: the base's list handling
            yield from super().parse_list(response)
        coverage = self.coverage(response)
        # What the datastores declare is counted whether or not the rest can be fetched: a list
        # that holds more than was harvested is a stated shortfall, never a silent one.
        for unit, total in declared.items():
            coverage.declare(key(unit), records=total)
        for config in configs:
            coverage.declare(key(config.unit), records=config.total_record)
        if shown:
            for unit, store in stores.items():
                links = frozenset(href for fragment in store.records for href, _title in record_links(fragment))
                coverage.harvested(key(unit), entries=len(store.records), links=links or None)
        requests: list[scrapy.Request] = []
        for config in configs:
            own_store = stores.get(config.unit or "") if split else None
            requests += self._of_list(key(config.unit), self.proxy_requests(
                response, config, len(own_store.records) if own_store else shown))
        if not configs:  # no settings on the page: each datastore's <nextgroup> links, one after another
            for unit, store in stores.items():
                requests += self._of_list(key(unit), self.nextgroup_requests(response, store.nextgroups))
        if not configs and not response.meta.get("unit_page"):
            requests += self.unit_requests(response)
        yield from self.paged(response, requests, "family")

    def unit_requests(self, response: TextResponse) -> list[scrapy.Request]:
        """A JPaaS column's pages 2 … N from its unit renderer, N as the page's pager declares it."""
        unit = unit_pager(response.text)
        if unit is None:
            return []
        pager = pagers.recognise(response.text, response.url, page_encoding(response))
        pages = pager.pages or (-(-pager.records // unit.page_size) if pager.records else None)
        if not pages or pages < 2:
            return []
        endpoint = response.urljoin(unit.endpoint)
        requests = []
        for number in range(2, min(pages, pagers.MAX_DECLARED_PAGES) + 1):
            param = json.dumps({"pageNo": number, "pageSize": unit.page_size}, separators=(",", ":"))
            query = urlencode({**unit.params, "paramJson": param})
            requests.append(self.request(response, f"{endpoint}?{query}", self.parse_unit,
                                         headers={"Referer": response.url}))
        return requests

    def parse_unit(self, response: Response) -> Iterator[Any]:
        """One page of a JPaaS unit: JSON whose ``data.html`` is the list fragment."""
        try:
            data = json.loads(response.body[:MAX_DATASTORE_BYTES])
        except ValueError:
            data = None
        html = (data.get("data") or {}).get("html") if isinstance(data, dict) else None
        if not isinstance(html, str):
            self.logger.warning("unit page %s is not the renderer's JSON", response.url)
            return
        found = list(entries.list_entries(Selector(text=html)))
        self.coverage(response).harvested(self.list_key(response), entries=len(found))
        for href, title in found:
            request = self.follow_report(response, href, title)
            if request is not None:
                yield request

    def nextgroup_requests(self, response: Response, nextgroups: list[str]) -> list[scrapy.Request]:
        return [self.request(response, href, self.parse_proxy, headers={"Referer": response.url},
                             meta={"nextgroup": True})
                for fragment in nextgroups for href in nextgroup_links(fragment)]

    def proxy_requests(self, response: TextResponse, config: JpageConfig, shown: int) -> list[scrapy.Request]:
        """Requests for the records past the ``shown`` ones the page carried, the way the portal's
        option, else the widget call, says (POST record windows when neither does)."""
        method = self.site_of(response).options.get("jpage") or config.method or "post"
        paging = ProxyPaging(proxy=response.urljoin(config.proxy_url), params=dict(config.params),
                             per_page=config.per_page, group=config.group, shown=shown,
                             method="get" if method == "get" else "post", referer=response.url)
        return self.paging_requests(response, paging, config.total_record)

    def paging_requests(self, response: Response, paging: ProxyPaging, total: int | None,
                        after: int | None = None, switched: bool = False) -> list[scrapy.Request]:
        """The proxy's pages past the shown records: every one up to ``total`` records; with no count
        declared, the one after the request that began at record ``after`` (each answer tells more)."""
        step = paging.step
        start = paging.first_record if after is None else max(paging.first_record, after + step)
        # (a range sliced, never built: a declared count is bounded before anything is requested)
        last = start if total is None else total
        starts = range(start, last + 1, step)[: pagers.MAX_DECLARED_PAGES]
        site = self.site_of(response)
        meta = {**site_meta(site), "site": site, "jpage": replace(paging, upto=total), "jpage_switched": switched}
        headers = {"Referer": paging.referer}
        requests: list[scrapy.Request] = []
        for at in starts:
            if paging.method == "get":
                query = urlencode({**paging.query, **paging.params, "page": (at - 1) // paging.per_page + 1})
                requests.append(scrapy.Request(f"{paging.base}?{query}", callback=self.parse_proxy, headers=headers,
                                               meta={**meta, "jpage_at": at}))
                continue
            last = at + step - 1 if total is None else min(at + step - 1, total)
            query = urlencode({"startrecord": at, "endrecord": last, "perpage": paging.per_page})
            requests.append(scrapy.FormRequest(f"{paging.proxy}?{query}", formdata=paging.params,
                                               callback=self.parse_proxy, headers=headers,
                                               meta={**meta, "jpage_at": at}))
        return requests

    def parse_proxy(self, response: Response) -> Iterator[Any]:
        store = self._datastore(response, response.body)
        coverage = self.coverage(response)
        key = self.list_key(response)
        if store.total_record is not None:
            coverage.declare(key, records=store.total_record)
        links = frozenset(href for fragment in store.records for href, _title in record_links(fragment))
        # An answer of records already counted (a proxy that ignores how it was asked and answers
        # the first page again) adds nothing to what the list harvested.
        fresh = coverage.harvested(key, entries=len(store.records), page=False, links=links or None)
        yield from self._follow_records(response, store.records)
        if response.meta.get("nextgroup"):
            yield from self.paged(response, self.nextgroup_requests(response, store.nextgroups), "family")
        paging = response.meta.get("jpage")
        if isinstance(paging, ProxyPaging):
            yield from self.paged(response, self.more_proxy_pages(response, paging, store, fresh), "family")

    def more_proxy_pages(self, response: Response, paging: ProxyPaging, store: Datastore,
                         fresh: bool) -> list[scrapy.Request]:
        """What a proxy's answer leads to: the pages its totals declare past the ones asked for (or,
        none declared, the next one while answers bring new records); or — it answered a page
        already read, or nothing while the list is short — the same pages asked the other way, once.
        A hostile answer (refused as unsafe or oversized) leads nowhere: the list's shortfall is stated."""
        if store.hostile:
            return []  # an entity bomb or an oversized answer is refused, not asked for again another way
        entry = self.coverage(response).list_of(self.list_key(response))
        total = store.total_record if store.total_record is not None else entry.declared_records
        if fresh and store.records:
            if paging.upto is not None and (total is None or total <= paging.upto):
                return []  # every page of that count was asked for with this one
            return self.paging_requests(response, paging, total, after=response.meta.get("jpage_at"),
                                        switched=bool(response.meta.get("jpage_switched")))
        if response.meta.get("jpage_switched") or (fresh and entry.shortfall() is None):
            return []
        other = replace(paging, method="get" if paging.method == "post" else "post")
        self.warn_coverage(response, f"{response.url} ({paging.method.upper()}) answered "
                                     f"{'a page of its list already read' if store.records else 'no records'}; "
                                     f"its proxy is asked again by {other.method.upper()}")
        return self.paging_requests(response, other, total, switched=True)

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _of_list(list_url: str, requests: Iterable[scrapy.Request]) -> list[scrapy.Request]:
        """The requests for one unit's list: their answers are counted against its declared total."""
        out = list(requests)
        for request in out:
            request.meta["list_url"] = list_url
        return out

    def _datastore(self, response: Response, xml: str | bytes) -> Datastore:
        store = parse_datastore(xml)
        if store.rejected:
            self.logger.warning("datastore at %s not read: %s", response.url, store.rejected)
            if self.crawler.stats:
                self.crawler.stats.inc_value("govcrawl/datastore_rejected")
        return store

    def _follow_records(self, response: Response, records: list[str]) -> Iterator[scrapy.Request]:
        for fragment in records:
            for href, title in record_links(fragment):
                request = self.follow_report(response, href, title)
                if request is not None:
                    yield request


FAMILIES = {"hanweb": HanwebSpider}
