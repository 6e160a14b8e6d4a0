"""calendar publications: which selections own each published object; invitations being sent

``published_objects.owners`` lists the selections (the office schedule, one leader's calendar)
that published each object to its collection, one a line, so that two selections published to
the same collection delete only their own events. Objects published before this revision were
published by the office schedule (the window's only choice then).

``sent_invitations.status`` is ``sending`` from just before a message is handed to the mail
server until the server accepted it, then ``sent``: a message the server accepted whose record
could not be completed stays listed (as "sending, not confirmed"), never unlisted.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-03 12:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("published_objects") as batch:
        batch.add_column(
            sa.Column("owners", sa.Text(), nullable=False, server_default="schedule")
        )
    with op.batch_alter_table("sent_invitations") as batch:
        batch.add_column(
            sa.Column("status", sa.String(length=16), nullable=False, server_default="sent")
        )


def downgrade() -> None:
    with op.batch_alter_table("sent_invitations") as batch:
        batch.drop_column("status")
    with op.batch_alter_table("published_objects") as batch:
        batch.drop_column("owners")
