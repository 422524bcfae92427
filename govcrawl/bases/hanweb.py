"""Hanweb 大汉 JCMS / JPaaS family (portals.md §1.3).

A column page ``/col/col<columnid>/index.html`` ships its first records inside
``<script type="text/xml"><datastore>…<record><![CDATA[<li><a href=… title=…>]]></record>…`` (an HTML
parser sees no links there) and a jpage widget call naming ``proxyUrl``, ``totalRecord``, ``perPage``
and ``ajaxParam`` (``columnid``, ``unitid``, ``webid``, …).  The rest of the list comes from the proxy:
``POST <proxyUrl>?startrecord=&endrecord=&perpage=`` with the ``ajaxParam`` fields as the form body
(the widget loads three pages per request), answering ``<datastore><totalrecord>…`` XML.  Registry
option ``jpage: get`` uses the ``?page=N&…`` GET variant instead.

The datastore XML is untrusted input: it is parsed with defusedxml with DTDs forbidden (no entity
expansion, no external fetches), and datastores over ``MAX_DATASTORE_BYTES`` are skipped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode
from xml.etree.ElementTree import ParseError

import scrapy
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring
from parsel import Selector
from scrapy.http import Response, TextResponse

from govcrawl.bases.base import PortalSpider

MAX_DATASTORE_BYTES = 5 * 1024 * 1024
DEFAULT_PROXY = "/module/web/jpage/dataproxy.jsp"
GROUP_PAGES = 3  # the widget asks for three pages of records at a time

_JPAGE = re.compile(r"\.jpage\s*\(")
_AJAX_PARAM = re.compile(r"ajaxParam\s*:\s*\{([^{}]*)\}", re.S)
_JS_PAIR = re.compile(r"""(\w+)\s*:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^,}\s]+)""")


@dataclass
class Datastore:
    """One parsed ``<datastore>``: its record fragments and the totals it declares."""

    records: list[str] = field(default_factory=list)
    total_record: int | None = None
    total_page: int | None = None
    rejected: str | None = None  # why the XML was not read (unsafe, malformed, too large)


@dataclass
class JpageConfig:
    proxy_url: str
    total_record: int
    per_page: int
    params: dict[str, str]


def parse_datastore(xml: str | bytes) -> Datastore:
    """Read a datastore safely: defusedxml, DTDs (hence entity bombs) refused, size bounded."""
    data = xml.encode("utf-8") if isinstance(xml, str) else xml
    if len(data) > MAX_DATASTORE_BYTES:
        return Datastore(rejected=f"datastore of {len(data)} bytes is over the limit")
    try:
        root = defused_fromstring(data.strip(), forbid_dtd=True)
    except DefusedXmlException as exc:
        return Datastore(rejected=f"unsafe XML refused: {type(exc).__name__}")
    except ParseError as exc:
        return Datastore(rejected=f"malformed XML: {exc}")
    store = Datastore()
    for record in root.iter("record"):
        if record.text and record.text.strip():
            store.records.append(record.text)
    for name in ("totalrecord", "totalpage"):
        node = root.find(name)
        if node is not None and node.text and node.text.strip().isdigit():
            setattr(store, "total_record" if name == "totalrecord" else "total_page", int(node.text.strip()))
    return store


def record_links(fragment: str) -> Iterator[tuple[str, str]]:
    """(href, title) of a record's ``<a>``: ``title=`` beats the (often truncated) text."""
    for link in Selector(text=fragment).css("a[href]"):
        title = link.attrib.get("title") or " ".join(link.css("::text").getall())
        yield link.attrib["href"], title.strip()


def _js_value(raw: str) -> str:
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        return re.sub(r"\\(.)", r"\1", raw[1:-1])
    return raw


def jpage_configs(text: str) -> list[JpageConfig]:
    """The jpage widget calls of a page (one per list unit)."""
    starts = [m.end() for m in _JPAGE.finditer(text)]
    configs = []
    for i, start in enumerate(starts):
        chunk = text[start : starts[i + 1] if i + 1 < len(starts) else len(text)]
        params_match = _AJAX_PARAM.search(chunk)
        params = {k: _js_value(v) for k, v in _JS_PAIR.findall(params_match[1])} if params_match else {}
        top = _AJAX_PARAM.sub("", chunk)
        values = {k: _js_value(v) for k, v in _JS_PAIR.findall(top)}
        total = values.get("totalRecord", "")
        if not total.isdigit():
            continue
        per_page = values.get("perPage", "15")
        configs.append(JpageConfig(
            proxy_url=values.get("proxyUrl") or DEFAULT_PROXY,
            total_record=int(total),
            per_page=int(per_page) if per_page.isdigit() and int(per_page) > 0 else 15,
            params=params,
        ))
    return configs


class HanwebSpider(PortalSpider):
    """Registry options: ``jpage: post`` (default) or ``get``."""

    supports_many_sites = True

    def parse_list(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            return
        shown = 0
        for xml in response.xpath('//script[@type="text/xml"]/text()').getall():
            store = self._datastore(response, xml)
            shown += len(store.records)
            yield from self._follow_records(response, store.records)
        if not shown:  # an older template with a plain HTML list
            for link in response.css("ul li a[href], table td a[href], .list a[href]"):
                title = link.attrib.get("title") or " ".join(link.css("::text").getall())
                request = self.follow_report(response, link.attrib["href"], title.strip())
                if request is not None:
                    yield request
        for config in jpage_configs(response.text):
            yield from self.proxy_requests(response, config, shown)

    def proxy_requests(self, response: TextResponse, config: JpageConfig, shown: int) -> Iterator[scrapy.Request]:
        """Requests for the records past the ``shown`` ones the page carried."""
        proxy = response.urljoin(config.proxy_url)
        headers = {"Referer": response.url}
        site = self.site_of(response)
        if site.options.get("jpage", "post") == "get":
            pages = math.ceil(config.total_record / config.per_page)
            for page in range(shown // config.per_page + 1, pages + 1):
                query = urlencode({"page": page, **config.params})
                yield self.request(response, f"{proxy}?{query}", self.parse_proxy, headers=headers)
            return
        window = GROUP_PAGES * config.per_page
        for start in range(shown + 1, config.total_record + 1, window):
            end = min(start + window - 1, config.total_record)
            query = urlencode({"startrecord": start, "endrecord": end, "perpage": config.per_page})
            yield scrapy.FormRequest(f"{proxy}?{query}", formdata=config.params, callback=self.parse_proxy,
                                     headers=headers, meta={"site": site})

    def parse_proxy(self, response: Response) -> Iterator[Any]:
        store = self._datastore(response, response.body)
        yield from self._follow_records(response, store.records)

    # -- helpers ---------------------------------------------------------------------------
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
