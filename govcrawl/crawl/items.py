"""What spiders yield: one fetched report (page or attachment) with its provenance."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from govcrawl.store.prepare import PreparedRecord


@dataclass
class ReportItem:
    site_id: str
    url: str                      # where the report's bytes came from (page or attachment)
    title: str                    # the list entry's title
    agency: dict[str, Any]        # the record's agency (registry data)
    owner: dict[str, Any] | None = None  # the portal's own agency: what a short name the document writes out may be
    body: bytes = field(repr=False, default=b"")
    media_type: str | None = None
    page_url: str | None = None   # the article page an attachment was linked from
    fetched_at: str | None = None
    attachments: list[dict[str, Any]] = field(default_factory=list)
    url_key: str | None = None    # the fetch's url_state key (govcrawl.crawl.urlstate)
    record: dict[str, Any] | None = field(default=None, repr=False)  # set by ParsePipeline
    prepared: PreparedRecord | None = field(default=None, repr=False)  # its store rows, made by the parse worker
    stored: str | None = None     # set by StorePipeline: new / changed / unchanged / reparsed
