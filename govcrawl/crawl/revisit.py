"""When to look at a URL again: an adaptive revisit schedule with a yearly rhythm.

Pure functions of a URL's history; ``govcrawl.crawl.urlstate`` applies them at every fetch.

- Adaptive, like Nutch's AdaptiveFetchSchedule (crawling.md): the interval grows ×1.4 when a fetch
  finds the page unchanged and shrinks ×0.8 when it changed, clamped per kind of page.
- List pages (a 年报 column and its pagination) are where new reports appear: revisited often, and
  in January–April — when the regulations have departments publish by 31 January and governments
  by 31 March — at least daily.
- A report page or attachment of a *past* cycle rarely changes (an agency's correction); one of the
  current cycle (last year's report, published this spring) is checked within weeks.
- Errors back off exponentially, from an hour to a week (a portal down today is tried tomorrow,
  not every run).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

UrlKind = Literal["list", "page", "attachment", "robots"]

HOUR = 3600.0
DAY = 24 * HOUR
GROW, SHRINK = 1.4, 0.8
BURST_MONTHS = (1, 2, 3, 4)


@dataclass(frozen=True)
class Clamp:
    initial: float
    low: float
    high: float


LIST = Clamp(initial=1 * DAY, low=6 * HOUR, high=7 * DAY)
LIST_BURST_HIGH = 1 * DAY
ROBOTS = Clamp(initial=1 * DAY, low=1 * DAY, high=1 * DAY)
CURRENT_CYCLE = Clamp(initial=7 * DAY, low=1 * DAY, high=30 * DAY)   # the report year just ended
PAST_CYCLE = Clamp(initial=90 * DAY, low=30 * DAY, high=365 * DAY)   # older reports
UNKNOWN_YEAR = Clamp(initial=30 * DAY, low=7 * DAY, high=180 * DAY)
ERROR_FIRST, ERROR_MAX = 1 * HOUR, 7 * DAY


def clamp_for(kind: UrlKind, report_year: int | None, now: datetime) -> Clamp:
    if kind == "list":
        if now.month in BURST_MONTHS:
            return Clamp(min(LIST.initial, LIST_BURST_HIGH), LIST.low, LIST_BURST_HIGH)
        return LIST
    if kind == "robots":
        return ROBOTS
    if report_year is None:
        return UNKNOWN_YEAR
    # A report on year Y is published in Y+1; until the end of Y+1 it is the current cycle.
    return CURRENT_CYCLE if report_year >= now.year - 1 else PAST_CYCLE


def next_interval(kind: UrlKind, previous: float | None, changed: bool, *, report_year: int | None,
                  now: datetime) -> float:
    """Seconds until the next visit after a successful fetch (``changed``: new content or first fetch)."""
    clamp = clamp_for(kind, report_year, now)
    interval = clamp.initial if previous is None else previous * (SHRINK if changed else GROW)
    return max(clamp.low, min(clamp.high, interval))


def error_backoff(consecutive_errors: int) -> float:
    """Seconds before a URL that failed ``consecutive_errors`` times in a row is tried again."""
    if consecutive_errors <= 0:
        return 0.0
    return float(min(ERROR_FIRST * 2 ** (consecutive_errors - 1), ERROR_MAX))


def due_at(last: datetime, seconds: float) -> datetime:
    return last + timedelta(seconds=seconds)
