"""The ``Store``: saving records with versioning, the fetch log and crawl runs.

See the package docstring (``govcrawl.store``) for the public API and the versioning rules.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from sqlalchemy import Connection, Engine, bindparam, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError

from govcrawl.report.metadata import is_revised_title
from govcrawl.store import crossyear, db
from govcrawl.store.models import (
    Agency,
    CheckResult,
    Counter,
    CrawlRun,
    FetchLog,
    RawBody,
    Report,
    ReportParse,
    ReportVersion,
)
from govcrawl.store.models import (
    Cell as CellRow,
)
from govcrawl.store.normalize import canonical_url, content_hash
from govcrawl.store.prepare import CELL_FIELDS, PreparedRecord, cell_entries, clip, prepare_record
from govcrawl.store.rawstore import RawStore, sha256_hex

log = logging.getLogger(__name__)

SaveKind = Literal["new", "changed", "unchanged", "reparsed", "superseded"]
_MAX_ATTEMPTS = 20
# A record so flagged is never ``parsed``: read in part (a document cut short is read only so far).
_PARTIAL_FLAGS = frozenset({"partial", "tables_missing", "image_only", "incomplete", "truncated"})
_CHECK_STATUSES = ("pass", "fail", "not_assessable")


@dataclass(frozen=True)
class SaveResult:
    """What ``save_record`` did.

    ``kind``: ``new`` (first version of a report), ``changed`` (a new version closed the previous
    one), ``unchanged`` (same normalised content: only ``last_seen`` moved), ``reparsed`` (same
    bytes as the current version, different parse: a new parse of that version, not a new
    publication), ``superseded`` (another document of the report, outranked by the current version:
    nothing stored; ``version_id``/``version_number`` are the current version's).  ``parse_id`` is
    ``None`` for ``unchanged`` and ``superseded``.  ``contested_with``: for a ``changed`` or
    ``superseded`` record from another URL than the current version's when no version note told the
    two documents apart (ranked by date, or a tie that kept the current one), that version's URL —
    perhaps two agencies' reports taken for one; the crawl names such pairs.
    """

    kind: SaveKind
    report_id: int
    version_id: int
    version_number: int
    parse_id: int | None = None
    contested_with: str | None = None


@dataclass(frozen=True)
class FetchInfo:
    """The latest logged fetch of a URL (validators for a conditional re-fetch)."""

    url: str
    fetched_at: datetime
    http_status: int | None
    etag: str | None
    last_modified: str | None
    body_sha256: str | None


def utcnow() -> datetime:
    return datetime.now(UTC)


def _as_datetime(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, str) and value:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


def report_key(agency_key: str, year: int | None, source_url: str) -> str:
    if year is not None:
        return f"{agency_key}/{year}"
    return f"{agency_key}/unknown/{hashlib.sha256(canonical_url(source_url).encode()).hexdigest()[:16]}"


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def precedence(title: Any, published_date: Any) -> tuple[bool, str | None]:
    """How a document ranks among the documents of one report (package docstring): whether its
    title marks it a corrected or re-issued version (``metadata.is_revised_title``), and its
    publication date (``YYYY-MM-DD``, as ``save_record`` stores it; anything else is no date)."""
    date = _ISO_DATE.match(published_date) if isinstance(published_date, str) else None
    return is_revised_title(title if isinstance(title, str) else None), date[0] if date else None


def outranks(a: tuple[bool, str | None], b: tuple[bool, str | None]) -> bool:
    """Does document ``a`` outrank ``b`` (``precedence``)?  A corrected version outranks an
    original; else the later publication date the earlier; else neither (a tie)."""
    if a[0] != b[0]:
        return a[0]
    return a[1] is not None and b[1] is not None and a[1] > b[1]


# The role of a ``source.attachments`` entry that is the record's own document in another format
# (an article's PDF and OFD of one report: ``govcrawl.crawl.formats``).
ALTERNATE_FORMAT = "alternate_format"
# Of the formats of one document, the one kept when both read alike: the structured before the laid out.
_FORMAT_PREFERENCE = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf",
                      "application/ofd", "application/msword")
_STATUS_RANK = {"unparsed": 0, "partial": 1, "parsed": 2}


def alternate_urls(record: Mapping[str, Any]) -> set[str]:
    """The URLs of the other formats of the record's document its source names."""
    source = record.get("source")
    entries = source.get("attachments") if isinstance(source, Mapping) else None
    return {canonical_url(str(a["url"])) for a in entries or []
            if isinstance(a, Mapping) and a.get("role") == ALTERNATE_FORMAT and a.get("url")}


def format_rank(status: str | None, numbers: int, media_type: str | None) -> tuple[int, int, int]:
    """How well one format of a document was read, to keep the best of its formats: parsed before
    partial before unparsed, then the more numbers read, then ``_FORMAT_PREFERENCE``."""
    preference = _FORMAT_PREFERENCE.index(media_type) if media_type in _FORMAT_PREFERENCE else len(_FORMAT_PREFERENCE)
    return _STATUS_RANK.get(status or "", 0), numbers, -preference


def parse_status(record: Mapping[str, Any]) -> str:
    if not record.get("template_version"):
        return "unparsed"
    flags = set(record.get("flags") or [])
    return "partial" if flags & _PARTIAL_FLAGS else "parsed"


def check_status(record: Mapping[str, Any]) -> str:
    statuses = {c.get("status") for c in record.get("checks") or [] if isinstance(c, Mapping)}
    if "fail" in statuses:
        return "fail"
    if "pass" in statuses:
        return "pass"
    return "not_assessable" if statuses else "none"


_CELL_COLUMNS = ("parse_id", *CELL_FIELDS)
_CHECK_COLUMNS = ("parse_id", "check_id", "scope", "status", "lhs", "rhs")


def long_cells(record: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The record's cells in long form: every value of ``tables`` (all template keys), with
    ``raw`` and ``flags`` from the matching ``cells`` entry; ``cells`` entries that name no table
    position are kept too."""
    return [dict(zip(CELL_FIELDS, entry, strict=True)) for entry in cell_entries(record)]


@dataclass
class _Tx:
    conn: Connection
    parse_ids: list[int] = field(default_factory=list)
    agencies: dict[str, tuple[int, tuple[Any, ...]]] = field(default_factory=dict)
    reports: dict[str, int] = field(default_factory=dict)
    # Crawl-run counter increments, written in one UPDATE per run at the end of the transaction.
    counts: dict[int, dict[str, int]] = field(default_factory=dict)
    # Agencies whose reports gained a parse: their cross-year checks are refreshed before commit.
    touched_agencies: set[int] = field(default_factory=set)


_COUNTERS = (
    "pages_fetched",
    "fetch_errors",
    "records_new",
    "records_changed",
    "records_unchanged",
    "records_reparsed",
    "records_superseded",
)


class _Statements:
    """The statements of the write path, built once per store and executed with parameters.

    Building a Core statement costs more CPU than executing it (coercions, cache-key generation:
    ~0.1 ms each); a prebuilt statement reuses its cached compiled form.  Bind parameters are
    named ``b_*`` so they never clash with the column-named ones of INSERT/UPDATE.  INSERTs are
    executed with a dict of column values (the dict's keys are the inserted columns).
    """

    def __init__(self, dialect: str) -> None:
        ins: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
        agency = ins(Agency)
        excluded = agency.excluded
        cols = ("name", "region", "region_code", "portal")
        self.agency_upsert = agency.on_conflict_do_update(
            index_elements=["key"],
            set_={c: func.coalesce(excluded[c], getattr(Agency, c)) for c in cols},
            where=or_(*(excluded[c].is_distinct_from(getattr(Agency, c)) for c in cols)),
        )
        self.agency_select = select(Agency.id, Agency.name, Agency.region, Agency.region_code, Agency.portal).where(
            Agency.key == bindparam("b_key")
        )
        self.report_insert = ins(Report).on_conflict_do_nothing(index_elements=["key"]).returning(Report.id)
        self.report_select = select(Report.id).where(Report.key == bindparam("b_key"))
        self.report_set_version = (
            update(Report).where(Report.id == bindparam("b_report")).values(current_version_id=bindparam("b_version"))
        )
        self.current_version = (
            select(ReportVersion.id, ReportVersion.number, ReportVersion.raw_sha256, ReportVersion.source_url,
                   ReportVersion.current_parse_id)
            .where(ReportVersion.report_id == bindparam("b_report"))
            .order_by(ReportVersion.number.desc())
            .limit(1)
        )
        self.version_insert = (
            ins(ReportVersion)
            .on_conflict_do_nothing(index_elements=["report_id", "number"])
            .returning(ReportVersion.id)
        )
        self.version_close = (
            update(ReportVersion).where(ReportVersion.id == bindparam("b_version")).values(valid_to=bindparam("b_seen"))
        )
        self.version_touch = (
            update(ReportVersion)
            .where(ReportVersion.id == bindparam("b_version"), ReportVersion.last_seen < bindparam("b_before"))
            .values(last_seen=bindparam("b_seen"))
        )
        self.version_set_parse = (
            update(ReportVersion)
            .where(ReportVersion.id == bindparam("b_version"))
            .values(current_parse_id=bindparam("b_parse"))
        )
        # What ranks a version among the report's documents: its current parse's title and date
        # (a reparse may read them better than the crawl's parse that the version row keeps).
        self.parse_rank = select(
            ReportParse.record["title"].as_string(), ReportParse.record["published_date"].as_string()
        ).where(ReportParse.id == bindparam("b_parse"))
        # How well a parse read its document (``format_rank``): its status, numbers and media type.
        self.parse_read = select(
            ReportParse.status, ReportParse.record["source"]["media_type"].as_string(),
            select(func.count()).where(CellRow.parse_id == ReportParse.id, CellRow.value.is_not(None))
            .correlate(ReportParse).scalar_subquery(),
        ).where(ReportParse.id == bindparam("b_parse"))
        self.version_parses = (
            select(ReportParse.parser_version, ReportParse.content_hash)
            .where(ReportParse.version_id == bindparam("b_version"))
            .order_by(ReportParse.number.desc())
        )
        self.parse_max_number = select(func.coalesce(func.max(ReportParse.number), 0)).where(
            ReportParse.version_id == bindparam("b_version")
        )
        self.parse_insert = (
            ins(ReportParse).on_conflict_do_nothing(index_elements=["version_id", "number"]).returning(ReportParse.id)
        )
        self.raw_insert = ins(RawBody).on_conflict_do_nothing(index_elements=["sha256"])
        self.fetch_insert = ins(FetchLog).returning(FetchLog.id)
        self.count = (
            update(CrawlRun)
            .where(CrawlRun.id == bindparam("b_run"))
            .values({c: getattr(CrawlRun, c) + bindparam(f"b_{c}") for c in _COUNTERS})
        )
        self.change_counter = (
            update(Counter)
            .where(Counter.name == "change")
            .values(value=Counter.value + bindparam("b_n"))
            .returning(Counter.value)
        )
        self.parse_change_id = (
            update(ReportParse).where(ReportParse.id == bindparam("b_parse")).values(change_id=bindparam("b_change"))
        )


class Store:
    """A govcrawl store (SQLite file or PostgreSQL database, plus the raw-body directory)."""

    def __init__(self, engine: Engine, raw: RawStore, url: str) -> None:
        self.engine = engine
        self.raw = raw
        self.url = url
        self.dialect = engine.dialect.name
        self._tx: _Tx | None = None
        # Caches of committed rows only (a rolled-back transaction must not leave ids behind).
        self._agency_cache: dict[str, tuple[int, tuple[Any, ...]]] = {}
        self._report_cache: dict[str, int] = {}
        self._sql = _Statements(self.dialect)

    # -- opening ---------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        url: str | None = None,
        *,
        data_dir: str | Path | None = None,
        upgrade: bool | None = None,
        fsync_raw: bool = True,
    ) -> Store:
        """Open the store at ``url`` (see ``govcrawl.store.db`` for defaults and env variables).

        ``upgrade=None`` creates/upgrades a SQLite database automatically and requires a
        PostgreSQL database to be at the latest migration already (``govcrawl db upgrade``).
        """
        resolved = db.resolve_url(url)
        engine = db.make_engine(resolved)
        try:
            auto = db.is_sqlite(resolved) if upgrade is None else upgrade
            current = db.current_revision(engine)
            head = db.head_revision()
            if current != head:
                if not auto:
                    raise db.StoreError(
                        f"database schema is at {current or 'nothing'}, expected {head}: run `govcrawl db upgrade`"
                    )
                db.upgrade(engine)
        except Exception:
            engine.dispose()
            raise
        return cls(engine, RawStore(db.resolve_data_dir(resolved, data_dir), fsync=fsync_raw), resolved)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One database transaction; ``save_record`` & co. called inside it join it, so a batch
        is stored entirely or not at all.  Nested calls join the outer transaction."""
        if self._tx is not None:
            yield self._tx.conn
            return
        with self.engine.begin() as conn:
            tx = self._tx = _Tx(conn)
            try:
                yield conn
                self._write_counts(tx)
                if tx.touched_agencies:
                    crossyear.refresh(conn, tx.touched_agencies)
                self._assign_change_ids(tx)
            finally:
                self._tx = None
        # Committed: the new ids are now safe to cache.
        self._agency_cache.update(tx.agencies)
        self._report_cache.update(tx.reports)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read-only transaction (SQLite: a deferred one that does not take the write lock)."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(govcrawl_readonly=True)
            with conn.begin():
                yield conn

    def _insert(self, table: Any) -> Any:
        if self.dialect == "postgresql":
            return postgresql.insert(table)
        return sqlite.insert(table)

    def _assign_change_ids(self, tx: _Tx) -> None:
        """Number the transaction's new parses from the ``change`` counter.

        Done last so the counter row lock (PostgreSQL) is held only until commit: change ids are
        therefore assigned in commit order, which is what makes ``export --since`` exact.
        """
        if not tx.parse_ids:
            return
        n = len(tx.parse_ids)
        top = tx.conn.execute(self._sql.change_counter, {"b_n": n}).scalar_one()
        first = top - n + 1
        tx.conn.execute(
            self._sql.parse_change_id, [{"b_parse": pid, "b_change": first + i} for i, pid in enumerate(tx.parse_ids)]
        )

    # -- agencies and reports --------------------------------------------------------------------

    def _agency_id(self, tx: _Tx, agency: Mapping[str, Any], portal: str | None) -> int:
        key = str(agency["id"])
        # Cut to the columns' lengths: PostgreSQL refuses longer text (the record would be lost),
        # SQLite would keep it; both keep the full text in the stored record.
        values = (clip(agency.get("name"), 300), clip(agency.get("region"), 300),
                  clip(agency.get("region_code"), 12), clip(portal, 500))
        cached = tx.agencies.get(key) or self._agency_cache.get(key)
        if cached is not None and all(v is None or v == c for v, c in zip(values, cached[1], strict=True)):
            return cached[0]
        tx.conn.execute(
            self._sql.agency_upsert,
            {
                "key": key,
                "name": values[0],
                "region": values[1],
                "region_code": values[2],
                "portal": values[3],
                "created_at": utcnow(),
            },
        )
        row = tx.conn.execute(self._sql.agency_select, {"b_key": key}).one()
        tx.agencies[key] = (row[0], tuple(row[1:]))
        return int(row[0])

    def _report_id(self, tx: _Tx, key: str, agency_id: int, year: int | None) -> tuple[int, bool]:
        """The report's id, and whether this call created it (then it has no version yet)."""
        cached = tx.reports.get(key) or self._report_cache.get(key)
        if cached is not None:
            return cached, False
        rid = tx.conn.execute(
            self._sql.report_insert, {"key": key, "agency_id": agency_id, "year": year, "created_at": utcnow()}
        ).scalar()
        created = rid is not None
        if rid is None:  # it exists already (stored earlier, or by a concurrent writer)
            rid = tx.conn.execute(self._sql.report_select, {"b_key": key}).scalar_one()
        tx.reports[key] = int(rid)
        return int(rid), created

    # -- saving ----------------------------------------------------------------------------------

    def save_record(
        self,
        record: Mapping[str, Any],
        raw_body: bytes,
        media_type: str | None,
        fetched_from: str,
        crawl_run_id: int | None = None,
        *,
        fetched_at: datetime | str | None = None,
        portal: str | None = None,
        prepared: PreparedRecord | None = None,
    ) -> SaveResult:
        """Store one parsed record and the body it was parsed from (see the package docstring).

        ``fetched_at`` defaults to the record's ``source.fetched_at``, else now; it becomes
        ``first_seen``/``last_seen``/``valid_from``.  Raises ``ValueError`` for a record without
        ``agency.id``.  Runs in its own transaction unless called inside ``transaction()``.
        ``prepared``: ``prepare_record(record)``, if the caller computed it already (a crawl's
        parse workers do).
        """
        agency = record.get("agency")
        if not isinstance(agency, Mapping) or not agency.get("id"):
            raise ValueError("record has no agency.id; the crawler must pass agency= to parse_report")
        year_value = record.get("year")
        year = int(year_value) if isinstance(year_value, int | str) and str(year_value).isdigit() else None
        source = record.get("source") if isinstance(record.get("source"), Mapping) else {}
        assert isinstance(source, Mapping)
        seen = _as_datetime(fetched_at) or _as_datetime(source.get("fetched_at")) or utcnow()
        # Only a record that is stored needs more than its hash (most re-crawled ones are not).
        h = prepared.content_hash if prepared else content_hash(record)
        parser_version = _parser_version(record)
        raw_sha = sha256_hex(raw_body)
        url = canonical_url(fetched_from)
        rkey = report_key(str(agency["id"]), year, fetched_from)
        sql = self._sql

        with self.transaction():
            tx = self._tx
            assert tx is not None
            conn = tx.conn
            agency_id = self._agency_id(tx, agency, portal)
            report_id, created = self._report_id(tx, rkey, agency_id, year)
            for attempt in range(_MAX_ATTEMPTS):
                # A report this call just inserted has no version: nobody else can see it yet.
                cur = None
                contested = None
                if not (created and attempt == 0):
                    cur = conn.execute(sql.current_version, {"b_report": report_id}).first()
                if cur is not None:
                    decision = self._compare(conn, cur.id, cur.raw_sha256, h, parser_version, raw_sha)
                    if decision == "unchanged":
                        self._touch(conn, cur.id, seen)
                        self._count(conn, crawl_run_id, "records_unchanged")
                        return SaveResult("unchanged", report_id, cur.id, cur.number)
                    if decision == "reparsed":
                        pid = self._insert_parse(conn, cur.id, record, prepared or prepare_record(record, h),
                                                 "reparse")
                        if pid is None:
                            continue
                        conn.execute(sql.version_set_parse, {"b_version": cur.id, "b_parse": pid})
                        tx.touched_agencies.add(agency_id)
                        self._touch(conn, cur.id, seen)
                        self._count(conn, crawl_run_id, "records_reparsed")
                        return SaveResult("reparsed", report_id, cur.id, cur.number, pid)
                    # Another document of the report (not the current version's URL): it becomes
                    # current only when it outranks the current one — else every crawl that meets
                    # both would make a version of each in turn, in fetch order.
                    if cur.source_url and cur.source_url != url and cur.source_url in alternate_urls(record):
                        # The same document in another format (one article's PDF and OFD): the one
                        # read best is the version, whichever came first; never a rival document.
                        if not self._reads_better(conn, record, prepared, cur.current_parse_id):
                            self._count(conn, crawl_run_id, "records_superseded")
                            return SaveResult("superseded", report_id, cur.id, cur.number)
                    elif cur.source_url and cur.source_url != url:
                        mine = precedence(record.get("title"), record.get("published_date"))
                        rank = conn.execute(sql.parse_rank, {"b_parse": cur.current_parse_id}).first()
                        theirs = precedence(*(rank or (None, None)))
                        # No version note between the two: ranked by date or not at all — said.
                        contested = cur.source_url if mine[0] == theirs[0] else None
                        if not outranks(mine, theirs):
                            self._count(conn, crawl_run_id, "records_superseded")
                            return SaveResult("superseded", report_id, cur.id, cur.number,
                                              contested_with=contested)
                number = 1 if cur is None else cur.number + 1
                self._put_raw(conn, raw_body, raw_sha, media_type)
                vid = conn.execute(
                    sql.version_insert,
                    {
                        "report_id": report_id,
                        "number": number,
                        "content_hash": h,
                        "valid_from": seen,
                        "valid_to": None,
                        "first_seen": seen,
                        "last_seen": seen,
                        "source_url": url,
                        "media_type": media_type,
                        "raw_sha256": raw_sha,
                        "parser_version": parser_version,
                        "template_version": record.get("template_version"),
                        "status": parse_status(record),
                        "title": clip(record.get("title")),
                        "published_date": clip(record.get("published_date"), 10),
                        "crawl_run_id": crawl_run_id,
                    },
                ).scalar()
                if vid is None:  # a concurrent writer stored version `number` first: look again
                    continue
                if cur is not None:
                    conn.execute(sql.version_close, {"b_version": cur.id, "b_seen": seen})
                # The version was inserted just now by this transaction: its first parse is number 1.
                pid = self._insert_parse(conn, vid, record, prepared or prepare_record(record, h), "crawl",
                                         number=1)
                assert pid is not None
                conn.execute(sql.version_set_parse, {"b_version": vid, "b_parse": pid})
                conn.execute(sql.report_set_version, {"b_report": report_id, "b_version": vid})
                tx.touched_agencies.add(agency_id)
                kind: SaveKind = "new" if cur is None else "changed"
                self._count(conn, crawl_run_id, "records_new" if cur is None else "records_changed")
                return SaveResult(kind, report_id, vid, number, pid, contested_with=contested)
            raise RuntimeError(f"could not store {rkey}: {_MAX_ATTEMPTS} concurrent updates in a row")

    def _reads_better(self, conn: Connection, record: Mapping[str, Any], prepared: PreparedRecord | None,
                      parse_id: int | None) -> bool:
        """Is ``record`` a better reading of its document than the stored parse ``parse_id`` of the
        same document in another format (``format_rank``)?"""
        cells = prepared.cells if prepared else cell_entries(record)
        value = CELL_FIELDS.index("value")
        source = record.get("source") if isinstance(record.get("source"), Mapping) else {}
        assert isinstance(source, Mapping)
        mine = format_rank(parse_status(record), sum(1 for c in cells if c[value] is not None),
                           source.get("media_type"))
        stored = conn.execute(self._sql.parse_read, {"b_parse": parse_id}).first()
        theirs = format_rank(stored[0], int(stored[2] or 0), stored[1]) if stored else (-1, 0, 0)
        return mine > theirs

    def _touch(self, conn: Connection, version_id: int, seen: datetime) -> None:
        conn.execute(self._sql.version_touch, {"b_version": version_id, "b_before": seen, "b_seen": seen})

    def _compare(
        self,
        conn: Connection,
        version_id: int,
        version_raw: str | None,
        h: str,
        parser_version: str,
        raw_sha: str,
    ) -> Literal["unchanged", "reparsed", "changed"]:
        """Decide how a record relates to the current version (see package docstring)."""
        parses = conn.execute(self._sql.version_parses, {"b_version": version_id}).all()
        latest_hash = parses[0].content_hash if parses else None
        same_parser = [p.content_hash for p in parses if p.parser_version == parser_version]
        if raw_sha == version_raw:  # identical bytes: only the parse can differ
            return "unchanged" if h == latest_hash or h in same_parser else "reparsed"
        if same_parser:
            return "unchanged" if same_parser[0] == h else "changed"
        return "unchanged" if h == latest_hash else "changed"

    def _put_raw(self, conn: Connection, body: bytes, sha: str, media_type: str | None) -> None:
        self.raw.put(body, sha)
        conn.execute(
            self._sql.raw_insert, {"sha256": sha, "size": len(body), "media_type": media_type, "stored_at": utcnow()}
        )

    def _insert_parse(
        self,
        conn: Connection,
        version_id: int,
        record: Mapping[str, Any],
        prepared: PreparedRecord,
        kind: str,
        *,
        number: int | None = None,
    ) -> int | None:
        """Insert the next parse of a version with its cells and checks; ``None`` if a concurrent
        writer took the same parse number (the caller looks again).  ``number``: the parse number
        when the caller knows it (a version inserted by this transaction has no parse yet)."""
        if number is None:
            number = conn.execute(self._sql.parse_max_number, {"b_version": version_id}).scalar_one() + 1
        flags = [str(f) for f in record.get("flags") or []]
        pid = conn.execute(
            self._sql.parse_insert,
            {
                "version_id": version_id,
                "number": number,
                "kind": kind,
                "parser_version": _parser_version(record),
                "content_hash": prepared.content_hash,
                "parsed_at": utcnow(),
                "template_version": record.get("template_version"),
                "status": parse_status(record),
                "check_status": check_status(record),
                "spam_flagged": "spam_injection" in flags,
                "flags": flags,
                "record": prepared.record_json,
                "change_id": None,
            },
        ).scalar()
        if pid is None:
            return None
        cells = [(pid, *entry) for entry in prepared.cells]
        if cells:
            self._insert_rows(conn, CellRow, _CELL_COLUMNS, cells)
        checks = [(pid, *check) for check in prepared.checks]
        if checks:
            self._insert_rows(conn, CheckResult, _CHECK_COLUMNS, checks)
        assert self._tx is not None
        self._tx.parse_ids.append(int(pid))
        return int(pid)

    def _insert_rows(self, conn: Connection, model: Any, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        """Bulk insert of plain-typed rows (tuples in ``columns`` order) through the driver, on the
        transaction's connection: PostgreSQL ``COPY`` (an executemany is one round trip per row
        there), SQLite ``executemany`` (SQLAlchemy's per-row parameter processing costs more than
        the insert)."""
        dbapi_error = self.engine.dialect.loaded_dbapi.Error
        try:
            self._insert_rows_driver(conn, model, columns, rows)
        except dbapi_error as exc:  # raise what SQLAlchemy would (IntegrityError, …)
            raise DBAPIError.instance(f"bulk insert into {model.__tablename__}", None, exc, dbapi_error) from exc

    def _insert_rows_driver(
        self, conn: Connection, model: Any, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
    ) -> None:
        table = model.__tablename__
        driver = conn.connection.driver_connection
        assert driver is not None
        if self.dialect == "postgresql":
            with driver.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        if self.dialect == "sqlite":
            marks = ", ".join("?" * len(columns))
            driver.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
            return
        conn.execute(insert(model), [dict(zip(columns, row, strict=True)) for row in rows])

    def save_parse(self, version_id: int, record: Mapping[str, Any]) -> SaveResult:
        """Record a re-parse of a stored version (``govcrawl reparse``): a new ``ReportParse`` of
        the same version when the normalised content differs from the version's current parse,
        else nothing (``unchanged``).  Never creates a version."""
        h = content_hash(record)
        with self.transaction() as conn:
            row = conn.execute(
                select(ReportVersion.report_id, ReportVersion.number, ReportVersion.current_parse_id).where(
                    ReportVersion.id == version_id
                )
            ).one()
            for _attempt in range(_MAX_ATTEMPTS):
                latest = conn.execute(
                    select(ReportParse.content_hash)
                    .where(ReportParse.version_id == version_id)
                    .order_by(ReportParse.number.desc())
                    .limit(1)
                ).scalar()
                if latest == h:
                    return SaveResult("unchanged", row.report_id, version_id, row.number)
                pid = self._insert_parse(conn, version_id, record, prepare_record(record, h), "reparse")
                if pid is None:
                    continue
                conn.execute(self._sql.version_set_parse, {"b_version": version_id, "b_parse": pid})
                assert self._tx is not None
                self._tx.touched_agencies.add(
                    conn.execute(select(Report.agency_id).where(Report.id == row.report_id)).scalar_one()
                )
                return SaveResult("reparsed", row.report_id, version_id, row.number, pid)
            raise RuntimeError(f"could not store a parse of version {version_id}: too many concurrent updates")

    # -- crawl runs and the fetch log -----------------------------------------------------------

    def _count(self, conn: Connection, run_id: int | None, column: str, n: int = 1) -> None:
        """Add ``n`` to a counter of crawl run ``run_id``, in the current transaction (written by
        ``_write_counts`` when it ends: one UPDATE per run and transaction, not one per call)."""
        if run_id is not None:
            assert self._tx is not None and self._tx.conn is conn
            counts = self._tx.counts.setdefault(run_id, dict.fromkeys(_COUNTERS, 0))
            counts[column] += n

    def _write_counts(self, tx: _Tx) -> None:
        for run_id, counts in tx.counts.items():
            tx.conn.execute(self._sql.count, {"b_run": run_id, **{f"b_{c}": n for c, n in counts.items()}})

    def start_run(self, name: str | None = None) -> int:
        """Open a crawl run; pass its id to ``save_record``/``log_fetch``, then ``finish_run``."""
        with self.transaction() as conn:
            rid = conn.execute(
                self._insert(CrawlRun).values(name=name, started_at=utcnow(), status="running").returning(CrawlRun.id)
            ).scalar_one()
        return int(rid)

    def finish_run(self, run_id: int, *, status: str = "finished", error: str | None = None,
                   coverage: list[dict[str, Any]] | None = None) -> None:
        """Close a crawl run (``status``: ``finished`` or ``failed``; ``error``: a summary;
        ``coverage``: per portal, what its lists declared against what was harvested)."""
        values: dict[str, Any] = {"finished_at": utcnow(), "status": status, "error": error}
        if coverage is not None:
            values["coverage"] = json.dumps(coverage, ensure_ascii=False, sort_keys=True)
            values["short_portals"] = sum(1 for portal in coverage if portal.get("falls_short"))
        with self.transaction() as conn:
            conn.execute(update(CrawlRun).where(CrawlRun.id == run_id).values(**values))

    def log_fetch(
        self,
        url: str,
        *,
        http_status: int | None,
        fetched_at: datetime | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        body: bytes | None = None,
        body_sha256: str | None = None,
        media_type: str | None = None,
        size: int | None = None,
        error: str | None = None,
        crawl_run_id: int | None = None,
    ) -> int:
        """Log one fetch (also failed ones: ``http_status=None`` and ``error``).  Counts toward the
        run's ``pages_fetched``, and ``fetch_errors`` when ``error`` is set or status ≥ 400."""
        if body is not None:
            body_sha256 = body_sha256 or sha256_hex(body)
            size = len(body) if size is None else size
        with self.transaction() as conn:
            fid = conn.execute(
                self._sql.fetch_insert,
                {
                    "crawl_run_id": crawl_run_id,
                    "url": url[:2000],
                    "fetched_at": fetched_at or utcnow(),
                    "http_status": http_status,
                    "etag": clip(etag, 300),
                    "last_modified": clip(last_modified, 100),
                    "body_sha256": body_sha256,
                    "media_type": clip(media_type, 100),
                    "size": size,
                    "error": error,
                },
            ).scalar_one()
            self._count(conn, crawl_run_id, "pages_fetched")
            if error or (http_status is not None and http_status >= 400):
                self._count(conn, crawl_run_id, "fetch_errors")
        return int(fid)

    def last_fetch(self, url: str, *, successful: bool = True) -> FetchInfo | None:
        """The latest logged fetch of ``url`` (by default the latest 2xx/304 one), for setting
        ``If-None-Match``/``If-Modified-Since`` on the next visit."""
        stmt = select(
            FetchLog.url,
            FetchLog.fetched_at,
            FetchLog.http_status,
            FetchLog.etag,
            FetchLog.last_modified,
            FetchLog.body_sha256,
        ).where(FetchLog.url == url[:2000])
        if successful:
            stmt = stmt.where(FetchLog.http_status.between(200, 399), FetchLog.error.is_(None))
        with self.reading() as conn:
            row = conn.execute(stmt.order_by(FetchLog.fetched_at.desc(), FetchLog.id.desc()).limit(1)).first()
        return None if row is None else FetchInfo(*row)

    # -- reading ---------------------------------------------------------------------------------

    def raw_body(self, sha256: str) -> bytes:
        return self.raw.get(sha256)

    def max_change_id(self, conn: Connection | None = None) -> int:
        stmt = select(func.coalesce(func.max(ReportParse.change_id), 0).label("m"))
        if conn is not None:
            return int(conn.execute(stmt).scalar_one() or 0)
        with self.reading() as c:
            return int(c.execute(stmt).scalar_one() or 0)


def _parser_version(record: Mapping[str, Any]) -> str:
    version = record.get("version")
    if isinstance(version, Mapping) and version.get("parser_version"):
        return str(version["parser_version"])[:50]
    return "unknown"
