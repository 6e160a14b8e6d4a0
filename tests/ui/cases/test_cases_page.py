"""The Cases page and its lazy list model (pytest-qt, offscreen; real database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from dialogue_app.domain.cases import CaseStatus, CaseType, FollowUpKind, Outcome
from dialogue_app.services.cases import CaseDraft, CaseFilter, CitizenInput
from dialogue_app.services.container import Services
from dialogue_app.ui.cases import case_table_model as table
from dialogue_app.ui.cases.case_dialog import CaseDialog, FollowUpDialog, StatusDialog
from dialogue_app.ui.cases.case_table_model import CaseRole, CaseTableModel
from dialogue_app.ui.cases.cases_page import CasesPage
from dialogue_app.ui.cases.late_agency_model import LateAgencyModel
from dialogue_app.ui.common.changes import Changed, ChangeHub
from tests.clock import TODAY, fixed_clock
from tests.services.cases.case_fixtures import Places, make_places
from tests.services.cases.test_case_import import GOOD, HEADER, write
from tests.services.cases.test_place_filter import build as place_tree


@pytest.fixture
def places(services: Services) -> Places:
    return make_places(services.database)


def seed(services: Services, places: Places, n: int) -> None:
    base = CaseDraft(
        received_on=TODAY - timedelta(days=40),
        case_type=CaseType.COMPLAINT,
        citizens=(CitizenInput("Đặng Văn Đức"),),
        summary="Tranh chấp đất",
        field_id=places.land_id,
        commune_id=places.commune_id,
        agency_id=places.agency_id,
    )
    for i in range(n):
        services.cases.register(
            replace(
                base,
                number=f"KN-{i:03d}",
                received_on=TODAY - timedelta(days=i % 50),
                citizens=(CitizenInput(f"Người số {i}"),),
                case_type=CaseType.DENUNCIATION if i % 7 == 0 else CaseType.COMPLAINT,
            )
        )


def test_model_passes_qtmodeltester_and_fetches_lazily(
    qtmodeltester,
    services: Services,
    places: Places,  # type: ignore[no-untyped-def]
) -> None:
    seed(services, places, 45)
    model = CaseTableModel(services.cases.list_ids_page, services.cases.rows_by_ids)
    model.PAGE = 20
    model.reload()
    assert model.rowCount() == 20 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 45 and not model.canFetchMore(QModelIndex())
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data() in {"KN-049", "KN-044", "KN-039"} or model.rowCount() == 20
    model.set_filter(CaseFilter(search="nguoi so 12"))
    assert model.rowCount() == 1 and model.index(0, 0).data() == "KN-012"
    hidden = CaseFilter(case_types=frozenset({CaseType.DENUNCIATION}))
    model.set_filter(hidden)
    assert model.index(0, table.COL_CITIZENS).data() == "Hidden (denunciator)"
    qtmodeltester.check(model)


def test_model_keeps_a_few_windows_of_ids_and_a_bounded_row_cache(
    services: Services, places: Places
) -> None:
    """However long the list, the model holds a few windows of ids and a bounded cache of rows;
    a window forgotten is fetched again from where it starts, in the same order."""
    seed(services, places, 45)
    model = CaseTableModel(services.cases.list_ids_page, services.cases.rows_by_ids)
    model.PAGE, model.WINDOW_PAGES, model.WINDOWS, model.BLOCK, model.CACHE = 3, 2, 2, 4, 8
    model.reload()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 45
    assert len(model._windows) <= 2 and sum(len(ids) for ids in model._windows.values()) <= 12
    expected = [r.number for r in services.cases.list_page(limit=100).rows]
    ids = [r.id for r in services.cases.list_page(limit=100).rows]
    shown = [model.index(row, 0).data() for row in range(45)]
    assert shown == expected and len(model._cache) <= 8
    assert [model.index(row, 0).data() for row in (44, 0, 20)] == [expected[i] for i in (44, 0, 20)]
    assert [model.index(row, 0).data(CaseRole.CASE_ID) for row in range(44, -1, -1)] == ids[::-1]
    assert len(model._windows) <= 2
    case_id = model.index(30, 0).data(CaseRole.CASE_ID)
    model.index(0, 0).data(CaseRole.CASE_ID)
    model.index(9, 0).data(CaseRole.CASE_ID)  # the window of row 30 forgotten
    assert model.row_of_case(case_id) == 30 and model.row_at(30).id == case_id
    assert model.row_of_case(ids[44]) == 44 and model.row_of_case(ids[0]) == 0
    assert model.row_of_case(-1) == -1 and model.row_at(45) is None
    model.sort(table.COL_NUMBER, Qt.SortOrder.AscendingOrder)  # a new order: counted again
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    numbers = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert numbers == sorted(expected) and len(model._windows) <= 2


def test_model_keeps_case_ids_beyond_two_billion(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The ids of a window are kept 4 bytes each while they fit, 8 (exactly) when they do not."""
    ids = [5, 2**31 - 1, 2**31, 2**40, 7]

    def fetch_ids(_filter, _sort, cursor, limit):  # type: ignore[no-untyped-def]
        start = cursor or 0
        more = start + limit < len(ids)
        return ids[start : start + limit], start + limit if more else None

    model = CaseTableModel(fetch_ids, lambda _wanted: [])
    model.PAGE = 2
    model.reload()
    assert model._windows[0].itemsize == 4
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert [model.case_id_at(row) for row in range(model.rowCount())] == ids
    assert {w.itemsize for w in model._windows.values()} == {8}
    assert model.row_of_case(2**40) == 3 and model.row_of_case(2**41) == -1


