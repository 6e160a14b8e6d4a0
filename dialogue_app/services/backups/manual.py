"""Backing up and restoring the embedded SQLite database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError
from dialogue_app.services.files import CannotSave
from dialogue_app.store import database as db


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_copy: Path | None


def _sqlite_path(url: str) -> Path:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Backup and restore here work on the embedded SQLite database. For PostgreSQL "
                "use the server's own tools: pg_dump -Fc DBNAME > FILE and pg_restore.",
            )
        )
    return Path(parsed.database)


def backup(url: str, target: Path) -> Path:
    """Write a consistent copy of the database to ``target`` (safe while the app is open)."""
    source = _sqlite_path(url)
    if not source.exists():
        raise ServiceError(
            QT_TRANSLATE_NOOP("Messages", "There is no database at %1 to back up."), source
        )
    target = target.expanduser()
    if target.exists() and target.resolve() == source.resolve():
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "Messages", "The backup file cannot be the database itself. Choose another name."
            )
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        db.copy_sqlite_file(source, partial)  # one self-contained file, without -wal or -shm
        partial.replace(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise CannotSave.from_os_error(error, target) from error
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise ServiceError(
            QT_TRANSLATE_NOOP("Messages", "The backup could not be written to %1: %2."),
            target,
            error,
        ) from error
    return target


def restore(url: str, backup_file: Path) -> RestoreResult:
    """Replace the database by ``backup_file``; keep the database it replaces aside.

    The backup is copied next to the database and the copy checked (``PRAGMA integrity_check``,
    the application id, a schema this version knows) before anything is replaced; the copy then
    replaces the database atomically. Refused, failed (a full disk) or interrupted, it leaves the
    database as it was and no partial file behind."""
    target = _sqlite_path(url)
    backup_file = backup_file.expanduser()
    if not backup_file.is_file():
        raise ServiceError(QT_TRANSLATE_NOOP("Messages", "There is no file %1."), backup_file)
    if target.exists() and backup_file.resolve() == target.resolve():
        raise ServiceError(
            QT_TRANSLATE_NOOP("Messages", "%1 is the database itself: choose a backup to restore."),
            backup_file,
        )
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _cannot_write(backup_file, folder, error) from error
    incoming = target.with_name(target.name + ".restoring")
    try:
        _copy_backup(backup_file, incoming, folder)
        db.check_restorable_file(incoming, backup_file)
        previous = None
        if target.exists() and target.stat().st_size > 0:
            previous = db.stamped_copy_path(target, "restore")
        with db.SqliteFileLock(target, replace_damaged=True) as lock:
            lock.replace_with(incoming, keep_as=previous)
    except OSError as error:
        raise _cannot_write(backup_file, folder, error) from error
    finally:
        db.remove_sqlite_file(incoming)  # gone once swapped in; else what is left of it
    return RestoreResult(backup_file, previous)


def _copy_backup(backup_file: Path, incoming: Path, folder: Path) -> None:
    try:
        db.copy_sqlite_file(backup_file, incoming, read_only=True)
    except sqlite3.Error as error:
        if db.disk_full(error):
            raise _cannot_write(backup_file, folder, error) from error
        header = backup_file.read_bytes()[:16]
        if header != b"SQLite format 3\x00":
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "%1 cannot be restored: it is not a Dialogue Desk database (it is some "
                    "other kind of file). Nothing was changed.",
                ),
                backup_file,
            ) from error
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1 cannot be restored: the file is damaged (%2). Nothing was changed. Choose "
                "another backup.",
            ),
            backup_file,
            error,
        ) from error


def _cannot_write(backup_file: Path, folder: Path, error: BaseException) -> ServiceError:
    if db.disk_full(error):
        return ServiceError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1 cannot be restored: there is not enough free disk space in %2. Nothing was "
                "changed. Free some space and try again.",
            ),
            backup_file,
            folder,
        )
    return ServiceError(
        QT_TRANSLATE_NOOP("Messages", "%1 cannot be restored: %2. Nothing was changed."),
        backup_file,
        getattr(error, "strerror", None) or error,
    )
