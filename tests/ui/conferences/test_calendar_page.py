"""The calendar page: month, week and agenda views, filters, keyboard, opening conferences."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from dialogue_app.domain.conferences import ConferenceKind
from dialogue_app.services.container import Services
from dialogue_app.ui.conferences.calendar_page import (
    CalendarPage,
    CalendarRole,
    MonthModel,
    ViewMode,
    WeekModel,
)
from dialogue_app.ui.conferences.scheduling_common import ConferenceTableModel
from tests.services.scheduling_fixtures import add_official, at, draft
from tests.ui.conferences.scheduling_support import with_fixed_clock


def make_page(qtbot, services: Services) -> CalendarPage:
    page = CalendarPage(services)
    qtbot.addWidget(page)
    page.show()
    page.show_day(date(2026, 3, 10))
    return page


def test_models_pass_the_model_tester(services: Services, qtmodeltester, qtbot) -> None:
    services = with_fixed_clock(services)
    services.scheduling.create(draft(at(10, 8), at(10, 10)))
    page = make_page(qtbot, services)
    qtmodeltester.check(page.month_model)
    page.set_mode(ViewMode.WEEK)
    qtmodeltester.check(page.week_model)
    page.set_mode(ViewMode.AGENDA)
    qtmodeltester.check(page.agenda_model)
    assert isinstance(page.month_model, MonthModel) and isinstance(page.week_model, WeekModel)
    assert isinstance(page.agenda_model, ConferenceTableModel)


def test_month_shows_conferences_and_holidays(services: Services, qtbot) -> None:
    services = with_fixed_clock(services)
    services.scheduling.create(draft(at(10, 8), at(10, 10), title="Đối thoại tháng Ba"))
    page = make_page(qtbot, services)
    cell = page.month_model.index_of(date(2026, 3, 10))
    assert "Đối thoại tháng Ba" in cell.data()
    assert [c.title for c in cell.data(CalendarRole.CONFERENCES)] == ["Đối thoại tháng Ba"]
    page.show_day(date(2026, 2, 17))
    tet = page.month_model.index_of(date(2026, 2, 17))
    assert tet.data(CalendarRole.REASON)  # Tết is marked
    assert tet.data(Qt.ItemDataRole.BackgroundRole) is not None
    grid = page.month_view.grab()  # the delegate paints without error
    assert not grid.isNull()


def test_enter_opens_the_conference_and_an_empty_day_starts_a_new_one(
    services: Services, qtbot
) -> None:
    services = with_fixed_clock(services)
    saved = services.scheduling.create(draft(at(10, 8), at(10, 10), title="Mở tôi"))
    page = make_page(qtbot, services)
    page.month_view.setFocus()
    page.month_view.setCurrentIndex(page.month_model.index_of(date(2026, 3, 10)))
    with qtbot.waitSignal(page.conference_opened) as opened:
        qtbot.keyClick(page.month_view, Qt.Key.Key_Return)
    assert opened.args == [saved.id]
    assert page.last_dialog is not None and page.last_dialog.title_edit.text() == "Mở tôi"
    page.last_dialog.reject()
    page.activate(page.month_model.index_of(date(2026, 3, 11)))
    assert page.last_dialog is not None and page.last_dialog.conference_id is None
    assert page.last_dialog.draft().start == at(11, 8)
    page.last_dialog.reject()


def test_keyboard_paging_today_and_filters(services: Services, qtbot) -> None:
    services = with_fixed_clock(services)
    leader = add_official(services.database, "Lê Văn Tám")
    services.scheduling.create(draft(at(10, 8), at(10, 10), chairs=(leader,), title="Có lãnh đạo"))
    services.scheduling.create(
        draft(at(12, 8), at(12, 10), title="Tiếp dân", kind=ConferenceKind.RECEPTION)
    )
    page = make_page(qtbot, services)
    page.set_mode(ViewMode.AGENDA)
    assert page.agenda_model.rowCount() == 2
    page.leader_filter.setCurrentIndex(page.leader_filter.findData(leader))
    assert [page.agenda_model.row_at(0).title] == ["Có lãnh đạo"]
    assert page.agenda_model.rowCount() == 1
    page.leader_filter.setCurrentIndex(0)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(ConferenceKind.RECEPTION))
    assert page.agenda_model.rowCount() == 1 and page.agenda_model.row_at(0).title == "Tiếp dân"
    qtbot.keyClick(page.agenda_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.anchor == date(2026, 4, 1) and page.agenda_model.rowCount() == 0
    assert page.empty_label.isVisible() and page.empty_label.text()
    qtbot.keyClick(page.agenda_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.anchor != date(2026, 4, 1)


def test_week_view_places_a_conference_in_its_slots(services: Services, qtbot) -> None:
    services = with_fixed_clock(services)
    services.scheduling.create(draft(at(10, 8), at(10, 10), title="Tuần này"))
    page = make_page(qtbot, services)
    page.set_mode(ViewMode.WEEK)
    start = page.week_model.index_of(at(10, 8))
    assert start.data() == "Tuần này"
    inside = page.week_model.index_of(at(10, 9, 30))
    assert [c.title for c in inside.data(CalendarRole.CONFERENCES)] == ["Tuần này"]
    after = page.week_model.index_of(at(10, 10))
    assert after.data(CalendarRole.CONFERENCES) == []  # touching the end is free


def test_week_view_names_the_chairing_leader_under_the_title(services: Services, qtbot) -> None:
    services = with_fixed_clock(services)
    leader = add_official(services.database, "Nguyễn Thị Hằng")
    services.scheduling.create(draft(at(10, 8), at(10, 10), chairs=(leader,), title="Đối thoại"))
    page = make_page(qtbot, services)
    page.set_mode(ViewMode.WEEK)
    assert page.week_model.index_of(at(10, 8)).data() == "Đối thoại"
    assert page.week_model.index_of(at(10, 8, 30)).data() == "Nguyễn Thị Hằng"
    assert page.week_model.index_of(at(10, 9)).data() == ""
    tip = page.week_model.index_of(at(10, 9)).data(Qt.ItemDataRole.ToolTipRole)
    assert "Đối thoại" in tip and "Nguyễn Thị Hằng" in tip
