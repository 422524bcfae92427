"""The store's tables (SQLAlchemy 2.0 typed declarative models).

Schema in one paragraph: an ``Agency`` publishes one ``Report`` per year.  Each report has
append-only ``ReportVersion`` rows, one per *publication state* (a new row only when the
normalised content changes; A→B→A gives three rows).  Each version has one or more
``ReportParse`` rows: number 1 is the parse made when the version was first stored, later ones
come from ``govcrawl reparse`` (or a crawl with an upgraded parser over the same bytes) — so an
agency's edit (new version) is always distinguishable from a parser upgrade (new parse of the same
version).  ``Cell`` (long form) and ``CheckResult`` rows hang off a parse.  ``RawBody`` rows name
the content-addressed files on disk.  ``FetchLog`` and ``CrawlRun`` record the crawl itself;
``UrlState`` is the crawler's memory of each URL (validators, body hash, revisit schedule).
``Counter`` holds the change counter behind the export cursor.

Pointers ``Report.current_version_id`` and ``ReportVersion.current_parse_id`` are plain integers
(no foreign key) to avoid circular constraints; the store keeps them consistent inside the same
transaction that inserts the rows they point at.

Example — licensing decisions per county agency in 2023, in SQL alone::

    SELECT a.name, a.region, c.value
      FROM cells c
      JOIN report_parses p   ON p.id = c.parse_id
      JOIN report_versions v ON v.current_parse_id = p.id
      JOIN reports r         ON r.current_version_id = v.id
      JOIN agencies a        ON a.id = r.agency_id
     WHERE r.year = 2023 AND c.table_key = 't2'
       AND c.row_key = 'administrative_licensing' AND c.col_key = 'decision_count';
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite only auto-increments an ``INTEGER PRIMARY KEY``; PostgreSQL gets a bigint identity.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC; always returned timezone-aware (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class Agency(Base):
    """A publishing body.  ``key`` is the record's ``agency.id`` (e.g. ``hn-xiangtan-wlgt``)."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str | None] = mapped_column(String(300))
    region: Mapped[str | None] = mapped_column(String(300))
    region_code: Mapped[str | None] = mapped_column(String(12), index=True)
    portal: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime]


