"""One spider class per registry entry (``scrapy list`` shows them, ``scrapy crawl ID`` runs one)."""

from __future__ import annotations

import logging

from govcrawl.bases import family
from govcrawl.bases.base import PortalSpider
from govcrawl.crawl.registry import Site, registered_sites

SPIDERS: dict[str, type[PortalSpider]] = {}


def spider_class(site: Site) -> type[PortalSpider]:
    """The spider of a registry entry (bundled entries: the class Scrapy's loader sees)."""
    known = SPIDERS.get(site.id)
    if known is not None and known.site == site:
        return known
    base = family(site.cms)
    # type() takes __module__ from this module, so Scrapy's SpiderLoader finds the class here.
    return type(f"{base.__name__}_{site.id.replace('-', '_')}", (base,), {"name": site.id, "site": site})


def _register() -> None:
    for site in registered_sites():
        try:
            cls = spider_class(site)
        except ValueError as exc:  # one bad entry must not break every other spider (contract test catches it)
            logging.getLogger(__name__).error("registry entry %s skipped: %s", site.id, exc)
            continue
        SPIDERS[site.id] = cls
        globals()[cls.__name__] = cls


_register()
