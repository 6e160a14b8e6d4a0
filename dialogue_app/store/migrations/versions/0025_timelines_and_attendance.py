"""a conference's timeline, undo of a timeline entry, attendance (issue 18)

``conference_events``: a conference's edits, status changes and reopenings (with the reason);
``case_events.undo_state``/``version_after`` and the same on ``conference_events``: what a step
changed, as it was before, so that the last change of a record can be undone while nobody has
changed it since; ``conference_participants.attended``: who came (ticked at the door or after).

Revision ID: 0025
Revises: 0023
Create Date: 2026-12-03 12:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "conference_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conference_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_name", sa.String(length=100), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("from_status", sa.String(length=32), nullable=True),
        sa.Column("to_status", sa.String(length=32), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("undo_state", sa.Text(), nullable=True),
        sa.Column("version_after", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["conference_id"],
            ["conferences.id"],
            name=op.f("fk_conference_events_conference_id_conferences"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conference_events")),
    )
    with op.batch_alter_table("conference_events") as batch:
        batch.create_index(batch.f("ix_conference_events_conference_id"), ["conference_id"])
    with op.batch_alter_table("case_events") as batch:
        batch.add_column(sa.Column("undo_state", sa.Text(), nullable=True))
        batch.add_column(sa.Column("version_after", sa.Integer(), nullable=True))
    with op.batch_alter_table("conference_participants") as batch:
        batch.add_column(
            sa.Column("attended", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("conference_participants") as batch:
        batch.drop_column("attended")
    with op.batch_alter_table("case_events") as batch:
        batch.drop_column("version_after")
        batch.drop_column("undo_state")
    with op.batch_alter_table("conference_events") as batch:
        batch.drop_index(batch.f("ix_conference_events_conference_id"))
    op.drop_table("conference_events")