def test_late_agency_model(qtmodeltester, services: Services, places: Places) -> None:  # type: ignore[no-untyped-def]
    seed(services, places, 45)
    model = LateAgencyModel()
    model.set_rows(services.cases.late_agencies())
    assert model.rowCount() == 1 and model.index(0, 1).data() > 0
    qtmodeltester.check(model)


def test_the_list_opens_newest_first_and_sorts_by_a_header(
    qtbot, services: Services, places: Places
) -> None:  # type: ignore[no-untyped-def]
    seed(services, places, 12)  # KN-000 received today, KN-011 eleven days ago
    page = CasesPage(services)
    qtbot.addWidget(page)
    numbers = lambda: [page.model.index(r, table.COL_NUMBER).data() for r in range(3)]  # noqa: E731
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == table.COL_RECEIVED
    assert numbers() == ["KN-000", "KN-001", "KN-002"]  # not the numbers' text order
    header.setSortIndicator(table.COL_RECEIVED, Qt.SortOrder.AscendingOrder)  # a click
    assert numbers() == ["KN-011", "KN-010", "KN-009"]
    # a layout saved by an older version, sorted by number, opens newest first all the same
    header.setSortIndicator(table.COL_NUMBER, Qt.SortOrder.DescendingOrder)
    header.resizeSection(table.COL_SUMMARY, header.sectionSize(table.COL_SUMMARY) + 10)  # saved
    again = CasesPage(services)
    qtbot.addWidget(again)
    assert again.model.case_sort.key == "received_on" and again.model.case_sort.descending
    assert again.table.horizontalHeader().sectionSize(table.COL_SUMMARY) == header.sectionSize(
        table.COL_SUMMARY
    )  # the widths kept


def test_page_filters_search_and_detail(qtbot, services: Services, places: Places) -> None:  # type: ignore[no-untyped-def]
    page = CasesPage(services)
    qtbot.addWidget(page)
    assert page.list_stack.currentWidget() is page.empty
    assert "Register a case" in page.empty.text()
    seed(services, places, 30)
    page.show_filtered(CaseFilter())
    assert page.model.rowCount() == 30
    page.search.setText("NGƯỜI SỐ 3")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    page.table.selectRow(0)
    assert page._detail is not None and page._detail.number == "KN-003"
    assert "Luật Khiếu nại" in page.detail_view.toPlainText()
    page.show_filtered(CaseFilter(overdue=True))
    assert page.view.currentData() == "overdue" and page.model.rowCount() >= 1
    page.search.setText("khong co")
    qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.empty, timeout=2000)
    assert "No case matches" in page.empty.text()
    page.tabs.setCurrentIndex(1)
    assert page.late_model.rowCount() == 1


