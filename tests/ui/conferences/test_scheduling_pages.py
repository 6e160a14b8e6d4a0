"""The Conferences page (list, unclosed reminder), the duties view and the working-days editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from dialogue_app.domain.calendar_days import DayException, DutyStatus
from dialogue_app.domain.reception_rules import ReceptionRule
from dialogue_app.services.container import Services
from dialogue_app.ui.common.i18n import LanguageManager
from dialogue_app.ui.conferences.conferences_page import ConferencesPage
from dialogue_app.ui.conferences.duties_view import DutiesView
from dialogue_app.ui.conferences.scheduling_common import qdate
from dialogue_app.ui.conferences.working_days_editor import WorkingDaysEditor
from tests.services.scheduling_fixtures import add_official, at, draft
from tests.ui.conferences.scheduling_support import with_fixed_clock


def test_conferences_page_lists_searches_and_reminds(
    services: Services, qtbot, qtmodeltester, languages: LanguageManager
) -> None:
    services = with_fixed_clock(services)
    for day in range(2, 7):
        services.scheduling.create(draft(at(day, 8), at(day, 10), title=f"Hội nghị {day}"))
    page = ConferencesPage(services)
    qtbot.addWidget(page)
    page.show()
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 5
    assert page.model.row_at(0).title == "Hội nghị 6"  # newest first
    # every conference above ended before now (the real clock): all await closing
    assert page.unclosed_model.rowCount() == 5
    assert page.tabs.tabText(1) == "Chưa hoàn tất (5)"
    assert page.count_label.text() == "5 hội nghị"
    page.search.setText("Hội nghị 3")
    page.reload()
    assert page.model.rowCount() == 1
    page.search.setText("nothing like this")
    page.reload()
    assert page.model.rowCount() == 0 and page.empty_label.text()
    page.search.clear()
    page.reload()
    # a long reason is cut off in its column; the row's tooltip says it whole
    third = next(
        page.model.row_at(r) for r in range(5) if page.model.row_at(r).title == "Hội nghị 3"
    )
    reason = (
        "Trùng lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh, sẽ bố trí lại sau khi có lịch"
    )
    services.scheduling.cancel(third.id, services.scheduling.get(third.id).version, reason)
    page.reload()
    row = next(r for r in range(5) if page.model.row_at(r).title == "Hội nghị 3")
    status = page.model.index(row, page.model.COL_STATUS)
    assert status.data(Qt.ItemDataRole.ToolTipRole).splitlines()[2] == f"Đã hủy: {reason}"
    page.view.setCurrentIndex(page.model.index(0, 0))
    page._open_selected()
    assert page.last_dialog is not None and page.last_dialog.title_edit.text() == "Hội nghị 6"
    page.last_dialog.reject()
    languages.apply("en")
    page = ConferencesPage(services)
    qtbot.addWidget(page)
    page.show()
    assert (page.count_label.text(), page.tabs.tabText(1)) == (
        "5 conferences",
        "Not yet closed (4)",  # the cancelled one needs no closing
    )


def test_paging_fetches_more_rows(services: Services, qtbot) -> None:
    services = with_fixed_clock(services)
    for n in range(5):
        services.scheduling.create(draft(at(2 + n, 8), at(2 + n, 9), title=f"H{n}"))
    page = ConferencesPage(services)
    qtbot.addWidget(page)
    page.show()
    page.model.PAGE = 2
    page.model.reload()
    assert page.model.rowCount() == 2
    while page.model.canFetchMore(page.model.index(-1, -1)):
        page.model.fetchMore(page.model.index(-1, -1))
    assert page.model.rowCount() == 5


def test_duties_view_shows_who_is_behind_and_marks_days(
    services: Services, qtbot, qtmodeltester, languages: LanguageManager
) -> None:
    services = with_fixed_clock(services)  # reception "today" is 20 March 2026
    leader = add_official(services.database, "Nguyễn Thị Lan")
    deputy = add_official(services.database, "Hồ Văn Nam", "Phó Chủ tịch")
    quotas = {q.code: q for q in services.reception.ensure_default_quotas()}
    services.reception.assign_quota(leader, quotas["commune_chairman"].id)
    schedule = services.reception.add_schedule(
        leader, ReceptionRule.weekly(1), valid_from=date(2026, 3, 1)
    )
    services.reception.generate(schedule.id, date(2026, 3, 1), date(2026, 3, 31))
    view = DutiesView(services)
    qtbot.addWidget(view)
    view.show()
    view.reference.setDate(qdate(date(2026, 3, 17)))  # week of Tuesday 17 March
    qtmodeltester.check(view.compliance_model)
    qtmodeltester.check(view.duty_model)
    assert view.duty_model.rowCount() == 1
    view.duty_view.setCurrentIndex(view.duty_model.index(0, 0))
    view.ask_reason = lambda duty: "Đi công tác"
    view.mark(DutyStatus.MISSED)
    assert view.compliance_model.rows[0].count.behind
    assert view.hint.text() == "Có 1 lãnh đạo chưa đạt định mức tiếp công dân trong kỳ này."
    standing = view.compliance_model.index(0, view.compliance_model.columnCount() - 1)
    assert standing.data() == "Còn thiếu 1 ngày"
    view.duty_view.setCurrentIndex(view.duty_model.index(0, 0))
    view.ask_delegate = lambda duty: deputy
    view.mark(DutyStatus.DELEGATED)
    assert not view.compliance_model.rows[0].count.behind
    assert view.duty_model.rows[0].delegate_name == "Hồ Văn Nam"


def test_working_days_editor_adds_and_removes_a_swapped_saturday(
    services: Services, qtbot, qtmodeltester
) -> None:
    editor = WorkingDaysEditor(services)
    qtbot.addWidget(editor)
    editor.select_day(date(2026, 10, 17))
    qtmodeltester.check(editor.model)
    assert "2026" in str(editor.year.value())
    editor.kind.setCurrentIndex(editor.kind.findData(DayException.WORKING_DAY))
    editor.description.setText("Làm bù cho 26/10")
    editor.add_exception()
    assert services.working_days.is_working_day(date(2026, 10, 17))
    assert editor.model.index_of(date(2026, 10, 17)).data() == "L"
    assert editor.remove_button.isEnabled()
    editor.remove_exception()
    assert not services.working_days.is_working_day(date(2026, 10, 17))
    editor.select_day(date(2026, 3, 10))  # a Tuesday: cannot be a swapped working day
    editor.add_exception()
    assert "already a working day" in editor.message.text()
    tet = editor.model.index_of(date(2026, 2, 17))
    assert tet.data() == "★"
    # the day off in place of Hùng Kings' day (a Sunday in 2026) is a day off, not the holiday
    assert editor.model.index_of(date(2026, 4, 26)).data() == "★"
    assert editor.model.index_of(date(2026, 4, 27)).data() == "N"


def test_working_days_editor_says_what_a_day_is_in_one_vietnamese_sentence(
    services: Services, languages: LanguageManager, qtbot
) -> None:
    editor = WorkingDaysEditor(services)
    qtbot.addWidget(editor)
    editor.select_day(date(2026, 3, 10))
    assert editor.selected_label.text() == "Thứ Ba, 10 tháng 3, 2026: ngày làm việc"
    editor.select_day(date(2026, 3, 14))
    assert editor.selected_label.text() == "Thứ Bảy, 14 tháng 3, 2026: ngày nghỉ (cuối tuần)"
