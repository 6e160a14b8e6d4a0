"""The calendar-exchange actions and the busy-times import dialog (issue 5)."""

from __future__ import annotations

from datetime import date

import pytest
from ics_support import SAMPLES, check_ics, seed_office
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import func, select

from dialogue_app.store.models import BusyBlock
from dialogue_app.ui.calendar_exchange.calendar_exchange import (
    BusyTimesImportDialog,
    export_cancellation,
    export_deadlines,
    export_invitation,
    export_schedule,
)


@pytest.fixture
def office(db):
    return seed_office(db)


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def message(parent: QWidget) -> QMessageBox:
    (box,) = parent.findChildren(QMessageBox, "calendarExchangeMessage")
    return box


def count_blocks(db) -> int:
    with db.uow.read() as session:
        return session.scalar(select(func.count()).select_from(BusyBlock)) or 0


def make_dialog(qtbot, services, **kwargs) -> BusyTimesImportDialog:
    dialog = BusyTimesImportDialog(services, **kwargs)
    qtbot.addWidget(dialog)
    dialog.from_edit.setDate(QDate(2026, 3, 1))
    dialog.to_edit.setDate(QDate(2026, 4, 30))
    return dialog


def test_import_dialog_imports_and_reports(qtbot, services, db, office, languages):
    # Vietnamese, as the office reads it: whole sentences, dates as offices write them
    dialog = make_dialog(qtbot, services)
    dialog.show()
    assert dialog.from_edit.text() == "01/03/2026"
    assert not dialog.import_button.isEnabled()
    dialog.official_combo.setCurrentIndex(dialog.official_combo.findData(office.chair_id))
    dialog.file_edit.setText(str(SAMPLES / "outlook.ics"))
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.busy_times_imported) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args == [office.chair_id]
    assert dialog.result_label.text().splitlines() == [
        "Đặng Văn Đức: đã nhập 8 khoảng thời gian bận từ outlook.ics, áp dụng từ 01/03/2026 "
        "đến 30/04/2026.",
        "Đã bỏ qua 1 mục đánh dấu rảnh và 0 mục đã hủy.",
    ]
    assert count_blocks(db) == 8

    # again, in English: replaces, does not double
    languages.apply("en")
    dialog = make_dialog(qtbot, services, official_id=office.chair_id)
    assert dialog.from_edit.text() == "01/03/2026"
    dialog.file_edit.setText(str(SAMPLES / "outlook.ics"))
    assert dialog.import_file()
    assert dialog.result_label.text().splitlines() == [
        "Đặng Văn Đức: 8 busy times imported from outlook.ics for 01/03/2026 to 30/04/2026.",
        "Replaced: 8 busy times from the earlier import of this file.",
        "Entries left out: 1 marked free, 0 cancelled.",
    ]
    assert count_blocks(db) == 8


def test_import_dialog_refuses_a_broken_file(qtbot, services, db, office, tmp_path):
    broken = tmp_path / "hong.ics"
    broken.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260301T080000\r\n")
    dialog = make_dialog(qtbot, services, official_id=office.commune_chair_id)
    assert dialog.official_combo.currentData() == office.commune_chair_id
    dialog.file_edit.setText(str(broken))
    with qtbot.assertNotEmitted(dialog.busy_times_imported):
        assert not dialog.import_file()
    assert dialog.result_label.text().startswith("Nothing was imported.")
    assert "incomplete" in dialog.result_label.text()
    assert count_blocks(db) == 0


def test_import_dialog_checks_the_period(qtbot, services, office):
    dialog = make_dialog(qtbot, services)
    dialog.file_edit.setText(str(SAMPLES / "google.ics"))
    dialog.to_edit.setDate(QDate(2026, 1, 1))
    assert not dialog.import_file()
    assert "before its start" in dialog.result_label.text()


def test_import_dialog_without_officials(qtbot, services):
    dialog = BusyTimesImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText("x.ics")
    assert not dialog.import_button.isEnabled()
    assert "no officials" in dialog.result_label.text()


def test_export_invitation_writes_the_file_and_says_so(parent, services, office, tmp_path):
    target = tmp_path / "giay-moi.ics"
    assert export_invitation(parent, services, office.dialogue_id, path=target) == target
    check_ics(target.read_bytes(), "REQUEST")
    box = message(parent)
    assert box.icon() == QMessageBox.Icon.Information
    assert str(target) in box.text()


def test_export_invitation_as_email(parent, services, office, tmp_path):
    target = tmp_path / "giay-moi.eml"
    assert export_invitation(parent, services, office.dialogue_id, as_email=True, path=target)
    assert b"method=REQUEST" in target.read_bytes()
    assert "Outlook" in message(parent).text()


def test_refused_export_explains_and_writes_nothing(parent, services, office, tmp_path):
    target = tmp_path / "huy.ics"
    assert export_cancellation(parent, services, office.dialogue_id, path=target) is None
    assert not target.exists()
    box = message(parent)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "is not cancelled" in box.text()


def finish(qtbot, dialog):
    """Wait for a background export to end; returns its dialog."""
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.done, timeout=30000)
    assert dialog.wait()
    return dialog


def test_export_schedule_and_deadlines(qtbot, parent, services, office, tmp_path, languages):
    schedule = tmp_path / "lich.ics"
    dialog = export_schedule(
        parent,
        services,
        date(2026, 3, 1),
        date(2026, 5, 31),
        leader_id=office.commune_chair_id,
        path=schedule,
    )
    finish(qtbot, dialog)
    events = check_ics(schedule.read_bytes(), "PUBLISH").walk("VEVENT")
    assert len(events) == 1 + len(office.reception_days)
    assert dialog.error is None
    assert dialog.report.toPlainText() == (
        f"Đã lưu {len(events)} mục lịch vào {schedule}. Mở tệp bằng chương trình lịch, hoặc "
        "đăng lên cho cơ quan."
    )
    dialog.close()
    languages.apply("en")
    deadlines = tmp_path / "han.ics"
    dialog = finish(qtbot, export_deadlines(parent, services, None, None, path=deadlines))
    assert len(check_ics(deadlines.read_bytes(), "PUBLISH").walk("VEVENT")) == 2
    assert dialog.report.toPlainText() == (
        f"Saved 2 deadline(s) as {deadlines}. Open the file in a calendar program to see them "
        "as all-day entries."
    )


def test_a_refused_schedule_is_explained_in_the_progress_dialog(
    qtbot, parent, services, office, tmp_path
):
    target = tmp_path / "lich.ics"
    dialog = finish(
        qtbot, export_schedule(parent, services, date(2026, 5, 1), date(2026, 3, 1), path=target)
    )
    assert dialog.label.text() == "Not done."
    assert dialog.report.toPlainText() == "The end date is before the start date."
    assert dialog.button.text() == "Close"
    assert not target.exists()


def test_unwritable_folder_is_explained(qtbot, parent, services, office, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert export_invitation(parent, services, office.dialogue_id, path=blocker / "x.ics") is None
    box = message(parent)
    assert box.windowTitle() == "Cannot save the calendar file"
    assert "was not saved: its folder does not exist" in box.text()
    # the same words when the background export meets it
    dialog = finish(qtbot, export_deadlines(parent, services, None, None, path=blocker / "h.ics"))
    assert "was not saved: its folder does not exist" in dialog.error
