"""The versioned store of report records (SQLite by default, PostgreSQL for several writers).

Public API (what the crawler pipelines call)::

    from govcrawl.store import Store

    store = Store.open()                      # url=None: $GOVCRAWL_DB_URL or ./var/govcrawl/govcrawl.sqlite3
    run = store.start_run("hunan")            # -> crawl run id
    store.log_fetch(url, http_status=200, etag=..., last_modified=..., body=body, media_type=...,
                    crawl_run_id=run)         # every fetch, also 304s and errors (error="...")
    result = store.save_record(record, body, "text/html", url, run)
    result.kind            # "new" | "changed" | "unchanged" | "reparsed" | "superseded"
    result.version_number  # the report's version the record now corresponds to
    store.finish_run(run)                     # or finish_run(run, status="failed", error="...")
    store.last_fetch(url)                     # FetchInfo: validators for a conditional re-fetch

    with store.transaction():                 # optional: several saves, all or nothing
        for record, body, media_type, url in batch:
            store.save_record(record, body, media_type, url, run)

``record`` is the dict of docs/record.md (``parse_report``'s output); it must carry
``agency.id``.  ``Store.open(url, data_dir=..., upgrade=...)``: SQLite databases are created and
upgraded automatically; a PostgreSQL database must be upgraded first (``govcrawl db upgrade``).
One ``Store`` per process; it is not thread-safe.  With SQLite, several processes may write (they
queue on the database lock), but PostgreSQL is the store for parallel writers.

Versioning rules (``Store.save_record``):

- A report is (agency, year).  Its versions are append-only rows with ``valid_from``/``valid_to``,
  ``first_seen``/``last_seen``, source URL, media type, raw-body sha256, parser and template
  version, and the *content hash* of the normalised record (``normalize.content_hash``: no
  source/fetch data, no version block, chrome lines dropped, whitespace removed).
- Same content as the current version → ``unchanged``: only ``last_seen`` moves, no body is
  stored.  Different content → ``changed``: a new version, the previous one closed
  (``valid_to``).  A→B→A is three versions — at one document URL.
- Documents of one report at different URLs — an original and its corrected re-publication,
  typically — rank by precedence (``store.precedence``), decided from the records: a corrected
  or re-issued version (a version note in its title: （更正版）, 【更正后】, （修订版）, （重新发布）,
  "…年度报告更正稿" — ``report.metadata.is_revised_title``) outranks one without; else the later
  ``published_date`` outranks the earlier; else neither (a tie: a note on both or on neither, and
  the same date or a date missing).  A record from another URL than the current version's, with different
  content, becomes a new version (``changed``) only when it outranks the current version;
  otherwise it is ``superseded``: nothing stored, the current version untouched, counted in the
  crawl run (``records_superseded``).  ``SaveResult.contested_with`` names the current version's
  URL when it was a tie (kept because it was there first).  So which document is current does
  not depend on fetch order, and an unchanged re-crawl that meets both stores nothing new.  Same
  content at another URL (a copy) is ``unchanged``; same URL → the rules above, whatever the rank.
- The same document in another format (one article's PDF and OFD: the record's
  ``source.attachments`` names the current version's URL with role ``alternate_format``) is no
  rival document: the one read best (``store.format_rank``: parsed before partial before unparsed,
  then the more numbers, then DOCX, PDF, OFD, DOC) is current — a new version when it outranks the
  current one, else ``superseded`` — and never ``contested_with``.
- Parses are separate from versions (table ``report_parses``): a version's first parse has
  ``kind='crawl'``; ``govcrawl reparse`` re-parses stored bodies with the current parser and adds a
  ``kind='reparse'`` parse to the *same* version when its output differs — a parser upgrade never
  looks like a new publication.  ``save_record`` applies the same rule when a crawl brings the
  identical bytes back with a parser that reads them differently (``reparsed``); with different
  bytes *and* a different parser it compares against the latest parse, so run ``govcrawl reparse``
  after upgrading the parser to keep the distinction exact.
- Concurrent writers: ``(report_id, number)`` is unique and versions are inserted with
  ``ON CONFLICT DO NOTHING``; the loser re-reads and finds the winner's version, so two processes
  storing the same record make exactly one version.  Each save (or ``transaction()``) is one
  database transaction: a failure stores nothing of it.
- Every new parse gets a ``change_id`` from a counter row updated just before commit, so ids are
  in commit order: ``export --since CURSOR`` hands out each change exactly once.

Where things live: the database (default ``./var/govcrawl/govcrawl.sqlite3``) and the raw bodies
under ``<data dir>/raw/ab/cd/<sha256>`` (data dir: ``$GOVCRAWL_DATA_DIR``, else beside the SQLite
file, else ``./var/govcrawl``).  Only bodies that start a new version are kept.

Modules: ``models`` (tables), ``db`` (engines, configuration, migrations), ``normalize``
(content hash), ``rawstore`` (bodies on disk), ``store`` (``Store``), ``export``, ``history``
(history and diff), ``status``, ``reparse``.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from govcrawl.store.db import StoreError
    from govcrawl.store.store import FetchInfo, SaveResult, Store

__all__ = ["FetchInfo", "SaveResult", "Store", "StoreError"]


def __getattr__(name: str) -> Any:
    # Imported on first use: a crawl's parse workers import ``govcrawl.store.prepare`` and must
    # not pay for SQLAlchemy and Alembic (1.5 s and ~70 MB per worker).
    if name == "StoreError":
        from govcrawl.store.db import StoreError

        return StoreError
    if name in ("FetchInfo", "SaveResult", "Store"):
        from govcrawl.store import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
