"""Backing up and restoring the embedded SQLite database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError
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
        with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
            src.backup(dst)
        src.close()
        dst.close()
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise ServiceError(
            QT_TRANSLATE_NOOP("Messages", "The backup could not be written to %1: %2."),
            target,
            error,
        ) from error
    return target


def restore(url: str, backup_file: Path) -> RestoreResult:
    """Replace the database by ``backup_file`` after checking it; keep a copy of the old one."""
    target = _sqlite_path(url)
    backup_file = backup_file.expanduser()
    if not backup_file.is_file():
        raise ServiceError(QT_TRANSLATE_NOOP("Messages", "There is no file %1."), backup_file)
    check = db.create_database_engine(db.sqlite_url(backup_file.resolve()))
    try:
        db.check_connection(check)
        revision = db.check_schema_version(check)
    except db.DatabaseError as error:
        # the reason is the database's own message, in English (the command line shows it)
        raise ServiceError(
            QT_TRANSLATE_NOOP("Messages", "%1 cannot be restored: %2"), backup_file, error
        ) from error
    finally:
        check.dispose()
    if revision is None:
        raise ServiceError(
            QT_TRANSLATE_NOOP("Messages", "%1 is not a Dialogue Desk backup (it holds no data)."),
            backup_file,
        )
    previous = None
    if target.exists():
        engine = db.create_database_engine(db.sqlite_url(target))
        previous = db.backup_sqlite_file(engine, "restore")
        engine.dispose()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".restoring")
    with sqlite3.connect(backup_file) as src, sqlite3.connect(partial) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    partial.replace(target)
    return RestoreResult(backup_file, previous)
