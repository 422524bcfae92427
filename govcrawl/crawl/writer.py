"""Every store call of a crawl process on one writer thread.

SQLite wants one writer connection (crawling.md), and a save costs milliseconds of fsync; on the
reactor thread that wait would stall every download.  ``StoreWriter`` opens the ``Store`` on its
own thread and runs all calls there, in order: the reactor submits and goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from govcrawl.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")


class StoreWriter:
    def __init__(self, url: str | None) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-writer")
        self.store: Store = self._pool.submit(Store.open, url).result()

    def submit(self, call: Callable[..., T], *args: Any, **kwargs: Any) -> Future[T]:
        """Run ``call(store, *args, **kwargs)`` on the writer thread."""
        return self._pool.submit(call, self.store, *args, **kwargs)

    def call(self, call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """The same, waiting for the result."""
        return self.submit(call, *args, **kwargs).result()

    def close(self) -> None:
        """Finish what is queued, close the store, stop the thread."""
        try:
            self.call(Store.close)
        finally:
            self._pool.shutdown(wait=True)
