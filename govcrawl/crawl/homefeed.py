"""A portal's home page that shows reports in its boxes (通知公告, 最新公开, 最新信息) is not its 年报 column.

A start page that lists reports may be the 年报 list itself, and is read as one.  The portal's home
page is not: its boxes show the newest few items of several columns, a report among them.  The crawl
still takes those links (extra entries, deduplicated by URL), and still seeks the 年报 column — by a
link naming it, else through the 信息公开 area (``PortalSpider.navigate``).  A crawl that then reads
no list beyond the home page states it (``PortalCoverage.home_feed_only``): the reports a box shows
are never silently the whole column.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from parsel import Selector

from govcrawl.crawl.detect import names_nianbao
from govcrawl.crawl.urls import is_home_path


def is_home_page(sel: Selector, first_url: str) -> bool:
    """Is the page asked for as ``first_url`` (before redirects) a home page — not a list a script at
    the root serves by its query (``/index.php?m=content&a=lists&catid=27``), nor a 年报 column served at
    a host's root (a 年报 site whose ``<title>`` or ``ColumnName`` names 年报)?"""
    parts = urlsplit(first_url)
    return is_home_path(parts.path) and not parts.query and not names_nianbao(sel)
