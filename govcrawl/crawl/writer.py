"""Every store call of a crawl process on one writer thread, with group commit.

SQLite wants one writer connection (crawling.md), and a commit costs milliseconds of fsync; on the
reactor thread that wait would stall every download.  ``StoreWriter`` opens the ``Store`` on its
own thread and runs all calls there, in order: the reactor submits and goes on.  Calls that queue
up while a commit is under way are committed together in one transaction (group commit); if that
transaction fails, each call of the group is retried alone, so one bad record never takes the
others with it and nothing is half-written.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from govcrawl.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")
_Task = tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any], "Future[Any]"]
_STOP = object()


class StoreWriter:
    def __init__(self, url: str | None, *, max_group: int = 64) -> None:
        self.max_group = max_group
        self._queue: queue.Queue[Any] = queue.Queue()
        opened: Future[Store] = Future()
        self._thread = threading.Thread(target=self._run, args=(url, opened), name="store-writer", daemon=True)
        self._thread.start()
        self.store: Store = opened.result()

    def submit(self, call: Callable[..., T], *args: Any, **kwargs: Any) -> Future[T]:
        """Run ``call(store, *args, **kwargs)`` on the writer thread."""
        future: Future[T] = Future()
        self._queue.put((call, args, kwargs, future))
        return future

    def call(self, call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """The same, waiting for the result."""
        return self.submit(call, *args, **kwargs).result()

    def close(self) -> None:
        """Finish what is queued, close the store, stop the thread."""
        self._queue.put(_STOP)
        self._thread.join()

    # -- the writer thread -----------------------------------------------------------------
    def _run(self, url: str | None, opened: Future[Store]) -> None:
        try:
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
            try:
                with store.transaction():
                    future.set_result(call(store, *args, **kwargs))
            except Exception as exc:
                future.set_exception(exc)
