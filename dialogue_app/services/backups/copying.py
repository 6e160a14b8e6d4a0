"""Taking one verified backup: a consistent copy, checked, then given its name.

The copy is written by SQLite's backup API from one read transaction (a snapshot: the window
keeps writing meanwhile, WAL readers never block writers), to a hidden ``.NAME.partial`` file
in the backup folder. It is then checked (``PRAGMA integrity_check``, or ``quick_check`` for the
quick backups at closing and by the hour; the application id, the schema revision, and the row
count of every table against the snapshot's) and synced to disk;
only then does it get its name. Whatever fails (a share gone, a full disk, a bad check), the
partial file is removed: a file with a backup's name is always a complete, verified backup.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import secrets
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dialogue_app.services.backups.catalog import (
    BackupEntry,
    backup_name,
    list_backups,
    open_read_only,
    table_counts,
)
from dialogue_app.services.backups.rotation import Rotation, to_keep
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError
from dialogue_app.store import database as db


class Problem(enum.Enum):
    FOLDER_MISSING = "folder_missing"  # does not exist or cannot be reached (a share offline)
    FOLDER_READ_ONLY = "folder_read_only"
    FOLDER_IS_DATA = "folder_is_data"
    DISK_FULL = "disk_full"
    CHECK_FAILED = "check_failed"  # the copy did not pass its checks
    SOURCE = "source"  # the database itself cannot be read (damaged)


class BackupFailed(ServiceError):
    """A backup that could not be taken; ``problem`` says which kind of trouble it was."""

    def __init__(self, problem: Problem, message: str, *values: object) -> None:
        super().__init__(message, *values)
        self.problem = problem

    @property
    def folder_unreachable(self) -> bool:
        return self.problem in (Problem.FOLDER_MISSING, Problem.FOLDER_READ_ONLY)


@dataclass(frozen=True)
class TakenBackup:
    entry: BackupEntry
    counts: dict[str, int]
    removed: tuple[Path, ...]  # older backups the rotation removed


def check_folder(folder: Path, database: Path, *, create: bool) -> None:
    """Refuse a folder a backup cannot go to, with a message that says what to do."""
    try:
        same = folder.resolve() == database.resolve().parent
    except OSError:
        same = False
    if same:
        raise BackupFailed(
            Problem.FOLDER_IS_DATA,
            QT_TRANSLATE_NOOP(
                "Messages",
                "The backup folder %1 is the data folder itself: a backup there is lost with "
                "the database when the disk fails. Choose another folder, best on another "
                "disk or a network share.",
            ),
            folder,
        )
    if create and not folder.exists():
        with contextlib.suppress(OSError):  # explained just below
            folder.mkdir(parents=True, exist_ok=True)
    if not folder.is_dir():
        raise BackupFailed(
            Problem.FOLDER_MISSING,
            QT_TRANSLATE_NOOP(
                "Messages",
                "The backup folder %1 does not exist or cannot be reached (a network share "
                "offline, a disk unplugged?). Connect it, or choose another folder in "
                "Settings. Dialogue Desk tries again later.",
            ),
            folder,
        )
    probe = folder / ".dialogue-backup.write-test"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise _disk_full(folder) from error
        raise BackupFailed(
            Problem.FOLDER_READ_ONLY,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Dialogue Desk may not write to the backup folder %1 (%2). Ask IT for write "
                "access, or choose another folder in Settings.",
            ),
            folder,
            error.strerror or error,
        ) from error


def _disk_full(folder: Path) -> BackupFailed:
    return BackupFailed(
        Problem.DISK_FULL,
        QT_TRANSLATE_NOOP(
            "Messages",
            "There is not enough free space in the backup folder %1. No backup was written. "
            "Free some space or choose another folder; Dialogue Desk tries again later.",
        ),
        folder,
    )


def _needed_space(database: Path) -> int:
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += Path(str(database) + suffix).stat().st_size
    return total


def take_backup(
    database: Path,
    folder: Path,
    taken_at: datetime,
    *,
    rotation: Rotation | None = None,
    create_folder: bool = False,
    thorough: bool = True,
) -> TakenBackup:
    """Write a verified backup of the SQLite file ``database`` into ``folder``, named for
    ``taken_at``; then, with a ``rotation``, remove the older backups it no longer keeps.
    ``thorough``: the full ``integrity_check`` of the copy (see ``verify_copy``)."""
    if not database.is_file():
        raise BackupFailed(
            Problem.SOURCE,
            QT_TRANSLATE_NOOP("Messages", "There is no database at %1 to back up."),
            database,
        )
    check_folder(folder, database, create=create_folder)
    try:
        if shutil.disk_usage(folder).free < _needed_space(database):
            raise _disk_full(folder)
    except OSError:
        pass  # no figure for this file system: the write itself will tell
    target = folder / backup_name(database, taken_at)
    # a name of its own: another process may be backing up the same database this second
    partial = folder / f".{target.name}.{secrets.token_hex(4)}.partial"
    try:
        snapshot = _copy(database, partial)
        verify_copy(partial, snapshot, thorough=thorough)
        db.fsync_file(partial)
        os.replace(partial, target)
        db.fsync_folder(folder)
    except BaseException as error:
        db.remove_sqlite_file(partial)
        if isinstance(error, OSError | sqlite3.Error) and db.disk_full(error):
            raise _disk_full(folder) from error
        if isinstance(error, OSError) and not folder.is_dir():
            raise BackupFailed(  # the share went away while writing
                Problem.FOLDER_MISSING,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The backup folder %1 does not exist or cannot be reached (a network share "
                    "offline, a disk unplugged?). Connect it, or choose another folder in "
                    "Settings. Dialogue Desk tries again later.",
                ),
                folder,
            ) from error
        if isinstance(error, sqlite3.DatabaseError):
            raise BackupFailed(
                Problem.SOURCE,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The database could not be read to back it up (%1). Nothing was written. "
                    "Restore the latest good backup, or ask IT to check the disk.",
                ),
                error,
            ) from error
        raise
    entry = BackupEntry(target, taken_at, target.stat().st_size)
    removed = prune(folder, database, rotation) if rotation is not None else ()
    return TakenBackup(entry, snapshot.counts, removed)


@dataclass(frozen=True)
class Snapshot:
    """What the database held when it was copied: rows per table, the schema revision."""

    counts: dict[str, int]
    revision: str | None


def _copy(database: Path, partial: Path) -> Snapshot:
    """Copy the database in one snapshot (one read transaction); return what it held."""
    db.remove_sqlite_file(partial)
    source = sqlite3.connect(database, timeout=10)
    try:
        source.isolation_level = None
        source.execute("BEGIN")  # one read transaction: the counts and the copy see one state
        snapshot = Snapshot(table_counts(source), _revision(source))
        # readable by this account alone, like the database (DESIGN §8): it holds everything,
        # denunciators' identities included (on a share, the share's permissions apply too)
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # self-contained: no -wal beside it
        finally:
            target.close()
        source.execute("COMMIT")
    finally:
        source.close()
    return snapshot


def verify_copy(path: Path, snapshot: Snapshot, *, thorough: bool = True) -> None:
    """Check a copy against the snapshot it was taken from:
    not damaged, a Dialogue Desk database (the application id), at the snapshot's schema
    revision, holding exactly its rows per table.

    ``thorough``: ``PRAGMA integrity_check`` (every page, and every index against its table);
    else ``PRAGMA quick_check`` (every page, without the index comparison: about 10 times
    faster on a large file; the copy's indexes are the source's, page for page). A restore
    always runs the full check before it replaces anything."""
    problems: list[str] = []
    try:
        connection = open_read_only(path)
        try:
            pragma = "integrity_check" if thorough else "quick_check"
            problems = [row[0] for row in connection.execute(f"PRAGMA {pragma}(5)")]
            problems = [] if problems == ["ok"] else problems
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            if application_id not in (0, db.APPLICATION_ID):
                problems.append(f"application id {application_id}")
            if table_counts(connection) != snapshot.counts:
                problems.append("row counts differ")
            if _revision(connection) != snapshot.revision:
                problems.append("schema revision differs")
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        problems.append(str(error))
    if problems:
        raise BackupFailed(
            Problem.CHECK_FAILED,
            QT_TRANSLATE_NOOP(
                "Messages",
                "The backup copy did not pass its checks (%1) and was removed. The database "
                "was not changed. Dialogue Desk tries again later.",
            ),
            "; ".join(problems),
        )


def _revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return str(row[0]) if row else None


def prune(folder: Path, database: Path, rotation: Rotation) -> tuple[Path, ...]:
    """Remove the backups of ``database`` in ``folder`` that ``rotation`` does not keep."""
    entries = list_backups(folder, database)
    keep = to_keep(((entry.taken_at, entry.path) for entry in entries), rotation)
    removed = []
    for entry in entries:
        if entry.path not in keep:
            entry.path.unlink(missing_ok=True)
            removed.append(entry.path)
    return tuple(removed)
