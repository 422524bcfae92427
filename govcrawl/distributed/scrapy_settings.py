"""Scrapy settings of a unit's crawl process: govcrawl's own plus the ownership guards.

A worker runs ``govcrawl crawl --site …`` with ``GOVCRAWL_SCRAPY_SETTINGS`` pointing here
(read by ``govcrawl.crawl.runner.project_settings``).
"""

from typing import Any

from govcrawl import settings as _base

globals().update({name: getattr(_base, name) for name in dir(_base) if name.isupper()})

_DOWNLOADER: dict[str, Any] = dict(getattr(_base, "DOWNLOADER_MIDDLEWARES", {}))
_SPIDER: dict[str, Any] = dict(getattr(_base, "SPIDER_MIDDLEWARES", {}))
_PROXY = "govcrawl.crawl.middlewares.FixtureProxyMiddleware"

DOWNLOADER_MIDDLEWARES: dict[str, Any] = {
    **_DOWNLOADER,
    _PROXY: None,
    "govcrawl.distributed.middlewares.UnitFixtureProxyMiddleware": _DOWNLOADER.get(_PROXY, 50),
    "govcrawl.distributed.middlewares.OwnedHostsDownloaderMiddleware": 40,
}
SPIDER_MIDDLEWARES: dict[str, Any] = {
    **_SPIDER,
    "govcrawl.distributed.middlewares.OwnedHostsSpiderMiddleware": 450,
}
