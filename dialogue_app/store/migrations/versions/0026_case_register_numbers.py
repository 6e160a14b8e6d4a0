"""register numbers for cases that have none

Cases raised at a conference or imported without a number were shown as "#13" (issue 18). Each
gets the next number of the register of the year it was received, in order of receipt
(``domain/case_numbers.py``: ``27/ĐKN-2026``), after the highest number of that year already
written; the year's counter (``document_counters``, series ``case-register``) is left at the last
number given, so the application goes on from there. The numbers are indexed for search.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-03 12:40:00
"""

from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dialogue_app.domain.case_numbers import SERIES, register_number, sequence_in
from dialogue_app.domain.cases import CaseType
from dialogue_app.domain.text import fold
from dialogue_app.services.cases.search_index import words

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    missing = connection.execute(
        sa.text(
            "SELECT id, received_on, case_type, search_key FROM cases "
            "WHERE number IS NULL OR number = '' ORDER BY received_on, id"
        )
    ).all()
    if not missing:
        return
    written = {n for (n,) in connection.execute(sa.text("SELECT number FROM cases")) if n}
    last: dict[int, int] = defaultdict(int)
    for number in written:
        for year in {int(number[-4:])} if number[-4:].isdigit() else set():
            sequence = sequence_in(number, year)
            if sequence is not None:
                last[year] = max(last[year], sequence)
    counters = dict(
        connection.execute(
            sa.text("SELECT year, last FROM document_counters WHERE series = :s"), {"s": SERIES}
        ).all()
    )
    for year, value in counters.items():
        last[year] = max(last[year], value)
    updates, terms = [], []
    for case_id, received_on, case_type, key in missing:
        year = int(str(received_on)[:4])  # a date, or SQLite's ISO text
        while True:
            last[year] += 1
            number = register_number(last[year], CaseType(case_type), year)
            if number not in written:
                break
        written.add(number)
        updates.append({"b_id": case_id, "b_number": number, "b_key": fold(number + " " + (key or ""))})
        joined = "".join(words(number))
        for term in {*words(number), joined}:
            terms.append({"b_term": term, "b_case": case_id})
    connection.execute(
        sa.text("UPDATE cases SET number = :b_number, search_key = :b_key WHERE id = :b_id"),
        updates,
    )
    connection.execute(
        sa.text(
            "DELETE FROM case_search_terms WHERE term = :b_term AND case_id = :b_case"
        ),
        terms,
    )
    connection.execute(
        sa.text(
            "INSERT INTO case_search_terms (term, case_id, confidential) "
            "VALUES (:b_term, :b_case, :b_false)"
        ),
        [{**t, "b_false": False} for t in terms],
    )
    for year, value in last.items():
        connection.execute(
            sa.text("DELETE FROM document_counters WHERE series = :s AND year = :y"),
            {"s": SERIES, "y": year},
        )
        connection.execute(
            sa.text("INSERT INTO document_counters (series, year, last) VALUES (:s, :y, :l)"),
            {"s": SERIES, "y": year, "l": value},
        )
    for statement in _REBUILD_TEXT_INDEX.get(connection.dialect.name, []):
        connection.exec_driver_sql(statement)


# the full-text index refilled from the word table, as it was built at this revision (a frozen
# copy: from 0028 on, SQLite keeps its words in ``case_text`` alone)
_REBUILD_TEXT_INDEX = {
    "postgresql": [
        "DROP INDEX IF EXISTS case_text_words",
        "DELETE FROM case_text",
        "INSERT INTO case_text (case_id, words) SELECT case_id, "
        "string_agg(term || CASE WHEN confidential THEN ':1D' ELSE ':1A' END, ' ')::tsvector "
        "FROM case_search_terms GROUP BY case_id",
        "CREATE INDEX case_text_words ON case_text USING gin (words)",
    ],
    "sqlite": [
        "DELETE FROM case_text",
        "INSERT INTO case_text (rowid, public, confidential) SELECT case_id, "
        "coalesce(group_concat(CASE WHEN confidential THEN NULL ELSE term END, ' '), ''), "
        "coalesce(group_concat(CASE WHEN confidential THEN term END, ' '), '') "
        "FROM case_search_terms GROUP BY case_id",
    ],
}


def downgrade() -> None:
    # the numbers given stay: they are the register's, and may have been printed since
    pass
