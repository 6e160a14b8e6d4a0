"""change notifications: a trigger on every shared table sends NOTIFY on PostgreSQL

Other clients of an office database hear what was changed and refresh (DESIGN §8;
``store/notify.py``). Nothing on SQLite.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-03 13:30:00
"""

from collections.abc import Sequence

from alembic import op

from dialogue_app.store.notify import attach_change_notifications, detach_change_notifications

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    attach_change_notifications(op.get_bind())


def downgrade() -> None:
    detach_change_notifications(op.get_bind())
