"""A small office database on SQLite and a backup service over it, for the backup tests."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from dialogue_app.services.backups import BackupService, BackupSettings, SettingsStore
from dialogue_app.services.clock import FixedClock
from dialogue_app.services.database import open_database
from dialogue_app.store.database import sqlite_url


def make_office(folder: Path, fields: int = 5) -> Path:
    path = folder / "dialogue.sqlite"
    handle = open_database(sqlite_url(path))
    handle.close()
    add_fields(path, fields)
    return path


def add_fields(path: Path, count: int, prefix: str = "Lĩnh vực") -> None:
    connection = sqlite3.connect(path, timeout=10)
    with connection:
        start = connection.execute("SELECT count(*) FROM case_fields").fetchone()[0]
        connection.executemany(
            "INSERT INTO case_fields (name, search_key) VALUES (?, ?)",
            [(f"{prefix} {start + i}", f"linh vuc {start + i}") for i in range(count)],
        )
    connection.close()


def count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def service(
    database: Path,
    clock: FixedClock,
    settings: BackupSettings | None = None,
    *,
    engine_url: str | None = None,
) -> BackupService:
    store = SettingsStore(database.parent.parent / "config" / "backups.json")
    if settings is not None:
        store.save(settings)
    return BackupService(engine_url or sqlite_url(database), clock=clock, store=store)
