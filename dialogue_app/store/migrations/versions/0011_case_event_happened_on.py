"""the day a timeline entry happened

A status change or a follow-up is often recorded days after it happened (the reply was sent
last week; the case was accepted on the 12th). The timeline keeps when it was recorded (``at``)
and now also the day it happened (``happened_on``; null for entries recorded before, whose day
is the day they were recorded).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27 14:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("case_events", sa.Column("happened_on", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column("case_events", "happened_on")
