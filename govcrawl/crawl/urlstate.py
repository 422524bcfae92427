"""Conditional and scheduled re-fetching from the crawler's per-URL memory (table ``url_state``).

Scrapy's HTTP cache does not revalidate by itself and lives on one machine (crawling.md), so
govcrawl keeps ETag, Last-Modified, the body hash and a revisit schedule per URL in the database
and decides itself, per request:

- **list pages** (a 年报 column, its pagination, a JSON/XML list API) are always asked again —
  that is where new reports appear — but conditionally (If-None-Match / If-Modified-Since);
- **article pages and attachments** that are not due yet (``govcrawl.crawl.revisit``) are not
  requested at all: their last body is *replayed* from the raw store, so the spider still sees
  every link it led to, and a report whose record is stored costs nothing;
- due ones are asked conditionally.  A 304 is answered with the stored body (flag
  ``govcrawl-not-modified``); a 200 whose body hash equals the stored one is ``unchanged``.
- A body whose record is already stored (``stored_sha256``) is neither parsed nor stored again
  (``pipelines.parse``).  That is also what makes a crawl killed with ``kill -9`` resumable: what
  it stored is skipped, what it fetched but did not store is parsed, nothing is lost.
- Failures back off (``revisit.error_backoff``); a URL in back-off is not asked until it is due.

``--agency`` crawls are *fresh* (``GOVCRAWL_FRESH``): unconditional requests, no replays, every
report parsed; their results still update the memory.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.responsetypes import responsetypes

from govcrawl.crawl import revisit
from govcrawl.crawl.revisit import UrlKind
from govcrawl.crawl.state import CrawlState, shared_state
from govcrawl.crawl.writer import StoreWriter, log_failure
from govcrawl.store import urlstate
from govcrawl.store.rawstore import sha256_hex
from govcrawl.store.urlstate import UrlRow, url_key

log = logging.getLogger(__name__)

REPLAYED = "govcrawl-replayed"          # not requested: not due, body from the raw store
NOT_MODIFIED = "govcrawl-not-modified"  # the server answered 304: body from the raw store
_PAGE_CALLBACKS = {"parse_report_page": "page", "parse_attachment": "attachment"}
_KEEP_BODY: set[str] = {"list", "page", "robots"}  # what a replay needs; attachments are records


@dataclass
class UrlMemory:
    """The url_state rows of the crawl's hosts, kept current in memory; writes go to the writer."""

    writer: StoreWriter
    rows: dict[str, UrlRow]
    fresh: bool = False
    fake_now: datetime | None = None     # tests and benchmarks: "as if it were then"
    started: float = field(default_factory=time.monotonic)
    counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, writer: StoreWriter, hosts: list[str] | None, site_ids: list[str] | None = None, *,
             fresh: bool = False, now: datetime | None = None) -> UrlMemory:
        return cls(writer, writer.call(urlstate.load, hosts, site_ids), fresh=fresh, fake_now=now)

    def now(self) -> datetime:
        if self.fake_now is None:
            return datetime.now(UTC)
        return self.fake_now + timedelta(seconds=time.monotonic() - self.started)

    def count(self, name: str) -> None:
        self.counts[name] = self.counts.get(name, 0) + 1

    def save(self, row: UrlRow, body: bytes | None = None) -> None:
        self.rows[row.key] = row
        done = self.writer.submit(urlstate.save, row, body)
        done.add_done_callback(log_failure(f"url state of {row.url}"))

    def body(self, row: UrlRow) -> bytes | None:
        """The last good body of ``row`` if the raw store has it."""
        if not row.body_sha256:
            return None
        try:
            return self.writer.store.raw.get(row.body_sha256)
        except (OSError, ValueError):
            return None

    def needs_parse(self, key: str | None) -> bool:
        """False when the body just seen at ``key`` is the one whose record is stored."""
        if self.fresh or key is None:
            return True
        row = self.rows.get(key)
        return row is None or row.body_sha256 is None or row.stored_sha256 != row.body_sha256

    def failed(self, request: Request, error: str, status: int | None = None) -> None:
        """A fetch failed for good (retries over, a WAF challenge, …): back off before the next try."""
        key = request.meta.get("url_key") or request_key(request)
        now = self.now()
        row = self.rows.get(key) or new_row(request, key, request.meta.get("url_kind") or kind_of(request), now)
        row.consecutive_errors += 1
        row.last_fetched, row.last_status, row.error, row.result = now, status, error, "error"
        row.next_due = revisit.due_at(now, revisit.error_backoff(row.consecutive_errors))
        self.save(row)

    def stored(self, key: str | None) -> None:
        row = self.rows.get(key or "")
        if row is None or row.body_sha256 is None:
            return
        row.stored_sha256 = row.body_sha256
        done = self.writer.submit(urlstate.mark_stored, row.key, row.body_sha256)
        done.add_done_callback(log_failure(f"url state of {row.url}"))