class Report(Base):
    """One agency's report for one year.

    ``key`` is ``"<agency key>/<year>"``; a record whose year could not be read is keyed by its
    source URL instead (``"<agency key>/unknown/<sha256(url)[:16]>"``) so unparseable pages are
    kept without colliding with each other.
    """

    __tablename__ = "reports"
    __table_args__ = (Index("ix_reports_agency_id_year", "agency_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    year: Mapped[int | None] = mapped_column(index=True)
    current_version_id: Mapped[int | None]
    created_at: Mapped[datetime]


class RawBody(Base):
    """A fetched body kept on disk at ``<data dir>/raw/<sha[:2]>/<sha[2:4]>/<sha>``."""

    __tablename__ = "raw_bodies"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str | None] = mapped_column(String(100))
    stored_at: Mapped[datetime]


class CrawlRun(Base):
    """One crawl.  Counters are incremented by the store as records and fetches are saved."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str | None] = mapped_column(String(200))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(20))  # running | finished | failed
    pages_fetched: Mapped[int] = mapped_column(default=0)
    fetch_errors: Mapped[int] = mapped_column(default=0)
    records_new: Mapped[int] = mapped_column(default=0)
    records_changed: Mapped[int] = mapped_column(default=0)
    records_unchanged: Mapped[int] = mapped_column(default=0)
    records_reparsed: Mapped[int] = mapped_column(default=0)
    # Documents outranked by their report's current version (added by migration 0006: existing
    # runs read 0).
    records_superseded: Mapped[int] = mapped_column(default=0, server_default="0")
    error: Mapped[str | None] = mapped_column(Text)
    # Coverage accounting (JSON: per portal, lists declared vs harvested, page budget, years).
    coverage: Mapped[str | None] = mapped_column(Text)
    short_portals: Mapped[int | None]


class ReportVersion(Base):
    """One publication state of a report (append-only).

    ``valid_to`` is null for the current version.  ``content_hash`` is the normalised-content hash
    of the parse that established the version (``normalize.content_hash``).  ``parser_version`` is
    that parse's parser; later parses of the same bytes are ``ReportParse`` rows.
    """

    __tablename__ = "report_versions"
    __table_args__ = (UniqueConstraint("report_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"))
    number: Mapped[int]
    content_hash: Mapped[str] = mapped_column(String(64))
    valid_from: Mapped[datetime]
    valid_to: Mapped[datetime | None]
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]
    source_url: Mapped[str | None] = mapped_column(Text)
    media_type: Mapped[str | None] = mapped_column(String(100))
    raw_sha256: Mapped[str | None] = mapped_column(ForeignKey("raw_bodies.sha256"), index=True)
    parser_version: Mapped[str | None] = mapped_column(String(50))
    template_version: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20))  # parsed | partial | unparsed
    title: Mapped[str | None] = mapped_column(Text)
    published_date: Mapped[str | None] = mapped_column(String(10))
    crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"), index=True)
    current_parse_id: Mapped[int | None]


class ReportParse(Base):
    """One parse of one version.  ``kind``: ``crawl`` (made when the version was stored) or
    ``reparse`` (a later parse of the same stored bytes — a parser change, never a publication).

    ``change_id`` is the monotonic, commit-ordered change counter behind ``export --since``.
    """

    __tablename__ = "report_parses"
    __table_args__ = (
        UniqueConstraint("version_id", "number"),
        CheckConstraint("kind IN ('crawl', 'reparse')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("report_versions.id"))
    number: Mapped[int]
    kind: Mapped[str] = mapped_column(String(10))
    parser_version: Mapped[str | None] = mapped_column(String(50))
    content_hash: Mapped[str] = mapped_column(String(64))
    parsed_at: Mapped[datetime]
    template_version: Mapped[str | None] = mapped_column(String(10), index=True)
    status: Mapped[str] = mapped_column(String(20))  # parsed | partial | unparsed
    check_status: Mapped[str] = mapped_column(String(20), index=True)  # pass | fail | not_assessable | none
    spam_flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    flags: Mapped[list[Any]]
    record: Mapped[dict[str, Any]]
    change_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)


class Cell(Base):
    """One table cell of one parse, long form.  ``block_key`` is ``''`` outside table 二;
    ``flags`` is space-separated (``blank derived``…)."""

    __tablename__ = "cells"
    __table_args__ = (Index("ix_cells_table_key_row_key_col_key", "table_key", "row_key", "col_key"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    parse_id: Mapped[int] = mapped_column(ForeignKey("report_parses.id"), index=True)
    table_key: Mapped[str] = mapped_column(String(8))
    block_key: Mapped[str] = mapped_column(String(20))
    row_key: Mapped[str] = mapped_column(String(60))
    col_key: Mapped[str] = mapped_column(String(40))
    value: Mapped[float | None] = mapped_column(Numeric(asdecimal=False))
    raw: Mapped[str | None] = mapped_column(Text)
    flags: Mapped[str] = mapped_column(String(200))


class CheckResult(Base):
    """One validation identity (report-format.md §8) evaluated on one parse."""

    __tablename__ = "check_results"
    __table_args__ = (CheckConstraint("status IN ('pass', 'fail', 'not_assessable')", name="status"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    parse_id: Mapped[int] = mapped_column(ForeignKey("report_parses.id"), index=True)
    check_id: Mapped[str] = mapped_column(String(20))
    scope: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16))
    lhs: Mapped[float | None] = mapped_column(Numeric(asdecimal=False))
    rhs: Mapped[float | None] = mapped_column(Numeric(asdecimal=False))


class FetchLog(Base):
    """One HTTP fetch: validators and body hash for conditional re-fetching, or the error."""

    __tablename__ = "fetch_log"
    __table_args__ = (Index("ix_fetch_log_url_fetched_at", "url", "fetched_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    crawl_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    fetched_at: Mapped[datetime]
    http_status: Mapped[int | None]
    etag: Mapped[str | None] = mapped_column(String(300))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    body_sha256: Mapped[str | None] = mapped_column(String(64))
    media_type: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int | None] = mapped_column(BigInteger)
    error: Mapped[str | None] = mapped_column(Text)


class UrlState(Base):
    """What the crawler knows about one URL, for conditional and scheduled re-fetching (issue 5).

    ``key`` is the sha256 of method, URL and request body (a Hanweb ``dataproxy.jsp`` POST page
    is one URL with many bodies).  ``kind``: ``list`` (navigation: list pages, API pages),
    ``page`` (an article page), ``attachment``, ``robots``.  ``body_sha256`` names the last good
    body (kept in the raw store for list and article pages, so a 304 or a page that is not due yet
    can be replayed without downloading it); ``stored_sha256`` the body whose record is stored —
    a later fetch of the same bytes needs no parse.  ``interval_s`` is the adaptive revisit
    interval (``govcrawl.crawl.revisit``), ``next_due`` when the URL should be fetched again.
    """

    __tablename__ = "url_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(8))
    host: Mapped[str] = mapped_column(String(255), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    site_id: Mapped[str | None] = mapped_column(String(200), index=True)
    report_year: Mapped[int | None]
    first_fetched: Mapped[datetime]
    last_fetched: Mapped[datetime]
    last_changed: Mapped[datetime | None]
    last_status: Mapped[int | None]
    result: Mapped[str] = mapped_column(String(16))  # changed | unchanged | not_modified | error
    error: Mapped[str | None] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(String(300))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    body_sha256: Mapped[str | None] = mapped_column(String(64))
    media_type: Mapped[str | None] = mapped_column(String(100))
    stored_sha256: Mapped[str | None] = mapped_column(String(64))
    consecutive_errors: Mapped[int] = mapped_column(default=0)
    interval_s: Mapped[float | None]
    next_due: Mapped[datetime] = mapped_column(index=True)


class Counter(Base):
    """Named counters.  ``change`` numbers every new parse in commit order (export cursor)."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class CrossYearCheck(Base):
    """One identity between an agency's reports of two consecutive years (``year`` is the later
    one), computed from their current parses by ``govcrawl.store.crossyear``.

    ``X1`` carry-over: table 三 ``carried_forward_to_next`` of year N equals
    ``carried_over_from_prev`` of year N+1 (``scope`` = the column).  ``X2`` stock (v2021 both
    years): table 二 ``in_force_count`` of N+1 equals that of N plus ``issued_count`` minus
    ``repealed_count`` of N+1 (``scope`` = the row).  A ``fail`` is a finding about what the
    agency printed, never a correction of either report.
    """

    __tablename__ = "cross_year_checks"
    __table_args__ = (
        UniqueConstraint("agency_id", "year", "check_id", "scope"),
        CheckConstraint("status IN ('pass', 'fail', 'not_assessable')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    year: Mapped[int]
    check_id: Mapped[str] = mapped_column(String(20))
    scope: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16))
    lhs: Mapped[float | None] = mapped_column(Numeric(asdecimal=False))
    rhs: Mapped[float | None] = mapped_column(Numeric(asdecimal=False))
    prev_parse_id: Mapped[int] = mapped_column(ForeignKey("report_parses.id"))
    parse_id: Mapped[int] = mapped_column(ForeignKey("report_parses.id"))
    computed_at: Mapped[datetime]
