"""Bookkeeping shared by batch 37's portals: batch 21's (report documents, their files, decoy bodies),
with batch 37's own document-id range; each portal module writes its own chrome, lists, pagers and
URL shapes."""

from __future__ import annotations

from govcrawl.province.unseen.batch21._site import MEDIA, esc
from govcrawl.province.unseen.batch21._site import Site as _Batch21Site

__all__ = ["MEDIA", "Site", "esc"]


class Site(_Batch21Site):
    """A portal of batch 37: ids from ``first_id`` on, reports built with the kit."""

    first_id = 320_000  # self.id (the document ids a portal hands out) stays in 320_000–329_999
