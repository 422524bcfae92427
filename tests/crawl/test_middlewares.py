"""Downloader middlewares as pure functions of requests and responses."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from scrapy import Request
from scrapy.exceptions import CannotResolveHostError, IgnoreRequest
from scrapy.http import HtmlResponse

from govcrawl.crawl.middlewares import (
    FixtureProxyMiddleware,
    HttpsFallbackMiddleware,
    RetryBackoffMiddleware,
    waf_kind,
)
from tests.conftest import ROOT


def test_backoff_doubles_and_is_capped() -> None:
    mw = RetryBackoffMiddleware(base=1.0, cap=5.0)
    waits = [mw.delay(Request("http://a.test/", meta={"retry_times": n})) for n in range(5)]
    assert waits == [0.0, 1.0, 2.0, 4.0, 5.0]


def test_retry_after_is_honoured_and_capped() -> None:
    mw = RetryBackoffMiddleware(base=1.0, cap=30.0)
    request = Request("http://a.test/")
    mw.process_response(request, HtmlResponse(request.url, status=503, headers={"Retry-After": "7"}))
    retry = request.replace(meta={**request.meta, "retry_times": 1})
    assert mw.delay(retry) == 7.0
    mw.process_response(request, HtmlResponse(request.url, status=429, headers={"Retry-After": "3600"}))
    assert mw.delay(request.replace(meta={**request.meta, "retry_times": 1})) == 30.0


def test_fixture_proxy_keeps_to_loopback() -> None:
    mw = FixtureProxyMiddleware("http://127.0.0.1:9", {"www.a.gov.test"})
    request = Request("http://www.a.gov.test/x")
    mw.process_request(request)
    assert request.meta["proxy"] == "http://127.0.0.1:9"
    with pytest.raises(IgnoreRequest):
        mw.process_request(Request("http://www.real.gov.cn/x"))
    # Every *.test host goes to the fixture server (cross-host portals need no host list) …
    gone = Request("http://gone.a.gov.test/x")
    mw.process_request(gone)
    assert gone.meta["proxy"] == "http://127.0.0.1:9" and gone.meta["dont_retry"]
    # … and a host the server does not serve fails like a name that does not resolve.
    unknown = HtmlResponse(gone.url, status=502, headers={"X-Fixture-Error": "unknown-host"}, body=b"unknown host")
    with pytest.raises(CannotResolveHostError):
        mw.process_response(gone, unknown)
    served = HtmlResponse(request.url, status=502, body=b"bad gateway")
    assert mw.process_response(request, served) is served
    # With the server's complete host list (the crawl started it), an unknown host is not asked.
    own = FixtureProxyMiddleware("http://127.0.0.1:9", {"www.a.gov.test"}, complete=True)
    with pytest.raises(CannotResolveHostError):
        own.process_request(Request("http://gone.a.gov.test/x"))


@pytest.mark.parametrize(
    ("status", "headers", "body", "kind"),
    [
        (412, {"Set-Cookie": "FSSBBIl1UgzbN7N80S=abc"},
         b"<meta content='x' r='m'><script>$_ts=window['$_ts']</script>", "ruishu"),
        (521, {}, b"<script>document.cookie='__jsluid_h=1';location.href=location.href</script>", "jiasule"),
        (200, {}, b"<html><body>report</body></html>", None),
        (404, {}, b"not found", None),
    ],
)
def test_waf_recognition(status: int, headers: dict[str, str], body: bytes, kind: str | None) -> None:
    response = HtmlResponse("http://www.w.gov.test/", status=status, headers=headers, body=body)
    assert waf_kind(response) == kind


_PROBE = """
import json, sys, scrapy
from scrapy.crawler import CrawlerProcess
from govcrawl.crawl.middlewares import HttpsFallbackMiddleware
from govcrawl.province.server import Portal, ProvinceServer
portals = []
for host, tls in (("good.gov.test", "self-signed"), ("weak.gov.test", "weak"), ("plain.gov.test", None)):
    portal = Portal()
    portal.hosts = (host,)
    portal.tls = tls
    portal.add("/a.html", b"<html>hello</html>")
    portals.append(portal)
out = {}
server = ProvinceServer(portals).start()
class Probe(scrapy.Spider):
    name = "probe"
    async def start(self):
        for host in ("good", "weak", "plain"):
            yield scrapy.Request(f"https://{host}.gov.test/a.html", errback=self.failed,
                                 meta={"proxy": server.proxy, "dont_retry": True})
    def parse(self, response):
        out[response.url] = {"body": response.text}
    def failed(self, failure):
        out[failure.request.url] = {"error": repr(failure.value),
                                    "fallback": HttpsFallbackMiddleware.tls_failure(failure.value)}
process = CrawlerProcess({"LOG_LEVEL": "ERROR", "TELNETCONSOLE_ENABLED": False})
process.crawl(Probe)
process.start()
print(json.dumps(out))
"""


def test_fixture_https_ports_and_the_https_fallback_classification() -> None:
    """A self-signed https port serves pages; a TLS-1.0-only port is refused by the client (OpenSSL
    3) with a failure HttpsFallbackMiddleware falls back from; so is a portal without https."""
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["https://good.gov.test/a.html"] == {"body": "<html>hello</html>"}
    weak, plain = out["https://weak.gov.test/a.html"], out["https://plain.gov.test/a.html"]
    assert "protocol version" in weak["error"] and weak["fallback"] and plain["fallback"]
    assert not HttpsFallbackMiddleware.tls_failure(TimeoutError("slow"))
