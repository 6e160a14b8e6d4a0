"""Every page and main dialog is usable on a 1366x768 laptop (also at 125 % scaling) and on a
1920x1080 screen: no input smaller than its minimum size, no two inputs overlapping (issue 18).

The offscreen test screen is 1366x768 (tests/conftest.py). A screen at 125 % shows Qt the same
as a screen of 1/1.25 its size, so the window is tried at that logical size too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from dialogue_app.domain.conferences import ConferenceStatus
from dialogue_app.domain.documents import RecordType
from dialogue_app.services.cases import CaseFilter
from dialogue_app.services.container import Services
from dialogue_app.ui.calendar_exchange.invitation_dialog import InvitationDialog
from dialogue_app.ui.cases.case_dialog import CaseDialog
from dialogue_app.ui.cases.case_facts_dialog import CaseFactsDialog
from dialogue_app.ui.conferences.calendar_page import CalendarPage, ViewMode
from dialogue_app.ui.conferences.conference_dialog import ConferenceDialog
from dialogue_app.ui.conferences.holding_dialog import HoldingDialog
from dialogue_app.ui.documents import MakeDocumentDialog, kinds_for
from dialogue_app.ui.main_window import MainWindow, first_start_geometry
from tests.ui.layout_check import layout_problems

# the window's inside on each screen: the screen less a taskbar (40) and the window's frame
SIZES = {
    "1366x768": QSize(1366 - 16, 768 - 40 - 40),
    "1366x768 at 125%": QSize(round(1366 / 1.25) - 16, round((768 - 40) / 1.25) - 40),
    "1920x1080": QSize(1920 - 16, 1080 - 40 - 40),
}
PAGES = ("calendar", "conferences", "cases", "reports", "documents", "settings", "staff")


def _every_tab(root: QWidget) -> Iterator[str]:
    """Shows each tab of each tab widget of ``root`` in turn (nested ones too)."""
    yield "first tab"
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        for index in range(tabs.count()):
            if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                yield tabs.tabText(index)
        tabs.setCurrentIndex(0)


def _check(root: QWidget, label: str) -> list[str]:
    problems = []
    for tab in _every_tab(root):
        QApplication.processEvents()
        problems += [f"{label}, {tab}: {problem}" for problem in layout_problems(root)]
    return problems


@pytest.mark.parametrize("screen", list(SIZES))
def test_every_page_fits(
    make_window: Callable[[], MainWindow], services: Services, screen: str
) -> None:
    services.demo.load()
    window = make_window()
    window.resize(SIZES[screen])
    problems: list[str] = []
    for key in PAGES:
        try:
            page = window.show_page(key)
        except StopIteration:
            continue  # a page this user may not see
        QApplication.processEvents()
        if isinstance(page, CalendarPage):
            for mode in ViewMode:
                page.set_mode(mode)
                problems += _check(window, f"{screen} {key} {mode.name}")
            page.set_mode(ViewMode.MONTH)
        else:
            problems += _check(window, f"{screen} {key}")
        if window.size() != SIZES[screen]:
            problems.append(f"{screen} {key}: the window grew to {window.size().toTuple()}")
    assert not problems, "\n".join(problems)


def _fit_on(dialog: QDialog, screen: QSize) -> None:
    """The dialog as it opens on ``screen``: its own size, within the screen."""
    dialog.show()
    QApplication.processEvents()
    dialog.resize(dialog.size().boundedTo(screen).expandedTo(dialog.minimumSizeHint()))
    QApplication.processEvents()


def _dialogs(services: Services) -> Iterator[tuple[str, QDialog]]:
    conferences = services.conferences.list()
    coming = next(c for c in conferences if c.status == ConferenceStatus.SCHEDULED)
    yield "new conference", ConferenceDialog(services)
    yield "conference", ConferenceDialog(services, conference_id=coming.id)
    yield "holding", HoldingDialog(services, services.scheduling.get(coming.id))
    yield "new case", CaseDialog(services)
    case = services.cases.get(next(iter(services.cases.iter_rows(CaseFilter()))).id)
    yield "case", CaseDialog(services, case)
    yield "case statistics", CaseFactsDialog(services.cases, case)
    yield "invitation", InvitationDialog(services, coming.id)
    yield (
        "document",
        MakeDocumentDialog(
            services, RecordType.CONFERENCE, coming.id, kinds_for(RecordType.CONFERENCE)
        ),
    )


@pytest.mark.parametrize("screen", list(SIZES))
def test_main_dialogs_fit(services: Services, qtbot, screen: str) -> None:
    services.demo.load()
    problems: list[str] = []
    for name, dialog in _dialogs(services):
        qtbot.addWidget(dialog)
        least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if least.width() > SIZES[screen].width() or least.height() > SIZES[screen].height():
            problems.append(f"{screen} {name}: needs {least.width()}x{least.height()}")
        _fit_on(dialog, SIZES[screen])
        problems += _check(dialog, f"{screen} {name}")
        dialog.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("available", "expected_bottom"),
    [(QRect(0, 0, 1366, 728), 728), (QRect(0, 0, 1920, 1040), 1040)],
)
def test_the_first_window_fits_the_screen_it_opens_on(
    available: QRect, expected_bottom: int
) -> None:
    inside = first_start_geometry(available)
    # the frame (title bar above, borders) stays within the available area
    assert inside.top() - 32 >= available.top()
    assert inside.bottom() + 8 <= expected_bottom
    assert inside.left() - 8 >= available.left()
    assert inside.right() + 8 <= available.right() + 1


def test_a_first_start_shows_the_status_bar_on_a_laptop(
    make_window: Callable[[], MainWindow],
) -> None:
    window = make_window()
    available = window.screen().availableGeometry()
    assert window.geometry().bottom() <= available.bottom()
    bar = window.statusBar()
    assert bar.isVisible()
    assert bar.mapTo(window, bar.rect().bottomLeft()).y() <= window.height()


def test_the_checker_sees_a_crushed_and_an_overlapping_input(qtbot) -> None:
    """The check itself: a field squeezed below its minimum and a button drawn over it."""
    from PySide6.QtWidgets import QLineEdit, QPushButton

    form = QWidget()
    qtbot.addWidget(form)
    form.resize(300, 100)
    edit = QLineEdit(form)
    edit.setObjectName("id_edit")
    edit.setGeometry(10, 10, 200, 5)
    button = QPushButton("Thêm", form)
    button.setGeometry(150, 8, 120, 30)
    form.show()
    problems = layout_problems(form)
    assert any("'id_edit' 200x5 < minimum" in p for p in problems), problems
    assert any("overlap" in p and "id_edit" in p for p in problems), problems
    form.resize(400, 100)
    button.setGeometry(220, 8, button.minimumSizeHint().width(), 30)
    edit.resize(200, edit.minimumSizeHint().height())
    assert layout_problems(form) == []


def test_splitters_and_columns_are_remembered(
    make_window: Callable[[], MainWindow], services: Services, qtbot
) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QSplitter

    from dialogue_app.ui.cases.case_table_model import COL_CITIZENS
    from dialogue_app.ui.cases.cases_page import CasesPage

    services.demo.load()
    window = make_window()
    page = window.show_page("cases")
    assert isinstance(page, CasesPage)
    splitter = page.findChild(QSplitter, "cases_splitter")
    assert splitter is not None
    before = splitter.sizes()
    handle = splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle - QPoint(150, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle - QPoint(150, 0))
    moved = splitter.sizes()
    assert moved[0] < before[0]  # the user dragged the detail pane wider
    page.table.horizontalHeader().resizeSection(COL_CITIZENS, 333)
    window.close()

    again = make_window()
    page = again.show_page("cases")
    assert isinstance(page, CasesPage)
    splitter = page.findChild(QSplitter, "cases_splitter")
    assert splitter is not None
    assert splitter.sizes()[0] == pytest.approx(moved[0], abs=2)
    assert page.table.horizontalHeader().sectionSize(COL_CITIZENS) == 333


def _fully_shown(view: object, column: int) -> bool:
    from PySide6.QtWidgets import QTableView

    assert isinstance(view, QTableView)
    header = view.horizontalHeader()
    left = header.sectionViewportPosition(column)
    return left >= 0 and left + header.sectionSize(column) <= view.viewport().width()


def _text_fits(view: object, column: int) -> list[str]:
    """The texts of ``column`` wider than the column shows them."""
    from PySide6.QtWidgets import QTableView

    assert isinstance(view, QTableView)
    model = view.model()
    metrics = view.fontMetrics()
    width = view.horizontalHeader().sectionSize(column) - 8  # the cell's margins
    cut = []
    for row in range(model.rowCount()):
        text = str(model.index(row, column).data() or "")
        if metrics.horizontalAdvance(text) > width:
            cut.append(text)
    return cut


@pytest.mark.parametrize("screen", ["1366x768", "1366x768 at 125%"])
def test_the_case_list_shows_who_and_how_late_beside_the_detail(
    make_window: Callable[[], MainWindow], services: Services, screen: str
) -> None:
    from dialogue_app.ui.cases import case_table_model as table
    from dialogue_app.ui.cases.cases_page import CasesPage

    services.demo.load()
    window = make_window()
    window.resize(SIZES[screen])
    page = window.show_page("cases")
    assert isinstance(page, CasesPage)
    page.table.selectRow(0)
    QApplication.processEvents()
    assert page.detail_view.isVisible()
    for column in (table.COL_NUMBER, table.COL_CITIZENS, table.COL_DAYS_LEFT):
        assert _fully_shown(page.table, column), column


def test_conference_lists_show_dates_titles_kinds_and_statuses_whole(
    make_window: Callable[[], MainWindow], services: Services
) -> None:
    from dialogue_app.ui.conferences.calendar_page import CalendarPage, ViewMode
    from dialogue_app.ui.conferences.conferences_page import ConferencesPage
    from dialogue_app.ui.conferences.scheduling_common import ConferenceTableModel as Columns

    services.demo.load()
    window = make_window()
    window.resize(SIZES["1366x768"])
    calendar = window.show_page("calendar")
    assert isinstance(calendar, CalendarPage)
    calendar.set_mode(ViewMode.AGENDA)
    QApplication.processEvents()
    agenda = calendar.agenda_view
    assert agenda.model().rowCount() > 0
    assert _text_fits(agenda, Columns.COL_WHEN) == []
    header = agenda.horizontalHeader()
    # the title takes the room left, not the chairs
    assert header.sectionSize(Columns.COL_TITLE) > header.sectionSize(Columns.COL_CHAIRS)
    assert header.sectionSize(Columns.COL_TITLE) >= 280

    page = window.show_page("conferences")
    assert isinstance(page, ConferencesPage)
    QApplication.processEvents()
    assert page.view.model().rowCount() > 0
    for column in (Columns.COL_WHEN, Columns.COL_KIND):
        assert _text_fits(page.view, column) == [], column
    for column in range(page.view.model().columnCount()):
        assert _fully_shown(page.view, column), column
