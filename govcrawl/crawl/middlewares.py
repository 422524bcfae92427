"""Downloader middlewares: loopback routing for fixture portals, WAF recognition, the fetch log."""

from __future__ import annotations

import asyncio
import logging
import re
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import CannotResolveHostError, DownloadCancelledError, IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

from govcrawl.crawl.state import shared_state
from govcrawl.crawl.urlstate import REPLAYED, NotDue

log = logging.getLogger(__name__)


class FixtureProxyMiddleware:
    """Send requests for fixture hosts (``*.test``) through the fixture server on 127.0.0.1 and
    refuse every other host, so tests and the demo never leave loopback (portals.md §5).

    Settings: ``GOVCRAWL_FIXTURE_PROXY`` (``http://127.0.0.1:PORT``).  Every ``*.test`` host goes
    to the server — cross-host portals (a 信息公开 host, bureau sub-hosts) need no list of hosts; a
    host the server does not serve (it answers ``X-Fixture-Error: unknown-host``) fails like a name
    that does not resolve.  ``GOVCRAWL_FIXTURE_HOSTS`` are the hosts known to be served; with
    ``GOVCRAWL_FIXTURE_HOSTS_COMPLETE`` (the crawl started the server itself and knows all its hosts)
    any other host is refused before a request is made.
    """

    def __init__(self, proxy: str, hosts: set[str], *, complete: bool = False) -> None:
        self.proxy = proxy
        self.hosts = hosts
        self.complete = complete  # the hosts are every host the server serves (its own server)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FixtureProxyMiddleware:
        proxy = crawler.settings.get("GOVCRAWL_FIXTURE_PROXY")
        if not proxy:
            raise NotConfigured
        return cls(proxy, {h.lower() for h in crawler.settings.getlist("GOVCRAWL_FIXTURE_HOSTS")},
                   complete=crawler.settings.getbool("GOVCRAWL_FIXTURE_HOSTS_COMPLETE"))

    def process_request(self, request: Request) -> None:
        host = (urlsplit(request.url).hostname or "").lower()
        if urlsplit(request.url).scheme not in ("http", "https"):
            raise IgnoreRequest(f"not an http(s) URL: {request.url}")
        if not host.endswith(".test"):
            raise IgnoreRequest(f"{host} is outside the loopback fixture network")
        if host not in self.hosts and self.complete:
            raise CannotResolveHostError(f"{host} does not resolve (fixture network)")
        if host not in self.hosts:
            # Not known to serve it: ask anyway (a cross-host portal's other host), but an answer
            # "unknown host" is a name that does not resolve, not a 502 to retry.
            request.meta["fixture_unlisted"] = True
            request.meta["dont_retry"] = True
        request.meta["proxy"] = self.proxy

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status == 502 and response.headers.get(b"X-Fixture-Error") == b"unknown-host":
            host = urlsplit(request.url).hostname or "?"
            raise CannotResolveHostError(f"{host} does not resolve (fixture network)")
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        if request.meta.get("fixture_unlisted") and "tunnel" in type(exception).__name__.lower():
            # https through the proxy: the server refuses to CONNECT to a host it does not serve.
            host = urlsplit(request.url).hostname or "?"
            raise CannotResolveHostError(f"{host} does not resolve (fixture network)")


# Anti-bot challenge pages (portals.md §4.1): status, and a marker in headers or body.  Each sign
# has lower-case tokens one of which must occur before its (case-insensitive, ~25× slower) regex runs:
# every 200 response is checked for WZWS, and that check must cost next to nothing.
_WAF_SIGNS: tuple[tuple[str, set[int], tuple[bytes, ...], re.Pattern[bytes]], ...] = (
    ("ruishu", {202, 412}, (b"$_ts", b"<meta", b"80s="), re.compile(rb"\$_ts|<meta[^>]+r=['\"]m['\"]|80S=", re.I)),
    ("jiasule", {521}, (b"__jsluid", b"document.cookie"), re.compile(rb"__jsluid|document\.cookie", re.I)),
    ("wzws", {200, 301, 302}, (b"wzws",), re.compile(rb"WZWSREL|wzwschallenge", re.I)),
)
_WAF_STATUSES = frozenset().union(*(statuses for _, statuses, _, _ in _WAF_SIGNS))
# A challenge *target* (where a followed WZWS 302 leads) is a challenge whatever it answers.
_WAF_URL = re.compile(r"/WZWSREL|[?&]wzwschallenge=", re.I)


