"""What every command shares: the database it works on, opened on first use."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from dialogue_app.config import AppPaths, database_url

if TYPE_CHECKING:
    from dialogue_app.services.clock import Clock
    from dialogue_app.services.database import DatabaseHandle


class CommandError(Exception):
    """A mistake in what was asked, explained for the person at the terminal."""


class CommandContext:
    def __init__(self, database: str | None) -> None:
        self.paths = AppPaths.default()
        self.url = database_url(database, self.paths)
        self._handle: DatabaseHandle | None = None
        self._clock: Clock | None = None

    @property
    def clock(self) -> Clock:
        """The computer's clock, or the day ``DIALOGUE_APP_CLOCK`` names (services/clock.py)."""
        if self._clock is None:
            from dialogue_app.services.clock import clock_from_environment

            try:
                self._clock = clock_from_environment()
            except ValueError as error:
                raise CommandError(str(error)) from error
        return self._clock

    def database(self) -> DatabaseHandle:
        """The open, migrated database."""
        if self._handle is None:
            from dialogue_app.services.database import open_database

            self._handle = open_database(self.url)
        return self._handle

    def user_name(self) -> str | None:
        """Who is working, as timelines, issued documents and the audit log name them: on
        PostgreSQL the database's own user (the login the address signs in with), never an
        environment variable anyone can set; on SQLite the computer account, the desk's one
        user (``config.login_name``)."""
        from sqlalchemy.engine import make_url

        if make_url(self.url).get_backend_name() != "postgresql":  # not opened for this
            from dialogue_app.config import login_name

            return login_name()
        with self.database().engine.connect() as connection:
            user: str | None = connection.exec_driver_sql("SELECT current_user").scalar()
        return user

    def audit(self, action: str, detail: str | None = None) -> None:
        """Write a command's action on the whole database to the audit log (who, when, what)."""
        from dialogue_app.services.accounts import record_action

        record_action(self.database().engine, self.user_name(), action, detail)

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


@contextmanager
def logging_to_file(paths: AppPaths) -> Iterator[Path | None]:
    """While a command runs, log to the same file as the window (yields its path), and never
    to the terminal: with no writable log folder, nothing is logged."""
    from dialogue_app.logs import file_handler, log_file_of

    root = logging.getLogger()
    handler = file_handler(paths) or logging.NullHandler()  # not Python's last-resort stderr
    root.addHandler(handler)
    try:
        yield log_file_of(handler)
    finally:
        root.removeHandler(handler)
        handler.close()


def parse_date(text: str) -> date:
    """argparse type for ISO dates such as 2026-03-15."""
    import argparse

    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-15"
        ) from error
