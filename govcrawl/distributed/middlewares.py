"""Scrapy components a unit's crawl process runs with (``scrapy_settings.py`` enables them).

``OwnedHostsSpiderMiddleware`` / ``OwnedHostsDownloaderMiddleware``: requests to hosts another
unit owns (``$GOVCRAWL_DENY_HOSTS``, comma-separated host keys; see ``units.py``) are dropped —
by the spider middleware before they are scheduled (no fetch, no fetch-log line), and by the
downloader middleware when a redirect leads there.

``UnitFixtureProxyMiddleware``: the fixture proxy of ``crawl --fixture-proxy``, also routing the
hosts in ``$GOVCRAWL_FIXTURE_EXTRA_HOSTS`` (a unit crawl names only its own portals, but a portal
links to sub-hosts that are not its start hosts, and the fixture network serves them).
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Iterable
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response

from govcrawl.crawl.middlewares import FixtureProxyMiddleware
from govcrawl.distributed.units import covers

log = logging.getLogger(__name__)


def _env_list(name: str) -> list[str]:
    return [h.strip().lower() for h in os.environ.get(name, "").split(",") if h.strip()]


class _Owned:
    def __init__(self, crawler: Crawler, deny: list[str]) -> None:
        self.crawler = crawler
        self.deny = deny

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        deny = _env_list("GOVCRAWL_DENY_HOSTS")
        if not deny:
            raise NotConfigured
        return cls(crawler, deny)

    def foreign(self, request: Request) -> bool:
        host = (urlsplit(request.url).hostname or "").lower()
        if not any(covers(d, host) for d in self.deny):
            return False
        log.debug("left to its owner: %s", request.url)
        if self.crawler.stats:
            self.crawler.stats.inc_value("govcrawl/left_to_owner")
        return True


class OwnedHostsSpiderMiddleware(_Owned):
    def process_spider_output(self, response: Response, result: Iterable[Any], spider: Spider) -> Iterable[Any]:
        for item in result:
            if not (isinstance(item, Request) and self.foreign(item)):
                yield item

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any], spider: Spider
    ) -> AsyncIterator[Any]:
        async for item in result:
            if not (isinstance(item, Request) and self.foreign(item)):
                yield item


class OwnedHostsDownloaderMiddleware(_Owned):
    def process_request(self, request: Request) -> None:
        if self.foreign(request):
            raise IgnoreRequest(f"{request.url}: host owned by another unit of this distributed crawl")


class UnitFixtureProxyMiddleware(FixtureProxyMiddleware):
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> UnitFixtureProxyMiddleware:
        proxy = crawler.settings.get("GOVCRAWL_FIXTURE_PROXY")
        if not proxy:
            raise NotConfigured
        hosts = {h.lower() for h in crawler.settings.getlist("GOVCRAWL_FIXTURE_HOSTS")}
        return cls(proxy, hosts | set(_env_list("GOVCRAWL_FIXTURE_EXTRA_HOSTS")))
