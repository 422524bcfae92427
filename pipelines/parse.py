"""Parse a fetched report into its record (priority 100).

Parsing is the crawl's CPU cost (crawling.md), so it runs in a pool of worker processes
(``GOVCRAWL_PARSE_WORKERS``, default: one per core; never in the crawl process itself) while the
reactor goes on fetching.  A report whose bytes are those of its stored record (the URL memory
says so: a 304, a page not due yet, an identical body) is not parsed at all.  Every parse has a
wall-clock and a memory limit (``govcrawl.parsepool``): a parse stopped by one, or a worker that
dies, costs that report a record flagged ``parser_timeout`` / ``parser_resource_limit`` /
``parser_error`` (no values), not the crawl.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import os
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from govcrawl.crawl.classify import report_year
from govcrawl.crawl.items import ReportItem
from govcrawl.crawl.parsejob import parse_and_prepare, unparsed
from govcrawl.crawl.state import shared_state, tally_item
from govcrawl.parsepool import ParseLimitExceeded, ParsePool

log = logging.getLogger(__name__)
_POOL: list[ParsePool] = []


def _pool(workers: int) -> ParsePool:
    if not _POOL:
        # Spawned workers: they do not inherit the reactor's threads and sockets, and they are the
        # crawl process's own children, told to die with it.
        pool = ParsePool(workers)
        atexit.register(pool.shutdown)
        _POOL.append(pool)
    return _POOL[0]


class ParseReportPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        setting = crawler.settings.get("GOVCRAWL_PARSE_WORKERS")
        self.workers = max(1, (os.cpu_count() or 1) if setting in (None, "") else int(setting))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ParseReportPipeline:
        return cls(crawler)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, ReportItem):
            return item
        state = shared_state(self.crawler)
        if state.urls is not None and not state.urls.needs_parse(item.url_key):
            # The same bytes as the stored record's (a 304, a page not due yet, an identical body):
            # nothing to parse, nothing to store.
            tally_item(state, {"agency": item.agency, "year": report_year(item.title)}, "unchanged")
            state.urls.count("parses_skipped")
            if self.crawler.stats:
                self.crawler.stats.inc_value("govcrawl/parse_skipped")
            raise DropItem(f"unchanged since its record was stored: {item.url}", log_level="DEBUG")
        args = (item.body, item.media_type)
        kwargs: dict[str, Any] = {"url": item.url, "fetched_at": item.fetched_at, "agency": item.agency,
                  "attachments": list(item.attachments), "page_url": item.page_url,
                  "listed_year": report_year(item.title), "owner": item.owner}
        try:
            # A worker imports only the parser and govcrawl.store.prepare, not this module's
            # Scrapy and SQLAlchemy (1.5 s of CPU and ~70 MB per worker); it also makes the
            # record's store rows, off the crawl process's interpreter lock.
            future = _pool(self.workers).submit(parse_and_prepare, *args, **kwargs)
            item.record, item.prepared = await asyncio.wrap_future(future)
        except ParseLimitExceeded as exc:
            log.warning("parse of %s stopped: %s; stored flagged %s", item.url, exc, exc.flag)
            item.record, item.prepared = unparsed(exc.flag, str(exc), *args, **kwargs), None
        record = item.record
        assert record is not None
        stats = self.crawler.stats
        if stats:
            stats.inc_value("govcrawl/parsed")
            for flag in record["flags"]:
                stats.inc_value(f"govcrawl/flag/{flag}")
        return item
