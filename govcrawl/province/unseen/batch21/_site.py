"""Bookkeeping shared by batch 21's portals: batch 20's (report documents, their files, decoy bodies),
with batch 21's own document-id range; each portal module writes its own chrome, lists, pagers and
URL shapes."""

from __future__ import annotations

from govcrawl.province.unseen.batch20._site import MEDIA, esc
from govcrawl.province.unseen.batch20._site import Site as _Batch20Site

__all__ = ["MEDIA", "Site", "esc"]


class Site(_Batch20Site):
    """A portal of batch 21: ids from ``first_id`` on, reports built with the kit."""

    first_id = 160_000  # self.id (the document ids a portal hands out) stays in 160_000–169_999
