"""Backups in the window: taken in the background at start, shown in the status bar, the
Settings section's list and restore, a failure said once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from dialogue_app.services.backups import BackupSettings, SettingsStore
from dialogue_app.services.container import Services
from dialogue_app.services.database import DatabaseHandle, open_database
from dialogue_app.store.database import sqlite_url
from dialogue_app.ui.backups import BackupsSection
from dialogue_app.ui.main_window import MainWindow
from tests.clock import fixed_clock
from tests.services.backups.support import add_fields, count, make_office


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DIALOGUE_APP_DATA_DIR", str(tmp_path / "home"))  # its own settings
    data = tmp_path / "data"
    data.mkdir()
    return make_office(data)


@pytest.fixture
def handle(office: Path) -> Iterator[DatabaseHandle]:
    opened = open_database(sqlite_url(office))
    yield opened
    opened.close()


@pytest.fixture
def office_services(handle: DatabaseHandle) -> Services:
    return Services(handle, user_name="tester", clock=fixed_clock())


def _window(services: Services, settings, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(services, settings, services.database.description)
    window.backup_scheduler().start_delay_ms = 0  # not the window's 20 s
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_window_backs_up_in_the_background_and_shows_it_in_the_status_bar(
    office_services: Services,
    office: Path,
    settings,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(office_services, settings, qtbot)
    qtbot.waitUntil(lambda: window.backup_indicator.text() == "No backup yet")
    assert window.backup_indicator.warning
    with qtbot.waitSignal(window.backup_scheduler().backup_taken, timeout=20000) as taken:
        window.start_backups()
    path = taken.args[0].entry.path
    assert path.exists() and path.parent == office.parent / "backups"
    qtbot.waitUntil(lambda: "Last backup" in window.backup_indicator.text())
    assert not window.backup_indicator.warning
    add_fields(office, 2)
    window.close()  # something changed: a backup at closing
    assert len(list((office.parent / "backups").glob("dialogue-*.sqlite"))) == 1  # same day
    [latest] = (office.parent / "backups").glob("dialogue-*.sqlite")
    assert count(latest, "case_fields") == 7


def test_a_window_closed_before_the_first_check_writes_no_backup(
    office_services: Services,
    office: Path,
    settings,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    window = MainWindow(office_services, settings, office_services.database.description)
    qtbot.addWidget(window)
    window.show()
    window.start_backups()  # the first check waits 20 s
    add_fields(office, 1)
    window.close()
    qtbot.wait(50)
    assert not (office.parent / "backups").exists() or not list(
        (office.parent / "backups").glob("dialogue-*.sqlite")
    )


def test_a_failing_backup_is_said_once_and_retried(
    office_services: Services,
    office: Path,
    tmp_path: Path,
    settings,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    SettingsStore().save(BackupSettings(folder=share))
    share.rmdir()  # the share goes offline
    window = _window(office_services, settings, qtbot)
    problems: list[str] = []
    window.backup_scheduler().problem_appeared.connect(problems.append)
    with qtbot.waitSignal(window.backup_scheduler().problem_appeared, timeout=20000):
        window.start_backups()
    qtbot.waitUntil(lambda: not window.backup_scheduler().busy)
    for box in window.findChildren(QMessageBox):
        box.close()
    window.backup_scheduler().run(_timer())  # the quarter-hourly check: fails again, said no more
    qtbot.waitUntil(lambda: not window.backup_scheduler().busy)
    qtbot.wait(50)
    assert len(problems) == 1 and "cannot be reached" in problems[0]
    assert window.backup_indicator.warning
    share.mkdir()  # back online: the next check takes the backup
    with qtbot.waitSignal(window.backup_scheduler().backup_taken, timeout=20000):
        window.backup_scheduler().run(_timer())
    qtbot.waitUntil(lambda: not window.backup_indicator.warning)
    assert len(list(share.glob("dialogue-*.sqlite"))) == 1


def _timer():  # type: ignore[no-untyped-def]
    from dialogue_app.services.backups import Occasion

    return Occasion.TIMER


def test_settings_list_the_backups_and_restore_one_after_asking(
    office_services: Services,
    office: Path,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    section = BackupsSection(office_services)
    qtbot.addWidget(section)
    qtmodeltester.check(section.model)  # empty
    dialog = section.back_up_now()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=20000)
    assert "checked" in dialog.report.toPlainText()
    dialog.close()
    qtmodeltester.check(section.model)
    assert section.model.index(0, 2).data() == "0"  # cases
    add_fields(office, 3)
    section.table.selectRow(0)
    section.answer_restore = False
    assert not section.restore_selected()
    assert count(office, "case_fields") == 8
    section.answer_restore = True
    office_services.clock.advance(minutes=5)  # type: ignore[attr-defined]
    assert section.restore_selected()
    assert count(office, "case_fields") == 5
    assert section.model.rowCount() == 2  # the database it replaced was backed up first
    assert "restored" in section.message.text()
    qtbot.waitUntil(lambda: str(office.parent / "backups") in section.state_label.text())
    dialog = section.export_handover(tmp_path / "handover.zip")
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.done, timeout=20000)
    assert "was written to" in dialog.report.toPlainText()
    assert (tmp_path / "handover.zip").is_file()
    dialog.close()


def test_settings_refuse_a_folder_that_does_not_exist(
    office_services: Services,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    section = BackupsSection(office_services)
    qtbot.addWidget(section)
    section.folder_edit.setText(str(tmp_path / "nowhere"))
    assert not section.save()
    assert "does not exist" in section.message.text()
    section.folder_edit.setText(str(tmp_path))
    section.keep_daily_spin.setValue(10)
    assert section.save()
    assert SettingsStore().load() == BackupSettings(folder=tmp_path, keep_daily=10)


def test_postgresql_mode_shows_how_to_schedule_pg_dump(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("DIALOGUE_APP_DATA_DIR", str(tmp_path / "home"))
    from dialogue_app.services.backups import BackupService

    class Shared:
        backups = BackupService(
            "postgresql+psycopg://clerk@db.office/dialogue", clock=fixed_clock()
        )

    section = BackupsSection(Shared())  # type: ignore[arg-type]
    qtbot.addWidget(section)
    texts = " ".join(label.text() for label in section.findChildren(type(section.message)))
    assert "pg_dump -h db.office -U clerk -Fc" in texts
    qtbot.waitUntil(lambda: section.state_label.warning)  # no dump registered
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    (dumps / "dialogue.dump").write_bytes(b"x")
    section.dump_edit.setText(str(dumps))
    assert section.save()
    qtbot.waitUntil(lambda: "Last database dump" in section.state_label.text())
