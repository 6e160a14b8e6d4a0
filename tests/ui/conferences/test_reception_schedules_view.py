"""The reception schedules tab: the list in words, editing, stopping and resuming, in Vietnamese.

"Today" is Friday 20 March 2026 (``with_fixed_clock``); the schedule is every Tuesday.
"""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialog

from dialogue_app.domain.conferences import ConferenceKind, ConferenceStatus
from dialogue_app.domain.reception_rules import ReceptionRule
from dialogue_app.services.container import Services
from dialogue_app.ui.common.changes import ChangeHub
from dialogue_app.ui.common.i18n import LanguageManager
from dialogue_app.ui.conferences.conferences_page import ConferencesPage
from dialogue_app.ui.conferences.reception_schedules_view import (
    DatePrompt,
    ScheduleModel,
    SchedulesView,
)
from dialogue_app.ui.conferences.scheduling_common import qdate
from tests.services.scheduling_fixtures import add_official, add_venue
from tests.ui.conferences.scheduling_support import with_fixed_clock


def tuesdays_of(services: Services, leader: int, venue: int | None = None) -> int:
    schedule = services.reception.add_schedule(
        leader, ReceptionRule.weekly(1), valid_from=date(2026, 3, 1), venue_id=venue
    )
    services.reception.generate(schedule.id, date(2026, 3, 1), date(2026, 4, 30))
    return schedule.id


SEND_CANCELLATIONS = (
    "Các buổi tiếp này được giữ lại ở trạng thái đã hủy để báo cho người được mời: hãy gửi "
    "thông báo hủy từ danh sách hội nghị (mở từng buổi tiếp đã hủy, rồi chọn “Xuất thông báo "
    "hủy…”)."
)


def upcoming_sessions(
    services: Services, status: ConferenceStatus | None = None
) -> list[tuple[date, time]]:
    """The reception sessions from "today" on that take place (or, with ``status``, those in
    that status)."""
    statuses = {status} if status else set(ConferenceStatus) - {ConferenceStatus.CANCELLED}
    return [
        (s.start.date(), s.start.time())
        for s in services.conferences.list(
            date(2026, 3, 20), date(2026, 4, 30), {ConferenceKind.RECEPTION}, statuses=statuses
        )
    ]


def test_an_empty_list_says_what_to_do(
    services: Services, languages: LanguageManager, qtbot
) -> None:
    view = SchedulesView(with_fixed_clock(services))
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 0
    assert "Thêm lịch tiếp công dân…" in view.hint.text()
    assert not view.edit_button.isEnabled() and not view.stop_button.isEnabled()
    view.stop_schedule()
    assert view.error.text() == "Hãy chọn một lịch tiếp công dân trong danh sách trước."
    assert [a.text() for a in view.context_menu().actions()] == ["Thêm lịch tiếp công dân…"]


