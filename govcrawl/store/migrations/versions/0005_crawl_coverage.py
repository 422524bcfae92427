"""crawl coverage

Each crawl run keeps its coverage accounting (issue 12): per portal, the lists' declared totals
against what was harvested, the page budget, the years listed and found — as JSON text, and
``short_portals``, how many portals fell short.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("crawl_runs") as batch:
        batch.add_column(sa.Column("coverage", sa.Text(), nullable=True))
        batch.add_column(sa.Column("short_portals", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("crawl_runs") as batch:
        batch.drop_column("short_portals")
        batch.drop_column("coverage")
