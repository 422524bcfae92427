"""WAF challenges of fixture 9 (瑞数 412/202, 加速乐 521, WZWS 302): recognised by
``WafMiddleware`` as served — the WZWS 302 before RedirectMiddleware follows it, and its target if it
is followed anyway — logged as blocked under the portal, never retried, never parsed."""

from __future__ import annotations

from typing import Any

import pytest
from scrapy import Spider
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.utils.project import get_project_settings
from scrapy.utils.test import get_crawler

from govcrawl.crawl import state as state_module
from govcrawl.crawl.middlewares import FetchLogMiddleware, WafMiddleware, waf_kind
from govcrawl.crawl.registry import registered_sites
from govcrawl.crawl.state import CrawlState
from govcrawl.province.portals.waf_portal import HOST, SITE_IDS, WafProtectedPortal
from govcrawl.province.server import Request as FixtureRequest

PORTAL = WafProtectedPortal()
SITES = {s.id: s for s in registered_sites() if s.id in SITE_IDS}


def served(url: str) -> Response:
    path = url.split(HOST, 1)[1].split("?")[0]
    answer = PORTAL.handle(FixtureRequest("GET", HOST, path, {}, {}))
    headers = dict(answer.headers)
    if answer.content_type:
        headers["Content-Type"] = answer.content_type
    return Response(url, status=answer.status, body=answer.body, headers=headers, request=Request(url))


@pytest.fixture
def crawl_state(monkeypatch: pytest.MonkeyPatch) -> CrawlState:
    state = CrawlState(writer=None, run_id=None)
    monkeypatch.setattr(state_module, "_DEFAULT", [state])
    return state


def test_every_start_url_is_a_recognised_challenge() -> None:
    kinds = {"wafportal-rs": "ruishu", "wafportal-jsl": "jiasule", "wafportal-wzws": "wzws"}
    assert set(SITES) == set(SITE_IDS)
    statuses = set()
    for site_id, site in SITES.items():
        assert site.cms == "trs_classic"
        for url in site.start_urls:
            response = served(url)
            statuses.add(response.status)
            assert waf_kind(response) == kinds[site_id], url
    assert statuses == {202, 412, 521, 302}


def test_challenge_markers_are_the_real_ones() -> None:
    rs = served(SITES["wafportal-rs"].start_urls[0])
    assert b"$_ts" in rs.body and b"r='m'" in rs.body and b"80S=" in rs.headers.get(b"Set-Cookie", b"")
    jsl = served(SITES["wafportal-jsl"].start_urls[0])
    assert b"document.cookie=" in jsl.body and b"location.href=" in jsl.body
    assert jsl.headers.get(b"Set-Cookie", b"").startswith(b"__jsluid_h=")
    wzws = served(SITES["wafportal-wzws"].start_urls[0])
    location = wzws.headers.get(b"Location", b"").decode()
    assert location.startswith(f"http://{HOST}/WZWSREL") and "?wzwschallenge=" in location
    assert wzws.headers.get(b"Set-Cookie", b"").startswith(b"wzws_cid=")


def test_wzws_target_is_a_challenge_even_without_markers_in_its_body() -> None:
    location = served(SITES["wafportal-wzws"].start_urls[0]).headers[b"Location"].decode()
    target = served(location)
    assert target.status == 200 and waf_kind(target) == "wzws"
    neutral = Response(location, status=200, body=b"<html><body>ok</body></html>")
    assert waf_kind(neutral) == "wzws"
    assert waf_kind(Response(f"http://{HOST}/index.html", status=200, body=b"<html>ok</html>")) is None


def test_waf_middleware_runs_before_redirects_are_followed() -> None:
    middlewares = get_project_settings().getwithbase("DOWNLOADER_MIDDLEWARES")
    redirect = middlewares["scrapy.downloadermiddlewares.redirect.RedirectMiddleware"]
    retry = middlewares["scrapy.downloadermiddlewares.retry.RetryMiddleware"]
    waf = middlewares["govcrawl.crawl.middlewares.WafMiddleware"]
    # process_response runs from the highest number down: the WAF sees a 302 before it is followed
    # and a challenge before RetryMiddleware could retry it.
    assert waf > redirect > retry


def test_blocked_under_the_portal_and_suspended_after_the_limit(crawl_state: CrawlState) -> None:
    crawler = get_crawler(Spider, {"GOVCRAWL_WAF_SUSPEND_AFTER": 2})
    crawler.spider = Spider(name="trs_classic-portals")
    waf = WafMiddleware.from_crawler(crawler)
    site = SITES["wafportal-rs"]
    for url in site.start_urls[:2]:
        request = Request(url, meta={"site": site})
        waf.process_request(request)
        with pytest.raises(IgnoreRequest):
            waf.process_response(request, served(url))
    assert crawl_state.blocked == {"wafportal-rs": f"ruishu at {HOST}"}
    with pytest.raises(IgnoreRequest):  # the third is never sent
        waf.process_request(Request(site.start_urls[2], meta={"site": site}))
    # Another portal on the same host has its own count, and is listed on its own.
    other = SITES["wafportal-jsl"]
    request = Request(other.start_urls[0], meta={"site": other})
    waf.process_request(request)
    with pytest.raises(IgnoreRequest):
        waf.process_response(request, served(other.start_urls[0]))
    assert crawl_state.blocked["wafportal-jsl"] == f"jiasule at {HOST}"
    assert crawler.stats.get_value("govcrawl/blocked/ruishu") == 2


def test_fetch_log_middleware_leaves_challenges_to_the_waf_middleware(crawl_state: CrawlState,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    logged: list[tuple[str, Any]] = []
    monkeypatch.setattr(CrawlState, "log_fetch",
                        lambda self, request, response, error=None: logged.append((request.url, error)))
    crawler = get_crawler(Spider)
    fetch_log = FetchLogMiddleware.from_crawler(crawler)
    for site in SITES.values():
        url = site.start_urls[0]
        fetch_log.process_response(Request(url), served(url))
    assert logged == []  # WafMiddleware logs them once, as blocked
    fetch_log.process_response(Request(f"http://{HOST}/index.html"), served(f"http://{HOST}/index.html"))
    assert logged == [(f"http://{HOST}/index.html", None)]