def test_edit_stop_and_resume_a_schedule_in_the_window(
    services: Services, languages: LanguageManager, qtbot, qtmodeltester
) -> None:
    services = with_fixed_clock(services)
    leader = add_official(services.database, "Nguyễn Thị Lan")
    add_venue(services.database, "Phòng tiếp công dân xã")
    tuesdays_of(services, leader)
    page = ConferencesPage(services)
    qtbot.addWidget(page)
    page.show()
    assert page.tabs.tabText(3) == "Lịch tiếp công dân"
    page.tabs.setCurrentIndex(3)
    view = page.schedules
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 1
    row = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert row[ScheduleModel.COL_LEADER] == "Nguyễn Thị Lan"
    assert row[ScheduleModel.COL_RULE] == "Thứ Ba hằng tuần, trừ khi trùng ngày nghỉ"
    assert row[ScheduleModel.COL_HOURS] == "07:30–11:30"
    assert row[ScheduleModel.COL_STATE].startswith("Đang áp dụng từ ngày")
    assert "Sửa lịch…" in view.hint.text()

    page.duties.reference.setDate(qdate(date(2026, 3, 24)))
    assert [d.day for d in page.duties.duty_model.rows] == [date(2026, 3, 24)]
    assert page.duties.duty_model.index(0, 0).data() == "24/03/2026"
    assert page.duties.reference.text() == "24/03/2026"

    # edit: Thursdays in the afternoon, from today on
    view.view.setCurrentIndex(view.model.index(0, 0))
    assert view.edit_button.isEnabled() and view.stop_button.isEnabled()
    assert not view.resume_button.isEnabled()
    view.edit_schedule()
    dialog = view.last_dialog
    assert dialog is not None and dialog.windowTitle() == "Sửa lịch tiếp công dân"
    assert dialog.weekday.currentIndex() == 1 and dialog.start_time.time() == QTime(7, 30)
    dialog.weekday.setCurrentIndex(3)
    dialog.start_time.setTime(QTime(13, 30))
    dialog.end_time.setTime(QTime(16, 30))
    dialog.venue.setCurrentIndex(dialog.venue.findText("Phòng tiếp công dân xã"))
    dialog.generate_until.setDate(qdate(date(2026, 4, 30)))
    dialog.accept()
    assert view.message.text().startswith("Đã lưu lịch. Đã lập thêm 5 ngày tiếp, cập nhật ")
    assert view.message.text().endswith(" hủy 6 ngày. " + SEND_CANCELLATIONS)
    assert view.model.index(0, ScheduleModel.COL_RULE).data().startswith("Thứ Năm hằng tuần")
    assert view.model.index(0, ScheduleModel.COL_VENUE).data() == "Phòng tiếp công dân xã"
    thursdays = [date(2026, 3, 26)] + [date(2026, 4, d) for d in (2, 9, 16, 23)]
    assert upcoming_sessions(services) == [(d, time(13, 30)) for d in thursdays]
    # the duties tab, hidden meanwhile, shows the new day of that week once opened
    assert page.duties.changes.stale
    page.tabs.setCurrentWidget(page.duties)
    assert [d.day for d in page.duties.duty_model.rows] == [date(2026, 3, 26)]
    page.tabs.setCurrentWidget(view)

    # stop from 1 April, through the context menu
    view.ask_stop_date = lambda schedule: date(2026, 4, 1)
    menu = view.context_menu()
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert set(actions) == {"Sửa lịch…", "Ngừng áp dụng…", "Thêm lịch tiếp công dân…"}
    actions["Ngừng áp dụng…"].trigger()
    assert view.message.text() == (
        "Lịch tiếp công dân của Nguyễn Thị Lan ngừng áp dụng từ ngày 01/04/2026. Đã hủy 4 ngày "
        "tiếp chưa ghi nhận kết quả; các ngày đã ghi nhận được giữ nguyên. " + SEND_CANCELLATIONS
    )
    assert view.model.index(0, ScheduleModel.COL_STATE).data().startswith("Ngừng áp dụng từ ngày")
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert view.resume_button.isEnabled() and not view.stop_button.isEnabled()
    assert upcoming_sessions(services) == [(date(2026, 3, 26), time(13, 30))]
    # the Tuesdays of the first plan and the Thursdays from 1 April wait, cancelled, for their
    # cancellations to be sent
    assert upcoming_sessions(services, ConferenceStatus.CANCELLED) == sorted(
        [(date(2026, 3, 24), time(7, 30)), (date(2026, 3, 31), time(7, 30))]
        + [(date(2026, 4, d), time(7, 30)) for d in (7, 14, 21, 28)]
        + [(d, time(13, 30)) for d in thursdays[1:]]
    )

    # resuming with a day before it applies again is refused in words
    view.ask_plan_until = lambda schedule: date(2026, 3, 31)
    view.resume_schedule()
    assert view.error.text().startswith("Lịch được áp dụng lại từ ngày 01/04/2026")
    assert view.model.index(0, ScheduleModel.COL_STATE).data().startswith("Ngừng")
    view.ask_plan_until = lambda schedule: date(2026, 4, 30)
    view.resume_schedule()
    assert view.error.text() == ""
    assert view.message.text() == (
        "Lịch tiếp công dân của Nguyễn Thị Lan được áp dụng lại; đã lập 4 ngày tiếp đến ngày "
        "30/04/2026."
    )
    assert view.model.index(0, ScheduleModel.COL_STATE).data().startswith("Đang áp dụng")
    assert upcoming_sessions(services) == [(d, time(13, 30)) for d in thursdays]


def test_an_edit_that_cannot_be_saved_keeps_the_form_open_and_says_why(
    services: Services, languages: LanguageManager, qtbot
) -> None:
    services = with_fixed_clock(services)
    leader = add_official(services.database, "Nguyễn Thị Lan")
    tuesdays_of(services, leader)
    view = SchedulesView(services)
    qtbot.addWidget(view)
    view.show()
    view.view.setCurrentIndex(view.model.index(0, 0))
    view.edit_schedule()
    dialog = view.last_dialog
    assert dialog is not None
    dialog.end_time.setTime(QTime(7, 0))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text() == "Giờ kết thúc buổi tiếp đang trước giờ bắt đầu."
    dialog.reject()
    assert upcoming_sessions(services)[0] == (date(2026, 3, 24), time(7, 30))


