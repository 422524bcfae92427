"""A duplicate filter shared by every crawler of the process.

A province crawl runs one crawler per CMS family, plus hubs that link across hosts to the same
report pages the owning portal's spider fetches; with Scrapy's per-crawler filter both would
download them.  Sharing the seen set makes each URL cost one request per crawl process.
"""

from __future__ import annotations

from typing import Any, ClassVar

from scrapy.dupefilters import RFPDupeFilter


class ProcessDupeFilter(RFPDupeFilter):
    _shared: ClassVar[set[bytes]] = set()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.file is None:  # without JOBDIR: one seen set for the whole process
            self._fingerprints = self._shared
