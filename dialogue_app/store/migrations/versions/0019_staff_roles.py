"""staff roles; PostgreSQL group roles, GRANTs, row-level security and audit triggers

Each user gets a role (admin, head, clerk, viewer; DESIGN §8) in place of the single "may see
denunciators" flag: a user who held it becomes head, everyone else clerk. On PostgreSQL the
database enforces the roles itself (``store/security.py``: group roles ``dialogue_*``, GRANTs,
row-level security on denunciators' identities, attachments and notes, audit triggers).

Revision ID: 0019
Revises: 0017
Create Date: 2026-12-03 09:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dialogue_app.store.security import drop_views, secure_postgres

revision: str = "0019"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("role", sa.String(length=32), nullable=False, server_default="clerk")
        )
    op.execute("UPDATE users SET role = 'head' WHERE can_view_denunciators")
    with op.batch_alter_table("users") as batch:
        batch.alter_column("role", server_default=None)
        batch.drop_column("can_view_denunciators")
    secure_postgres(op.get_bind())


def downgrade() -> None:
    drop_views(op.get_bind())  # made by ``secure_postgres``; it reads issued_documents
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column(
                "can_view_denunciators", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    op.execute("UPDATE users SET can_view_denunciators = (role = 'head')")
    with op.batch_alter_table("users") as batch:
        batch.alter_column("can_view_denunciators", server_default=None)
        batch.drop_column("role")
