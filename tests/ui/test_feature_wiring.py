"""Where users find the calendar exchange and the working-day calendar: the calendar view, the
conference dialog and Settings, on the demo data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import icalendar
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QGroupBox

from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.services.container import Services
from dialogue_app.ui.calendar_exchange.calendar_exchange import BusyTimesImportDialog
from dialogue_app.ui.conferences.calendar_page import CalendarPage
from dialogue_app.ui.conferences.conference_dialog import ConferenceDialog
from dialogue_app.ui.conferences.working_days_editor import WorkingDaysEditor
from dialogue_app.ui.main_window import MainWindow
from dialogue_app.ui.settings.settings_page import SettingsPage
from tests.clock import TODAY


def test_calendar_view_publishes_the_period_shown(
    make_window: Callable[[], MainWindow], services: Services, tmp_path: Path, qtbot
) -> None:
    services.demo.load()
    window = make_window()
    page = window.show_page("calendar")
    assert isinstance(page, CalendarPage)
    page.show_day(TODAY + timedelta(days=12))  # the coming dialogue in Thạch Xuân
    target = tmp_path / "lich-tiep-dan.ics"
    dialog = page.export_schedule(str(target))
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.done, timeout=30000)
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert calendar["METHOD"] == "PUBLISH"
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert any("Thạch Xuân" in summary for summary in summaries)
    first, last = page.visible_range()
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        day = start if not hasattr(start, "date") else start.date()
        assert first <= day <= last
        assert "ATTENDEE" not in event


def test_conference_dialog_offers_the_invitation_until_cancelled_then_the_cancellation(
    services: Services, qtbot
) -> None:
    services.demo.load()
    coming = next(c for c in services.conferences.list() if c.status == ConferenceStatus.SCHEDULED)
    dialog = ConferenceDialog(services, conference_id=coming.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.invite_button.isVisible()
    assert not dialog.cancellation_button.isVisible()
    dialog.close()

    detail = services.scheduling.get(coming.id)
    services.scheduling.cancel(coming.id, detail.version, "Trùng lịch họp Tỉnh ủy")
    dialog = ConferenceDialog(services, conference_id=coming.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.cancellation_button.isVisible()
    assert not dialog.invite_button.isVisible()
    dialog.close()


def test_settings_hold_the_working_days_and_the_busy_times_import(
    make_window: Callable[[], MainWindow], qtbot
) -> None:
    window = make_window()
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    titles = [box.title() for box in page.findChildren(QGroupBox)]
    assert "Ngày làm việc" in titles or "Working days" in titles
    assert page.findChild(WorkingDaysEditor) is not None

    opened: list[QDialog] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BusyTimesImportDialog)
        opened.append(dialog)
        dialog.reject()

    QTimer.singleShot(100, close_dialog)
    page.busy_import_button.click()
    assert opened
