"""Exporting a schedule from the window runs in the background, with progress and Cancel.

The window stays usable while a big schedule is written; the file it writes is read back by an
independent parser; Cancel leaves no file and keeps an earlier file as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import recurring_ical_events
import vobject
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar
from ics_support import seed_office
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.domain.timezone import VN_TZ
from dialogue_app.services.container import Services
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.store.models import Conference, OfficeProfile
from dialogue_app.ui.cases.cases_page import CasesPage
from dialogue_app.ui.common.background_task import TaskDialog
from dialogue_app.ui.conferences.calendar_page import CalendarPage
from dialogue_app.ui.main_window import MainWindow
from tests.clock import TODAY
from tests.ui.file_dialogs_support import answering_file_dialogs

OLD = b"BEGIN:VCALENDAR\r\nX-OLD:last week's schedule\r\nEND:VCALENDAR\r\n"


def busy_month(db: DatabaseHandle, day: date, count: int) -> None:
    """``count`` dialogue conferences in the two weeks from ``day``: a big office's month."""
    start = datetime.combine(day, time(7, 30), VN_TZ)
    created = datetime(2026, 1, 1, tzinfo=UTC)
    with db.uow.begin() as session:
        session.add(
            OfficeProfile(
                name="Văn phòng Tỉnh ủy Hà Tĩnh",
                organizer_name="Văn phòng Tỉnh ủy",
                organizer_email="vanphong@hatinh.gov.vn",
            )
        )
        session.add_all(
            Conference(
                uid=f"conf-{i}-20260101T000000000000@hatinh.gov.vn",
                kind=ConferenceKind.DIALOGUE,
                status=ConferenceStatus.SCHEDULED,
                title=f"Đối thoại trực tiếp với Nhân dân xã số {i}",
                topic=f"Giải phóng mặt bằng; tái định cư, xã {i}",
                starts_at=start + timedelta(days=i % 14, minutes=i // 14),
                ends_at=start + timedelta(days=i % 14, minutes=i // 14 + 90),
                created_at=created,
            )
            for i in range(count)
        )


def calendar_page(make_window: Callable[[], MainWindow], day: date) -> CalendarPage:
    window = make_window()
    page = window.show_page("calendar")
    assert isinstance(page, CalendarPage)
    page.show_day(day)
    return page


def test_the_schedule_is_written_in_the_background_and_reads_back(
    make_window: Callable[[], MainWindow], services: Services, qtbot, tmp_path: Path
) -> None:
    services.demo.load()
    page = calendar_page(make_window, TODAY + timedelta(days=12))
    target = tmp_path / "lich-tiep-dan.ics"

    dialog = page.export_schedule(str(target))

    assert isinstance(dialog, TaskDialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Đang xuất lịch"
    with qtbot.waitSignal(dialog.finished_ok, timeout=30000):
        pass
    qtbot.waitUntil(lambda: dialog.done)
    assert dialog.bar.value() == dialog.bar.maximum()
    assert dialog.button.text() == "Đóng"
    # read back by a parser that shares no code with the one that wrote it
    parsed = IcsCalendarStream.calendar_from_ics(target.read_text(encoding="utf-8"))
    first, last = page.visible_range()
    assert parsed.events
    assert any("Thạch Xuân" in event.summary for event in parsed.events)
    for event in parsed.events:
        start = event.dtstart if isinstance(event.dtstart, date) else event.dtstart
        day = start.date() if isinstance(start, datetime) else start
        assert first <= day <= last
    occurrences = recurring_ical_events.of(Calendar.from_ical(target.read_bytes())).between(
        first, last + timedelta(days=1)
    )
    assert len(occurrences) == len(parsed.events)
    assert dialog.report.toPlainText() == (
        f"Đã lưu {len(parsed.events)} mục lịch vào {target}. Mở tệp bằng chương trình lịch, "
        "hoặc đăng lên cho cơ quan."
    )
    dialog.close()


def test_cancel_writes_nothing_and_keeps_the_earlier_file(
    make_window: Callable[[], MainWindow],
    services: Services,
    db: DatabaseHandle,
    qtbot,
    tmp_path: Path,
) -> None:
    page = calendar_page(make_window, TODAY)
    first, _last = page.visible_range()
    busy_month(db, first, 3000)  # a few seconds of work: Cancel comes long before the end
    folder = tmp_path / "Documents"
    folder.mkdir()
    target = folder / "lich.ics"
    target.write_bytes(OLD)

    dialog = page.export_schedule(str(target))

    assert isinstance(dialog, TaskDialog)
    assert dialog.isVisible() and not dialog.done
    assert dialog.label.text() == "Đang ghi lich.ics…"
    assert dialog.button.text() == "Hủy"
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    assert dialog.label.text() == "Đang hủy… sẽ không lưu dữ liệu nào."
    qtbot.waitUntil(lambda: dialog.done, timeout=30000)

    assert dialog.error == "Đã hủy xuất dữ liệu; tệp chưa được ghi."
    assert dialog.label.text() == "Không hoàn thành."
    assert dialog.button.text() == "Đóng"
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in folder.iterdir()) == ["lich.ics"]  # nothing half-written
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_the_cases_page_exports_the_deadlines_of_the_agency_chosen(
    make_window: Callable[[], MainWindow], db: DatabaseHandle, qtbot, tmp_path: Path
) -> None:
    seed_office(db)  # open cases: one of the land department, one of the commune
    window = make_window()
    page = window.show_page("cases")
    assert isinstance(page, CasesPage)
    assert page.deadlines_button.text() == "Hạn giải quyết (.ics)…"
    # the agency filter reached for (its list read then), an agency chosen
    QApplication.sendEvent(page.agency, QFocusEvent(QEvent.Type.FocusIn))
    page.agency.setCurrentIndex(page.agency.findText("UBND xã Cẩm Xuyên"))
    target = tmp_path / "han-giai-quyet.ics"

    dialog = page.export_deadlines(str(target))

    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.done, timeout=30000)
    assert dialog.error is None
    assert dialog.windowTitle() == "Xong"  # once over, the title no longer says "Đang…"
    parsed = vobject.readOne(target.read_text(encoding="utf-8"), validate=True)
    (event,) = parsed.vevent_list
    assert event.dtstart.value == date(2026, 3, 25)  # an all-day entry on the deadline
    assert "TC-3/2026" in event.summary.value
    assert "Lê Thị Cúc" not in target.read_text(encoding="utf-8")  # the denunciator stays secret
    assert dialog.report.toPlainText().startswith(f"Đã lưu 1 hạn giải quyết vào {target}.")
    dialog.close()


def test_the_export_buttons_ask_where_to_save_then_write_the_file(
    make_window: Callable[[], MainWindow],
    services: Services,
    db: DatabaseHandle,
    qtbot,
    tmp_path: Path,
) -> None:
    """Clicked as a person clicks them (the button's signal carries its "checked" flag, which
    must not be taken for a file name): the save dialog is asked, the file written there."""
    seed_office(db)
    window = make_window()
    calendar = window.show_page("calendar")
    assert isinstance(calendar, CalendarPage)
    with answering_file_dialogs(lambda seen: tmp_path / f"{len(asked)}.ics") as asked:
        qtbot.mouseClick(calendar.export_button, Qt.MouseButton.LeftButton)
        cases = window.show_page("cases")
        assert isinstance(cases, CasesPage)
        qtbot.mouseClick(cases.deadlines_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    # named in Vietnamese, for the period shown
    assert asked[0].offered.startswith("Lịch làm việc từ ")
    assert asked[1].offered.startswith("Hạn giải quyết các vụ việc chưa xong")
    for name in ("1.ics", "2.ics"):
        qtbot.waitUntil(lambda name=name: (tmp_path / name).exists(), timeout=30000)
        assert Calendar.from_ical((tmp_path / name).read_bytes()).walk("VCALENDAR")