def test_the_place_filters_list_every_unit_and_keep_the_choice_on_refill(
    qtbot, qtmodeltester, services: Services, places: Places
) -> None:  # type: ignore[no-untyped-def]
    seed(services, places, 6)
    page = CasesPage(services)
    qtbot.addWidget(page)
    units = services.registers.communes()
    # read when first reached for: until then "any" alone
    assert page.commune.count() == 1 and not page.commune.loaded
    qtbot.keyClick(page.field, Qt.Key.Key_Up)  # already at "any": reads, changes nothing
    for combo in (page.commune, page.agency):  # tabbed into, or clicked
        QApplication.sendEvent(combo, QFocusEvent(QEvent.Type.FocusIn))
    for combo in (page.field, page.commune, page.agency):
        assert combo.loaded
        qtmodeltester.check(combo.model())  # ChoicesModel: a light list model per filter
    assert page.commune.count() == len(units) + 1  # "any" first, then every unit
    assert page.commune.itemText(0) == "Any commune" and page.commune.itemData(0) is None
    page.commune.setCurrentIndex(page.commune.findData(places.other_commune_id))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)  # none there
    page.commune.setCurrentIndex(
        page.commune.findText(units[[u.id for u in units].index(places.commune_id)].name)
    )
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=2000)
    assert page.current_filter().unit_id == places.commune_id
    page._fill_choices()  # a unit added elsewhere: the list is read again, the choice kept
    assert page.commune.currentData() == places.commune_id
    page.show_filtered(CaseFilter(agency_ids=frozenset({places.other_agency_id})))
    assert page.agency.currentData() == places.other_agency_id
    assert page.commune.currentIndex() == 0 and page.model.rowCount() == 0
    fresh = CasesPage(services)  # a place chosen for the user (the dashboard's link): read then
    qtbot.addWidget(fresh)
    fresh.show_filtered(CaseFilter(commune_ids=frozenset({places.commune_id})))
    assert fresh.commune.currentData() == places.commune_id and fresh.model.rowCount() == 6
    assert not fresh.field.loaded and not fresh.agency.loaded


def test_choosing_a_district_lists_the_cases_of_its_communes(qtbot, db, services: Services) -> None:  # type: ignore[no-untyped-def]
    tree = place_tree(db)  # cases belong to communes: 2 + 1 under the district, 4 elsewhere
    page = CasesPage(services)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 10, timeout=2000)
    QApplication.sendEvent(page.commune, QFocusEvent(QEvent.Type.FocusIn))
    page.commune.setCurrentIndex(page.commune.findText("Huyện Cẩm Xuyên"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=2000)
    assert page.current_filter().unit_id == tree.district
    assert "3" in page.count_label.text()
    page.commune.setCurrentIndex(page.commune.findData(tree.new))  # and those merged into it
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=2000)


def test_dialogs_register_move_and_follow_up(qtbot, services: Services, places: Places) -> None:  # type: ignore[no-untyped-def]
    dialog = CaseDialog(services)
    qtbot.addWidget(dialog)
    dialog.save()  # empty name: refused with words, nothing saved
    assert dialog.problem.isVisibleTo(dialog) and "citizen" in dialog.problem.text()
    assert services.cases.count() == 0
    dialog.citizens.item(0, 0).setText("Trần Thị Lan")
    dialog.citizens.item(0, 1).setText("040123456789")
    dialog.summary.setPlainText("Đề nghị cấp giấy chứng nhận")
    dialog.field.setCurrentIndex(dialog.field.findData(places.land_id))
    dialog.save()
    assert dialog.saved is not None and dialog.saved.citizens[0].national_id == "040123456789"
    status = StatusDialog(services.cases, dialog.saved)
    qtbot.addWidget(status)
    status.target.setCurrentIndex(status.target.findData(CaseStatus.ACCEPTED.value))
    status.save()
    assert status.saved is not None and status.saved.status == CaseStatus.ACCEPTED
    follow = FollowUpDialog(services.cases, status.saved)
    qtbot.addWidget(follow)
    follow.note.setPlainText("Đôn đốc lần 1")
    follow.save()
    assert follow.saved is not None and follow.saved.timeline[-1].note == "Đôn đốc lần 1"


