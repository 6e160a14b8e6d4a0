"""a version on every record two staff can edit (issue 15)

Reception-duty marks, deadline rules, reception schedules, citizens and the office's settings get
the optimistic version cases and conferences already carry: a save over a version somebody else
has moved on is refused, and the window shows both and lets the person choose
(``ui/common/conflict_dialog.py``). Rows written by raw SQL (imports, the demo) start at 1.

Revision ID: 0022
Revises: 0019
Create Date: 2026-12-03 12:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dialogue_app.store.security import drop_views

revision: str = "0022"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("reception_duties", "deadline_rules", "reception_schedules", "citizens", "office_profile")


def upgrade() -> None:
    # a plain ADD COLUMN on both engines (SQLite adds a NOT NULL column with a constant default
    # in place; a batch copy would drop ``citizens``, which other tables' foreign keys refer to)
    for table in TABLES:
        op.add_column(
            table, sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))
        )


def downgrade() -> None:
    # the register's view (``store/security.py``) reads a table older revisions drop
    drop_views(op.get_bind())
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")  # SQLite 3.35+ and PostgreSQL
