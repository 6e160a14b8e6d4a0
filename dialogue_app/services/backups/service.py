"""Backups that happen by themselves: when one is due, taking it, the list, the status, restore.

``BackupService`` works on the embedded SQLite file; in PostgreSQL mode it only reports the age
of the newest ``pg_dump`` file in the folder the office registered (the app does not copy the
server). The window runs ``run_scheduled`` in a worker thread (``ui/backups/``); the command
line calls ``backup_now``, ``list_backups`` and ``restore``.

"Changed" is read from the data: the database's ``fingerprint`` (rows and highest row id per
table, newest ``updated_at``) against the newest backup's. So a day without work writes no
backup, and a change made by the command line is noticed as well as one made in the window.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.engine import make_url

from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.backups import manual
from dialogue_app.services.backups.catalog import (
    BackupContents,
    BackupEntry,
    fingerprint,
    list_backups,
    open_read_only,
    read_contents,
)
from dialogue_app.services.backups.copying import (
    BackupFailed,
    Problem,
    TakenBackup,
    check_folder,
    take_backup,
)
from dialogue_app.services.backups.settings import BackupSettings, SettingsStore
from dialogue_app.services.clock import Clock
from dialogue_app.services.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from dialogue_app.store import database as db
from dialogue_app.store.models import BackupPolicy


class Occasion(Enum):
    START = "start"  # the window opened
    CLOSE = "close"  # the window is closing
    TIMER = "timer"  # the window's periodic check (hourly backups, retries)


@dataclass(frozen=True)
class BackupInfo:
    entry: BackupEntry
    contents: BackupContents | None  # None: the file could not be read (damaged)


@dataclass(frozen=True)
class DumpInfo:
    path: Path
    modified: datetime


@dataclass(frozen=True)
class BackupStatus:
    """What Settings and the status bar show."""

    sqlite: bool
    folder: Path | None  # the backup folder (SQLite) or the registered dump folder
    last: BackupEntry | DumpInfo | None
    age: timedelta | None
    max_age_days: int
    problem: str | None  # the folder cannot be used (English text; ``problem_error`` for the UI)
    problem_error: ServiceError | None = None

    @property
    def last_time(self) -> datetime | None:
        if isinstance(self.last, BackupEntry):
            return self.last.taken_at
        if isinstance(self.last, DumpInfo):
            return self.last.modified
        return None

    @property
    def stale(self) -> bool:
        """No backup, or the newest older than the office's limit, or the folder unusable."""
        if self.problem is not None or self.age is None:
            return True
        return self.age > timedelta(days=self.max_age_days)


@dataclass(frozen=True)
class RestoreOutcome:
    restored_from: Path
    safety_backup: Path | None  # the backup of the replaced database in the backup folder
    previous_copy: Path | None  # the replaced file, kept beside the database


