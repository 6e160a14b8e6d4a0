"""In SQLite mode the OS account is the one user: the database, its WAL and the log file are
readable by that account alone (DESIGN.md §8)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from dialogue_app.config import AppPaths
from dialogue_app.logs import file_handler
from dialogue_app.services.database import open_database
from dialogue_app.store.database import sqlite_url

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_and_its_wal_are_private(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        path = tmp_path / "desk" / "dialogue.sqlite"
        handle = open_database(sqlite_url(path))
        with handle.engine.begin() as connection:
            connection.execute(text("CREATE TABLE t (x INTEGER)"))
            assert mode(path.with_name(path.name + "-wal")) == 0o600
        handle.close()
        assert mode(path) == 0o600 and mode(path.parent) == 0o700
    finally:
        os.umask(previous)


def test_an_existing_readable_database_is_narrowed(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    open_database(sqlite_url(path)).close()
    path.chmod(0o644)
    open_database(sqlite_url(path)).close()
    assert mode(path) == 0o600


def test_the_log_file_is_private(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        paths = AppPaths(tmp_path / "data", tmp_path / "logs", tmp_path / "cache")
        handler = file_handler(paths)
        assert handler is not None
        handler.close()
        assert mode(paths.log_file) == 0o600 and mode(paths.log_dir) == 0o700
    finally:
        os.umask(previous)
