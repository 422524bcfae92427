"""Every store call of a crawl process on one writer thread, with group commit.

SQLite wants one writer connection (crawling.md), and a commit costs milliseconds of fsync; on the
reactor thread that wait would stall every download.  ``StoreWriter`` opens the ``Store`` on its
own thread and runs all calls there, in order: the reactor submits and goes on.  Calls that queue
up while a commit is under way are committed together in one transaction (group commit); if that
transaction fails, each call of the group is retried alone, so one bad record never takes the
others with it and nothing is half-written.

Database trouble (``db.error_kind``):

- the server went away (PostgreSQL restarted, connection dropped or refused): the pool is thrown
  away and the call retried with back-off until the server answers again — for at most
  ``reconnect_timeout`` seconds of outage (env ``GOVCRAWL_DB_RECONNECT_TIMEOUT``, default 120).
  A transaction cut off by the disconnect was rolled back by the server, so the retry stores the
  whole record or nothing; a commit whose answer was lost is harmless to repeat (the store sees
  the same content again: ``unchanged``).
- the database cannot take writes at all (read-only, full, corrupt, outage longer than the
  timeout): the writer *fails* — ``failure`` holds a one-line reason, every queued and later
  call fails at once with ``StoreUnavailable``, and the ``on_failure`` callbacks run (the
  runner stops the crawl cleanly).
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from govcrawl.store import Store
from govcrawl.store.db import describe_error, error_kind, make_url_safe, resolve_url

log = logging.getLogger(__name__)
T = TypeVar("T")
_Task = tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any], "Future[Any]"]
_STOP = object()
DEFAULT_RECONNECT_TIMEOUT = 120.0


class StoreUnavailable(Exception):
    """The store cannot take writes any more (the writer has failed); the message says why."""


def log_failure(what: str, errors: list[str] | None = None) -> Callable[[Future[Any]], None]:
    """A done-callback for a store call the crawl must not stop for (the fetch log, the URL memory):
    log its failure, and add it to ``errors`` if given.  ``StoreUnavailable`` is not logged: the
    writer reports a store gone for good once, not once per call."""

    def logged(future: Future[Any]) -> None:
        exc = future.exception()
        if exc is not None and not isinstance(exc, StoreUnavailable):
            log.error("could not write the %s: %s", what, exc)
            if errors is not None:
                errors.append(f"{what}: {exc}")

    return logged


def _reconnect_timeout() -> float:
    try:
        return float(os.environ.get("GOVCRAWL_DB_RECONNECT_TIMEOUT", DEFAULT_RECONNECT_TIMEOUT))
    except ValueError:
        return DEFAULT_RECONNECT_TIMEOUT


class StoreWriter:
    def __init__(self, url: str | None, *, max_group: int = 64, reconnect_timeout: float | None = None) -> None:
        self.max_group = max_group
        self.reconnect_timeout = _reconnect_timeout() if reconnect_timeout is None else reconnect_timeout
        self.failure: str | None = None
        self.reconnects = 0  # outages survived
        self._callbacks: list[Callable[[str], None]] = []
        self._lock = threading.Lock()
        self._queue: queue.Queue[Any] = queue.Queue()
        self._where = "the database"
        opened: Future[Store] = Future()
        self._thread = threading.Thread(target=self._run, args=(url, opened), name="store-writer", daemon=True)
        self._thread.start()
        self.store: Store = opened.result()

    def submit(self, call: Callable[..., T], *args: Any, **kwargs: Any) -> Future[T]:
        """Run ``call(store, *args, **kwargs)`` on the writer thread."""
        future: Future[T] = Future()
        if self.failure is not None:
            future.set_exception(StoreUnavailable(self.failure))
            return future
        self._queue.put((call, args, kwargs, future))
        return future

    def call(self, call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """The same, waiting for the result."""
        return self.submit(call, *args, **kwargs).result()

    def on_failure(self, callback: Callable[[str], None]) -> None:
        """Call ``callback(reason)`` (on the writer thread) when the writer fails; at once if it has."""
        with self._lock:
            if self.failure is None:
                self._callbacks.append(callback)
                return
        callback(self.failure)

    def close(self) -> None:
        """Finish what is queued, close the store, stop the thread."""
        self._queue.put(_STOP)
        self._thread.join()

    # -- the writer thread -----------------------------------------------------------------
    def _run(self, url: str | None, opened: Future[Store]) -> None:
        try:
            self._where = make_url_safe(resolve_url(url))
            store = Store.open(url)
        except BaseException as exc:
            opened.set_exception(exc)
            return
        opened.set_result(store)
        stopping = False
        while not stopping:
            first = self._queue.get()
            if first is _STOP:
                break
            group: list[_Task] = [first]
            while len(group) < self.max_group:
                try:
                    task = self._queue.get_nowait()
                except queue.Empty:
                    break
                if task is _STOP:
                    stopping = True
                    break
                group.append(task)
            self._commit(store, group)
        store.close()

    def _commit(self, store: Store, group: list[_Task]) -> None:
        if self.failure is not None:
            for _, _, _, future in group:
                future.set_exception(StoreUnavailable(self.failure))
            return
        if len(group) > 1:
            results: list[Any] = []
            try:
                with store.transaction():
                    for call, args, kwargs, _ in group:
                        results.append(call(store, *args, **kwargs))
            except Exception as exc:
                log.debug("group of %d store calls failed (%s); retrying them one by one", len(group), exc)
            else:
                for (_, _, _, future), result in zip(group, results, strict=True):
                    future.set_result(result)
                return
        for call, args, kwargs, future in group:
            self._one(store, call, args, kwargs, future)

    def _one(self, store: Store, call: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
             future: Future[Any]) -> None:
        down_since: float | None = None
        delay = 0.1
        while True:
            if self.failure is not None:
                future.set_exception(StoreUnavailable(self.failure))
                return
            try:
                with store.transaction():
                    result = call(store, *args, **kwargs)
            except Exception as exc:
                kind = error_kind(exc)
                if kind == "disconnect":
                    now = time.monotonic()
                    if down_since is None:
                        down_since = now
                        log.warning("lost the connection to %s (%s); reconnecting", self._where,
                                    describe_error(exc))
                    if now - down_since < self.reconnect_timeout:
                        store.engine.dispose()  # every pooled connection went to the old server
                        time.sleep(delay)
                        delay = min(delay * 2, 2.0)
                        continue
                    self._fail(f"{self._where} unreachable for {self.reconnect_timeout:g} s: {describe_error(exc)}")
                elif kind == "fatal":
                    self._fail(f"cannot write to {self._where}: {describe_error(exc)}")
                future.set_exception(StoreUnavailable(self.failure) if self.failure else exc)
                return
            if down_since is not None:
                self.reconnects += 1
                log.warning("reconnected to %s after %.1f s", self._where, time.monotonic() - down_since)
            future.set_result(result)
            return

    def _fail(self, reason: str) -> None:
        with self._lock:
            if self.failure is not None:
                return
            self.failure = reason
            callbacks, self._callbacks = self._callbacks, []
        log.info("store writer failed: %s", reason)  # the caller reports it (the crawl command: one line)
        # Fail what is queued now, so nobody waits on calls that cannot succeed.
        while True:
            try:
                task = self._queue.get_nowait()
            except queue.Empty:
                break
            if task is _STOP:
                self._queue.put(_STOP)
                break
            task[3].set_exception(StoreUnavailable(reason))
        for callback in callbacks:
            try:
                callback(reason)
            except Exception:  # a callback must not kill the writer thread
                log.exception("store failure callback failed")
