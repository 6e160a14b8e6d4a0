"""calendars and mail both ways: server settings, sent invitations, published objects, subscriptions

The office's SMTP and CalDAV servers (passwords stay in the operating system's password store),
the log of invitations sent or saved (who was sent what, when, with which SEQUENCE), the objects
published to a CalDAV collection (href, ETag, SEQUENCE, digest) and leaders' calendars read
live as busy times.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 09:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "calendar_link_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("smtp_host", sa.String(length=253), nullable=True),
        sa.Column("smtp_port", sa.Integer(), nullable=False),
        sa.Column("smtp_security", sa.String(length=16), nullable=False),
        sa.Column("smtp_user", sa.String(length=254), nullable=True),
        sa.Column("caldav_url", sa.String(length=2000), nullable=True),
        sa.Column("caldav_user", sa.String(length=254), nullable=True),
        sa.Column("published_file", sa.String(length=1000), nullable=True),
        sa.Column("timeout_seconds", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_link_settings")),
    )
    op.create_table(
        "sent_invitations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conference_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("destination", sa.String(length=1000), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_name", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["conference_id"],
            ["conferences.id"],
            name=op.f("fk_sent_invitations_conference_id_conferences"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sent_invitations")),
    )
    with op.batch_alter_table("sent_invitations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sent_invitations_conference_id"), ["conference_id"], unique=False
        )
    op.create_table(
        "published_objects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("collection_url", sa.String(length=1000), nullable=False),
        sa.Column("uid", sa.String(length=500), nullable=False),
        sa.Column("href", sa.String(length=2000), nullable=False),
        sa.Column("etag", sa.String(length=500), nullable=True),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_objects")),
        sa.UniqueConstraint(
            "collection_url", "uid", name=op.f("uq_published_objects_collection_url_uid")
        ),
    )
    op.create_table(
        "calendar_subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("official_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("user", sa.String(length=254), nullable=True),
        sa.Column("refresh_minutes", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_success_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["official_id"],
            ["officials.id"],
            name=op.f("fk_calendar_subscriptions_official_id_officials"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_subscriptions")),
    )
    with op.batch_alter_table("calendar_subscriptions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_calendar_subscriptions_official_id"), ["official_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("calendar_subscriptions")
    op.drop_table("published_objects")
    op.drop_table("sent_invitations")
    op.drop_table("calendar_link_settings")