def waf_kind(response: Response) -> str | None:
    if _WAF_URL.search(response.url):
        return "wzws"
    if response.status not in _WAF_STATUSES:
        return None
    headers = b" ".join(k + b":" + b",".join(v) for k, v in response.headers.items())
    head = response.body[:20_000]
    lowered = (headers + b" " + head).lower()
    for kind, statuses, tokens, sign in _WAF_SIGNS:
        if response.status in statuses and any(t in lowered for t in tokens) \
                and (sign.search(headers) or sign.search(head)):
            return kind
    return None


class WafMiddleware:
    """Recognise WAF challenges: log the host as blocked, never parse the challenge, never retry.

    After ``GOVCRAWL_WAF_SUSPEND_AFTER`` challenges a portal's host is suspended for the rest of
    the run: that portal's further requests to it are dropped before they are sent (no retry
    storm) and logged as blocked.  Counted per (portal, host), so one crawler serving many portals
    (``meta["site"]``) tells each blocked portal apart; the summary lists blocked portals.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.limit = crawler.settings.getint("GOVCRAWL_WAF_SUSPEND_AFTER", 2)
        self.challenges: Counter[tuple[str, str]] = Counter()

    def _key(self, request: Request) -> tuple[str, str]:
        site: Any = request.meta.get("site")
        spider = self.crawler.spider
        site_id = str(getattr(site, "id", "") or (spider_site_id(spider) if spider is not None else ""))
        return site_id, urlsplit(request.url).hostname or ""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WafMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        key = self._key(request)
        if self.challenges[key] >= self.limit:
            shared_state(self.crawler).log_fetch(request, None, error=f"blocked: {key[1]} suspended after "
                                                                      f"{self.limit} WAF challenges (not sent)")
            raise IgnoreRequest(f"host {key[1]} is blocked by a WAF; suspended for this run")

    def process_response(self, request: Request, response: Response) -> Response:
        kind = waf_kind(response)
        if kind is None:
            return response
        key = self._key(request)
        site_id, host = key
        self.challenges[key] += 1
        state = shared_state(self.crawler)
        state.blocked[site_id] = f"{kind} at {host}"
        state.log_fetch(request, response, error=f"blocked: {kind} WAF challenge")
        if state.urls is not None:  # the next crawl waits before asking again
            state.urls.failed(request, f"blocked: {kind} WAF challenge", response.status)
        if self.crawler.stats:
            self.crawler.stats.inc_value(f"govcrawl/blocked/{kind}")
        log.warning("blocked by %s WAF at %s (HTTP %s)", kind, request.url, response.status)
        raise IgnoreRequest(f"WAF challenge ({kind}) at {request.url}")


class FetchLogMiddleware:
    """Every response and every failure goes to the store's fetch log, with its reason."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FetchLogMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        # Any answer (a replay from the store too: the host answered before) means reachable.
        state = shared_state(self.crawler)
        state.hosts_answered.add(urlparse_cached(request).hostname or "")
        site = request.meta.get("site")
        if site is not None and response.status < 400 and not request.url.endswith("/robots.txt") \
                and not waf_kind(response):
            state.portal_coverage(site.id).pages_read += 1  # coverage: the portal's pages were read
        if REPLAYED in response.flags:  # not fetched: replayed from the store (url_state)
            return response
        if request.url.endswith("/robots.txt") or waf_kind(response):  # WafMiddleware logs challenges
            return response
        error = None if response.status < 400 else f"HTTP {response.status}"
        state.log_fetch(request, response, error=error)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        if isinstance(exception, IgnoreRequest) and "WAF" in str(exception):
            return None  # already logged by WafMiddleware
        if isinstance(exception, NotDue):
            return None  # answered from the URL memory: nothing was fetched
        state = shared_state(self.crawler)
        if not isinstance(exception, IgnoreRequest):  # sent, and no answer came back
            state.hosts_failed.add(urlparse_cached(request).hostname or "")
        state.log_fetch(request, None, error=f"{type(exception).__name__}: {failure_reason(exception)}")
        fallback = HttpsFallbackMiddleware.falls_back(request, exception)
        state.failures["https refused, fell back to http" if fallback else type(exception).__name__] += 1
        return None


# What a failure means when its exception carries no message (Scrapy raises some bare).
_BARE_REASONS = {
    "ResponseDataLossError": "the connection closed before the body was complete (shorter than its Content-Length)",
    "DownloadCancelledError": "download cancelled (the body grew past the download size limit, "
                              "or the crawl was stopping)",
    "DownloadTimeoutError": "the download took longer than the download timeout",
    "ConnectionLost": "the connection was lost",
}


