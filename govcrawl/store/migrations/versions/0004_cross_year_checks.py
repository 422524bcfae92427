"""cross-year checks

Identities between an agency's reports of consecutive years (issue 15 item 2), filled in for the
reports already stored.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 16:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table("cross_year_checks",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("agency_id", sa.Integer(), nullable=False),
    sa.Column("year", sa.Integer(), nullable=False),
    sa.Column("check_id", sa.String(length=20), nullable=False),
    sa.Column("scope", sa.String(length=100), nullable=False),
    sa.Column("status", sa.String(length=16), nullable=False),
    sa.Column("lhs", sa.Numeric(asdecimal=False), nullable=True),
    sa.Column("rhs", sa.Numeric(asdecimal=False), nullable=True),
    sa.Column("prev_parse_id", sa.Integer(), nullable=False),
    sa.Column("parse_id", sa.Integer(), nullable=False),
    sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status IN ('pass', 'fail', 'not_assessable')", name=op.f("ck_cross_year_checks_status")),
    sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"], name=op.f("fk_cross_year_checks_agency_id_agencies")),
    sa.ForeignKeyConstraint(["parse_id"], ["report_parses.id"],
                            name=op.f("fk_cross_year_checks_parse_id_report_parses")),
    sa.ForeignKeyConstraint(["prev_parse_id"], ["report_parses.id"],
                            name=op.f("fk_cross_year_checks_prev_parse_id_report_parses")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_cross_year_checks")),
    sa.UniqueConstraint("agency_id", "year", "check_id", "scope",
                        name=op.f("uq_cross_year_checks_agency_id_year_check_id_scope"))
    )
    with op.batch_alter_table("cross_year_checks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cross_year_checks_agency_id"), ["agency_id"], unique=False)

    # Reports stored before this revision get their findings now (later saves keep them current).
    from govcrawl.store.crossyear import refresh

    refresh(op.get_bind(), None)


def downgrade() -> None:
    with op.batch_alter_table("cross_year_checks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cross_year_checks_agency_id"))

    op.drop_table("cross_year_checks")
