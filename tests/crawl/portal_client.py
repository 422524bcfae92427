"""Per-site tests talk to a fixture portal object directly (no server, no reactor): these turn
its answers into the Scrapy responses a spider's callbacks take, and build a site's spider."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

from scrapy.http import HtmlResponse, Request, Response
from scrapy.utils.test import get_crawler

from govcrawl.province.server import Portal
from govcrawl.province.server import Request as FixtureRequest
from govcrawl.province.server import Response as FixtureResponse
from spiders.registry import SPIDERS


def served(portal: Portal, url: str, headers: dict[str, str] | None = None) -> FixtureResponse:
    """What the portal answers to a GET of ``url`` (header names lower case)."""
    parts = urlsplit(url)
    return portal.handle(FixtureRequest("GET", parts.hostname or "", parts.path, parse_qs(parts.query),
                                        dict(headers or {})))


def as_response(url: str, found: FixtureResponse, meta: dict[str, Any] | None = None) -> Response:
    """The portal's answer as Scrapy would hand it to a callback (HtmlResponse for HTML)."""
    headers = {"Content-Type": found.content_type or "", **found.headers}
    request = Request(url, meta=meta or {})
    if (found.content_type or "").startswith("text/html"):
        return HtmlResponse(url, status=found.status, body=found.body, headers=headers, request=request)
    return Response(url, status=found.status, body=found.body, headers=headers, request=request)


def fetch(portal: Portal, url: str, headers: dict[str, str] | None = None) -> Response:
    """A 200 answer of the portal as a Scrapy response."""
    found = served(portal, url, headers)
    assert found.status == 200, url
    return as_response(url, found)


def site_spider(site_id: str) -> Any:
    """The registry spider of ``site_id``, built the way Scrapy builds it."""
    cls = SPIDERS[site_id]
    return cls.from_crawler(get_crawler(cls))