def failure_reason(exception: BaseException) -> str:
    text = str(exception).strip()
    if text and text not in ("[]", "None"):
        return text
    return _BARE_REASONS.get(type(exception).__name__, "no detail given")


class LoggedHttpCompressionMiddleware(HttpCompressionMiddleware):
    """Scrapy's decompression, but a body refused for inflating past the size limit (a gzip bomb)
    goes to the fetch log with its reason: the refusal happens after the fetch log saw the
    (compressed) response, and an exception from ``process_response`` reaches no other middleware."""

    crawler: Crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LoggedHttpCompressionMiddleware:
        middleware = super().from_crawler(crawler)
        middleware.crawler = crawler
        return middleware

    def process_response(self, request: Request, response: Response,
                         spider: Spider | None = None) -> Request | Response:
        try:
            return super().process_response(request, response)
        except IgnoreRequest as exc:
            state = shared_state(self.crawler)
            state.log_fetch(request, response, error=f"refused: {exc}")
            state.failures["decompressed body too large"] += 1
            raise


def spider_site_id(spider: Spider) -> str:
    site: Any = getattr(spider, "site", None)
    return str(getattr(site, "id", spider.name))


class RobotsCrawlDelayMiddleware:
    """Feed robots.txt ``Crawl-delay`` into the host's download slot (Scrapy parses it but ignores
    it; crawling.md).  Capped at ``GOVCRAWL_MAX_CRAWL_DELAY`` seconds, as Nutch caps it at 30 s."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.cap = crawler.settings.getfloat("GOVCRAWL_MAX_CRAWL_DELAY", 30.0)
        self.applied: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RobotsCrawlDelayMiddleware:
        if not crawler.settings.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured
        return cls(crawler)

    def _robots_parser(self, netloc: str) -> Any:
        engine = self.crawler.engine
        if engine is None:
            return None
        for mw in engine.downloader.middleware.middlewares:
            parsers = getattr(mw, "_parsers", None)
            if isinstance(parsers, dict):
                parser = parsers.get(netloc)
                return parser if hasattr(parser, "crawl_delay") else None
        return None

    def process_request(self, request: Request) -> None:
        netloc = urlsplit(request.url).netloc
        delay = self.applied.get(netloc)
        if delay is None:
            parser = self._robots_parser(netloc)
            if parser is None:
                return None
            ua = self.crawler.settings.get("ROBOTSTXT_USER_AGENT") or self.crawler.settings.get("USER_AGENT") or "*"
            found = parser.crawl_delay(ua)
            delay = min(float(found), self.cap) if found else 0.0
            self.applied[netloc] = delay
            if delay:
                log.info("robots.txt of %s asks for Crawl-delay %s s (applying %.2f s)", netloc, found, delay)
        engine = self.crawler.engine
        if delay and engine is not None:
            key = request.meta.get("download_slot") or urlsplit(request.url).hostname or netloc
            slot = engine.downloader.slots.get(key)
            if slot is not None and slot.delay < delay:
                slot.delay = delay  # AutoThrottle may lower it again; it is re-applied per request
        return None


class RetryBackoffMiddleware:
    """Space retries out: exponential back-off (``GOVCRAWL_RETRY_BACKOFF`` × 2ⁿ⁻¹ seconds, capped
    at ``GOVCRAWL_RETRY_BACKOFF_MAX``), or the server's ``Retry-After`` when it sent one (also
    capped).  Scrapy's RetryMiddleware re-sends at once; a struggling portal deserves a pause.
    The wait is asynchronous: other hosts keep being crawled meanwhile."""

    def __init__(self, base: float, cap: float) -> None:
        self.base = base
        self.cap = cap

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryBackoffMiddleware:
        return cls(crawler.settings.getfloat("GOVCRAWL_RETRY_BACKOFF", 1.0),
                   crawler.settings.getfloat("GOVCRAWL_RETRY_BACKOFF_MAX", 60.0))

    def delay(self, request: Request) -> float:
        attempt = int(request.meta.get("retry_times", 0))
        if attempt <= 0:
            return 0.0
        retry_after = request.meta.get("retry_after")
        if retry_after is not None:
            return min(float(retry_after), self.cap)
        return float(min(self.base * 2 ** (attempt - 1), self.cap))

    async def process_request(self, request: Request) -> None:
        wait = self.delay(request)
        if wait > 0:
            await asyncio.sleep(wait)

    def process_response(self, request: Request, response: Response) -> Response:
        value = response.headers.get(b"Retry-After")
        if value is not None and response.status in (429, 503):
            try:
                request.meta["retry_after"] = max(0.0, float(value.decode("latin-1").strip()))
            except ValueError:
                request.meta["retry_after"] = None  # an HTTP date: fall back to the exponential wait
        return response


class HostHealthMiddleware:
    """Suspend a host that keeps failing: after ``GOVCRAWL_HOST_SUSPEND_AFTER`` distinct URLs in a
    row failed on it (HTTP 5xx or 429, a timeout, a reset, a cut body — every attempt counts its
    URL once, retries of it add nothing), its further requests are dropped for the rest of the run
    before they are sent (logged with the reason by ``FetchLogMiddleware``).  Any other answer from
    the host (2xx, 3xx, 4xx) ends the streak.  Requests the crawler refused itself (offsite, WAF,
    size limit) do not count: they say nothing about the host's health.  0 disables it."""

    FAILING_STATUSES = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})

    def __init__(self, crawler: Crawler, limit: int) -> None:
        self.crawler = crawler
        self.limit = limit
        self.streaks: dict[str, set[str]] = {}
        self.suspended: dict[str, str] = {}  # host → why

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HostHealthMiddleware:
        limit = crawler.settings.getint("GOVCRAWL_HOST_SUSPEND_AFTER", 10)
        if limit <= 0:
            raise NotConfigured
        return cls(crawler, limit)

    def process_request(self, request: Request) -> None:
        host = (urlsplit(request.url).hostname or "").lower()
        why = self.suspended.get(host)
        if why is not None and not request.url.endswith("/robots.txt"):
            if self.crawler.stats:
                self.crawler.stats.inc_value("govcrawl/host_suspended_drops")
            raise IgnoreRequest(f"suspended: host {host} {why}; not sent")

    def _failed(self, request: Request, what: str) -> None:
        host = (urlsplit(request.url).hostname or "").lower()
        if host in self.suspended:
            return
        streak = self.streaks.setdefault(host, set())
        streak.add(request.url)
        if len(streak) >= self.limit:
            self.suspended[host] = f"failed {len(streak)} URLs in a row (last: {what})"
            self.streaks.pop(host, None)
            shared_state(self.crawler).failures["host suspended"] += 1
            if self.crawler.stats:
                self.crawler.stats.inc_value("govcrawl/hosts_suspended")
            log.warning("host %s suspended for this run: %s", host, self.suspended[host])

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status in self.FAILING_STATUSES and not waf_kind(response):
            self._failed(request, f"HTTP {response.status}")
        else:
            self.streaks.pop((urlsplit(request.url).hostname or "").lower(), None)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        if not isinstance(exception, IgnoreRequest | DownloadCancelledError):
            self._failed(request, type(exception).__name__)
        return None


