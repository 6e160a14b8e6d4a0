"""conference search key: folded title and topic, for search that ignores diacritics

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 13:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from dialogue_app.domain.text import fold

    def conference_search_key(title: str | None, topic: str | None) -> str:
        return fold(" ".join(part for part in (title, topic) if part))

    with op.batch_alter_table("conferences", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_key", sa.Text(), server_default="", nullable=False))
    conferences = sa.table(
        "conferences",
        sa.column("id", sa.Integer),
        sa.column("title", sa.Text),
        sa.column("topic", sa.Text),
        sa.column("search_key", sa.Text),
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(conferences.c.id, conferences.c.title, conferences.c.topic))
    updates = [{"row_id": r.id, "key": conference_search_key(r.title, r.topic)} for r in rows]
    if updates:
        bind.execute(
            conferences.update()
            .where(conferences.c.id == sa.bindparam("row_id"))
            .values(search_key=sa.bindparam("key")),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table("conferences", schema=None) as batch_op:
        batch_op.drop_column("search_key")
