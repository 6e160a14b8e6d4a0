"""full-text index of case words on PostgreSQL (tsvector + GIN)

The SQLite FTS5 table of 0004 made search as you type meet its target; PostgreSQL still answered
phrases of only common words ("tranh chap dat") from the word table ``case_search_terms``, walking
a large share of a million cases. Here PostgreSQL gets its own ``case_text``: one row per case
with the same folded words as a ``tsvector``, public words with weight A and confidential words
(a denunciator's name and ID number) with weight D, under a GIN index. A search that must not see
confidential words asks for weight A only (``'nguy':*A``), so a denunciator's name never finds a
case; lexemes always carry a position, because PostgreSQL lets a position-less lexeme satisfy
any weight. Built in, no extension needed.

The table lives outside the SQLAlchemy metadata (``env.py`` hides ``case_text*`` from
autogenerate); the foreign key drops a deleted case's row. SQLite: nothing to do.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 13:15:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TABLE case_text ("
        "case_id integer PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE, "
        "words tsvector NOT NULL)"
    )
    # the words already indexed, as they are today (a migration must not depend on later code);
    # words are [a-z0-9]+, so they need no quoting in a tsvector (driver SQL: ":1A" is no
    # bind parameter)
    op.get_bind().exec_driver_sql(
        "INSERT INTO case_text (case_id, words) SELECT case_id, "
        "string_agg(term || CASE WHEN confidential THEN ':1D' ELSE ':1A' END, ' ')::tsvector "
        "FROM case_search_terms GROUP BY case_id"
    )
    op.execute("CREATE INDEX case_text_words ON case_text USING gin (words)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE IF EXISTS case_text")
