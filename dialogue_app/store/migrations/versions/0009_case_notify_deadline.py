"""the denunciation's second deadline: notify the denunciator after accepting

A denunciation, once accepted, must be notified to the denunciator within 5 working days (Law on
Denunciations 25/2018/QH14, Art. 29) while its settlement deadline runs. A case gets that
deadline, its explanation and the day the notification was made. The deadlines of open cases are
computed after this revision by the application (they need the working-day calendar), see
``services/database.py``.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27 14:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE (no "batch" copy of the table: that would lose the SQLite trigger of 0004).


def upgrade() -> None:
    op.add_column("cases", sa.Column("notify_deadline", sa.Date(), nullable=True))
    op.add_column("cases", sa.Column("notify_deadline_explanation", sa.Text(), nullable=True))
    op.add_column("cases", sa.Column("notified_on", sa.Date(), nullable=True))
    op.create_index(op.f("ix_cases_notify_deadline"), "cases", ["notify_deadline"])


def downgrade() -> None:
    op.drop_index(op.f("ix_cases_notify_deadline"), table_name="cases")
    op.drop_column("cases", "notified_on")
    op.drop_column("cases", "notify_deadline_explanation")
    op.drop_column("cases", "notify_deadline")
