"""the office's backup policy for a shared database (issue 20)

One row: the folder of the office's ``pg_dump`` files and the age beyond which everyone sees a
warning, so that every member of a shared-database office sees the same state.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 09:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "backup_policy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dump_folder", sa.String(length=1000), nullable=True),
        sa.Column("max_age_days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backup_policy")),
    )


def downgrade() -> None:
    op.drop_table("backup_policy")
