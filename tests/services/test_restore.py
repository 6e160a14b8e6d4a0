"""Restoring a backup checks a copy of it (integrity, application id, schema) before anything is
replaced; a refused, failed or full-disk restore leaves the database as it was and no file
behind."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from dialogue_app.services import backups as backup
from dialogue_app.services.database import open_database
from dialogue_app.services.errors import ServiceError
from dialogue_app.store import database as store_db
from dialogue_app.store.database import DatabaseError, sqlite_url


def _fill(path: Path, fields: int, prefix: str = "Lĩnh vực") -> None:
    handle = open_database(sqlite_url(path))
    with handle.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO case_fields (name, search_key) VALUES (:name, :key)"),
            [{"name": f"{prefix} {i}", "key": f"{prefix.lower()} {i}"} for i in range(fields)],
        )
    handle.close()


def _fields(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        count = connection.execute("SELECT count(*) FROM case_fields").fetchone()[0]
    connection.close()
    return int(count)


def _state(folder: Path) -> dict[str, str]:
    """Every file of the folder and a digest of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """The current database, closed, with 3 case fields."""
    path = tmp_path / "data" / "office.sqlite"
    _fill(path, 3)
    return path


@pytest.fixture
def good_backup(tmp_path: Path) -> Path:
    """A backup of another day: 6,000 case fields (larger than the small disk below)."""
    source = tmp_path / "elsewhere" / "office.sqlite"
    _fill(source, 6000)
    return backup.backup(sqlite_url(source), tmp_path / "backups" / "office-2026-03-01.sqlite")


def _refused(office: Path, bad: Path, match: str) -> None:
    before = _state(office.parent)
    with pytest.raises((ServiceError, DatabaseError), match=match) as raised:
        backup.restore(sqlite_url(office), bad)
    assert "Nothing was changed" in str(raised.value)
    assert _state(office.parent) == before  # untouched, and nothing left beside it


def test_restore_replaces_the_database_and_keeps_the_old_one(
    office: Path, good_backup: Path
) -> None:
    result = backup.restore(sqlite_url(office), good_backup)
    assert _fields(office) == 6000
    assert result.previous_copy is not None and _fields(result.previous_copy) == 3
    assert sorted(p.name for p in office.parent.iterdir()) == sorted(
        [office.name, result.previous_copy.name]
    )
    handle = open_database(sqlite_url(office))  # opens as usual
    handle.close()
    assert list(good_backup.parent.iterdir()) == [good_backup]  # nothing written beside it


def test_restore_reads_a_backup_in_wal_mode_without_writing_beside_it(
    office: Path, tmp_path: Path
) -> None:
    """A database file copied by hand (in WAL mode, no -wal beside it) restores as well, and
    no -wal or -shm appears beside it (a USB stick stays as it was)."""
    source = tmp_path / "elsewhere" / "office.sqlite"
    _fill(source, 7)
    stick = tmp_path / "usb"
    stick.mkdir()
    copied = Path(shutil.copy(source, stick / "office-copy.sqlite"))
    assert copied.read_bytes()[18:20] == b"\x02\x02"  # WAL mode
    before = _state(stick)
    backup.restore(sqlite_url(office), copied)
    assert _fields(office) == 7
    assert _state(stick) == before


def test_restore_refuses_a_damaged_backup(office: Path, good_backup: Path) -> None:
    with sqlite3.connect(good_backup) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'case_fields'"
        ).fetchone()[0]
    connection.close()
    with good_backup.open("r+b") as handle:  # the table's root page overwritten
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\x07\xff" * 600)
    _refused(office, good_backup, "the file is damaged")


def test_restore_refuses_a_file_that_is_no_database(office: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("Biên bản họp ngày 2/3/2026", encoding="utf-8")
    _refused(office, notes, "not a Dialogue Desk database")


def test_restore_refuses_the_database_of_another_program(
    office: Path, good_backup: Path, tmp_path: Path
) -> None:
    other = tmp_path / "accounts.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("PRAGMA application_id = 1095783525")
        connection.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount INTEGER)")
    connection.close()
    _refused(office, other, "database of another program")
    # a Dialogue Desk schema in a file another program marked as its own
    with sqlite3.connect(good_backup) as connection:
        connection.execute("PRAGMA application_id = 1095783525")
    connection.close()
    _refused(office, good_backup, "database of another program")


def test_restore_refuses_a_backup_of_a_newer_version(office: Path, good_backup: Path) -> None:
    with sqlite3.connect(good_backup) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    _refused(office, good_backup, "newer version of Dialogue Desk")


def test_restore_refuses_while_the_database_is_open_elsewhere(
    office: Path, good_backup: Path
) -> None:
    other = sqlite3.connect(office)
    try:
        other.execute("PRAGMA journal_mode=WAL")
        other.execute("SELECT count(*) FROM case_fields").fetchone()
        with pytest.raises(DatabaseError, match="in use by another program"):
            backup.restore(sqlite_url(office), good_backup)
    finally:
        other.close()
    assert _fields(office) == 3
    assert sorted(p.name for p in office.parent.iterdir()) == [office.name]


def test_restore_replaces_a_damaged_database(office: Path, good_backup: Path) -> None:
    office.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4080)
    result = backup.restore(sqlite_url(office), good_backup)
    assert _fields(office) == 6000
    assert result.previous_copy is not None and result.previous_copy.exists()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB file system (tmpfs): room for the current database, not for the backup."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
            capture_output=True,
            text=True,
        )
    except FileNotFoundError:
        pytest.skip("no mount command: cannot make a small file system to fill")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs (needs root): {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_restore_on_a_full_disk_leaves_no_partial_file(
    small_disk: Path, office: Path, good_backup: Path
) -> None:
    office = Path(shutil.copy(office, small_disk / office.name))
    assert good_backup.stat().st_size > shutil.disk_usage(small_disk).free
    before = _state(small_disk)
    with pytest.raises(ServiceError, match="not enough free disk space") as raised:
        backup.restore(sqlite_url(office), good_backup)
    assert "Nothing was changed" in str(raised.value)
    assert _state(small_disk) == before
    handle = open_database(sqlite_url(office))
    handle.close()
    assert _fields(office) == 3


def test_an_old_backup_is_restored_then_upgraded(office: Path, tmp_path: Path) -> None:
    """A backup of an earlier release (schema 0001) is accepted; opening upgrades it."""
    from alembic import command

    old = tmp_path / "old" / "office.sqlite"
    _fill(old, 5, prefix="Đất đai")
    handle = open_database(sqlite_url(old))
    command.downgrade(store_db._alembic_config(handle.engine), "0001")
    handle.close()
    backup.restore(sqlite_url(office), old)
    handle = open_database(sqlite_url(office))
    try:
        assert handle.migration is not None and handle.migration.before == "0001"
    finally:
        handle.close()
    assert _fields(office) == 5