def test_import_in_a_worker_and_export(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_places(services.database)
    page = CasesPage(services)
    qtbot.addWidget(page)
    page.show()  # the import announces new cases: the page on screen shows them
    dialog = page.import_file(str(write(tmp_path, [HEADER, *GOOD])))
    assert dialog is not None
    with qtbot.waitSignal(dialog.finished_ok, timeout=10000):
        pass
    dialog.wait()
    assert page.model.rowCount() == 3
    assert "3 cases imported" in dialog.report.toPlainText()
    target = tmp_path / "out.csv"
    export = page.export_list(str(target), ["number", "type", "summary"])
    with qtbot.waitSignal(export.finished_ok, timeout=10000):
        pass
    export.wait()
    assert target.read_text(encoding="utf-8-sig").count("\n") == 4


def test_import_failure_is_shown_and_nothing_saved(
    qtbot, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = CasesPage(services)
    qtbot.addWidget(page)
    bad = write(tmp_path, [HEADER, GOOD[0].replace("2026-01-05", "2026-02-30")])
    dialog = page.import_file(str(bad))
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=10000)
    dialog.wait()
    assert "Row 2, column received_on" in dialog.report.toPlainText()
    assert services.cases.count() == 0


def _accepted_denunciation(services: Services, places: Places, days_ago: int) -> int:
    case = services.cases.register(
        CaseDraft(
            received_on=TODAY - timedelta(days=days_ago + 2),
            case_type=CaseType.DENUNCIATION,
            citizens=(CitizenInput("Phan Văn Tố"),),
            summary="Tố cáo cán bộ địa chính",
            field_id=places.land_id,
            agency_id=places.agency_id,
            number="TC-001",
        )
    ).case
    services.cases.change_status(case.id, CaseStatus.ACCEPTED, on=TODAY - timedelta(days=days_ago))
    return case.id


def test_the_list_shows_whom_to_notify_and_explains_deadlines_in_vietnamese(
    qtbot,
    services: Services,
    places: Places,
    languages,  # type: ignore[no-untyped-def]
) -> None:
    case_id = _accepted_denunciation(services, places, days_ago=20)
    page = CasesPage(services)
    qtbot.addWidget(page)
    page.show_filtered(CaseFilter(notify_pending=True))  # late to notify, not to settle
    assert page.view.currentData() == "notify"
    model = page.model
    assert model.rowCount() == 1
    notify_column = next(
        c for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Hạn thông báo thụ lý"
    )  # fmt: skip
    detail = services.cases.get(case_id)
    assert detail.notify_deadline is not None
    assert model.index(0, notify_column).data() == detail.notify_deadline.strftime("%d/%m/%Y")
    assert model.index(0, notify_column).data(Qt.ItemDataRole.ForegroundRole) is not None
    notify_tip = model.index(0, notify_column).data(Qt.ItemDataRole.ToolTipRole)
    assert "Luật Tố cáo 25/2018/QH14, Điều 29: 5 ngày làm việc kể từ ngày thụ lý" in notify_tip
    deadline_column = next(
        c for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Hạn giải quyết"
    )  # fmt: skip
    tooltip = model.index(0, deadline_column).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Luật Tố cáo 25/2018/QH14, Điều 30: 30 ngày kể từ ngày thụ lý")
    assert model.index(0, deadline_column).data(Qt.ItemDataRole.ForegroundRole) is None
    page.table.selectRow(0)
    text = page.detail_view.toPlainText()
    assert "Hạn thông báo thụ lý cho người tố cáo" in text and "chưa ghi nhận" in text
    assert "Đã vào sổ tiếp nhận" in text and "Registered" not in text  # the timeline's note

    follow = FollowUpDialog(services.cases, page._detail)
    qtbot.addWidget(follow)
    assert follow.kind.currentData() == "notified"  # what is due comes first
    assert follow.on.isVisibleTo(follow) and not follow.days.isVisibleTo(follow)
    follow.on.setDate(follow.on.date().addDays(-15))
    follow.save()
    assert follow.saved is not None and follow.saved.notified_on == TODAY - timedelta(days=15)
    page.show_filtered(CaseFilter(notify_pending=True))
    assert page.model.rowCount() == 0
    again = FollowUpDialog(services.cases, follow.saved)
    qtbot.addWidget(again)
    assert again.kind.findData("notified") == -1  # nothing more to notify


def test_the_timeline_says_an_extension_in_one_phrase_of_the_language(
    qtbot,
    services: Services,
    places: Places,
    languages,  # type: ignore[no-untyped-def]
) -> None:
    # dates of its own, so the office's clock stands after them whatever day the suite runs on
    services = Services(services.database, user_name="tester", clock=fixed_clock(date(2026, 6, 1)))
    case = services.cases.register(
        CaseDraft(
            received_on=date(2026, 3, 2),
            case_type=CaseType.DENUNCIATION,
            complexity=1,  # complex: the law allows one extension of up to 30 days
            citizens=(CitizenInput("Phan Văn Tố"),),
            summary="Tố cáo cán bộ địa chính",
            field_id=places.land_id,
            agency_id=places.agency_id,
            number="TC-002",
        )
    ).case
    services.cases.change_status(case.id, CaseStatus.ACCEPTED, on=date(2026, 3, 5))
    services.cases.add_follow_up(
        case.id, FollowUpKind.EXTENSION, extension_days=30, decision_number="12/QĐ-UBND"
    )
    page = CasesPage(services)
    qtbot.addWidget(page)
    page.open_case(case.id)
    text = page.detail_view.toPlainText()
    assert "Gia hạn 30 ngày (12/QĐ-UBND)" in text and "+30" not in text
    assert "02/03/2026" in text and "05/03/2026" in text  # received, accepted

    languages.apply("en")
    page = CasesPage(services)
    qtbot.addWidget(page)
    page.open_case(case.id)
    text = page.detail_view.toPlainText()
    assert "Deadline extended by 30 days (12/QĐ-UBND)" in text
    assert "02/03/2026" in text and "Deadline: 04/05/2026" in text


def test_coming_back_to_the_page_shows_deadlines_recomputed_elsewhere(
    qtbot,
    services: Services,
    places: Places,  # type: ignore[no-untyped-def]
) -> None:
    from dataclasses import replace as changed

    seed(services, places, 2)
    complaint = CaseFilter(case_types=frozenset({CaseType.COMPLAINT}))
    case_id = services.cases.list_page(complaint).rows[0].id
    services.cases.change_status(case_id, CaseStatus.ACCEPTED, on=TODAY)
    page = CasesPage(services)
    qtbot.addWidget(page)
    page.show()
    page.show_filtered(complaint)
    page.table.selectRow(0)
    before = page.model.row_at(0).deadline
    page.hide()  # the secretary goes to Settings and lengthens the rule by 5 days
    rule = next(r for r in services.cases.deadline_rules() if r.code == "complaint-1")
    services.cases.save_deadline_rule(changed(rule, days=rule.days + 5))
    ChangeHub.of(page).announce(Changed.RULES)  # as the rules editor's save does
    page.show()
    after = services.cases.get(case_id).deadline
    # five more days of the period: later, though by fewer days when the old last day had been
    # rolled forward off a weekend or holiday (DESIGN §3)
    assert after is not None and before is not None and after > before
    assert page.model.row_at(0).deadline == after
    assert page._detail is not None and page._detail.deadline == after


def test_the_detail_clears_when_its_case_leaves_the_list(
    qtbot,
    services: Services,
    places: Places,  # type: ignore[no-untyped-def]
) -> None:
    seed(services, places, 3)
    page = CasesPage(services)
    qtbot.addWidget(page)
    page.show_filtered(CaseFilter())
    page.table.selectRow(0)
    assert page._detail is not None
    page.search.setText("khong co ai")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert page._detail is None and not page.edit_button.isEnabled()


def test_a_case_opened_deep_in_the_list_stays_open_when_the_list_is_read_again(
    qtbot,
    services: Services,
    places: Places,  # type: ignore[no-untyped-def]
) -> None:
    seed(services, places, 230)  # more than the first page a reload reads (200)
    page = CasesPage(services)
    qtbot.addWidget(page)
    page.show_filtered(CaseFilter())
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    page.table.selectRow(220)
    deep = page._detail
    assert deep is not None and page.model.row_of_case(deep.id) == 220
    # a colleague adds a step; the page is told and reads the list again
    services.cases.add_follow_up(deep.id, FollowUpKind.NOTE, note="Đã gọi điện cho công dân")
    page.refresh()
    assert page.model.row_of_case(deep.id) < 0  # only the first page was read again
    assert page._detail is not None and page._detail.id == deep.id  # still shown, as it is now
    assert "Đã gọi điện cho công dân" in page.detail_view.toPlainText()
    page.search.setText(deep.number or "")  # searched for: found, further up, still shown
    qtbot.waitUntil(lambda: page.model.row_of_case(deep.id) == 0, timeout=2000)
    assert page._detail is not None and page._detail.id == deep.id
    page.search.setText("khong co ai")  # a list without it: it goes
    qtbot.waitUntil(lambda: page._detail is None, timeout=2000)


def test_the_exported_workbook_reads_as_the_window_shows_it(
    qtbot,
    services: Services,
    places: Places,
    languages,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from openpyxl import load_workbook

    case_id = _accepted_denunciation(services, places, days_ago=20)
    page = CasesPage(services)
    qtbot.addWidget(page)
    page.show_filtered(CaseFilter())
    target = tmp_path / "vu-viec.xlsx"
    columns = ["number", "type", "status", "citizens", "received_on", "notify_deadline",
               "overdue", "deadline_explanation"]  # fmt: skip
    export = page.export_list(str(target), columns)
    with qtbot.waitSignal(export.finished_ok, timeout=10000):
        pass
    export.wait()
    sheet = load_workbook(target).active
    header, row = (list(r) for r in sheet.iter_rows(values_only=True))
    assert header[:4] == ["Số vụ việc", "Loại đơn", "Trạng thái", "Công dân"]
    assert row[:4] == ["TC-001", "Tố cáo", "Đã thụ lý", "Được giữ bí mật (người tố cáo)"]
    detail = services.cases.get(case_id)
    assert row[4] == datetime.combine(detail.received_on, datetime.min.time())  # a date cell
    assert row[5] == datetime.combine(detail.notify_deadline or date.min, datetime.min.time())
    assert sheet.cell(row=2, column=5).number_format == "DD/MM/YYYY"
    assert row[6] == "không"  # the settlement deadline is ahead (notifying is late)
    assert row[7].startswith("Luật Tố cáo 25/2018/QH14, Điều 30: 30 ngày kể từ ngày thụ lý")
    assert "Phan Văn Tố" not in str(row)


def test_the_timeline_shows_when_things_happened_in_vietnamese(
    qtbot,
    services: Services,
    places: Places,
    languages,  # type: ignore[no-untyped-def]
) -> None:
    from dataclasses import replace as changed

    case_id = _accepted_denunciation(services, places, days_ago=20)
    detail = services.cases.get(case_id)
    services.cases.update(case_id, changed(detail.to_draft(), complexity=1), detail.version)
    services.cases.change_status(
        case_id, CaseStatus.RESOLVED, on=TODAY - timedelta(days=1), outcome=Outcome.UPHELD
    )
    page = CasesPage(services)
    qtbot.addWidget(page)
    page.open_case(case_id)
    text = page.detail_view.toPlainText()
    accepted = (TODAY - timedelta(days=20)).strftime("%d/%m/%Y")
    assert f"{accepted} — Đã thụ lý" in text and "ghi nhận lúc" in text
    assert "Đã giải quyết: Đúng" in text
    assert "Đã sửa: mức độ phức tạp" in text


def test_the_case_form_fits_a_laptop_screen_and_offers_the_communes_of_its_day(
    qtbot,
    services: Services,
    places: Places,  # type: ignore[no-untyped-def]
) -> None:
    from datetime import date as day

    from PySide6.QtWidgets import QApplication

    from dialogue_app.domain.text import fold
    from dialogue_app.store.models import AdminLevel, AdminUnit

    with services.database.uow.begin() as session:  # a district split into communes, merged 2025
        level = session.query(AdminLevel).first()
        district = AdminUnit(name="Huyện Thạch Hà", level_id=level.id, search_key="huyen thach ha",
                             valid_to=day(2025, 6, 30))  # fmt: skip
        session.add(district)
        session.flush()
        old = AdminUnit(name="Xã Thạch Ngọc", level_id=level.id, parent_id=district.id,
                        valid_to=day(2025, 6, 30), search_key=fold("Xã Thạch Ngọc"))  # fmt: skip
        session.add(old)
    dialog = CaseDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    room = QApplication.primaryScreen().availableGeometry()
    assert dialog.frameGeometry().height() <= room.height()  # Save and Cancel in sight
    names = {dialog.commune.itemText(i) for i in range(dialog.commune.count())}
    assert {"Cẩm Lộc", "Thạch Hà"} <= names
    assert "Xã Thạch Ngọc" not in names and "Huyện Thạch Hà" not in names
    dialog.received.setDate(dialog.received.date().addYears(-2))  # a petition of 2024
    names = {dialog.commune.itemText(i) for i in range(dialog.commune.count())}
    assert "Xã Thạch Ngọc" in names and "Huyện Thạch Hà" not in names  # no district: a commune


def test_a_resolution_asks_for_its_outcome_among_those_of_its_type(
    qtbot,
    services: Services,
    places: Places,  # type: ignore[no-untyped-def]
) -> None:
    case_id = _accepted_denunciation(services, places, days_ago=5)
    dialog = StatusDialog(services.cases, services.cases.get(case_id))
    qtbot.addWidget(dialog)
    dialog.target.setCurrentIndex(dialog.target.findData(CaseStatus.RESOLVED.value))
    outcomes = [dialog.outcome.itemData(i) for i in range(dialog.outcome.count())]
    assert outcomes == [None, "upheld", "partly_upheld", "rejected"]  # no "answered"
    dialog.save()  # nothing chosen: asked for, nothing saved
    assert dialog.saved is None and "outcome" in dialog.problem.text()
    assert services.cases.get(case_id).status == CaseStatus.ACCEPTED
