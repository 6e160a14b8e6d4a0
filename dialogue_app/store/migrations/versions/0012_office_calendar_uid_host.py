"""the host of calendar UIDs, fixed once

Calendar entries of deadlines and reception days took the host of their UIDs from the current
organizer e-mail, so changing that e-mail changed every UID and subscribers' calendars showed
each entry twice. The office profile now keeps the host, set once and kept after; existing
profiles get the host their UIDs were made with so far (the domain of their e-mail, or
"dialogue-desk.invalid" without one), which keeps the UIDs already sent.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27 15:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("office_profile", sa.Column("calendar_uid_host", sa.String(253), nullable=True))
    profiles = sa.table(
        "office_profile",
        sa.column("id"),
        sa.column("organizer_email"),
        sa.column("calendar_uid_host"),
    )
    connection = op.get_bind()
    rows = connection.execute(sa.select(profiles.c.id, profiles.c.organizer_email)).all()
    for profile_id, email in rows:
        # the host the UIDs already written were made with
        if email and "@" in email:
            host = email.rsplit("@", 1)[1].strip().lower()
        else:
            host = "dialogue-desk.invalid"
        connection.execute(
            profiles.update().where(profiles.c.id == profile_id).values(calendar_uid_host=host)
        )


def downgrade() -> None:
    op.drop_column("office_profile", "calendar_uid_host")