class NotDue(IgnoreRequest):
    """A request the URL memory answers without the network: not due, backing off, not modified."""


def new_row(request: Request, key: str, kind: UrlKind, now: datetime) -> UrlRow:
    site: Any = request.meta.get("site")
    return UrlRow(
        key=key, url=request.url, method=request.method, host=(urlsplit(request.url).hostname or "").lower(),
        kind=kind, site_id=getattr(site, "id", None), report_year=request.meta.get("report_year"),
        first_fetched=now, last_fetched=now, last_changed=None, last_status=None, result="new", error=None,
        etag=None, last_modified=None, body_sha256=None, media_type=None, stored_sha256=None,
        consecutive_errors=0, interval_s=None, next_due=now)


def kind_of(request: Request) -> UrlKind:
    if urlsplit(request.url).path == "/robots.txt":
        return "robots"
    name = getattr(request.callback, "__name__", "")
    return _PAGE_CALLBACKS.get(name, "list")  # type: ignore[return-value]


def request_key(request: Request) -> str:
    return url_key(request.method, request.url, request.body if request.method != "GET" else b"")


class UrlStateMiddleware:
    """Downloader middleware (priority 120: after robots.txt, before everything that sends)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> UrlStateMiddleware:
        if crawler.settings.getbool("GOVCRAWL_NO_STORE"):
            raise NotConfigured
        return cls(crawler)

    @property
    def state(self) -> CrawlState:
        return shared_state(self.crawler)

    def memory(self) -> UrlMemory | None:
        return self.state.urls

    def _stat(self, name: str) -> None:
        memory = self.memory()
        if memory is not None:
            memory.count(name)
        if self.crawler.stats:
            self.crawler.stats.inc_value(f"govcrawl/urlstate/{name}")

    def _note_backing_off(self, request: Request, row: UrlRow) -> None:
        """A request not sent because its URL backs off after errors still names its portal's
        trouble: a WAF block stays a blocked portal on every crawl until it answers, and a host
        that failed stays failed (unreachable, unless another of its requests is answered)."""
        site: Any = request.meta.get("site")
        site_id = str(getattr(site, "id", None) or row.site_id or "")
        error = row.error or ""
        if error.startswith("blocked") and site_id:
            cause = error.removeprefix("blocked:").strip().removesuffix(" WAF challenge")
            self.state.blocked.setdefault(site_id, f"{cause} at {row.host}, backing off until "
                                                   f"{row.next_due:%Y-%m-%d %H:%M}")
        elif row.host:
            self.state.hosts_failed.add(row.host)

    # -- requests --------------------------------------------------------------------------
    def process_request(self, request: Request) -> Response | None:
        memory = self.memory()
        if memory is None or request.method not in ("GET", "POST"):
            return None
        # Recomputed for every request: a redirect's new request carries the old one's meta.
        key = request.meta["url_key"] = request_key(request)
        kind = kind_of(request)
        request.meta["url_kind"] = kind
        row = memory.rows.get(key)
        if memory.fresh or row is None:
            self._stat("requests_new" if row is None else "requests_fresh")
            return None
        now = memory.now()
        not_due = row.next_due > now
        if not_due and (kind != "list" or row.consecutive_errors):
            body = memory.body(row)
            if body is not None:
                self._stat(f"replayed_{kind}")
                return self._from_store(request, row, body, REPLAYED)
            if kind == "attachment" and row.stored_sha256 and row.stored_sha256 == row.body_sha256:
                self._stat("not_due_skipped")
                raise NotDue(f"not due before {row.next_due:%Y-%m-%d %H:%M} (record stored)")
            if row.consecutive_errors:
                self._stat("backing_off")
                self._note_backing_off(request, row)
                raise NotDue(f"backing off after {row.consecutive_errors} errors until "
                                    f"{row.next_due:%Y-%m-%d %H:%M}")
        # Asked conditionally when a 304 can be answered: the body is on disk to replay, or the
        # record of the body is stored and nothing needs the body again.
        replayable = row.body_sha256 is not None and (
            memory.writer.store.raw.path(row.body_sha256).exists() or row.stored_sha256 == row.body_sha256)
        if replayable and (row.etag or row.last_modified):
            if row.etag:
                request.headers[b"If-None-Match"] = row.etag.encode("latin-1")
            if row.last_modified:
                request.headers[b"If-Modified-Since"] = row.last_modified.encode("latin-1")
            self._stat("requests_conditional")
        else:
            self._stat("requests_unconditional")
        return None

    def _from_store(self, request: Request, row: UrlRow, body: bytes, flag: str) -> Response:
        headers = {b"Content-Type": row.media_type.encode("latin-1")} if row.media_type else {}
        cls = responsetypes.from_args(headers=headers, url=request.url, body=body)
        return cls(url=request.url, status=200, headers=headers, body=body, request=request, flags=[flag])

    # -- responses -------------------------------------------------------------------------
    def process_response(self, request: Request, response: Response) -> Response:
        memory = self.memory()
        key = request.meta.get("url_key")
        if memory is None or key is None or REPLAYED in response.flags or NOT_MODIFIED in response.flags:
            return response
        now = memory.now()
        kind: UrlKind = request.meta.get("url_kind") or kind_of(request)
        row = memory.rows.get(key)
        if response.status == 304 and row is not None:
            self._success(row, request, kind, now, changed=False, status=304)
            memory.save(row)
            self._stat("not_modified")
            body = memory.body(row)
            if body is None:
                raise NotDue(f"not modified since the last crawl: {request.url}")
            return self._from_store(request, row, body, NOT_MODIFIED)
        if 200 <= response.status < 300:
            sha = sha256_hex(response.body)
            changed = row is None or row.body_sha256 != sha
            if row is None:
                row = new_row(request, key, kind, now)
            self._success(row, request, kind, now, changed=changed, status=response.status)
            row.body_sha256 = sha
            row.etag = _header(response, b"ETag", 300)
            row.last_modified = _header(response, b"Last-Modified", 100)
            row.media_type = _header(response, b"Content-Type", 100)
            memory.save(row, response.body if kind in _KEEP_BODY else None)
            self._stat("bodies_changed" if changed else "bodies_unchanged")
            return response
        if response.status >= 400:  # final: retries are over (RetryMiddleware sits above)
            memory.failed(request, f"HTTP {response.status}", response.status)
            self._stat("errors")
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        memory = self.memory()
        key = request.meta.get("url_key")
        if memory is None or key is None or isinstance(exception, IgnoreRequest):
            return None
        memory.failed(request, f"{type(exception).__name__}: {exception}"[:500])
        self._stat("errors")
        return None

    # -- bookkeeping -----------------------------------------------------------------------
    def _success(self, row: UrlRow, request: Request, kind: UrlKind, now: datetime, *, changed: bool,
                 status: int) -> None:
        year = request.meta.get("report_year", row.report_year)
        row.kind, row.report_year = kind, year
        row.interval_s = revisit.next_interval(kind, row.interval_s, changed, report_year=year, now=now)
        row.last_fetched, row.last_status, row.error, row.consecutive_errors = now, status, None, 0
        row.result = "not_modified" if status == 304 else ("changed" if changed else "unchanged")
        if changed:
            row.last_changed = now
        # A portal's start pages stay due until the portal's crawl finishes (``settle``).
        row.next_due = now if request.meta.get("start_url") else revisit.due_at(now, row.interval_s)

    def spider_closed(self, spider: Any, reason: str) -> None:
        memory = self.memory()
        if memory is None or reason != "finished":
            return
        keys = [key for site in getattr(spider, "sites", []) for url in site.start_urls for key in start_keys(url)]
        memory.writer.submit(urlstate.settle, keys).add_done_callback(log_failure("start pages' due times"))


def start_keys(url: str) -> list[str]:
    """The state keys of a start URL: an https one may have been fetched as http (HttpsFallbackMiddleware)."""
    keys = [url_key("GET", url)]
    if url.startswith("https://"):
        keys.append(url_key("GET", "http://" + url[len("https://"):]))
    return keys


def _header(response: Response, name: bytes, limit: int) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1")[:limit] if value else None
