"""SQLite keeps the words of cases in the full-text index alone

Every word of a case was written twice on SQLite: a row of the word table ``case_search_terms``
(with its primary key and its index on ``case_id``) and the case's row of the FTS5 table
``case_text`` (0004). Since 0004 every search on SQLite is answered by ``case_text``; the word
table only served searches of very common words, which now read the case's row of ``case_text``
instead (``services/cases/search_index.py``). The word table was most of an import's time and
a third of the database (40 MB of 137 for 35,000 cases): it is emptied here, and the application
no longer writes it on SQLite. PostgreSQL keeps both (its plans count words in the word table).

Downgrade refills the word table from ``case_text``, through FTS5's own view of its words
(``fts5vocab``, one row per word, case and column; a word also in the public column is public).

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-03 21:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    # a case whose words never reached the full-text table (none known): given its row from the
    # word table first, so emptying it loses no word
    op.execute(
        "INSERT INTO case_text (rowid, public, confidential) SELECT case_id, "
        "coalesce(group_concat(CASE WHEN confidential THEN NULL ELSE term END, ' '), ''), "
        "coalesce(group_concat(CASE WHEN confidential THEN term END, ' '), '') "
        "FROM case_search_terms WHERE case_id NOT IN (SELECT rowid FROM case_text) "
        "GROUP BY case_id"
    )
    op.execute("DELETE FROM case_search_terms")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DELETE FROM case_search_terms")  # empty since the upgrade; run again safely
    op.execute("CREATE VIRTUAL TABLE temp.case_words USING fts5vocab(main, case_text, instance)")
    op.execute(
        "INSERT INTO case_search_terms (term, case_id, confidential) "
        "SELECT term, doc, min(col = 'confidential') FROM temp.case_words "
        "WHERE doc IN (SELECT id FROM cases) GROUP BY doc, term"
    )
    op.execute("DROP TABLE temp.case_words")
