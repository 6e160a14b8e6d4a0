"""One unit of work per user action: a short-lived Session that commits or rolls back whole."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection
from sqlalchemy.orm import Session, sessionmaker


class UnitOfWork:
    """Hands out sessions; ``with uow.begin() as session`` commits on success, rolls back on error.

    Repositories and services below it never commit themselves. A Session is not thread-safe: a
    background worker uses its own ``begin()``.
    """

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
        self._closed = False

    def close(self) -> None:
        """Refuse further work: the database is being closed."""
        self._closed = True

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("the database was closed; this work came too late")

    @contextmanager
    def begin(self) -> Iterator[Session]:
        self._check_open()
        with self._factory() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries only; anything written is rolled back."""
        self._check_open()
        with self._factory() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A connection for queries only, without a Session: for a read of a few compiled
        statements where the Session's own bookkeeping would cost more than the work (the
        statutory forms). Rolled back at the end."""
        self._check_open()
        with self._factory.kw["bind"].connect() as connection:
            try:
                yield connection
            finally:
                connection.rollback()
