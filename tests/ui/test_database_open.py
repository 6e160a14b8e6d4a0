"""Opening the database at start: an upgrade runs off the UI thread and says it is working."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from dialogue_app.services.database import open_database
from dialogue_app.store import database as store_db
from dialogue_app.store.database import DatabaseError, sqlite_url
from dialogue_app.ui.database_open import open_database_showing_progress


def test_an_upgrade_shows_a_busy_window_and_the_database_opens(
    qapp: QApplication, tmp_path: Path
) -> None:
    from alembic import command

    path = tmp_path / "office.sqlite"
    handle = open_database(sqlite_url(path))
    command.downgrade(store_db._alembic_config(handle.engine), "0001")
    handle.close()

    seen: list[str] = []

    def look() -> None:
        seen.extend(
            w.labelText() for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )  # fmt: skip
        if not seen:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    opened = open_database_showing_progress(sqlite_url(path), show_after=0)
    try:
        assert opened.migration is not None and opened.migration.before == "0001"
        assert opened.migration.backup is not None and opened.migration.backup.exists()
        assert seen and "Updating the database" in seen[0]
        assert not any(
            isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
        assert opened.is_empty()  # the connection opened by the worker serves the window
    finally:
        opened.close()


def test_a_file_that_is_not_a_database_is_refused_as_before(
    qapp: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database", encoding="utf-8")
    with pytest.raises(DatabaseError, match="not a Dialogue Desk database|not a database"):
        open_database_showing_progress(sqlite_url(path))
    assert path.read_text(encoding="utf-8") == "not a database"


def test_an_in_memory_database_opens_on_the_window_thread(qapp: QApplication) -> None:
    opened = open_database_showing_progress("sqlite://", show_after=0)
    try:
        assert opened.is_empty()  # the schema is in the connection the window uses
    finally:
        opened.close()