class HttpsFallbackMiddleware:
    """https that fails at the TLS layer falls back to http, once per URL and then for the host.

    Old institutional servers offer only TLS 1.0 or broken certificates, and OpenSSL 3 refuses them
    (portals.md §4.3: crawlers of .gov.cn fall back https→http on an SSL error); most of them serve
    the same pages on http.  The failed https fetch stays in the fetch log with its reason; the
    http request replaces it (priority 600: before RetryMiddleware, which would retry a handshake
    that cannot succeed).  Later https requests to that host are sent as http at once.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.http_only: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HttpsFallbackMiddleware:
        return cls(crawler)

    @staticmethod
    def tls_failure(exception: BaseException) -> bool:
        text = repr(exception)
        return "SSL" in text or "TunnelError" in type(exception).__name__ or "ConnectionRefused" in text

    def _http(self, request: Request) -> Request:
        return request.replace(url="http://" + request.url[len("https://"):],
                               meta={**request.meta, "https_fallback": True})

    def process_request(self, request: Request) -> Request | None:
        if request.url.startswith("https://") and (urlsplit(request.url).hostname or "") in self.http_only:
            return self._http(request)
        return None

    @classmethod
    def falls_back(cls, request: Request, exception: BaseException) -> bool:
        """Whether this failure of ``request`` is one to retry over http (once per URL)."""
        return (request.url.startswith("https://") and not request.meta.get("https_fallback")
                and cls.tls_failure(exception))

    def process_exception(self, request: Request, exception: Exception) -> Request | None:
        if not self.falls_back(request, exception):
            return None
        host = urlsplit(request.url).hostname or ""
        self.http_only.add(host)
        log.warning("https to %s failed (%s): falling back to http", host, failure_reason(exception)[:200])
        if self.crawler.stats:
            self.crawler.stats.inc_value("govcrawl/https_fallbacks")
        return self._http(request).replace(dont_filter=True)
