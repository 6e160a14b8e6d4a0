"""A shared (PostgreSQL) database: the dump folder and the age limit are the office's, so every
computer sees the same state of the office's dumps."""

from __future__ import annotations

import os
from datetime import time
from pathlib import Path

import pytest

from dialogue_app.services.backups import BackupService, BackupSettings, SettingsStore
from dialogue_app.services.database import DatabaseHandle
from tests.clock import TODAY, fixed_clock


def _computer(db: DatabaseHandle, folder: Path) -> BackupService:
    clock = fixed_clock(TODAY, time(12, 0))
    store = SettingsStore(folder / "backups.json")
    return BackupService(db.url, clock=clock, store=store, engine=db.engine)


def test_every_computer_sees_the_dump_folder_the_office_registered(
    db: DatabaseHandle, tmp_path: Path
) -> None:
    if db.is_sqlite:
        pytest.skip("a shared database only")
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    dump = dumps / "dialogue.dump"
    dump.write_bytes(b"PGDMP")
    admin = _computer(db, tmp_path / "admin-pc")
    clerk = _computer(db, tmp_path / "clerk-pc")
    assert clerk.status().stale and clerk.status().last is None
    admin.save_settings(BackupSettings(dump_folder=dumps, max_age_days=2))
    moment = admin._clock.now().timestamp()  # noqa: SLF001 - the test's own clock
    os.utime(dump, (moment - 86400, moment - 86400))
    status = clerk.status()
    assert status.last is not None and not status.stale and status.max_age_days == 2
    os.utime(dump, (moment - 3 * 86400, moment - 3 * 86400))
    assert clerk.status().stale
    admin.save_settings(BackupSettings(dump_folder=dumps, max_age_days=5))  # updated, not added
    assert not clerk.status().stale
    assert "pg_dump -h" in clerk.pg_dump_command()
