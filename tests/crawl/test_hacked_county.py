"""trs_classic family on the hacked county (fixture 10): spam-titled report pages are items whose
records are flagged ``spam_injection`` with exact values; off-domain list entries (spam host,
traditional-character mirror) and the hidden link farm are outside the portal and never requested."""

from __future__ import annotations

import asyncio
from typing import Any

from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.http import HtmlResponse, Request

from govcrawl.crawl.items import ReportItem
from govcrawl.province.portals.hacked_county import (
    COLUMN,
    HOST,
    MIRROR_HOST,
    SITE_ID,
    SPAM_HOST,
    SPAM_PREFIX,
    HackedCounty,
)
from govcrawl.province.server import Request as FixtureRequest
from pipelines.parse import ParseReportPipeline
from spiders.registry import SPIDERS
from tests.crawl import portal_client
from tests.report.expected import flat_tables

PORTAL = HackedCounty()


def response(url: str) -> HtmlResponse:
    host, path = url.split("/", 3)[2], "/" + url.split("/", 3)[3]
    found = PORTAL.handle(FixtureRequest("GET", host, path, {}, {}))
    return HtmlResponse(url, body=found.body, headers={"Content-Type": found.content_type or ""},
                        request=Request(url))


def spider() -> Any:
    return portal_client.site_spider(SITE_ID)


def list_requests(s: Any) -> list[Request]:
    out: list[Request] = []
    for name in ("index.html", "index_1.html"):
        out += [r for r in s.parse_list(response(f"http://{HOST}{COLUMN}{name}")) if isinstance(r, Request)]
    return out


def offsite_filter(s: Any) -> OffsiteMiddleware:
    mw = OffsiteMiddleware.from_crawler(s.crawler)
    mw.spider_opened(s)
    return mw


def test_registry_entry_reuses_the_trs_classic_family() -> None:
    cls = SPIDERS[SITE_ID]
    assert cls.site.cms == "trs_classic" and cls.__module__ == "spiders.registry"
    # The portal's own government domain (every host under it), never the mirror or spam hosts.
    assert cls.site.allowed_domains == (HOST.removeprefix("www."),)


def test_every_on_domain_report_is_followed_and_no_decoy() -> None:
    s = spider()
    reports = {r.url for r in list_requests(s) if r.callback.__name__ != "parse_list"}
    on_domain = {u for u in reports if u.startswith(f"http://{HOST}/")}
    assert on_domain == {t.url for t in PORTAL.truth if t.kind == "report"}
    assert not {t.url for t in PORTAL.truth if t.kind == "decoy"} & reports


def test_off_domain_entries_and_link_farm_never_pass_the_offsite_filter() -> None:
    s = spider()
    mw = offsite_filter(s)
    requests = list_requests(s)
    offsite = [r for r in requests if not r.url.startswith(f"http://{HOST}/")]
    # The mirror copy and the spam "report" carry report titles, so the list yields them; the
    # portal's allowed_domains stop them before any connection.
    assert {r.url for r in offsite} >= {url for url, _title, _date in PORTAL.offsite}
    assert {r.url.split("/")[2] for r in offsite} <= {MIRROR_HOST, SPAM_HOST}
    for request in offsite:
        assert not mw.should_follow(request, s), request.url
    for request in requests:
        if request not in offsite:
            assert mw.should_follow(request, s), request.url


def test_clones_exist_so_a_request_to_them_would_be_seen() -> None:
    mirror_url, _title, _date = PORTAL.offsite[0]
    mirror = response(mirror_url)
    assert "政府信息公開工作年度報告" in mirror.text and "charset=utf-8" in mirror.text
    assert response(f"http://{SPAM_HOST}/").status == 200


def test_spam_pages_are_flagged_items_with_exact_values() -> None:
    s = spider()
    pipeline = ParseReportPipeline.from_crawler(s.crawler)
    spam_pages = 0
    for truth in (t for t in PORTAL.truth if t.kind == "report"):
        page = response(truth.url)
        out = list(s.parse_report_page(page, title=truth.title))
        assert len(out) == 1 and isinstance(out[0], ReportItem), truth.url  # no request, let alone off-domain
        item = asyncio.run(pipeline.process_item(out[0]))
        record = item.record
        assert truth.doc is not None
        assert flat_tables(record["tables"]) == flat_tables(dict(truth.doc.tables)), truth.url
        if "spam_injection" in truth.flags:
            spam_pages += 1
            assert SPAM_PREFIX in page.text and "display:none" in page.text
            assert "spam_injection" in record["flags"] and record["integrity"]["spam_terms"]
        else:
            assert "spam_injection" not in record["flags"], truth.url
        assert "document.referrer" in page.text  # the hacked template's JS redirect, never run
        assert item.agency["name"] == truth.agency_name  # from the clean list title, not the spam one
    assert spam_pages == 2
