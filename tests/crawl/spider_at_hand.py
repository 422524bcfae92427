"""A family's spider for one registry entry, and a page as it would reach one of its callbacks: what the
class tests of the unseen rounds (test_batch32_classes.py …) call a spider's steps with, no crawl run."""

from __future__ import annotations

from typing import Any

from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from govcrawl.bases import family
from govcrawl.crawl.registry import Site


def family_spider(site: Site) -> Any:
    """The spider of ``site``'s family (``cms``), made by Scrapy's own crawler factory for that one site."""
    cls = family(site.cms)
    return cls.from_crawler(get_crawler(cls), name=site.id, sites=[site])


def page_for(url: str, html: str, site: Site, **meta: Any) -> HtmlResponse:
    """``html`` served at ``url`` as a response to a request of ``site`` carrying ``meta``."""
    meta = {**meta, "site": site}
    return HtmlResponse(url, body=html.encode(), encoding="utf-8", request=Request(url, meta=meta))
