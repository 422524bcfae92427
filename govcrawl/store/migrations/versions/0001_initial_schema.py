"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 08:29:54.533945

All tables of the store; seeds the ``change`` counter behind the export cursor.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agencies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=True),
        sa.Column("region", sa.String(length=300), nullable=True),
        sa.Column("region_code", sa.String(length=12), nullable=True),
        sa.Column("portal", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agencies")),
        sa.UniqueConstraint("key", name=op.f("uq_agencies_key")),
    )
    with op.batch_alter_table("agencies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agencies_region_code"), ["region_code"], unique=False)

    op.create_table(
        "counters",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counters")),
    )
    counters = sa.table("counters", sa.column("name", sa.String), sa.column("value", sa.BigInteger))
    op.bulk_insert(counters, [{"name": "change", "value": 0}])
    op.create_table(
        "crawl_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("pages_fetched", sa.Integer(), nullable=False),
        sa.Column("fetch_errors", sa.Integer(), nullable=False),
        sa.Column("records_new", sa.Integer(), nullable=False),
        sa.Column("records_changed", sa.Integer(), nullable=False),
        sa.Column("records_unchanged", sa.Integer(), nullable=False),
        sa.Column("records_reparsed", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crawl_runs")),
    )
    op.create_table(
        "raw_bodies",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=True),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_raw_bodies")),
    )
    op.create_table(
        "fetch_log",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("crawl_run_id", sa.Integer(), nullable=True),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("etag", sa.String(length=300), nullable=True),
        sa.Column("last_modified", sa.String(length=100), nullable=True),
        sa.Column("body_sha256", sa.String(length=64), nullable=True),
        sa.Column("media_type", sa.String(length=100), nullable=True),
        sa.Column("size", sa.BigInteger(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["crawl_run_id"], ["crawl_runs.id"], name=op.f("fk_fetch_log_crawl_run_id_crawl_runs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fetch_log")),
    )
    with op.batch_alter_table("fetch_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fetch_log_crawl_run_id"), ["crawl_run_id"], unique=False)
        batch_op.create_index("ix_fetch_log_url_fetched_at", ["url", "fetched_at"], unique=False)

    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("current_version_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"], name=op.f("fk_reports_agency_id_agencies")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
        sa.UniqueConstraint("key", name=op.f("uq_reports_key")),
    )
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.create_index("ix_reports_agency_id_year", ["agency_id", "year"], unique=False)
        batch_op.create_index(batch_op.f("ix_reports_year"), ["year"], unique=False)

    op.create_table(
        "report_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("valid_from", sa.DateTime(timezone=True), nullable=False),
        sa.Column("valid_to", sa.DateTime(timezone=True), nullable=True),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source_url", sa.Text(), nullable=True),
        sa.Column("media_type", sa.String(length=100), nullable=True),
        sa.Column("raw_sha256", sa.String(length=64), nullable=True),
        sa.Column("parser_version", sa.String(length=50), nullable=True),
        sa.Column("template_version", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published_date", sa.String(length=10), nullable=True),
        sa.Column("crawl_run_id", sa.Integer(), nullable=True),
        sa.Column("current_parse_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["crawl_run_id"], ["crawl_runs.id"], name=op.f("fk_report_versions_crawl_run_id_crawl_runs")
        ),
        sa.ForeignKeyConstraint(
            ["raw_sha256"], ["raw_bodies.sha256"], name=op.f("fk_report_versions_raw_sha256_raw_bodies")
        ),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name=op.f("fk_report_versions_report_id_reports")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_versions")),
        sa.UniqueConstraint("report_id", "number", name=op.f("uq_report_versions_report_id_number")),
    )
    with op.batch_alter_table("report_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_versions_crawl_run_id"), ["crawl_run_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_report_versions_raw_sha256"), ["raw_sha256"], unique=False)

    op.create_table(
        "report_parses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("parser_version", sa.String(length=50), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("parsed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("template_version", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("check_status", sa.String(length=20), nullable=False),
        sa.Column("spam_flagged", sa.Boolean(), nullable=False),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("change_id", sa.BigInteger(), nullable=True),
        sa.CheckConstraint("kind IN ('crawl', 'reparse')", name=op.f("ck_report_parses_kind")),
        sa.ForeignKeyConstraint(
            ["version_id"], ["report_versions.id"], name=op.f("fk_report_parses_version_id_report_versions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_parses")),
        sa.UniqueConstraint("change_id", name=op.f("uq_report_parses_change_id")),
        sa.UniqueConstraint("version_id", "number", name=op.f("uq_report_parses_version_id_number")),
    )
    with op.batch_alter_table("report_parses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_parses_check_status"), ["check_status"], unique=False)
        batch_op.create_index(batch_op.f("ix_report_parses_template_version"), ["template_version"], unique=False)

    op.create_table(
        "cells",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("parse_id", sa.Integer(), nullable=False),
        sa.Column("table_key", sa.String(length=8), nullable=False),
        sa.Column("block_key", sa.String(length=20), nullable=False),
        sa.Column("row_key", sa.String(length=60), nullable=False),
        sa.Column("col_key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Numeric(asdecimal=False), nullable=True),
        sa.Column("raw", sa.Text(), nullable=True),
        sa.Column("flags", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["parse_id"], ["report_parses.id"], name=op.f("fk_cells_parse_id_report_parses")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cells")),
    )
    with op.batch_alter_table("cells", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cells_parse_id"), ["parse_id"], unique=False)
        batch_op.create_index("ix_cells_table_key_row_key_col_key", ["table_key", "row_key", "col_key"], unique=False)

    op.create_table(
        "check_results",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("parse_id", sa.Integer(), nullable=False),
        sa.Column("check_id", sa.String(length=20), nullable=False),
        sa.Column("scope", sa.String(length=100), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("lhs", sa.Numeric(asdecimal=False), nullable=True),
        sa.Column("rhs", sa.Numeric(asdecimal=False), nullable=True),
        sa.CheckConstraint("status IN ('pass', 'fail', 'not_assessable')", name=op.f("ck_check_results_status")),
        sa.ForeignKeyConstraint(
            ["parse_id"], ["report_parses.id"], name=op.f("fk_check_results_parse_id_report_parses")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_results")),
    )
    with op.batch_alter_table("check_results", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_check_results_parse_id"), ["parse_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("check_results", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_check_results_parse_id"))

    op.drop_table("check_results")
    with op.batch_alter_table("cells", schema=None) as batch_op:
        batch_op.drop_index("ix_cells_table_key_row_key_col_key")
        batch_op.drop_index(batch_op.f("ix_cells_parse_id"))

    op.drop_table("cells")
    with op.batch_alter_table("report_parses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_parses_template_version"))
        batch_op.drop_index(batch_op.f("ix_report_parses_check_status"))

    op.drop_table("report_parses")
    with op.batch_alter_table("report_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_versions_raw_sha256"))
        batch_op.drop_index(batch_op.f("ix_report_versions_crawl_run_id"))

    op.drop_table("report_versions")
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reports_year"))
        batch_op.drop_index("ix_reports_agency_id_year")

    op.drop_table("reports")
    with op.batch_alter_table("fetch_log", schema=None) as batch_op:
        batch_op.drop_index("ix_fetch_log_url_fetched_at")
        batch_op.drop_index(batch_op.f("ix_fetch_log_crawl_run_id"))

    op.drop_table("fetch_log")
    op.drop_table("raw_bodies")
    op.drop_table("crawl_runs")
    op.drop_table("counters")
    with op.batch_alter_table("agencies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agencies_region_code"))

    op.drop_table("agencies")
