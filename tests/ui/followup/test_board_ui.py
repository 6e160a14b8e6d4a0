"""The follow-up board in the window: one conference's board from the Conferences page and the
calendar, the period's board on its tab, printed and saved as PDF (read back)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from dialogue_app.domain.roles import Role
from dialogue_app.services.container import Services
from dialogue_app.services.database import DatabaseHandle
from dialogue_app.ui.conferences.conferences_page import ConferencesPage
from dialogue_app.ui.followup import BoardDialog, BoardModel, PeriodBoardView
from dialogue_app.ui.followup.board_model import LATE
from tests.clock import TODAY, fixed_clock
from tests.services.accounts.staff_support import pg, staff  # noqa: F401
from tests.services.followup.board_fixtures import held_conference


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian poppler-utils) is not installed: cannot read the PDF back")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    )
    return result.stdout


def test_one_conference_board_shows_the_late_first(
    services: Services, qtbot, qtmodeltester, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    held = held_conference(services.database)
    dialog = BoardDialog(services, held.conference_id)
    qtbot.addWidget(dialog)
    model = dialog.panel.model
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    first = model.index(0, BoardModel.COL_DAYS)
    assert first.data() == "Late by 10 days"
    assert first.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(LATE)
    assert model.index(2, BoardModel.COL_DAYS).data() == "5 days left"
    assert model.index(4, BoardModel.COL_DAYS).data() == "Done"
    assert model.index(0, BoardModel.COL_AGENCY).data() == "UBND xã Cẩm Lộc"
    assert "/ĐKN-" in model.index(0, BoardModel.COL_NUMBER).data()  # a register number, no "#"
    assert dialog.panel.progress.text() == "1 of 5 issues settled; 2 late"
    assert dialog.panel.suggested_name().endswith(".pdf")

    target = tmp_path / "board.pdf"
    assert dialog.panel.save_pdf(str(target))
    text = _pdf_text(target)
    assert "BẢNG THEO DÕI KẾT QUẢ GIẢI QUYẾT SAU HỘI NGHỊ" in text
    assert "Quá hạn 10 ngày" in text and "Đã giải quyết xong 1/5 vụ việc; quá hạn 2" in text
    assert text.index("Quá hạn 10 ngày") < text.index("Còn 5 ngày")  # late first on paper too

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert dialog.panel.print_board(printer)
    assert "Quá hạn 3 ngày" in _pdf_text(printed)


def test_the_period_board_gathers_every_held_conference(
    services: Services, qtbot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    held_conference(services.database)
    view = PeriodBoardView(services)
    qtbot.addWidget(view)
    view.set_period(TODAY - timedelta(days=60), TODAY)
    model = view.panel.model
    qtmodeltester.check(model)
    assert model.rowCount() == 5 and model.columnCount() == 8
    assert model.index(0, BoardModel.COL_CONFERENCE).data() == "Đối thoại về giải phóng mặt bằng"
    assert view.panel.progress.text() == "1 held conference: 1 of 5 issues settled; 2 late"
    view.set_period(TODAY - timedelta(days=10), TODAY)
    assert model.rowCount() == 0 and not view.panel.empty.isHidden()


def test_the_conference_list_opens_the_board(services: Services, qtbot) -> None:  # type: ignore[no-untyped-def]
    held = held_conference(services.database)
    page = ConferencesPage(services)
    qtbot.addWidget(page)
    page.reload()
    row = next(
        r for r in range(page.model.rowCount()) if page.model.row_at(r).id == held.conference_id
    )
    index: QModelIndex = page.model.index(row, 0)
    menu = page.context_menu(index)
    assert menu is not None
    actions = {a.text(): a for a in menu.actions()}
    assert actions["Follow-up board…"].isEnabled()
    actions["Follow-up board…"].trigger()
    boards = [w for w in QApplication.topLevelWidgets() if isinstance(w, BoardDialog)]
    assert [b.conference_id for b in boards if b.isVisible()] == [held.conference_id]
    for board in boards:
        board.close()
    assert page.tabs.tabText(page.tabs.indexOf(page.board)) == "Follow-up board"


def test_the_calendar_opens_the_board_of_a_held_conference(services: Services, qtbot) -> None:  # type: ignore[no-untyped-def]
    from dialogue_app.ui.conferences.calendar_page import CalendarPage

    held = held_conference(services.database)
    page = CalendarPage(services)
    qtbot.addWidget(page)
    day = TODAY - timedelta(days=40)
    page.show_day(day)
    page.reload()
    menu = page.context_menu(page.month_model.index_of(day))
    assert menu is not None
    texts = [a.text() for a in menu.actions()]
    assert texts == [
        "Open 08:00 Đối thoại về giải phóng mặt bằng",
        "Follow-up board of 08:00 Đối thoại về giải phóng mặt bằng",
    ]
    menu.actions()[1].trigger()
    boards = [w for w in QApplication.topLevelWidgets() if isinstance(w, BoardDialog)]
    assert [b.conference_id for b in boards if b.isVisible()] == [held.conference_id]
    for board in boards:
        board.close()


def test_a_row_opens_its_case_and_what_is_saved_there_shows_on_the_board(
    services: Services, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    from dialogue_app.ui.cases.case_dialog import CaseDialog

    held = held_conference(services.database)
    dialog = BoardDialog(services, held.conference_id)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.panel
    assert panel.open_button.isVisible() and not panel.open_button.isEnabled()
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, BoardModel.COL_SUMMARY))
    assert panel.open_button.isEnabled()
    number = panel.model.index(0, BoardModel.COL_NUMBER).data()

    QTest.keyClick(panel.view, Qt.Key.Key_Return)  # Enter, as a double-click: the case form
    qtbot.waitUntil(lambda: dialog.findChild(CaseDialog) is not None)
    form = dialog.findChild(CaseDialog)
    assert form.isVisible() and form.number.text() == number
    form.summary.setPlainText("Đường liên thôn xuống cấp, đề nghị sửa chữa trước mùa mưa")
    assert form.save()
    qtbot.waitUntil(
        lambda: any(
            panel.model.index(row, BoardModel.COL_SUMMARY).data()
            == "Đường liên thôn xuống cấp, đề nghị sửa chữa trước mùa mưa"
            for row in range(panel.model.rowCount())
        )
    )  # the board followed the saved change


@pytest.mark.postgres
def test_a_viewer_reads_the_board_but_opens_no_case_form(pg: DatabaseHandle, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: E501, F811
    from dialogue_app.ui.cases.case_dialog import CaseDialog

    held = held_conference(pg)
    viewer = staff(pg, "dlgh_xem", Role.VIEWER)
    try:
        dialog = BoardDialog(Services(viewer, "dlgh_xem", clock=fixed_clock()), held.conference_id)
        qtbot.addWidget(dialog)
        dialog.show()
        panel = dialog.panel
        assert panel.model.rowCount() == 5  # the board itself is read by every role
        assert not panel.open_button.isVisible()
        panel.view.setCurrentIndex(panel.model.index(0, BoardModel.COL_SUMMARY))
        assert panel.open_case() is None
        panel.view.activated.emit(panel.model.index(0, BoardModel.COL_SUMMARY))
        qtbot.wait(50)
        assert dialog.findChild(CaseDialog) is None
        dialog.close()
    finally:
        viewer.close()
