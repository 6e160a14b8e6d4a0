"""Migration 0028 on SQLite: the word table emptied, the updated file compacted before it is
swapped in (a third of a register's file was case words), the cases still found."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dialogue_app.services.cases import CaseFilter, CaseService
from dialogue_app.services.database import open_database
from dialogue_app.store.database import sqlite_url
from tests.clock import fixed_clock
from tests.store.test_crash_safe_upgrade import build_old_database

WORDS = 200_000


def _pages(path: Path) -> tuple[int, int]:
    connection = sqlite3.connect(path)
    try:
        free = connection.execute("PRAGMA freelist_count").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    finally:
        connection.close()
    return free, pages


def test_the_word_table_is_emptied_and_the_file_compacted(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    build_old_database(path, 50, revision="0027")
    connection = sqlite3.connect(path)
    with connection:  # the words an earlier release wrote beside the full-text table
        words = connection.execute("SELECT count(*) FROM case_search_terms").fetchone()[0]
        assert words > 0  # the registered case's, refilled by 0028's downgrade
        connection.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO case_search_terms (term, case_id, confidential) "
            "SELECT 'tu' || i, 1 + i % 50, 0 FROM n",
            (WORDS,),
        )
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = path.stat().st_size
    handle = open_database(sqlite_url(path))
    try:
        assert handle.migration is not None and handle.migration.before == "0027"
        with handle.engine.connect() as check:
            assert check.exec_driver_sql("SELECT count(*) FROM case_search_terms").scalar() == 0
        found = CaseService(handle.uow, "clerk", clock=fixed_clock()).list_page(
            CaseFilter(search="dang van duc")
        )
        assert [row.number for row in found.rows] == ["KN-1"]
    finally:
        handle.close()
    free, pages = _pages(path)
    assert free * 20 < pages  # compacted: hardly a free page left
    assert path.stat().st_size < before / 2
    # the copy kept from before the update is the old file, words and all
    assert handle.migration.backup is not None
    assert handle.migration.backup.stat().st_size == before
