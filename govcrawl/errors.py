"""Errors meant for the user of the command line, and the documented exit codes.

Exit codes (README, "Exit codes"); a crawl that has several of these problems exits with the
lowest non-zero code among them except ``OK``:

- ``OK`` (0): everything asked for was done and every list was harvested in full.
- ``FAILED`` (1): the command ran but something failed (a crawl with errors, stopped early).
- ``USER_ERROR`` (2): the command could not start (bad arguments, registry, missing database).
- ``PORTALS_UNREACHABLE`` (3): a portal was blocked (WAF) or could not be reached.
- ``COVERAGE_SHORTFALL`` (4): a list declared more entries than the crawl harvested, a unit's 年报
  list a page links was not read, a 年报 page's year link to a document was not taken, a page
  budget cut a portal's lists short, a portal showed no report at all, or two different documents
  of one (agency, year) report that no version note tells apart were met.
- ``INTERRUPTED`` (130): Ctrl-C.
"""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1
    USER_ERROR = 2
    PORTALS_UNREACHABLE = 3
    COVERAGE_SHORTFALL = 4
    INTERRUPTED = 130


class UserError(Exception):
    """A failure the user can act on; printed as ``govcrawl: <message>`` with exit status 2."""
