"""Scrapy's downloader-aware priority queue, with the choice of the next slot made in one pass."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from scrapy import Request
from scrapy.pqueues import DownloaderAwarePriorityQueue, _path_safe


class BroadCrawlPriorityQueue(DownloaderAwarePriorityQueue):
    """``DownloaderAwarePriorityQueue`` (Scrapy's default for broad crawls: the next request comes
    from the slot with the fewest downloads in progress), choosing exactly the slot it chooses.

    Scrapy builds a list of (active downloads, slot) tuples, one method call per slot with
    requests waiting, for every request it pops: a province crawl starts with a slot for each of
    its hundreds of portals waiting, so that cost is quadratic in the portals.  Here the same
    choice — fewest active downloads; among those the first slot after the last one chosen, else
    the first — is one loop without calls.
    """

    def pop(self) -> Request | None:
        if not self.pqueues:
            return None
        chosen = self.next_slot()
        self._last_selected_slot = chosen
        queue = self.pqueues[chosen]
        request = queue.pop()
        if len(queue) == 0:
            del self.pqueues[chosen]
            queue.close()
            if self.key:  # a disk queue (JOBDIR): its slot's directory goes with it, as Scrapy does
                with suppress(OSError):
                    Path(self.key, _path_safe(chosen)).rmdir()
        return request

    def next_slot(self) -> str:
        """The slot the next request comes from (``pqueues`` must not be empty)."""
        slots = self._downloader_interface.downloader.slots
        last = self._last_selected_slot
        fewest = -1
        first: str | None = None
        after_last: str | None = None
        for slot in self.pqueues:
            downloader_slot = slots.get(slot)
            active = len(downloader_slot.active) if downloader_slot is not None else 0
            if first is None or active < fewest:
                fewest, first = active, slot
                after_last = slot if last is not None and slot > last else None
            elif active == fewest:
                if slot < first:
                    first = slot
                if last is not None and slot > last and (after_last is None or slot < after_last):
                    after_last = slot
        assert first is not None
        return after_last if after_last is not None else first
