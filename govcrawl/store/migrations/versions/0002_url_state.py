"""url state

The crawler's memory of each URL: validators, body hashes and the revisit schedule (issue 5).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 10:58:39.727410
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table("url_state",
    sa.Column("key", sa.String(length=64), nullable=False),
    sa.Column("url", sa.Text(), nullable=False),
    sa.Column("method", sa.String(length=8), nullable=False),
    sa.Column("host", sa.String(length=255), nullable=False),
    sa.Column("kind", sa.String(length=12), nullable=False),
    sa.Column("site_id", sa.String(length=200), nullable=True),
    sa.Column("report_year", sa.Integer(), nullable=True),
    sa.Column("first_fetched", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_fetched", sa.DateTime(timezone=True), nullable=False),
    sa.Column("last_changed", sa.DateTime(timezone=True), nullable=True),
    sa.Column("last_status", sa.Integer(), nullable=True),
    sa.Column("result", sa.String(length=16), nullable=False),
    sa.Column("error", sa.Text(), nullable=True),
    sa.Column("etag", sa.String(length=300), nullable=True),
    sa.Column("last_modified", sa.String(length=100), nullable=True),
    sa.Column("body_sha256", sa.String(length=64), nullable=True),
    sa.Column("media_type", sa.String(length=100), nullable=True),
    sa.Column("stored_sha256", sa.String(length=64), nullable=True),
    sa.Column("consecutive_errors", sa.Integer(), nullable=False),
    sa.Column("interval_s", sa.Double(), nullable=True),
    sa.Column("next_due", sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("key", name=op.f("pk_url_state"))
    )
    with op.batch_alter_table("url_state", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_url_state_host"), ["host"], unique=False)
        batch_op.create_index(batch_op.f("ix_url_state_next_due"), ["next_due"], unique=False)
        batch_op.create_index(batch_op.f("ix_url_state_site_id"), ["site_id"], unique=False)



def downgrade() -> None:
    with op.batch_alter_table("url_state", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_url_state_site_id"))
        batch_op.drop_index(batch_op.f("ix_url_state_next_due"))
        batch_op.drop_index(batch_op.f("ix_url_state_host"))

    op.drop_table("url_state")