class BackupService:
    def __init__(
        self,
        url: str,
        *,
        clock: Clock,
        store: SettingsStore | None = None,
        engine: Engine | None = None,
        user_name: str | None = None,
    ) -> None:
        self._url = url
        self.user_name = user_name  # who the audit log names for a backup or a restore
        self._clock = clock
        self._store = store or SettingsStore()
        self._engine = engine  # the app's engine: released before a restore, migrated after
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite" and not db.in_memory(parsed)
        self.is_postgres = parsed.get_backend_name() == "postgresql"
        self._database = Path(parsed.database or "") if self.is_sqlite else None

    # --- settings ------------------------------------------------------------------------------

    def settings(self) -> BackupSettings:
        """This computer's settings; on a shared database, the dump folder and the age limit
        are the office's, read from the database (``BackupPolicy``), so everyone sees the
        same warning."""
        settings = self._store.load()
        if self.is_postgres and self._engine is not None:
            with self._engine.connect() as connection:
                policy = connection.execute(
                    select(BackupPolicy.dump_folder, BackupPolicy.max_age_days).where(
                        BackupPolicy.id == 1
                    )
                ).first()
            if policy is not None:
                settings = replace(
                    settings,
                    dump_folder=Path(policy.dump_folder) if policy.dump_folder else None,
                    max_age_days=policy.max_age_days,
                )
        return settings

    def save_settings(self, settings: BackupSettings) -> BackupSettings:
        """Save ``settings`` once the folders in them can be used."""
        settings.checked()
        if settings.folder is not None and self._database is not None:
            try:
                check_folder(settings.folder, self._database, create=False)
            except BackupFailed as error:
                raise ValidationError(error.template, "folder", *error.values) from error
        if settings.dump_folder is not None and not settings.dump_folder.is_dir():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The dump folder %1 does not exist or cannot be reached. Choose the folder "
                    "where the office's pg_dump files are written.",
                ),
                "dump_folder",
                settings.dump_folder,
            )
        if self.is_postgres and self._engine is not None:
            folder = str(settings.dump_folder) if settings.dump_folder else None
            with self._engine.begin() as connection:
                changed = connection.execute(
                    update(BackupPolicy)
                    .where(BackupPolicy.id == 1)
                    .values(dump_folder=folder, max_age_days=settings.max_age_days)
                ).rowcount
                if not changed:
                    connection.execute(
                        insert(BackupPolicy).values(
                            id=1, dump_folder=folder, max_age_days=settings.max_age_days
                        )
                    )
        return self._store.save(settings)

    def folder(self, settings: BackupSettings | None = None) -> Path | None:
        if self._database is None:
            return None
        return (settings or self.settings()).folder_for(self._database)

    # --- the list and the status ---------------------------------------------------------------

    def _sqlite_database(self) -> Path:
        if self._database is None:
            raise ServiceError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Backups by Dialogue Desk are for the embedded SQLite database. For "
                    "PostgreSQL schedule pg_dump on the server (see Settings, Backups).",
                )
            )
        return self._database

    def entries(self) -> list[BackupEntry]:
        """The kept backups, newest first (raises ``BackupFailed`` for an unreachable folder)."""
        database = self._sqlite_database()
        settings = self.settings()
        folder = settings.folder_for(database)
        if settings.folder is None and not folder.exists():
            return []  # the default folder, made with the first backup
        try:
            return list_backups(folder, database)
        except OSError as error:
            raise _unreachable(folder) from error

    def list_backups(self, *, or_none: bool = False) -> list[BackupInfo]:
        """The kept backups with what each holds, newest first. ``or_none``: an empty list
        when the folder cannot be read (the status says why) rather than ``BackupFailed``."""
        try:
            entries = self.entries()
        except BackupFailed:
            if or_none:
                return []
            raise
        return [BackupInfo(entry, _contents(entry.path)) for entry in entries]

    def pg_dump_command(self) -> str:
        """A ``pg_dump`` command line for this PostgreSQL database, to schedule on the server
        (no password in it: pg_dump reads it from the server's pgpass file)."""
        parsed = make_url(self._url)
        name = parsed.database or "dialogue"
        host = parsed.host or "localhost"
        port = f" -p {parsed.port}" if parsed.port else ""
        user = parsed.username or "postgres"
        return f"pg_dump -h {host}{port} -U {user} -Fc -f {name}-YYYYMMDD.dump {name}"

    def latest(self) -> BackupEntry:
        entries = self.entries()
        if not entries:
            raise ServiceError(
                QT_TRANSLATE_NOOP("Messages", "There is no backup in %1 yet."), self.folder()
            )
        return entries[0]

    def status(self) -> BackupStatus:
        settings = self.settings()
        now = self._clock.now()
        if self._database is None:
            dump = self.last_dump(settings)
            age = now - dump.modified if dump else None
            return BackupStatus(False, settings.dump_folder, dump, age, settings.max_age_days, None)
        folder = settings.folder_for(self._database)
        try:
            if settings.folder is None:
                folder.mkdir(parents=True, exist_ok=True)
            check_folder(folder, self._database, create=False)
            entries = list_backups(folder, self._database)
        except BackupFailed as error:
            limit = settings.max_age_days
            return BackupStatus(True, folder, None, None, limit, str(error), error)
        except OSError:
            problem = _unreachable(folder)
            limit = settings.max_age_days
            return BackupStatus(True, folder, None, None, limit, str(problem), problem)
        last_entry = entries[0] if entries else None
        age = now - last_entry.taken_at if last_entry else None
        return BackupStatus(True, folder, last_entry, age, settings.max_age_days, None)

    def last_dump(self, settings: BackupSettings | None = None) -> DumpInfo | None:
        """The newest file in the registered dump folder (PostgreSQL mode), if it can be read."""
        folder = (settings or self.settings()).dump_folder
        if folder is None:
            return None
        newest: DumpInfo | None = None
        try:
            for path in folder.iterdir():
                if not path.is_file() or path.name.startswith("."):
                    continue
                modified = datetime.fromtimestamp(path.stat().st_mtime, VN_TZ)
                if newest is None or modified > newest.modified:
                    newest = DumpInfo(path, modified)
        except OSError:
            return None
        return newest

    # --- taking backups ------------------------------------------------------------------------

    def changed_since(self, entry: BackupEntry | None) -> bool:
        """True when the database differs from the backup ``entry`` (or there is none)."""
        database = self._sqlite_database()
        if entry is None:
            return True
        try:
            return _fingerprint_of(database, live=True) != _fingerprint_of(entry.path, live=False)
        except sqlite3.Error:
            return True  # an unreadable backup: better one more than one less

    def due(self, occasion: Occasion) -> bool:
        """Whether the schedule asks for a backup now (and something changed)."""
        if self._database is None:
            return False
        settings = self.settings()
        newest = self.entries()
        last = newest[0] if newest else None
        now = self._clock.now()
        first_today = settings.at_first_start_of_day and (
            last is None or last.taken_at.astimezone(VN_TZ).date() < self._clock.today()
        )
        if occasion is Occasion.START:
            wanted = first_today
        elif occasion is Occasion.CLOSE:
            wanted = settings.on_close
        else:  # the periodic check: by the hour, and the day's first for a window left open
            wanted = first_today or (
                settings.every_hours > 0
                and (last is None or now - last.taken_at >= timedelta(hours=settings.every_hours))
            )
        return wanted and self.changed_since(last)

    def run_scheduled(self, occasion: Occasion) -> TakenBackup | None:
        """Take a backup if the schedule asks for one now; None when none was due. The first
        of the day gets the full ``integrity_check``; the one at closing and the hourly ones
        the quick check (see ``copying.verify_copy``), so that closing stays quick."""
        if not self.due(occasion):
            return None
        # not audited: a row in the log would change the database, and so call for the next
        return self.backup_now(thorough=occasion is Occasion.START, audited=False)

    def backup_now(
        self, *, rotate: bool = True, thorough: bool = True, audited: bool = True
    ) -> TakenBackup:
        """A verified backup into the backup folder now, then (``rotate``) the rotation; a
        person's backup (``audited``) is written to the audit log after it is taken."""
        database = self._sqlite_database()
        settings = self.settings()
        taken = take_backup(
            database,
            settings.folder_for(database),
            self._clock.now(),
            rotation=settings.rotation if rotate else None,
            create_folder=settings.folder is None,  # the default folder is made; a chosen one not
            thorough=thorough,
        )
        if audited:
            self._audit("backup", taken.entry.path.name)
        return taken

    def _audit(self, action: str, detail: str) -> None:
        from dialogue_app.services.accounts import record_action

        engine = self._engine
        own = engine is None
        if engine is None:
            engine = db.create_database_engine(self._url)
        try:
            record_action(engine, self.user_name, action, detail)
        finally:
            if own:
                engine.dispose()

    # --- restore -------------------------------------------------------------------------------

    def restore(self, backup_file: Path) -> RestoreOutcome:
        """Replace the database by ``backup_file`` after checking it; the current database is
        backed up first (into the backup folder, and kept beside the database). A damaged or
        newer-version backup is refused and the database left untouched."""
        database = self._sqlite_database()
        _check_before_restore(backup_file)
        safety: Path | None = None
        if database.is_file() and database.stat().st_size > 0:
            try:
                # no rotation now: it could remove the very backup being restored
                safety = self.backup_now(rotate=False, thorough=False, audited=False).entry.path
            except BackupFailed as error:
                if error.problem is not Problem.SOURCE:  # a damaged database is replaced anyway
                    raise
        if self._engine is not None:
            self._engine.dispose()  # our pooled connections would keep the file "in use"
        result = manual.restore(self._url, backup_file)
        # an older backup: to this version's schema now, and the work that upgrade leaves
        if self._engine is not None and db.upgrade(self._engine).before != db.head_revision():
            from dialogue_app.services.database import run_pending_tasks
            from dialogue_app.store.unit_of_work import UnitOfWork

            run_pending_tasks(UnitOfWork(db.session_factory(self._engine)), self._clock.today())
        if self._engine is not None:  # (the command line migrates, then writes it)
            self._audit("restore", backup_file.name)
        return RestoreOutcome(backup_file, safety, result.previous_copy)


