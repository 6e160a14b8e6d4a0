"""Automatic backups: a verified copy with its name only once complete, the schedule decided
from the data, a folder that goes away and comes back, a full disk, refused folders."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from datetime import time, timedelta
from pathlib import Path

import pytest

from dialogue_app.services.backups import (
    BackupFailed,
    BackupSettings,
    Occasion,
    Problem,
    backup,
    restore,
)
from dialogue_app.services.errors import ServiceError, ValidationError
from dialogue_app.store.database import sqlite_url
from tests.clock import TODAY, fixed_clock
from tests.services.backups.support import add_fields, count, digest, make_office, service


@pytest.fixture
def office(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    return make_office(data)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_backup_is_checked_then_named_and_listed_with_what_it_holds(office: Path) -> None:
    backups = service(office, fixed_clock())
    taken = backups.backup_now()
    folder = office.parent / "backups"  # the default: beside the data
    assert taken.entry.path.parent == folder
    assert taken.entry.name == f"dialogue-{TODAY:%Y%m%d}-090000.sqlite"
    assert _leftovers(folder) == []
    assert count(taken.entry.path, "case_fields") == 5
    if os.name == "posix":
        assert taken.entry.path.stat().st_mode & 0o077 == 0  # this account's alone
    assert taken.counts["case_fields"] == 5
    [info] = backups.list_backups()
    assert info.entry == taken.entry
    assert info.contents is not None
    assert info.contents.counts["cases"] == 0
    assert info.contents.counts["documents"] == 0  # the register of outgoing documents
    status = backups.status()
    assert status.last == taken.entry and status.problem is None and not status.stale


def test_the_schedule_backs_up_once_a_day_and_at_closing_only_when_something_changed(
    office: Path,
) -> None:
    clock = fixed_clock()
    backups = service(office, clock)
    assert backups.run_scheduled(Occasion.START) is not None  # the first start of the day
    clock.advance(hours=1)
    assert backups.run_scheduled(Occasion.START) is None  # the second start that day
    assert backups.run_scheduled(Occasion.CLOSE) is None  # nothing changed
    add_fields(office, 1)
    clock.advance(hours=1)
    assert backups.run_scheduled(Occasion.CLOSE) is not None
    clock.advance(days=1)
    assert backups.run_scheduled(Occasion.START) is None  # a new day, but nothing changed
    add_fields(office, 1)
    assert backups.run_scheduled(Occasion.START) is not None
    assert backups.run_scheduled(Occasion.TIMER) is None  # no hourly backups by default
    assert len(backups.entries()) == 2  # the rotation keeps the newest of each day
    add_fields(office, 1)
    clock.advance(days=1)  # the window was left open overnight: the periodic check backs up
    assert backups.run_scheduled(Occasion.TIMER) is not None


def test_hourly_backups_when_the_office_asks_for_them(office: Path) -> None:
    clock = fixed_clock()
    backups = service(office, clock, BackupSettings(every_hours=2))
    assert backups.run_scheduled(Occasion.TIMER) is not None
    add_fields(office, 1)
    clock.advance(hours=1)
    assert backups.run_scheduled(Occasion.TIMER) is None  # not two hours yet
    clock.advance(hours=1)
    assert backups.run_scheduled(Occasion.TIMER) is not None


def test_backups_taken_while_a_writer_writes_restore_to_a_consistent_database(
    office: Path, tmp_path: Path
) -> None:
    """A writer adds, in each transaction, a case field and its audit entry: every backup must
    hold as many of one as of the other, pass its checks and restore."""
    stop = threading.Event()
    written: list[int] = []

    def write() -> None:
        connection = sqlite3.connect(office, timeout=30, isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        number = 0
        while not stop.is_set():
            number += 1
            connection.execute("BEGIN IMMEDIATE")
            connection.execute(
                "INSERT INTO case_fields (name, search_key) VALUES (?, ?)",
                (f"Ghi đồng thời {number}", f"ghi dong thoi {number}"),
            )
            connection.execute(
                "INSERT INTO audit_log (at, action, entity) VALUES (?, 'test', 'case_field')",
                ("2026-12-03 02:00:00.000000",),
            )
            connection.execute("COMMIT")
            written.append(number)
        connection.close()

    clock = fixed_clock()
    backups = service(office, clock, BackupSettings(keep_daily=30))
    writer = threading.Thread(target=write)
    writer.start()
    try:
        taken = []
        for _ in range(4):
            while len(written) < (len(taken) + 1) * 20:  # let it write between backups
                stop.wait(0.01)
            taken.append(backups.backup_now(audited=False))  # the log: the writer's rows alone
            clock.advance(days=1)  # one a day: the rotation keeps them all
    finally:
        stop.set()
        writer.join()
    for number, result in enumerate(taken):
        path = result.entry.path
        fields = count(path, "case_fields") - 5
        assert fields == count(path, "audit_log")
        assert 0 < fields <= len(written)
        restored = tmp_path / f"restored-{number}" / "dialogue.sqlite"
        restored.parent.mkdir()
        shutil.copyfile(office, restored)
        restore(sqlite_url(restored), path)
        assert count(restored, "case_fields") == fields + 5
    counts = [count(result.entry.path, "audit_log") for result in taken]
    assert counts == sorted(counts) and counts[0] < counts[-1]


def test_a_folder_that_disappears_is_reported_then_used_again_when_it_returns(
    office: Path, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    clock = fixed_clock()
    backups = service(office, clock, BackupSettings(folder=share))
    backups.backup_now()
    share.rename(tmp_path / "share-offline")
    add_fields(office, 1)
    clock.advance(days=1)
    with pytest.raises(BackupFailed) as failure:
        backups.run_scheduled(Occasion.START)
    assert failure.value.problem is Problem.FOLDER_MISSING
    assert "cannot be reached" in str(failure.value)
    assert not share.exists()  # a chosen folder is never created (a share's mount point)
    status = backups.status()
    assert status.stale and status.problem is not None and status.last is None
    (tmp_path / "share-offline").rename(share)
    taken = backups.run_scheduled(Occasion.START)
    assert taken is not None
    assert [entry.path for entry in backups.entries()][0] == taken.entry.path
    assert not backups.status().stale


def _mount_tmpfs(mount: Path, options: str) -> None:
    mount.mkdir()
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount)],
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:
        pytest.skip("no mount command: cannot make a small file system to fill")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs (needs root): {done.stderr.strip()}")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 256 KB file system: too small for a backup of the office database."""
    mount = tmp_path / "small-disk"
    _mount_tmpfs(mount, "size=256k")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_is_explained_and_leaves_no_partial_file(
    office: Path, small_disk: Path
) -> None:
    add_fields(office, 3000, "Một lĩnh vực có tên khá dài để làm đầy tệp")
    before = digest(office)
    backups = service(office, fixed_clock(), BackupSettings(folder=small_disk))
    with pytest.raises(BackupFailed) as failure:
        backups.backup_now()
    assert failure.value.problem is Problem.DISK_FULL
    assert "not enough free space" in str(failure.value)
    assert list(small_disk.iterdir()) == []
    assert digest(office) == before


