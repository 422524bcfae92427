"""A hub family spider on one registry entry, and the requests its ``parse_list`` makes of a page —
the set-up the hub recogniser tests share (tiles, card lists, jump menus, image maps, directories, tabs)."""

from __future__ import annotations

from typing import Any

from scrapy import Request as ScrapyRequest
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from govcrawl.bases.hub import HubSpider
from govcrawl.crawl.registry import Site


def hub_spider(site: Site) -> HubSpider:
    return HubSpider.from_crawler(get_crawler(HubSpider), name=site.id, sites=[site])


def hub_requests(spider: HubSpider, site: Site, url: str, html: str, **meta: Any) -> list[ScrapyRequest]:
    """The requests ``spider.parse_list`` makes of ``html`` served at ``url`` (items left out)."""
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": site, **meta}))
    return [r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]
