"""full-text index of case words (SQLite FTS5)

Search as you type matches every typed word as the prefix of a word of the case. The word table
(``case_search_terms``) answers that fast when one typed word is rare, but a phrase of only common
words ("tranh chap dat") made it walk a large share of a million cases. On SQLite an FTS5 table
``case_text`` holds the same folded words per case (rowid = case id), public and confidential
words in separate columns, with prefix indexes for 1–3 characters: FTS5 intersects the words'
lists in C. PostgreSQL keeps using the word table.

The table lives outside the SQLAlchemy metadata (``env.py`` hides it from autogenerate). A
trigger drops a deleted case's row. (A later SQLite "batch" migration that recreates ``cases``
must recreate that trigger.)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 12:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGER = (
    "CREATE TRIGGER case_text_after_case_delete AFTER DELETE ON cases "
    "BEGIN DELETE FROM case_text WHERE rowid = old.id; END"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE case_text USING fts5("
        "public, confidential, prefix='1 2 3', detail=column, tokenize='unicode61')"
    )
    op.execute(TRIGGER)
    # the words already indexed, as they are today (a migration must not depend on later code)
    op.execute(
        "INSERT INTO case_text (rowid, public, confidential) "
        "SELECT case_id, coalesce(group_concat(CASE WHEN confidential THEN NULL ELSE term END, ' '), ''), "
        "coalesce(group_concat(CASE WHEN confidential THEN term END, ' '), '') "
        "FROM case_search_terms GROUP BY case_id"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER IF EXISTS case_text_after_case_delete")
    op.execute("DROP TABLE IF EXISTS case_text")