def test_a_new_schedule_from_the_tab_plans_its_days(
    services: Services, languages: LanguageManager, qtbot
) -> None:
    services = with_fixed_clock(services)
    add_official(services.database, "Nguyễn Thị Lan")
    view = SchedulesView(services)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(ChangeHub.of(view).changed):  # the new days are announced
        view.new_schedule()
        dialog = view.last_dialog
        assert dialog is not None and dialog.valid_from.date() == qdate(date(2026, 3, 20))
        dialog.rule_type.setCurrentIndex(0)  # a day of each month: the 15th
        dialog.generate_until.setDate(qdate(date(2026, 6, 30)))
        dialog.accept()
    assert view.message.text() == "Đã lưu lịch; đã lập 3 ngày tiếp công dân."
    assert view.model.index(0, ScheduleModel.COL_RULE).data() == (
        "Ngày 15 hằng tháng; nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp"
    )
    assert "Thêm lịch" not in view.hint.text()


def test_stopping_says_in_one_message_which_days_it_left_alone(
    services: Services, languages: LanguageManager, qtbot
) -> None:
    services = with_fixed_clock(services)
    leader = add_official(services.database, "Nguyễn Thị Lan")
    tuesdays_of(services, leader)
    (session,) = services.conferences.list(
        date(2026, 4, 7), date(2026, 4, 7), {ConferenceKind.RECEPTION}
    )
    version = services.scheduling.get(session.id).version
    services.scheduling.postpone(session.id, version, "Lãnh đạo đi công tác")
    view = SchedulesView(services)
    qtbot.addWidget(view)
    view.show()
    view.view.setCurrentIndex(view.model.index(0, 0))
    view.ask_stop_date = lambda schedule: date(2026, 4, 1)
    view.stop_schedule()
    assert view.error.text() == ""
    assert view.message.text() == (
        "Lịch tiếp công dân của Nguyễn Thị Lan ngừng áp dụng từ ngày 01/04/2026. Đã hủy 3 ngày "
        "tiếp chưa ghi nhận kết quả; các ngày đã ghi nhận được giữ nguyên. Giữ nguyên các ngày "
        "sau vì buổi tiếp đã được hoãn, hủy hoặc đã ghi nhận kết quả: 07/04/2026. "
        + SEND_CANCELLATIONS
    )
    # dates in the list read in full, as Vietnamese offices write them (not Qt's 1/4/26)
    state = view.model.index(0, ScheduleModel.COL_STATE).data()
    assert state.endswith("01/04/2026")


def test_a_stop_in_the_past_is_refused_in_words_and_the_prompt_starts_today(
    services: Services, languages: LanguageManager, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = with_fixed_clock(services)
    leader = add_official(services.database, "Nguyễn Thị Lan")
    tuesdays_of(services, leader)
    view = SchedulesView(services)
    qtbot.addWidget(view)
    view.show()
    view.view.setCurrentIndex(view.model.index(0, 0))

    # the prompt offers no day before today
    shown: list[DatePrompt] = []

    def refuse(prompt: DatePrompt) -> QDialog.DialogCode:
        shown.append(prompt)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DatePrompt, "exec", refuse)
    view.stop_schedule()
    (prompt,) = shown
    assert prompt.day.minimumDate() == qdate(date(2026, 3, 20))
    assert prompt.day.date() == qdate(date(2026, 3, 20))

    # a day before today, however it comes, is refused and nothing changes
    before = upcoming_sessions(services)
    view.ask_stop_date = lambda schedule: date(2026, 3, 17)
    view.stop_schedule()
    assert view.error.text() == (
        "Chỉ có thể ngừng áp dụng lịch từ hôm nay trở đi; các ngày tiếp đã qua vẫn cần được ghi "
        "nhận là đã tiếp, đã ủy quyền hoặc không tiếp."
    )
    assert view.message.text() == ""
    assert view.model.index(0, ScheduleModel.COL_STATE).data().startswith("Đang áp dụng")
    assert upcoming_sessions(services) == before
    assert upcoming_sessions(services, ConferenceStatus.CANCELLED) == []