def _check_before_restore(backup_file: Path) -> None:
    """Refuse a damaged or newer-version backup before anything else is done (``manual.restore``
    checks its own copy again before the swap)."""
    if not backup_file.is_file():
        raise ServiceError(QT_TRANSLATE_NOOP("Messages", "There is no file %1."), backup_file)
    try:
        db.check_restorable_file(backup_file, backup_file)
    except db.DatabaseError as error:
        raise ServiceError(error.template, *error.values) from error
    except sqlite3.Error as error:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "%1 cannot be restored: the file is damaged (%2). Nothing was changed. Choose "
                "another backup.",
            ),
            backup_file,
            error,
        ) from error


def _unreachable(folder: Path) -> BackupFailed:
    return BackupFailed(
        Problem.FOLDER_MISSING,
        QT_TRANSLATE_NOOP(
            "Messages",
            "The backup folder %1 does not exist or cannot be reached (a network share "
            "offline, a disk unplugged?). Connect it, or choose another folder in "
            "Settings. Dialogue Desk tries again later.",
        ),
        folder,
    )


def _contents(path: Path) -> BackupContents | None:
    try:
        connection = open_read_only(path)
        try:
            return read_contents(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def _fingerprint_of(path: Path, *, live: bool) -> str:
    connection = sqlite3.connect(path, timeout=10) if live else open_read_only(path)
    try:
        return fingerprint(connection)
    finally:
        connection.close()


__all__ = [
    "BackupInfo",
    "BackupService",
    "BackupStatus",
    "DumpInfo",
    "Occasion",
    "RestoreOutcome",
]
