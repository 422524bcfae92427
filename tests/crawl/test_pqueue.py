"""BroadCrawlPriorityQueue picks the slot Scrapy's DownloaderAwarePriorityQueue picks."""

from __future__ import annotations

import random
from types import SimpleNamespace
from typing import Any

from scrapy.pqueues import DownloaderAwarePriorityQueue

from govcrawl.crawl.pqueue import BroadCrawlPriorityQueue


def queue_in_state(waiting: list[str], active: dict[str, int], last: str | None) -> BroadCrawlPriorityQueue:
    queue = object.__new__(BroadCrawlPriorityQueue)
    slots = {slot: SimpleNamespace(active=set(range(n))) for slot, n in active.items()}
    queue._downloader_interface = SimpleNamespace(downloader=SimpleNamespace(slots=slots))  # type: ignore[assignment]
    queue.pqueues = dict.fromkeys(waiting)  # type: ignore[assignment]
    queue._last_selected_slot = last
    return queue


def scrapy_choice(queue: BroadCrawlPriorityQueue) -> str:
    slots: Any = queue._downloader_interface.downloader.slots
    stats = [(len(slots[s].active) if s in slots else 0, s) for s in queue.pqueues]
    return DownloaderAwarePriorityQueue._next_slot(queue, stats, update_state=False)


def test_same_slot_as_scrapy_in_random_states() -> None:
    rng = random.Random(4)
    hosts = [f"www.a{i:03d}.gov.test" for i in range(40)]
    for _ in range(3000):
        waiting = rng.sample(hosts, rng.randint(1, 25))
        active = {h: rng.randint(0, 3) for h in rng.sample(hosts, rng.randint(0, 40))}
        last = rng.choice([None, *hosts])
        queue = queue_in_state(waiting, active, last)
        assert queue.next_slot() == scrapy_choice(queue), (waiting, active, last)


def test_round_robin_among_idle_slots() -> None:
    queue = queue_in_state(["b", "a", "c"], {"a": 1}, last="b")
    assert queue.next_slot() == "c"  # idle b and c; the first after the last chosen (b)
    queue._last_selected_slot = "c"
    assert queue.next_slot() == "b"  # nothing after c: back to the first idle one