def test_a_write_that_fails_half_way_leaves_no_partial_file(
    office: Path, small_disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file system claims room (a share may), then the write itself fails."""
    add_fields(office, 3000, "Một lĩnh vực có tên khá dài để làm đầy tệp")
    plenty = shutil.disk_usage(office.parent)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: plenty)
    backups = service(office, fixed_clock(), BackupSettings(folder=small_disk))
    with pytest.raises(BackupFailed) as failure:
        backups.backup_now()
    assert failure.value.problem is Problem.DISK_FULL
    assert list(small_disk.iterdir()) == []


def test_a_read_only_folder_is_refused(office: Path, tmp_path: Path) -> None:
    mount = tmp_path / "read-only"
    _mount_tmpfs(mount, "size=1m,ro")
    try:
        backups = service(office, fixed_clock())
        with pytest.raises(ValidationError) as refused:
            backups.save_settings(BackupSettings(folder=mount))
        assert "may not write to the backup folder" in str(refused.value)
        assert refused.value.field == "folder"
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_missing_folder_or_the_data_folder_is_refused_in_settings(
    office: Path, tmp_path: Path
) -> None:
    backups = service(office, fixed_clock())
    with pytest.raises(ValidationError, match="does not exist or cannot be reached"):
        backups.save_settings(BackupSettings(folder=tmp_path / "nowhere"))
    with pytest.raises(ValidationError, match="is the data folder itself"):
        backups.save_settings(BackupSettings(folder=office.parent))
    with pytest.raises(ValidationError):
        backups.save_settings(BackupSettings(keep_daily=0, keep_weekly=0, keep_monthly=0))
    assert backups.settings() == BackupSettings()  # nothing was saved


def test_restoring_from_the_list_backs_up_the_current_database_first(office: Path) -> None:
    clock = fixed_clock()
    backups = service(office, clock)
    first = backups.backup_now().entry
    add_fields(office, 7)
    clock.advance(hours=2)
    outcome = backups.restore(first.path)
    assert count(office, "case_fields") == 5
    assert outcome.safety_backup is not None
    assert count(outcome.safety_backup, "case_fields") == 12
    assert outcome.previous_copy is not None and outcome.previous_copy.exists()
    assert backups.latest().path == outcome.safety_backup


def test_a_damaged_or_newer_backup_is_refused_and_the_database_untouched(
    office: Path, tmp_path: Path
) -> None:
    backups = service(office, fixed_clock())
    good = backups.backup_now().entry.path
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(good.read_bytes())
    data[4096 * 2 : 4096 * 4] = os.urandom(4096 * 2)
    damaged.write_bytes(bytes(data))
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(good, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = digest(office)
    with pytest.raises(ServiceError, match="damaged|not a Dialogue Desk"):
        backups.restore(damaged)
    with pytest.raises(ServiceError, match="newer version of Dialogue Desk"):
        backups.restore(newer)
    assert digest(office) == before
    assert len(backups.entries()) == 1  # no safety backup for a refused restore


def test_the_status_warns_when_the_last_backup_is_older_than_the_limit(office: Path) -> None:
    clock = fixed_clock()
    backups = service(office, clock, BackupSettings(max_age_days=3))
    assert backups.status().stale  # none yet
    backups.backup_now()
    clock.advance(days=3)
    assert not backups.status().stale
    clock.advance(hours=1)
    status = backups.status()
    assert status.stale and status.age == timedelta(days=3, hours=1)


def test_postgresql_mode_reports_the_age_of_the_newest_registered_dump(tmp_path: Path) -> None:
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    clock = fixed_clock(TODAY, time(12, 0))
    url = "postgresql+psycopg://office@db.example/dialogue"
    backups = service(tmp_path / "x" / "db", clock, engine_url=url)
    assert backups.status().stale and backups.status().last is None
    backups.save_settings(BackupSettings(dump_folder=dumps))
    old, new = dumps / "dialogue-1.dump", dumps / "dialogue-2.dump"
    old.write_bytes(b"x")
    new.write_bytes(b"y")
    moment = clock.now().timestamp()
    os.utime(old, (moment - 5 * 86400, moment - 5 * 86400))
    os.utime(new, (moment - 3600, moment - 3600))
    status = backups.status()
    assert not status.sqlite and status.last is not None
    assert status.last.path == new  # type: ignore[union-attr]
    assert status.age == timedelta(hours=1) and not status.stale
    os.utime(new, (moment - 4 * 86400, moment - 4 * 86400))
    assert backups.status().stale
    with pytest.raises(ServiceError, match="PostgreSQL"):
        backups.backup_now()


def test_the_manual_backup_still_works_through_the_package(office: Path, tmp_path: Path) -> None:
    written = backup(sqlite_url(office), tmp_path / "by-hand.sqlite")
    assert count(written, "case_fields") == 5


def test_restoring_an_older_backup_in_the_window_upgrades_it_at_once(
    office: Path, tmp_path: Path
) -> None:
    """The window's database stays open: the restored backup of an earlier release (schema
    0012, before the pending tasks) is brought to this version's schema by the restore."""
    from alembic import command

    from dialogue_app.services.backups import BackupService
    from dialogue_app.services.database import open_database
    from dialogue_app.store import database as store_db

    old = tmp_path / "old" / "dialogue.sqlite"
    old.parent.mkdir()
    make_office(old.parent, fields=9)
    handle = open_database(sqlite_url(old))
    command.downgrade(store_db._alembic_config(handle.engine), "0012")
    handle.close()
    window = open_database(sqlite_url(office))
    try:
        backups = BackupService(
            sqlite_url(office),
            clock=fixed_clock(),
            store=service(office, fixed_clock())._store,  # noqa: SLF001 - the same settings
            engine=window.engine,
        )
        backups.restore(old)
        assert store_db.current_revision(window.engine) == store_db.head_revision()
        with window.uow.read() as session:
            from sqlalchemy import text

            assert session.execute(text("SELECT count(*) FROM case_fields")).scalar() == 9
    finally:
        window.close()


def test_the_list_counts_the_issued_documents(office: Path) -> None:
    with sqlite3.connect(office) as connection:
        connection.execute(
            "INSERT INTO issued_documents (kind, series, year, sequence, number, issued_on, "
            "issued_at, record_type, record_id, title, search_key, confidential, data_json, "
            "file_name, content) VALUES ('conclusion', 'TB', 2026, 1, '01-TB/VPTU', "
            "'2026-12-03', '2026-12-03 02:00:00', 'conference', 1, 'Thông báo', '', 0, '{}', "
            "'tb.docx', x'00')"
        )
    backups = service(office, fixed_clock())
    backups.backup_now()
    [info] = backups.list_backups()
    assert info.contents is not None and info.contents.counts["documents"] == 1
