"""Store the record as a version (priority 500), then hand the record on (priority 900).

A failure to store one report is logged with its reason and counted; the crawl goes on.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from scrapy.crawler import Crawler

from govcrawl.crawl.items import ReportItem
from govcrawl.crawl.state import shared_state, tally_item
from govcrawl.crawl.writer import StoreUnavailable
from govcrawl.store import Store

log = logging.getLogger(__name__)


class StoreVersionPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoreVersionPipeline:
        return cls(crawler)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, ReportItem) or item.record is None:
            return item
        state = shared_state(self.crawler)
        kind = contested_with = None
        if state.writer is not None:
            try:
                saving = state.writer.submit(Store.save_record, item.record, item.body,
                                             item.record["source"]["media_type"], item.url, state.run_id,
                                             prepared=item.prepared)
                result = await asyncio.wrap_future(saving)
                kind, contested_with = result.kind, result.contested_with
                # A document that came cut short is read again next crawl (and said short again).
                if state.urls is not None and "truncated" not in (item.record.get("flags") or []):
                    state.urls.stored(item.url_key)
            except StoreUnavailable:
                # The store is gone for good: the writer said so once and the crawl is stopping;
                # one line per report in flight would bury that message.
                state.failures["store unavailable"] += 1
            except Exception as exc:  # one report's failure never stops the crawl
                log.error("could not store %s: %s", item.url, exc)
                state.errors.append(f"{item.url}: {exc}")
                state.failures["store"] += 1
        item.stored = kind
        tally_item(state, item.record, kind, contested_with)
        if self.crawler.stats and kind:
            self.crawler.stats.inc_value(f"govcrawl/stored/{kind}")
        return item


class RecordOutputPipeline:
    """What feed exports (``scrapy crawl SITE -o reports.jsonl``) see: the record, not the bytes."""

    def process_item(self, item: Any) -> Any:
        if isinstance(item, ReportItem) and item.record is not None:
            record = dict(item.record)
            if item.stored:
                record["stored"] = item.stored
            return record
        return item
