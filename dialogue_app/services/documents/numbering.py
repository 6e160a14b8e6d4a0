"""The next number of a series for a year, taken inside the issuing transaction.

One statement: an upsert that creates the counter at 1 or increments it, returning the new
value. On PostgreSQL the updated row stays locked until the transaction ends, so a second issuer
waits and then gets the next number; if the first rolls back (its file could not be written),
the number is free again and the second gets it. SQLite takes its write lock on the statement.
Issued documents are never deleted, so a number once committed is never given again
(``issued_documents`` also holds a unique key on series, year and sequence).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from dialogue_app.store.models import DocumentCounter
from dialogue_app.store.upsert import upsert_into


def next_sequence(session: Session, series: str, year: int) -> int:
    """Increment the counter of ``series`` in ``year`` and return the new number (1, 2, …)."""
    columns = (DocumentCounter.series, DocumentCounter.year)
    increment = {"last": DocumentCounter.last + 1}
    upsert = upsert_into(session, DocumentCounter).values(series=series, year=year, last=1)
    statement = upsert.on_conflict_do_update(index_elements=columns, set_=increment)
    value = session.execute(statement.returning(DocumentCounter.last)).scalar_one()
    return int(value)


def peek_sequence(session: Session, series: str, year: int) -> int:
    """The last number given in ``series`` and ``year`` (0: none yet)."""
    counter = session.get(DocumentCounter, (series, year))
    return counter.last if counter is not None else 0


__all__ = ["next_sequence", "peek_sequence"]
