"""Parse a fetched report into its record (priority 100)."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler

from govcrawl.crawl.classify import report_year
from govcrawl.crawl.items import ReportItem
from govcrawl.report import parse_report


class ParseReportPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ParseReportPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ReportItem):
            return item
        attachments = list(item.attachments)
        item.record = parse_report(
            item.body, item.media_type, url=item.url, fetched_at=item.fetched_at,
            agency=item.agency, attachments=attachments,
        )
        if item.page_url:
            item.record["source"]["page_url"] = item.page_url
        if item.record.get("year") is None:  # unreadable bytes (old .doc, …): the list entry names the year
            item.record["year"] = report_year(item.title)
        stats = self.crawler.stats
        if stats:
            stats.inc_value("govcrawl/parsed")
            for flag in item.record["flags"]:
                stats.inc_value(f"govcrawl/flag/{flag}")
        return item
