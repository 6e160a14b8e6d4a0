"""work an upgrade leaves for the application

Revisions 0008 (the statutory rules cite their laws in Vietnamese) and 0009 (an accepted
denunciation's deadline for notifying the denunciator) change what the deadlines of open cases
should be, but computing them needs the deadline rules and the working-day calendar, which only
the application applies. This revision records that task; the application does it when it next
opens the database and deletes the row in the same transaction (``services/database.py``), so
a failure is retried, never forgotten.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-27 15:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RECOMPUTE = "recompute_open_deadlines"


def upgrade() -> None:
    tasks = op.create_table(
        "pending_tasks",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_pending_tasks")),
    )
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT 1 FROM cases LIMIT 1")).first() is not None:
        # the day of the upgrade is the application's to say (its clock), when it does the task
        op.bulk_insert(tasks, [{"name": RECOMPUTE, "since": None}])


def downgrade() -> None:
    op.drop_table("pending_tasks")
