"""Distributed crawls: units of host-owned portals crawled by Celery workers on a Redis broker.

``units.py`` (what a unit is), ``leases.py`` (per-host ownership across machines), ``app.py``
(the Celery app and its task), ``tracking.py`` (dispatch progress), ``middlewares.py`` and
``scrapy_settings.py`` (what a unit's crawl process runs with).  Commands: ``govcrawl worker``,
``govcrawl dispatch``.  See DEPLOY.md.
"""
