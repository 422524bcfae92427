"""hub family on the province 年报 hub (fixture 8): year tabs, the agency-code platform, links
across hosts handled as their owning portal handles them (same agency, same bytes), dead hosts
and expired links."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest
from scrapy.http import Request as ScrapyRequest
from scrapy.http import Response
from scrapy.responsetypes import responsetypes
from scrapy.utils.test import get_crawler

from govcrawl.bases.hub import HubSpider, owner_site
from govcrawl.crawl.items import ReportItem
from govcrawl.crawl.registry import Site, registered_sites
from govcrawl.province.fixture import Province, build_province
from govcrawl.province.portals.province_hub import (
    COLUMN,
    DEAD_LINKS,
    GONE_HOST,
    HOST,
    PLATFORM,
    SITE_ID,
    XXGK_HOST,
    ProvinceHub,
)
from govcrawl.province.server import Portal
from govcrawl.province.server import Request as FixtureRequest
from spiders.registry import SPIDERS

PROVINCE: Province = build_province()
HUB = next(p for p in PROVINCE.portals if isinstance(p, ProvinceHub))
SITES = {s.id: s for s in registered_sites()}
ROUTES: dict[str, Portal] = {h: p for p in PROVINCE.portals for h in p.hosts}


def fetch(url: str, meta: dict[str, Any] | None = None) -> Response:
    """What the fixture server answers for ``url``, as the Scrapy response a spider would get."""
    parts = urlsplit(url)
    answer = ROUTES[parts.hostname or ""].handle(
        FixtureRequest("GET", parts.hostname or "", parts.path or "/", {}, {}))
    headers = {"Content-Type": answer.content_type or ""} if answer.content_type else {}
    headers.update(answer.headers)
    cls = responsetypes.from_args(headers=headers, url=url, body=answer.body)
    request = ScrapyRequest(url, meta=meta or {})
    return cls(url, status=answer.status, body=answer.body, headers=headers, request=request)


def spider(site_id: str = SITE_ID) -> Any:
    cls = SPIDERS[site_id]
    return cls.from_crawler(get_crawler(cls))


def requests_of(out: list[Any]) -> list[ScrapyRequest]:
    return [r for r in out if isinstance(r, ScrapyRequest)]


def test_registry_entry_covers_every_linked_host() -> None:
    site = SITES[SITE_ID]
    assert site.cms == "hub" and issubclass(SPIDERS[SITE_ID], HubSpider)
    for tab in ("2023n", "nb_2022n"):
        page = fetch(f"http://{HOST}{COLUMN}{tab}/index.html")
        for href in page.css("table a::attr(href)").getall():
            host = urlsplit(href).hostname or ""
            assert any(host == d or host.endswith("." + d) for d in site.allowed_domains), host


def test_hub_links_only_to_what_the_province_serves() -> None:
    """The tabs are wired from the other portals' truth at build time: every link but the dead
    ones answers 200 (directly or, for the moved page, by a 301)."""
    dead = {url for _tab, _title, url, _kind in DEAD_LINKS}
    others = [t for p in PROVINCE.portals if p is not HUB for t in getattr(p, "truth", [])]
    assert others, "no other portal to link to"
    linked: set[str] = set()
    for tab in ("2023n", "nb_2022n"):
        linked |= set(fetch(f"http://{HOST}{COLUMN}{tab}/index.html").css("table a::attr(href)").getall())
    assert {t.url for t in others if t.year} <= linked
    for url in linked - dead:
        assert fetch(url).status == 200, url
    assert GONE_HOST not in ROUTES


def test_column_page_follows_tabs_and_the_platform_lists() -> None:
    out = requests_of(list(spider().parse_list(fetch(f"http://{HOST}{COLUMN}index.html"))))
    assert {r.url for r in out} == (
        {f"http://{HOST}{COLUMN}{tab}/index.html" for tab in ("2023n", "nb_2022n")}
        | {f"http://{XXGK_HOST}/{code}/zfxxgknb/list.shtml" for code in PLATFORM})
    assert all(r.callback.__name__ == "parse_list" for r in out)


def test_year_tab_requests_reports_under_their_owners() -> None:
    hub = SITES[SITE_ID]
    out = []
    for tab in ("2023n", "nb_2022n"):
        out += requests_of(list(spider().parse_list(fetch(f"http://{HOST}{COLUMN}{tab}/index.html",
                                                           {"site": hub}))))
    lists = {r.url for r in out if r.callback.__name__ == "parse_list"}
    assert lists == {f"http://{HOST}{COLUMN}{tab}/index.html" for tab in ("2023n", "nb_2022n")}  # the tabs
    by_url = {r.url: r for r in out if r.callback.__name__ != "parse_list"}
    truth = {t.url: t for t in PROVINCE.truth}
    for url, request in by_url.items():
        t = truth.get(url)
        assert t is None or t.kind == "report", f"decoy followed: {url}"
        owner = request.meta["site"]
        host = urlsplit(url).hostname or ""
        if t is not None and t.site_id != SITE_ID:
            assert owner.id == t.site_id, url  # another portal's report: its owner handles it
        elif host in (HOST, XXGK_HOST, GONE_HOST):
            assert owner.id == SITE_ID
    wanted = {t.url for t in PROVINCE.reports() if t.year and t.site_id != SITE_ID} \
        | {url for _t, _title, url, _k in DEAD_LINKS}
    assert wanted <= set(by_url)
    assert not any(t.url in by_url for t in PROVINCE.decoys())


def test_platform_lists_follow_their_pages_and_reports_only() -> None:
    hub = SITES[SITE_ID]
    found: set[str] = set()
    pages = [f"http://{XXGK_HOST}/{code}/zfxxgknb/list.shtml" for code in PLATFORM]
    seen: set[str] = set()
    while pages:
        url = pages.pop()
        seen.add(url)
        for request in requests_of(list(spider().parse_list(fetch(url, {"site": hub})))):
            if request.callback.__name__ == "parse_list":
                if request.url not in seen:
                    pages.append(request.url)
            else:
                assert request.meta["site"].id == SITE_ID
                found.add(request.url)
    assert f"http://{XXGK_HOST}/990003/zfxxgknb/list_2.shtml" in seen
    assert found == {t.url for t in HUB.truth if t.kind == "report" and XXGK_HOST in t.url}


def _run(spider_: Any, response: Response, title: str) -> list[Any]:
    return list(spider_.parse_report_page(response, title=title))


def _summary(out: list[Any]) -> list[tuple[str, str, Any]]:
    """What a callback produced, comparable across spiders: requests by URL and callback name,
    items by URL, agency and bytes."""
    rows: list[tuple[str, str, Any]] = []
    for x in out:
        if isinstance(x, ReportItem):
            rows.append(("item", x.url, (x.agency["id"], x.agency["name"], x.body, x.media_type, x.page_url)))
        else:
            rows.append(("request", x.url, (x.callback.__name__, x.meta["site"].id, x.headers.get("Referer"))))
    return sorted(rows, key=repr)


@pytest.mark.parametrize("owner_id", sorted({t.site_id for t in PROVINCE.reports()} - {SITE_ID}))
def test_foreign_reports_are_handled_exactly_as_their_owner_handles_them(owner_id: str) -> None:
    """Same requests, same item bytes, same agency: the store keeps the report once."""
    owner = SITES[owner_id]
    hub_spider, owner_spider = spider(), spider(owner_id)
    for truth in (t for t in PROVINCE.reports() if t.site_id == owner_id):
        via_hub = _run(hub_spider, fetch(truth.url, {"site": owner}), truth.title)
        own = _run(owner_spider, fetch(truth.url, {"site": owner}), truth.title)
        assert _summary(via_hub) == _summary(own), truth.url
        for item in (x for x in via_hub if isinstance(x, ReportItem)):
            assert item.agency["id"] == owner.agency_record(owner_spider.agency_in_title(truth.title))["id"]
            assert not item.agency["id"].startswith(SITE_ID)


def test_own_reports_get_the_hub_agency() -> None:
    hub = SITES[SITE_ID]
    for truth in (t for t in HUB.truth if t.kind == "report"):
        out = _run(spider(), fetch(truth.url, {"site": hub}), truth.title)
        if truth.report_url:  # PDF behind a stub page
            (request,) = requests_of(out)
            assert request.url == truth.report_url and request.meta["site"].id == SITE_ID
            out = list(spider().parse_attachment(fetch(truth.report_url, {"site": hub}), title=truth.title,
                                                 page_url=truth.url))
        (item,) = out
        expected = SITE_ID if truth.agency_name == "示例省人民政府" else f"{SITE_ID}/{truth.agency_name}"
        assert item.agency["id"] == expected and item.agency["region_code"] == "990000"


def test_link_redirected_to_the_home_page_is_expired_not_a_report() -> None:
    moved = next(url for _t, _title, url, kind in DEAD_LINKS if kind == "moved")
    assert fetch(moved).status == 301 and fetch(moved).headers.get("Location") == f"http://{HOST}/".encode()
    home = fetch(f"http://{HOST}/", {"site": SITES[SITE_ID], "redirect_urls": [moved]})
    s = spider()
    assert _run(s, home, "示例省原农业厅2022年政府信息公开工作年度报告") == []
    assert s.crawler.stats.get_value("govcrawl/expired_links") == 1
    expired = next(url for _t, _title, url, kind in DEAD_LINKS if kind == "expired")
    assert fetch(expired).status == 404


def test_owner_lookup_by_host() -> None:
    hub = SITES[SITE_ID]
    sites = (hub,
             Site("county", "某县人民政府", "trs_classic", ("http://www.county.gov.test/",),
                  allowed_domains=("www.county.gov.test",)),
             Site("city", "某市人民政府", "trs_haiyun", ("http://www.city.gov.test/",),
                  allowed_domains=("www.city.gov.test", "jyj.city.gov.test")),
             Site("other-hub", "另一省", "hub", ("http://www.other.gov.test/",), allowed_domains=("gov.test",)))
    assert owner_site("www.county.gov.test", hub, sites).id == "county"
    assert owner_site("jyj.city.gov.test", hub, sites).id == "city"  # a bureau sub-host
    assert owner_site("zfxxgk.province.gov.test", hub, sites) is hub  # no portal owns it
    assert owner_site("www.province.gov.test", hub, sites) is hub     # a gov.test-wide entry owns nothing
