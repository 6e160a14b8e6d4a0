"""The window's commands (issue 18): New, Find, Print, Save and Refresh are menu actions with
their shortcuts shown in the menu and the tooltips, done by the page shown; human units and
labels where the clerk reads them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from dialogue_app.ui.common.durations import ReminderSpinBox, reminder_text
from dialogue_app.ui.main_window import MainWindow


def test_the_actions_menu_holds_the_shortcuts(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    keys = {verb: a.shortcut().toString() for verb, a in window.commands.items()}
    assert keys == {
        "new": "Ctrl+N",
        "find": "Ctrl+F",
        "print": "Ctrl+P",
        "save": "Ctrl+S",
        "refresh": "F5",
    }
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&Thao tác"
    assert window.commands["new"].text() == "&Mới…"
    native = QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText)
    assert window.commands["new"].toolTip() == f"Mới ({native})"


def test_new_and_find_act_on_the_page_shown(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    page = window.show_page("conferences")
    assert window.run_command("new")
    dialog = page.last_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    QApplication.processEvents()
    cases = window.show_page("cases")
    cases.search.setText("Đặng")
    assert window.run_command("find")
    assert cases.search.selectedText() == "Đặng"
    window.show_page("calendar")
    assert not window.run_command("save")  # nothing to save on the calendar: said so
    assert "không có tác dụng" in window.statusBar().currentMessage()
    settings = window.show_page("settings")
    settings.name_edit.setText("Văn phòng UBND tỉnh Hà Tĩnh")
    assert window.run_command("save")


def test_a_reminder_reads_in_days_and_hours(qapp) -> None:  # type: ignore[no-untyped-def]
    assert reminder_text(1440) == "1 day before"
    assert reminder_text(2880) == "2 days before"
    assert reminder_text(120) == "2 hours before"
    assert reminder_text(45) == "45 minutes before"
    assert reminder_text(0) == "At the start"
    box = ReminderSpinBox()
    box.setValue(60)
    assert box.text() == "1 hour before"
    box.stepBy(1)
    assert box.value() == 120
    box.stepBy(2)
    assert (box.value(), box.text()) == (1440, "1 day before")
    box.stepBy(-1)
    assert box.value() == 240
    box.setValue(45)  # a value stored earlier, kept as it is
    assert box.text() == "45 minutes before"
    box.stepBy(-1)
    assert box.value() == 30


def test_the_calendar_names_months_holidays_and_leaders_in_words(  # type: ignore[no-untyped-def]
    services, languages, qtbot
) -> None:
    from datetime import date, datetime, timedelta

    from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
    from dialogue_app.domain.timezone import VN_TZ
    from dialogue_app.domain.working_days import WorkingDayCalendar
    from dialogue_app.services.conferences import ConferenceSummary
    from dialogue_app.ui.conferences.calendar_page import CalendarPage, CalendarRole, WeekModel

    page = CalendarPage(services)
    qtbot.addWidget(page)
    assert page.month_title(date(2026, 12, 3)) == "tháng 12 năm 2026"
    page.show_day(date(2026, 4, 1))
    page.reload()
    index = page.month_model.index_of(date(2026, 4, 27))
    assert index.data(CalendarRole.REASON) == "Ngày Giỗ Tổ Hùng Vương (nghỉ bù)"
    assert "Ngày Giỗ Tổ Hùng Vương (nghỉ bù)" in index.data(0x03)  # the tooltip names it
    assert WorkingDayCalendar().substitute_day_off(date(2026, 4, 27))
    assert not WorkingDayCalendar().substitute_day_off(date(2026, 4, 26))
    # the week view shows who chairs
    start = datetime(2026, 4, 21, 8, 0, tzinfo=VN_TZ)
    summary = ConferenceSummary(
        1, "uid", "Tiếp công dân định kỳ", ConferenceKind.DIALOGUE, ConferenceStatus.SCHEDULED,
        start, start + timedelta(hours=2), None, None, ("Trần Văn Hùng",), 0,
    )  # fmt: skip
    week = WeekModel(date(2026, 4, 21))
    week.set_data(date(2026, 4, 20), [summary], WorkingDayCalendar(), date(2026, 4, 21))
    assert week.index_of(start).data() == "Tiếp công dân định kỳ"
    assert week.index_of(start + WeekModel.SLOT).data() == "Trần Văn Hùng"  # the slot below
